"""Sentence features the checks share: who is obliged, how strongly, negation, carve-outs, ties.

All of it is computed from the clause library's lexicon (``clauses/lexicon.yaml``) plus the
document's own party definitions; nothing here is language-specific code.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from procheck.library import CompiledElement, CompiledLexicon, Library
from procheck.records import Segmented, Sentence

PARTY_ROLES = ("supplier", "authority", "tenderer", "mutual")


@dataclass(frozen=True)
class Features:
    """What a sentence says, independent of the element being checked."""

    party: str  #: supplier | authority | tenderer | mutual | none
    modality: str  #: binding | effort | soft | permissive | indicative
    modal_word: str  #: the word that decided the modality ("shall", "bör", "streeft")
    negated: str | None  #: the carve-out wording, if any
    discrimination: bool  #: mentions discrimination / equal treatment (and is not a hard negative)
    hard_negative: str | None  #: wording that only looks like the obligation
    flags: tuple[str, ...] = ()  #: law_list, by_reference, condition, high_trigger, recital
    self_reference: bool = False
    cross_refs: tuple[str, ...] = ()
    requests_supplier: bool = False  #: "the Authority may require the Supplier to …"
    demands: bool = False  #: the request is a requirement ("require", "shall provide"), not only a question
    mentions: tuple[str, ...] = ()  #: every party role named anywhere in the sentence


@dataclass
class DocContext:
    """Per-document lookup: lexicons and the party regexes extended with the document's own terms."""

    seg: Segmented
    lib: Library
    party_rx: dict[str, dict[str, re.Pattern[str]]] = field(default_factory=dict)
    _cache: dict[int, Features] = field(default_factory=dict)
    _gates: dict[tuple[str, str], set[int] | None] = field(default_factory=dict)
    #: sentence index -> (offset, title, family) of the reporting / flow-down / sanction cue, or None
    cues: dict[int, tuple[int, str, str] | None] = field(default_factory=dict)
    memo: dict[str, object] = field(default_factory=dict)  #: per-document results checks share (contract value …)

    def lex(self, lang: str) -> CompiledLexicon:
        return self.lib.lex(lang)

    def parties(self, lang: str) -> dict[str, re.Pattern[str]]:
        if lang not in self.party_rx:
            lex = self.lex(lang)
            out: dict[str, re.Pattern[str]] = {}
            for role in PARTY_ROLES:
                frags = list(getattr(lex.raw, role))
                for p in self.seg.parties:
                    if p.role == role:
                        frags.append(r"\b" + re.escape(p.term) + r"\b")
                if frags:
                    out[role] = re.compile("|".join(f"(?:{f})" for f in frags), re.IGNORECASE)
            self.party_rx[lang] = out
        return self.party_rx[lang]

    def features(self, s: Sentence) -> Features:
        f = self._cache.get(s.index)
        if f is None:
            f = compute_features(s, self)
            self._cache[s.index] = f
        return f


    @cached_property
    def _lower_text(self) -> str:
        return self.seg.document.text.lower()

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.seg.document.blocks]

    def gate_blocks(self, el: CompiledElement, lang: str) -> set[int] | None:
        """Indexes of the blocks where the element's literal gate fires (one scan of the whole
        document), or None when the element has no gate in that language."""
        key = (el.id, lang)
        if key not in self._gates:
            gate = el.gate.get(lang)
            if gate is None:
                self._gates[key] = None
            else:
                starts = self._block_starts
                limit = len(starts) // 2
                text = self._lower_text
                hits: set[int] = set()
                # str.find per literal: much faster than one regex alternation over the whole text
                for lit in gate_literals(gate.pattern):
                    i = text.find(lit)
                    while i != -1 and len(hits) <= limit:
                        b = bisect_right(starts, i) - 1
                        hits.add(b)
                        i = text.find(lit, starts[b + 1]) if b + 1 < len(starts) else -1
                    if len(hits) > limit:
                        break
                # a gate that fires nearly everywhere is not worth using
                self._gates[key] = None if len(hits) > limit else hits
        return self._gates[key]

    @cached_property
    def lang_chars(self) -> dict[str, int]:
        """Characters of text per sentence language."""
        out: dict[str, int] = {}
        for s in self.seg.sentences:
            out[s.lang] = out.get(s.lang, 0) + len(s.text)
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.seg.sentences]

    def literal_blocks(self, literals: tuple[str, ...]) -> set[int]:
        """Indexes of the blocks that contain one of ``literals`` (case-sensitive, str.find)."""
        ck = ("lit:" + "\x00".join(literals), "*")
        if ck not in self._gates:
            starts = self._block_starts
            text = self.seg.document.text
            hits: set[int] = set()
            for lit in literals:
                i = text.find(lit)
                while i != -1:
                    b = bisect_right(starts, i) - 1
                    hits.add(b)
                    i = text.find(lit, starts[b + 1]) if b + 1 < len(starts) else -1
            self._gates[ck] = hits
        return self._gates[ck] or set()

    def prefilter_hits(self, key: str, lang: str, rx: re.Pattern[str]) -> set[int]:
        """Indexes of the sentences where ``rx`` matches, from one scan of the whole text (cached)."""
        ck = (f"pre:{key}", lang)
        if ck not in self._gates:
            starts = self._sentence_starts
            sents = self.seg.sentences
            hits: set[int] = set()
            text = self.seg.document.text
            pos = 0
            while (m := rx.search(text, pos)) is not None:
                i = bisect_right(starts, m.start()) - 1
                if i >= 0 and m.start() < sents[i].end:
                    hits.add(i)
                # resume at the next sentence: a match that runs on must not hide one that starts there
                pos = starts[i + 1] if i + 1 < len(starts) else len(text)
                if pos <= m.start():
                    pos = m.start() + 1
            self._gates[ck] = hits
        return self._gates[ck] or set()

    @cached_property
    def block_sentences(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for s in self.seg.sentences:
            out.setdefault(s.block, []).append(s.index)
        return out

    @cached_property
    def sentences_by_lang(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for s in self.seg.sentences:
            out.setdefault(s.lang, []).append(s.index)
        return out

    @cached_property
    def lowered(self) -> list[str]:
        """Every sentence lowercased once, for the literal gates."""
        return [s.text.lower() for s in self.seg.sentences]

    @cached_property
    def titles_with_discrimination(self) -> frozenset[int]:
        """Sections whose heading is about discrimination / equal treatment."""
        out = set()
        for sec in self.seg.sections:
            title = sec.title or ""
            if not title:
                continue
            for lang in {self.seg.language, "en"}:
                lx = self.lex(lang)
                d = lx.get("discrimination")
                hn = lx.get("hard_negative")
                if d and d.search(title) and not (hn and hn.search(title)):
                    out.add(sec.index)
                    break
        return frozenset(out)

    def ancestors(self, sec: int | None) -> list[int]:
        out = []
        while sec is not None:
            out.append(sec)
            sec = self.seg.sections[sec].parent
        return out


@lru_cache(maxsize=4096)
def gate_literals(pattern: str) -> tuple[str, ...]:
    """The literals of a gate built by :func:`procheck.library.literal_gate`
    ("(?:lit|lit…)[^\\n]*"), unescaped."""
    inner = pattern[3: pattern.rindex(")[^")]
    return tuple(re.sub(r"\\(.)", r"\1", part) for part in re.split(r"(?<!\\)\|", inner))


def _first(rx: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    return rx.search(text) if rx is not None else None


def _party_spans(text: str, rxs: dict[str, re.Pattern[str]], prep: re.Pattern[str] | None) -> list[tuple[int, str]]:
    spans: list[tuple[int, str]] = []
    for role, rx in rxs.items():
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 30):m.start()]
            if prep is not None and prep.search(before):
                continue  # "at the request of the Authority": not the subject
            spans.append((m.start(), role))
    spans.sort()
    return spans


_MODAL_ORDER = ("negation", "effort", "soft", "binding", "permissive")


def compute_features(s: Sentence, ctx: DocContext) -> Features:
    lex = ctx.lex(s.lang)
    text = s.text
    hn = _first(lex.get("hard_negative"), text)
    disc = _first(lex.get("discrimination"), text)
    # the clause after a leading condition ("If the Supplier breaches …, the City may …")
    cond = lex.get("conditional")
    m = cond.match(text) if cond is not None else None
    main = text[m.end():] if m else text

    # modality: find every modal word in the main clause
    found: dict[str, re.Match[str]] = {}
    for key in _MODAL_ORDER:
        mm = _first(lex.get(key), main)
        if mm:
            found[key] = mm
    negated = found.get("negation")
    if "effort" in found:
        modality, mw = "effort", found["effort"].group(0)
    elif "soft" in found and not ("binding" in found and found["binding"].start() < found["soft"].start()):
        modality, mw = "soft", found["soft"].group(0)
    elif "binding" in found and (
        "permissive" not in found or found["binding"].start() <= found["permissive"].start()
    ):
        modality, mw = "binding", found["binding"].group(0)
    elif "permissive" in found:
        modality, mw = "permissive", found["permissive"].group(0)
    else:
        modality, mw = "indicative", ""

    # the obliged party: subject at the start of the main clause, else next to the modal word
    rxs = ctx.parties(s.lang)
    prep = lex.get("preposition")
    spans = _party_spans(main, rxs, prep)
    party = "none"
    if spans:
        first_pos, first_role = spans[0]
        anchor = None
        for key in ("binding", "effort", "soft", "permissive", "negation"):
            if key in found:
                pos = found[key].start()
                anchor = pos if anchor is None else min(anchor, pos)
        inverted = None
        if anchor is not None and s.lang in ("sv", "nl", "de") and first_pos > 4:
            # verb-second order: "På begäran ska Leverantören …", "Bryter X mot … får Kommunen häva …"
            inverted = next((sp for sp in spans if 0 <= sp[0] - anchor <= 18 + len(mw)), None)
        if inverted is not None:
            party = inverted[1]
        elif first_pos <= 25:
            party = first_role
        elif anchor is not None:
            before = [sp for sp in spans if sp[0] < anchor]
            after = [sp for sp in spans if sp[0] >= anchor and sp[0] - anchor <= 45]
            if s.lang in ("sv", "nl", "de") and after:
                party = after[0][1]
            elif before:
                party = before[-1][1]
            elif after:
                party = after[0][1]
        else:
            party = first_role
    if party == "tenderer" and _first(lex.get("performance"), text):
        party = "supplier"  # "the Tenderer shall, during the contract, …" binds the future supplier
    passive = party == "authority" and bool(_first(lex.get("passive_receive"), main))
    if passive:
        party = "none"  # "the Authority shall be provided with …": a duty of whoever provides
    requests_supplier = passive
    demands = passive
    if party == "authority" and "supplier" in rxs:
        req = _first(lex.get("request"), main)
        # the supplier follows the verb ("require the Supplier to"), or precedes it in verb-final
        # Dutch and German ("kan de leverancier verzoeken informatie te verstrekken")
        if req and (rxs["supplier"].search(main, req.start())
                    or (s.lang in ("nl", "de") and rxs["supplier"].search(main, max(0, req.start() - 60), req.start()))):
            requests_supplier = True
            demand = lex.get("demand")
            demands = demand is not None and bool(demand.match(req.group(0)))

    flags = []
    for key in ("law_list", "by_reference", "condition", "high_trigger", "recital", "definition"):
        if _first(lex.get(key), text):
            flags.append(key)
    selfref = bool(_first(lex.get("self_reference"), text))
    xrefs: tuple[str, ...] = ()
    cr = lex.get("cross_reference")
    if cr is not None:
        xrefs = tuple(g for mm in cr.finditer(text) for g in mm.groups() if g)
    return Features(
        party=party,
        modality=modality,
        modal_word=mw,
        negated=negated.group(0) if negated else None,
        discrimination=bool(disc) and not hn,
        hard_negative=hn.group(0) if hn else None,
        flags=tuple(flags),
        self_reference=selfref,
        cross_refs=xrefs,
        requests_supplier=requests_supplier,
        demands=demands,
        mentions=tuple(sorted({role for _, role in _party_spans(text, rxs, None)})),
    )

"""What every check shares: proposing candidate sentences and building results."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from procheck.library import CompiledElement
from procheck.match.features import DocContext, Features
from procheck.records import TABLE, ElementResult, Evidence, Sentence

STATUS_RANK = {"present": 3, "weak": 2, "missing": 1, "unknown": 0}


@dataclass
class Candidate:
    """A sentence a check looked at, with its verdict."""

    sentence: Sentence
    features: Features
    status: str  #: present | weak | generic | negated | rejected
    reason: str
    score: float = 0.0
    extra: tuple[Sentence, ...] = ()  #: supporting sentences (grounds list items …)
    figures: dict[str, object] = field(default_factory=dict)  #: numbers read from the sentence


@dataclass
class Judgement:
    """What the checks of one document share while they run, in stage order."""

    results: dict[str, ElementResult] = field(default_factory=dict)
    obligations: list[Candidate] = field(default_factory=list)  #: accepted obligation candidates
    anchors: Any = None  #: linked.Anchors, built once the obligation is judged


def patterns_for(el: CompiledElement, lang: str) -> list[tuple[re.Pattern[str], ...]]:
    return el.patterns.get(lang) or el.patterns.get("en") or []


def matches(el: CompiledElement, s: Sentence, low: str | None = None) -> bool:
    """Does the sentence match one of the element's patterns (all parts of an all-of group)?
    ``low`` is the sentence lowercased, for the literal gate."""
    lang = s.lang if s.lang in el.prefilter else "en"
    gate = el.gate.get(lang)
    if gate is not None and not gate.search(low if low is not None else s.text.lower()):
        return False
    pre = el.prefilter.get(lang)
    if pre is None or not pre.search(s.text):
        return False
    for group in patterns_for(el, s.lang):
        if all(p.search(s.text) for p in group):
            exc = el.exceptions.get(s.lang)
            if exc is not None and exc.search(s.text) and not _exception_outweighed(group, exc, s.text):
                continue
            return True
    return False


def _exception_outweighed(group: tuple[re.Pattern[str], ...], exc: re.Pattern[str], text: str) -> bool:
    """An exception wins unless the pattern also matches outside the exception's span."""
    spans = [m.span() for m in exc.finditer(text)]
    for p in group[:1]:
        for m in p.finditer(text):
            if not any(a <= m.start() < b for a, b in spans):
                return True
    return False


def propose(ctx: DocContext, el: CompiledElement) -> list[Sentence]:
    """Candidate sentences for an element: pattern matches, headings excluded. The element's literal
    gate is run once over the whole document, so only the paragraphs where it fires are visited."""
    lows = ctx.lowered
    sents = ctx.seg.sentences
    out = []
    for lang, indexes in ctx.sentences_by_lang.items():
        plang = lang if lang in el.prefilter else "en"
        blocks = ctx.literal_blocks(tuple(el.spec.gate_literals)) if el.spec.gate_literals else ctx.gate_blocks(el, plang)
        if blocks is None:
            # no literal gate: one scan of the document with the element's prefilter instead of a
            # regex test per sentence
            pre = el.prefilter.get(plang)
            if pre is None or ctx.lang_chars[lang] * 3 < len(ctx.seg.document.text):
                todo = indexes  # a language with a few sentences: testing them is cheaper than a scan
            else:
                todo = sorted(i for i in ctx.prefilter_hits(el.id, plang, pre) if sents[i].lang == lang)
        else:
            todo = sorted(i for b in blocks for i in ctx.block_sentences.get(b, ()) if sents[i].lang == lang)
        for i in todo:
            s = sents[i]
            if not s.is_heading and matches(el, s, lows[i]):
                out.append(s)
    out.sort(key=lambda s: s.index)
    return out


def section_label(ctx: DocContext, s: Sentence) -> str | None:
    if s.section is None:
        return None
    sec = ctx.seg.sections[s.section]
    label = " ".join(p for p in (sec.number, sec.title) if p)
    if not sec.title:
        # "14.2" alone says little: name the titled clause or annex it belongs to ("Bilaga 4 … › 2")
        parent = sec.parent
        while parent is not None and not ctx.seg.sections[parent].title:
            parent = ctx.seg.sections[parent].parent
        if parent is not None:
            par = ctx.seg.sections[parent]
            head = " ".join(p for p in (par.number, par.title) if p)
            label = f"{head} › {label}" if label else head
    return label[:120] or None


def evidence(ctx: DocContext, sents: list[Sentence]) -> tuple[Evidence, ...]:
    seen = set()
    out = []
    for s in sents:
        if s.index in seen:
            continue
        seen.add(s.index)
        out.append(Evidence(s.page, s.text, s.start, s.end, section_label(ctx, s)))
    return tuple(sorted(out, key=lambda e: e.start))


def where(ctx: DocContext, s: Sentence) -> str:
    label = section_label(ctx, s)
    page = f"page {s.page}" if s.page else ""
    bits = [b for b in (label and f"'{label}'", page) if b]
    return f" ({', '.join(bits)})" if bits else ""


def result(
    el: CompiledElement, status: str, reason: str, ev: tuple[Evidence, ...] = (), confidence: float = 0.5,
    grounds: tuple[str, ...] = (), figures: dict[str, object] | None = None,
) -> ElementResult:
    return ElementResult(
        id=el.id, status=status, confidence=round(max(0.0, min(1.0, confidence)), 2), reason=reason,
        evidence=ev, grounds=grounds, severity=el.spec.severity, figures=dict(figures or {}),
        adverse=el.spec.adverse, anchor=el.spec.anchor,
    )


_GOOD = {"present": 2, "weak": 1}


def best_candidate(cands: list[Candidate]) -> Candidate | None:
    """The strongest accepted candidate: present before weak, then the most similar to the
    exemplars, then the earliest."""
    good = [c for c in cands if c.status in _GOOD]
    return max(good, key=lambda c: (_GOOD[c.status], c.score, -c.sentence.start)) if good else None


def first_with(cands: list[Candidate], status: str) -> Candidate | None:
    return next((c for c in cands if c.status == status), None)


def not_found(el: CompiledElement, ctx: DocContext, cands: list[Candidate]) -> ElementResult:
    """``missing`` when no candidate was accepted: expressly carved out, only a look-alike, or nothing."""
    neg = first_with(cands, "negated")
    if neg is not None:
        return result(el, "missing", f"{el.spec.title}: {neg.reason}{where(ctx, neg.sentence)}.",
                      evidence(ctx, [neg.sentence]), 0.7)
    rej = first_with(cands, "rejected")
    if rej is not None:
        return result(el, "missing", f"Not found; the closest wording is {rej.reason}{where(ctx, rej.sentence)}.",
                      (), 0.75)
    return result(el, "missing", f"Not found: no wording for '{el.spec.title.lower()}'.", (), 0.85)


def quote(word: str) -> str:
    return f"'{word.strip()}'"


def award_context(ctx: DocContext, s: Sentence) -> bool:
    """The sentence sits under an award-criteria heading ("Tilldelningskriterier", "Gunning") or is a
    row of a table whose header is about the award ("Criterium | Weging")."""
    award = ctx.lex(s.lang).get("award")
    if award is None:
        return False
    for a in ctx.ancestors(s.section):
        if award.search(ctx.seg.sections[a].title or ""):
            return True
    blocks = ctx.seg.document.blocks
    if blocks[s.block].kind == TABLE:
        for t in reversed(ctx.seg.sentences[max(0, s.index - 4): s.index]):
            if blocks[t.block].kind != TABLE:
                break
            if award.search(t.text):
                return True
    return False

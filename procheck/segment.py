"""Document -> sections, sentences, languages and party definitions.

Pure Python and regular expressions: this runs over every page, so it must stay cheap (spaCy only
sees the few sentences the matcher proposes).
"""

from __future__ import annotations

import re
from collections import Counter

from procheck.records import FURNITURE, HEADING, TABLE, Block, Document, Party, Section, Segmented, Sentence

# --------------------------------------------------------------------------------------------
# Language detection: stop-word votes per paragraph
# --------------------------------------------------------------------------------------------

_STOP = {
    "en": "the and of to in shall be is for with that by or any this as on are from which will not its such".split(),
    "sv": "och att det som på är av för med till den ska inte har skall eller vid från enligt detta eller samt".split(),
    "nl": "de het een en van in is op te dat voor met zijn aan door wordt niet bij of deze worden naar zal die".split(),
    "de": "der die das und zu den von mit ist im für auf nicht des dem ein eine wird werden oder sich bei nach".split(),
    "fr": "le la les et des du un une est pour que dans par sur au aux qui ne pas ou sont être ce".split(),
}
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOP.items():
    for _w in _words:
        _WORD_LANGS[_w] = (*_WORD_LANGS.get(_w, ()), _lang)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: characters that are strong hints for a language
_HINTS = {"sv": re.compile(r"[åäö]", re.I), "de": re.compile(r"[ßü]", re.I), "fr": re.compile(r"[éèêàç]", re.I)}


def detect_language(text: str, default: str = "en") -> tuple[str, int]:
    """Best language for a text and the number of stop-word votes it got."""
    votes: dict[str, int] = {}
    get = _WORD_LANGS.get
    head = text[:160]
    for w in head.lower().split():
        langs = get(w.strip(".,;:()\"'«»“”’"))
        if langs:
            for lang in langs:
                votes[lang] = votes.get(lang, 0) + 1
    if not votes:
        return default, 0
    for lang, rx in _HINTS.items():
        if lang in votes and rx.search(head):
            votes[lang] += 1
    best = max(votes.values())
    if votes.get(default) == best:
        return default, best  # a tie goes to the surrounding language
    lang = max(votes, key=votes.__getitem__)
    return lang, votes[lang]


# --------------------------------------------------------------------------------------------
# Headings and numbering
# --------------------------------------------------------------------------------------------

_NUM = r"(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?|(?-i:[A-Z]{1,2})\d{1,3}(?:\.\d{1,3}){0,3}\.?|(?-i:[IVX]{1,5})\.|(?-i:[A-Z])\.)"
_KEYWORD = (
    r"(?:article|artikel|art\.|clause|section|schedule|annex|appendix|bilaga|bijlage|anhang|anlage|annexe|"
    r"punkt|paragraaf|paragraf|kapitel|hoofdstuk|chapter|part|del|deel|afdeling|avsnitt|titel|titre|abschnitt)"
)
_NUMBERED = re.compile(
    rf"^\s*(?:(?P<kw>{_KEYWORD})\s+(?P<kwnum>[\dIVX]+[A-Za-z]?(?:\.\d+)*)\.?|§\s*(?P<para>\d+[a-z]?(?:\.\d+)*)|(?P<num>{_NUM}))"
    r"(?:\s*[:.\-–—)]\s*|\s+|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ANNEX = re.compile(r"^\s*(?:annex|appendix|schedule|bilaga|bijlage|anhang|anlage|annexe)\b", re.I)
_SENT_END = re.compile(r"[.!?;:]\s*$")


def _heading_like(rest: str) -> bool:
    words = rest.split()
    if not words or len(words) > 14 or len(rest) > 120:
        return False
    if _SENT_END.search(rest) and not rest.rstrip().endswith(":"):
        # "25. Compliance with Anti-discrimination Laws." is still a heading: short, title case
        caps = sum(1 for w in words if w[:1].isupper())
        return rest.rstrip().endswith(".") and len(words) <= 8 and caps >= max(2, len(words) // 2)
    return True


def _title_line(text: str) -> bool:
    """A short line in title style with no final punctuation and no verb: "Equal Treatment"."""
    words = text.split()
    if not (1 <= len(words) <= 8) or len(text) > 80 or text[-1] in ".;:,!?" or not text[0].isupper():
        return False
    return not _FINITE.search(text)


def _parse_heading(block: Block, title_like: bool = False) -> tuple[str | None, str, int, bool] | None:
    """(number, title, level, is_pure_heading) if the block opens a section."""
    text = block.text.strip()
    if not text:
        return None
    num = block.numbering.strip().rstrip(".") if block.numbering else None
    if num and not re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", num):
        num = None  # bullets and letters are list items, not clauses
    m = _NUMBERED.match(text)
    rest = text
    if m and m.group("kw") and not text[:1].isupper():
        m = None  # "section 149 of that Act" continues a sentence; "Section 14" opens a clause
    if m and (m.group("kw") or m.group("para") or m.group("num")):
        if m.group("kw"):
            num = f"{m.group('kw')} {m.group('kwnum')}"
            digits = m.group("kwnum")
        elif m.group("para"):
            num = f"§ {m.group('para')}"
            digits = m.group("para")
        else:
            num = m.group("num").rstrip(".")
            digits = num
        rest = m.group("rest").strip()
        level = digits.count(".") + 1 if digits and (digits[0].isdigit() or digits[-1:].isdigit()) else 1
        if _ANNEX.match(text):
            level = 0
        if block.kind == HEADING or _heading_like(rest):
            return num, rest, level, True
        # a numbered paragraph with body text: a section without a title
        return num, "", level, False
    if block.kind == HEADING:
        lvl = block.level or 1
        if _ANNEX.match(text):
            lvl = 0
        return num, text, lvl, True
    if num:
        level = num.count(".") + 1 if num[:1].isdigit() else 2
        return num, "", level, False
    # unmarked heading: a short line in capitals, or a short line with no final punctuation that
    # is followed by body text (decided by the caller)
    if len(text) <= 80 and text.upper() == text and sum(c.isalpha() for c in text) >= 4:
        return None, text, 1 if not _ANNEX.match(text) else 0, True
    if _ANNEX.match(text) and len(text) <= 100:
        return None, text, 0, True
    if title_like and block.kind != TABLE and _title_line(text):
        return None, text, 1, True  # (a short table row such as "Price | 40 %" is not a heading)
    return None


_FINITE = re.compile(
    r"\b(?:shall|must|will|may|is|are|be|has|have|ska|skall|får|kan|är|har|moet|zal|zullen|kan|mag|is|zijn|"
    r"wordt|heeft|muss|soll|ist|doit|est)\b",
    re.IGNORECASE,
)


def _run_in_title(text: str) -> bool:
    """A short title ending with a full stop at the start of a paragraph, without a verb."""
    t = text.strip()
    words = t.split()
    if not (1 <= len(words) <= 8) or not t.endswith(".") or not t[:1].isupper() or _FINITE.search(t):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) <= 4 or caps >= len(words) // 2


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|no|nr|art|arts|para|cf|incl|approx|resp|ca|jfr|t\.ex|bl\.a|m\.m|s\.k|d\.v\.s|"
    r"dvs|enl|kap|st|p|pp|vol|z\.g|o\.a|m\.b\.t|i\.v\.m|bijv|bv|nl|jo|vgl|resp|mr|mrs|ms|dr|prof|inc|ltd|"
    r"co|corp|ab|bv|nv|hb|kb|u\.s|sek|eur|art|sfs|ca|kr|tel|fig|ref|v|vs)\.)$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(‘]?[A-ZÅÄÖÉÜ0-9§•\-–])")
_MAX_SENT = 700


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SPLIT.finditer(text):
        cut = m.start()
        head = text[start:cut + 1].rstrip()
        last = head.split()[-1] if head.split() else ""
        if _ABBREV.search(last) or re.fullmatch(r"\(?[0-9]{1,3}(?:\.[0-9]{1,3})*\.", last) and len(head) < 12:
            continue
        if re.fullmatch(r"\d{1,3}\.", last) and cut - start < 12:
            continue
        spans.append((start, cut + 1))
        start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > _MAX_SENT:
            cut = text.rfind(";", s, s + _MAX_SENT)
            if cut <= s + 100:
                cut = text.rfind(",", s, s + _MAX_SENT)
            if cut <= s + 100:
                cut = s + _MAX_SENT
            out.append((s, cut + 1))
            s = cut + 1
            while s < e and text[s] == " ":
                s += 1
        if text[s:e].strip():
            ss = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            ee = e - (len(text[s:e]) - len(text[s:e].rstrip()))
            out.append((ss, ee))
    return out


# --------------------------------------------------------------------------------------------
# Party definitions
# --------------------------------------------------------------------------------------------

_Q = "[\"“”'‘’«»]"
_PARTY_PATTERNS = [
    # (hereinafter "the Supplier") / (the "Contractor") / ("ACME")
    re.compile(
        rf"\(\s*(?:hereinafter|hereafter|below)?\s*(?:(?:referred to|called|known)\s+(?:as\s+)?)?(?:as\s+)?"
        rf"(?:the\s+)?{_Q}?(?:the\s+)?(?P<t>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){{0,3}}){_Q}?\s*\)"
    ),
    re.compile(rf"\bhereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?{_Q}?(?:the\s+)?(?P<t>[A-Z]\w+)", re.I),
    # (nedan kallad Leverantören) / ("Leverantören") / (nedan "Beställaren")
    re.compile(rf"\(\s*(?:nedan|härefter)?\s*(?:kallad|benämnd|kallat|benämnt)?\s*{_Q}?(?P<t>[A-ZÅÄÖ]\w+(?:en|n|et|na))\s*{_Q}?\s*\)"),
    re.compile(rf"\bnedan\s+(?:kallad|benämnd|kallat)\s+{_Q}?(?P<t>[A-ZÅÄÖ]?\w+){_Q}?", re.I),
    # (hierna: "Opdrachtnemer") / hierna te noemen "de Opdrachtgever"
    re.compile(
        rf"\bhierna(?:\s+te\s+noemen)?\s*:?\s*{_Q}?(?:de\s+|het\s+)?{_Q}?(?P<t>[A-Za-z][\w\-]+){_Q}?", re.I
    ),
]


def find_parties(doc_text: str, role_of: dict[str, re.Pattern[str] | None]) -> list[Party]:
    """Party definitions in the first part of the document (and anywhere, for "hereinafter")."""
    head = doc_text[:20000]
    seen: dict[str, Party] = {}
    for rx in _PARTY_PATTERNS:
        for m in rx.finditer(head):
            term = m.group("t").strip(" \"“”'‘’")
            if len(term) < 2 or term.lower() in {"the", "de", "het", "den", "det"}:
                continue
            if term.lower() in seen:
                continue
            role = "other"
            for r in ("supplier", "authority", "tenderer"):
                rx2 = role_of.get(r)
                if rx2 is not None and rx2.fullmatch(term):
                    role = r
                    break
                if rx2 is not None and rx2.search(term):
                    role = r
            seen[term.lower()] = Party(term, role, m.start())
    parties = list(seen.values())
    # A named party whose role is unknown is the counterparty of a defined supplier / authority.
    roles = {p.role for p in parties}
    if "supplier" in roles and "authority" not in roles:
        parties = [Party(p.term, "authority", p.offset) if p.role == "other" else p for p in parties]
    elif "authority" in roles and "supplier" not in roles:
        parties = [Party(p.term, "supplier", p.offset) if p.role == "other" else p for p in parties]
    return parties


_ITEM = re.compile(r"^\s*(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\)|[•\-–·▪o]\s|\d{1,2}\))|^\s*[a-zåäöéü]")
_MAX_ITEMS = 12


def _merge_lists(doc: Document, sentences: list[Sentence]) -> list[Sentence]:
    """Join a lead-in ending with ":" and the list items under it into one sentence, so that
    "The Supplier shall: (a) not discriminate …; (b) …" is judged with its verb and party."""
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        j = i + 1
        if not s.is_heading and s.text.rstrip().endswith((":", "—", "-")):
            block = s.block
            while j < len(sentences) and j - i <= _MAX_ITEMS:
                t = sentences[j]
                if t.is_heading or t.block != block + 1 or len(t.text) > 400 or t.end - s.start > 1200:
                    break
                b = doc.blocks[t.block]
                if not (_ITEM.match(t.text) or (b.numbering and not b.numbering[:1].isdigit())):
                    break
                block = t.block
                j += 1
        if j > i + 1:
            last = sentences[j - 1]
            out.append(Sentence(len(out), doc.text[s.start:last.end], s.start, last.end, s.page, s.block, s.section,
                                s.lang))
            i = j
        else:
            out.append(Sentence(len(out), s.text, s.start, s.end, s.page, s.block, s.section, s.lang, s.is_heading))
            i += 1
    return out


# --------------------------------------------------------------------------------------------
# The segmenter
# --------------------------------------------------------------------------------------------


def segment(doc: Document, role_of: dict[str, re.Pattern[str] | None] | None = None) -> Segmented:
    """Cut a document into sections and sentences, with languages and party definitions."""
    sections: list[Section] = []
    sentences: list[Sentence] = []
    stack: list[int] = []  # indexes of open sections, outermost first
    lang_chars: Counter[str] = Counter()
    prev_lang: str | None = None

    body = [(i, b) for i, b in enumerate(doc.blocks) if b.kind not in FURNITURE and b.text.strip()]
    # document language first, so that short paragraphs can inherit it
    sample = " ".join(b.text for _, b in body[:400])
    doc_lang, _ = detect_language(sample)

    for bi, block in body:
        if len(block.text) >= 60:
            lang, votes = detect_language(block.text, default=prev_lang or doc_lang)
            if votes < 3:
                lang = prev_lang or doc_lang
        else:  # too short to tell: a heading, a table row, a list item
            lang = prev_lang or doc_lang
        prev_lang = lang
        lang_chars[lang] += len(block.text)

        nxt = doc.blocks[bi + 1] if bi + 1 < len(doc.blocks) else None
        # an unmarked short line is a heading when a longer paragraph follows it
        title_like = nxt is not None and len(nxt.text) > len(block.text) + 20
        head = _parse_heading(block, title_like)
        body_start = 0
        spans: list[tuple[int, int]] | None = None  # sentence spans of block.text[body_start:]
        if head is not None:
            number, title, level, pure = head
            while stack and sections[stack[-1]].level >= level:
                stack.pop()
            parent = stack[-1] if stack else None
            sec = Section(len(sections), number, title, level, parent, block.start)
            sections.append(sec)
            stack.append(sec.index)
            if pure:
                sentences.append(
                    Sentence(len(sentences), block.text, block.start, block.end, doc.page_at(block.start), bi,
                             sec.index, lang, is_heading=True)
                )
                continue
            if number and not block.numbering:
                m = _NUMBERED.match(block.text)
                if m:
                    body_start = m.start("rest")
            # a run-in heading: "17. Revision. Kommunen har rätt …" / "9.2 Subcontractors. The …"
            spans = split_sentences(block.text[body_start:])
            if len(spans) > 1:
                a, z = spans[0]
                first = block.text[body_start + a:body_start + z]
                if _run_in_title(first):
                    sections[-1] = Section(sec.index, sec.number, first.rstrip(". "), sec.level, sec.parent, sec.start)
                    sa, sz = block.start + body_start + a, block.start + body_start + z
                    sentences.append(
                        Sentence(len(sentences), doc.text[sa:sz], sa, sz, doc.page_at(sa), bi, sec.index, lang,
                                 is_heading=True)
                    )
                    shift = spans[1][0]
                    body_start += shift
                    spans = [(a - shift, z - shift) for a, z in spans[1:]]
        current = stack[-1] if stack else None
        text = block.text[body_start:]
        for s, e in spans if spans is not None else split_sentences(text):
            a, z = block.start + body_start + s, block.start + body_start + e
            sentences.append(Sentence(len(sentences), doc.text[a:z], a, z, doc.page_at(a), bi, current, lang))

    sentences = _merge_lists(doc, sentences)

    # close the sections: a section ends where the next section at the same or a higher level starts
    ends: list[int] = [len(doc.text)] * len(sections)
    open_: list[int] = []
    for sec in sections:
        while open_ and sections[open_[-1]].level >= sec.level:
            ends[open_.pop()] = sec.start
        open_.append(sec.index)
    sections = [Section(s.index, s.number, s.title, s.level, s.parent, s.start, ends[s.index]) for s in sections]

    languages = tuple(lang for lang, _ in lang_chars.most_common())
    language = languages[0] if languages else doc_lang
    parties = tuple(find_parties(doc.text, role_of or {}))
    return Segmented(doc, tuple(sentences), tuple(sections), parties, language, languages)

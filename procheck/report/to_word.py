"""The annotated Word copy (``procheck annotate``) and the review memo for other formats.

:func:`annotate_docx` gives back the checked DOCX unchanged except for real Word margin comments by
"procheck" (initials "PC"): one at each finding's evidence quote, and one per gap (a missing or weak
element, a barrier found or to check) carrying the model clause text from the JSON report's
``suggestion``. With ``suggest="tracked"`` the model text is also inserted as a tracked insertion
(``w:ins``) that Word and LibreOffice let the reviewer accept or reject.

:func:`review_memo` writes a DOCX (or Markdown) memo for PDF, TXT and MD inputs, which cannot be
annotated in place.

Format only: every status, reason and suggestion comes from the JSON report
(:mod:`procheck.report.to_json`); nothing is re-decided here.

Locating evidence. The report's offsets point into the text procheck's DOCX reader
(:mod:`procheck.ingest.from_docx`) extracted: one block per paragraph, a table row as its cells'
texts joined by " | ", whitespace collapsed. The file is read again with that reader, the block that
holds the evidence is found by offset, and the same block is found in the Word XML by its text (the
k-th block with that text is the k-th paragraph or row with it). When that fails the quote itself
is searched for, first with whitespace normalised, then ignoring whitespace. Runs are split at the
quote's boundaries so that the comment covers exactly the quote. Evidence that cannot be found is
commented at the clause anchor instead, with the quote, and counted as a fallback.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from procheck.errors import CorruptFile, FileNotFound, UsageError
from procheck.i18n import Catalogue, catalogue
from procheck.ingest import clean_line
from procheck.records import FURNITURE, HEADING, Document

AUTHOR = "procheck"
INITIALS = "PC"
SUGGEST_MODES = ("comment", "tracked")
#: statuses of a non-adverse element that are gaps (the model clause is proposed)
GAP_STATUSES = ("missing", "weak")
#: statuses of a barrier worth a comment (found / to check)
BARRIER_STATUSES = ("present", "weak")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_W = f"{{{W}}}"
_MC = f"{{{MC}}}"

_SPACE_TAGS = {_W + "tab", _W + "br", _W + "cr", _W + "ptab"}
_SKIP_TAGS = {
    _W + "del", _W + "delText", _W + "instrText", _W + "delInstrText", _W + "moveFrom", _W + "rPr",
    _W + "pPr", _W + "commentReference", _W + "footnoteReference", _W + "endnoteReference", _W + "fldData",
}  # fmt: skip
_CONTAINERS = (_W + "customXml", _W + "ins", _W + "smartTag", _W + "moveTo")


# --- results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnnotateResult:
    """What :func:`annotate_docx` wrote."""

    out: Path  #: the annotated copy
    comments: int  #: comments written in total
    anchored: int  #: comments anchored at their own evidence quote
    placed: int  #: gap comments at the clause anchor (the element has no evidence to point at)
    fallback: int  #: comments whose evidence could not be located, put at the clause anchor instead
    insertions: int = 0  #: tracked paragraphs inserted (``suggest="tracked"``)
    unlocated: tuple[str, ...] = ()  #: "element: quote" of every evidence that could not be located
    skipped: int = 0  #: findings not commented because the document has no paragraph to anchor at


# --- text maps: normalised text -> positions in the XML -------------------------------------------


@dataclass(frozen=True)
class _Pos:
    """One character of a paragraph: the node holding it (``w:t``, ``w:tab``…) and its index."""

    node: etree._Element
    index: int


@dataclass
class _TextMap:
    """A normalised text (as :func:`clean_line` makes it) and, per character, where it sits."""

    text: str = ""
    pos: list[_Pos | None] = field(default_factory=list)


def _raw_chars(p: etree._Element) -> tuple[list[tuple[str, _Pos | None]], list[etree._Element]]:
    """The characters of paragraph ``p`` as the DOCX reader reads them, and its nested boxes."""
    out: list[tuple[str, _Pos | None]] = []
    boxes: list[etree._Element] = []
    _collect(p, out, boxes)
    return out, boxes


def _collect(el: etree._Element, out: list[tuple[str, _Pos | None]], boxes: list[etree._Element]) -> None:
    """Mirror of the reader's text collection, keeping each character's node."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == _W + "t":
            out.extend((ch, _Pos(child, i)) for i, ch in enumerate(child.text or ""))
        elif tag in _SPACE_TAGS:
            out.append((" ", _Pos(child, 0)))
        elif tag == _W + "noBreakHyphen":
            out.append(("-", _Pos(child, 0)))
        elif tag == _W + "softHyphen" or tag in _SKIP_TAGS:
            continue
        elif tag == _W + "txbxContent" or tag == _W + "p":
            boxes.append(child)
        elif tag == _MC + "AlternateContent":
            _collect_alternate(child, out, boxes)
        else:
            _collect(child, out, boxes)


def _collect_alternate(el: etree._Element, out: list[tuple[str, _Pos | None]], boxes: list[etree._Element]) -> None:
    """The first ``mc:Choice`` when it holds text, else the ``mc:Fallback`` (as the reader does)."""
    choice = el.find(_MC + "Choice")
    fallback = el.find(_MC + "Fallback")
    if choice is not None:
        o: list[tuple[str, _Pos | None]] = []
        b: list[etree._Element] = []
        _collect(choice, o, b)
        has_box_text = any((t.text or "").strip() for x in b for t in x.iter(_W + "t"))
        if "".join(c for c, _ in o).strip() or has_box_text or fallback is None:
            out.extend(o)
            boxes.extend(b)
            return
    if fallback is not None:
        _collect(fallback, out, boxes)


def _normalise(chars: list[tuple[str, _Pos | None]]) -> _TextMap:
    """Collapse whitespace like :func:`clean_line`, keeping a position per kept character."""
    tm = _TextMap()
    pending: _Pos | None = None
    have_space = False
    for ch, pos in chars:
        if ch in ("\u00ad", "\x00"):
            continue
        if ch.isspace():
            if not have_space:
                pending, have_space = pos, True
            continue
        if have_space and tm.text:
            tm.text += " "
            tm.pos.append(pending)
        have_space = False
        tm.text += ch
        tm.pos.append(pos)
    return tm


@dataclass
class _Unit:
    """A paragraph or a table row: what the reader turns into one block."""

    element: etree._Element  #: ``w:p`` or ``w:tr``
    paragraphs: list[etree._Element]  #: the paragraphs it covers, in order
    cells: list[list[etree._Element]] | None = None  #: per cell its paragraphs (rows only)
    text: str = ""

    def text_map(self) -> _TextMap:
        """The unit's normalised text with positions (recomputed: runs may have been split)."""
        if self.cells is None:
            return _normalise(_raw_chars(self.element)[0])
        chars: list[tuple[str, _Pos | None]] = []
        for i, cell in enumerate(self.cells):
            if i:
                chars.extend((c, None) for c in " | ")
            part: list[tuple[str, _Pos | None]] = []
            for j, p in enumerate(cell):
                if j:
                    part.append((" ", None))
                part.extend(_raw_chars(p)[0])
            chars.extend(_strip_chars(part))
        return _normalise(chars)


def _strip_chars(chars: list[tuple[str, _Pos | None]]) -> list[tuple[str, _Pos | None]]:
    """Collapse a cell's text on its own first, as the reader does before joining the cells."""
    tm = _normalise(chars)
    return list(zip(tm.text, tm.pos, strict=True))


class _Units:
    """Walks the document body in the reader's order and lists its paragraph and row units."""

    def __init__(self) -> None:
        self.units: list[_Unit] = []

    def walk(self, container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == _W + "p":
                self.paragraph(child)
            elif tag == _W + "tbl":
                self.table(child)
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.walk(content)
            elif tag in _CONTAINERS:
                self.walk(child)
            elif tag == _MC + "AlternateContent":
                alt = child.find(_MC + "Choice")
                alt = alt if alt is not None else child.find(_MC + "Fallback")
                if alt is not None:
                    self.walk(alt)

    def paragraph(self, p: etree._Element) -> None:
        chars, boxes = _raw_chars(p)
        text = _normalise(chars).text
        if text:
            self.units.append(_Unit(p, [p], text=text))
        for box in boxes:
            if box.tag == _W + "p":
                self.paragraph(box)
            else:
                self.walk(box)

    def table(self, tbl: etree._Element) -> None:
        for tr in _children(tbl, _W + "tr"):
            cells = list(_children(tr, _W + "tc"))
            parts = [_cell_parts(tc) for tc in cells]
            used = [i for i, (ps, nested) in enumerate(parts) if any(_p_text(p) for p in ps) or nested]
            if len(used) == 1:
                self.walk(cells[used[0]])
                continue
            unit = _Unit(tr, [p for ps, _ in parts for p in ps], cells=[ps for ps, _ in parts])
            unit.text = unit.text_map().text
            if unit.text.replace("|", "").strip():
                self.units.append(unit)
            for _, nested in parts:
                for inner in nested:
                    self.table(inner)


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, looking through ``w:sdt`` and ``w:customXml`` wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == _W + "customXml":
            yield from _children(child, tag)


def _cell_parts(tc: etree._Element) -> tuple[list[etree._Element], list[etree._Element]]:
    """A cell's paragraphs (text-box paragraphs included) and its nested tables, in order."""
    paras: list[etree._Element] = []
    nested: list[etree._Element] = []

    def visit(container: etree._Element) -> None:
        for child in container:
            if child.tag == _W + "p":
                paras.append(child)
                for box in _raw_chars(child)[1]:
                    if box.tag == _W + "p":
                        paras.append(box)
                    else:
                        visit(box)
            elif child.tag == _W + "tbl":
                nested.append(child)
            elif child.tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    visit(content)
            elif child.tag in (_W + "customXml", _W + "ins"):
                visit(child)

    visit(tc)
    return paras, nested


def _p_text(p: etree._Element) -> str:
    """A paragraph's normalised text."""
    return _normalise(_raw_chars(p)[0]).text


# --- locating evidence -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    """Evidence found in the XML: a unit and a character range in its normalised text."""

    unit: int
    start: int
    end: int


def _block_index(doc: Document) -> list[tuple[int, int, int]]:
    """Per body block (not header/footer): (start, end, occurrence number of its text)."""
    seen: dict[str, int] = {}
    out = []
    for b in doc.blocks:
        if b.kind in FURNITURE:
            out.append((b.start, b.end, -1))
            continue
        k = seen.get(b.text, 0)
        seen[b.text] = k + 1
        out.append((b.start, b.end, k))
    return out


def _locate(ev: dict[str, Any], doc: Document | None, units: list[_Unit]) -> _Span | None:
    """Where the evidence ``ev`` sits in ``units``: by offset and block text, else by its quote."""
    start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
    if doc is not None and doc.text[start:end] == ev.get("text", ""):
        index = _block_index(doc)
        for b, (bs, be, k) in zip(doc.blocks, index, strict=True):
            if bs <= start < be and k >= 0:
                same = [i for i, u in enumerate(units) if u.text == b.text]
                if k < len(same) and end <= be:
                    return _Span(same[k], start - bs, end - bs)
                break
    return _search(str(ev.get("text", "")), units)


def _search(quote: str, units: list[_Unit]) -> _Span | None:
    """The first unit holding ``quote``, whitespace normalised, else ignoring whitespace."""
    q = clean_line(quote)
    if not q:
        return None
    for i, u in enumerate(units):
        at = u.text.find(q)
        if at >= 0:
            return _Span(i, at, at + len(q))
    squeezed = "".join(q.split())
    for i, u in enumerate(units):
        keep = [j for j, ch in enumerate(u.text) if not ch.isspace()]
        at = "".join(u.text[j] for j in keep).find(squeezed)
        if at >= 0:
            return _Span(i, keep[at], keep[at + len(squeezed) - 1] + 1)
    return None


# --- run surgery ----------------------------------------------------------------------------------


def _element(tag: str) -> etree._Element:
    """A new WordprocessingML element of python-docx's element classes (``"w:r"``, ``"w:p"``)."""
    from docx.oxml import OxmlElement

    return OxmlElement(tag)


def _set_text(t: etree._Element, text: str) -> None:
    """Set a ``w:t`` text, keeping leading/trailing spaces."""
    t.text = text
    t.set(f"{{{XML_NS}}}space", "preserve")


def _split_before(pos: _Pos) -> etree._Element:
    """Split the run holding ``pos`` so that a run starts exactly at it; return that run."""
    node, run = pos.node, pos.node.getparent()
    assert run is not None and run.tag == _W + "r"
    content = [c for c in run if c.tag != _W + "rPr"]
    if pos.index == 0 and content and content[0] is node:
        return run
    new = _element("w:r")
    rpr = run.find(_W + "rPr")
    if rpr is not None:
        new.append(deepcopy(rpr))
    moving = content[content.index(node):]
    if pos.index > 0:
        text = node.text or ""
        head = etree.SubElement(new, _W + "t")
        _set_text(head, text[pos.index:])
        _set_text(node, text[: pos.index])
        moving = moving[1:]
    for c in moving:
        new.append(c)
    run.addnext(new)
    return new


def _split_after(pos: _Pos) -> etree._Element:
    """Split the run holding ``pos`` so that a run ends exactly after it; return that run."""
    node, run = pos.node, pos.node.getparent()
    assert run is not None and run.tag == _W + "r"
    size = len(node.text or "") if node.tag == _W + "t" else 1
    if pos.index + 1 < size:
        _split_before(_Pos(node, pos.index + 1))
        return run
    content = [c for c in run if c.tag != _W + "rPr"]
    after = content.index(node) + 1
    if after < len(content):
        _split_before(_Pos(content[after], 0))
    return run


def _run_range(unit: _Unit, start: int, end: int) -> tuple[etree._Element, etree._Element] | None:
    """Split runs so that whole runs cover ``unit.text[start:end]``; the first and last run."""
    tm = unit.text_map()
    real = [j for j in range(start, min(end, len(tm.pos))) if tm.pos[j] is not None]
    if not real:
        return None
    first, last = tm.pos[real[0]], tm.pos[real[-1]]
    assert first is not None and last is not None
    end_run = _split_after(last)  # the end first: it never moves the start's node
    first_parent = first.node.getparent()
    start_run = _split_before(first)
    if first_parent is end_run:  # same run: the split moved the quote's tail into start_run
        end_run = start_run
    return start_run, end_run


def _whole_paragraph(p: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """The first and last text-bearing run of a paragraph (its own, not a text box's)."""
    tm = _normalise(_raw_chars(p)[0])
    nodes = [x for x in tm.pos if x is not None]
    if not nodes:
        return None
    end_run = _split_after(nodes[-1])
    first_parent = nodes[0].node.getparent()
    start_run = _split_before(nodes[0])
    return start_run, start_run if first_parent is end_run else end_run


# --- comment texts --------------------------------------------------------------------------------


def _label(cat: Catalogue, element_id: str) -> str:
    """An element's display name: the catalogue's ``element.<id>`` if it has one, else the id."""
    key = f"element.{element_id}"
    return cat.t(key) if cat.has(key) else element_id


def _is_gap(el: dict[str, Any]) -> bool:
    """A missing or weak clause element, or a barrier found or to check."""
    if el.get("adverse"):
        return el.get("status") in BARRIER_STATUSES
    return el.get("status") in GAP_STATUSES


def _wanted(el: dict[str, Any], present: bool = True) -> bool:
    """Elements that get a comment: non-adverse verdicts (``present`` ones only when asked), and
    barriers found or to check."""
    if el.get("adverse"):
        return el.get("status") in BARRIER_STATUSES
    return present or el.get("status") != "present"


def comment_text(el: dict[str, Any], cat: Catalogue, *, quote: str | None = None, part: int = 1,
                 parts: int = 1) -> str:
    """The text of the comment on element ``el`` (paragraphs separated by newlines).

    ``quote`` is given when the evidence could not be located and the comment sits elsewhere;
    ``part``/``parts`` number the comments of an element with several evidence quotes (only the
    first carries the reason and the proposed text).
    """
    status = cat.status(str(el.get("status", "unknown")), adverse=bool(el.get("adverse")))
    head = cat.t("word.comment.head", status=status, element=_label(cat, str(el.get("id", ""))),
                 severity=cat.t(f"severity.{el.get('severity', 'major')}"))
    if part > 1:
        return head + "\n" + cat.t("word.comment.more", n=part, total=parts)
    lines = [head]
    if el.get("reason"):
        lines.append(cat.reason(str(el["reason"])))
    if quote is not None:
        lines.append(cat.t("word.comment.unlocated", quote=quote))
    if parts > 1:
        lines.append(cat.t("word.comment.more", n=part, total=parts))
    if _is_gap(el) and el.get("suggestion"):
        key = "word.comment.fix" if el.get("adverse") else "word.comment.proposal"
        lines.append(cat.t(key))
        lines.extend(ln for ln in str(el["suggestion"]).splitlines() if ln.strip())
    return "\n".join(lines)


# --- annotate -------------------------------------------------------------------------------------


def default_output(source: Path) -> Path:
    """Where ``procheck annotate`` writes by default: ``<name>.procheck.docx`` next to the input."""
    return source.with_name(f"{source.stem}.procheck.docx")


def _check_inputs(source: Path, report: dict[str, Any], out: Path, suggest: str) -> None:
    """Refuse a bad mode, a missing source, a report of another file or overwriting the source."""
    if suggest not in SUGGEST_MODES:
        raise UsageError(f"unknown --suggest mode {suggest!r}; use one of {', '.join(SUGGEST_MODES)}")
    if not source.is_file():
        raise FileNotFound("file not found; check the path", path=str(source))
    if report.get("error"):
        err = report["error"]
        raise UsageError(f"the report is of a file that could not be read ({err.get('code')}); "
                         "fix the input and check it again before annotating", path=str(source))
    if report.get("document", {}).get("format") != "docx":
        raise UsageError("only DOCX files can be annotated in place; use review_memo (a memo) for "
                         "PDF, TXT and MD inputs", path=str(source))
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    if report.get("document", {}).get("sha256") not in (None, "", digest):
        raise UsageError("the report was made from another version of this file (SHA-256 differs); "
                         "check the file again and annotate with the new report", path=str(source))
    if out.exists() and out.resolve() == source.resolve():
        raise UsageError("the output would overwrite the input; choose another --out file", path=str(out))


def _load_source(source: Path) -> tuple[Any, Document | None]:
    """The python-docx document and procheck's own reading of the same file."""
    import docx

    from procheck.errors import ProcheckError
    from procheck.ingest import load

    try:
        document = docx.Document(str(source))
    except Exception as exc:  # python-docx raises several unrelated types on damaged files
        raise CorruptFile(f"python-docx cannot open the file ({type(exc).__name__}: {exc}); "
                          "re-save it from Word", path=str(source)) from None
    try:
        read: Document | None = load(source)
    except ProcheckError:
        read = None
    return document, read


@dataclass
class _Plan:
    """One comment to write: where (a span, or the clause anchor) and what."""

    element: dict[str, Any]
    span: _Span | None
    text: str
    kind: str  #: anchored | placed | fallback
    quote: str = ""


def _plan(report: dict[str, Any], doc: Document | None, units: list[_Unit], cat: Catalogue,
          present: bool = True) -> list[_Plan]:
    """Decide the comments: evidence quotes located in the units, gaps at the clause anchor."""
    plans: list[_Plan] = []
    for el in report.get("elements", []):
        if not _wanted(el, present):
            continue
        evidence = list(el.get("evidence") or [])
        if not evidence or (not el.get("adverse") and el.get("status") in ("missing", "unknown")):
            plans.append(_Plan(el, None, comment_text(el, cat), "placed"))
            continue
        for n, ev in enumerate(evidence, 1):
            span = _locate(ev, doc, units)
            if span is None:
                quote = clean_line(str(ev.get("text", "")))
                text = comment_text(el, cat, quote=quote, part=n, parts=len(evidence))
                if n > 1:
                    text += "\n" + cat.t("word.comment.unlocated", quote=quote)
                plans.append(_Plan(el, None, text, "fallback", quote=quote))
            else:
                plans.append(_Plan(el, span, comment_text(el, cat, part=n, parts=len(evidence)), "anchored"))
    return plans


#: headings that open the annexes, after which the general terms are over
_ANNEX = re.compile(r"^(?:schedule|annex|appendix|attachment|exhibit|bilaga|bijlage|anlage|annexe)\b", re.I)


def _clause_anchor(plans: list[_Plan], report: dict[str, Any], units: list[_Unit], doc: Document | None,
                   body: etree._Element) -> etree._Element | None:
    """The paragraph after which missing text belongs.

    In order: the end of the section of the anti-discrimination clause (the last located evidence
    of a present or weak ``nondiscrimination.*`` element); the end of the section holding other
    clause evidence; the end of the section of related wording (evidence of a missing
    ``nondiscrimination.*`` element); the end of the general terms (the last paragraph before the
    first annex heading); the last paragraph of the body.
    """
    def located(prefix: str) -> list[_Span]:
        return [p.span for p in plans if p.span is not None and not p.element.get("adverse")
                and str(p.element.get("id", "")).startswith(prefix)
                and p.element.get("status") in ("present", "weak")]

    if doc is not None:
        clause = located("nondiscrimination.")
        if clause:
            return _section_end(max(clause, key=lambda s: (s.unit, s.end)).unit, units, doc)
        other = located("")
        if other:
            return _section_end(min(s.unit for s in other), units, doc)
        related = [_locate(ev, doc, units) for el in report.get("elements", [])
                   if str(el.get("id", "")).startswith("nondiscrimination.") and not el.get("adverse")
                   for ev in el.get("evidence") or []]
        spans = [s for s in related if s is not None]
        if spans:
            return _section_end(min(s.unit for s in spans), units, doc)
        general = _general_terms_end(units, doc)
        if general is not None:
            return general
    top = [p for p in body if p.tag == _W + "p" and _p_text(p)]
    return top[-1] if top else (units[-1].paragraphs[-1] if units else None)


def _general_terms_end(units: list[_Unit], doc: Document) -> etree._Element | None:
    """The last paragraph before the first annex heading ("Schedule 2", "Bilaga 1"…), if any."""
    headings = {b.text for b in doc.blocks if b.kind == HEADING}
    for i, u in enumerate(units):
        if u.cells is None and u.text in headings and _ANNEX.match(u.text):
            before = [v for v in units[:i] if v.cells is None and v.text not in headings]
            return before[-1].paragraphs[-1] if before else None
    return None


def _section_end(unit: int, units: list[_Unit], doc: Document) -> etree._Element:
    """The last paragraph of the section holding ``units[unit]``: the section runs to the next
    heading at the same or a higher level than the heading above the unit. A paragraph is preferred
    to a table row (text inserted there would land in a table cell)."""
    headings = {b.text: (b.level or 1) for b in doc.blocks if b.kind == HEADING}
    level = 99
    for u in reversed(units[: unit + 1]):
        if u.text in headings and u.cells is None:
            level = headings[u.text]
            break
    end = unit
    for i in range(unit + 1, len(units)):
        if units[i].text in headings and headings[units[i].text] <= level:
            break
        end = i
    plain = [i for i in range(unit, end + 1) if units[i].cells is None]
    return units[plain[-1] if plain else end].paragraphs[-1]


def _w_date(date: datetime) -> str:
    """An OOXML date: UTC, seconds, trailing Z."""
    return date.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _add_comment(document: Any, runs: tuple[etree._Element, etree._Element], text: str,
                 date: datetime) -> None:
    """A Word comment by procheck on the runs from ``runs[0]`` to ``runs[1]``."""
    from docx.text.run import Run

    first, last = (Run(r, document) for r in runs)  # type: ignore[arg-type]
    comment = document.add_comment([first, last], text=text, author=AUTHOR, initials=INITIALS)
    comment._comment_elm.date = date.astimezone(UTC).replace(microsecond=0)


def _next_id(root: etree._Element) -> int:
    """An annotation id above every ``w:id`` already in the document part."""
    values = (el.get(_W + "id") for el in root.getroottree().iter())
    ids = [int(v) for v in values if v and v.lstrip("-").isdigit()]
    return max(ids, default=0) + 1


def _tracked_paragraph(text: str, rev_id: int, date: str) -> etree._Element:
    """A new paragraph whose runs and paragraph mark are a tracked insertion by procheck."""
    p = _element("w:p")
    ppr = etree.SubElement(p, _W + "pPr")
    rpr = etree.SubElement(ppr, _W + "rPr")
    mark = etree.SubElement(rpr, _W + "ins")
    mark.set(_W + "id", str(rev_id))
    mark.set(_W + "author", AUTHOR)
    mark.set(_W + "date", date)
    ins = etree.SubElement(p, _W + "ins")
    ins.set(_W + "id", str(rev_id + 1))
    ins.set(_W + "author", AUTHOR)
    ins.set(_W + "date", date)
    run = etree.SubElement(ins, _W + "r")
    _set_text(etree.SubElement(run, _W + "t"), text)
    return p


def _insert_tracked(root: etree._Element, proposals: list[tuple[etree._Element, str]], date: datetime) -> int:
    """Insert each proposed text as tracked paragraphs after its anchor paragraph, in report order."""
    rev = _next_id(root)
    stamp = _w_date(date)
    last: dict[int, etree._Element] = {}
    for anchor, text in proposals:
        cursor = last.get(id(anchor), anchor)
        for line in (ln.strip() for ln in text.splitlines()):
            if line:
                new = _tracked_paragraph(line, rev, stamp)
                rev += 2
                cursor.addnext(new)
                cursor = new
        last[id(anchor)] = cursor
    return len(proposals)


def annotate_docx(source: Path, report: dict[str, Any], out: Path, *, lang: str, suggest: str = "comment",
                  date: datetime | None = None, include_present: bool = True) -> AnnotateResult:
    """Write ``out``: ``source`` with a Word comment per finding of ``report`` (its JSON report).

    ``lang`` is the language of the comments' labels (the reason is translated, the proposed clause
    text is the report's, in the document's language). ``suggest="tracked"`` also inserts the
    proposed text of every gap as a tracked insertion. ``include_present=False`` comments only the
    gaps and barriers (present elements get no comment; their evidence still marks the clause
    anchor). ``date`` fixes the comments' and revisions'
    date and the archive's timestamps (for reproducible output); default now.
    """
    source, out = Path(source), Path(out)
    _check_inputs(source, report, out, suggest)
    when = date or datetime.now(UTC)
    cat = catalogue(lang)
    document, read = _load_source(source)
    body = document.element.body
    walker = _Units()
    walker.walk(body)
    units = walker.units
    plans = _plan(report, read, units, cat)
    anchor = _clause_anchor(plans, report, units, read, body)
    if not include_present:
        plans = [p for p in plans if _wanted(p.element, present=False)]
    counts = {"anchored": 0, "placed": 0, "fallback": 0}
    skipped = 0
    proposals: list[tuple[etree._Element, str]] = []
    for plan in plans:
        target, runs = _target(plan, units, anchor)
        if runs is None or target is None:
            skipped += 1
            continue
        _add_comment(document, runs, plan.text, when)
        counts[plan.kind] += 1
        if suggest == "tracked" and _proposes(plan.element, [t for _, t in proposals]):
            proposals.append((target, str(plan.element["suggestion"])))
    insertions = _insert_tracked(body, proposals, when)
    _save(document, out, when)
    unlocated = tuple(f"{p.element.get('id')}: {p.quote}" for p in plans if p.kind == "fallback")
    return AnnotateResult(out=out, comments=sum(counts.values()), anchored=counts["anchored"],
                          placed=counts["placed"], fallback=counts["fallback"], insertions=insertions,
                          unlocated=unlocated, skipped=skipped)


def _proposes(el: dict[str, Any], already: list[str]) -> bool:
    """True when ``el`` is a clause gap with model text not yet proposed (one insertion per element).
    Informational elements (severity ``info``: the scored diversity criteria of a tender) are award
    criteria, not contract clauses: they get a comment with the proposed wording, never inserted text."""
    return (not el.get("adverse") and el.get("severity") != "info" and el.get("status") in GAP_STATUSES
            and bool(el.get("suggestion")) and str(el["suggestion"]) not in already)


def _target(plan: _Plan, units: list[_Unit], anchor: etree._Element | None
            ) -> tuple[etree._Element | None, tuple[etree._Element, etree._Element] | None]:
    """The paragraph a comment belongs to and the runs it covers."""
    if plan.span is not None:
        unit = units[plan.span.unit]
        runs = _run_range(unit, plan.span.start, plan.span.end)
        if runs is not None:
            last_p = next((p for p in reversed(unit.paragraphs) if _contains(p, runs[1])), unit.paragraphs[-1])
            return last_p, runs
        plan.kind = "fallback"
        plan.quote = unit.text[plan.span.start:plan.span.end]
    if anchor is None:
        return None, None
    return anchor, _whole_paragraph(anchor)


def _contains(p: etree._Element, node: etree._Element) -> bool:
    """True when ``node`` is inside paragraph ``p``."""
    return any(a is p for a in node.iterancestors(_W + "p"))


def _save(document: Any, out: Path, date: datetime) -> None:
    """Save atomically, with every archive member stamped ``date`` (reproducible bytes)."""
    buf = io.BytesIO()
    document.save(buf)
    t = date.astimezone(UTC)
    stamp = (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    _atomic_write(out, fixed.getvalue())


def _atomic_write(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` through a temporary file in the same folder."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".procheck-", suffix=out.suffix, dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def review_memo(report: dict[str, Any], out: Path, *, lang: str, date: datetime | None = None) -> Path:
    """See :func:`procheck.report.to_memo.review_memo` (kept here for callers of this module)."""
    from procheck.report import to_memo

    return to_memo.review_memo(report, out, lang=lang, date=date)


def memo_markdown(report: dict[str, Any], *, lang: str, date: datetime | None = None) -> str:
    """See :func:`procheck.report.to_memo.memo_markdown`."""
    from procheck.report import to_memo

    return to_memo.memo_markdown(report, lang=lang, date=date)

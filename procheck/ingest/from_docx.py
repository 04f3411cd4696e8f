"""DOCX reader: walks the WordprocessingML body in document order with lxml.

python-docx's ``.paragraphs`` / ``.tables`` miss text in content controls (``w:sdt``), text boxes and
nested tables, so the body XML is walked directly:

* paragraphs, block and inline content controls, ``w:customXml``, smart tags and hyperlinks;
* tables row by row (cells joined with " | "); a row with a single non-empty cell is a layout table
  and its paragraphs are read as ordinary paragraphs; nested tables follow their row;
* text boxes (``w:txbxContent``) once: of ``mc:AlternateContent`` only the first ``mc:Choice`` is read,
  or the ``mc:Fallback`` when the choice holds no text;
* tracked changes: inserted text (``w:ins``) is read, deleted text (``w:del``, ``w:delText``) is not;
  field instructions (``w:instrText``) are skipped;
* headers and footers from the header/footer parts become the first / last blocks (identical ones once).

Safety: the archive's total uncompressed size, entry count and compression ratios are checked before
anything is inflated (zip bombs → UnsafeFile). The sizes in the zip headers are not trusted: a part is
inflated in small chunks and the read stops as soon as it passes its declared size (a lying header →
UnsafeFile), and all parts together may not inflate beyond ``MAX_TOTAL_UNCOMPRESSED``. XML is parsed
with entity resolution, DTD loading, network access and huge trees disabled; a DOCTYPE or an entity
declaration is rejected (UnsafeFile), whatever the part's encoding. Macros (``vbaProject.bin``),
embedded OLE objects, ActiveX controls and imported chunks are never read or run; their presence
is reported as a warning.
"""

from __future__ import annotations

import copy
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO

from lxml import etree

from procheck.errors import CorruptFile, UnsafeFile
from procheck.ingest import RawBlock, assemble, clean_line
from procheck.records import BODY, FOOTER, HEADER, HEADING, TABLE, Document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"
_MC = f"{{{MC}}}"

#: Limits against hostile archives.
MAX_TOTAL_UNCOMPRESSED = 512 * 1024 * 1024
MAX_PART_UNCOMPRESSED = 256 * 1024 * 1024
READ_CHUNK = 64 * 1024  #: inflate step; a lying header is caught within one step of its declared size
MAX_RATIO = 200.0  #: compression ratio above which a large entry is considered a bomb
RATIO_MIN_SIZE = 8 * 1024 * 1024  #: only entries above this size are ratio-checked
MAX_ENTRIES = 20000

_HEADING_STYLE = re.compile(
    r"^(?:heading|rubrik|kop|überschrift|uberschrift|titre|titolo|título|titulo|otsikko|overskrift|nagłówek)"
    r"\s*([1-9])$",
    re.I,
)
_TITLE_STYLE = re.compile(r"^(?:title|titel|rubrik|titre|subtitle|underrubrik)$", re.I)

_TEXT_TAGS = {_W + "t"}
_SPACE_TAGS = {_W + "tab", _W + "br", _W + "cr", _W + "ptab"}
_SKIP_TAGS = {
    _W + "del",
    _W + "delText",
    _W + "instrText",
    _W + "delInstrText",
    _W + "moveFrom",
    _W + "rPr",
    _W + "pPr",
    _W + "commentReference",
    _W + "footnoteReference",
    _W + "endnoteReference",
    _W + "fldData",
}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, dtd_validation=False
    )


# --- archive -------------------------------------------------------------------------------------


class _Archive:
    """A DOCX zip whose parts are inflated under a budget shared by all parts."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.inflated = 0  #: bytes actually inflated so far, whatever the headers say

    def namelist(self) -> list[str]:
        return self.zf.namelist()

    def read(self, name: str) -> bytes | None:
        """The inflated part ``name`` (None when absent); UnsafeFile when it inflates beyond its
        declared size or the archive's budget, CorruptFile when it is damaged."""
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            return None
        if info.file_size > MAX_PART_UNCOMPRESSED:
            raise UnsafeFile(
                f"the DOCX part {name} is {info.file_size / 1048576:.0f} MiB; refusing to read it (zip bomb?)"
            )
        out = self._inflate(info)
        self.inflated += len(out)
        return out

    def _inflate(self, info: zipfile.ZipInfo) -> bytes:
        name = info.filename
        # zipfile stops at the declared size and then fails on the CRC; open a copy that declares
        # more, so that a part inflating beyond its header is seen as such (and stopped here)
        probe = copy.copy(info)
        probe.file_size = info.file_size + 2 * READ_CHUNK
        budget = MAX_TOTAL_UNCOMPRESSED - self.inflated
        out = bytearray()
        try:
            with self.zf.open(probe) as fh:
                while chunk := fh.read(READ_CHUNK):
                    out += chunk
                    if len(out) > info.file_size:
                        raise UnsafeFile(
                            f"the DOCX part {name} inflates beyond the size its zip header declares "
                            f"({info.file_size} bytes): a zip bomb or a tampered file; refusing to read it"
                        )
                    if len(out) > budget:
                        raise UnsafeFile(
                            f"the DOCX parts inflate beyond {MAX_TOTAL_UNCOMPRESSED / 1048576:.0f} MiB "
                            "(zip bomb?); refusing to read it"
                        )
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise CorruptFile(
                f"the DOCX part {name} is damaged ({exc}); get a fresh copy or re-save it from Word"
            ) from None
        except RuntimeError as exc:  # encrypted zip entries
            raise CorruptFile(
                f"the DOCX part {name} cannot be read ({exc}); remove any protection and re-save it from Word"
            ) from None
        except NotImplementedError as exc:  # an unknown compression method
            raise CorruptFile(
                f"the DOCX part {name} uses an unsupported compression ({exc}); re-save it from Word"
            ) from None
        if len(out) != info.file_size:
            raise CorruptFile(
                f"the DOCX part {name} is shorter than its header says (truncated?); get a fresh copy "
                "or re-save it from Word"
            )
        return bytes(out)


def _open_zip(data: bytes) -> zipfile.ZipFile:
    """Open the archive and refuse it (UnsafeFile) when its declared sizes look like a zip bomb."""
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise CorruptFile(
            f"the DOCX file is damaged ({exc}); it may be truncated: get a fresh copy or re-save it from Word"
        ) from None
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnsafeFile(f"the DOCX archive has {len(infos)} entries; refusing to read it (zip bomb?)")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise UnsafeFile(
            f"the DOCX archive would inflate to {total / 1048576:.0f} MiB (zip bomb?); refusing to read it"
        )
    for i in infos:
        if i.file_size > RATIO_MIN_SIZE and i.file_size / max(i.compress_size, 1) > MAX_RATIO:
            raise UnsafeFile(
                f"the DOCX part {i.filename} compresses {i.file_size / max(i.compress_size, 1):.0f}:1 "
                "(zip bomb?); refusing to read it"
            )
    return zf


_DECL = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_DECL_TEXT = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def _declares_dtd(raw: bytes) -> bool:
    """A DOCTYPE or entity declaration in the part, in UTF-8 or in a UTF-16/32 encoding."""
    if _DECL.search(raw):
        return True
    if b"\x00" not in raw[:64]:
        return False
    return any(_DECL_TEXT.search(raw.decode(enc, errors="ignore")) for enc in _WIDE)


def _parse(raw: bytes, name: str) -> etree._Element:
    """Parse an XML part safely: no DTD, no entities, no network. UnsafeFile for a DOCTYPE or an
    entity declaration (seen in the bytes, or in any encoding once parsed)."""
    if _declares_dtd(raw):
        raise UnsafeFile(
            f"the DOCX part {name} declares a DOCTYPE/entities (entity expansion or external entity attack?); "
            "refusing to parse it: re-save the document from Word"
        )
    try:
        tree = etree.ElementTree(etree.fromstring(raw, _parser()))
    except etree.XMLSyntaxError as exc:
        raise CorruptFile(f"the DOCX part {name} is not well-formed XML ({exc}); re-save it from Word") from None
    except ValueError as exc:  # e.g. an unknown or conflicting encoding declaration
        raise CorruptFile(f"the DOCX part {name} cannot be decoded ({exc}); re-save it from Word") from None
    root = tree.getroot()
    if root is None:
        raise CorruptFile(f"the DOCX part {name} is empty; re-save it from Word")
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise UnsafeFile(
            f"the DOCX part {name} declares a DOCTYPE (entity expansion or external entity attack?); "
            "refusing to read it: re-save the document from Word"
        )
    return root


# --- styles and numbering ------------------------------------------------------------------------


@dataclass
class _Style:
    sid: str
    name: str
    based_on: str | None = None
    outline: int | None = None
    num_id: str | None = None
    ilvl: int | None = None


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    num_to_abs: dict[str, str] = field(default_factory=dict)
    start_override: dict[tuple[str, int], int] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str | None:
        abs_id = self.num_to_abs.get(num_id)
        if abs_id is None or num_id == "0":
            return None
        levels = self.abstract.get(abs_id, {})
        lvl = levels.get(ilvl)
        if lvl is None:
            return None
        key = abs_id  # Word continues a list across num instances of the same abstract list
        counters = self.counters.setdefault(key, [0] * 9)
        if ilvl >= len(counters):
            return None
        start = self.start_override.get((num_id, ilvl), lvl.start)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] >= start else start
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        if lvl.fmt == "none":
            return None
        if lvl.fmt == "bullet":
            return "•"

        def render(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if k < 0 or k >= len(counters):
                return ""
            ref = levels.get(k, _Level())
            value = counters[k] or self.start_override.get((num_id, k), ref.start)
            return _format_number(value, ref.fmt if k != ilvl else lvl.fmt)

        out = re.sub(r"%([1-9])", render, lvl.text).strip()
        return out or None


def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
            (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _letters(n: int) -> str:
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _wval(el: etree._Element | None, tag: str) -> str | None:
    if el is None:
        return None
    child = el.find(_W + tag)
    if child is None:
        return None
    v = child.get(_W + "val")
    return v


def _load_styles(root: etree._Element | None) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    if root is None:
        return styles
    for st in root.iterfind(_W + "style"):
        sid = st.get(_W + "styleId")
        if not sid:
            continue
        name = _wval(st, "name") or sid
        ppr = st.find(_W + "pPr")
        outline = _wval(ppr, "outlineLvl")
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        styles[sid] = _Style(
            sid=sid,
            name=name,
            based_on=_wval(st, "basedOn"),
            outline=int(outline) if outline and outline.isdigit() else None,
            num_id=_wval(num_pr, "numId"),
            ilvl=int(v) if (v := _wval(num_pr, "ilvl")) and v.isdigit() else None,
        )
    return styles


def _load_numbering(root: etree._Element | None) -> _Numbering:
    num = _Numbering()
    if root is None:
        return num
    for ab in root.iterfind(_W + "abstractNum"):
        aid = ab.get(_W + "abstractNumId")
        if aid is None:
            continue
        levels: dict[int, _Level] = {}
        for lvl in ab.iterfind(_W + "lvl"):
            ilvl = lvl.get(_W + "ilvl")
            if ilvl is None or not ilvl.isdigit():
                continue
            start = _wval(lvl, "start")
            levels[int(ilvl)] = _Level(
                fmt=_wval(lvl, "numFmt") or "decimal",
                text=_wval(lvl, "lvlText") or "",
                start=int(start) if start and start.lstrip("-").isdigit() else 1,
            )
        num.abstract[aid] = levels
    for n in root.iterfind(_W + "num"):
        nid = n.get(_W + "numId")
        aid = _wval(n, "abstractNumId")
        if nid is None or aid is None:
            continue
        num.num_to_abs[nid] = aid
        for ov in n.iterfind(_W + "lvlOverride"):
            ilvl = ov.get(_W + "ilvl")
            so = _wval(ov, "startOverride")
            if ilvl and ilvl.isdigit() and so and so.isdigit():
                num.start_override[(nid, int(ilvl))] = int(so)
    return num


# --- body walk -----------------------------------------------------------------------------------


class _Walker:
    def __init__(self, styles: dict[str, _Style], numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[RawBlock] = []

    # style helpers
    def _style_chain(self, sid: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while sid and sid not in seen and sid in self.styles:
            seen.add(sid)
            st = self.styles[sid]
            yield st
            sid = st.based_on

    def _heading_level(self, sid: str | None, ppr: etree._Element | None) -> int | None:
        outline = _wval(ppr, "outlineLvl")
        if outline is not None and outline.isdigit():
            lv = int(outline)
            return lv + 1 if lv < 9 else None
        for st in self._style_chain(sid):
            for cand in (st.name.strip(), re.sub(r"(?<=[^\d\s])(?=\d)", " ", st.sid)):
                m = _HEADING_STYLE.match(cand)
                if m:
                    return int(m.group(1))
                if _TITLE_STYLE.match(cand):
                    return 1
            if st.outline is not None:
                return st.outline + 1 if st.outline < 9 else None
        return None

    def _numbering_of(self, sid: str | None, ppr: etree._Element | None) -> str | None:
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id = _wval(num_pr, "numId")
        ilvl_s = _wval(num_pr, "ilvl")
        if num_id is None:
            for st in self._style_chain(sid):
                if st.num_id is not None:
                    num_id = st.num_id
                    if ilvl_s is None and st.ilvl is not None:
                        ilvl_s = str(st.ilvl)
                    break
        if num_id is None:
            return None
        ilvl = int(ilvl_s) if ilvl_s and ilvl_s.isdigit() else 0
        try:
            return self.numbering.label(num_id, ilvl)
        except (ValueError, IndexError):
            return None

    # text collection
    def _collect(self, el: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in _TEXT_TAGS:
                out.append(child.text or "")
            elif tag in _SPACE_TAGS:
                out.append(" ")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            elif tag == _W + "softHyphen" or tag in _SKIP_TAGS:
                continue
            elif tag == _W + "txbxContent":
                boxes.append(child)
            elif tag == _MC + "AlternateContent":
                self._collect_alternate(child, out, boxes)
            elif tag == _W + "p":  # a paragraph nested in an inline structure: keep it separate
                boxes.append(child)
            else:
                self._collect(child, out, boxes)

    def _collect_alternate(self, el: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
        choice = el.find(_MC + "Choice")
        fallback = el.find(_MC + "Fallback")
        if choice is not None:
            o: list[str] = []
            b: list[etree._Element] = []
            self._collect(choice, o, b)
            if "".join(o).strip() or any(_has_text(x) for x in b) or fallback is None:
                out.extend(o)
                boxes.extend(b)
                return
        if fallback is not None:
            self._collect(fallback, out, boxes)

    def paragraph_text(self, p: etree._Element) -> tuple[str, list[etree._Element]]:
        out: list[str] = []
        boxes: list[etree._Element] = []
        self._collect(p, out, boxes)
        return "".join(out), boxes

    # block emitters
    def walk(self, container: etree._Element, *, kind: str | None = None) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == _W + "p":
                self.paragraph(child, kind=kind)
            elif tag == _W + "tbl":
                self.table(child, kind=kind)
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.walk(content, kind=kind)
            elif tag in (_W + "customXml", _W + "ins", _W + "smartTag", _W + "moveTo"):
                self.walk(child, kind=kind)
            elif tag == _MC + "AlternateContent":
                alt = child.find(_MC + "Choice")
                if alt is None:
                    alt = child.find(_MC + "Fallback")
                if alt is not None:
                    self.walk(alt, kind=kind)
            # sectPr, del, bookmarks, altChunk, ...: not text

    def paragraph(self, p: etree._Element, *, kind: str | None = None) -> None:
        text, boxes = self.paragraph_text(p)
        ppr = p.find(_W + "pPr")
        sid = _wval(ppr, "pStyle")
        style_name = self.styles[sid].name if sid in self.styles else sid
        if clean_line(text):
            level = None
            k = kind or BODY
            if kind is None:
                level = self._heading_level(sid, ppr)
                if level is not None:
                    k = HEADING
            numbering = self._numbering_of(sid, ppr) if kind is None else None
            self.blocks.append(RawBlock(text, kind=k, style=style_name, numbering=numbering, level=level))
        for box in boxes:
            if box.tag == _W + "p":
                self.paragraph(box, kind=kind)
            else:
                self.walk(box, kind=kind)

    def _cell_parts(self, tc: etree._Element) -> tuple[list[str], list[etree._Element]]:
        """Texts of a cell's paragraphs and the nested tables it contains (in order)."""
        texts: list[str] = []
        nested: list[etree._Element] = []

        def visit(container: etree._Element) -> None:
            for child in container:
                tag = child.tag
                if tag == _W + "p":
                    t, boxes = self.paragraph_text(child)
                    texts.append(t)
                    for b in boxes:
                        if b.tag == _W + "p":
                            texts.append(self.paragraph_text(b)[0])
                        else:
                            visit(b)
                elif tag == _W + "tbl":
                    nested.append(child)
                elif tag == _W + "sdt":
                    c = child.find(_W + "sdtContent")
                    if c is not None:
                        visit(c)
                elif tag in (_W + "customXml", _W + "ins"):
                    visit(child)

        visit(tc)
        return texts, nested

    def _row_cells(self, tr: etree._Element) -> list[etree._Element]:
        cells: list[etree._Element] = []
        for child in tr:
            if child.tag == _W + "tc":
                cells.append(child)
            elif child.tag in (_W + "sdt", _W + "customXml"):
                content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
                if content is not None:
                    cells.extend(self._row_cells(content))
        return cells

    def _rows(self, tbl: etree._Element) -> list[etree._Element]:
        rows: list[etree._Element] = []
        for child in tbl:
            if child.tag == _W + "tr":
                rows.append(child)
            elif child.tag in (_W + "sdt", _W + "customXml"):
                content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
                if content is not None:
                    rows.extend(self._rows(content))
        return rows

    def table(self, tbl: etree._Element, *, kind: str | None = None) -> None:
        for tr in self._rows(tbl):
            cells = self._row_cells(tr)
            parts = [self._cell_parts(tc) for tc in cells]
            non_empty = [i for i, (texts, nested) in enumerate(parts) if any(clean_line(t) for t in texts) or nested]
            if len(non_empty) == 1:
                # layout table (one used cell): read its content as ordinary paragraphs
                self.walk(cells[non_empty[0]], kind=kind)
                continue
            row = " | ".join(clean_line(" ".join(texts)) for texts, _ in parts)
            if clean_line(row.replace("|", "")):
                self.blocks.append(RawBlock(row, kind=kind or TABLE, style="table"))
            for _, nested in parts:
                for inner in nested:
                    self.table(inner, kind=kind)


def _has_text(el: etree._Element) -> bool:
    return any((t.text or "").strip() for t in el.iter(_W + "t"))


def _part_sort_key(name: str) -> tuple[int, str]:
    m = re.search(r"(\d+)\.xml$", name)
    return (int(m.group(1)) if m else 0, name)


def _furniture(
    arc: _Archive, names: list[str], prefix: str, kind: str, styles: dict[str, _Style]
) -> list[RawBlock]:
    parts = sorted((n for n in names if re.fullmatch(rf"word/{prefix}\d*\.xml", n)), key=_part_sort_key)
    seen: set[str] = set()
    out: list[RawBlock] = []
    for name in parts:
        raw = arc.read(name)
        if raw is None:
            continue
        w = _Walker(styles, _Numbering())
        w.walk(_parse(raw, name), kind=kind)
        for b in w.blocks:
            key = clean_line(b.text)
            if key and key not in seen:
                seen.add(key)
                out.append(b)
    return out


#: Parts that are active or foreign content: never read, but reported.
_ACTIVE_PARTS = (
    (re.compile(r"(?:^|/)vbaProject\.bin$|(?:^|/)vbaData\.xml$", re.I),
     "the document contains macros (VBA); they were ignored: not read and not run"),
    (re.compile(r"^word/embeddings/", re.I),
     "the document contains embedded objects (OLE, other files); they were ignored: their text was not read"),
    (re.compile(r"^word/activeX/", re.I),
     "the document contains ActiveX controls; they were ignored: not read and not run"),
    (re.compile(r"^word/[^/]*\.(?:mht|mhtml|html?|rtf)$|^word/afchunk", re.I),
     "the document imports foreign content (altChunk: HTML/RTF); it was not read, so its text is missing"),
)  # fmt: skip


def _active_content_warnings(names: list[str]) -> list[str]:
    """One warning per kind of macro / embedded / imported content present in the archive."""
    return [msg for pattern, msg in _ACTIVE_PARTS if any(pattern.search(n) for n in names)]


def _optional(arc: _Archive, name: str, what: str, warnings: list[str]) -> etree._Element | None:
    """Parse an optional part (styles, numbering); a damaged one is a warning, a hostile one an error."""
    raw = arc.read(name)
    if not raw:
        return None
    try:
        return _parse(raw, name)
    except CorruptFile:
        warnings.append(f"{name} is damaged; {what}")
        return None


def read_docx(data: bytes, path: str, sha256: str) -> Document:
    """Read a DOCX (or DOCM/DOTX) archive into a Document; see the module docstring."""
    zf = _open_zip(data)
    with zf:
        arc = _Archive(zf)
        names = arc.namelist()
        doc_raw = arc.read("word/document.xml")
        if doc_raw is None:
            raise CorruptFile("the DOCX file has no word/document.xml part; re-save it from Word")
        root = _parse(doc_raw, "word/document.xml")
        warnings: list[str] = []
        styles = _load_styles(
            _optional(arc, "word/styles.xml", "headings are not detected from styles", warnings)
        )
        numbering = _load_numbering(
            _optional(arc, "word/numbering.xml", "list labels are not rendered", warnings)
        )
        body = root.find(_W + "body")
        if body is None:
            raise CorruptFile("word/document.xml has no body; re-save it from Word")
        walker = _Walker(styles, numbering)
        walker.walk(body)
        headers = _furniture(arc, names, "header", HEADER, styles)
        footers = _furniture(arc, names, "footer", FOOTER, styles)
        warnings.extend(_active_content_warnings(names))
    blocks = headers + walker.blocks + footers
    return assemble(path, sha256, "docx", blocks, warnings=warnings, engine="docx-xml")

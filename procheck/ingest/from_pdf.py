"""PDF reader built on pypdfium2 (with pdfplumber as a per-page fallback).

Per page, pypdfium2's text page gives the characters in content order with pdfium's own line breaks
(the page text is read once with ``get_text_range``). Each line gets a box from the loose boxes of its
first and last characters and its size, weight and font name from the first character: four pdfium
calls a line, made through ctypes prototypes on bare addresses; no per-character Python loop runs
on an ordinary page. Then:

1. **Running headers and footers**: lines in the top / bottom band (8 % of the page height) that repeat,
   digits ignored, on at least half of the pages with text (and at least two), or that are only a page
   number ("3", "Page 3 of 12", "Sida 3 (12)", "Pagina 3 van 12", "- 3 -"), become header/footer blocks.
2. **Two columns**: a vertical gutter is searched near the middle of the page in narrow strips. A strip
   is first tested against pdfium's text rectangles (``FPDFText_CountRects`` / ``GetRect``, one per run
   of a text object) of the lines crossing it, stopping as soon as every strip has too many lines;
   only a strip that may be empty is checked exactly with ``get_text_bounded``. When a strip is empty
   while enough lines sit on both sides, the page is read left column then right column. Lines
   crossing the gutter are split at the gutter when the gutter has no character in that line;
   full-width lines (titles) separate bands that are each read left then right. (A single text object
   that spans both columns with a gap inside counts as text in the strip: such a page stays one
   column.)
3. **Paragraphs**: lines are joined until a vertical gap above 1.3x the document's line pitch, a change
   of indentation, font size or weight, a short line ending a sentence, or a line that starts with a
   clause number ("12.3", "§ 5", "a)", "•").
4. **Hyphenation**: "discrimi-" + "nation" → "discrimination" when the fragment before the hyphen ends in
   a lowercase letter, the next line starts lowercase and both fragments are alphabetic; otherwise the
   hyphen is kept ("EU-" + "rätten" → "EU-rätten").
5. **Ligatures**: U+FB00–FB06 are expanded. "Ligature loss" (a ligature glyph whose ToUnicode entry
   maps to its first letter only, e.g. "Practce", "specifed", "sufcient") is repaired from geometry,
   without a dictionary: an "f" or "t" whose advance width is far wider than the same letter's median
   width at that size in the document is a ligature glyph; the ligature is chosen by comparing its
   width with the summed median widths of the candidates (fi, fl, ff, ffi, ffl, ft, ti, tt). fi and fl
   have the same width in most fonts; "fl" is chosen when a vowel a/o/u/i or y follows, otherwise "fi".
   Unmapped glyphs (U+FFFD, U+FFFE, controls, private use) inside a word are resolved the same way.
   The number of repaired glyphs is reported as a warning. The widths are sampled (up to 25 f/t and
   30 i/l) only on the first two pages with text, on pages where a line starts in a font that fewer
   than two sampled pages had, and on pages with an unmapped glyph (the cheap trigger, ``_Sampler``);
   when the sample shows a lost ligature, every f/t of every page is measured as before. A font whose
   lost ligatures never show in a sampled page (only mid-line, in a font no line starts with, and not
   on the first two pages) is not repaired.

A page with no characters has ``has_text=False`` and the document ``needs_ocr``. A page whose text has
almost no spaces (glyphs positioned one by one) is re-read with pdfplumber's layout analysis.
"""

from __future__ import annotations

import ctypes
import re
import statistics
import struct
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from procheck.errors import CorruptFile, EncryptedFile
from procheck.ingest import RawBlock, assemble, clean_line
from procheck.records import BODY, FOOTER, HEADER, HEADING, Document

BAND = 0.08  #: fraction of the page height where running headers / footers live
REPEAT_FRACTION = 0.5  #: a band line repeating on this share of pages is furniture
PARA_GAP = 1.3  #: a vertical pitch above this multiple of the usual line pitch starts a paragraph
LIGATURE_RATIO = 1.35  #: an f/t this much wider than its median is a ligature glyph

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\ufffe": "-",  # pdfium's marker for a (soft) hyphen
    "\x02": "-",
}
_PAGE_NUMBER = re.compile(
    r"""^\s*(?:
        [-–—]?\s*\d{1,4}\s*[-–—]?                                          # 3, - 3 -
      | (?:page|pg\.?|p\.|sida|sid\.?|pagina|blz\.?|seite|s\.|página|side|sivu)\s*
        \d{1,4}(?:\s*(?:of|av|van|von|de|/|of\s+totalt|\()\s*\d{1,4}\)?)?        # Page 3 of 12, Sida 3 (12)
      | \d{1,4}\s*(?:/|of|av|van|von|\()\s*\d{1,4}\)?                     # 3/12, 3 (12)
      | \(\d{1,4}\)                                                       # (3)
    )\s*$""",
    re.I | re.X,
)
_STARTER = re.compile(
    r"""^(?:
        §\s*\d
      | \d{1,3}(?:\.\d{1,3})+\.?\s
      | \d{1,3}\.?\s+[^\W\d_]
      | \(?[a-zA-Z]\)\s
      | \(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)\s
      | [•●▪◦■□·❖➢►▶✓\-–*]\s?
      | (?:article|artikel|clause|section|bilaga|appendix|annex|schedule|kapitel|chapter)\s+\d
    )""",
    re.X | re.I,
)
_NUMBERED_HEADING = re.compile(r"^(?:§\s*\d+[a-z]?|(?:\d{1,3}\.)*\d{1,3}\.?)\s+[^\W\d_]")
_LIGATURE_RE = re.compile("[" + "".join(_LIGATURES) + "]")
_UNMAPPED = re.compile("[\ufffd\uffff\x01\x03-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff]")


@dataclass(slots=True)
class Line:
    """A text line of a page, in top-down coordinates (y grows downwards)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    first: int = -1  #: index of the first character in the page's text page (-1 when unknown)
    last: int = -1
    font: str = ""  #: font name of the first character ("" when unknown)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass
class PageLines:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    has_text: bool = False
    columns: bool = False
    gutter: float | None = None
    engine: str = "pypdfium2"


# --- pdfium access -------------------------------------------------------------------------------


def _open(data: bytes, password: str | None):  # type: ignore[no-untyped-def]
    """Open the PDF with pdfium: without a password, with the empty one, or with ``password``."""
    import pypdfium2 as pdfium

    tried: list[str | None] = [None, ""] if password is None else [password]
    last: Exception | None = None
    for pw in tried:
        try:
            return pdfium.PdfDocument(data, password=pw)
        except pdfium.PdfiumError as exc:
            last = exc
            if "password" not in str(exc).lower():
                raise CorruptFile(
                    f"the PDF cannot be opened ({exc}); it is damaged or truncated: get a complete copy "
                    "from the sender, or open and re-save it in a PDF viewer"
                ) from None
    if password is None:
        raise EncryptedFile(
            "the PDF is password-protected; pass the password with --password (or PROCHECK_PASSWORD, "
            "or password=... in Python)"
        ) from None
    raise EncryptedFile(
        f"wrong password for the encrypted PDF ({last}); pass the right one with --password"
    ) from None


def _truncation_warning(data: bytes) -> str | None:
    """A warning when the PDF lacks its end-of-file marker: pdfium repairs such files, but pages or
    text at the end may be lost."""
    tail = data[-2048:].rstrip(b"\x00\t\n\r\x0c ")
    if b"%%EOF" in tail[-1100:]:
        return None
    return (
        "the PDF has no end-of-file marker (truncated download or copy?); the text that could be "
        "repaired was read, but pages at the end may be missing: check it against a complete copy"
    )


_FAST: dict[str, Any] = {}


def _fast_functions() -> dict[str, Any]:
    """ctypes prototypes of the few pdfium text functions the reader calls per line, taking plain
    addresses (``c_void_p``) instead of pypdfium2's typed pointers: about 40 % less call overhead."""
    if not _FAST:
        import pypdfium2.raw as raw

        c = ctypes

        def proto(fn: Any, restype: Any, *argtypes: Any) -> Any:
            return c.CFUNCTYPE(restype, *argtypes)(c.cast(fn, c.c_void_p).value)  # type: ignore[arg-type]

        vp, i = c.c_void_p, c.c_int
        _FAST.update(
            loose=proto(raw.FPDFText_GetLooseCharBox, i, vp, i, vp),
            size=proto(raw.FPDFText_GetFontSize, c.c_double, vp, i),
            weight=proto(raw.FPDFText_GetFontWeight, i, vp, i),
            info=proto(raw.FPDFText_GetFontInfo, c.c_ulong, vp, i, vp, c.c_ulong, vp),
            count_rects=proto(raw.FPDFText_CountRects, i, vp, i, i),
            get_rect=proto(raw.FPDFText_GetRect, i, vp, i, vp, vp, vp, vp),
        )
    return _FAST


#: font name (raw bytes from pdfium) → (decoded name, bold by name); shared by all documents
_FONT_NAMES: dict[bytes, tuple[str, bool]] = {}
_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demi")
_NAME_BUF = 256


def _font_name(key: bytes) -> tuple[str, bool]:
    if len(_FONT_NAMES) > 20000:  # subset-prefixed names differ per file: keep a long scan's memory flat
        _FONT_NAMES.clear()
    name = key.decode("latin-1", "replace")
    low = name.lower()
    hit = _FONT_NAMES[key] = (name, any(k in low for k in _BOLD_WORDS))
    return hit


class _TextPage:
    """Thin, fast accessors over a pypdfium2 text page (raw calls on the bare handle, reused buffers)."""

    def __init__(self, textpage, raw=None) -> None:  # type: ignore[no-untyped-def]
        fast = _fast_functions()
        self.tp = textpage
        self.h = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        self.box = _RectF()
        self.box_addr = ctypes.addressof(self.box)
        self.name_buf = ctypes.create_string_buffer(_NAME_BUF)
        self.name_addr = ctypes.addressof(self.name_buf)
        self.flags = ctypes.c_int()
        self.flags_addr = ctypes.addressof(self.flags)
        self.f_loose = fast["loose"]
        self.f_size = fast["size"]
        self.f_weight = fast["weight"]
        self.f_info = fast["info"]
        self.cache: dict[int, tuple[float, str]] = {}
        #: font name bytes → bold (weight ≥ 600 or a bold-ish name); weight is a property of the font
        self.bold_of: dict[bytes, bool] = {}

    def loose(self, i: int) -> tuple[float, float, float, float]:
        self.f_loose(self.h, i, self.box_addr)
        b = self.box
        return b.left, b.top, b.right, b.bottom

    def size(self, i: int) -> float:
        return float(self.f_size(self.h, i))

    def _name(self, i: int) -> tuple[bytes, str, bool]:
        n = self.f_info(self.h, i, self.name_addr, _NAME_BUF, self.flags_addr)
        if not n or n > _NAME_BUF:
            return b"", "", False
        key = cast(bytes, self.name_buf[: n - 1])
        hit = _FONT_NAMES.get(key) or _font_name(key)
        return key, hit[0], hit[1]

    def font_bold(self, i: int) -> tuple[str, bool]:
        """(font name, bold) of a character: bold when the weight is ≥ 600 or the name says so."""
        key, name, bold_name = self._name(i)
        if not key:
            return name, self.f_weight(self.h, i) >= 600
        bold = self.bold_of.get(key)
        if bold is None:
            bold = self.bold_of[key] = bold_name or self.f_weight(self.h, i) >= 600
        return name, bold

    def bold(self, i: int) -> bool:
        return self.font_bold(i)[1]

    def font_key(self, i: int) -> tuple[float, str]:
        """(font size, font name) of a character."""
        return round(self.size(i), 1), self._name(i)[1]

    def font(self, i: int) -> str:
        return self._name(i)[1]


class _RectF(ctypes.Structure):
    """Layout of pdfium's FS_RECTF."""

    _fields_ = [("left", ctypes.c_float), ("top", ctypes.c_float), ("right", ctypes.c_float), ("bottom", ctypes.c_float)]


_UNPACK_RECTF = struct.Struct("4f").unpack  #: (left, top, right, bottom) of an FS_RECTF in one call


# --- line extraction -----------------------------------------------------------------------------


_BREAK_RE = re.compile("\r\n|[\r\n\ufffe]")
_RUN_RE = re.compile("[^\r\n]+")


def _line_spans(text: str, tp: _TextPage | None = None) -> list[tuple[int, int]]:
    """Character ranges of pdfium's lines. pdfium joins a word hyphenated at a line end into one
    line, marking the hyphen U+FFFE; such a line is split after the hyphen again when the next
    character sits on a lower line, so that the paragraph builder decides about the hyphen."""
    if "\ufffe" not in text:
        return [m.span() for m in _RUN_RE.finditer(text)]  # the same spans, found in one pass
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _BREAK_RE.finditer(text):
        i = m.start()
        if m.group() == "\ufffe":
            if tp is None or i + 1 >= n or tp.loose(i + 1)[1] >= tp.loose(i)[3]:
                continue  # same visual line: keep going
            spans.append((start, i + 1))
            start = i + 1
            continue
        if i > start:
            spans.append((start, i))
        start = m.end()
    if start < n:
        spans.append((start, n))
    return spans


def _make_lines(
    text: str, chars: list[str] | None, spans: list[tuple[int, int]], tp: _TextPage, page_h: float
) -> list[Line]:
    """Lines from pdfium's line spans (spaces stripped at both ends). The box comes from the loose
    boxes of the first and last characters, size / weight / font name from the first character.
    ``chars`` (ligatures expanded) is only needed when the page text has ligature code points.
    This is the reader's hot loop: four pdfium calls a line on bare addresses, font names cached."""
    out: list[Line] = []
    append = out.append
    f_loose, h, addr = tp.f_loose, tp.h, tp.box_addr
    unpack = _UNPACK_RECTF
    box = tp.box
    f_size, f_info, f_weight = tp.f_size, tp.f_info, tp.f_weight
    name_buf, name_addr, flags_addr = tp.name_buf, tp.name_addr, tp.flags_addr
    names, bold_of = _FONT_NAMES, tp.bold_of
    for a, b in spans:
        seg = text[a:b]
        stripped = seg.strip()
        if not stripped:
            continue
        if stripped is not seg:
            a += len(seg) - len(seg.lstrip())
            b = a + len(stripped)
        f_loose(h, a, addr)
        l0, t0, r0, b0 = unpack(box)
        f_loose(h, b - 1, addr)
        l1, t1, r1, b1 = unpack(box)
        n = f_info(h, a, name_addr, _NAME_BUF, flags_addr)
        if 0 < n <= _NAME_BUF:
            key = cast(bytes, name_buf[: n - 1])
            hit = names.get(key) or _font_name(key)
            name = hit[0]
            bold = bold_of.get(key)
            if bold is None:
                bold = bold_of[key] = hit[1] or f_weight(h, a) >= 600
        else:
            name, bold = "", f_weight(h, a) >= 600
        append(
            Line(
                stripped if chars is None else "".join(chars[a:b]),
                l0 if l0 < l1 else l1,
                page_h - (t0 if t0 > t1 else t1),
                r0 if r0 > r1 else r1,
                page_h - (b0 if b0 < b1 else b1),
                round(f_size(h, a), 1),
                bold,
                a,
                b - 1,
                name,
            )
        )
    return out


def _make_line(chars: list[str], a: int, b: int, tp: _TextPage, page_h: float) -> Line | None:
    """Line from character indices [a, b) (stripping spaces at both ends)."""
    while a < b and chars[a].isspace():
        a += 1
    while b > a and chars[b - 1].isspace():
        b -= 1
    if a >= b:
        return None
    l0, t0, r0, b0 = tp.loose(a)
    l1, t1, r1, b1 = tp.loose(b - 1)
    name, bold = tp.font_bold(a)
    return Line(
        text="".join(chars[a:b]),
        x0=min(l0, l1),
        top=page_h - max(t0, t1),
        x1=max(r0, r1),
        bottom=page_h - min(b0, b1),
        size=round(tp.size(a), 1),
        bold=bold,
        first=a,
        last=b - 1,
        font=name,
    )


def _char_x(tp: _TextPage, i: int) -> tuple[float, float]:
    left, _, right, _ = tp.loose(i)
    return left, right


def _split_at_gutter(line: Line, chars: list[str], tp: _TextPage, gutter: float, page_h: float) -> list[Line] | None:
    """Split a line that crosses the gutter; None when a character sits on the gutter (full width)."""
    lo, hi = line.first, line.last
    # binary search: first char whose left edge is right of the gutter
    a, b = lo, hi + 1
    while a < b:
        m = (a + b) // 2
        if _char_x(tp, m)[0] < gutter:
            a = m + 1
        else:
            b = m
    k = a
    if k <= lo or k > hi:
        return None
    # the characters around the gutter must leave it empty
    prev = k - 1
    while prev > lo and chars[prev].isspace():
        prev -= 1
    nxt = k
    while nxt < hi and chars[nxt].isspace():
        nxt += 1
    if _char_x(tp, prev)[1] > gutter - 2 or _char_x(tp, nxt)[0] < gutter + 2:
        return None
    out = []
    for s, e in ((lo, prev + 1), (nxt, hi + 1)):
        ln = _make_line(chars, s, e, tp, page_h)
        if ln is not None:
            out.append(ln)
    return out


_GUTTER_FRACTIONS = (0.5, 0.47, 0.53, 0.44, 0.56, 0.41, 0.59)


def _open_strips(tp: _TextPage, strips: list[tuple[float, float]], body: list[Line], limit: float) -> list[bool]:
    """For each vertical strip ``(lo, hi)``: may it hold text on at most ``limit`` body lines?

    A line whose box crosses a strip is asked for pdfium's text rectangles of its characters (one
    per run of a text object, computed in C); the line counts for the strip when one of them meets
    it. A character inside a strip lies inside such a rectangle, so a strip with more lines than
    ``limit`` is rejected without asking pdfium for its text. Lines are visited in order and the
    visit stops when every strip is rejected, which on a one-column page takes a few lines.
    """
    fast = _fast_functions()
    h = tp.h
    count_rects, get = fast["count_rects"], fast["get_rect"]
    vals = (ctypes.c_double * 4)()
    base = ctypes.addressof(vals)
    step = ctypes.sizeof(ctypes.c_double)
    a1, a2, a3 = base + step, base + 2 * step, base + 3 * step
    rows = [0] * len(strips)
    alive = list(strips)
    for ln in body:
        x0, x1 = ln.x0, ln.x1
        if ln.first < 0 or x1 <= alive[0][0] or x0 >= alive[-1][1]:
            continue
        n = count_rects(h, ln.first, ln.last - ln.first + 1)
        boxes = []
        for k in range(n):
            if get(h, k, base, a1, a2, a3):
                boxes.append((vals[0], vals[2]))
        rejected = False
        for c, (lo, hi) in enumerate(strips):
            if rows[c] > limit or x0 >= hi or x1 <= lo:
                continue
            for left, right in boxes:
                if left < hi and right > lo:
                    rows[c] += 1
                    rejected = rejected or rows[c] > limit
                    break
        if rejected:
            alive = sorted(st for c, st in enumerate(strips) if rows[c] <= limit)
            if not alive:
                break
    return [r <= limit for r in rows]


def _find_gutter(  # type: ignore[no-untyped-def]
    tpo, tp: _TextPage, chars: list[str] | None, lines: list[Line], width: float, page_h: float, text: str = ""
) -> tuple[float, list[Line]] | None:
    """Find an empty vertical strip near the middle of the page with text columns on both sides.

    Returns the gutter x and the lines split at it (lines crossing the gutter with no character on
    it are cut in two; full-width lines stay whole), or None for a single-column page.

    The candidate strips are first tested against pdfium's text rectangles (``_open_strips``); only
    the few strips that pass are checked exactly with ``get_text_bounded``.
    """
    body = [ln for ln in lines if BAND * page_h < ln.top and ln.bottom < (1 - BAND) * page_h]
    if len(body) < 6:
        return None
    top = min(ln.top for ln in body)
    bottom = max(ln.bottom for ln in body)
    limit = max(2, 0.15 * len(body))
    gs = [width * frac for frac in _GUTTER_FRACTIONS]
    open_ = _open_strips(tp, [(g - 3, g + 3) for g in gs], body, limit)
    for g, maybe in zip(gs, open_, strict=True):
        if not maybe:
            continue
        strip = tpo.get_text_bounded(left=g - 3, bottom=page_h - bottom, right=g + 3, top=page_h - top)
        n_strip = len([x for x in re.split(r"[\r\n]+", strip) if x.strip()])
        if n_strip > limit:
            continue
        if chars is None:
            chars = list(text)
        split: list[Line] = []
        n_full = 0
        for ln in lines:
            if ln.x0 < g - 1 and ln.x1 > g + 1 and ln.first >= 0:
                parts = _split_at_gutter(ln, chars, tp, g, page_h)
                if parts is None:
                    n_full += 1
                split.extend(parts or [ln])
            else:
                split.append(ln)
        sbody = [ln for ln in split if BAND * page_h < ln.top and ln.bottom < (1 - BAND) * page_h]
        left = [ln for ln in sbody if ln.x1 <= g + 1]
        right = [ln for ln in sbody if ln.x0 >= g - 1]
        if len(left) < 3 or len(right) < 3 or n_full > 0.3 * len(sbody):
            continue
        # text columns: left lines reach towards the gutter, right lines start near it
        left_x0 = min(ln.x0 for ln in left)
        reach = [ln for ln in left if ln.x1 >= g - 0.3 * (g - left_x0)]
        right_x0 = Counter(round(ln.x0) for ln in right).most_common(1)[0][0]
        if len(reach) < 0.3 * len(left) or right_x0 - g > 0.25 * (width - g):
            continue
        return g, split
    return None


# --- ligature repair -----------------------------------------------------------------------------


@dataclass
class _LigStats:
    #: (char, font size, font name) → advances in em
    widths: dict[tuple[str, float, str], list[float]] = field(default_factory=lambda: defaultdict(list))
    #: (page index, char index, key, advance)
    probes: list[tuple[int, int, tuple[str, float, str], float]] = field(default_factory=list)


_PROBE_CHARS = frozenset("ftil")
_LIG_CANDIDATES = {
    "f": ("fi", "fl", "ff", "ffi", "ffl", "ft"),
    "t": ("ti", "tt"),
}
_DEFAULT_EM = {"f": 0.31, "t": 0.31, "i": 0.25, "l": 0.25}


_PROBE_RE = re.compile(
    "[ftil](?=[\\s\\S])|(?<=[^\\W\\d_])[\ufffd\uffff\x01\x03-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff](?=[^\\W\\d_])"
)


def _probe_ligatures(
    pidx: int,
    text: str,
    chars: list[str],
    tp: _TextPage,
    stats: _LigStats,
    budget: int = 30,
    ft_budget: int | None = 25,
    skip: set[int] | None = None,
) -> None:
    """Record advance widths (in em) of f/t/i/l and of unmapped glyphs on a page.

    The advance is measured to the next character's left edge (not the glyph box, which italic
    overhangs inflate); a ligature already expanded by pdfium (following letters at the same x)
    has a tiny advance and is never flagged. i and l are only sampled (``budget`` per page), they
    serve as reference widths.
    """
    sampled = {"i": 0, "l": 0, "f": 0, "t": 0}
    limits = {"i": budget, "l": budget, "f": ft_budget, "t": ft_budget}
    for m in _PROBE_RE.finditer(text):
        i = m.start()
        c = chars[i]
        if skip is not None and i in skip:
            continue
        if c in sampled:
            limit = limits[c]
            if limit is not None and sampled[c] >= limit:
                if ft_budget is not None and all(sampled[k] >= (limits[k] or 0) for k in sampled):
                    break  # every sample is full
                continue
            sampled[c] += 1
        size, font = tp.font_key(i)
        if size <= 0:
            continue
        left, _, right, _ = tp.loose(i)
        nxt = chars[i + 1]
        advance = tp.loose(i + 1)[0] - left
        if not nxt.isalpha():  # a space's box may start anywhere: use the glyph box as well
            advance = min(advance, right - left)
        em = advance / size
        if em <= 0.05 or em > 2.0:
            continue
        key = (c, size, font)
        if c in _PROBE_CHARS:
            stats.widths[key].append(em)
        if c in "ft" or c not in _PROBE_CHARS:
            stats.probes.append((pidx, i, key, em))


def _medians(stats: _LigStats) -> dict[tuple[str, float, str], float]:
    return {key: statistics.median(vals) for key, vals in stats.widths.items() if len(vals) >= 5}


def _flagged(stats: _LigStats) -> bool:
    """True when some sampled f/t is far wider than its median (a lost ligature glyph)."""
    med = _medians(stats)
    for _, _, key, w in stats.probes:
        base = med.get(key)
        if key[0] not in "ft":
            return True
        if base is not None and w >= base * LIGATURE_RATIO and w - base >= 0.12:
            return True
    return False


def _lig_cost(
    lig: str, width: float, nxt: str, size: float, font: str, med: dict[tuple[str, float, str], float]
) -> float:
    """Distance (em) between a glyph's advance and the expected width of ligature ``lig``."""
    expected = sum(med.get((x, size, font)) or _DEFAULT_EM[x] for x in lig) * 0.97
    penalty = 0.0
    if lig[-1] == "l" and nxt.lower() not in "aouiy":
        penalty = 0.02  # "fl" before a consonant or e is rarer than "fi"
    if lig[-1] == "i" and nxt and nxt.lower() in "aouiy":
        penalty = 0.02  # "fi" before a vowel is rarer than "fl"
    return abs(expected - width) + penalty


def _resolve_ligatures(stats: _LigStats, chars_of: dict[int, list[str]]) -> tuple[int, list[str]]:
    """Replace ligature glyphs in ``chars_of`` in place; return the count and a few examples."""
    med = _medians(stats)

    count = 0
    examples: list[str] = []
    for pidx, i, key, w in stats.probes:
        chars = chars_of.get(pidx)
        if chars is None:
            continue
        c, size, font = key
        if c in "ft":
            base = med.get(key)
            if base is None or w < base * LIGATURE_RATIO or w - base < 0.12:
                continue
            cands = _LIG_CANDIDATES[c]
        else:
            cands = ("fi", "fl", "ff", "ffi", "ffl")
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        prev = chars[i - 1] if i > 0 else ""
        if c not in "ft" and not (prev.isalpha() and (nxt.isalpha() or nxt.isspace())):
            continue
        costs = {lig: _lig_cost(lig, w, nxt, size, font, med) for lig in cands}
        lig = min(cands, key=costs.__getitem__)
        if costs[lig] > 0.15:
            continue
        chars[i] = lig
        count += 1
        if len(examples) < 3:
            lo = i
            while lo > 0 and chars[lo - 1].isalpha():
                lo -= 1
            hi = i + 1
            while hi < len(chars) and chars[hi].isalpha():
                hi += 1
            examples.append("".join(chars[lo:hi]))
    return count, examples


# --- page reading --------------------------------------------------------------------------------


def _expand(text: str) -> list[str]:
    """The page's characters, one list item per pdfium character, ligature code points expanded."""
    chars = list(text)
    for m in _LIGATURE_RE.finditer(text):
        chars[m.start()] = _LIGATURES[m.group()]
    return chars


class _Sampler:
    """Which pages get the ligature width sample while they are read (the cheap trigger).

    Lost ligatures are a property of a font (its ToUnicode map), so the sample is taken where a
    font is new: on the first ``FIRST`` pages with text, on any page where a line starts in a font
    that fewer than ``SEEN`` sampled pages had, and on any page whose text has an unmapped glyph
    (U+FFFD, controls, private use), which is always examined. Every other page skips the sample.
    When a sample shows ligature loss, every page is measured afterwards exactly as before (the
    skipped pages get their sample then), so the repair itself is unchanged.
    """

    FIRST = 2
    SEEN = 2

    def __init__(self) -> None:
        self.pages_of_font: Counter[str] = Counter()
        self.sampled: dict[int, tuple[int, int]] = {}  #: page index → its slice of stats.probes

    def wants(self, text: str, lines: list[Line]) -> bool:
        if len(self.sampled) < self.FIRST or _UNMAPPED.search(text):
            return True
        seen = self.pages_of_font
        return any(seen[ln.font] < self.SEEN for ln in lines)

    def done(self, idx: int, lines: list[Line], probes: tuple[int, int]) -> None:
        self.sampled[idx] = probes
        for key in {ln.font for ln in lines}:
            self.pages_of_font[key] += 1


def _read_page(  # type: ignore[no-untyped-def]
    pdf, idx: int, stats: _LigStats, texts: dict[int, str], sampler: _Sampler | None = None
) -> PageLines:
    page = pdf[idx]
    try:
        width, height = page.get_size()
        tpo = page.get_textpage()
        try:
            n = tpo.count_chars()
            text = tpo.get_text_range(0, n) if n > 0 else ""
            pl = PageLines(number=idx + 1, width=width, height=height)
            if not text.strip():
                return pl
            pl.has_text = True
            if len(text) != n:  # surrogate pairs etc.: no index mapping, plain lines only
                pl.lines = [Line(t, 0, 0, width, 0, 0, False) for t in text.splitlines() if t.strip()]
                return pl
            tp = _TextPage(tpo)
            texts[idx] = text
            chars = _expand(text) if _LIGATURE_RE.search(text) else None
            lines = _make_lines(text, chars, _line_spans(text, tp), tp, height)
            if sampler is None or sampler.wants(text, lines):
                if chars is None:
                    chars = list(text)
                n0 = len(stats.probes)
                _probe_ligatures(idx, text, chars, tp, stats)
                if sampler is not None:
                    sampler.done(idx, lines, (n0, len(stats.probes)))
            found = _find_gutter(tpo, tp, chars, lines, width, height, text)
            gutter = None
            if found is not None:
                gutter, lines = found
                pl.columns = True
                pl.gutter = gutter
            pl.lines = _order(lines, gutter, height)
            spaces = text.count(" ") + text.count("\xa0") + text.count("\t")
            if spaces < 0.02 * len(text) and sum(1 for c in text if c.isalpha()) > 200:
                pl.engine = "pdfplumber"
            return pl
        finally:
            tpo.close()
    finally:
        page.close()


def _order(lines: list[Line], gutter: float | None, page_h: float) -> list[Line]:
    """Reading order: top band, then bands between full-width lines (left column, right column), bottom band."""
    if gutter is None:
        return sorted(lines, key=lambda ln: (round(ln.top / 2), ln.x0)) if _needs_sort(lines) else lines
    out: list[Line] = []
    full = sorted(
        (ln for ln in lines if ln.x0 < gutter - 1 and ln.x1 > gutter + 1), key=lambda ln: ln.top
    )
    rest = [ln for ln in lines if not (ln.x0 < gutter - 1 and ln.x1 > gutter + 1)]
    bounds = [ln.top for ln in full] + [float("inf")]
    prev = float("-inf")
    fi = 0
    for bound in bounds:
        band = [ln for ln in rest if prev <= ln.top < bound]
        left = sorted((ln for ln in band if ln.x1 <= gutter + 1), key=lambda ln: (ln.top, ln.x0))
        right = sorted((ln for ln in band if ln.x1 > gutter + 1), key=lambda ln: (ln.top, ln.x0))
        out.extend(left)
        out.extend(right)
        if fi < len(full):
            out.append(full[fi])
            fi += 1
        prev = bound
    return out


def _needs_sort(lines: list[Line]) -> bool:
    """Keep pdfium's content order unless it jumps upwards a lot (e.g. headers drawn last)."""
    ups = sum(1 for a, b in zip(lines, lines[1:], strict=False) if b.top < a.top - 2 * a.height)
    return ups > 0


# --- furniture -----------------------------------------------------------------------------------


def _furniture_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def _classify_furniture(pages: list[PageLines]) -> dict[tuple[int, int], str]:
    """Map (page index, line index) → header/footer."""
    counts: Counter[str] = Counter()
    candidates: list[tuple[int, int, str, str]] = []
    for pi, pl in enumerate(pages):
        seen: set[str] = set()
        for li, ln in enumerate(pl.lines):
            if ln.top < BAND * pl.height and ln.bottom <= BAND * pl.height * 1.6:
                where = HEADER
            elif ln.bottom > (1 - BAND) * pl.height and ln.top >= (1 - BAND * 1.6) * pl.height:
                where = FOOTER
            else:
                continue
            key = where + ":" + _furniture_key(ln.text)
            candidates.append((pi, li, key, where))
            if key not in seen:
                seen.add(key)
                counts[key] += 1
    n_text = sum(1 for pl in pages if pl.has_text)
    need = max(2, int(REPEAT_FRACTION * n_text + 0.999))
    out: dict[tuple[int, int], str] = {}
    for pi, li, key, where in candidates:
        text = pages[pi].lines[li].text
        if counts[key] >= need or _PAGE_NUMBER.match(text):
            out[(pi, li)] = where
    # page numbers outside the band (short pages, e.g. converted filings): the first / last body line
    # of a page when it is a number that follows the page sequence (number - page index constant)
    for where in (HEADER, FOOTER):
        found: list[tuple[int, int, int]] = []
        for pi, pl in enumerate(pages):
            idx = [li for li in range(len(pl.lines)) if (pi, li) not in out]
            if not idx:
                continue
            li = idx[0] if where == HEADER else idx[-1]
            m = re.search(r"\d{1,4}", pl.lines[li].text)
            if m and _PAGE_NUMBER.match(pl.lines[li].text):
                found.append((pi, li, int(m.group()) - pi))
        offsets = Counter(off for _, _, off in found)
        if offsets:
            off, n = offsets.most_common(1)[0]
            if n >= max(2, 0.3 * n_text):
                for pi, li, o in found:
                    if o == off:
                        out[(pi, li)] = where
    return out


# --- paragraphs ----------------------------------------------------------------------------------


#: words after a line-end hyphen that mark a suspended compound ("avvikelse- och klagomål")
_CONJUNCTIONS = frozenset({"och", "eller", "samt", "and", "or", "und", "oder", "en", "of", "et", "ou"})
#: prefixes that keep their hyphen at a line end ("non-", "self-"); a tiny closed list, not a lexicon
_KEEP_PREFIXES = frozenset({"non", "self", "ex", "quasi", "anti", "cross", "well", "icke"})
_HYPHENATED = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-\u2010]([^\W\d_]+)")


def hyphenated_forms(lines: list[str]) -> set[str]:
    """Lowercased "left-right" compounds written with a hyphen inside a line somewhere."""
    out: set[str] = set()
    for text in lines:
        if "-" in text or "\u2010" in text:
            out.update(f"{a}-{b}".lower() for a, b in _HYPHENATED.findall(text))
    return out


def _join(prev: str, nxt: str, keep: set[str] | frozenset[str] = frozenset()) -> tuple[str, bool]:
    """Join two lines of a paragraph; returns (text, hyphen_repaired).

    A line-end hyphen is dropped when a lowercase letter ends the fragment before it, the next
    line starts with a lowercase letter and both fragments are alphabetic, unless the document
    writes the same compound with a hyphen inside a line elsewhere (``keep``: "non-exclusive").
    """
    if prev.endswith(("\u00ad", "\x02")):
        return prev[:-1] + nxt, True
    if prev.endswith(("-", "\u2010")) and len(prev) >= 2 and nxt:
        m_left = re.search(r"([^\W\d_]+)[-\u2010]$", prev)
        m_right = re.match(r"([^\W\d_]+)", nxt)
        if m_right and m_right.group(1).lower() in _CONJUNCTIONS and not prev[-2].isspace():
            return prev + " " + nxt, False  # suspended compound: "avvikelse- och klagomål"
        if m_left and m_right and m_left.group(1)[-1].islower() and nxt[0].islower():
            left_word = prev.rsplit(None, 1)[-1]
            if (
                f"{m_left.group(1)}-{m_right.group(1)}".lower() in keep
                or len(m_left.group(1)) == 1  # e-post, e-handel, e-mail
                or m_left.group(1).lower() in _KEEP_PREFIXES
                or left_word.count("-") > 1  # debtor-in-possession, non-sub-licensable
                or any(x in left_word for x in ("/", "www", "@"))  # URLs and addresses
            ):
                return prev + nxt, False
            return prev[:-1] + nxt, True
        if not prev[-2].isspace():
            return prev + nxt, False  # a real hyphen at the line end ("EU-" + "rätten", "2020-" + "2024")
    return prev + " " + nxt, False


def _pitches(pages: list[PageLines], furniture: dict[tuple[int, int], str]) -> dict[float, float]:
    """Median line pitch (top to top of consecutive lines) per font size."""
    by_size: dict[float, list[float]] = defaultdict(list)
    for pi, pl in enumerate(pages):
        prev: Line | None = None
        for li, ln in enumerate(pl.lines):
            if (pi, li) in furniture:
                continue
            size = ln.size
            if prev is not None and prev.size == size and abs(prev.x0 - ln.x0) < 3 * max(size, 1):
                d = ln.top - prev.top
                h = ln.bottom - ln.top
                if h < 0.1:
                    h = 0.1
                if 0.5 * h < d < 3 * h:
                    by_size[size].append(d)
            prev = ln
    return {s: statistics.median(v) for s, v in by_size.items() if len(v) >= 3}


def _body_size(pages: list[PageLines]) -> float:
    sizes: Counter[float] = Counter()
    for pl in pages:
        for ln in pl.lines:
            sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _is_heading(lines: list[Line], text: str, body_size: float, body_bold: bool) -> tuple[bool, int | None]:
    """(is a heading, level from its number). Short bold or larger-font text without a final
    punctuation mark, or a short numbered single line without one."""
    if len(lines) > 2 or len(text) > 120 or not any(c.isalpha() for c in text):
        return False, None
    m = _NUMBERED_HEADING.match(text)
    level: int | None = None
    if m:
        num = re.match(r"^(?:§\s*)?(\d{1,3}(?:\.\d{1,3})*)", text)
        level = num.group(1).count(".") + 1 if num else None
    ends_sentence = text.rstrip()[-1] in ".;:,"
    bold = all(ln.bold for ln in lines) and not body_bold
    larger = body_size > 0 and min(ln.size for ln in lines) > 1.15 * body_size
    if (bold or larger) and not ends_sentence and len(text) <= 100:
        return True, level
    if m and not ends_sentence and len(lines) == 1 and len(text) <= 80 and len(text.split()) <= 10:
        return True, level
    return False, None


def _paragraphs(
    pl: PageLines,
    furniture: dict[tuple[int, int], str],
    pi: int,
    pitches: dict[float, float],
    body_size: float,
    keep: set[str],
) -> tuple[list[RawBlock], int]:
    headers: list[RawBlock] = []
    footers: list[RawBlock] = []
    body: list[RawBlock] = []
    hyphens = 0
    cur: list[Line] = []
    cur_text = ""
    body_bold_share = Counter(ln.bold for ln in pl.lines if ln.size == body_size)
    body_bold = body_bold_share[True] > body_bold_share[False]

    def flush() -> None:
        nonlocal cur_text
        if cur:
            is_heading, level = _is_heading(cur, cur_text, body_size, body_bold)
            kind = HEADING if is_heading else BODY
            style = "bold" if all(ln.bold for ln in cur) else None
            body.append(RawBlock(cur_text, kind=kind, page=pl.number, style=style, level=level))
        cur.clear()
        cur_text = ""

    gutter = pl.gutter
    edges: dict[bool, tuple[float, float]] = {}
    for side in (False, True):
        side_lines = [ln for ln in pl.lines if gutter is None or (ln.x0 >= gutter) == side]
        if side_lines:
            edges[side] = (min(ln.x0 for ln in side_lines), max(ln.x1 for ln in side_lines))
    for li, ln in enumerate(pl.lines):
        where = furniture.get((pi, li))
        if where is not None:
            (headers if where == HEADER else footers).append(RawBlock(ln.text, kind=where, page=pl.number))
            continue
        text = clean_line(ln.text)
        if not text:
            continue
        if cur:
            # the tests of a paragraph break, cheapest and most frequent first (each value is only
            # computed when the tests before it did not decide)
            prev = cur[-1]
            size, prev_size = ln.size, prev.size
            prev_h = prev.bottom - prev.top
            if prev_h < 0.1:
                prev_h = 0.1
            d = ln.top - prev.top
            pitch = pitches.get(size)
            if not pitch:
                ln_h = ln.bottom - ln.top
                pitch = 1.2 * max(ln_h if ln_h > 0.1 else 0.1, prev_h)
            new = (
                d > PARA_GAP * pitch
                or d < -0.5 * prev_h  # went up: next column / band
                or (gutter is not None and (ln.x0 >= gutter) != (prev.x0 >= gutter))
                or abs(size - prev_size) > 0.15 * max(size, prev_size)
            )
            if not new:
                side = gutter is not None and prev.x0 >= gutter
                left_edge, right_edge = edges.get(side, (0.0, pl.width))
                prev_short = prev.x1 < right_edge - 0.25 * (right_edge - left_edge)
                tol = 1.5 * max(size, prev_size, 4.0)
                new = (
                    (ln.bold != prev.bold and prev_short)
                    or bool(_STARTER.match(text))
                    or (len(cur) > 1 and abs(ln.x0 - prev.x0) > tol)  # first-line indent or a new block
                    or (len(cur) == 1 and ln.x0 > prev.x0 + tol and not _STARTER.match(cur_text))  # not hanging
                    or (prev_short and cur_text.rstrip()[-1:] in ".:!?")
                )
            if new:
                flush()
        if cur:
            cur_text, fixed = _join(cur_text, text, keep)
            hyphens += fixed
        else:
            cur_text = text
        cur.append(ln)
    flush()
    return headers + body + footers, hyphens


def _plumber_lines(data: bytes, numbers: list[int], password: str | None) -> dict[int, list[str]]:
    """Fallback text for a few pages via pdfplumber's layout analysis (pages are closed after use)."""
    import pdfplumber

    out: dict[int, list[str]] = {}
    with pdfplumber.open(_bytes_io(data), password=password or "") as pdf:
        for n in numbers:
            page = pdf.pages[n - 1]
            try:
                out[n] = (page.extract_text(x_tolerance=1.5) or "").splitlines()
            finally:
                page.close()
    return out


def _bytes_io(data: bytes):  # type: ignore[no-untyped-def]
    from io import BytesIO

    return BytesIO(data)


def _ranges(nums: list[int]) -> str:
    out: list[str] = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def _measure_all(pdf, stats: _LigStats, texts: dict[int, str], sampler: _Sampler) -> dict[int, list[str]]:  # type: ignore[no-untyped-def]
    """Ligature loss seen in the sample: measure every f/t of every page.

    Pages that skipped the sample while they were read get it now, so the statistics (and the
    order of the probes, which decides the examples in the warning) are those of sampling every
    page and then measuring every f/t. Returns the pages' characters for the repair.
    """
    sample: dict[int, list[tuple[int, int, tuple[str, float, str], float]]] = {
        idx: stats.probes[a:b] for idx, (a, b) in sampler.sampled.items()
    }
    full: list[tuple[int, int, tuple[str, float, str], float]] = []
    chars_of: dict[int, list[str]] = {}
    for idx in sorted(texts):
        text = texts[idx]
        chars = chars_of[idx] = _expand(text)
        page = pdf[idx]
        tpo = page.get_textpage()
        try:
            tp = _TextPage(tpo)
            if idx not in sample:
                stats.probes = []
                _probe_ligatures(idx, text, chars, tp, stats)
                sample[idx] = stats.probes
            stats.probes = []
            skip = {i for _, i, _, _ in sample[idx]}
            joined = "".join(c if len(c) == 1 else "\x00" for c in chars)
            _probe_ligatures(idx, joined, chars, tp, stats, 0, None, skip)
            full.extend(stats.probes)
        finally:
            tpo.close()
            page.close()
    stats.probes = [p for idx in sorted(sample) for p in sample[idx]] + full
    return chars_of


def read_pdf(data: bytes, path: str, sha256: str, *, password: str | None = None) -> Document:
    """Read PDF bytes into a Document (see the module docstring); E104/E105 when it cannot be opened."""
    import pypdfium2 as pdfium

    pdf = _open(data, password)
    truncated = _truncation_warning(data)
    warnings: list[str] = [truncated] if truncated else []
    try:
        n_pages = len(pdf)
        stats = _LigStats()
        texts: dict[int, str] = {}
        sampler = _Sampler()
        pages: list[PageLines] = []
        for idx in range(n_pages):
            try:
                pages.append(_read_page(pdf, idx, stats, texts, sampler))
            except pdfium.PdfiumError as exc:
                warnings.append(f"page {idx + 1} could not be read ({exc})")
                pages.append(PageLines(number=idx + 1, width=0, height=0))
        if _flagged(stats):
            chars_of = _measure_all(pdf, stats, texts, sampler)
            n_lig, examples = _resolve_ligatures(stats, chars_of)
        else:
            n_lig, examples = 0, []
        if n_lig:
            # rebuild line texts from the repaired characters
            for pl in pages:
                chars = chars_of.get(pl.number - 1)
                if chars is None:
                    continue
                for ln in pl.lines:
                    if ln.first >= 0:
                        ln.text = "".join(chars[ln.first : ln.last + 1])
            warnings.append(
                f"repaired {n_lig} lost ligature glyph(s) (e.g. {', '.join(repr(e) for e in examples)})"
            )
    finally:
        pdf.close()
    engine = "pypdfium2"
    broken = [pl.number for pl in pages if pl.engine == "pdfplumber"]
    if broken:
        try:
            fallback = _plumber_lines(data, broken, password)
        except Exception as exc:  # pdfplumber is only a helper here
            warnings.append(f"pdfplumber fallback failed ({type(exc).__name__}); kept pdfium text")
            fallback = {}
        for pl in pages:
            if pl.number in fallback:
                pl.lines = [Line(t, 0, 0, pl.width, 0, 0, False) for t in fallback[pl.number] if t.strip()]
        if fallback:
            engine = "pypdfium2+pdfplumber"
            warnings.append(f"pages {_ranges(sorted(fallback))} re-read with pdfplumber (text had no spaces)")
    furniture = _classify_furniture(pages)
    pitches = _pitches(pages, furniture)
    body_size = _body_size(pages)
    blocks: list[RawBlock] = []
    hyphens = 0
    keep = hyphenated_forms([ln.text for pl in pages for ln in pl.lines])
    for pi, pl in enumerate(pages):
        bl, h = _paragraphs(pl, furniture, pi, pitches, body_size, keep)
        blocks.extend(bl)
        hyphens += h
    no_text = [pl.number for pl in pages if not pl.has_text]
    if no_text:
        warnings.append(
            f"page(s) {_ranges(no_text)} have no text layer (scanned?); run OCR first — their text was not read"
        )
    if hyphens:
        warnings.append(f"joined {hyphens} word(s) hyphenated across lines")
    columns = [pl.number for pl in pages if pl.columns]
    if columns:
        warnings.append(f"page(s) {_ranges(columns)} read as two columns")
    return assemble(
        path,
        sha256,
        "pdf",
        blocks,
        page_count=n_pages,
        pages_with_text={pl.number for pl in pages if pl.has_text},
        warnings=warnings,
        engine=engine,
    )

"""An Excel workbook for a whole portfolio (``procheck scan --xlsx FILE``).

Format only: every value comes from the JSON reports (:mod:`procheck.report.to_json`); nothing is
re-decided. The workbook has these sheets, with translated labels (``lang``):

- **Documents**: one row per document, worst first (unreadable, then critical elements missing, then
  missing elements plus barriers found, unknown, weak), with its counts and diversity score;
- **Findings**: one row per document and element, with the translated status and its raw code (for
  filtering), the reason, the quoted evidence, pages, section, figures, legal anchor and proposed text;
- **Skipped** (only when files were skipped) and **About** (profile, versions, colour key).

Every data sheet has a frozen header row and an autofilter over the used range. Status cells are
coloured: present green, weak amber, missing red, unknown grey; for a hidden barrier the colours are
inverted (barrier found red, none found green).

Contract text is untrusted. A cell is never written as a formula: every text cell is typed as a
string, and text that a spreadsheet could read as a formula or DDE call (it starts with ``=``, ``+``,
``-``, ``@``, a tab or a line break) also gets the quote-prefix style, so that editing the cell keeps
it text. Characters XML 1.0 cannot hold are dropped and cells are cut at Excel's 32,767-character
limit. The workbook is streamed (openpyxl write-only mode), so memory stays flat with the number of
documents, and saved atomically.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from procheck.errors import UsageError
from procheck.i18n import Catalogue, catalogue, report_language
from procheck.report import tally
from procheck.report.tally import STATUSES

#: Excel's limit on the characters of one cell.
MAX_CELL_CHARS = 32_767
#: Characters that make a spreadsheet read a typed-in text as a formula (ASCII and full-width forms).
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
#: Characters XML 1.0 cannot hold (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Rows whose text sets the column widths (the first ones of each sheet).
WIDTH_SAMPLE = 2000

#: Fill colours (ARGB): Excel's own "Good", "Neutral" and "Bad" tints, and a neutral grey.
GREEN, AMBER, RED, GREY = "FFC6EFCE", "FFFFEB9C", "FFFFC7CE", "FFD9D9D9"
HEADER_COLOUR = "FFDDEBF7"
STATUS_COLOURS = {"present": GREEN, "weak": AMBER, "missing": RED, "unknown": GREY}
#: A barrier reads the other way round: "present" means the barrier is in the text.
BARRIER_COLOURS = {"present": RED, "weak": AMBER, "missing": GREEN, "unknown": GREY}

Value = str | int | float | None


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its catalogue key, how wide it may grow and how it is shown."""

    key: str  #: ``xlsx.col.<key>`` is the header
    max_width: int = 30  #: widest the column gets, in characters
    wrap: bool = False  #: wrap long text (reason, evidence, proposed text)
    number_format: str | None = None


DOCUMENT_COLUMNS = (
    Column("rank", 10), Column("document", 60), Column("format", 8), Column("language", 10),
    Column("pages", 8), Column("needs_ocr", 10), Column("read", 8), Column("error_code", 10),
    Column("error_message", 60, wrap=True), Column("present", 9), Column("weak", 9),
    Column("missing", 9), Column("unknown", 9), Column("barriers_found", 10),
    Column("barriers_to_check", 10), Column("score", 10, number_format="0.0"), Column("level", 8),
    Column("score_profile", 18), Column("warnings", 60, wrap=True),
)
FINDING_COLUMNS = (
    Column("document", 45), Column("language", 10), Column("element", 34), Column("status", 14),
    Column("status_raw", 10), Column("barrier", 9), Column("severity", 10),
    Column("confidence", 11, number_format="0.00"), Column("reason", 60, wrap=True),
    Column("evidence", 80, wrap=True), Column("page", 9), Column("section", 30, wrap=True),
    Column("grounds", 30, wrap=True), Column("figures", 30, wrap=True), Column("anchor", 40, wrap=True),
    Column("suggestion", 70, wrap=True),
)
#: Column positions (0-based) of the cells that get a status colour.
FINDING_STATUS_COLUMNS = tuple(i for i, c in enumerate(FINDING_COLUMNS) if c.key in ("status", "status_raw"))
_DOC_COL = {c.key: i for i, c in enumerate(DOCUMENT_COLUMNS)}
SKIPPED_COLUMNS = (Column("path", 60), Column("skip_reason", 70, wrap=True))
ABOUT_COLUMNS = (Column("item", 40), Column("value", 80, wrap=True))


# --------------------------------------------------------------------------------------------
# Safe cell text
# --------------------------------------------------------------------------------------------


def clean_text(text: str, *, marker: str = " …") -> str:
    """``text`` with characters XML 1.0 cannot hold removed, every line break made a line feed (the
    line break of a cell; a bare carriage return would not survive the XML), and cut to
    :data:`MAX_CELL_CHARS` (counted as Excel does, in UTF-16 units), ending with ``marker`` when cut."""
    text = _NOT_XML.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) <= MAX_CELL_CHARS // 2 or _utf16_len(text) <= MAX_CELL_CHARS:
        return text
    room = MAX_CELL_CHARS - _utf16_len(marker)
    cut = text[:room]
    while (excess := _utf16_len(cut) - room) > 0:  # each character is one or two units
        cut = cut[: len(cut) - excess]
    return cut + marker


def _utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (a character beyond the BMP counts twice)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def looks_like_formula(text: str) -> bool:
    """Would a spreadsheet read ``text`` as a formula or DDE call if it were typed in?"""
    if text[:1] in FORMULA_TRIGGERS:
        return True
    stripped = text.lstrip(" ")
    return stripped[:1] in FORMULA_TRIGGERS


# --------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------


class _Styles:
    """Cell styles of one workbook, each made once and then copied.

    Setting a style attribute on a cell makes openpyxl hash the style object to find its index in the
    workbook; doing that once per combination and copying the resulting style array into each cell
    (as openpyxl's own worksheet copy does) makes writing several times faster.
    """

    def __init__(self) -> None:
        self.top = Alignment(vertical="top")
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self.fills = {c: PatternFill("solid", fgColor=c) for c in (GREEN, AMBER, RED, GREY, HEADER_COLOUR)}
        self.bold = Font(bold=True)
        self._arrays: dict[tuple[bool, bool, str | None, str | None, bool], Any] = {}

    def array(self, ws: Any, *, header: bool, wrap: bool, number_format: str | None, fill: str | None,
              quote: bool) -> Any:
        """The style array of a cell with these properties (made on first use)."""
        key = (header, wrap, number_format, fill, quote)
        if key not in self._arrays:
            cell = WriteOnlyCell(ws)
            cell.alignment = self.wrap if wrap or header else self.top
            if header:
                cell.font = self.bold
            if fill:
                cell.fill = self.fills[fill]
            if number_format:
                cell.number_format = number_format
            if quote:
                cell.quotePrefix = True
            self._arrays[key] = cell._style
        return self._arrays[key]


def status_colour(status: str, *, adverse: bool = False) -> str:
    """The fill colour (ARGB) of a status; a barrier's colours are inverted."""
    return (BARRIER_COLOURS if adverse else STATUS_COLOURS).get(status, GREY)


# --------------------------------------------------------------------------------------------
# Sheet writing
# --------------------------------------------------------------------------------------------


@dataclass
class _Row:
    """A row of values with optional fill colours per column index (0-based)."""

    values: list[Value]
    fills: dict[int, str]


def _cell(ws: Any, value: Value, column: Column, styles: _Styles, fill: str | None, marker: str,
          *, header: bool = False) -> WriteOnlyCell:
    """A write-only cell that can never be a formula: text is typed ``s`` explicitly, and text that
    looks like a formula also gets the quote-prefix style."""
    quote = False
    cell = WriteOnlyCell(ws)
    if isinstance(value, str):
        text = clean_text(value, marker=marker)
        cell.value = text  # openpyxl types "=..." as a formula here: forced back to text below
        cell.data_type = "s"
        quote = looks_like_formula(text)
    else:
        cell.value = value
    fmt = column.number_format if value is not None and not isinstance(value, str) else None
    cell._style = copy(styles.array(ws, header=header, wrap=column.wrap, number_format=fmt, fill=fill,
                                    quote=quote))
    return cell


def _widths(columns: Sequence[Column], headers: Sequence[str], rows: Sequence[_Row]) -> list[float]:
    """Column widths from the longest line of header and values, within each column's bounds."""
    widths = []
    for i, col in enumerate(columns):
        longest = max(len(line) for line in headers[i].splitlines() or [""])
        for row in rows:
            v = row.values[i]
            if v is None:
                continue
            text = v if isinstance(v, str) else f"{v}"
            if len(text) > longest:
                longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
        widths.append(float(min(max(longest + 2, 6), col.max_width)))
    return widths


def _write_sheet(
    wb: Workbook, title: str, columns: Sequence[Column], rows: Iterable[_Row], cat: Catalogue, styles: _Styles
) -> None:
    """A sheet with a styled, frozen header row, the rows, and an autofilter over the used range.

    ``rows`` is consumed once, as a stream; the column widths come from its first
    :data:`WIDTH_SAMPLE` rows, so memory does not grow with the number of rows."""
    ws = wb.create_sheet(title=title)
    headers = [cat.t(f"xlsx.col.{c.key}") for c in columns]
    stream = iter(rows)
    head = list(islice(stream, WIDTH_SAMPLE))
    for i, width in enumerate(_widths(columns, headers, head), 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    marker = cat.t("xlsx.truncated")
    ws.append([_cell(ws, text, col, styles, HEADER_COLOUR, marker, header=True)
               for col, text in zip(columns, headers, strict=True)])
    count = 0
    for row in chain(head, stream):
        ws.append([None if (v is None or v == "") and i not in row.fills  # an empty cell is not written
                   else _cell(ws, v, col, styles, row.fills.get(i), marker)
                   for i, (v, col) in enumerate(zip(row.values, columns, strict=True))])
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"


# --------------------------------------------------------------------------------------------
# Rows from JSON reports
# --------------------------------------------------------------------------------------------


def _join(values: Iterable[object], sep: str) -> str:
    """Distinct non-empty values in first-seen order, joined."""
    seen: dict[str, None] = {}
    for v in values:
        if v is not None and f"{v}" != "":
            seen.setdefault(f"{v}", None)
    return sep.join(seen)


def figures_text(figures: dict[str, Any] | None) -> str:
    """``{"turnover": 1800000, "currency": "GBP"}`` as ``turnover: 1800000; currency: GBP``."""
    parts = []
    for key, value in (figures or {}).items():
        if isinstance(value, list | tuple):
            shown = ", ".join(f"{v}" for v in value)
        elif isinstance(value, dict):
            shown = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            shown = f"{value}"
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


def _label(cat: Catalogue, key: str, raw: str) -> str:
    """A translated label, or the raw value when the catalogue has no entry for it."""
    return cat.t(key) if cat.has(key) else raw


def finding_rows(rel: str, data: dict[str, Any], cat: Catalogue) -> list[_Row]:
    """One Findings row per element of a JSON report."""
    doc = data.get("document") or {}
    rows = []
    for el in data.get("elements") or []:
        status = str(el.get("status", "unknown"))
        adverse = bool(el.get("adverse", False))
        severity = str(el.get("severity", ""))
        evidence = el.get("evidence") or []
        values: list[Value] = [
            rel,
            doc.get("language") or "",
            el.get("id", ""),
            cat.status(status, adverse=adverse),
            status,
            cat.t("xlsx.yes") if adverse else cat.t("xlsx.no"),
            _label(cat, f"severity.{severity}", severity),
            el.get("confidence"),
            cat.reason(str(el.get("reason") or "")),
            _join((e.get("text") for e in evidence), "\n"),
            _join((e.get("page") for e in evidence), ", "),
            _join((e.get("section") for e in evidence), "\n"),
            ", ".join(el.get("grounds") or []),
            figures_text(el.get("figures")),
            el.get("anchor") or "",
            el.get("suggestion") or "",
        ]
        colour = status_colour(status, adverse=adverse)
        rows.append(_Row(values, dict.fromkeys(FINDING_STATUS_COLUMNS, colour)))
    return rows


@dataclass(frozen=True)
class DocumentSummary:
    """The counts of one JSON report that the Documents sheet shows and ranks by."""

    counts: dict[str, int]  #: statuses of clause and criterion elements (barriers not included)
    barriers_found: int
    barriers_to_check: int
    critical_missing: int
    error: dict[str, Any] | None


def summarise(data: dict[str, Any]) -> DocumentSummary:
    """Count the statuses of a JSON report (barriers apart, as ``summary.csv`` does)."""
    found, check = tally.barrier_counts(data)
    return DocumentSummary(tally.status_counts(data), found, check, tally.critical_missing(data),
                           data.get("error") or None)


def document_rows(items: Sequence[tuple[str, dict[str, Any]]], cat: Catalogue) -> list[_Row]:
    """One Documents row per report, worst first (ties by path)."""
    summaries = [(rel, data, summarise(data)) for rel, data in items]
    ranked = sorted(sorted(summaries, key=lambda t: t[0]), key=lambda t: tally.badness(t[1]), reverse=True)
    rows = []
    for rank, (rel, data, s) in enumerate(ranked, 1):
        doc = data.get("document") or {}
        score = data.get("diversity_score") if not s.error else None
        values: list[Value] = [
            rank, rel, doc.get("format") or "", doc.get("language") or "", doc.get("pages"),
            cat.t("xlsx.yes") if doc.get("needs_ocr") else cat.t("xlsx.no"),
            cat.t("xlsx.read.error") if s.error else cat.t("xlsx.read.ok"),
            (s.error or {}).get("code", ""), (s.error or {}).get("message", ""),
            *(s.counts[k] for k in STATUSES), s.barriers_found, s.barriers_to_check,
            _number(score.get("score")) if score else None,
            f"{score.get('level', '')}" if score else "",
            f"{score.get('profile', '')}" if score else "",
            "\n".join(f"{w}" for w in doc.get("warnings") or []),
        ]
        fills = {_DOC_COL["read"]: RED if s.error else GREEN}
        if s.counts["missing"]:
            fills[_DOC_COL["missing"]] = RED
        if s.barriers_found:
            fills[_DOC_COL["barriers_found"]] = RED
        rows.append(_Row(values, fills))
    return rows


def _number(value: object) -> float | None:
    """A score as a number (None when it is not one)."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def about_rows(
    items: Sequence[tuple[str, dict[str, Any]]], profile: str, skipped: Sequence[tuple[str, str]], cat: Catalogue
) -> list[_Row]:
    """Provenance (versions, profile, counts) and the colour key."""

    def distinct(get: Any) -> str:
        return _join((get(d) for _, d in items), ", ")

    unreadable = sum(1 for _, d in items if d.get("error"))
    rows: list[tuple[str, Value]] = [
        ("xlsx.about.tool", "procheck"),
        ("xlsx.about.version", distinct(lambda d: (d.get("generator") or {}).get("version"))),
        ("xlsx.about.created", distinct(lambda d: (d.get("generator") or {}).get("created"))),
        ("xlsx.about.profile", profile or distinct(lambda d: d.get("profile"))),
        ("xlsx.about.library_version", distinct(lambda d: (d.get("library") or {}).get("version"))),
        ("xlsx.about.library_hash", distinct(lambda d: (d.get("library") or {}).get("hash"))),
        ("xlsx.about.documents", len(items)),
        ("xlsx.about.unreadable", unreadable),
        ("xlsx.about.skipped", len(skipped)),
        ("xlsx.about.languages", _join(sorted((d.get("document") or {}).get("language") or ""
                                              for _, d in items), ", ")),
    ]
    out = [_Row([cat.t(key), value], {}) for key, value in rows]
    out.append(_Row([cat.t("xlsx.about.legend"), ""], {}))
    out += [_Row(["", cat.status(s)], {1: STATUS_COLOURS[s]}) for s in STATUSES]
    out.append(_Row([cat.t("xlsx.about.legend_barrier"), ""], {}))
    out += [_Row(["", cat.status(s, adverse=True)], {1: BARRIER_COLOURS[s]}) for s in STATUSES]
    out.append(_Row([cat.t("xlsx.about.note"), ""], {}))
    return out


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def build_workbook(
    items: Sequence[tuple[str, dict[str, Any]]],
    *,
    lang: str = "en",
    profile: str = "",
    skipped: Sequence[tuple[str, str]] = (),
) -> Workbook:
    """The workbook (write-only, not yet saved) for ``items``: (relative path, JSON report dict)."""
    cat = catalogue(report_language(lang, None))
    styles = _Styles()
    wb = Workbook(write_only=True)
    findings = (row for rel, data in items for row in finding_rows(rel, data, cat))
    _write_sheet(wb, cat.t("xlsx.sheet.documents"), DOCUMENT_COLUMNS, document_rows(items, cat), cat, styles)
    _write_sheet(wb, cat.t("xlsx.sheet.findings"), FINDING_COLUMNS, findings, cat, styles)
    if skipped:
        rows = [_Row([path, reason], {}) for path, reason in skipped]
        _write_sheet(wb, cat.t("xlsx.sheet.skipped"), SKIPPED_COLUMNS, rows, cat, styles)
    _write_sheet(wb, cat.t("xlsx.sheet.about"), ABOUT_COLUMNS, about_rows(items, profile, skipped, cat), cat, styles)
    return wb


def write_workbook(
    items: Sequence[tuple[str, dict[str, Any]]],
    dest: str | os.PathLike[str],
    *,
    lang: str = "en",
    profile: str = "",
    skipped: Sequence[tuple[str, str]] = (),
) -> Path:
    """Write the workbook for ``items`` (relative path, JSON report dict) to ``dest`` atomically.

    ``lang`` picks the labels (a language with a message catalogue), ``profile`` is shown on the
    About sheet (default: the reports' own), ``skipped`` lists (path, reason) of files not checked.
    Raises :class:`~procheck.errors.UsageError` for a destination that is not an ``.xlsx`` file or
    cannot be written.
    """
    path = Path(dest)
    if path.suffix.lower() != ".xlsx":
        raise UsageError("the workbook file name must end in .xlsx (Excel refuses other suffixes); "
                         "pass a name such as findings.xlsx", path=str(path))
    if path.is_dir():
        raise UsageError("the workbook path is a folder; pass a file name such as findings.xlsx", path=str(path))
    tmp = _temporary_file(path)
    try:
        build_workbook(items, lang=lang, profile=profile, skipped=skipped).save(tmp)
        os.replace(tmp, path)
    except OSError as e:
        raise UsageError(f"cannot write the workbook ({e.strerror}); close it if it is open in Excel, check the "
                         "free space and permissions, or choose another path", path=str(path)) from e
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _temporary_file(path: Path) -> Path:
    """An empty temporary file next to ``path`` (so that the final rename is atomic), made before any
    work so that an unwritable folder fails fast."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise UsageError(f"cannot write the workbook ({e.strerror}); choose another folder for it",
                         path=str(path)) from e
    os.close(fd)
    mask = os.umask(0o022)  # mkstemp makes the file private; give the workbook the usual permissions
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)
    return Path(tmp)

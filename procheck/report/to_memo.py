"""The review memo for a document that cannot carry Word comments (PDF, TXT, MD): a DOCX (or
Markdown) memo with the document's facts, every finding with its page and quote, and the proposed
clause text for each gap, in the report's language. Format only: everything comes from the JSON
report. ``procheck annotate`` writes it for a non-DOCX input and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from procheck.errors import UsageError
from procheck.i18n import Catalogue, catalogue
from procheck.ingest import clean_line
from procheck.report.to_word import AUTHOR, _atomic_write, _is_gap, _label, _save, _w_date, _wanted

STATUS_ORDER = ("present", "weak", "missing", "unknown")


@dataclass(frozen=True)
class _Finding:
    """One row of the memo's findings table."""

    element: str
    status: str
    page: str
    quote: str


def _memo_facts(report: dict[str, Any], cat: Catalogue, date: datetime | None) -> list[tuple[str, str]]:
    """The document facts of the memo as (label, value) pairs."""
    doc = report.get("document", {})
    lib = report.get("library", {})
    facts = [
        (cat.t("word.memo.file"), str(doc.get("path", ""))),
        (cat.t("word.memo.format"), str(doc.get("format", "")).upper()),
        (cat.t("word.memo.language"), str(doc.get("language", ""))),
        (cat.t("word.memo.pages"), "–" if doc.get("pages") is None else str(doc["pages"])),
        (cat.t("word.memo.profile"), str(report.get("profile", ""))),
        (cat.t("word.memo.library"), f"{lib.get('version', '')} ({str(lib.get('hash', ''))[:12]})"),
        (cat.t("word.memo.sha256"), str(doc.get("sha256", ""))),
    ]
    created = _w_date(date) if date else report.get("generator", {}).get("created")
    if created:
        facts.append((cat.t("word.memo.created"), str(created)))
    return facts


def _memo_summary(report: dict[str, Any], cat: Catalogue) -> list[str]:
    """The counts line and, for tenders, the barrier line."""
    elements = report.get("elements", [])
    counts = {s: sum(1 for e in elements if e.get("status") == s) for s in STATUS_ORDER}
    lines = [cat.t("word.memo.summary", total=len(elements), **counts)]
    barriers = report.get("barriers")
    if isinstance(barriers, dict):
        lines.append(cat.t("word.memo.barrier_summary", found=len(barriers.get("found", [])),
                           possible=len(barriers.get("possible", [])), checked=barriers.get("checked", 0)))
    return lines


def _memo_findings(report: dict[str, Any], cat: Catalogue) -> list[_Finding]:
    """One row per evidence quote, and one per commented element without evidence."""
    rows: list[_Finding] = []
    for el in report.get("elements", []):
        if not _wanted(el):
            continue
        label = _label(cat, str(el.get("id", "")))
        status = cat.status(str(el.get("status", "unknown")), adverse=bool(el.get("adverse")))
        evidence = el.get("evidence") or []
        if not evidence:
            rows.append(_Finding(label, status, "–", "–"))
        for ev in evidence:
            page = "–" if ev.get("page") is None else str(ev["page"])
            rows.append(_Finding(label, status, page, clean_line(str(ev.get("text", "")))))
    return rows


def _memo_gaps(report: dict[str, Any], cat: Catalogue) -> list[tuple[str, str, str, list[str]]]:
    """Per gap: heading, reason line, the lead-in of the proposal, and its paragraphs."""
    out = []
    for el in report.get("elements", []):
        if not (_is_gap(el) and el.get("suggestion")):
            continue
        status = cat.status(str(el.get("status", "unknown")), adverse=bool(el.get("adverse")))
        head = f"{_label(cat, str(el.get('id', '')))}: {status}"
        reason = cat.t("word.memo.reason", reason=cat.reason(str(el.get("reason", "")))) if el.get("reason") else ""
        lead = cat.t("word.memo.fix" if el.get("adverse") else "word.memo.proposal")
        out.append((head, reason, lead, [ln.strip() for ln in str(el["suggestion"]).splitlines() if ln.strip()]))
    return out


def _memo_title(report: dict[str, Any], cat: Catalogue) -> str:
    """The memo's heading, naming the checked file."""
    return cat.t("word.memo.title", name=Path(str(report.get("document", {}).get("path", ""))).name)


def _version(report: dict[str, Any]) -> str:
    """procheck's version from the report's generator block."""
    return str(report.get("generator", {}).get("version", ""))


def memo_markdown(report: dict[str, Any], *, lang: str, date: datetime | None = None) -> str:
    """The review memo as Markdown (same content as the DOCX memo)."""
    cat = catalogue(lang)
    fmt = str(report.get("document", {}).get("format", "")).upper()
    out = [f"# {_memo_title(report, cat)}", "", cat.t("word.memo.intro", format=fmt), "",
           f"## {cat.t('word.memo.facts')}", ""]
    out += [f"- **{k}:** {_md(v)}" for k, v in _memo_facts(report, cat, date)] + [""]
    if report.get("document", {}).get("needs_ocr"):
        out += [f"> {cat.t('word.memo.ocr')}", ""]
    out += [*_memo_summary(report, cat), "", f"## {cat.t('word.memo.findings')}", ""]
    out.append(f"| {cat.t('word.memo.element')} | {cat.t('word.memo.status')} | {cat.t('word.memo.page')} "
               f"| {cat.t('word.memo.quote')} |")
    out.append("|---|---|---|---|")
    out += [f"| {_md(f.element)} | {_md(f.status)} | {f.page} | {_md(f.quote)} |" for f in _memo_findings(report, cat)]
    out += ["", f"## {cat.t('word.memo.gaps')}", ""]
    gaps = _memo_gaps(report, cat)
    if not gaps:
        out += [cat.t("word.memo.no_gaps"), ""]
    for head, reason, lead, paras in gaps:
        out += [f"### {head}", ""] + ([reason, ""] if reason else []) + [lead, ""]
        out += [f"> {p}" for p in paras] + [""]
    out.append(f"*{cat.t('word.memo.footer', version=_version(report))}*")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text safe in a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def _memo_docx(report: dict[str, Any], cat: Catalogue, date: datetime | None) -> Any:
    """The review memo as a python-docx document."""
    import docx

    document = docx.Document()
    fmt = str(report.get("document", {}).get("format", "")).upper()
    document.add_heading(_memo_title(report, cat), level=1)
    document.add_paragraph(cat.t("word.memo.intro", format=fmt))
    document.add_heading(cat.t("word.memo.facts"), level=2)
    facts = _memo_facts(report, cat, date)
    table = document.add_table(rows=len(facts), cols=2)
    for row, (k, v) in zip(table.rows, facts, strict=True):
        row.cells[0].text, row.cells[1].text = k, v
    if report.get("document", {}).get("needs_ocr"):
        document.add_paragraph(cat.t("word.memo.ocr"))
    for line in _memo_summary(report, cat):
        document.add_paragraph(line)
    document.add_heading(cat.t("word.memo.findings"), level=2)
    findings = _memo_findings(report, cat)
    grid = document.add_table(rows=1 + len(findings), cols=4)
    grid.style = "Table Grid"
    heads = ("word.memo.element", "word.memo.status", "word.memo.page", "word.memo.quote")
    for cell, key in zip(grid.rows[0].cells, heads, strict=True):
        cell.text = cat.t(key)
    for row, f in zip(grid.rows[1:], findings, strict=True):
        for cell, value in zip(row.cells, (f.element, f.status, f.page, f.quote), strict=True):
            cell.text = value
    document.add_heading(cat.t("word.memo.gaps"), level=2)
    gaps = _memo_gaps(report, cat)
    if not gaps:
        document.add_paragraph(cat.t("word.memo.no_gaps"))
    for head, reason, lead, paras in gaps:
        document.add_heading(head, level=3)
        if reason:
            document.add_paragraph(reason)
        document.add_paragraph(lead)
        for para in paras:
            document.add_paragraph(para, style="Quote")
    document.add_paragraph(cat.t("word.memo.footer", version=_version(report)))
    props = document.core_properties
    props.author = props.last_modified_by = AUTHOR
    props.title = _memo_title(report, cat)
    props.language = cat.lang
    if date is not None:
        props.created = props.modified = date.astimezone(UTC).replace(microsecond=0, tzinfo=None)
        props.revision = 1
    return document


def review_memo(report: dict[str, Any], out: Path, *, lang: str, date: datetime | None = None) -> Path:
    """Write the review memo of ``report`` (a JSON report) to ``out`` and return ``out``.

    A ``.md`` (or ``.markdown``) ``out`` gets Markdown, anything else a DOCX memo. Meant for inputs
    that cannot carry Word comments (PDF, TXT, MD). ``date`` fixes the memo's date and timestamps.
    """
    out = Path(out)
    if report.get("error"):
        err = report["error"]
        raise UsageError(f"the report is of a file that could not be read ({err.get('code')}); "
                         "fix the input and check it again before writing a memo", path=str(out))
    if out.suffix.lower() in (".md", ".markdown"):
        _atomic_write(out, memo_markdown(report, lang=lang, date=date).encode("utf-8"))
        return out
    _save(_memo_docx(report, catalogue(lang), date), out, date or datetime.now(UTC))
    return out

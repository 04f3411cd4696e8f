"""A compact terminal summary: one line per element, then a count line. Format only.

Colour uses plain ANSI codes (``color=True``) so that this module, like every module but
``cli.py``, does not import click; ``click.echo`` strips them when the output is not a terminal.
"""

from __future__ import annotations

from procheck.records import Report

LABELS = {"present": "PRESENT", "weak": "WEAK", "missing": "MISSING", "unknown": "UNKNOWN"}
#: barriers are adverse: found is the problem, not found is good
BARRIER_LABELS = {"present": "BARRIER", "weak": "CHECK", "missing": "NONE", "unknown": "UNKNOWN"}
COLOURS = {"present": "32", "weak": "33", "missing": "31", "unknown": "35"}  # green yellow red magenta
BARRIER_COLOURS = {"present": "missing", "weak": "weak", "missing": "present", "unknown": "unknown"}
STATUS_ORDER = ("present", "weak", "missing", "unknown")
REASON_WIDTH = 90


def _style(text: str, status: str, color: bool) -> str:
    if not color or status not in COLOURS:
        return text
    return f"\x1b[{COLOURS[status]}m{text}\x1b[0m"


def _short(text: str, width: int = REASON_WIDTH) -> str:
    one = " ".join(text.split())
    return one if len(one) <= width else one[: width - 1].rstrip() + "…"


def render(report: Report, color: bool = False) -> str:
    facts = [report.format or "?", report.language or "?"]
    if report.pages is not None:
        facts.append(f"{report.pages} pages")
    lines = [f"{report.path} ({', '.join(facts)}) profile {report.profile}"]
    if report.error:
        msg = report.error.get("message", "")
        code = report.error.get("code", "")
        shown = msg if msg.startswith(code) else f"{code} {msg}"
        lines.append(_style(f"  could not read the text: {_short(shown, 160)}", "unknown", color))
    elif report.needs_ocr:
        lines.append(
            _style("  some pages have no text layer (no OCR): their content was not read", "weak", color)
        )
    width = max((len(el.id) for el in report.elements), default=0)
    for el in report.elements:
        pages = sorted({e.page for e in el.evidence if e.page is not None})
        page = f"p.{pages[0]}" if pages else "-"
        if el.adverse:
            label = _style(f"{BARRIER_LABELS.get(el.status, el.status.upper()):<8}", BARRIER_COLOURS[el.status], color)
        else:
            label = _style(f"{LABELS.get(el.status, el.status.upper()):<8}", el.status, color)
        lines.append(f"  {label} {el.id:<{width}}  {page:<6} {_short(el.reason)}")
    counts = dict.fromkeys(STATUS_ORDER, 0)
    clauses = [el for el in report.elements if not el.adverse]
    for el in clauses:
        counts[el.status] = counts.get(el.status, 0) + 1
    lines.append(", ".join(f"{counts[s]} {s}" for s in STATUS_ORDER) + f" (of {len(clauses)} clause and criterion elements)")
    barriers = [el for el in report.elements if el.adverse]
    if barriers:
        found = sum(el.status == "present" for el in barriers)
        check = sum(el.status == "weak" for el in barriers)
        lines.append(f"hidden barriers: {found} found, {check} to check (of {len(barriers)})")
    if report.score is not None:
        sc = report.score
        lines.append(f"diversity score: {sc['score']}/100, level {sc['level']} ({sc['title']})")
    return "\n".join(lines) + "\n"

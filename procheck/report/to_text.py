"""A compact terminal summary: one line per element, then a count line. Format only.

Colour uses plain ANSI codes (``color=True``) so that this module, like every module but
``cli.py``, does not import click; ``click.echo`` strips them when the output is not a terminal.
Every fixed text comes from the message catalogue of the report language (``lang``).
"""

from __future__ import annotations

from procheck.i18n import Catalogue, catalogue, report_language
from procheck.records import ElementResult, Report

#: English labels (the catalogue's ``text.label.*`` keys give them per language)
LABELS = {"present": "PRESENT", "weak": "WEAK", "missing": "MISSING", "unknown": "UNKNOWN"}
#: barriers are adverse: found is the problem, not found is good
BARRIER_LABELS = {"present": "BARRIER", "weak": "CHECK", "missing": "NONE", "unknown": "UNKNOWN"}
COLOURS = {"present": "32", "weak": "33", "missing": "31", "unknown": "35"}  # green yellow red magenta
BARRIER_COLOURS = {"present": "missing", "weak": "weak", "missing": "present", "unknown": "unknown"}
STATUS_ORDER = ("present", "weak", "missing", "unknown")
REASON_WIDTH = 90
#: the narrowest label column (English: the longest label plus one space)
LABEL_WIDTH = 8


def _style(text: str, status: str, color: bool) -> str:
    if not color or status not in COLOURS:
        return text
    return f"\x1b[{COLOURS[status]}m{text}\x1b[0m"


def _short(text: str, width: int = REASON_WIDTH) -> str:
    one = " ".join(text.split())
    return one if len(one) <= width else one[: width - 1].rstrip() + "…"


def _label(status: str, adverse: bool, cat: Catalogue) -> str:
    key = f"text.label.{'barrier.' if adverse else ''}{status}"
    return cat.t(key) if cat.has(key) else status.upper()


def _label_width(cat: Catalogue) -> int:
    """Wide enough for the language's longest label, never narrower than the English column."""
    longest = max(len(_label(s, adverse, cat)) for s in STATUS_ORDER for adverse in (False, True))
    return max(LABEL_WIDTH, longest + 1)


def _element_line(el: ElementResult, width: int, label_width: int, cat: Catalogue, color: bool) -> str:
    pages = sorted({e.page for e in el.evidence if e.page is not None})
    page = cat.t("text.page", page=pages[0]) if pages else "-"
    shade = BARRIER_COLOURS.get(el.status, el.status) if el.adverse else el.status
    label = _style(f"{_label(el.status, el.adverse, cat):<{label_width}}", shade, color)
    return f"  {label} {el.id:<{width}}  {page:<6} {_short(cat.reason(el.reason))}"


def _header(report: Report, cat: Catalogue, color: bool) -> list[str]:
    facts = [report.format or "?", report.language or "?"]
    if report.pages is not None:
        facts.append(cat.t("text.pages", n=report.pages))
    lines = [cat.t("text.header", path=report.path, facts=", ".join(facts), profile=report.profile)]
    if report.error:
        msg = report.error.get("message", "")
        code = report.error.get("code", "")
        shown = msg if msg.startswith(code) else f"{code} {msg}"
        lines.append(_style(f"  {cat.t('text.unreadable', message=_short(shown, 160))}", "unknown", color))
    elif report.needs_ocr:
        lines.append(_style(f"  {cat.t('text.ocr')}", "weak", color))
    return lines


def _footer(report: Report, cat: Catalogue) -> list[str]:
    counts = dict.fromkeys(STATUS_ORDER, 0)
    clauses = [el for el in report.elements if not el.adverse]
    for el in clauses:
        counts[el.status] = counts.get(el.status, 0) + 1
    items = ", ".join(cat.t("count.item", n=counts[s], status=cat.status(s)) for s in STATUS_ORDER)
    lines = [cat.t("text.counts", counts=items, total=len(clauses))]
    barriers = [el for el in report.elements if el.adverse]
    if barriers:
        found = sum(el.status == "present" for el in barriers)
        check = sum(el.status == "weak" for el in barriers)
        lines.append(cat.t("text.barriers", found=found, check=check, checked=len(barriers)))
    if report.score is not None:
        sc = report.score
        lines.append(cat.t("text.score", score=sc["score"], level=sc["level"], title=sc["title"]))
    return lines


def render(report: Report, color: bool = False, *, lang: str = "en") -> str:
    """The terminal summary in ``lang`` (a language with a catalogue; an unknown one is E500)."""
    cat = catalogue(report_language(lang, None))
    lines = _header(report, cat, color)
    width = max((len(el.id) for el in report.elements), default=0)
    label_width = _label_width(cat)
    lines += [_element_line(el, width, label_width, cat, color) for el in report.elements]
    lines += _footer(report, cat)
    return "\n".join(lines) + "\n"

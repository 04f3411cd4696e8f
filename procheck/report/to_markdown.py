"""A readable per-document report in Markdown. Format only: it never re-decides a status.

Every fixed text comes from the message catalogue of the report language (``lang``); the checkers'
reasons and the readers' warnings are translated by the catalogue's reason templates.
"""

from __future__ import annotations

from pathlib import PurePath

from procheck.i18n import Catalogue, catalogue, report_language
from procheck.records import ElementResult, Evidence, Report

#: Emoji-free markers, readable in plain text and in a rendered table (English; the catalogue's
#: ``md.marker.*`` keys give them per language).
MARKERS = {"present": "[x] present", "weak": "[~] weak", "missing": "[ ] missing", "unknown": "[?] unknown"}
#: barriers are adverse: "present" means the barrier was found
BARRIER_MARKERS = {"present": "[!] barrier found", "weak": "[~] check", "missing": "[ ] none found",
                   "unknown": "[?] unknown"}
STATUS_ORDER = ("present", "weak", "missing", "unknown")


def marker(el: ElementResult, cat: Catalogue | None = None) -> str:
    """The status marker of an element ("[x] present", "[!] barrier found") in the catalogue's language."""
    cat = cat or catalogue("en")
    key = f"md.marker.{'barrier.' if el.adverse else ''}{el.status}"
    return cat.t(key) if cat.has(key) else el.status


def _figures(figs: dict[str, object], cat: Catalogue) -> str:
    return ", ".join(f"{_figure_name(k, cat)} {v}" for k, v in figs.items())


def _figure_name(key: str, cat: Catalogue) -> str:
    name = f"figure.{key}"
    return cat.t(name) if cat.has(name) else key.replace("_", " ")


def _status_word(status: object, cat: Catalogue) -> str:
    return cat.status(str(status))


def _lacking(item: str, cat: Catalogue) -> str:
    """"reporting.on_request present" (an element and the status it needs) with the status translated."""
    element, _, need = item.rpartition(" ")
    return f"{element} {cat.status(need)}" if element and need in STATUS_ORDER else item


def score_section(report: Report, cat: Catalogue | None = None) -> list[str]:
    """The diversity score with its breakdown: every point traced to a criterion and its evidence."""
    cat = cat or catalogue("en")
    sc = report.score
    if sc is None:
        return []
    out = [f"## {cat.t('md.score.heading')}", ""]
    ladder = " → ".join(map(str, sc["ladder"]))  # type: ignore[call-overload]
    out.append(cat.t("md.score.line", score=sc["score"], level=sc["level"], ladder=ladder, title=sc["title"]))
    nxt = sc.get("next")
    if isinstance(nxt, dict):
        lacking = ", ".join(_lacking(str(x), cat) for x in nxt.get("lacking") or []) or cat.t("md.score.higher")
        out.append(cat.t("md.score.next", level=nxt["level"], min_score=nxt["min_score"], lacking=lacking))
    out.append("")
    cols = ("criterion", "element", "status", "points", "figures", "evidence")
    out.append("| " + " | ".join(cat.t(f"md.score.col.{c}") for c in cols) + " |")
    out.append("|---|---|---|---|---|---|")
    for item in sc["breakdown"]:  # type: ignore[attr-defined]
        ev = item.get("evidence") or {}
        where = cat.t("md.score.page", page=ev["page"]) if ev.get("page") else ""
        quote = f"{where}“{ev['quote']}”" if ev else "–"
        pts = f"{item['points']:g} / {item['max']:g}" if item["kind"] == "criterion" else f"{item['points']:g}"
        out.append(f"| {_cell(item['note'] or '')} | {_cell(item['element'])} | "
                   f"{_cell(_status_word(item['status'], cat))} | {pts} | "
                   f"{_cell(_figures(item.get('figures') or {}, cat) or '–')} | {_cell(quote)} |")
    out.append("")
    return out


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def _quote(text: str) -> list[str]:
    lines = text.strip().splitlines() or [""]
    return ["> " + ln.rstrip() if ln.strip() else ">" for ln in lines]


def _pages(el: ElementResult, cat: Catalogue) -> str:
    pages = sorted({e.page for e in el.evidence if e.page is not None})
    if pages:
        return ", ".join(str(p) for p in pages)
    return "–" if not el.evidence else cat.t("common.na")


def _where(ev: Evidence, cat: Catalogue) -> str:
    parts = []
    if ev.page is not None:
        parts.append(cat.t("md.where.page", page=ev.page))
    if ev.section:
        parts.append(cat.t("md.where.section", section=ev.section))
    parts.append(cat.t("md.where.chars", start=ev.start, end=ev.end))
    return ", ".join(parts)


def counts(report: Report) -> dict[str, int]:
    """How many elements have each status (every status of ``STATUS_ORDER`` present)."""
    out = dict.fromkeys(STATUS_ORDER, 0)
    for el in report.elements:
        out[el.status] = out.get(el.status, 0) + 1
    return out


def count_line(c: dict[str, int], cat: Catalogue) -> str:
    """"3 present, 1 weak, …" in the catalogue's language (the total is added by the caller)."""
    return ", ".join(cat.t("count.item", n=c[s], status=cat.status(s)) for s in STATUS_ORDER)


def _document(report: Report, cat: Catalogue) -> list[str]:
    na = cat.t("common.na")
    out = [f"## {cat.t('md.document')}", ""]
    out.append(f"- **{cat.t('md.path')}:** `{report.path}`")
    out.append(f"- **{cat.t('md.format')}:** {report.format or cat.t('common.unknown')}")
    out.append(f"- **{cat.t('md.language')}:** {report.language or cat.t('common.unknown')}")
    out.append(f"- **{cat.t('md.pages')}:** {report.pages if report.pages is not None else na}")
    sha = f"`{report.sha256}`" if report.sha256 else na
    out.append(f"- **{cat.t('md.sha256')}:** {sha}")
    out.append(f"- **{cat.t('md.profile')}:** {report.profile}")
    lib = cat.t("md.library_value", version=report.library_version, hash=report.library_hash)
    out.append(f"- **{cat.t('md.library')}:** {lib}")
    out.append("")
    return out


def _problems(report: Report, cat: Catalogue) -> list[str]:
    """The unreadable-text or missing-OCR notice, then the warnings."""
    out: list[str] = []
    if report.error:
        code = report.error.get("code", "")
        message = report.error.get("message", "")
        if message.startswith(code):
            message = message[len(code):]
        out += [f"## {cat.t('md.unreadable.heading')}", ""]
        out += [cat.t("md.unreadable.line", code=code, message=message.strip()), ""]
        out += [cat.t("md.unreadable.note"), ""]
    elif report.needs_ocr:
        out += [f"## {cat.t('md.ocr.heading')}", "", cat.t("md.ocr.note"), ""]
    if report.warnings:
        out += [f"## {cat.t('md.warnings')}", ""]
        out.extend(f"- {cat.reason(w)}" for w in report.warnings)
        out.append("")
    return out


def _summary(report: Report, cat: Catalogue) -> list[str]:
    out = [f"## {cat.t('md.summary')}", ""]
    out.append(cat.t("md.counts", counts=count_line(counts(report), cat), total=len(report.elements)))
    out.append("")
    cols = ("element", "status", "severity", "page")
    out.append("| " + " | ".join(cat.t(f"md.col.{c}") for c in cols) + " |")
    out.append("|---|---|---|---|")
    for el in report.elements:
        out.append(f"| {_cell(el.id)} | {_cell(marker(el, cat))} | {_cell(_severity(el.severity, cat))} | "
                   f"{_cell(_pages(el, cat))} |")
    out.append("")
    barriers = [el for el in report.elements if el.adverse]
    if barriers:
        found = sum(el.status == "present" for el in barriers)
        check = sum(el.status == "weak" for el in barriers)
        out += [cat.t("md.barriers", found=found, check=check, checked=len(barriers)), ""]
    return out


def _severity(severity: str, cat: Catalogue) -> str:
    key = f"severity.{severity}"
    return cat.t(key) if cat.has(key) else severity


def _element(el: ElementResult, cat: Catalogue) -> list[str]:
    """One element: status, reason, figures, evidence quotes and the proposed text."""
    out = [f"### {el.id}: {cat.status(el.status)}", ""]
    status = cat.t("md.el.confidence", marker=marker(el, cat), confidence=f"{el.confidence:.2f}")
    out.append(f"- **{cat.t('md.el.status')}:** {status}")
    out.append(f"- **{cat.t('md.el.severity')}:** {_severity(el.severity, cat)}")
    out.append(f"- **{cat.t('md.el.reason')}:** {cat.reason(el.reason.strip()) or cat.t('md.el.no_reason')}")
    if el.figures:
        out.append(f"- **{cat.t('md.el.figures')}:** {_figures(el.figures, cat)}")
    if el.anchor:
        out.append(f"- **{cat.t('md.el.anchor')}:** {cat.term(el.anchor)}")
    if el.grounds:
        grounds = ", ".join(cat.t(f"ground.{g}") if cat.has(f"ground.{g}") else g for g in el.grounds)
        out.append(f"- **{cat.t('md.el.grounds')}:** {grounds}")
    out.append("")
    if el.evidence:
        out += [cat.t("md.evidence"), ""]
        for ev in sorted(el.evidence, key=lambda e: (e.start, e.end)):
            out.extend(_quote(ev.text))
            out.append(f"> — {_where(ev, cat)}")
            out.append("")
    if el.adverse and el.status in ("present", "weak") and el.suggestion:
        out += [cat.t("md.fix"), "", *_quote(el.suggestion), ""]
    elif not el.adverse and el.status in ("weak", "missing") and el.suggestion:
        out += [cat.t("md.suggest"), "", *_quote(el.suggestion), ""]
    return out


def render(report: Report, *, lang: str = "en") -> str:
    """The Markdown report in ``lang`` (a language with a catalogue; an unknown one is E500)."""
    cat = catalogue(report_language(lang, None))
    name = PurePath(report.path).name or report.path
    out: list[str] = [f"# {cat.t('md.title', name=name)}", ""]
    out += _document(report, cat)
    out += _problems(report, cat)
    out += _summary(report, cat)
    out += score_section(report, cat)
    out += [f"## {cat.t('md.elements')}", ""]
    for el in report.elements:
        out += _element(el, cat)
    return "\n".join(out).rstrip() + "\n"

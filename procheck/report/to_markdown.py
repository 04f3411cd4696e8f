"""A readable per-document report in Markdown. Format only: it never re-decides a status."""

from __future__ import annotations

from pathlib import PurePath

from procheck.records import ElementResult, Evidence, Report

#: Emoji-free markers, readable in plain text and in a rendered table.
MARKERS = {"present": "[x] present", "weak": "[~] weak", "missing": "[ ] missing", "unknown": "[?] unknown"}
#: barriers are adverse: "present" means the barrier was found
BARRIER_MARKERS = {"present": "[!] barrier found", "weak": "[~] check", "missing": "[ ] none found",
                   "unknown": "[?] unknown"}


def marker(el: ElementResult) -> str:
    return (BARRIER_MARKERS if el.adverse else MARKERS).get(el.status, el.status)


def _figures(figs: dict[str, object]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in figs.items())


def score_section(report: Report) -> list[str]:
    """The diversity score with its breakdown: every point traced to a criterion and its evidence."""
    sc = report.score
    if sc is None:
        return []
    out = ["## Diversity score", ""]
    out.append(f"**{sc['score']} / 100, level {sc['level']}** on the ladder {' → '.join(map(str, sc['ladder']))} "  # type: ignore[call-overload]
               f"({sc['title']}).")
    nxt = sc.get("next")
    if isinstance(nxt, dict):
        lacking = ", ".join(nxt.get("lacking") or []) or "a higher score"
        out.append(f"Next level {nxt['level']}: needs {nxt['min_score']} points and {lacking}.")
    out.append("")
    out.append("| Criterion | Element | Status | Points | Figures | Evidence |")
    out.append("|---|---|---|---|---|---|")
    for item in sc["breakdown"]:  # type: ignore[attr-defined]
        ev = item.get("evidence") or {}
        where = f"p. {ev['page']}: " if ev.get("page") else ""
        quote = f"{where}“{ev['quote']}”" if ev else "–"
        pts = f"{item['points']:g} / {item['max']:g}" if item["kind"] == "criterion" else f"{item['points']:g}"
        out.append(f"| {_cell(item['note'] or '')} | {_cell(item['element'])} | {_cell(item['status'])} | {pts} | "
                   f"{_cell(_figures(item.get('figures') or {}) or '–')} | {_cell(quote)} |")
    out.append("")
    return out
STATUS_ORDER = ("present", "weak", "missing", "unknown")


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def _quote(text: str) -> list[str]:
    lines = text.strip().splitlines() or [""]
    return ["> " + ln.rstrip() if ln.strip() else ">" for ln in lines]


def _pages(el: ElementResult) -> str:
    pages = sorted({e.page for e in el.evidence if e.page is not None})
    if pages:
        return ", ".join(str(p) for p in pages)
    return "–" if not el.evidence else "n/a"


def _where(ev: Evidence) -> str:
    parts = []
    if ev.page is not None:
        parts.append(f"page {ev.page}")
    if ev.section:
        parts.append(f"section {ev.section}")
    parts.append(f"characters {ev.start}–{ev.end}")
    return ", ".join(parts)


def counts(report: Report) -> dict[str, int]:
    out = dict.fromkeys(STATUS_ORDER, 0)
    for el in report.elements:
        out[el.status] = out.get(el.status, 0) + 1
    return out


def render(report: Report) -> str:
    name = PurePath(report.path).name or report.path
    out: list[str] = [f"# procheck report: {name}", ""]

    out.append("## Document")
    out.append("")
    out.append(f"- **Path:** `{report.path}`")
    out.append(f"- **Format:** {report.format or 'unknown'}")
    out.append(f"- **Language:** {report.language or 'unknown'}")
    out.append(f"- **Pages:** {report.pages if report.pages is not None else 'n/a'}")
    out.append(f"- **SHA-256:** `{report.sha256}`" if report.sha256 else "- **SHA-256:** n/a")
    out.append(f"- **Profile:** {report.profile}")
    out.append(f"- **Clause library:** version {report.library_version}, hash `{report.library_hash}`")
    out.append("")

    if report.error:
        code = report.error.get("code", "")
        message = report.error.get("message", "")
        out.append("## The text could not be read")
        out.append("")
        if message.startswith(code):
            message = message[len(code) :]
        out.append(f"procheck could not read this document: **{code}** {message.strip()}")
        out.append("")
        out.append(
            "Every element below is **unknown**: nothing was judged present or missing, because the "
            "text was never seen. Fix the input (see the message) and check it again."
        )
        out.append("")
    elif report.needs_ocr:
        out.append("## Pages without text")
        out.append("")
        out.append(
            "Some pages have no text layer (they look scanned) and procheck does not run OCR, so their "
            "content was not read. Elements that could only be on those pages may be reported "
            "missing or unknown; run OCR on the file and check it again."
        )
        out.append("")
    if report.warnings:
        out.append("## Warnings")
        out.append("")
        out.extend(f"- {w}" for w in report.warnings)
        out.append("")

    c = counts(report)
    out.append("## Summary")
    out.append("")
    out.append(", ".join(f"{c[s]} {s}" for s in STATUS_ORDER) + f" (of {len(report.elements)} elements)")
    out.append("")
    out.append("| Element | Status | Severity | Page |")
    out.append("|---|---|---|---|")
    for el in report.elements:
        out.append(
            f"| {_cell(el.id)} | {_cell(marker(el))} | {_cell(el.severity)} | {_cell(_pages(el))} |"
        )
    out.append("")
    barriers = [el for el in report.elements if el.adverse]
    if barriers:
        found = [el.id for el in barriers if el.status == "present"]
        check = [el.id for el in barriers if el.status == "weak"]
        out.append(f"Hidden barriers: {len(found)} found, {len(check)} to check (of {len(barriers)} checked).")
        out.append("")
    out.extend(score_section(report))

    out.append("## Elements")
    out.append("")
    for el in report.elements:
        out.append(f"### {el.id}: {el.status}")
        out.append("")
        out.append(f"- **Status:** {marker(el)} (confidence {el.confidence:.2f})")
        out.append(f"- **Severity:** {el.severity}")
        out.append(f"- **Reason:** {el.reason.strip() or '(none given)'}")
        if el.figures:
            out.append(f"- **Figures:** {_figures(el.figures)}")
        if el.anchor:
            out.append(f"- **Legal anchor:** {el.anchor}")
        if el.grounds:
            out.append(f"- **Grounds:** {', '.join(el.grounds)}")
        out.append("")
        if el.evidence:
            out.append("Evidence:")
            out.append("")
            for ev in sorted(el.evidence, key=lambda e: (e.start, e.end)):
                out.extend(_quote(ev.text))
                out.append(f"> — {_where(ev)}")
                out.append("")
        if el.adverse and el.status in ("present", "weak") and el.suggestion:
            out.append("How to remove the barrier:")
            out.append("")
            out.extend(_quote(el.suggestion))
            out.append("")
        elif not el.adverse and el.status in ("weak", "missing") and el.suggestion:
            out.append("Suggested clause text:")
            out.append("")
            out.extend(_quote(el.suggestion))
            out.append("")
    return "\n".join(out).rstrip() + "\n"

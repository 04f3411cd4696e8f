"""The folder dashboard: every checked document of a scan at a glance, as HTML and as Markdown.

:class:`Portfolio` is built from the JSON report dicts of a scan (the canonical contract of
:mod:`procheck.report.to_json`), the skipped files and, optionally, a trend of previous runs from the
results store. ``render_html`` gives one self-contained page (inline CSS and SVG, no script, no
request): counts per status, an elements × documents heat map, the documents worst first, element
coverage, the trend between runs, unreadable and skipped files. ``render_markdown`` is its plain-text
twin with the same sections. Both only format; the worst-first order mirrors ``procheck.scan``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from procheck.errors import UsageError
from procheck.i18n import Catalogue, catalogue, report_language
from procheck.report import tally
from procheck.report.to_html import (
    STATUSES,
    SYMBOL,
    bar_svg,
    barrier_counts,
    esc,
    fmt_number,
    page,
    status_counts,
    tone,
)

#: the keys a previous run of the trend must have; the status counts come either flat
#: (``present``, ``weak``, ``missing``, ``unknown``, as ``Store.trend`` gives them) or under ``counts``
TREND_KEYS = ("run_id", "started", "documents", "barriers_found")


# --------------------------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PortfolioDoc:
    """One checked document: its path relative to the scanned folder and its JSON report."""

    rel: str
    report: Mapping[str, Any]
    html_link: str | None = None  #: relative link to the document's HTML report
    md_link: str | None = None  #: relative link to the document's Markdown report

    @property
    def ok(self) -> bool:
        """True when the document could be read."""
        return not self.report.get("error")

    @property
    def elements(self) -> list[Mapping[str, Any]]:
        return list(self.report.get("elements", []))

    def status_of(self, element_id: str) -> Mapping[str, Any] | None:
        """The element result of ``element_id`` (None when the profile did not check it)."""
        return next((el for el in self.elements if el.get("id") == element_id), None)

    def badness(self) -> tuple[int, int, int, int, int]:
        """Sort key, larger is worse (:func:`procheck.report.tally.badness`)."""
        return tally.badness(self.report)

    def missing_ids(self) -> list[str]:
        """Clause and criterion elements reported missing (barriers excluded)."""
        return [str(el["id"]) for el in self.elements if el.get("status") == "missing" and not el.get("adverse")]

    def score(self) -> tuple[str, str]:
        """(score, level) as text; empty when the document was not scored or not read."""
        sc = self.report.get("diversity_score")
        if not sc or not self.ok:
            return "", ""
        return fmt_number(sc.get("score", "")), str(sc.get("level", ""))


@dataclass(frozen=True)
class TrendPoint:
    """One previous run of the same folder, as the results store summarises it."""

    run_id: str
    started: str  #: ISO 8601 time the run started
    documents: int
    counts: dict[str, int]  #: status -> number of (document, element) results
    barriers_found: int
    errors: int = 0  #: documents that could not be read in that run
    barriers_to_check: int = 0

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], index: int = 0) -> TrendPoint:
        """A point from the results store's dict; raises :class:`UsageError` naming what is missing."""
        counts = d.get("counts", d)
        lacking = [k for k in TREND_KEYS if k not in d]
        if not isinstance(counts, Mapping):
            raise UsageError(f"trend entry {index}: 'counts' must map each status to a number, not {counts!r}")
        lacking += [s for s in STATUSES if s not in counts]
        if lacking:
            raise UsageError(
                f"trend entry {index} lacks {', '.join(lacking)}; every previous run needs "
                f"{', '.join(TREND_KEYS)} and a number for each of {', '.join(STATUSES)} "
                "(flat, or under 'counts')"
            )
        return cls(
            run_id=str(d["run_id"]),
            started=str(d["started"]),
            documents=int(d["documents"]),
            counts={s: int(counts[s]) for s in STATUSES},
            barriers_found=int(d["barriers_found"]),
            errors=int(d.get("errors", 0)),
            barriers_to_check=int(d.get("barriers_to_check", 0)),
        )


def _skipped_pair(s: Any) -> tuple[str, str]:
    """A skipped file as (rel, reason), from a tuple or an object with ``rel`` and ``reason``."""
    if isinstance(s, tuple | list):
        return str(s[0]), str(s[1])
    return str(s.rel), str(s.reason)


def _doc(entry: Sequence[Any]) -> PortfolioDoc:
    """A document from ``(rel, report, html_link)`` or ``(rel, report, html_link, md_link)``."""
    if len(entry) not in (3, 4):
        raise UsageError(
            f"a portfolio entry needs (path, report, html link[, markdown link]), got {len(entry)} values"
        )
    rel, report, html_link = entry[0], entry[1], entry[2]
    md_link = entry[3] if len(entry) == 4 else None
    return PortfolioDoc(rel=str(rel), report=report, html_link=html_link, md_link=md_link)


@dataclass(frozen=True)
class Portfolio:
    """Everything the dashboard shows."""

    title: str  #: usually the scanned folder's name
    profile: str
    documents: tuple[PortfolioDoc, ...]  #: sorted by ``rel``
    element_ids: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...] = ()
    elapsed: float = 0.0
    trend: tuple[TrendPoint, ...] = field(default_factory=tuple)

    @classmethod
    def build(
        cls,
        entries: Iterable[Sequence[Any]],
        *,
        profile: str,
        elapsed: float = 0.0,
        skipped: Iterable[Any] = (),
        title: str = "",
        element_ids: Sequence[str] | None = None,
        trend: Sequence[Mapping[str, Any]] | None = None,
    ) -> Portfolio:
        """A portfolio from ``(rel, report dict, html link or None[, md link])`` entries.

        ``element_ids`` defaults to the elements of the reports in first-seen order; ``trend`` is
        the results store's list of previous runs (oldest first, keys ``TREND_KEYS``).
        """
        docs = tuple(sorted((_doc(e) for e in entries), key=lambda d: d.rel))
        if element_ids is None:
            seen: dict[str, None] = {}
            for d in docs:
                seen.update((str(el["id"]), None) for el in d.elements)
            element_ids = list(seen)
        points = tuple(TrendPoint.from_dict(t, i) for i, t in enumerate(trend or []))
        return cls(
            title=title, profile=profile, documents=docs, element_ids=tuple(element_ids),
            skipped=tuple(sorted(_skipped_pair(s) for s in skipped)), elapsed=float(elapsed), trend=points,
        )

    @property
    def pages(self) -> int:
        return sum(int(d.report.get("document", {}).get("pages") or 0) for d in self.documents)

    @property
    def errors(self) -> list[PortfolioDoc]:
        return [d for d in self.documents if not d.ok]

    def ranked(self) -> list[PortfolioDoc]:
        """Documents worst first; ties by path."""
        return sorted(self.documents, key=PortfolioDoc.badness, reverse=True)

    def totals(self) -> dict[str, int]:
        """Status counts summed over the documents (barriers apart)."""
        out = dict.fromkeys(STATUSES, 0)
        for d in self.documents:
            for s, n in status_counts(d.report).items():
                out[s] = out.get(s, 0) + n
        return out

    def coverage(self) -> dict[str, dict[str, int]]:
        """Per element, how many documents have each status."""
        out = {eid: dict.fromkeys(STATUSES, 0) for eid in self.element_ids}
        for d in self.documents:
            for el in d.elements:
                if el.get("id") in out:
                    out[el["id"]][el["status"]] = out[el["id"]].get(el["status"], 0) + 1
        return out

    def is_adverse(self, element_id: str) -> bool:
        """True when ``element_id`` is a barrier in the reports."""
        return any(bool(el.get("adverse")) for d in self.documents if (el := d.status_of(element_id)))


def href(link: str) -> str:
    """A relative link made safe: percent-encoded (so no scheme can sneak in), never host-relative."""
    q = quote(link.replace("\\", "/"), safe="/")
    return "./" + q.lstrip("/") if q.startswith("/") else q


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


def _doc_name(d: PortfolioDoc) -> str:
    """The document's path, linked to its HTML report when there is one."""
    if d.html_link:
        return f'<a href="{esc(href(d.html_link))}">{esc(d.rel)}</a>'
    return esc(d.rel)


def _intro(cat: Catalogue, p: Portfolio, *, deterministic: bool) -> str:
    """Title and the one-line summary of the run."""
    key = "portfolio.intro_det" if deterministic else "portfolio.intro"
    line = cat.t(key, documents=len(p.documents), pages=p.pages, profile=p.profile,
                 seconds=f"{p.elapsed:.1f}", errors=len(p.errors), skipped=len(p.skipped))
    return f"<h1>{esc(cat.t('portfolio.title', name=p.title))}</h1><p>{esc(line)}</p>"


def _counts_html(cat: Catalogue, p: Portfolio) -> str:
    """Counts per status over the portfolio, barriers found and unreadable documents."""
    totals = p.totals()
    cells = [
        f'<li class="t-{tone(s)}" data-count="{s}"><b>{totals[s]}</b>'
        f'<span aria-hidden="true">{SYMBOL[tone(s)]}</span> {esc(cat.status(s))}</li>'
        for s in STATUSES
    ]
    found = sum(barrier_counts(d.report)[0] for d in p.documents)
    cells.append(f'<li class="t-{"bad" if found else "good"}" data-count="barriers"><b>{found}</b>'
                 f'{esc(cat.t("portfolio.barriers_found"))}</li>')
    cells.append(f'<li class="t-{"bad" if p.errors else "good"}" data-count="unreadable"><b>{len(p.errors)}</b>'
                 f'{esc(cat.t("portfolio.unreadable_count"))}</li>')
    label = ", ".join(f"{cat.status(s)} {totals[s]}" for s in STATUSES)
    return (f'<section id="counts" aria-labelledby="h-counts"><h2 id="h-counts">{esc(cat.t("portfolio.counts"))}</h2>'
            f'<ul class="counts">{"".join(cells)}</ul>{bar_svg([(totals[s], tone(s)) for s in STATUSES], label=label)}</section>')


HEAT_CSS = """
table.heat{width:auto;border-collapse:separate;border-spacing:2px;font-size:.8rem}
table.heat th,table.heat td{border:0;padding:0}
table.heat th.doc{text-align:left;font-weight:normal;white-space:nowrap;padding-right:.5rem;max-width:16rem;overflow:hidden;text-overflow:ellipsis}
table.heat th.v{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:normal;padding:.25rem 0;vertical-align:bottom;background:none}
table.heat td.hm{width:1.5rem;min-width:1.5rem;height:1.5rem;text-align:center;font-weight:700;border:1px solid currentColor;border-radius:3px}
table.heat td.na{color:var(--muted);background:#fff;border:1px dashed var(--line)}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;font-size:.85rem}
.legend span.sw{display:inline-block;width:1.2rem;text-align:center;border:1px solid currentColor;border-radius:3px;font-weight:700}
@media print{table.heat{font-size:7pt}table.heat td.hm{width:1.1rem;min-width:1.1rem;height:1.1rem}}
"""


def _heat_cell(cat: Catalogue, d: PortfolioDoc, eid: str) -> str:
    """One cell of the heat map: colour, a symbol and a hidden text label (never colour alone)."""
    el = d.status_of(eid)
    if el is None:
        label = cat.t("portfolio.not_checked")
        return (f'<td class="hm na" title="{esc(eid)}: {esc(label)}"><span aria-hidden="true">·</span>'
                f'<span class="vh">{esc(eid)}: {esc(label)}</span></td>')
    status, adverse = str(el.get("status")), bool(el.get("adverse"))
    t = tone(status, adverse=adverse)
    label = f"{eid}: {cat.status(status, adverse=adverse)}"
    return (f'<td class="hm t-{t}" data-element="{esc(eid)}" data-status="{esc(status)}" title="{esc(label)}">'
            f'<span aria-hidden="true">{SYMBOL[t]}</span><span class="vh">{esc(label)}</span></td>')


def _heatmap(cat: Catalogue, p: Portfolio) -> str:
    """Documents (worst first) against elements, one coloured, labelled cell each."""
    if not p.documents or not p.element_ids:
        return ""
    head = "".join(f'<th class="v" scope="col"><span class="id">{esc(eid)}</span></th>' for eid in p.element_ids)
    rows = []
    for n, d in enumerate(p.ranked(), 1):
        cells = "".join(_heat_cell(cat, d, eid) for eid in p.element_ids)
        rows.append(f'<tr data-doc="{esc(d.rel)}"><th class="doc" scope="row" title="{esc(d.rel)}">{n}. {_doc_name(d)}</th>{cells}</tr>')
    legend = "".join(
        f'<li><span class="sw t-{t}" aria-hidden="true">{SYMBOL[t]}</span> {esc(cat.t("portfolio.legend." + t))}</li>'
        for t in ("good", "weak", "bad", "unknown")
    )
    return (f'<section id="heatmap" aria-labelledby="h-heatmap"><h2 id="h-heatmap">{esc(cat.t("portfolio.heatmap"))}</h2>'
            f'<ul class="legend">{legend}</ul><div class="scroll"><table class="heat"><caption class="vh">'
            f'{esc(cat.t("portfolio.heatmap"))}</caption><thead><tr><td></td>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def _worst_first(cat: Catalogue, p: Portfolio) -> str:
    """The documents table, worst first, each row with its counts, barriers, score and gaps."""
    cols = ("rank", "document", "read", "missing", "weak", "unknown", "present", "barriers", "score", "gaps")
    lab = {c: esc(cat.t(f"portfolio.col.{c}")) for c in cols}
    head = "".join(f"<th>{lab[c]}</th>" for c in cols)
    rows = []
    for n, d in enumerate(p.ranked(), 1):
        c = status_counts(d.report)
        found, check = barrier_counts(d.report)
        score, level = d.score()
        err = d.report.get("error") or {}
        read = f'<span class="badge t-good">{esc(cat.t("portfolio.read_yes"))}</span>' if d.ok else f'<span class="badge t-bad">{esc(cat.t("portfolio.read_no", code=err.get("code", "")))}</span>'
        vals = {
            "rank": str(n), "document": _doc_name(d), "read": read,
            **{s: str(c[s]) for s in STATUSES},
            "barriers": esc(cat.t("portfolio.barrier_cell", found=found, check=check)),
            "score": esc(f"{score} ({level})" if score else "–"),
            "gaps": ", ".join(f"<code>{esc(m)}</code>" for m in d.missing_ids()) or "–",
        }
        tds = "".join(f'<td data-label="{lab[k]}"{" class=num" if k in STATUSES or k == "rank" else ""}>{vals[k]}</td>' for k in cols)
        rows.append(f'<tr data-doc="{esc(d.rel)}">{tds}</tr>')
    return (f'<section id="documents" aria-labelledby="h-documents"><h2 id="h-documents">{esc(cat.t("portfolio.worst_first"))}</h2>'
            f'<div class="scroll"><table class="stack docs"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _coverage_html(cat: Catalogue, p: Portfolio) -> str:
    """Per element, the documents per status, with a stacked bar (barriers read the other way)."""
    cov = p.coverage()
    head = f"<th>{esc(cat.t('portfolio.col.element'))}</th>" + "".join(f"<th class=num>{esc(cat.t('portfolio.col.' + s))}</th>" for s in STATUSES)
    rows = []
    for eid in p.element_ids:
        adverse = p.is_adverse(eid)
        c = cov[eid]
        label = eid + ": " + ", ".join(f"{cat.status(s, adverse=adverse)} {c[s]}" for s in STATUSES)
        bar = bar_svg([(c[s], tone(s, adverse=adverse)) for s in STATUSES], label=label)
        note = f' <span class="muted small">({esc(cat.t("portfolio.barrier_row"))})</span>' if adverse else ""
        nums = "".join(f'<td class="num" data-label="{esc(cat.status(s, adverse=adverse))}">{c[s]}</td>' for s in STATUSES)
        rows.append(f'<tr data-element="{esc(eid)}"><td data-label="{esc(cat.t("portfolio.col.element"))}"><code>{esc(eid)}</code>{note}{bar}</td>{nums}</tr>')
    return (f'<section id="coverage" aria-labelledby="h-coverage"><h2 id="h-coverage">{esc(cat.t("portfolio.coverage"))}</h2>'
            f'<div class="scroll"><table class="stack coverage"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
            f'<p class="small muted">{esc(cat.t("portfolio.barrier_note"))}</p></section>')


def trend_svg(cat: Catalogue, points: Sequence[TrendPoint], *, width: int = 600, height: int = 200) -> str:
    """Stacked bars of the status counts per run and a line of barriers found, as inline SVG."""
    pad, n = 24, len(points)
    slot = (width - 2 * pad) / max(n, 1)
    top = max([sum(t.counts.values()) for t in points] + [1])
    btop = max([t.barriers_found for t in points] + [1])
    plot = height - 2 * pad
    shapes, line = [], []
    for i, t in enumerate(points):
        x, y = pad + i * slot + slot * 0.2, float(height - pad)
        for s in STATUSES:
            h = plot * t.counts[s] / top
            if h > 0:
                shapes.append(f'<rect x="{x:.1f}" y="{y - h:.1f}" width="{slot * 0.6:.1f}" height="{h:.1f}" style="fill:var(--{tone(s)})"/>')
            y -= h
        cx, cy = pad + (i + 0.5) * slot, height - pad - plot * t.barriers_found / btop
        line.append(f"{cx:.1f},{cy:.1f}")
        shapes.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4" style="fill:var(--ink)"/>')
        shapes.append(f'<text x="{cx:.1f}" y="{height - 6}" text-anchor="middle" font-size="11">{esc(t.run_id)}</text>')
    label = cat.t("portfolio.trend_label", runs=n)
    path = f'<polyline points="{" ".join(line)}" style="fill:none;stroke:var(--ink);stroke-width:2"/>' if n > 1 else ""
    return (f'<svg class="trend" viewBox="0 0 {width} {height}" role="img" aria-label="{esc(label)}">'
            f'<title>{esc(label)}</title>{"".join(shapes)}{path}</svg>')


def _trend_html(cat: Catalogue, p: Portfolio) -> str:
    """The runs compared: a chart, then the same numbers as a table."""
    if not p.trend:
        return ""
    cols = ("run", "started", "documents", "errors", *STATUSES, "barriers")
    head = "".join(f"<th>{esc(cat.t('portfolio.col.' + c) if c not in STATUSES else cat.status(c))}</th>" for c in cols)
    rows = []
    for t in p.trend:
        vals = [esc(t.run_id), esc(t.started), str(t.documents), str(t.errors), *(str(t.counts[s]) for s in STATUSES),
                str(t.barriers_found)]
        labels = [esc(cat.t("portfolio.col." + c) if c not in STATUSES else cat.status(c)) for c in cols]
        rows.append("<tr>" + "".join(f'<td data-label="{lb}">{v}</td>' for lb, v in zip(labels, vals, strict=True)) + "</tr>")
    return (f'<section id="trend" aria-labelledby="h-trend"><h2 id="h-trend">{esc(cat.t("portfolio.trend"))}</h2>'
            f'<p class="small muted">{esc(cat.t("portfolio.trend_help"))}</p>{trend_svg(cat, p.trend)}'
            f'<div class="scroll"><table class="stack trend-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _problems_html(cat: Catalogue, p: Portfolio) -> str:
    """Unreadable documents with their error, then the skipped files with the reason."""
    out = []
    if p.errors:
        items = "".join(
            f'<li><code>{esc(d.rel)}</code>: {esc((d.report.get("error") or {}).get("message", ""))}</li>' for d in p.errors
        )
        out.append(f'<section id="unreadable"><h2>{esc(cat.t("portfolio.unreadable"))}</h2><ul>{items}</ul></section>')
    if p.skipped:
        items = "".join(f"<li><code>{esc(rel)}</code>: {esc(reason)}</li>" for rel, reason in p.skipped)
        out.append(f'<section id="skipped"><h2>{esc(cat.t("portfolio.skipped"))}</h2><ul>{items}</ul></section>')
    return "".join(out)


def render_html(portfolio: Portfolio, *, lang: str, deterministic: bool = False) -> str:
    """The dashboard as one self-contained HTML page (``deterministic``: no elapsed time)."""
    cat = catalogue(report_language(lang, None))
    parts = [
        _intro(cat, portfolio, deterministic=deterministic),
        _counts_html(cat, portfolio),
        _heatmap(cat, portfolio),
        _worst_first(cat, portfolio),
        _coverage_html(cat, portfolio),
        _trend_html(cat, portfolio),
        _problems_html(cat, portfolio),
    ]
    body = f"<style>{HEAT_CSS}</style>\n" + "\n".join(x for x in parts if x)
    return page(cat.t("portfolio.title", name=portfolio.title), body, lang=cat.lang)


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------


def md_cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def _md_doc(d: PortfolioDoc) -> str:
    """The document's path, linked to its Markdown report when there is one."""
    if d.md_link:
        label = md_cell(d.rel).replace("[", "\\[").replace("]", "\\]")
        return f"[{label}]({href(d.md_link)})"
    return md_cell(d.rel)


def _md_table(head: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """A Markdown table."""
    out = ["| " + " | ".join(md_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    out.extend("| " + " | ".join(str(c) for c in row) + " |" for row in rows)
    return out


def _md_worst(cat: Catalogue, p: Portfolio) -> list[str]:
    """The documents table, worst first."""
    cols = ("rank", "document", "read", "missing", "weak", "unknown", "present", "barriers", "score", "gaps")
    rows = []
    for n, d in enumerate(p.ranked(), 1):
        c = status_counts(d.report)
        found, check = barrier_counts(d.report)
        score, level = d.score()
        read = cat.t("portfolio.read_yes") if d.ok else cat.t("portfolio.read_no", code=(d.report.get("error") or {}).get("code", ""))
        rows.append([n, _md_doc(d), md_cell(read), c["missing"], c["weak"], c["unknown"], c["present"],
                     md_cell(cat.t("portfolio.barrier_cell", found=found, check=check)),
                     md_cell(f"{score} ({level})" if score else "–"), md_cell(", ".join(d.missing_ids()) or "–")])
    return _md_table([cat.t(f"portfolio.col.{c}") for c in cols], rows)


def render_markdown(portfolio: Portfolio, *, lang: str, deterministic: bool = False) -> str:
    """The dashboard as Markdown: the same sections as ``render_html``, without the heat map's colours."""
    cat, p = catalogue(report_language(lang, None)), portfolio
    key = "portfolio.intro_det" if deterministic else "portfolio.intro"
    lines = [f"# {cat.t('portfolio.title', name=p.title)}", "",
             cat.t(key, documents=len(p.documents), pages=p.pages, profile=f"`{p.profile}`",
                   seconds=f"{p.elapsed:.1f}", errors=len(p.errors), skipped=len(p.skipped)), ""]
    totals = p.totals()
    found = sum(barrier_counts(d.report)[0] for d in p.documents)
    lines += [f"## {cat.t('portfolio.counts')}", "",
              "; ".join([f"{cat.status(s)}: {totals[s]}" for s in STATUSES] + [f"{cat.t('portfolio.barriers_found')}: {found}"]), ""]
    lines += [f"## {cat.t('portfolio.worst_first')}", "", *_md_worst(cat, p), ""]
    cov = p.coverage()
    rows = [[f"{md_cell(eid)}" + (f" ({cat.t('portfolio.barrier_row')})" if p.is_adverse(eid) else ""),
             *(cov[eid][s] for s in STATUSES)] for eid in p.element_ids]
    lines += [f"## {cat.t('portfolio.coverage')}", "",
              *_md_table([cat.t("portfolio.col.element"), *(cat.t("portfolio.col." + s) for s in STATUSES)], rows), "",
              cat.t("portfolio.barrier_note"), ""]
    if p.trend:
        rows = [[md_cell(t.run_id), md_cell(t.started), t.documents, t.errors, *(t.counts[s] for s in STATUSES),
                 t.barriers_found] for t in p.trend]
        head = [cat.t("portfolio.col.run"), cat.t("portfolio.col.started"), cat.t("portfolio.col.documents"),
                cat.t("portfolio.col.errors"),
                *(cat.status(s) for s in STATUSES), cat.t("portfolio.col.barriers")]
        lines += [f"## {cat.t('portfolio.trend')}", "", *_md_table(head, rows), ""]
    if p.errors:
        lines += [f"## {cat.t('portfolio.unreadable')}", ""]
        lines += [f"- `{d.rel}`: {md_cell((d.report.get('error') or {}).get('message', ''))}" for d in p.errors]
        lines.append("")
    if p.skipped:
        lines += [f"## {cat.t('portfolio.skipped')}", ""]
        lines += [f"- `{rel}`: {md_cell(reason)}" for rel, reason in p.skipped]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"

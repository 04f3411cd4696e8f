"""One document's report as a single self-contained HTML file.

Format only: everything shown comes from the canonical JSON report dict
(:func:`procheck.report.to_json.render`); nothing is re-decided here. The page has inline CSS and
inline SVG only: no JavaScript, no fonts, images or style sheets by URL, and a Content Security
Policy that forbids any request, so opening a report never reaches the network. Every piece of text
from the document (quotes, sections, reasons, figures) is HTML-escaped: contract text is hostile.

Evidence sits in ``<details open>`` blocks, which ``@media print`` keeps expanded even if the
reader collapsed them. The layout is fluid down to a 375-px phone without horizontal scrolling.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from procheck.i18n import Catalogue, catalogue, report_language
from procheck.report.tally import STATUSES, barrier_counts, status_counts  # noqa: F401 - re-exported
from procheck.report.to_json import relative_path

#: the element whose ``grounds`` are compared with a jurisdiction's list
GROUNDS_ELEMENT = "nondiscrimination.grounds"
#: display tone of a status; barriers (adverse elements) read the other way round
TONE = {"present": "good", "weak": "weak", "missing": "bad", "unknown": "unknown"}
ADVERSE_TONE = {"present": "bad", "weak": "weak", "missing": "good", "unknown": "unknown"}
#: a visible symbol per tone, so that no status is told by colour alone
SYMBOL = {"good": "✓", "weak": "!", "bad": "✗", "unknown": "?"}

#: no request of any kind: styles inline, images only as inline SVG or data: URIs
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
:root{--good:#1a7f37;--good-bg:#dafbe1;--weak:#8a5a00;--weak-bg:#fff3c4;--bad:#c4212b;--bad-bg:#ffe3e1;
--unknown:#57606a;--unknown-bg:#e6eaef;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--accent:#0b5cad}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{position:relative;margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:62rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem;overflow-wrap:anywhere}
h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:0;overflow-wrap:anywhere}
h4{font-size:.95rem;margin:.75rem 0 .25rem}
p,li,dd,blockquote,summary{overflow-wrap:anywhere}
td{overflow-wrap:break-word}
a{color:var(--accent)}
code,.id{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.9em}
.muted{color:var(--muted)}
.small{font-size:.875rem}
.vh{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;min-width:0}
.alert{border-left:4px solid var(--bad);background:var(--bad-bg);padding:.5rem .75rem;margin:.75rem 0}
.note{border-left:4px solid var(--weak);background:var(--weak-bg);padding:.5rem .75rem;margin:.75rem 0}
.badge{display:inline-block;white-space:nowrap;border-radius:999px;padding:.05rem .6rem;font-weight:600;font-size:.85rem;border:1px solid currentColor}
.t-good{color:var(--good);background:var(--good-bg)}
.t-weak{color:var(--weak);background:var(--weak-bg)}
.t-bad{color:var(--bad);background:var(--bad-bg)}
.t-unknown{color:var(--unknown);background:var(--unknown-bg)}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0}
.counts li{border:1px solid var(--line);border-radius:.5rem;padding:.35rem .75rem;min-width:6.5rem}
.counts b{display:block;font-size:1.4rem;line-height:1.2}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none;margin:0}
ol.checklist{list-style:none;padding:0;margin:0}
.el{border:1px solid var(--line);border-left-width:6px;border-radius:.4rem;padding:.6rem .8rem;margin:.6rem 0;break-inside:avoid-page}
.el.k-good{border-left-color:var(--good)}.el.k-weak{border-left-color:var(--weak)}
.el.k-bad{border-left-color:var(--bad)}.el.k-unknown{border-left-color:var(--unknown)}
.el-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .6rem}
.el-head .id{color:var(--muted)}
.sev{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.sev-critical{color:var(--bad);font-weight:700}
dl.figs{display:flex;flex-wrap:wrap;gap:.25rem .5rem;margin:.4rem 0}
dl.figs div{border:1px solid var(--line);border-radius:.3rem;padding:0 .4rem;font-size:.875rem;min-width:0}
dl.figs dt{display:inline;color:var(--muted)}dl.figs dt::after{content:": "}
dl.figs dd{display:inline;margin:0}
details.ev{border:1px solid var(--line);border-radius:.3rem;margin:.4rem 0;background:#f6f8fa}
details.ev>summary{cursor:pointer;padding:.25rem .5rem;font-size:.875rem;color:var(--muted)}
blockquote{margin:0;padding:.4rem .75rem;border-left:3px solid var(--accent);background:#fff;font-style:normal}
.suggest{margin:.5rem 0 0;padding:.4rem .6rem;border:1px dashed var(--good);border-radius:.3rem;background:#f3fbf5}
.suggest blockquote{border-left-color:var(--good);background:transparent;padding-left:.5rem}
.anchor{font-size:.875rem;color:var(--muted)}
.scroll{overflow-x:auto;max-width:100%;position:relative}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.925rem}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}
td.num,th.num{text-align:right;white-space:nowrap}
table.breakdown td:last-child{width:45%}
ul.grounds{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0;margin:.5rem 0}
ul.grounds li{border-radius:.3rem;padding:.05rem .5rem;border:1px solid currentColor;font-size:.875rem}
svg{max-width:100%;height:auto;display:block}
svg.bar{width:100%;height:14px;margin:.3rem 0}
svg.trend{max-width:36rem}
.ladder{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0;margin:.4rem 0}
.ladder li{border:1px solid var(--line);border-radius:.3rem;padding:.05rem .5rem;font-size:.875rem}
.ladder li.here{border:2px solid var(--accent);font-weight:700}
footer{margin:2rem 0 1rem;font-size:.8rem;color:var(--muted)}
@media (max-width:40rem){
 main{padding:.6rem}
 h1{font-size:1.25rem}
 table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
 table.stack thead{display:none}
 table.stack tr{border:1px solid var(--line);border-radius:.3rem;margin:.4rem 0}
 table.stack td{border:0;border-bottom:1px solid var(--line)}
 table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted)}
 table.stack td.num{text-align:left}
}
@media print{
 body{font-size:10.5pt}
 main{max-width:none;padding:0}
 nav.toc{display:none}
 a{color:inherit;text-decoration:none}
 details>summary{list-style:none;cursor:default}
 details>summary::-webkit-details-marker{display:none}
 details::details-content{content-visibility:visible!important;display:block!important;height:auto!important}
 details:not([open])>*{display:block}
 .scroll{overflow:visible}
 .el,.counts li,tr{break-inside:avoid}
 h2{break-after:avoid}
}
"""


# --------------------------------------------------------------------------------------------
# Small shared helpers (the portfolio uses them too)
# --------------------------------------------------------------------------------------------


def esc(value: object) -> str:
    """``value`` as text safe inside HTML elements and quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def tone(status: str, *, adverse: bool = False) -> str:
    """The display tone (good / weak / bad / unknown) of a status."""
    return (ADVERSE_TONE if adverse else TONE).get(status, "unknown")


def badge(cat: Catalogue, status: str, *, adverse: bool = False) -> str:
    """A status badge: symbol plus the translated label, coloured by tone."""
    t = tone(status, adverse=adverse)
    label = cat.status(status, adverse=adverse)
    return (
        f'<span class="badge t-{t}" data-status="{esc(status)}">'
        f'<span aria-hidden="true">{SYMBOL[t]}</span> {esc(label)}</span>'
    )


def page(title: str, body: str, *, lang: str) -> str:
    """The HTML document around ``body``: charset, phone viewport, CSP, inline CSS."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def shown_path(path: str, *, deterministic: bool) -> str:
    """The document path as shown: relative (or the bare name) in deterministic mode."""
    return relative_path(path) if deterministic else path


def ground_label(cat: Catalogue, gid: str) -> str:
    """A protected ground's name in the report language (the id, readable, when untranslated)."""
    key = f"html.ground.{gid}"
    return cat.t(key) if cat.has(key) else gid.replace("_", " ")


def bar_svg(parts: Sequence[tuple[float, str]], *, label: str, width: int = 300, height: int = 14) -> str:
    """A horizontal stacked bar: ``parts`` are (value, tone) pairs; ``label`` is its accessible text."""
    total = sum(v for v, _ in parts) or 1.0
    x = 0.0
    rects = []
    for value, t in parts:
        w = width * value / total
        if w > 0:
            rects.append(f'<rect x="{x:.2f}" y="0" width="{w:.2f}" height="{height}" style="fill:var(--{t})"/>')
        x += w
    return (
        f'<svg class="bar" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{esc(label)}" preserveAspectRatio="none"><title>{esc(label)}</title>'
        f'<rect x="0" y="0" width="{width}" height="{height}" style="fill:var(--unknown-bg)"/>{"".join(rects)}</svg>'
    )


def fmt_number(value: object) -> str:
    """Numbers without a useless ``.0``, thousands grouped with a thin space; others as text."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    if isinstance(value, float):
        return fmt_number(int(value)) if value.is_integer() else f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(fmt_number(v) for v in value)
    return str(value)


# --------------------------------------------------------------------------------------------
# Pieces of one element
# --------------------------------------------------------------------------------------------


def _page_label(cat: Catalogue, ev: Mapping[str, Any]) -> str:
    """Where a quote is: "page 3 · 14.2 Subcontractors" (or "no page numbers")."""
    parts = [cat.t("html.page", page=ev["page"]) if ev.get("page") is not None else cat.t("html.no_page")]
    if ev.get("section"):
        parts.append(str(ev["section"]))
    return " · ".join(parts)


def evidence_block(cat: Catalogue, ev: Mapping[str, Any]) -> str:
    """One quote "in context": an expandable block headed by its page and section."""
    where = _page_label(cat, ev)
    span = cat.t("html.offsets", start=ev.get("start", ""), end=ev.get("end", ""))
    page_attr = "" if ev.get("page") is None else f' data-page="{esc(ev["page"])}"'
    return (
        f'<details class="ev" open{page_attr}><summary>{esc(where)}</summary>'
        f'<blockquote>{esc(ev.get("text", ""))}</blockquote>'
        f'<p class="muted small offsets">{esc(span)}</p></details>'
    )


def figures_block(cat: Catalogue, figures: Mapping[str, Any], *, deterministic: bool) -> str:
    """The numbers read from the evidence, as a small definition list."""
    if not figures:
        return ""
    keys: Iterable[str] = sorted(figures) if deterministic else figures
    items = []
    for k in keys:
        key = f"html.figure.{k}"
        name = cat.t(key) if cat.has(key) else k.replace("_", " ")
        items.append(f"<div><dt>{esc(name)}</dt><dd>{esc(fmt_number(figures[k]))}</dd></div>")
    return f'<dl class="figs" aria-label="{esc(cat.t("html.figures"))}">{"".join(items)}</dl>'


def _suggestion(cat: Catalogue, el: Mapping[str, Any]) -> str:
    """The proposed clause for a gap, or the fix for a barrier found / to check."""
    text = el.get("suggestion")
    adverse = bool(el.get("adverse"))
    wanted = ("present", "weak") if adverse else ("weak", "missing")
    if not text or el.get("status") not in wanted:
        return ""
    head = cat.t("html.fix" if adverse else "html.proposed_clause")
    return f'<div class="suggest"><h4>{esc(head)}</h4><blockquote>{esc(text)}</blockquote></div>'


def element_item(
    cat: Catalogue, el: Mapping[str, Any], *, titles: Mapping[str, str], deterministic: bool
) -> str:
    """One checklist entry: badge, id and title, severity, reason, figures, anchor, evidence, proposal."""
    adverse = bool(el.get("adverse"))
    status = str(el.get("status", "unknown"))
    sev = str(el.get("severity", "major"))
    title = cat.term(titles[el["id"]]) if titles.get(el["id"]) else ""
    head = (
        f'<div class="el-head">{badge(cat, status, adverse=adverse)}'
        f'<h3><span class="id">{esc(el["id"])}</span>{" " + esc(title) if title else ""}</h3>'
        f'<span class="sev sev-{esc(sev)}">{esc(cat.t("severity." + sev))}</span></div>'
    )
    body = [f'<p class="reason">{esc(cat.reason(str(el.get("reason", ""))))}</p>']
    body.append(figures_block(cat, el.get("figures") or {}, deterministic=deterministic))
    if el.get("anchor"):
        body.append(f'<p class="anchor">{esc(cat.t("html.anchor"))}: {esc(cat.term(str(el["anchor"])))}</p>')
    evidence = el.get("evidence") or []
    if evidence:
        body.append(f'<h4>{esc(cat.t("html.evidence", n=len(evidence)))}</h4>')
        body.extend(evidence_block(cat, ev) for ev in evidence)
    body.append(_suggestion(cat, el))
    return (
        f'<li class="el k-{tone(status, adverse=adverse)}" id="el-{esc(el["id"])}" '
        f'data-element="{esc(el["id"])}" data-status="{esc(status)}">{head}{"".join(body)}</li>'
    )


# --------------------------------------------------------------------------------------------
# Sections of the page
# --------------------------------------------------------------------------------------------


def header_section(cat: Catalogue, report: Mapping[str, Any], *, deterministic: bool) -> str:
    """Title, document facts and any error or extraction warning."""
    doc = report.get("document", {})
    path = shown_path(str(doc.get("path", "")), deterministic=deterministic)
    name = PurePath(path).name or path
    lib = report.get("library", {})
    rows = [
        (cat.t("html.path"), f"<code>{esc(path)}</code>"),
        (cat.t("html.format"), esc(doc.get("format", ""))),
        (cat.t("html.language"), esc(doc.get("language", ""))),
        (cat.t("html.pages"), esc("–" if doc.get("pages") is None else doc["pages"])),
        (cat.t("html.profile"), f"<code>{esc(report.get('profile', ''))}</code>"),
        (cat.t("html.library"), esc(f"{lib.get('version', '')} ({lib.get('hash', '')})")),
    ]
    created = (report.get("generator") or {}).get("created")
    if created and not deterministic:
        rows.append((cat.t("html.created"), esc(created)))
    meta = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
    out = [f"<h1>{esc(cat.t('html.title', name=name))}</h1>", f'<dl class="meta">{meta}</dl>']
    err = report.get("error")
    if err:
        out.append(
            f'<div class="alert" role="alert"><strong>{esc(cat.t("html.unreadable"))}</strong> '
            f'<code>{esc(err.get("code", ""))}</code> {esc(err.get("message", ""))}</div>'
        )
    if doc.get("needs_ocr"):
        out.append(f'<div class="note">{esc(cat.t("html.needs_ocr"))}</div>')
    warnings = list(doc.get("warnings") or [])
    if warnings:
        items = "".join(f"<li>{esc(cat.reason(w))}</li>" for w in (sorted(warnings) if deterministic else warnings))
        out.append(f'<div class="note"><strong>{esc(cat.t("html.warnings"))}</strong><ul>{items}</ul></div>')
    return "\n".join(out)


def summary_section(cat: Catalogue, report: Mapping[str, Any]) -> str:
    """Counts per status, barriers found and the diversity score at a glance."""
    counts = status_counts(report)
    cells = [
        f'<li class="t-{tone(s)}" data-count="{s}"><b>{counts[s]}</b>'
        f'<span aria-hidden="true">{SYMBOL[tone(s)]}</span> {esc(cat.status(s))}</li>'
        for s in STATUSES
    ]
    if any(el.get("adverse") for el in report.get("elements", [])):
        found, check = barrier_counts(report)
        cells.append(
            f'<li class="t-{"bad" if found else "good"}" data-count="barriers"><b>{found}</b>'
            f'{esc(cat.t("html.barriers_found", check=check))}</li>'
        )
    score = report.get("diversity_score")
    if score:
        cells.append(
            f'<li data-count="score"><b>{esc(fmt_number(score.get("score")))}</b>'
            f'{esc(cat.t("html.score_level", level=score.get("level", "")))}</li>'
        )
    parts = [cat.status(s) + f" {counts[s]}" for s in STATUSES]
    label = cat.t("html.status_bar") + ": " + ", ".join(parts)
    bar = bar_svg([(counts[s], tone(s)) for s in STATUSES], label=label)
    return (
        f'<section id="summary" aria-labelledby="h-summary"><h2 id="h-summary">{esc(cat.t("html.summary"))}</h2>'
        f'<ul class="counts">{"".join(cells)}</ul>{bar}</section>'
    )


def checklist_section(
    cat: Catalogue, elements: Sequence[Mapping[str, Any]], *, sid: str, heading: str,
    titles: Mapping[str, str], deterministic: bool,
) -> str:
    """A titled list of elements (the clause checklist, or the barriers)."""
    if not elements:
        return ""
    items = "\n".join(element_item(cat, el, titles=titles, deterministic=deterministic) for el in elements)
    return (
        f'<section id="{sid}" aria-labelledby="h-{sid}"><h2 id="h-{sid}">{esc(heading)}</h2>'
        f'<ol class="checklist">\n{items}\n</ol></section>'
    )


def _coverage_one(cat: Catalogue, name: str, expected: Sequence[str], found: set[str]) -> str:
    """Found vs. not-found grounds of one jurisdiction: a bar, then one labelled chip per ground."""
    hit = [g for g in expected if g in found]
    label = cat.t("html.grounds_covered", found=len(hit), total=len(expected), name=name)
    chips = []
    for g in expected:
        ok = g in found
        state = cat.t("html.ground_found" if ok else "html.ground_not_found")
        chips.append(
            f'<li class="t-{"good" if ok else "bad"}" data-ground="{esc(g)}" data-found="{str(ok).lower()}">'
            f'<span aria-hidden="true">{SYMBOL["good" if ok else "bad"]}</span> {esc(ground_label(cat, g))}'
            f'<span class="vh"> ({esc(state)})</span></li>'
        )
    bar = bar_svg([(len(hit), "good"), (len(expected) - len(hit), "bad")], label=label)
    return f'<div class="jur" data-jurisdiction="{esc(name)}"><h3>{esc(label)}</h3>{bar}<ul class="grounds">{"".join(chips)}</ul></div>'


def grounds_section(
    cat: Catalogue, report: Mapping[str, Any], jurisdiction_grounds: Mapping[str, Sequence[str]] | None
) -> str:
    """The grounds named in the obligation against each jurisdiction's list of protected grounds."""
    el = next((e for e in report.get("elements", []) if e.get("id") == GROUNDS_ELEMENT), None)
    if el is None:
        return ""
    found_list = [str(g) for g in el.get("grounds") or []]
    found = set(found_list)
    parts = [f'<h2 id="h-grounds">{esc(cat.t("html.grounds"))}</h2>']
    if el.get("status") == "unknown":
        parts.append(f'<p class="muted">{esc(cat.t("html.grounds_unknown"))}</p>')
    if jurisdiction_grounds:
        listed: set[str] = set()
        for name, expected in jurisdiction_grounds.items():
            parts.append(_coverage_one(cat, name, list(expected), found))
            listed.update(expected)
        extra = [g for g in found_list if g not in listed]
        if extra:
            names = ", ".join(ground_label(cat, g) for g in extra)
            parts.append(f'<p class="extra">{esc(cat.t("html.grounds_extra"))}: {esc(names)}</p>')
    else:
        names = ", ".join(ground_label(cat, g) for g in found_list) or cat.t("html.none")
        parts.append(f'<p>{esc(cat.t("html.grounds_named"))}: {esc(names)}</p>')
    return f'<section id="grounds" aria-labelledby="h-grounds">{"".join(parts)}</section>'


def _breakdown_row(cat: Catalogue, row: Mapping[str, Any], *, deterministic: bool) -> str:
    """One line of the score breakdown, with the quote it rests on."""
    ev = row.get("evidence") or {}
    quote = ""
    if ev:
        where = cat.t("html.page", page=ev["page"]) if ev.get("page") is not None else cat.t("html.no_page")
        quote = f'<span class="muted small">{esc(where)}</span> <q>{esc(ev.get("quote", ""))}</q>'
    penalty = row.get("kind") == "penalty"
    pts = fmt_number(row.get("points", 0))
    mx = "" if penalty else f" / {fmt_number(row.get('max', 0))}"
    figs = figures_block(cat, row.get("figures") or {}, deterministic=deterministic)
    lab = {k: esc(cat.t(f"html.col.{k}")) for k in ("element", "status", "points", "evidence")}
    return (
        f'<tr data-element="{esc(row.get("element", ""))}">'
        f'<td data-label="{lab["element"]}"><code>{esc(row.get("element", ""))}</code>'
        f'<br><span class="small">{esc(cat.term(str(row.get("note", ""))))}</span></td>'
        f'<td data-label="{lab["status"]}">{badge(cat, str(row.get("status", "unknown")), adverse=penalty)}</td>'
        f'<td class="num" data-label="{lab["points"]}">{esc(pts + mx)}</td>'
        f'<td data-label="{lab["evidence"]}">{quote}{figs}</td></tr>'
    )


def score_section(cat: Catalogue, report: Mapping[str, Any], *, deterministic: bool) -> str:
    """The diversity score: value and level on its ladder, what the next level lacks, the breakdown."""
    sc = report.get("diversity_score")
    if not sc:
        return ""
    value = float(sc.get("score") or 0)
    label = cat.t("html.score_of", score=fmt_number(sc.get("score")), level=sc.get("level", ""))
    out = [f'<h2 id="h-score">{esc(cat.t("html.score"))}</h2>',
           f'<p><strong>{esc(label)}</strong> — {esc(sc.get("title", sc.get("profile", "")))}</p>',
           bar_svg([(max(0.0, min(value, 100.0)), "good"), (100 - max(0.0, min(value, 100.0)), "unknown-bg")],
                   label=label)]
    ladder = sc.get("ladder") or []
    if ladder:
        steps = "".join(
            f'<li{" class=here aria-current=true" if lv == sc.get("level") else ""}>{esc(lv)}</li>' for lv in ladder
        )
        out.append(f'<ol class="ladder" aria-label="{esc(cat.t("html.ladder"))}">{steps}</ol>')
    out.append(f'<p class="small">{esc(cat.t("html.score_parts", earned=fmt_number(sc.get("earned", 0)), penalty=fmt_number(sc.get("penalty", 0)), possible=fmt_number(sc.get("possible", 0))))}</p>')
    nxt = sc.get("next")
    if nxt:
        lacking = ", ".join(str(x) for x in nxt.get("lacking") or []) or cat.t("html.none")
        out.append(f'<p class="small">{esc(cat.t("html.score_next", level=nxt.get("level", ""), min=fmt_number(nxt.get("min_score", ""))))}: {esc(lacking)}</p>')
    rows = sc.get("breakdown") or []
    if rows:
        head = "".join(f"<th>{esc(cat.t(f'html.col.{k}'))}</th>" for k in ("element", "status", "points", "evidence"))
        body = "".join(_breakdown_row(cat, r, deterministic=deterministic) for r in rows)
        out.append(f'<div class="scroll"><table class="stack breakdown"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>')
    return f'<section id="score" aria-labelledby="h-score">{"".join(out)}</section>'


def _toc(cat: Catalogue, present: Sequence[tuple[str, str]]) -> str:
    """In-page links to the sections that exist (hidden in print)."""
    links = "".join(f'<li><a href="#{sid}">{esc(text)}</a></li>' for sid, text in present)
    return f'<nav class="toc" aria-label="{esc(cat.t("html.contents"))}"><ul>{links}</ul></nav>'


def render(
    report: Mapping[str, Any],
    *,
    lang: str,
    deterministic: bool = False,
    jurisdiction_grounds: Mapping[str, Sequence[str]] | None = None,
    element_titles: Mapping[str, str] | None = None,
) -> str:
    """The JSON report ``report`` as one self-contained HTML page in language ``lang``.

    ``jurisdiction_grounds`` maps a jurisdiction's name to its canonical ground ids (for the grounds
    coverage); ``element_titles`` maps element ids to their titles. In ``deterministic`` mode the
    page has no timestamp, a relative path and sorted figures and warnings.
    """
    cat = catalogue(report_language(lang, None))
    titles = element_titles or {}
    elements = list(report.get("elements", []))
    clauses = [el for el in elements if not el.get("adverse")]
    barriers = [el for el in elements if el.get("adverse")]
    sections = [
        ("checklist", checklist_section(cat, clauses, sid="checklist", heading=cat.t("html.checklist"),
                                        titles=titles, deterministic=deterministic)),
        ("grounds", grounds_section(cat, report, jurisdiction_grounds)),
        ("barriers", checklist_section(cat, barriers, sid="barriers", heading=cat.t("html.barriers"),
                                       titles=titles, deterministic=deterministic)),
        ("score", score_section(cat, report, deterministic=deterministic)),
    ]
    toc = _toc(cat, [(sid, cat.t(f"html.{sid}")) for sid, html_ in sections if html_])
    gen = report.get("generator") or {}
    footer = f"<footer>{esc(cat.t('html.footer', version=gen.get('version', '')))}</footer>"
    body = "\n".join(
        [header_section(cat, report, deterministic=deterministic), toc, summary_section(cat, report)]
        + [h for _, h in sections if h]
        + [footer]
    )
    doc_path = shown_path(str(report.get("document", {}).get("path", "")), deterministic=deterministic)
    return page(cat.t("html.title", name=PurePath(doc_path).name or doc_path), body, lang=cat.lang)

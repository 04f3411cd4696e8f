"""The HTML report and the portfolio dashboard, without a browser: escaping, no external requests,
languages, structure, the worst-first order and the Markdown twin. Inputs come from the real
pipeline run on the bundled samples."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from procheck.errors import UsageError
from procheck.i18n import catalogue
from procheck.library import load_library
from procheck.pipeline import check_path
from procheck.report import from_json, to_html, to_json
from procheck.report.portfolio import Portfolio, PortfolioDoc, href, render_html, render_markdown
from procheck.scan import ScanItem, barrier_counts, check_many, status_counts

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
NAMES = {
    "en_tender": "en22_itt_website_redesign_barriers.pdf",
    "sv_contract": "sv01_ramavtal_lokalvard_stockholmsklausul.pdf",
    "nl_tender": "nl22_bestek_speelterreinen_percelen.pdf",
    "scanned": "sv15_inskannat_avtal_endast_bilder.pdf",
}
HOSTILE = '<script>alert("x")</script><img src="http://evil.example/x.png">'


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    """JSON reports of four samples, made by the real pipeline."""
    return {k: to_json.render(check_path(str(SAMPLES / n))) for k, n in NAMES.items()}


@pytest.fixture(scope="module")
def grounds() -> dict[str, list[str]]:
    """The canonical grounds of the bundled library, as the lead will pass them."""
    return {"canonical": list(load_library().ground_order)}


class Tags(HTMLParser):
    """Collect start tags with their attributes and the text of the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def with_class(self, tag: str, cls: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and cls in a.get("class", "").split()]


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    return p


def external_refs(page: str) -> list[str]:
    """Anything that would make a browser fetch: scripts, remote src/href, CSS url() and @import."""
    pats = [r"<script", r"""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:|//|ftp:)""",
            r"url\(", r"@import", r"<link\b", r"<iframe", r"<object", r"<embed"]
    return [m.group(0) for p in pats for m in re.finditer(p, page, re.I)]


# --- one document ---------------------------------------------------------------------------


def _inject(report: dict[str, Any], where: str) -> dict[str, Any]:
    """A copy of ``report`` with hostile text put into one field."""
    r = copy.deepcopy(report)
    el = next(e for e in r["elements"] if e["evidence"])
    if where == "evidence":
        el["evidence"][0]["text"] = HOSTILE
    elif where == "section":
        el["evidence"][0]["section"] = HOSTILE
    elif where == "reason":
        el["reason"] = HOSTILE
    elif where == "suggestion":
        gap = next(e for e in r["elements"] if e["status"] == "missing" and e.get("suggestion"))
        gap["suggestion"] = HOSTILE
    elif where == "anchor":
        el["anchor"] = HOSTILE
    elif where == "figures":
        el["figures"] = {"names": [HOSTILE]}
    elif where == "path":
        r["document"]["path"] = f"dir/{HOSTILE}.pdf"
    elif where == "warning":
        r["document"]["warnings"] = [HOSTILE]
    elif where == "error":
        r["error"] = {"code": "E104", "message": HOSTILE}
    elif where == "ground":
        g = next(e for e in r["elements"] if e["id"] == to_html.GROUNDS_ELEMENT)
        g["grounds"] = [HOSTILE]
    elif where == "score_quote":
        r["diversity_score"]["breakdown"][0]["evidence"]["quote"] = HOSTILE
    return r


@pytest.mark.parametrize(
    "where",
    ["evidence", "section", "reason", "suggestion", "anchor", "figures", "path", "warning", "error",
     "ground", "score_quote"],
)
def test_to_html_escapes_hostile_text(reports: dict[str, dict[str, Any]], where: str) -> None:
    r = _inject(reports["en_tender"], where)
    page = to_html.render(r, lang="en")
    assert "<script" not in page.lower()
    assert "evil.example" not in "".join(a.get("src", "") for _, a in parse(page).tags)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert external_refs(page) == []


@pytest.mark.parametrize("key", list(NAMES))
@pytest.mark.parametrize("lang", ["en", "sv", "nl"])
def test_to_html_makes_no_external_reference(
    reports: dict[str, dict[str, Any]], grounds: dict[str, list[str]], key: str, lang: str
) -> None:
    page = to_html.render(reports[key], lang=lang, jurisdiction_grounds=grounds)
    assert external_refs(page) == []
    assert "default-src 'none'" in page  # the CSP forbids any request
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page


@pytest.mark.parametrize(
    ("lang", "headings"),
    [
        ("en", ["Summary", "Checklist", "Protected grounds", "Hidden barriers", "Diversity score"]),
        ("sv", ["Sammanfattning", "Checklista", "Diskrimineringsgrunder", "Dolda hinder", "Mångfaldspoäng"]),
        ("nl", ["Samenvatting", "Checklist", "Beschermde gronden", "Verborgen drempels", "Diversiteitsscore"]),
    ],
)
def test_to_html_headings_follow_language(reports: dict[str, dict[str, Any]], lang: str, headings: list[str]) -> None:
    page = to_html.render(reports["en_tender"], lang=lang)
    found = re.findall(r"<h2[^>]*>(.*?)</h2>", page)
    assert found == headings
    assert f'<html lang="{lang}">' in page
    missing_label = catalogue(lang).status("missing")
    assert f"</span> {missing_label}</span>" in page


@pytest.mark.parametrize("key", ["en_tender", "sv_contract", "nl_tender"])
def test_to_html_checklist_mirrors_json(reports: dict[str, dict[str, Any]], key: str) -> None:
    r = reports[key]
    page = to_html.render(r, lang="en")
    tags = parse(page)
    items = tags.with_class("li", "el")
    assert [(a["data-element"], a["data-status"]) for a in items] == [(e["id"], e["status"]) for e in r["elements"]]
    # every quote with its page: one open <details> per evidence item
    evidence = [ev for e in r["elements"] for ev in e["evidence"]]
    details = tags.with_class("details", "ev")
    assert len(details) == len(evidence) and all("open" in d for d in details)
    assert [d.get("data-page") for d in details] == [str(ev["page"]) for ev in evidence]
    text = "".join(tags.text)
    for ev in evidence:
        assert ev["text"] in text
        if ev.get("section"):
            assert ev["section"] in text
    # a proposal for every gap that has one, none for present elements
    gaps = [e for e in r["elements"] if not e.get("adverse") and e["status"] in ("weak", "missing") and e.get("suggestion")]
    found_barriers = [e for e in r["elements"] if e.get("adverse") and e["status"] in ("present", "weak") and e.get("suggestion")]
    assert len(tags.with_class("div", "suggest")) == len(gaps) + len(found_barriers)


def test_to_html_barriers_and_score(reports: dict[str, dict[str, Any]]) -> None:
    r = reports["en_tender"]
    page = to_html.render(r, lang="en")
    barriers_part = page.split('id="barriers"', 1)[1].split("</section>", 1)[0]
    found = re.findall(r'data-element="(barrier\.[a-z_]+)" data-status="present"', barriers_part)
    assert sorted(found) == r["barriers"]["found"]
    assert barriers_part.count("barrier found") >= len(found)
    for el in r["elements"]:
        if el.get("anchor"):
            assert to_html.esc(el["anchor"]) in page
    score = r["diversity_score"]
    score_part = page.split('id="score"', 1)[1]
    rows = re.findall(r'<tr data-element="([^"]+)">', score_part)
    assert rows == [b["element"] for b in score["breakdown"]]
    assert f"{to_html.fmt_number(score['score'])} of 100, level {score['level']}" in score_part


@pytest.mark.parametrize(
    ("found", "expected", "hit"),
    [
        (["sex", "age"], ["sex", "race", "age", "disability"], 2),
        ([], ["sex", "race"], 0),
        (["religion"], ["religion"], 1),
    ],
)
def test_to_html_grounds_coverage_against_jurisdiction(
    reports: dict[str, dict[str, Any]], found: list[str], expected: list[str], hit: int
) -> None:
    r = copy.deepcopy(reports["sv_contract"])
    next(e for e in r["elements"] if e["id"] == to_html.GROUNDS_ELEMENT)["grounds"] = found
    page = to_html.render(r, lang="en", jurisdiction_grounds={"Testland": expected})
    chips = [a for t, a in parse(page).tags if t == "li" and "data-ground" in a]
    assert [c["data-ground"] for c in chips] == expected
    assert sum(c["data-found"] == "true" for c in chips) == hit
    assert f"Testland: {hit} of {len(expected)} grounds named" in page


def test_to_html_grounds_of_real_sample(reports: dict[str, dict[str, Any]], grounds: dict[str, list[str]]) -> None:
    r = reports["nl_tender"]
    named = next(e for e in r["elements"] if e["id"] == to_html.GROUNDS_ELEMENT)["grounds"]
    assert named  # the Ghent-style tender lists many grounds
    page = to_html.render(r, lang="nl", jurisdiction_grounds=grounds)
    chips = {a["data-ground"]: a["data-found"] for t, a in parse(page).tags if t == "li" and "data-ground" in a}
    assert {g for g, f in chips.items() if f == "true"} == set(named)
    assert set(chips) == set(grounds["canonical"])


def test_to_html_deterministic_has_no_timestamp_and_relative_path(reports: dict[str, dict[str, Any]]) -> None:
    r = copy.deepcopy(reports["en_tender"])
    r["document"]["path"] = str(ROOT / "samples" / NAMES["en_tender"])
    r["generator"]["created"] = "2031-05-06T07:08:09Z"
    det = to_html.render(r, lang="en", deterministic=True)
    assert det == to_html.render(r, lang="en", deterministic=True)
    assert "2031-05-06" not in det and str(ROOT) not in det
    live = to_html.render(r, lang="en")
    assert "2031-05-06T07:08:09Z" in live and str(ROOT) in live


def test_to_html_unreadable_document_says_so(reports: dict[str, dict[str, Any]]) -> None:
    r = reports["scanned"]
    page = to_html.render(r, lang="sv")
    statuses = {a["data-status"] for a in parse(page).with_class("li", "el")}
    assert statuses == {"unknown"}
    assert catalogue("sv").t("html.needs_ocr") in page


# --- the portfolio ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The JSON report of a file the real scan machinery could not read."""
    path = tmp_path_factory.mktemp("broken") / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a PDF\n")
    [(_, report)] = list(check_many([path], jobs=0))
    return to_json.render(report)


@pytest.fixture(scope="module")
def portfolio(reports: dict[str, dict[str, Any]], broken: dict[str, Any]) -> Portfolio:
    entries: list[tuple[str, dict[str, Any], str | None, str | None]] = [
        (NAMES[k], r, f"{NAMES[k]}.html", f"{NAMES[k]}.md") for k, r in reports.items()
    ]
    entries.append(("sub/broken.pdf", broken, None, None))
    trend = [
        {"run_id": "r1", "started": "2024-01-02T03:04:05Z", "documents": 4,
         "counts": {"present": 20, "weak": 9, "missing": 40, "unknown": 21}, "barriers_found": 9},
        {"run_id": "r2", "started": "2024-02-02T03:04:05Z", "documents": 5,
         "counts": {"present": 21, "weak": 11, "missing": 31, "unknown": 42}, "barriers_found": 7},
    ]
    return Portfolio.build(entries, profile="full", elapsed=12.34, title="samples",
                           skipped=[("photo.png", "an image, not a document")], trend=trend)


def test_portfolio_ranks_like_scan(portfolio: Portfolio) -> None:
    items = [ScanItem(rel=d.rel, report=from_json.load(dict(d.report))) for d in portfolio.documents]
    def badness(i: ScanItem) -> tuple[int, int, int, int, int]:  # the scan's worst-first order, written out
        c = status_counts(i.report)
        critical = sum(1 for el in i.report.elements if el.status == "missing" and el.severity == "critical")
        return (0 if i.ok else 1, critical, c["missing"] + barrier_counts(i.report)[0], c["unknown"], c["weak"])

    expected = [i.rel for i in sorted(sorted(items, key=lambda i: i.rel), key=badness, reverse=True)]
    assert [d.rel for d in portfolio.ranked()] == expected
    assert expected[0] == "sub/broken.pdf"  # unreadable first


def test_portfolio_markdown_keeps_the_summary_sections(portfolio: Portfolio) -> None:
    md = render_markdown(portfolio, lang="en")
    assert md.startswith("# procheck scan: samples\n")
    rows = [ln for ln in md.splitlines() if re.match(r"\| \d+ \|", ln)]
    assert [r.split("|")[2].strip() for r in rows][0] == "sub/broken.pdf"
    assert "no: E104" in rows[0]
    assert f"[{NAMES['en_tender']}]({href(NAMES['en_tender'] + '.md')})" in md
    for head in ("## Documents, worst first", "## Elements across the portfolio", "## Trend between runs",
                 "## Documents that could not be read", "## Skipped files"):
        assert head in md
    assert "- `photo.png`: an image, not a document" in md
    cov = {ln.split("|")[1].strip(): ln for ln in md.splitlines() if ln.startswith("| nondiscrimination.obligation")}
    counts = portfolio.coverage()["nondiscrimination.obligation"]
    assert cov["nondiscrimination.obligation"].replace(" ", "") == (
        "|nondiscrimination.obligation|" + "|".join(str(counts[s]) for s in to_html.STATUSES) + "|"
    )
    assert "12.3 s" in md and "12.3 s" not in render_markdown(portfolio, lang="en", deterministic=True)


@pytest.mark.parametrize(("lang", "title"), [("en", "procheck scan"), ("sv", "procheck-genomgång"), ("nl", "procheck-scan")])
def test_portfolio_html_structure(portfolio: Portfolio, lang: str, title: str) -> None:
    page = render_html(portfolio, lang=lang)
    assert external_refs(page) == []
    tags = parse(page)
    cells = [a for t, a in tags.tags if t == "td" and "hm" in a.get("class", "").split()]
    assert len(cells) == len(portfolio.documents) * len(portfolio.element_ids)
    cat = catalogue(lang)
    for c in cells:  # a text label in every cell, not colour alone
        if "data-status" in c:
            el = next(e for d in portfolio.documents for e in d.elements if e["id"] == c["data-element"])
            assert c["title"] == f'{c["data-element"]}: {cat.status(c["data-status"], adverse=bool(el.get("adverse")))}'
    order = [a["data-doc"] for t, a in tags.tags if t == "tr" and "data-doc" in a and "heat" not in a]
    ranked = [d.rel for d in portfolio.ranked()]
    assert order[: len(ranked)] == ranked  # heat-map rows worst first
    assert f"<h1>{title}: samples</h1>" in page
    assert "<polyline" in page and page.count("<circle") == len(portfolio.trend)
    assert 'href="en22_itt_website_redesign_barriers.pdf.html"' in page


def test_portfolio_escapes_hostile_names(reports: dict[str, dict[str, Any]]) -> None:
    name = 'x|y<script>.pdf'
    p = Portfolio.build([(name, reports["en_tender"], "javascript:alert(1)", "//evil.example/a")],
                        profile="full", skipped=[("<b>bad</b>.png", "image <i>")])
    page = render_html(p, lang="en")
    assert "<script" not in page.lower() and "<b>bad" not in page
    links = [a["href"] for _, a in parse(page).tags if "href" in a and not a["href"].startswith("#")]
    assert set(links) == {"javascript%3Aalert%281%29"}  # a relative file name, never a scheme or a host
    assert all(urlsplit(h).scheme == "" and urlsplit(h).netloc == "" for h in links)
    md = render_markdown(p, lang="en")
    assert "x\\|y<script>.pdf" in md and "](//" not in md


@pytest.mark.parametrize(
    "entry",
    [
        {"started": "2024-01-01", "documents": 1, "counts": {}, "barriers_found": 0},
        {"run_id": 1, "started": "2024-01-01", "documents": 1, "counts": [1, 2], "barriers_found": 0},
        {"run_id": 1, "started": "2024-01-01", "documents": 1, "present": 1, "weak": 0, "missing": 2,
         "barriers_found": 0},
    ],
)
def test_portfolio_rejects_bad_trend(reports: dict[str, dict[str, Any]], entry: dict[str, Any]) -> None:
    with pytest.raises(UsageError) as e:
        Portfolio.build([("a.pdf", reports["en_tender"], None)], profile="full", trend=[entry])
    assert e.value.code == "E500" and "trend entry 0" in str(e.value)


def test_portfolio_entry_shapes(reports: dict[str, dict[str, Any]]) -> None:
    p = Portfolio.build([("b.pdf", reports["en_tender"], None), ("a.pdf", reports["sv_contract"], "a.html", "a.md")],
                        profile="full")
    assert [d.rel for d in p.documents] == ["a.pdf", "b.pdf"]
    assert p.documents[0] == PortfolioDoc("a.pdf", reports["sv_contract"], "a.html", "a.md")
    assert p.element_ids == tuple(e["id"] for e in reports["en_tender"]["elements"])
    with pytest.raises(UsageError):
        Portfolio.build([("a.pdf", reports["en_tender"])], profile="full")


def test_portfolio_json_round_trip_renders_the_same(portfolio: Portfolio) -> None:
    docs = [(d.rel, json.loads(json.dumps(d.report)), d.html_link, d.md_link) for d in portfolio.documents]
    again = Portfolio.build(docs, profile=portfolio.profile, elapsed=portfolio.elapsed, title=portfolio.title,
                            skipped=portfolio.skipped,
                            trend=[t.__dict__ for t in portfolio.trend])
    assert render_html(again, lang="en") == render_html(portfolio, lang="en")


def test_portfolio_trend_from_the_results_store(tmp_path: Path, reports: dict[str, dict[str, Any]]) -> None:
    from procheck.store import open_store

    store = open_store(tmp_path / "runs.db")
    try:
        for n, keys in enumerate([["en_tender"], ["en_tender", "nl_tender"]], 1):
            run, _ = store.start_run(root="folder", profile="full", score_profile="", library_version="v",
                                     library_hash="h", model_version="m", procheck_version="p", engine="pool",
                                     options={}, key=f"k{n}", resume=False)
            for k in keys:
                r = reports[k]
                store.record(run.id, NAMES[k], r, sha=r["document"]["sha256"], key=f"k{n}", size=None)
            store.finish_run(run.id, state="done")
        trend = store.trend("folder")
    finally:
        store.close()
    p = Portfolio.build([("a.pdf", reports["en_tender"], None)], profile="full", trend=trend)
    assert [t.documents for t in p.trend] == [1, 2]
    both = [to_html.status_counts(reports[k]) for k in ("en_tender", "nl_tender")]
    assert p.trend[1].counts == {s: both[0][s] + both[1][s] for s in to_html.STATUSES}
    assert p.trend[1].barriers_found == sum(to_html.barrier_counts(reports[k])[0] for k in ("en_tender", "nl_tender"))
    md = render_markdown(p, lang="en")
    table = md.split("## Trend between runs", 1)[1]
    assert len([ln for ln in table.splitlines() if ln.startswith("| ") and ln[2].isdigit()]) == 2


@pytest.mark.parametrize("lang", ["xx", "de", "sv-SE"])
def test_to_html_unknown_language_is_e500(reports: dict[str, dict[str, Any]], portfolio: Portfolio, lang: str) -> None:
    for make in (lambda: to_html.render(reports["en_tender"], lang=lang),
                 lambda: render_html(portfolio, lang=lang), lambda: render_markdown(portfolio, lang=lang)):
        with pytest.raises(UsageError) as e:
            make()
        assert e.value.code == "E500" and "--lang" in str(e.value)

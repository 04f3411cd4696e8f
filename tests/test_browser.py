"""The HTML report and the dashboard in a real browser: headless Chromium driven by Playwright.

The pages are built by the real pipeline from the bundled samples and opened from disk. The tests
check what a reader sees (badges, quotes, pages, heat-map cells), that nothing is fetched from the
network, that a 375-px phone needs no horizontal scrolling, that print shows every quote expanded,
and that the page works with JavaScript switched off. A screenshot of each page is written to
``$PROCHECK_SCREENSHOTS`` (default: a pytest temporary folder) for CI to keep.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Request, Route, sync_playwright

from procheck.i18n import catalogue
from procheck.library import load_library
from procheck.pipeline import check_path
from procheck.report import to_html, to_json
from procheck.report.portfolio import Portfolio, render_html

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
DOCS = [
    "en22_itt_website_redesign_barriers.pdf",
    "sv21_forfragningsunderlag_lokalvard_sociala_krav.pdf",
    "nl01_overeenkomst_schoonmaak_nondiscriminatie.pdf",
    "sv15_inskannat_avtal_endast_bilder.pdf",
]
MAIN = DOCS[0]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Per-document HTML reports and the dashboard, written to a folder."""
    out = tmp_path_factory.mktemp("site")
    lib = load_library()
    titles = {eid: el.spec.title for eid, el in lib.elements.items()}
    reports: dict[str, dict[str, Any]] = {}
    entries = []
    for name in DOCS:
        report = to_json.render(check_path(str(SAMPLES / name)), deterministic=True)
        reports[name] = report
        lang = report["document"]["language"] if report["document"]["language"] in ("en", "sv", "nl") else "en"
        page = to_html.render(report, lang=lang, jurisdiction_grounds={"canonical": lib.ground_order},
                              element_titles=titles)
        (out / f"{name}.html").write_text(page, encoding="utf-8")
        entries.append((name, report, f"{name}.html"))
    trend = [{"run_id": f"run {i}", "started": f"2024-0{i}-01T08:00:00Z", "documents": 4,
              "counts": {"present": 20 + i, "weak": 10, "missing": 40 - i, "unknown": 14}, "barriers_found": 9 - i}
             for i in range(1, 4)]
    portfolio = Portfolio.build(entries, profile="full", elapsed=4.2, title="samples", trend=trend,
                                skipped=[("scan.tiff", "an image, not a document")])
    (out / "index.html").write_text(render_html(portfolio, lang="en"), encoding="utf-8")
    return {"out": out, "reports": reports, "portfolio": portfolio}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: ``$PROCHECK_SCREENSHOTS`` or a temporary folder."""
    env = os.environ.get("PROCHECK_SCREENSHOTS")
    path = Path(env) if env else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def open_page(browser: Browser, path: Path, *, width: int = 1024, js: bool = True) -> tuple[Page, list[str]]:
    """Open a file in a fresh context; every request the page makes is recorded (and any but the file
    itself is refused)."""
    ctx = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=js)
    page = ctx.new_page()
    requests: list[str] = []
    url = path.as_uri()

    def guard(route: Route, request: Request) -> None:
        if request.url == url:
            route.continue_()
        else:
            route.abort()

    page.on("request", lambda r: requests.append(r.url))
    page.route("**/*", guard)
    page.goto(url)
    return page, requests


@pytest.mark.parametrize("name", [f"{MAIN}.html", "index.html"])
def test_browser_page_makes_no_network_request(browser: Browser, site: dict[str, Any], name: str) -> None:
    path = site["out"] / name
    page, requests = open_page(browser, path)
    page.wait_for_load_state("networkidle")
    assert requests == [path.as_uri()]
    page.context.close()


def test_browser_report_shows_badges_evidence_and_pages(browser: Browser, site: dict[str, Any], shots: Path) -> None:
    report = site["reports"][MAIN]
    page, _ = open_page(browser, site["out"] / f"{MAIN}.html")
    cat = catalogue("en")
    for el in report["elements"]:
        item = page.locator(f'li.el[data-element="{el["id"]}"]')
        badge = item.locator(".el-head .badge")
        assert badge.inner_text().strip().endswith(cat.status(el["status"], adverse=bool(el.get("adverse"))))
        quotes = item.locator("details.ev blockquote")
        assert quotes.count() == len(el["evidence"])
        for i, ev in enumerate(el["evidence"]):
            assert quotes.nth(i).is_visible()
            assert " ".join(quotes.nth(i).inner_text().split()) == " ".join(ev["text"].split())
            summary = item.locator("details.ev > summary").nth(i).inner_text()
            assert f"page {ev['page']}" in summary
            if ev.get("section"):
                assert ev["section"] in summary
    page.screenshot(path=str(shots / "report-desktop.png"), full_page=True)
    assert (shots / "report-desktop.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.context.close()


def test_browser_dashboard_heat_map_cells(browser: Browser, site: dict[str, Any], shots: Path) -> None:
    portfolio: Portfolio = site["portfolio"]
    page, _ = open_page(browser, site["out"] / "index.html")
    cells = page.locator("table.heat td.hm")
    assert cells.count() == len(portfolio.documents) * len(portfolio.element_ids)
    rows = page.locator("table.heat tbody tr")
    assert [rows.nth(i).get_attribute("data-doc") for i in range(rows.count())] == [d.rel for d in portfolio.ranked()]
    worst = portfolio.ranked()[0]
    cat = catalogue("en")
    for el in worst.elements:
        cell = page.locator(f'table.heat tr[data-doc="{worst.rel}"] td[data-element="{el["id"]}"]')
        label = cat.status(el["status"], adverse=bool(el.get("adverse")))
        assert cell.get_attribute("title") == f"{el['id']}: {label}"
        assert cell.inner_text().strip()  # a visible symbol, not colour alone
    colour = {t: page.locator(f"table.heat td.hm.t-{t}").first.evaluate("e => getComputedStyle(e).backgroundColor")
              for t in ("good", "bad")}
    assert colour["good"] != colour["bad"]
    link = page.locator(f'table.heat th.doc a[href="{worst.rel}.html"]')
    assert link.count() == 1
    assert page.locator("svg.trend circle").count() == len(portfolio.trend)
    page.screenshot(path=str(shots / "dashboard-desktop.png"), full_page=True)
    page.context.close()


@pytest.mark.parametrize("name", [f"{MAIN}.html", "index.html", f"{DOCS[1]}.html"])
def test_browser_fits_a_phone(browser: Browser, site: dict[str, Any], shots: Path, name: str) -> None:
    page, _ = open_page(browser, site["out"] / name, width=375)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{name} is {width}px wide on a 375-px phone"
    assert page.evaluate("document.body.scrollWidth") <= 375
    page.screenshot(path=str(shots / f"phone-{name}.png"), full_page=False)
    page.context.close()


def test_browser_print_shows_evidence_expanded(browser: Browser, site: dict[str, Any], shots: Path) -> None:
    page, _ = open_page(browser, site["out"] / f"{MAIN}.html")
    quote = page.locator("details.ev blockquote").first
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = false; })")
    assert not quote.is_visible()  # the reader collapsed it on screen …
    page.emulate_media(media="print")
    assert quote.is_visible()  # … and print still shows it
    hidden = page.evaluate(
        "[...document.querySelectorAll('details.ev blockquote')].filter(b => b.getBoundingClientRect().height === 0).length"
    )
    assert hidden == 0
    assert not page.locator("nav.toc").is_visible()
    page.screenshot(path=str(shots / "report-print.png"), full_page=True)
    page.context.close()


def test_browser_works_without_javascript(browser: Browser, site: dict[str, Any]) -> None:
    report = site["reports"][MAIN]
    page, _ = open_page(browser, site["out"] / f"{MAIN}.html", js=False)
    assert page.locator("li.el").count() == len(report["elements"])
    first_quote = next(ev["text"] for el in report["elements"] for ev in el["evidence"])
    assert page.get_by_text(first_quote[:40]).first.is_visible()
    chips = page.locator("ul.grounds li")
    assert chips.count() == len(load_library().ground_order)
    page.context.close()

"""Golden files: whole reports of a few samples, compared byte for byte.

For two samples per language (a contract and a tender) the test checks the deterministic JSON
report, the Markdown report in the document's language and in English, and the terminal summary in
the document's language against the files in ``tests/golden/``. Any difference fails the test and
prints a unified diff.

After an intended change of the output, regenerate the files and review the diff before committing:

    PROCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

The deterministic output has no timestamp and no absolute path (the document path is made relative
to the repository root), so the files are the same on every machine. The clause library's hash is
written as ``<library-hash>`` (any edit of a clause file changes it; the outputs are what matter). The
procheck and clause-library version numbers stay, so a version bump means regenerating the files.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from procheck.pipeline import check_path
from procheck.records import Report
from procheck.report import to_json, to_markdown, to_text
from procheck.report.to_json import relative_path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("PROCHECK_UPDATE_GOLDEN") == "1"

SAMPLES = [
    "sv01_ramavtal_lokalvard_stockholmsklausul.pdf",
    "sv21_forfragningsunderlag_lokalvard_sociala_krav.pdf",
    "en01_cleaning_services_contract_antidiscrimination.pdf",
    "en22_itt_website_redesign_barriers.pdf",
    "nl01_overeenkomst_schoonmaak_nondiscriminatie.pdf",
    "nl21_aanbestedingsleidraad_klantportaal_social_return.docx",
]
#: output name → how to render it (the document's language is the report's)
OUTPUTS = {
    "json": lambda r: to_json.dumps(r, deterministic=True, base=ROOT),
    "md": lambda r: to_markdown.render(r, lang=r.language),
    "en.md": lambda r: to_markdown.render(r, lang="en"),
    "txt": lambda r: to_text.render(r, lang=r.language),
    "html": lambda r: _html(r),
}


def _html(report: Report) -> str:
    from procheck.library import load_library
    from procheck.report import to_html
    from procheck.scan import html_context

    ctx = html_context(load_library(), report.profile, report.language)
    page = to_html.render(to_json.render(report, deterministic=True, base=ROOT), lang=report.language,
                          deterministic=True, **ctx)
    assert page.count(to_html.CSS) == 1, "the shared style sheet is inlined once"
    return page.replace(to_html.CSS, CSS_MARKER)  # compared once, in report.css, not in every page


CSS_MARKER = "/* the style sheet: tests/golden/report.css */"


@cache
def _report(name: str) -> Report:
    report = check_path(ROOT / "samples" / name)
    return replace(report, path=relative_path(report.path, ROOT), library_hash="<library-hash>")


def _compare(path: Path, actual: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"{path.name} is missing: run with PROCHECK_UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"golden/{path.name}", tofile="actual", n=2))
        pytest.fail(f"{path.name} differs from the golden file (PROCHECK_UPDATE_GOLDEN=1 regenerates it):\n{diff}")


def test_golden_style_sheet_matches() -> None:
    from procheck.report import to_html

    _compare(GOLDEN / "report.css", to_html.CSS)


@pytest.mark.parametrize("kind", list(OUTPUTS))
@pytest.mark.parametrize("name", SAMPLES)
def test_golden_output_matches(name: str, kind: str) -> None:
    actual = OUTPUTS[kind](_report(name))
    _compare(GOLDEN / f"{name}.{kind}", actual)


@pytest.mark.parametrize("name", SAMPLES)
def test_golden_output_is_machine_independent(name: str) -> None:
    data = OUTPUTS["json"](_report(name))
    assert '"created":' not in data and '"timings":' not in data
    for text in (data, OUTPUTS["md"](_report(name)), OUTPUTS["txt"](_report(name))):
        assert str(ROOT) not in text and f"samples/{name}" in text


@pytest.mark.parametrize("name", SAMPLES)
def test_golden_report_is_in_document_language(name: str) -> None:
    report = _report(name)
    assert report.language == name[:2]
    heading = {"sv": "## Sammanfattning", "nl": "## Samenvatting", "en": "## Summary"}[report.language]
    assert heading in OUTPUTS["md"](report)

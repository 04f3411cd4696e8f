"""The commands around batch work, through the real CLI and the real pipeline: scan with the store,
runs list|show, report --run, annotate, and --lang."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from procheck.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOCS = ["en01_cleaning_services_contract_antidiscrimination.pdf", "nl03_overeenkomst_wmo_gelijke_behandeling.docx",
        "sv01_ramavtal_lokalvard_stockholmsklausul.pdf"]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, str]:
    """A folder scanned twice through the CLI; (folder, out, first stdout, second stdout)."""
    base = tmp_path_factory.mktemp("batch")
    folder = base / "in"
    folder.mkdir()
    for name in DOCS:
        shutil.copy2(SAMPLES / name, folder / name)
    out = base / "out"
    runner = CliRunner()
    first = runner.invoke(cli, ["scan", str(folder), "--out", str(out), "--jobs", "0", "--no-fail"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, ["scan", str(folder), "--out", str(out), "--jobs", "0", "--no-fail"])
    assert second.exit_code == 0, second.output
    return folder, out, first.output, second.output


def test_cli_batch_scan_uses_a_store_in_out_by_default(scanned: tuple[Path, Path, str, str]) -> None:
    _, out, first, second = scanned
    assert (out / "procheck.db").is_file()
    assert "run 1 in sqlite:///" in first and "3 checked, 0 unchanged" in first
    assert "run 2 in sqlite:///" in second and "0 checked, 3 unchanged" in second


def test_cli_batch_runs_list_and_show(scanned: tuple[Path, Path, str, str]) -> None:
    _, out, _, _ = scanned
    db = str(out / "procheck.db")
    listed = CliRunner().invoke(cli, ["runs", "list", "--db", db])
    assert listed.exit_code == 0, listed.output
    lines = [ln.split() for ln in listed.output.splitlines()[1:]]
    assert [ln[0] for ln in lines] == ["2", "1"]  # newest first
    assert all(ln[2] == "done" and ln[3] == "3" for ln in lines)
    shown = CliRunner().invoke(cli, ["runs", "show", "2", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "3 (0 checked, 3 reused)" in shown.output
    missing = CliRunner().invoke(cli, ["runs", "show", "99", "--db", db])
    assert missing.exit_code == 2 and "E400" in missing.output


def test_cli_batch_report_rebuilds_the_run(scanned: tuple[Path, Path, str, str], tmp_path: Path) -> None:
    _, out, _, _ = scanned
    res = CliRunner().invoke(cli, ["report", "--run", "1", "--db", str(out / "procheck.db"), "--out", str(tmp_path / "r")])
    assert res.exit_code == 0, res.output
    for name in DOCS:
        assert json.loads((tmp_path / "r" / f"{name}.json").read_text()) == json.loads((out / f"{name}.json").read_text())
    assert (tmp_path / "r" / "summary.csv").read_text(encoding="utf-8-sig") == \
        (out / "summary.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(("lang", "word"), [("sv", "Saknas"), ("nl", "Ontbreekt"), ("en", "Missing")])
def test_cli_batch_check_lang(lang: str, word: str) -> None:
    res = CliRunner().invoke(cli, ["check", str(SAMPLES / DOCS[0]), "--format", "markdown", "--lang", lang,
                                   "--no-fail"])
    assert res.exit_code == 0, res.output
    assert word.lower() in res.output.lower()


def test_cli_batch_check_follows_the_document_language() -> None:
    sv = CliRunner().invoke(cli, ["check", str(SAMPLES / DOCS[2]), "--format", "markdown", "--no-fail"])
    en = CliRunner().invoke(cli, ["check", str(SAMPLES / DOCS[2]), "--format", "markdown", "--no-fail",
                                  "--lang", "en"])
    assert sv.exit_code == en.exit_code == 0
    assert sv.output != en.output and "saknas" in sv.output.lower()


def test_cli_batch_annotate_docx_and_pdf(tmp_path: Path) -> None:
    import docx

    out = tmp_path / "reviewed.docx"
    res = CliRunner().invoke(cli, ["annotate", str(SAMPLES / DOCS[1]), "--out", str(out), "--suggest", "tracked"])
    assert res.exit_code == 0, res.output
    comments = list(docx.Document(str(out)).comments)
    assert comments and all(c.author == "procheck" for c in comments)
    assert f"{len(comments)} comments" in res.output
    memo = tmp_path / "memo.docx"
    res = CliRunner().invoke(cli, ["annotate", str(SAMPLES / DOCS[0]), "--out", str(memo)])
    assert res.exit_code == 0, res.output
    assert "review memo" in res.output and memo.is_file()
    assert any("nondiscrimination" in p.text for p in docx.Document(str(memo)).paragraphs) or \
        any("nondiscrimination" in c.text for t in docx.Document(str(memo)).tables for r in t.rows for c in r.cells)


def test_cli_batch_check_html_is_self_contained() -> None:
    res = CliRunner().invoke(cli, ["check", str(SAMPLES / DOCS[2]), "--format", "html", "--no-fail"])
    assert res.exit_code == 0, res.output
    page = res.output
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "<script" not in page.lower() and "http://" not in page and "https://" not in page
    assert "Diskrimineringslagen" in page  # compared with the Swedish statutory list of grounds


def test_cli_batch_scan_html_and_xlsx(tmp_path: Path, scanned: tuple[Path, Path, str, str]) -> None:
    import openpyxl

    folder, _, _, _ = scanned
    out = tmp_path / "o"
    book = tmp_path / "audit.xlsx"
    res = CliRunner().invoke(cli, ["scan", str(folder), "--out", str(out), "--jobs", "0", "--no-fail", "--no-db",
                                   "--html", "--xlsx", str(book), "--lang", "sv"])
    assert res.exit_code == 0, res.output
    assert (out / "summary.html").is_file()
    for name in DOCS:
        assert (out / f"{name}.html").is_file()
        assert f'href="{name}.html"' in (out / "summary.html").read_text(encoding="utf-8")
    wb = openpyxl.load_workbook(book, read_only=True)
    assert wb.sheetnames[:2] == ["Dokument", "Resultat"]
    rows = list(wb["Resultat"].iter_rows(values_only=True))
    n_elements = sum(len(json.loads((out / f"{n}.json").read_text())["elements"]) for n in DOCS)
    assert len(rows) == 1 + n_elements

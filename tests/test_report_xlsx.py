"""The Excel workbook writer, on JSON reports made by the real pipeline from the bundled samples.

Every workbook is saved, then read back with openpyxl (and as raw XML for the formula guard)."""

from __future__ import annotations

import copy
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from procheck.errors import UsageError
from procheck.i18n import catalogue
from procheck.pipeline import check_path
from procheck.report import to_json
from procheck.report.to_xlsx import (
    AMBER,
    FINDING_COLUMNS,
    GREEN,
    GREY,
    MAX_CELL_CHARS,
    RED,
    clean_text,
    status_colour,
    write_workbook,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    "samples/sv01_ramavtal_lokalvard_stockholmsklausul.pdf",
    "samples/en22_itt_website_redesign_barriers.pdf",
    "samples/nl03_overeenkomst_wmo_gelijke_behandeling.docx",
]
SHEETS = {
    "en": ["Documents", "Findings", "Skipped", "About"],
    "sv": ["Dokument", "Resultat", "Överhoppade", "Om rapporten"],
    "nl": ["Documenten", "Bevindingen", "Overgeslagen", "Over dit rapport"],
}
PAYLOADS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.invalid/x","open me")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
Items = list[tuple[str, dict[str, Any]]]


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> Items:
    """JSON reports of three samples (sv, en, nl) and of a zero-byte PDF that cannot be read."""
    empty = tmp_path_factory.mktemp("xlsx") / "empty.pdf"
    empty.write_bytes(b"")
    out = [(Path(s).name, to_json.render(check_path(ROOT / s))) for s in SAMPLES]
    out.append(("broken/empty.pdf", to_json.render(check_path(empty))))
    return out


def _save(items: Items, tmp_path: Path, **kw: Any) -> Path:
    return write_workbook(items, tmp_path / "findings.xlsx", **kw)


def _rows(ws: Worksheet) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(values_only=True))


def _column(ws: Worksheet, header: str) -> int:
    """1-based index of the column named ``header``."""
    return [c.value for c in ws[1]].index(header) + 1


def _sheet_xml(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")}


@pytest.mark.parametrize("lang", ["en", "sv", "nl"])
def test_to_xlsx_sheets_and_translated_headers(items: Items, tmp_path: Path, lang: str) -> None:
    wb = load_workbook(_save(items, tmp_path, lang=lang, skipped=[("photo.png", "not a document")]))
    assert wb.sheetnames == SHEETS[lang]
    cat = catalogue(lang)
    header = [c.value for c in wb.worksheets[1][1]]
    assert header == [cat.t(f"xlsx.col.{c.key}") for c in FINDING_COLUMNS]


@pytest.mark.parametrize("with_skipped", [False, True])
def test_to_xlsx_frozen_header_and_autofilter_cover_data(items: Items, tmp_path: Path, with_skipped: bool) -> None:
    skipped = [("a.zip", "an archive"), ("b.mp3", "media")] if with_skipped else []
    wb = load_workbook(_save(items, tmp_path, skipped=skipped))
    assert ("Skipped" in wb.sheetnames) is with_skipped
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == f"A1:{get_column_letter(ws.max_column)}{ws.max_row}", ws.title
        assert ws.max_row > 1, ws.title
    if with_skipped:
        assert _rows(wb["Skipped"])[1:] == [("a.zip", "an archive"), ("b.mp3", "media")]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_to_xlsx_one_finding_row_per_document_and_element(items: Items, tmp_path: Path, lang: str) -> None:
    ws = load_workbook(_save(items, tmp_path, lang=lang)).worksheets[1]
    rows = _rows(ws)[1:]
    assert len(rows) == sum(len(d["elements"]) for _, d in items)
    expected = [(rel, el["id"], el["status"]) for rel, d in items for el in d["elements"]]
    doc, eid, raw = (_column(ws, catalogue(lang).t(f"xlsx.col.{k}")) - 1 for k in ("document", "element", "status_raw"))
    assert [(r[doc], r[eid], r[raw]) for r in rows] == expected


def test_to_xlsx_fills_follow_status_and_barrier(items: Items, tmp_path: Path) -> None:
    ws = load_workbook(_save(items, tmp_path))["Findings"]
    status, raw, barrier = (_column(ws, h) for h in ("Status", "Status code", "Barrier"))
    seen = set()
    for row in ws.iter_rows(min_row=2):
        adverse = row[barrier - 1].value == "yes"
        code = row[raw - 1].value
        seen.add((code, adverse))
        want = status_colour(code, adverse=adverse)
        assert row[status - 1].fill.fgColor.rgb == want
        assert row[raw - 1].fill.fgColor.rgb == want
    # the real reports hold every plain status and found / absent / unreadable barriers
    assert {("present", False), ("weak", False), ("missing", False), ("unknown", False),
            ("present", True), ("missing", True), ("unknown", True)} <= seen


@pytest.mark.parametrize(
    ("status", "adverse", "colour"),
    [("present", False, GREEN), ("weak", False, AMBER), ("missing", False, RED), ("unknown", False, GREY),
     ("present", True, RED), ("weak", True, AMBER), ("missing", True, GREEN), ("unknown", True, GREY)],
)
def test_to_xlsx_status_colours(items: Items, tmp_path: Path, status: str, adverse: bool, colour: str) -> None:
    data = copy.deepcopy(items[1][1])  # en22: clause elements and barriers
    target = next(el for el in data["elements"] if bool(el.get("adverse")) is adverse)
    target["status"] = status
    ws = load_workbook(_save([("edited.pdf", data)], tmp_path))["Findings"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[2].value == target["id"])
    assert row[3].fill.fgColor.rgb == colour
    assert row[3].value == catalogue("en").status(status, adverse=adverse)


def test_to_xlsx_swedish_labels(items: Items, tmp_path: Path) -> None:
    ws = load_workbook(_save(items, tmp_path, lang="sv"))["Resultat"]
    labels = {r[3] for r in _rows(ws)[1:]}
    assert {"finns", "saknas", "okänd", "hinder funnet", "inget funnet"} <= labels
    assert not labels & {"present", "missing", "barrier found"}
    assert {r[5] for r in _rows(ws)[1:]} == {"ja", "nej"}


def test_to_xlsx_unreadable_document_shows_its_error_code(items: Items, tmp_path: Path) -> None:
    wb = load_workbook(_save(items, tmp_path))
    docs = wb["Documents"]
    header = [c.value for c in docs[1]]
    rows = [dict(zip(header, r, strict=True)) for r in _rows(docs)[1:]]
    broken = next(r for r in rows if r["Document"] == "broken/empty.pdf")
    assert broken["Read"] == "error"
    assert broken["Error code"] == items[-1][1]["error"]["code"] == "E103"
    assert broken["Rank (worst first)"] == 1  # an unreadable document ranks worst
    assert broken["Unknown"] == len(items[-1][1]["elements"]) - sum(
        1 for el in items[-1][1]["elements"] if el.get("adverse"))
    assert docs.cell(row=rows.index(broken) + 2, column=header.index("Read") + 1).fill.fgColor.rgb == RED
    statuses = {r[4] for r in _rows(wb["Findings"])[1:] if r[0] == "broken/empty.pdf"}
    assert statuses == {"unknown"}


@pytest.mark.parametrize("key", ["missing", "barriers_found"])
def test_to_xlsx_documents_counts_and_worst_first(items: Items, tmp_path: Path, key: str) -> None:
    docs = load_workbook(_save(items, tmp_path))["Documents"]
    header = [c.value for c in docs[1]]
    rows = [dict(zip(header, r, strict=True)) for r in _rows(docs)[1:]]
    assert [r["Rank (worst first)"] for r in rows] == list(range(1, len(items) + 1))
    by_path = dict(items)
    for r in rows:
        els = by_path[r["Document"]]["elements"]
        if key == "missing":
            want = sum(1 for el in els if el["status"] == "missing" and not el.get("adverse"))
            assert r["Missing"] == want
        else:
            assert r["Barriers found"] == sum(1 for el in els if el["status"] == "present" and el.get("adverse"))
    readable = [r for r in rows if r["Read"] == "ok"]
    badness = [(r["Missing"] + r["Barriers found"]) for r in readable]
    criticals = [sum(1 for el in by_path[r["Document"]]["elements"]
                     if el["status"] == "missing" and el["severity"] == "critical") for r in readable]
    assert list(zip(criticals, badness, strict=True)) == sorted(zip(criticals, badness, strict=True), reverse=True)


def test_to_xlsx_scores_and_about_sheet(items: Items, tmp_path: Path) -> None:
    wb = load_workbook(_save(items, tmp_path, profile="full"))
    docs = wb["Documents"]
    header = [c.value for c in docs[1]]
    rows = {r[1]: dict(zip(header, r, strict=True)) for r in _rows(docs)[1:]}
    en22 = dict(items)["en22_itt_website_redesign_barriers.pdf"]
    assert rows["en22_itt_website_redesign_barriers.pdf"]["Diversity score"] == pytest.approx(
        float(en22["diversity_score"]["score"]))
    assert rows["en22_itt_website_redesign_barriers.pdf"]["Level"] == en22["diversity_score"]["level"]
    about = {r[0]: r[1] for r in _rows(wb["About"])[1:] if r[0]}
    assert about["procheck version"] == en22["generator"]["version"]
    assert about["Clause library hash"] == en22["library"]["hash"]
    assert about["Profile"] == "full"
    assert about["Documents"] == len(items)
    assert about["Documents that could not be read"] == 1


def _injected_report(tmp_path: Path) -> dict[str, Any]:
    """A real report from a text contract whose clause sentences start with formula payloads."""
    text = "\n\n".join([
        "Service contract",
        "1. Equal treatment",
        f"{PAYLOADS[0]} The Supplier shall not discriminate against any employee or applicant on grounds "
        "of sex, race, religion, disability or age in the performance of this Contract.",
        f"{PAYLOADS[2]} The Supplier shall ensure that its subcontractors comply with the obligations in this clause.",
        f"{PAYLOADS[4]} The Authority may terminate the Contract if the Supplier breaches this clause.",
        f"{PAYLOADS[1]} On request the Supplier shall report to the Authority on the measures taken "
        "against discrimination.",
    ])
    src = tmp_path / "=HYPERLINK(1).txt"
    src.write_text(text + "\n", encoding="utf-8")
    return to_json.render(check_path(src))


def _assert_no_formulas(path: Path) -> list[str]:
    """No cell is a formula, read back or in the raw XML; returns every text value."""
    for name, xml in _sheet_xml(path).items():
        tree = etree.fromstring(xml)
        assert tree.findall(".//m:f", NS) == [], name
        assert b"<f>" not in xml and b"<f " not in xml, name
    values = []
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    values.append(cell.value)
                    if cell.value[:1] and cell.value[:1] in "=+-@\t\r\n":
                        assert cell.quotePrefix, (ws.title, cell.coordinate)
    return values


def test_to_xlsx_pipeline_text_starting_with_formula_stays_text(tmp_path: Path) -> None:
    data = _injected_report(tmp_path)
    quotes = [e["text"] for el in data["elements"] for e in el["evidence"]]
    assert {q[:4] for q in quotes} >= {"=cmd", "+1+1", "@SUM", "=HYP"}  # the pipeline kept the payloads
    path = _save([(data["document"]["path"], data)], tmp_path)
    values = _assert_no_formulas(path)
    for quote in quotes:
        assert any(quote in v for v in values)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field", ["evidence", "reason", "suggestion", "anchor", "section", "path", "figures"])
def test_to_xlsx_edited_report_fields_never_become_formulas(
    items: Items, tmp_path: Path, payload: str, field: str
) -> None:
    data = copy.deepcopy(items[1][1])
    el = data["elements"][0]
    if field == "evidence":
        el["evidence"] = [{"page": 1, "text": payload, "start": 0, "end": len(payload)}]
    elif field == "section":
        el["evidence"] = [{"page": 1, "text": "x", "start": 0, "end": 1, "section": payload}]
    elif field == "figures":
        el["figures"] = {payload: payload}
    elif field == "path":
        data["document"]["path"] = payload
    else:
        el[field] = payload
    rel = payload if field == "path" else "doc.pdf"
    values = _assert_no_formulas(_save([(rel, data)], tmp_path, skipped=[(payload, payload)]))
    assert any(v.startswith(payload.replace("\r", "\n")) for v in values)


@pytest.mark.parametrize(
    ("raw", "kept"),
    [("a\x00b\x07c\x1bd", "abcd"), ("tab\tand\nline\rok\r\n.", "tab\tand\nline\nok\n."),
     ("lone \ud800 surrogate \ufffe", "lone  surrogate "), ("plain", "plain")],
)
def test_to_xlsx_strips_characters_xml_cannot_hold(items: Items, tmp_path: Path, raw: str, kept: str) -> None:
    assert clean_text(raw) == kept
    data = copy.deepcopy(items[1][1])
    data["elements"][0]["reason"] = raw
    ws = load_workbook(_save([("doc.pdf", data)], tmp_path))["Findings"]
    reason = _column(ws, "Reason")
    assert ws.cell(row=2, column=reason).value == kept


@pytest.mark.parametrize("length", [MAX_CELL_CHARS - 1, MAX_CELL_CHARS + 1, 100_000])
def test_to_xlsx_caps_cells_at_excel_limit(items: Items, tmp_path: Path, length: int) -> None:
    data = copy.deepcopy(items[1][1])
    long = ("équité " * (length // 7 + 1))[:length]
    data["elements"][0]["evidence"] = [{"page": 1, "text": long, "start": 0, "end": length}]
    ws = load_workbook(_save([("doc.pdf", data)], tmp_path))["Findings"]
    value = ws.cell(row=2, column=_column(ws, "Evidence")).value
    assert len(value) <= MAX_CELL_CHARS
    if length <= MAX_CELL_CHARS:
        assert value == long
    else:
        assert value.endswith(catalogue("en").t("xlsx.truncated"))
        assert long.startswith(value[: -len(catalogue("en").t("xlsx.truncated"))])


@pytest.mark.parametrize("text", ["a" * 40_000, "😀" * 20_000])
def test_to_xlsx_clean_text_counts_utf16_units(text: str) -> None:
    out = clean_text(text)
    assert len(out.encode("utf-16-le")) // 2 <= MAX_CELL_CHARS
    assert out.endswith(" …")


@pytest.mark.parametrize("name", ["findings.csv", "findings"])
def test_to_xlsx_rejects_a_name_that_is_not_xlsx(items: Items, tmp_path: Path, name: str) -> None:
    with pytest.raises(UsageError) as err:
        write_workbook(items, tmp_path / name)
    assert err.value.code == "E500" and ".xlsx" in err.value.message
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("kind", ["folder", "file_as_parent"])
def test_to_xlsx_unwritable_destination_is_a_usage_error(items: Items, tmp_path: Path, kind: str) -> None:
    if kind == "folder":
        dest = tmp_path / "out.xlsx"
        dest.mkdir()
    else:
        (tmp_path / "blocker").write_text("x")
        dest = tmp_path / "blocker" / "out.xlsx"
    with pytest.raises(UsageError) as err:
        write_workbook(items, dest)
    assert err.value.code == "E500"


@pytest.mark.parametrize("lang", ["en"])
def test_to_xlsx_empty_portfolio_writes_headers_only(tmp_path: Path, lang: str) -> None:
    wb = load_workbook(_save([], tmp_path, lang=lang))
    for title in ("Documents", "Findings"):
        ws = wb[title]
        assert ws.max_row == 1 and ws.auto_filter.ref == f"A1:{get_column_letter(ws.max_column)}1"
    assert not list(tmp_path.glob(".findings.xlsx.*"))  # no temporary file left behind


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_to_xlsx_overwrites_atomically(items: Items, tmp_path: Path, lang: str) -> None:
    dest = tmp_path / "findings.xlsx"
    dest.write_bytes(b"old")
    write_workbook(items[:1], dest, lang=lang)
    assert zipfile.is_zipfile(dest)
    assert [p.name for p in tmp_path.iterdir()] == ["findings.xlsx"]
    assert _rows(load_workbook(dest).worksheets[0])[1][1] == items[0][0]


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_to_xlsx_workbook_gets_usual_permissions(items: Items, tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        dest = write_workbook(items[:1], tmp_path / "findings.xlsx")
    finally:
        os.umask(old)
    assert dest.stat().st_mode & 0o777 == 0o666 & ~umask


def test_to_xlsx_opens_in_libreoffice_calc(tmp_path: Path) -> None:
    """The workbook opens in a real spreadsheet program: LibreOffice converts the Findings sheet to
    CSV with every document × element row (Debian libreoffice-calc-nogui; tools/test.sh installs it)."""
    import csv as _csv
    import subprocess as _sp

    from procheck.pipeline import check_path as _check
    from procheck.report import to_json as _to_json
    from procheck.report.to_xlsx import write_workbook as _write

    samples = Path(__file__).resolve().parent.parent / "samples"
    names = ["en01_cleaning_services_contract_antidiscrimination.pdf", "nl03_overeenkomst_wmo_gelijke_behandeling.docx"]
    items = [(n, _to_json.render(_check(samples / n))) for n in names]
    dest = _write(items, tmp_path / "audit.xlsx")
    profile = tmp_path / "lo-profile"
    # sheet 2 (Findings): a filter option naming the sheet number, as LibreOffice 7.2+ reads it
    done = _sp.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2',
                    "--outdir", str(tmp_path / "csv"), str(dest)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    produced = sorted((tmp_path / "csv").glob("*.csv"))
    assert produced, done.stdout + done.stderr
    rows = list(_csv.reader(produced[0].open(encoding="utf-8")))
    n_elements = sum(len(d["elements"]) for _, d in items)
    assert len(rows) == 1 + n_elements
    assert {r[0] for r in rows[1:]} == set(names)

"""End to end on the bundled samples: evidence found again in the source, unknown for unread text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procheck.ingest import load
from procheck.library import load_library
from procheck.pipeline import check_path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
LABELS = json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))
READABLE = sorted(f for f, v in LABELS.items() if not v.get("scanned"))
SCANNED = sorted(f for f, v in LABELS.items() if v.get("scanned"))


@pytest.mark.parametrize("name", READABLE[::4])
def test_pipeline_evidence_is_found_again_in_the_source(name: str) -> None:
    lib = load_library()
    report = check_path(SAMPLES / name, library=lib)
    doc = load(str(SAMPLES / name))
    assert report.error is None
    assert [e.id for e in report.elements] == list(lib.profile("full").elements)
    for el in report.elements:
        assert el.status in ("present", "weak", "missing")
        if el.status in ("present", "weak"):
            assert el.evidence, el
        for ev in el.evidence:
            assert doc.text[ev.start:ev.end] == ev.text
            assert ev.page == doc.page_at(ev.start)
        if el.status in (("present", "weak") if el.adverse else ("weak", "missing")):
            assert el.suggestion  # the model clause, or for a barrier found the way to remove it
        if el.adverse and el.status == "missing":
            assert el.suggestion is None


@pytest.mark.parametrize("name", SCANNED)
def test_pipeline_scanned_pdf_is_unknown_never_missing(name: str) -> None:
    report = check_path(SAMPLES / name)
    assert report.needs_ocr
    assert {e.status for e in report.elements} == {"unknown"}


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "E103"), (b"%PDF-1.7\n garbage that is not a pdf", "E104"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "E102")],
)
def test_pipeline_bad_input_is_unknown_with_a_code(tmp_path: Path, content: bytes, code: str) -> None:
    p = tmp_path / "bad.pdf"
    p.write_bytes(content)
    report = check_path(p)
    assert report.error is not None and report.error["code"] == code
    assert {e.status for e in report.elements} == {"unknown"}


def test_pipeline_profile_selects_elements() -> None:
    name = READABLE[0]
    report = check_path(SAMPLES / name, profile="stockholm")
    assert [e.id for e in report.elements] == list(load_library().profile("stockholm").elements)


def test_pipeline_partly_scanned_pdf_never_reports_missing(tmp_path: Path) -> None:
    """A page without a text layer: an element not found in the read pages is unknown, not missing."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "partly.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "1. Non-discrimination")
    c.drawString(72, 740, "The Supplier shall not discriminate against any person in performing the Contract.")
    c.showPage()
    c.rect(72, 300, 400, 300, fill=1)  # a page with a drawing and no text: a scan, as far as the reader knows
    c.showPage()
    c.save()
    report = check_path(path)
    statuses = {e.id: e.status for e in report.elements}
    assert report.needs_ocr
    assert statuses["nondiscrimination.obligation"] == "present"
    assert "missing" not in statuses.values()
    assert statuses["termination.right"] == "unknown"


def test_pipeline_requirement_table_with_ids_in_docx(tmp_path: Path) -> None:
    """Tender requirements in a DOCX table, referring to each other by id (K1, K2)."""
    import docx

    d = docx.Document()
    d.add_heading("Bilaga 2 Särskilda kontraktsvillkor", 1)
    rows = [
        ("K1", "Leverantören ska under avtalstiden följa gällande diskrimineringslagstiftning."),
        ("K2", "På Regionens begäran ska Leverantören inom tio arbetsdagar redovisa skriftligt hur kravet i K1 uppfylls."),
        ("K3", "Vid brott mot K1 utgår vite om 10 000 kronor per påbörjad vecka."),
    ]
    table = d.add_table(rows=len(rows), cols=2)
    for row, (ident, text) in zip(table.rows, rows, strict=True):
        row.cells[0].text = ident
        row.cells[1].text = text
    path = tmp_path / "krav.docx"
    d.save(str(path))
    statuses = {e.id: e.status for e in check_path(path).elements}
    assert statuses["nondiscrimination.obligation"] == "present"
    assert statuses["reporting.on_request"] == "present"
    assert statuses["termination.sanctions"] == "present"
    assert statuses["termination.right"] == "missing"

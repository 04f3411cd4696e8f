"""Legacy Word files (.doc) are read through a real LibreOffice conversion; without LibreOffice, or
for a damaged file, a coded error says what to do."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from procheck.ingest import load
from procheck.ingest.from_doc import WORD_STREAM, is_word97
from procheck.pipeline import check_path

CLAUSE = ("14. Equal treatment. The Supplier shall not discriminate against any employee or applicant on grounds "
          "of sex, religion, disability or age in performing this Contract.")


@pytest.fixture(scope="module")
def word97(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real Word 97–2003 file: a DOCX made with python-docx, saved as .doc by LibreOffice."""
    import docx

    base = tmp_path_factory.mktemp("doc")
    d = docx.Document()
    d.add_heading("Services agreement", level=1)
    d.add_paragraph("The parties agree as follows.")
    d.add_paragraph(CLAUSE)
    d.save(str(base / "contract.docx"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{base}/profile", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(base / "out"), str(base / "contract.docx")],
                   check=True, capture_output=True, timeout=180)
    out = base / "out" / "contract.doc"
    assert out.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    return out


def test_ingest_doc_is_converted_and_read(word97: Path) -> None:
    doc = load(word97)
    assert doc.format == "doc" and doc.engine.startswith("libreoffice")
    assert CLAUSE in doc.text
    assert any("legacy Word" in w for w in doc.warnings)


def test_ingest_doc_is_judged_like_its_docx(word97: Path) -> None:
    report = check_path(word97)
    assert report.error is None
    by_id = {el.id: el for el in report.elements}
    assert by_id["nondiscrimination.obligation"].status == "present"
    assert set(by_id["nondiscrimination.grounds"].grounds) >= {"sex", "religion", "disability", "age"}


def test_ingest_doc_without_libreoffice_says_how(word97: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROCHECK_SOFFICE", "")
    report = check_path(word97)
    assert report.error is not None and report.error["code"] == "E102"
    assert "LibreOffice" in report.error["message"]
    assert all(el.status == "unknown" for el in report.elements)  # never "missing" in text not read


def test_ingest_doc_damaged_is_e104(tmp_path: Path) -> None:
    bad = tmp_path / "broken.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512) + WORD_STREAM + bytes(3000))
    assert is_word97(bad.read_bytes())
    report = check_path(bad)
    assert report.error is not None and report.error["code"] == "E104"


@pytest.mark.parametrize("payload", [bytes(600), b"Workbook".join([bytes(100), bytes(100)])])
def test_ingest_doc_other_ole_files_stay_unsupported(tmp_path: Path, payload: bytes) -> None:
    f = tmp_path / "sheet.xls"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + payload)
    assert not is_word97(f.read_bytes())
    assert check_path(f).error["code"] == "E102"  # type: ignore[index]

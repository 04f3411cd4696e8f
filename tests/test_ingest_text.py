"""Format detection, coded errors and the plain-text / Markdown reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from procheck.errors import (
    EmptyFile,
    FileNotFound,
    FileTooLarge,
    Unreadable,
    UnsupportedFormat,
)
from procheck.ingest import load, sniff_format
from procheck.records import BODY, HEADING, Document


def _check(doc: Document) -> None:
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text and "\n" not in b.text


def test_ingest_text_paragraphs_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text(
        "# General terms\n\n"
        "The Supplier shall comply\nwith equality law.\n"
        "12.3 The Supplier shall not\ndiscriminate.\n"
        "a) first duty\n- bullet item\n\n"
        "SOCIAL CONDITIONS\nText under the heading.\n\n"
        "## Sub heading ##\n",
        encoding="utf-8",
    )
    doc = load(path)
    _check(doc)
    assert doc.format == "txt" and doc.engine == "text" and doc.pages == ()
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        (HEADING, "General terms", 1),
        (BODY, "The Supplier shall comply with equality law.", None),
        (BODY, "12.3 The Supplier shall not discriminate.", None),
        (BODY, "a) first duty", None),
        (BODY, "- bullet item", None),
        (HEADING, "SOCIAL CONDITIONS", None),
        (BODY, "Text under the heading.", None),
        (HEADING, "Sub heading", 2),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("14.2 Subcontractors", True),
        ("§ 5 Diskriminering", True),
        ("EQUAL TREATMENT", True),
        ("14.2 The Supplier shall not discriminate.", False),
        ("An ordinary sentence without a number", False),
    ],
)
def test_ingest_text_plain_heading(line: str, heading: bool) -> None:
    from procheck.ingest.from_text import is_plain_heading

    assert is_plain_heading(line) is heading


def test_ingest_text_latin1_decoded_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "sv.txt"
    text = "Leverantören ska följa diskrimineringslagen och främja jämställdhet i hela verksamheten. " * 3
    path.write_bytes(text.encode("latin-1"))
    doc = load(path)
    _check(doc)
    assert "Leverantören ska följa diskrimineringslagen" in doc.text
    assert doc.warnings and "not UTF-8" in doc.warnings[0]


def test_ingest_text_bom_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHello world.".encode())
    doc = load(path)
    assert doc.text == "Hello world." and not doc.warnings


def test_ingest_text_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"line one\r\nline two\r\n\r\nnext para\r\n")
    assert [b.text for b in load(path).blocks] == ["line one line two", "next para"]


def test_ingest_sha256(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "h.txt"
    path.write_bytes(b"abc")
    assert load(path).sha256 == hashlib.sha256(b"abc").hexdigest()


def test_ingest_zero_byte_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile) as err:
        load(path)
    assert err.value.code == "E103"


def test_ingest_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFound) as err:
        load(tmp_path / "nope.pdf")
    assert err.value.code == "E101"


def test_ingest_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(FileTooLarge) as err:
        load(path, max_bytes=1024)
    assert err.value.code == "E106"


def test_ingest_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"text")

    import os as _os

    real_open = _os.open

    def deny(path: str, flags: int, *args: int) -> int:
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(_os, "open", deny)
    with pytest.raises(Unreadable) as err:
        load(path)
    assert err.value.code == "E108"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)),
        ("sheet.xlsx", None),
        ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(50)),
        ("noext", b"plain words"),
        ("binary.txt", b"ab\x00\x01\x02cd" * 10),
    ],
)
def test_ingest_unsupported(tmp_path: Path, name: str, data: bytes | None) -> None:
    path = tmp_path / name
    if data is None:
        import zipfile

        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("xl/workbook.xml", "<workbook/>")
    else:
        path.write_bytes(data)
    with pytest.raises(UnsupportedFormat) as err:
        load(path)
    assert err.value.code == "E102"
    assert "DOCX or PDF" in str(err.value)


@pytest.mark.parametrize(
    ("data", "suffix", "fmt"),
    [
        (b"%PDF-1.7\n...", ".bin", "pdf"),
        (b"hello", ".md", "txt"),
        (b"hello", ".TXT", "txt"),
    ],
)
def test_ingest_sniff_by_content(data: bytes, suffix: str, fmt: str) -> None:
    assert sniff_format(data, suffix) == fmt


def test_ingest_pdf_content_with_wrong_suffix(tiny_pdf: Path, tmp_path: Path) -> None:
    path = tmp_path / "contract.txt"
    path.write_bytes(tiny_pdf.read_bytes())
    assert load(path).format == "pdf"


def test_ingest_import_is_lazy() -> None:
    import subprocess
    import sys

    code = "import sys, procheck.ingest; print('pdfplumber' in sys.modules, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_ingest_text_flattened_export_split_at_space_runs(tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    para = "The Supplier shall not discriminate against any person in the performance of the contract. " * 6
    path.write_text("ARTICLE 1 DEFINITIONS   " + para + "   " + para + "   ARTICLE 2 TERM", encoding="utf-8")
    doc = load(path)
    _check(doc)
    assert [b.text[:12] for b in doc.blocks] == ["ARTICLE 1 DE", "The Supplier", "The Supplier", "ARTICLE 2 TE"]
    assert doc.blocks[0].kind == HEADING

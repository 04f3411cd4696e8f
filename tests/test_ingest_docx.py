"""DOCX reader: document-order walk, tables, furniture, tracked changes, content controls, safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from procheck.errors import CorruptFile, EncryptedFile, UnsafeFile
from procheck.ingest import load
from procheck.records import BODY, FOOTER, HEADER, HEADING, TABLE, Document


@pytest.fixture(scope="module")
def doc(tiny_docx: Path) -> Document:
    return load(tiny_docx)


def test_ingest_docx_offsets(doc: Document) -> None:
    assert doc.format == "docx" and doc.engine == "docx-xml"
    assert doc.pages == () and doc.page_count is None and not doc.needs_ocr
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        assert "\n" not in b.text and b.page is None


def test_ingest_docx_document_order_and_kinds(doc: Document) -> None:
    got = [(b.kind, b.text) for b in doc.blocks]
    assert got == [
        (HEADER, "ACME Framework Agreement - Schedule 4"),
        (HEADING, "Equal treatment"),
        (BODY, "The Supplier shall not discriminate against any person."),
        (BODY, "first listed duty"),
        (BODY, "second listed duty"),
        (TABLE, "Ground | Covered"),
        (TABLE, "Disability | Yes"),
        (TABLE, "inner A | inner B"),
        (HEADING, "Reporting"),
        (BODY, "The Supplier shall comply with equality law."),
        (BODY, "Text inside a content control about non-discrimination."),
        (BODY, "Boxed note on equal pay."),
        (BODY, "Last paragraph."),
        (FOOTER, "Confidential"),
    ]


def test_ingest_docx_heading_levels(doc: Document) -> None:
    levels = {b.text: b.level for b in doc.blocks if b.kind == HEADING}
    assert levels == {"Equal treatment": 1, "Reporting": 2}


def test_ingest_docx_tracked_changes(doc: Document) -> None:
    assert "The Supplier shall comply with equality law." in doc.text
    assert "may" not in doc.text.split()


def test_ingest_docx_text_box_read_once(doc: Document) -> None:
    assert doc.text.count("Boxed note on equal pay.") == 1


def test_ingest_docx_list_numbering(doc: Document) -> None:
    labels = {b.text: b.numbering for b in doc.blocks if b.text.endswith("listed duty")}
    assert labels == {"first listed duty": "1.", "second listed duty": "2."}


def test_ingest_docx_zip_bomb_is_unsafe(bomb_docx: Path) -> None:
    with pytest.raises(UnsafeFile) as err:
        load(bomb_docx)
    assert err.value.code == "E107"


def test_ingest_docx_total_size_limit(tiny_docx: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from procheck.ingest import from_docx

    monkeypatch.setattr(from_docx, "MAX_TOTAL_UNCOMPRESSED", 1000)
    with pytest.raises(UnsafeFile):
        load(tiny_docx)


def test_ingest_docx_entities_are_unsafe(entity_docx: Path) -> None:
    with pytest.raises(UnsafeFile) as err:
        load(entity_docx)
    assert "DOCTYPE" in str(err.value)


def test_ingest_docx_broken_zip_is_corrupt(tiny_docx: Path, tmp_path: Path) -> None:
    data = tiny_docx.read_bytes()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile):
        load(broken)


def test_ingest_docx_malformed_xml_is_corrupt(tiny_docx: Path, tmp_path: Path) -> None:
    from conftest import rewrite_zip

    bad = rewrite_zip(tiny_docx, tmp_path / "bad.docx", replace={"word/document.xml": b"<w:document><w:body>"})
    with pytest.raises(CorruptFile):
        load(bad)


def test_ingest_docx_encrypted_office_container(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(EncryptedFile):
        load(path)


@pytest.mark.parametrize(
    ("style", "level"),
    [("Heading 3", 3), ("Rubrik 2", 2), ("Kop 1", 1), ("Title", 1)],
)
def test_ingest_docx_heading_style_names(tmp_path: Path, style: str, level: int) -> None:
    import docx

    d = docx.Document()
    if style not in [s.name for s in d.styles]:
        from docx.enum.style import WD_STYLE_TYPE

        d.styles.add_style(style, WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("A heading", style=style)
    d.add_paragraph("Body text.")
    path = tmp_path / "h.docx"
    d.save(str(path))
    doc = load(path)
    assert [(b.kind, b.level) for b in doc.blocks] == [(HEADING, level), (BODY, None)]


def test_ingest_docx_outline_level(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("Bilaga 3 Sociala villkor")
    p._p.get_or_add_pPr().append(
        parse_xml('<w:outlineLvl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="1"/>')
    )
    path = tmp_path / "o.docx"
    d.save(str(path))
    (b,) = load(path).blocks
    assert (b.kind, b.level) == (HEADING, 2)

"""PDF reader: offsets, pages, furniture, columns, hyphenation, OCR flag, encryption, damage."""

from __future__ import annotations

from pathlib import Path

import pytest

from procheck.errors import CorruptFile, EncryptedFile
from procheck.ingest import load
from procheck.records import BODY, FOOTER, FURNITURE, HEADER, HEADING, Document


def _check_offsets(doc: Document) -> None:
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        assert "\n" not in b.text and b.text == b.text.strip() and b.text


@pytest.fixture(scope="module")
def tiny(tiny_pdf: Path) -> Document:
    return load(tiny_pdf)


def test_ingest_pdf_offsets_and_pages(tiny: Document) -> None:
    _check_offsets(tiny)
    assert tiny.format == "pdf" and tiny.engine == "pypdfium2"
    assert [p.number for p in tiny.pages] == [1, 2, 3]
    assert all(p.has_text for p in tiny.pages) and not tiny.needs_ocr
    assert len(tiny.sha256) == 64
    for b in tiny.blocks:
        page = tiny.pages[b.page - 1]
        assert page.start <= b.start and b.end <= page.end
        assert tiny.page_at(b.start) == b.page
    assert "page marker 2" in tiny.text[tiny.pages[1].start : tiny.pages[1].end]


def test_ingest_pdf_running_header_and_page_numbers(tiny: Document) -> None:
    headers = [b for b in tiny.blocks if b.kind == HEADER]
    footers = [b for b in tiny.blocks if b.kind == FOOTER]
    assert [b.page for b in headers] == [1, 2, 3]
    assert all(b.text == "ACME Framework Agreement - Schedule 4" for b in headers)
    assert [b.text for b in footers] == ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]
    body = [b for b in tiny.blocks if b.kind not in FURNITURE]
    assert not any("ACME Framework" in b.text or b.text.startswith("Page ") for b in body)
    # furniture stays in page order: the header is the first block of its page, the footer the last
    for n in (1, 2, 3):
        on_page = [b for b in tiny.blocks if b.page == n]
        assert on_page[0].kind == HEADER and on_page[-1].kind == FOOTER


def test_ingest_pdf_paragraphs_and_heading(tiny: Document) -> None:
    page1 = [b for b in tiny.blocks if b.page == 1 and b.kind not in FURNITURE]
    assert page1[0].kind == HEADING and page1[0].text == "12. Equal treatment part 1"
    assert page1[0].level == 1
    texts = [b.text for b in page1]
    assert texts[1] == (
        "12.1 The Supplier shall not discriminate against any employee or applicant on grounds of "
        "race, sex, religion, disability, age or sexual orientation in the performance of this Contract."
    )
    assert texts[2].startswith("12.2 The Supplier shall ensure") and texts[2].endswith("information on request.")
    assert all(b.kind == BODY for b in page1[1:])


def test_ingest_pdf_hyphenation_repaired(tiny: Document) -> None:
    assert "measures against discrimination at work (page marker 1)." in tiny.text
    assert "discrimi-" not in tiny.text
    assert any("hyphenated" in w for w in tiny.warnings)


@pytest.mark.parametrize("page", [1, 2])
def test_ingest_pdf_two_columns_reading_order(two_column_pdf: Path, page: int) -> None:
    doc = load(two_column_pdf)
    _check_offsets(doc)
    p = doc.pages[page - 1]
    text = doc.text[p.start : p.end]
    title = text.index("Annex 2 Social conditions")
    left_first = text.index("Left column starts here")
    left_last = text.index("closing line of the clause about equal treatment.")
    right_first = text.index("Right column starts here")
    right_last = text.index("final sentence of the page for now.")
    assert title < left_first < left_last < right_first < right_last
    # each column's lines are joined into one paragraph, never mixed with the other column
    blocks = [b.text for b in doc.blocks if b.page == page]
    assert any(t.startswith("Left column starts here and the supplier shall respect equal") for t in blocks)
    assert not any("Left" in t and "Right" in t for t in blocks)
    assert any("two columns" in w for w in doc.warnings)


def test_ingest_pdf_image_only_page_needs_ocr(scanned_pdf: Path) -> None:
    doc = load(scanned_pdf)
    _check_offsets(doc)
    assert doc.needs_ocr
    assert [p.has_text for p in doc.pages] == [True, False]
    assert any("page(s) 2" in w and "OCR" in w for w in doc.warnings)
    assert doc.pages[1].start == doc.pages[1].end
    assert doc.readable


def test_ingest_pdf_encrypted_needs_password(encrypted_pdf: Path) -> None:
    with pytest.raises(EncryptedFile) as err:
        load(encrypted_pdf)
    assert err.value.code == "E105" and "--password" in str(err.value)
    with pytest.raises(EncryptedFile):
        load(encrypted_pdf, password="wrong")
    doc = load(encrypted_pdf, password="s3cret")
    assert "shall not discriminate" in doc.text


def test_ingest_pdf_truncated_is_corrupt(truncated_pdf: Path) -> None:
    with pytest.raises(CorruptFile) as err:
        load(truncated_pdf)
    assert err.value.code == "E104" and err.value.path == str(truncated_pdf)


@pytest.mark.parametrize(
    ("prev", "nxt", "expected"),
    [
        ("against discrimi-", "nation at work", "against discrimination at work"),
        ("under the Equality-", "Act 2010", "under the Equality-Act 2010"),
        ("enligt EU-", "rätten", "enligt EU-rätten"),
        ("leverantören och/eller", "underleverantören", "leverantören och/eller underleverantören"),
        ("ordinary line", "next line", "ordinary line next line"),
        ("year 2020-", "2024 period", "year 2020-2024 period"),
        ("hantera avvikelse-", "och klagomål", "hantera avvikelse- och klagomål"),
        ("skicka e-", "post till", "skicka e-post till"),
        ("a non-", "refundable fee", "a non-refundable fee"),
        ("see www.example.se/kontakta-", "oss/fragor", "see www.example.se/kontakta-oss/fragor"),
        ("jäm-", "ställdhet", "jämställdhet"),
    ],
)
def test_ingest_pdf_join_lines(prev: str, nxt: str, expected: str) -> None:
    from procheck.ingest.from_pdf import _join

    assert _join(prev, nxt)[0] == expected


def test_ingest_pdf_join_keeps_hyphen_the_document_uses() -> None:
    from procheck.ingest.from_pdf import _join, hyphenated_forms

    keep = hyphenated_forms(["a royalty-free, non-exclusive licence", "other line"])
    assert keep == {"royalty-free", "non-exclusive"}
    assert _join("a non-", "exclusive licence", keep)[0] == "a non-exclusive licence"
    assert _join("against discrimi-", "nation", keep)[0] == "against discrimination"


@pytest.mark.parametrize(
    "text",
    ["3", "- 3 -", "Page 3 of 12", "Sida 3 (12)", "Sida 5/55", "Pagina 3 van 12", "page 7", "Seite 2 von 9"],
)
def test_ingest_pdf_page_number_patterns(text: str) -> None:
    from procheck.ingest.from_pdf import _PAGE_NUMBER

    assert _PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["3.2 Goods clauses", "Page through the catalogue", "2024 annual report"])
def test_ingest_pdf_not_page_numbers(text: str) -> None:
    from procheck.ingest.from_pdf import _PAGE_NUMBER

    assert not _PAGE_NUMBER.match(text)


def test_ingest_pdf_ligature_glyph_from_geometry() -> None:
    """A 't' as wide as 'ti' (lost ligature) is repaired; ordinary letters are left alone."""
    from procheck.ingest.from_pdf import _LigStats, _resolve_ligatures

    stats = _LigStats()
    key_t = ("t", 12.0, "Calibri")
    for ch, em in (("t", 0.33), ("i", 0.23), ("f", 0.31), ("l", 0.23)):
        stats.widths[(ch, 12.0, "Calibri")].extend([em] * 10)
    chars = list("Practce and atached notce")
    stats.probes.append((0, 4, key_t, 0.55))  # "Prac[t]ce": width of t+i
    stats.probes.append((0, 13, key_t, 0.64))  # "a[t]ached": width of t+t
    stats.probes.append((0, 22, key_t, 0.33))  # "no[t]ce": ordinary t (genuinely misspelt)
    count, _ = _resolve_ligatures(stats, {0: chars})
    assert "".join(chars) == "Practice and attached notce"
    assert count == 2


def test_ingest_pdf_unicode_ligatures_expanded(fixture_dir: Path) -> None:
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    # Bitstream Vera ships with reportlab and has the U+FB01/U+FB02 ligature code points
    font_path = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("DejaVu", str(font_path)))
    path = fixture_dir / "ligatures.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("DejaVu", 11)
    c.drawString(72, 700, "The con\ufb01dential identi\ufb01cation of the \ufb02ow.")
    c.save()
    doc = load(path)
    assert "The confidential identification of the flow." in doc.text


def test_ingest_pdf_line_spans_fast_path_equals_reference() -> None:
    """Without U+FFFE the spans come from one regex pass; they must equal the break-by-break walk."""
    import re

    from procheck.ingest.from_pdf import _line_spans

    def reference(text: str) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in re.finditer("\r\n|[\r\n]", text):
            if m.start() > start:
                spans.append((start, m.start()))
            start = m.end()
        if start < len(text):
            spans.append((start, len(text)))
        return spans

    for text in ["", "one", "a\r\nb", "\r\n\r\nx\r\n", "a\rb\nc\r\n\r\nd  ", "\n", "end\r\n", " \r\n "]:
        assert _line_spans(text) == reference(text), repr(text)


def test_ingest_pdf_clean_line_equals_regex_collapse() -> None:
    import re
    import sys

    from procheck.ingest import clean_line

    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    for text in [f"a{spaces}b", f"{spaces}x y{spaces}", "a\u00adb\x00c", " \u00a0 \u2028 ", "plain text", ""]:
        assert clean_line(text) == re.sub(r"\s+", " ", text.replace("\u00ad", "").replace("\x00", "")).strip()


def test_ingest_pdf_ligature_sample_trigger() -> None:
    """The ligature width sample runs on the first pages, on pages with a font not yet sampled on two
    pages, and on pages with unmapped glyphs; other pages skip it."""
    from procheck.ingest.from_pdf import Line, _Sampler

    def lines(*fonts: str) -> list[Line]:
        return [Line("text", 0, 0, 10, 10, 10.0, False, font=f) for f in fonts]

    s = _Sampler()
    assert s.wants("plain", lines("Body"))
    s.done(0, lines("Body"), (0, 0))
    assert s.wants("plain", lines("Body"))  # second page: still among the first pages
    s.done(1, lines("Body", "Bold"), (0, 0))
    assert not s.wants("plain", lines("Body"))  # Body sampled on two pages
    assert s.wants("plain", lines("Body", "Bold"))  # Bold only on one
    assert s.wants("plain", lines("Body", "Italic"))  # a new font
    assert s.wants("Practi\ufffdce", lines("Body"))  # an unmapped glyph is always examined
    assert s.wants("x\ue001y", lines("Body"))


def test_ingest_pdf_late_two_column_page_with_word_runs(fixture_dir: Path) -> None:
    """A two-column page after many one-column pages, every word its own text run (several pdfium
    rectangles per line, rows interleaved): found by the rectangle pre-test and read column by column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    path = fixture_dir / "late_columns.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    body = "The supplier shall respect equal treatment of all staff in the performance of this contract"
    for p in range(1, 10):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, height - 80, f"{p}. Clause heading number {p}")
        c.setFont("Helvetica", 10)
        for i in range(30):
            c.drawString(60, height - 110 - 14 * i, f"{body} (line {i} of page {p}) and more words here.")
        c.showPage()

    def words(x: float, y: float, text: str) -> None:
        for w in text.split():
            c.drawString(x, y, w)
            x += stringWidth(w + " ", "Helvetica", 10)

    c.setFont("Helvetica", 10)
    for i in range(20):
        words(60, height - 110 - 13 * i, f"Left column line L{i:02d} on equal pay for all")
        words(width / 2 + 20, height - 110 - 13 * i, f"Right column line R{i:02d} on audits of suppliers")
    c.showPage()
    c.save()
    doc = load(path)
    _check_offsets(doc)
    assert any("page(s) 10 read as two columns" in w for w in doc.warnings)
    p = doc.pages[9]
    text = doc.text[p.start : p.end]
    assert text.index("Left column line L00") < text.index("L19 on equal") < text.index("Right column line R00")
    assert text.index("Right column line R00") < text.index("R19 on audits")
    assert not any("Left" in b.text and "Right" in b.text for b in doc.blocks)
    one_col = doc.text[doc.pages[0].start : doc.pages[0].end]
    assert "(line 0 of page 1) and more words here." in one_col

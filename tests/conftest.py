"""Shared fixtures. Input documents are built in code (reportlab, python-docx) so tests never depend
on files outside the repository."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

# --- PDF builders --------------------------------------------------------------------------------

BODY_FONT = "Helvetica"
BOLD_FONT = "Helvetica-Bold"

PDF_PARAGRAPHS = [
    "12.1 The Supplier shall not discriminate against any employee or applicant on grounds of",
    "race, sex, religion, disability, age or sexual orientation in the performance of this Contract.",
    "12.2 The Supplier shall ensure that its subcontractors comply with the obligations in this",
    "clause and shall provide the Authority with information on request.",
]


def _pdf_page_furniture(c, number: int, total: int, width: float, height: float) -> None:  # type: ignore[no-untyped-def]
    c.setFont(BODY_FONT, 8)
    c.drawString(72, height - 30, "ACME Framework Agreement - Schedule 4")
    c.drawCentredString(width / 2, 25, f"Page {number} of {total}")


def build_tiny_pdf(path: Path, *, pages: int = 3, encrypt: str | None = None) -> Path:
    """Numbered clauses, a bold heading, a hyphenated word across lines, running header and footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    kwargs = {}
    if encrypt is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt, ownerPassword="owner-" + encrypt, strength=128)
    c = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    width, height = A4
    for n in range(1, pages + 1):
        _pdf_page_furniture(c, n, pages, width, height)
        y = height - 100
        c.setFont(BOLD_FONT, 12)
        c.drawString(72, y, f"{11 + n}. Equal treatment part {n}")
        y -= 24
        c.setFont(BODY_FONT, 10)
        for line in PDF_PARAGRAPHS:
            c.drawString(72, y, line)
            y -= 13
        y -= 12
        c.drawString(72, y, "The Supplier must take measures against discrimi-")
        y -= 13
        c.drawString(72, y, f"nation at work (page marker {n}).")
        c.showPage()
    c.save()
    return path


LEFT_SENTENCES = [
    "Left column starts here and the supplier shall",
    "respect equal treatment of all staff members in",
    "every workplace that it runs under the contract",
    "and in every subcontract that it concludes for",
    "the services. Left column ends with this final",
    "closing line of the clause about equal treatment.",
]
RIGHT_SENTENCES = [
    "Right column starts here and the authority may",
    "audit the records of the supplier on reasonable",
    "notice each year and ask for a written report on",
    "the measures taken against discrimination in the",
    "workforce. Right column ends with this sentence",
    "which is the final sentence of the page for now.",
]


def build_two_column_pdf(path: Path) -> Path:
    """Page 1: columns drawn one after the other. Page 2: drawn row by row (interleaved content)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    left_x, right_x = 60, width / 2 + 20
    for interleaved in (False, True):
        c.setFont(BOLD_FONT, 14)
        c.drawString(60, height - 140, "Annex 2 Social conditions for the contract in two columns")
        c.setFont(BODY_FONT, 10)
        top = height - 180
        if interleaved:
            for i, (lt, rt) in enumerate(zip(LEFT_SENTENCES, RIGHT_SENTENCES, strict=True)):
                c.drawString(left_x, top - 13 * i, lt)
                c.drawString(right_x, top - 13 * i, rt)
        else:
            for i, lt in enumerate(LEFT_SENTENCES):
                c.drawString(left_x, top - 13 * i, lt)
            for i, rt in enumerate(RIGHT_SENTENCES):
                c.drawString(right_x, top - 13 * i, rt)
        c.showPage()
    c.save()
    return path


def build_scanned_pdf(path: Path) -> Path:
    """Page 1 has text, page 2 only an image (no text layer)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(BODY_FONT, 11)
    c.drawString(72, 700, "1. This page has a text layer.")
    c.showPage()
    try:
        from PIL import Image

        buf = io.BytesIO()
        Image.new("L", (120, 160), color=200).save(buf, format="PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), 72, 300, width=300, height=400)
    except ImportError:  # no Pillow: a vector drawing has no text layer either
        c.rect(72, 300, 300, 400, fill=1)
    c.showPage()
    c.save()
    return path


# --- DOCX builders -------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

TRACKED_XML = (
    f'<w:p xmlns:w="{W_NS}"><w:r><w:t xml:space="preserve">The Supplier </w:t></w:r>'
    '<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>may</w:delText></w:r></w:del>'
    '<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>shall</w:t></w:r></w:ins>'
    '<w:r><w:t xml:space="preserve"> comply with equality law.</w:t></w:r></w:p>'
)
SDT_XML = (
    f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="Clause"/></w:sdtPr><w:sdtContent>'
    "<w:p><w:r><w:t>Text inside a content control about non-discrimination.</w:t></w:r></w:p>"
    "</w:sdtContent></w:sdt>"
)
TEXTBOX_XML = (
    f'<w:p xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml">'
    "<w:r><mc:AlternateContent>"
    '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
    "<w:p><w:r><w:t>Boxed note on equal pay.</w:t></w:r></w:p>"
    "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
    "<w:p><w:r><w:t>Boxed note on equal pay.</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r></w:p>"
)


def build_tiny_docx(path: Path) -> Path:
    """Heading, numbered list, table (with a nested table), header/footer, tracked change, sdt, text box."""
    import docx
    from lxml import etree

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "ACME Framework Agreement - Schedule 4"
    section.footer.paragraphs[0].text = "Confidential"
    d.add_heading("Equal treatment", level=1)
    d.add_paragraph("The Supplier shall not discriminate against any person.")
    d.add_paragraph("first listed duty", style="List Number")
    d.add_paragraph("second listed duty", style="List Number")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Ground"
    table.cell(0, 1).text = "Covered"
    table.cell(1, 0).text = "Disability"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "inner A"
    inner.cell(0, 1).text = "inner B"
    table.cell(1, 1).paragraphs[0].text = "Yes"
    d.add_heading("Reporting", level=2)
    body = d.element.body
    sect = body[-1]
    for xml in (TRACKED_XML, SDT_XML, TEXTBOX_XML):
        sect.addprevious(etree.fromstring(xml))
    d.add_paragraph("Last paragraph.")
    d.save(str(path))
    return path


def rewrite_zip(src: Path, dst: Path, *, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> Path:
    """Copy a zip, replacing or adding members."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ingest")


@pytest.fixture(scope="session")
def tiny_pdf(fixture_dir: Path) -> Path:
    return build_tiny_pdf(fixture_dir / "tiny.pdf")


@pytest.fixture(scope="session")
def two_column_pdf(fixture_dir: Path) -> Path:
    return build_two_column_pdf(fixture_dir / "two_column.pdf")


@pytest.fixture(scope="session")
def scanned_pdf(fixture_dir: Path) -> Path:
    return build_scanned_pdf(fixture_dir / "scanned.pdf")


@pytest.fixture(scope="session")
def encrypted_pdf(fixture_dir: Path) -> Path:
    return build_tiny_pdf(fixture_dir / "encrypted.pdf", pages=1, encrypt="s3cret")


@pytest.fixture(scope="session")
def truncated_pdf(tiny_pdf: Path, fixture_dir: Path) -> Path:
    data = tiny_pdf.read_bytes()
    out = fixture_dir / "truncated.pdf"
    out.write_bytes(data[: len(data) // 3])
    return out


@pytest.fixture(scope="session")
def tiny_docx(fixture_dir: Path) -> Path:
    return build_tiny_docx(fixture_dir / "tiny.docx")


@pytest.fixture(scope="session")
def bomb_docx(tiny_docx: Path, fixture_dir: Path) -> Path:
    """A DOCX with a 24 MiB part of zeros (compresses about 1000:1)."""
    return rewrite_zip(tiny_docx, fixture_dir / "bomb.docx", add={"word/media/filler.bin": bytes(24 * 1024 * 1024)})


@pytest.fixture(scope="session")
def entity_docx(tiny_docx: Path, fixture_dir: Path) -> Path:
    """A DOCX whose document.xml declares entities (billion-laughs style)."""
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="' + W_NS.encode() + b'"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'
    )
    return rewrite_zip(tiny_docx, fixture_dir / "entity.docx", replace={"word/document.xml": xml})


# --- a real PostgreSQL server for the store tests ---------------------------------------------


def _pg_bin(name: str) -> str:
    import glob
    import shutil

    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise RuntimeError(
            f"PostgreSQL's {name} is not installed; install the Debian package 'postgresql' (.ci/run does)"
        )
    return path


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL server on loopback (initdb + pg_ctl in a temporary folder), torn down
    after the session. As root, the server runs as the 'postgres' system user."""
    import os
    import socket
    import subprocess
    import tempfile

    # not under pytest's private (0700) temporary root: the server may run as another user
    base = Path(tempfile.mkdtemp(prefix="procheck-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    prefix: list[str] = []
    import shutil

    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
        os.chmod(base, 0o755)
        prefix = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*prefix, _pg_bin("initdb"), "-D", str(data), "-U", "procheck", "--auth=trust", "-E", "UTF8",
                    "--no-sync"], check=True, capture_output=True, cwd=base)
    subprocess.run([*prefix, _pg_bin("pg_ctl"), "-D", str(data), "-w", "-l", str(base / "log"), "-o",
                    f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                   check=True, capture_output=True, cwd=base)
    try:
        subprocess.run([*prefix, _pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "procheck",
                        "procheck_test"], check=True, capture_output=True, cwd=base)
        yield f"postgresql://procheck@127.0.0.1:{port}/procheck_test"
    finally:
        subprocess.run([*prefix, _pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, cwd=base)
        shutil.rmtree(base, ignore_errors=True)

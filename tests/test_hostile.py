"""Hostile and broken input: every odd file on a shared drive gives a coded E1xx error (or is
skipped by discovery with a reason), never a traceback, a hang or a leak of another file's text.

Every hostile file is built here at test time (no binary blobs in the repository); real documents
come from ``samples/`` and from the builders in ``conftest.py``. POSIX only (FIFOs, sockets, fork,
arbitrary name bytes): the project's CI runs on Linux.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import socket
import stat
import struct
import tempfile
import traceback
import tracemalloc
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import W_NS, build_tiny_docx, build_tiny_pdf, rewrite_zip

from procheck.discover import discover
from procheck.errors import FileTooLarge, NotRegularFile
from procheck.ingest import load
from procheck.library import Library, load_library
from procheck.pipeline import check_path
from procheck.records import Report
from procheck.report import to_json, to_markdown, to_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_PDF = SAMPLES / "en01_cleaning_services_contract_antidiscrimination.pdf"
SAMPLE_DOCX = SAMPLES / "en03_school_transport_contract_ghent.docx"
CLAUSE = "The Supplier shall not discriminate against any employee on grounds of sex, religion or disability.\n"
SECRET = "HOSTILE-SECRET-7f3a91 must never be read"


# --- helpers ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_docx(tmp_path_factory.mktemp("hostile") / "tiny.docx")


def check(path: Path | str, lib: Library, **kw: Any) -> Report:
    """The public API, guarded so that a hang fails the test instead of blocking it."""
    with no_hang(30):
        return check_path(path, library=lib, **kw)


def error_code(report: Report) -> str | None:
    return report.error["code"] if report.error else None


def rendered(report: Report) -> str:
    """Everything a user sees of a report."""
    return to_json.dumps(report) + to_markdown.render(report) + to_text.render(report) + str(report.error)


@contextlib.contextmanager
def no_hang(seconds: float) -> Iterator[None]:
    """Raise in the test (instead of blocking forever) when the body takes longer than ``seconds``.

    A blocking ``open`` of a FIFO is interrupted by the signal, so a reader that opens one fails here.
    """

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"hung for more than {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def deflate(data: bytes) -> bytes:
    """A raw deflate stream, as stored in a zip."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def zeros_deflate(mib: int) -> bytes:
    """A raw deflate stream of ``mib`` MiB of zero bytes, built without ever holding them: the
    compressor is fully flushed after each MiB, so every MiB compresses to the same bytes."""
    chunk = bytes(1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    return first + again * (mib - 1) + c.flush(zlib.Z_FINISH)


def write_zip(path: Path, entries: list[tuple[str, bytes, int, int]]) -> Path:
    """Write a zip by hand from (name, raw deflate data, crc, declared size): unlike ``zipfile`` this
    lets the headers declare any size, as a hostile file does."""
    out = bytearray()
    central = bytearray()
    for name, raw, crc, size in entries:
        n = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(raw), size, len(n), 0) + n + raw
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(raw), size, len(n), 0, 0, 0, 0, 0, offset
        ) + n
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_offset, 0)
    path.write_bytes(bytes(out))
    return path


def docx_with_part(src: Path, dst: Path, part: str, raw: bytes, crc: int, declared: int) -> Path:
    """A copy of the DOCX ``src`` whose ``part`` is replaced by the given raw stream and headers."""
    entries = []
    with zipfile.ZipFile(src) as zf:
        for name in zf.namelist():
            if name == part:
                continue
            data = zf.read(name)
            entries.append((name, deflate(data), zlib.crc32(data), len(data)))
    entries.append((part, raw, crc, declared))
    return write_zip(dst, entries)


def run_as_nobody(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` in a forked child and return its JSON-able result. When the tests run as root
    (who ignores file permissions), the child first drops to the 'nobody' user, so that permission
    checks really happen; everything it needs is already imported in the parent."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        code = 1
        try:
            os.close(r)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            payload = json.dumps(fn()).encode()
            while payload:
                payload = payload[os.write(w, payload) :]
            code = 0
        except BaseException:  # noqa: BLE001 - report anything to the parent through the exit status
            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(w)
    chunks = []
    with os.fdopen(r, "rb") as f:
        while chunk := f.read(65536):
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the unprivileged child failed (traceback above)"
    return json.loads(b"".join(chunks))


@pytest.fixture
def world_dir() -> Iterator[Path]:
    """A folder the 'nobody' user can enter (pytest's tmp_path sits under a root-only folder)."""
    d = Path(tempfile.mkdtemp(prefix="procheck-hostile-"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        for p in [d, *d.rglob("*")]:
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(d)


# --- 1. corrupt and truncated documents ------------------------------------------------------------


@pytest.mark.parametrize("sample", [SAMPLE_PDF, SAMPLE_DOCX], ids=["pdf", "docx"])
@pytest.mark.parametrize("fraction", [0.02, 0.25, 0.5, 0.75, 0.95, 0.99])
def test_hostile_truncated_documents_are_corrupt(tmp_path: Path, lib: Library, sample: Path, fraction: float) -> None:
    data = sample.read_bytes()
    path = tmp_path / sample.name
    path.write_bytes(data[: int(len(data) * fraction)])
    report = check(path, lib)
    assert error_code(report) == "E104", report.error
    assert "damaged" in report.error["message"] and ("copy" in report.error["message"] or "re-save" in report.error["message"])
    assert {el.status for el in report.elements} == {"unknown"}


def test_hostile_pdf_without_end_marker_is_read_with_a_warning(tmp_path: Path, lib: Library) -> None:
    data = SAMPLE_PDF.read_bytes()
    path = tmp_path / "no-eof.pdf"
    path.write_bytes(data[: data.rindex(b"%%EOF")])
    report = check(path, lib)
    assert report.error is None and report.pages
    assert any("end-of-file marker" in w for w in report.warnings)
    # the complete file gets no such warning
    assert not any("end-of-file marker" in w for w in check(SAMPLE_PDF, lib).warnings)


def flip(data: bytes, positions: list[int]) -> bytes:
    b = bytearray(data)
    for i in positions:
        b[i] ^= 0xFF
    return bytes(b)


def docx_part_span(path: Path, part: str) -> tuple[int, int]:
    """Byte range of a part's compressed data inside the zip file."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(part)
    data = path.read_bytes()
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    return start, start + info.compress_size


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
@pytest.mark.parametrize("part", ["word/document.xml", "word/header1.xml"])
def test_hostile_docx_flipped_bytes_in_a_part_are_corrupt(
    tmp_path: Path, lib: Library, docx_path: Path, part: str, where: float
) -> None:
    start, end = docx_part_span(docx_path, part)
    at = start + int((end - start) * where)
    path = tmp_path / "flipped.docx"
    path.write_bytes(flip(docx_path.read_bytes(), [at, at + 1]))
    report = check(path, lib)
    assert error_code(report) == "E104", report.error
    assert part in report.error["message"] and "re-save" in report.error["message"]


@pytest.mark.parametrize("target", [b"%PDF-", b"startxref", b"/Root", b"endobj"])
def test_hostile_pdf_flipped_bytes_never_raise(tmp_path: Path, lib: Library, target: bytes) -> None:
    data = SAMPLE_PDF.read_bytes()
    at = data.index(target)
    path = tmp_path / "flipped.pdf"
    path.write_bytes(flip(data, [at, at + 2]))
    report = check(path, lib)
    # pdfium repairs some damage (a broken xref is rebuilt); what it cannot open is E104
    assert report.error is None or report.error["code"] == "E104", report.error
    if target == b"%PDF-":  # no header left: not a PDF and not text
        assert error_code(report) == "E104" and "no valid PDF header" in report.error["message"]


# --- 2. encrypted PDFs -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def encrypted_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_pdf(tmp_path_factory.mktemp("enc") / "locked.pdf", pages=2, encrypt="s3cret")


def test_hostile_encrypted_pdf_without_password(encrypted_pdf: Path, lib: Library) -> None:
    report = check(encrypted_pdf, lib)
    assert error_code(report) == "E105"
    assert "--password" in report.error["message"]


def test_hostile_encrypted_pdf_with_wrong_password(encrypted_pdf: Path, lib: Library) -> None:
    report = check(encrypted_pdf, lib, password="guess")
    assert error_code(report) == "E105"
    assert "wrong password" in report.error["message"] and "--password" in report.error["message"]


def test_hostile_encrypted_pdf_with_right_password(encrypted_pdf: Path, lib: Library) -> None:
    report = check(encrypted_pdf, lib, password="s3cret")
    assert report.error is None and report.pages == 2
    assert "discriminat" in load(encrypted_pdf, password="s3cret").text


# --- 3. zip bombs ----------------------------------------------------------------------------------


def test_hostile_docx_bomb_with_honest_sizes_is_refused_before_inflating(
    tmp_path: Path, lib: Library, docx_path: Path
) -> None:
    raw = zeros_deflate(3072)  # 3 GiB of zeros in about 3 MB
    path = docx_with_part(docx_path, tmp_path / "bomb.docx", "word/document.xml", raw, 0, 3072 << 20)
    tracemalloc.start()
    try:
        report = check(path, lib)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error_code(report) == "E107", report.error
    assert "zip bomb" in report.error["message"]
    assert peak < 64 << 20, f"peak {peak >> 20} MiB: the bomb was inflated"


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/header1.xml"])
def test_hostile_docx_bomb_with_lying_sizes_is_capped_while_streaming(
    tmp_path: Path, lib: Library, docx_path: Path, part: str
) -> None:
    raw = zeros_deflate(1024)  # inflates to 1 GiB; the headers say 4 KiB
    d = zlib.decompressobj(-15)
    assert len(d.decompress(raw, 8 << 20)) == 8 << 20  # the fixture really inflates far beyond its header
    path = docx_with_part(docx_path, tmp_path / "liar.docx", part, raw, 0, 4096)
    tracemalloc.start()
    try:
        report = check(path, lib)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error_code(report) == "E107", report.error
    assert part in report.error["message"] and "declares" in report.error["message"]
    assert peak < 64 << 20, f"peak {peak >> 20} MiB: the read was not capped"


def test_hostile_docx_part_shorter_than_its_header_is_corrupt(tmp_path: Path, lib: Library, docx_path: Path) -> None:
    with zipfile.ZipFile(docx_path) as zf:
        xml = zf.read("word/document.xml")
    path = docx_with_part(docx_path, tmp_path / "short.docx", "word/document.xml", deflate(xml), zlib.crc32(xml), len(xml) + 500)
    assert error_code(check(path, lib)) == "E104"


# --- 4. entity expansion and external entities -----------------------------------------------------

PART_ROOTS = {
    "word/document.xml": ("w:document", "<w:body><w:p><w:r><w:t>{ref}</w:t></w:r></w:p></w:body>"),
    "word/styles.xml": ("w:styles", '<w:style w:styleId="x"><w:name w:val="{ref}"/></w:style>'),
    "word/numbering.xml": ("w:numbering", '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:lvlText w:val="{ref}"/></w:lvl></w:abstractNum>'),
    "word/header1.xml": ("w:hdr", "<w:p><w:r><w:t>{ref}</w:t></w:r></w:p>"),
}
LAUGHS = '<!ENTITY l0 "ha">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))


def xml_attack(part: str, kind: str, secret_file: Path) -> bytes:
    """A part whose DOCTYPE attacks the parser: entity expansion, an external entity, a parameter
    entity, an external DTD, or an external entity hidden by UTF-16 or a long comment."""
    tag, body = PART_ROOTS[part]
    target = secret_file.as_uri()
    ref = "&x;"
    if kind == "laughs":
        dtd, ref = f"[{LAUGHS}]", "&l9;"
    elif kind == "external-dtd":
        dtd, ref = f'SYSTEM "{target}"', ""
    elif kind == "parameter":
        dtd, ref = f'[<!ENTITY % p SYSTEM "{target}"> %p;]', ""
    else:
        dtd = f'[<!ENTITY x SYSTEM "{target}">]'
    head = "<!--" + "padding " * 700 + "-->" if kind == "long-comment" else ""
    doc = f'<?xml version="1.0" encoding="{{enc}}"?>{head}<!DOCTYPE {tag} {dtd}><{tag} xmlns:w="{W_NS}">{body.format(ref=ref)}</{tag}>'
    if kind == "utf16":
        return doc.format(enc="UTF-16").encode("utf-16")
    return doc.format(enc="UTF-8").encode()


@pytest.mark.parametrize("kind", ["laughs", "xxe", "parameter", "external-dtd", "utf16", "long-comment"])
@pytest.mark.parametrize("part", list(PART_ROOTS))
def test_hostile_docx_entities_are_unsafe_and_never_leak(
    tmp_path: Path, lib: Library, docx_path: Path, part: str, kind: str
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    path = rewrite_zip(docx_path, tmp_path / f"{kind}.docx", replace={part: xml_attack(part, kind, secret)})
    report = check(path, lib)
    assert error_code(report) == "E107", report.error
    assert part in report.error["message"] and "re-save" in report.error["message"]
    assert "HOSTILE-SECRET" not in rendered(report)


def test_hostile_docx_xxe_of_etc_passwd_never_appears(tmp_path: Path, lib: Library, docx_path: Path) -> None:
    passwd = Path("/etc/passwd")
    first = passwd.read_text().splitlines()[0]
    path = rewrite_zip(docx_path, tmp_path / "xxe.docx", replace={"word/document.xml": xml_attack("word/document.xml", "xxe", passwd)})
    report = check(path, lib)
    assert error_code(report) == "E107"
    assert first not in rendered(report) and "/bin/" not in rendered(report)


# --- 5. macros and embedded objects ----------------------------------------------------------------


def test_hostile_docm_macros_and_embedded_objects_are_ignored_with_warnings(
    tmp_path: Path, lib: Library, docx_path: Path
) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"EMBEDDED-TEXT the supplier may discriminate" + bytes(200)
    path = rewrite_zip(
        docx_path,
        tmp_path / "macro.docm",
        add={
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1Sub AutoOpen() Shell(\"calc.exe\") End Sub",
            "word/embeddings/oleObject1.bin": ole,
            "word/activeX/activeX1.xml": b"<ax:ocx xmlns:ax='http://schemas.microsoft.com/office/2006/activeX'/>",
        },
    )
    report = check(path, lib)
    assert report.error is None
    warnings = " ".join(report.warnings)
    assert "macros" in warnings and "embedded objects" in warnings and "ActiveX" in warnings
    doc = load(path)
    assert "The Supplier shall not discriminate against any person." in doc.text
    assert "EMBEDDED-TEXT" not in doc.text and "AutoOpen" not in doc.text
    docs, _ = discover(tmp_path)
    assert path in docs  # a .docm is found by its content


def test_hostile_plain_docx_has_no_active_content_warning(lib: Library, docx_path: Path) -> None:
    assert not [w for w in check(docx_path, lib).warnings if "ignored" in w]


# --- 6. sizes, empty files and names that lie about the content -------------------------------------


def test_hostile_oversized_file_is_refused_before_reading(tmp_path: Path, lib: Library) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:  # sparse: 300 MiB on paper, nothing on disk
        f.truncate(300 << 20)
    tracemalloc.start()
    try:
        report = check(path, lib)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error_code(report) == "E106" and "limit" in report.error["message"]
    assert peak < 16 << 20


def test_hostile_max_bytes_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(CLAUSE.encode() * 1000)
    with pytest.raises(FileTooLarge):
        load(path, max_bytes=1024)
    assert "discriminate" in load(path, max_bytes=len(CLAUSE) * 1000).text


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.txt", "empty.md"])
def test_hostile_zero_byte_files_are_empty(tmp_path: Path, lib: Library, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    report = check(path, lib)
    assert error_code(report) == "E103" and "0 bytes" in report.error["message"]


def junk(size: int, *, nul: bool) -> bytes:
    rng = random.Random(size)
    data = rng.randbytes(size * 2)
    return (data if nul else data.replace(b"\x00", b""))[:size]


@pytest.mark.parametrize(
    ("name", "make", "fmt"),
    [
        ("contract.docx", lambda: SAMPLE_PDF.read_bytes(), "pdf"),
        ("contract.pdf", lambda: SAMPLE_DOCX.read_bytes(), "docx"),
        ("contract.pdf", lambda: CLAUSE.encode() * 3, "txt"),
        ("contract.docx", lambda: CLAUSE.encode("cp1252") * 3, "txt"),
        ("contract.pdf", lambda: "\ufeff".encode("utf-16-le") + CLAUSE.encode("utf-16-le"), "txt"),
    ],
)
def test_hostile_wrong_suffix_is_read_by_content(tmp_path: Path, lib: Library, name: str, make: Callable[[], bytes], fmt: str) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    report = check(path, lib)
    assert report.error is None and report.format == fmt
    assert any(f"named {path.suffix}" in w for w in report.warnings)
    assert any(el.status == "present" for el in report.elements)


@pytest.mark.parametrize(
    ("name", "make", "code", "words"),
    [
        ("junk.txt", lambda: junk(5000, nul=True), "E102", "does not look like text"),
        ("junk.txt", lambda: junk(5000, nul=False), "E102", "does not look like text"),
        ("junk.md", lambda: junk(40, nul=False), "E102", "does not look like text"),
        ("program.txt", lambda: b"\x7fELF\x02\x01\x01" + junk(3000, nul=True), "E102", "does not look like text"),
        ("photo.pdf", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF" + junk(3000, nul=True), "E104", "no PDF header"),
        ("junk.docx", lambda: junk(3000, nul=False), "E104", "not a zip archive"),
        ("letter.docx", lambda: b"{\\rtf1\\ansi The Supplier shall not discriminate.}", "E102", "RTF"),
        ("page.pdf", lambda: b"<!DOCTYPE html><html><body>The Supplier</body></html>", "E102", "HTML"),
    ],
)
def test_hostile_binary_or_foreign_content_is_a_clear_error(
    tmp_path: Path, lib: Library, name: str, make: Callable[[], bytes], code: str, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    report = check(path, lib)
    assert error_code(report) == code, report.error
    assert words in report.error["message"]
    assert {el.status for el in report.elements} == {"unknown"}  # never gibberish "missing" verdicts


# --- 7. permissions, special files, links and odd names --------------------------------------------


def test_hostile_unreadable_file_and_folder(world_dir: Path, lib: Library) -> None:
    secret = world_dir / "locked.pdf"
    secret.write_bytes(SAMPLE_PDF.read_bytes())
    secret.chmod(0)
    sub = world_dir / "closed"
    sub.mkdir()
    (sub / "inside.txt").write_text(CLAUSE)
    sub.chmod(0)

    def probe() -> dict[str, Any]:
        report = check_path(secret, library=lib)
        docs, skipped = discover(world_dir)
        return {
            "error": report.error,
            "docs": [p.name for p in docs],
            "skipped": {s.rel: s.reason for s in skipped},
        }

    got = run_as_nobody(probe)
    assert got["error"]["code"] == "E108" and "permission denied" in got["error"]["message"]
    assert got["docs"] == ["locked.pdf"]  # found; the scan reports E108 for it
    assert "folder cannot be read" in got["skipped"]["closed/"]


def test_hostile_directory_given_as_a_file(tmp_path: Path, lib: Library) -> None:
    (tmp_path / "folder.pdf").mkdir()
    report = check(tmp_path / "folder.pdf", lib)
    assert error_code(report) == "E102" and "procheck scan" in report.error["message"]


def make_socket(path: Path) -> socket.socket:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(path))
    return s


@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "link-to-device"])
def test_hostile_special_files_are_never_opened(tmp_path: Path, lib: Library, kind: str) -> None:
    path = tmp_path / "contract.pdf"
    sock = None
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        sock = make_socket(path)
    elif kind == "device":
        path = Path(os.devnull)
    else:
        path.symlink_to(os.devnull)
    try:
        report = check(path, lib)  # a blocking open of the FIFO would trip the alarm
        assert error_code(report) == "E109", report.error
        assert "not a regular file" in report.error["message"] and "not opened" in report.error["message"]
        with pytest.raises(NotRegularFile):
            with no_hang(10):
                load(path)
    finally:
        if sock is not None:
            sock.close()


def test_hostile_discover_skips_special_files_without_opening_them(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "real.txt").write_text(CLAUSE)
    os.mkfifo(root / "pipe.pdf")
    os.mkfifo(root / "pipe-no-suffix")  # an unknown suffix would be sniffed: must not block
    sock = make_socket(root / "sock.docx")
    try:
        devnote = ""
        try:
            os.mknod(root / "dev.pdf", stat.S_IFCHR | 0o600, os.makedev(1, 3))
        except PermissionError:  # no CAP_MKNOD: link to the real device instead (still skipped)
            devnote = "link"
            (root / "dev.pdf").symlink_to(os.devnull)
        with no_hang(10):
            docs, skipped = discover(root)
    finally:
        sock.close()
    assert [p.name for p in docs] == ["real.txt"]
    reasons = {s.rel: s.reason for s in skipped}
    assert "FIFO" in reasons["pipe.pdf"] and "FIFO" in reasons["pipe-no-suffix"]
    assert "socket" in reasons["sock.docx"]
    assert ("outside" if devnote else "device") in reasons["dev.pdf"]


def test_hostile_discover_symlinks(tmp_path: Path, lib: Library) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "real.txt").write_text(CLAUSE)
    outside = tmp_path / "outside-secret.txt"
    outside.write_text(SECRET)
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (root / "secret.txt").symlink_to(outside)
    (root / "relative-escape.txt").symlink_to(Path("..") / "outside-secret.txt")
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    (root / "self.pdf").symlink_to("self.pdf")
    (root / "broken.pdf").symlink_to(root / "gone.pdf")
    (root / "inside-link.txt").symlink_to(Path("sub") / "real.txt")
    (root / "folder-link").symlink_to(tmp_path, target_is_directory=True)
    with no_hang(10):
        docs, skipped = discover(root)
    assert sorted(p.relative_to(root).as_posix() for p in docs) == ["inside-link.txt", "sub/real.txt"]
    reasons = {s.rel: s.reason for s in skipped}
    for name in ("passwd.txt", "secret.txt", "relative-escape.txt"):
        assert "outside the scanned folder" in reasons[name]
    for name in ("loop-a.txt", "loop-b.txt", "self.pdf"):
        assert "loop" in reasons[name]
    assert "broken" in reasons["broken.pdf"]
    assert "not followed" in reasons["folder-link/"]
    for p in docs:  # what is found is read, and none of it is the secret
        report = check(p, lib)
        assert report.error is None and "HOSTILE-SECRET" not in rendered(report)


def test_hostile_check_of_a_link_loop_is_a_clear_error(tmp_path: Path, lib: Library) -> None:
    (tmp_path / "a.pdf").symlink_to(tmp_path / "b.pdf")
    (tmp_path / "b.pdf").symlink_to(tmp_path / "a.pdf")
    report = check(tmp_path / "a.pdf", lib)
    assert error_code(report) == "E108" and "symbolic link loop" in report.error["message"]


ODD_NAMES: list[bytes] = [
    b"with spaces  and  tabs\t.txt",
    unicodedata.normalize("NFC", "Avtal Malmö é.txt").encode(),
    unicodedata.normalize("NFD", "Avtal Malmö é.txt").encode(),
    b"new\nline.txt",
    b"-leading-dash.txt",
    b"--help.md",
    ("long-" + "x" * 240 + ".txt").encode(),
    b"caf\xe9-latin1-bytes.txt",  # not UTF-8: a surrogate escape in the str path
    b"\xff\xfe.md",
    "emoji-\U0001f4c4-contract.txt".encode(),
    b"quote\"'`$(echo).txt",
    b"back\\slash.txt",
]


def test_hostile_odd_names_are_discovered_and_checked(tmp_path: Path, lib: Library) -> None:
    root = tmp_path / "in"
    root.mkdir()
    broot = os.fsencode(root)
    for i, name in enumerate(ODD_NAMES):
        with open(os.path.join(broot, name), "wb") as f:
            f.write(CLAUSE.encode() + f"marker-{i}\n".encode())
    docs, skipped = discover(root)
    assert skipped == []
    assert sorted(os.fsencode(p.name) for p in docs) == sorted(ODD_NAMES)
    for p in docs:
        report = check(p, lib)
        assert report.error is None, report.error
        assert report.path == str(p)
        i = ODD_NAMES.index(os.fsencode(p.name))
        with open(os.fsencode(report.path), "rb") as f:  # the report's path leads back to the same file
            assert f.read().endswith(f"marker-{i}\n".encode())
        assert any(el.status == "present" for el in report.elements)

"""Ingest: read a PDF, DOCX or plain-text file into a :class:`~procheck.records.Document`.

``load(path)`` is the only entry point. It sniffs the format from the file's bytes (``%PDF``, a zip
holding ``word/document.xml``), falls back to the suffix for plain text (.txt, .text, .md) and raises
the coded E1xx errors of :mod:`procheck.errors` for anything it cannot read. The readers
(``from_pdf``, ``from_docx``, ``from_text``) are imported lazily so that ``import procheck.ingest`` stays
cheap (no pdfplumber, no spaCy).

Hostile input: only regular files are opened (FIFOs, sockets and devices are E109, decided from
``stat`` and re-checked on the non-blocking descriptor), the size limit is checked before the file
is read and the read itself stops one byte past it (E106), and the content decides the format, not
the name: a PDF named .docx is read as a PDF, plain text named .pdf as text (with a warning), while
binary data named .txt, RTF and HTML are refused (E102) instead of being judged as gibberish.

Text model shared by every reader: ``Document.text`` is the blocks' texts joined by a single ``"\\n"``;
each block is one paragraph on one line and ``Document.text[b.start:b.end] == b.text``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path

from procheck.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileNotFound,
    FileTooLarge,
    InputError,
    NotRegularFile,
    ProcheckError,
    Unreadable,
    UnsupportedFormat,
)
from procheck.records import BODY, Block, Document, Page

__all__ = ["load", "read_bounded", "sniff_format", "looks_like_text", "RawBlock", "assemble", "clean_line", "TEXT_SUFFIXES"]

#: Suffixes read as plain text when the content is not a PDF or DOCX.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
DEFAULT_MAX_BYTES = 200 * 1024 * 1024

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONVERT_HINT = "convert it to DOCX or PDF (e.g. open it in Word or LibreOffice and 'Save as')"


@dataclass
class RawBlock:
    """A block before offsets are assigned (used by the readers)."""

    text: str
    kind: str = BODY
    page: int | None = None
    style: str | None = None
    numbering: str | None = None
    level: int | None = None


_WS = re.compile(r"\s+")


def clean_line(text: str) -> str:
    """Collapse all whitespace (including newlines and NBSP) into single spaces and strip.

    ``str.split()`` splits on exactly the characters that ``\\s`` matches (``str.isspace``), so this
    equals ``_WS.sub(" ", text).strip()`` for every input and is about five times faster.
    """
    return " ".join(text.replace("\u00ad", "").replace("\x00", "").split())


def assemble(
    path: str,
    sha256: str,
    fmt: str,
    raw_blocks: list[RawBlock],
    *,
    page_count: int = 0,
    pages_with_text: set[int] | None = None,
    warnings: list[str] | None = None,
    engine: str = "",
) -> Document:
    """Join cleaned blocks into ``Document.text`` and compute offsets and pages.

    Empty blocks are dropped. For paginated formats ``page_count`` > 0 and every block has a page.
    """
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    page_spans: dict[int, list[int]] = {}
    for rb in raw_blocks:
        text = clean_line(rb.text)
        if not text:
            continue
        if parts:
            pos += 1  # the "\n" separator
        start, end = pos, pos + len(text)
        blocks.append(
            Block(
                text=text,
                start=start,
                end=end,
                page=rb.page,
                kind=rb.kind,
                style=rb.style,
                numbering=rb.numbering,
                level=rb.level,
            )
        )
        parts.append(text)
        pos = end
        if rb.page is not None:
            span = page_spans.setdefault(rb.page, [start, end])
            span[1] = end
    full = "\n".join(parts)
    pages: list[Page] = []
    if page_count:
        with_text = pages_with_text if pages_with_text is not None else set(page_spans)
        cursor = 0
        for n in range(1, page_count + 1):
            if n in page_spans:
                s, e = page_spans[n]
                cursor = e
            else:
                # an empty page sits where the next page's text starts
                s = e = min(cursor + 1, len(full)) if cursor else 0
            pages.append(Page(number=n, start=s, end=e, has_text=n in with_text))
    warns = list(warnings or [])
    needs_ocr = any(not p.has_text for p in pages)
    return Document(
        path=path,
        sha256=sha256,
        format=fmt,
        text=full,
        blocks=tuple(blocks),
        pages=tuple(pages),
        needs_ocr=needs_ocr,
        warnings=tuple(warns),
        engine=engine,
    )


#: Share of suspicious characters (controls, U+FFFD, private use, unassigned) above which decoded
#: bytes are binary, not text.
BINARY_SHARE = 0.02
_TEXT_SAMPLE = 64 * 1024


def looks_like_text(data: bytes) -> bool:
    """Do these bytes read as human text? (UTF-8 or UTF-16 with a BOM, no NUL bytes, almost no
    control or undecodable characters, and at least one letter). Only the first 64 KiB are judged;
    a cut multi-byte character at the end of the sample is ignored."""
    sample = data[:_TEXT_SAMPLE]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = sample.decode("utf-16", errors="replace")
    else:
        if b"\x00" in sample:
            return False
        text = sample.decode("utf-8", errors="replace")
        if len(data) > _TEXT_SAMPLE:
            text = text[:-2]  # a character cut by the sample boundary is not a defect
        if text.count("\ufffd") > BINARY_SHARE * max(len(text), 1):
            text = sample.decode("cp1252", errors="replace")  # legacy 8-bit text is still text
    return text_is_plausible(text)


def text_is_plausible(text: str) -> bool:
    """Decoded text with at most ``BINARY_SHARE`` suspicious characters and at least one letter."""
    if not text:
        return False
    bad = 0
    letter = False
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cn", "Cs") and ch not in "\t\n\r\f\v":
            bad += 1
        elif ch == "\ufffd":
            bad += 1
        elif not letter and cat.startswith("L"):
            letter = True
    return letter and bad <= BINARY_SHARE * len(text)


_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")


def _has_pdf_objects(data: bytes) -> bool:
    """Does the file contain PDF object syntax (``12 0 obj ... endobj``)? Then it is a PDF whose header
    is damaged, not a text file to be read as prose."""
    return b"endobj" in data and _PDF_OBJECT.search(data) is not None


def _markup_kind(head: bytes) -> str | None:
    """``rtf`` or ``html`` for files that are neither PDF, DOCX nor plain text but often carry
    a .doc/.docx/.pdf/.txt name; None otherwise."""
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if h.startswith(b"{\\rtf"):
        return "rtf"
    if h.startswith((b"<!doctype html", b"<html")) or (h.startswith(b"<?xml") and b"<html" in h[:512]):
        return "html"
    return None


def sniff_format(data: bytes, suffix: str) -> str:
    """Return ``pdf``, ``docx`` or ``txt`` for the given bytes, or raise an E1xx error.

    The content decides, not the name: a PDF named .docx is a PDF, and a plain-text file named
    .pdf or .docx is read as text. Binary data named .txt is refused (E102) rather than read as
    gibberish."""
    suffix = suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, suffix)
    if data.startswith(_OLE2_MAGIC):
        if suffix == ".docx":
            raise EncryptedFile(
                "the DOCX file is password-protected (encrypted Office container); "
                "remove the password in Word and save again"
            )
        from procheck.ingest.from_doc import is_word97

        if is_word97(data):
            return "doc"
        raise UnsupportedFormat(f"legacy binary Office file (.xls/.ppt); {_CONVERT_HINT}")
    markup = _markup_kind(head)
    if markup == "rtf":
        raise UnsupportedFormat(f"this is an RTF file, whatever its name says; {_CONVERT_HINT}")
    if markup == "html" and suffix not in TEXT_SUFFIXES:
        raise UnsupportedFormat(f"this is a web page (HTML), whatever its name says; {_CONVERT_HINT}")
    if suffix in (".pdf", ".docx") and _has_pdf_objects(data):
        raise CorruptFile(
            "the file holds PDF objects but no valid PDF header; it is a damaged PDF: get a fresh copy "
            "from the sender or open and re-save it in a PDF viewer"
        )
    if suffix in TEXT_SUFFIXES or suffix in (".pdf", ".docx"):
        if looks_like_text(data):
            return "txt"
        if suffix in TEXT_SUFFIXES:
            raise UnsupportedFormat(
                f"the file is named {suffix} but does not look like text (binary data, or an encoding other "
                f"than UTF-8/UTF-16/Windows-1252); check that it is the right file and save it as UTF-8 text, "
                f"or {_CONVERT_HINT}"
            )
    if suffix == ".pdf":
        raise CorruptFile(
            "the file has a .pdf suffix but no PDF header and is not text; it is damaged or not a PDF: "
            "get a fresh copy from the sender or re-export it to PDF"
        )
    if suffix == ".docx":
        raise CorruptFile(
            "the file has a .docx suffix but is not a zip archive; it is damaged: "
            "get a fresh copy or re-save it from Word"
        )
    raise UnsupportedFormat(
        f"unsupported file type {suffix or '(no suffix)'!r}; procheck reads PDF, DOCX, TXT and MD: {_CONVERT_HINT}"
    )


def _sniff_zip(data: bytes, suffix: str) -> str:
    """``docx`` for a zip holding ``word/document.xml`` (also .docm, .dotx); an E1xx error otherwise."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        if suffix in (".docx", ".docm"):
            raise CorruptFile(
                f"the DOCX file is damaged ({exc}); it may be truncated: get a fresh copy or re-save it from Word"
            ) from None
        raise UnsupportedFormat(f"unreadable zip archive; {_CONVERT_HINT}") from None
    if "word/document.xml" in names:
        return "docx"
    if suffix in (".docx", ".docm"):
        raise CorruptFile("the DOCX file has no word/document.xml part; re-save it from Word")
    raise UnsupportedFormat(f"zip archive that is not a Word document; {_CONVERT_HINT}")


_KIND_OF_MODE = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _special_kind(mode: int) -> str:
    """What a non-regular, non-directory file is, in words."""
    for test, kind in _KIND_OF_MODE:
        if test(mode):
            return kind
    return "not a regular file"


def _check_stat(st: os.stat_result, spath: str, max_bytes: int) -> None:
    """Refuse directories, special files, empty and oversized files from their metadata alone."""
    if stat.S_ISDIR(st.st_mode):
        raise UnsupportedFormat("this is a directory, not a file; use 'procheck scan' for folders", path=spath)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(
            f"this is {_special_kind(st.st_mode)}, not a regular file; it was not opened (reading it could "
            "block or never end): copy the document to an ordinary file and check that",
            path=spath,
        )
    if st.st_size == 0:
        raise EmptyFile("the file is empty (0 bytes); get a complete copy of the document", path=spath)
    if st.st_size > max_bytes:
        raise FileTooLarge(
            f"the file is {st.st_size / 1048576:.1f} MiB, above the limit of {max_bytes / 1048576:.0f} MiB; "
            "check that it is the right file, export a smaller copy (e.g. lower image quality), or raise "
            "the limit (--max-size MB)",
            path=spath,
        )


def _os_error(exc: OSError, spath: str, action: str) -> InputError:
    """The coded error for an OS failure while opening or reading ``spath``."""
    if isinstance(exc, FileNotFoundError):
        return FileNotFound("file not found; check the path", path=spath)
    if isinstance(exc, PermissionError):
        return Unreadable(
            "permission denied; ask for read access to the file or copy it somewhere readable", path=spath
        )
    if exc.errno == errno.ELOOP:
        return Unreadable("the path is a symbolic link loop; fix or remove the link", path=spath)
    if exc.errno == errno.ENAMETOOLONG:
        return Unreadable("the path or a name in it is too long for the system; shorten it", path=spath)
    return Unreadable(
        f"cannot {action} the file ({exc.strerror or exc}); check that the drive is reachable and the path "
        "is right",
        path=spath,
    )


def read_bounded(spath: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, never more than ``max_bytes``.

    The size is checked with ``stat`` before the file is opened, the file is opened non-blocking (a
    path swapped for a FIFO after the check cannot hang) and checked again on the open descriptor,
    and the read stops one byte past the limit, so a file that grows meanwhile is not slurped.
    """
    try:
        st = os.stat(spath)
    except OSError as exc:
        raise _os_error(exc, spath, "access") from None
    _check_stat(st, spath, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(spath, flags)
    except OSError as exc:
        raise _os_error(exc, spath, "open") from None
    try:
        _check_stat(os.fstat(fd), spath, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise _os_error(exc, spath, "read") from None
    finally:
        os.close(fd)
    if total == 0:
        raise EmptyFile("the file is empty (0 bytes); get a complete copy of the document", path=spath)
    if total > max_bytes:
        raise FileTooLarge(
            f"the file grew beyond the limit of {max_bytes / 1048576:.0f} MiB while it was read; "
            "check it once it is complete, or raise the limit (max_bytes=... in Python)",
            path=spath,
        )
    return b"".join(chunks)


_NAMED = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".txt": "txt", ".text": "txt", ".md": "txt",
          ".markdown": "txt"}  # fmt: skip


def _name_warning(suffix: str, fmt: str) -> str | None:
    """A note when the content's format differs from what the file name says."""
    named = _NAMED.get(suffix.lower())
    if named is None or named == fmt:
        return None
    what = {"pdf": "a PDF", "docx": "a Word (DOCX) document", "txt": "plain text"}[fmt]
    return f"the file is named {suffix} but its content is {what}; it was read as {what}"


def load(
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read ``path`` into a :class:`Document`.

    Raises FileNotFound (E101), UnsupportedFormat (E102), EmptyFile (E103), CorruptFile (E104),
    EncryptedFile (E105), FileTooLarge (E106), UnsafeFile (E107), Unreadable (E108) or
    NotRegularFile (E109). The size limit is checked before the file is read into memory.
    """
    spath = os.fspath(path)
    data = read_bounded(spath, max_bytes)
    sha = hashlib.sha256(data).hexdigest()
    suffix = Path(spath).suffix
    try:
        fmt = sniff_format(data, suffix)
        doc = _read(fmt, data, spath, sha, password)
    except ProcheckError as exc:
        if exc.path is None:
            exc.path = spath
        raise
    except RecursionError as exc:
        raise CorruptFile(
            "the file's structure is nested too deeply to read (damaged or hostile file); "
            "re-save or re-export it",
            path=spath,
        ) from exc
    except Exception as exc:  # last line of defence: never a raw traceback
        err = InputError if isinstance(exc, MemoryError) else CorruptFile
        raise err(
            f"could not read the file ({type(exc).__name__}: {exc}); it may be damaged: "
            "re-save or re-export it and check again",
            path=spath,
        ) from exc
    note = _name_warning(suffix, fmt)
    return replace(doc, warnings=(note, *doc.warnings)) if note else doc


def _read(fmt: str, data: bytes, spath: str, sha: str, password: str | None) -> Document:
    """Dispatch to the reader of ``fmt`` (imported lazily)."""
    if fmt == "pdf":
        from procheck.ingest.from_pdf import read_pdf

        return read_pdf(data, spath, sha, password=password)
    if fmt == "docx":
        from procheck.ingest.from_docx import read_docx

        return read_docx(data, spath, sha)
    if fmt == "doc":
        from procheck.ingest.from_doc import read_doc

        return read_doc(data, spath, sha)
    from procheck.ingest.from_text import read_text

    return read_text(data, spath, sha)

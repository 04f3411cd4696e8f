"""Legacy binary Word files (.doc, Word 97–2003): converted to DOCX by LibreOffice, then read by the
DOCX reader.

Municipal archives are full of .doc contracts. procheck does not parse the binary format itself; when
LibreOffice (``soffice``) is installed it converts the file headless, in a private temporary profile,
with a time limit, and never runs the document's macros (LibreOffice's headless conversion does not
execute them). Without LibreOffice the file is reported as E102 with the way to convert it. The
report carries a warning that the text came through a conversion and that page numbers are not known.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from procheck.errors import CorruptFile, UnsupportedFormat
from procheck.records import Document

#: the name of the main stream of a Word 97–2003 file, as it appears in the OLE directory (UTF-16LE)
WORD_STREAM = "WordDocument".encode("utf-16-le")
TIMEOUT = 120.0
HINT = "convert it to DOCX or PDF (e.g. open it in Word or LibreOffice and 'Save as')"


def is_word97(data: bytes) -> bool:
    """Is this OLE container a Word 97–2003 document (not a spreadsheet or a presentation)?"""
    return WORD_STREAM in data[:1 << 20] or WORD_STREAM in data[-(1 << 16):]


def soffice() -> str | None:
    """The LibreOffice command, if installed (``PROCHECK_SOFFICE`` overrides; empty disables)."""
    if "PROCHECK_SOFFICE" in os.environ:
        return os.environ["PROCHECK_SOFFICE"] or None
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(data: bytes, *, timeout: float = TIMEOUT) -> bytes:
    """The DOCX bytes of a legacy Word file, converted by LibreOffice."""
    exe = soffice()
    if exe is None:
        raise UnsupportedFormat(f"legacy binary Word file (.doc); {HINT}, or install LibreOffice "
                                "(Debian: libreoffice-writer-nogui) and procheck converts it")
    with tempfile.TemporaryDirectory(prefix="procheck-doc-") as tmp:
        src = Path(tmp) / "document.doc"
        src.write_bytes(data)
        cmd = [exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore", "--nolockcheck",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", f"{tmp}/out", str(src)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=timeout, check=False, cwd=tmp,
                           stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as e:
            raise CorruptFile(f"LibreOffice did not convert the .doc file within {timeout:g} s; {HINT}") from e
        out = Path(tmp) / "out" / "document.docx"
        if not out.is_file() or out.stat().st_size == 0:
            raise CorruptFile(f"LibreOffice could not convert the .doc file (damaged?); {HINT}")
        return out.read_bytes()


def read_doc(data: bytes, path: str, sha256: str) -> Document:
    """Read a legacy Word file through a LibreOffice conversion to DOCX."""
    from procheck.ingest.from_docx import read_docx

    doc = read_docx(to_docx(data), path, sha256)
    note = ("a legacy Word (.doc) file, converted to DOCX with LibreOffice to be read; "
            "check quoted text against the original")
    return replace(doc, format="doc", engine="libreoffice+docx-xml", warnings=(note, *doc.warnings))

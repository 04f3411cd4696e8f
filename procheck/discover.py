"""Find the documents under a folder, and say why every other file was skipped.

Recursive, sorted, never following a link to a folder; hidden files and folders, Office lock files,
project files and obvious non-documents are skipped with a reason; files of other suffixes are kept
when their first bytes show a PDF, a ZIP (DOCX) or an OLE (legacy Word) container.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

#: Suffixes always handed to the ingest.
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md"})
#: Suffixes that are never documents; skipped without opening the file.
NON_DOCUMENT_SUFFIXES = frozenset(
    {
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".bmp",
        ".tif",
        ".tiff",
        ".webp",
        ".svg",
        ".ico",
        ".heic",
        ".zip",
        ".gz",
        ".tgz",
        ".bz2",
        ".xz",
        ".7z",
        ".rar",
        ".tar",
        ".zst",
        ".mp3",
        ".mp4",
        ".wav",
        ".avi",
        ".mov",
        ".mkv",
        ".flac",
        ".ogg",
        ".exe",
        ".dll",
        ".so",
        ".dylib",
        ".bin",
        ".iso",
        ".dmg",
        ".msi",
        ".pyc",
        ".o",
        ".class",
        ".jar",
        ".db",
        ".sqlite",
        ".lock",
        ".json",
        ".csv",
        ".xml",
        ".yaml",
        ".yml",
        ".js",
        ".css",
        ".py",
        ".xlsx",
        ".xls",
        ".pptx",
        ".ppt",
    }
)
#: Leading bytes of the formats the ingest can detect by content (the hook for odd suffixes).
MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip container (DOCX?)"),
    (b"\xd0\xcf\x11\xe0", "OLE (legacy .doc?)"),
)
_PROJECT_FILE = re.compile(r"^(?:readme|license|licence|changelog|contributing)(?:\.(?:md|txt|rst))?$", re.I)


@dataclass(frozen=True)
class Skipped:
    """A file the scan did not check."""

    rel: str  #: path relative to the scan root (POSIX)
    reason: str



# --------------------------------------------------------------------------------------------


def sniff(path: Path) -> str | None:
    """The container format of a file by its first bytes, or None."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError:
        return None
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _is_within(path: Path, parent: Path) -> bool:
    try:
        path.relative_to(parent)
        return True
    except ValueError:
        return False


def discover(root: Path, out: Path | None = None) -> tuple[list[Path], list[Skipped]]:
    """Documents under ``root`` (sorted) and the files skipped, with reasons. ``out`` is never
    entered when it lies inside ``root``."""
    out_r = out.resolve() if out is not None else None
    docs: list[Path] = []
    skipped: list[Skipped] = []

    def rel(p: Path) -> str:
        return p.relative_to(root).as_posix()

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        keep = []
        for d in sorted(dirnames):
            sub = here / d
            if d.startswith("."):
                skipped.append(Skipped(rel(sub) + "/", "hidden folder"))
            elif out_r is not None and sub.resolve() == out_r:
                skipped.append(Skipped(rel(sub) + "/", "the --out folder"))
            elif sub.is_symlink():
                skipped.append(Skipped(rel(sub) + "/", "symbolic link to a folder (not followed)"))
            else:
                keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            p = here / name
            suffix = p.suffix.lower()
            if name.startswith("."):
                skipped.append(Skipped(rel(p), "hidden file"))
            elif name.startswith("~$"):
                skipped.append(Skipped(rel(p), "Office lock file"))
            elif _PROJECT_FILE.match(name):
                skipped.append(Skipped(rel(p), "a folder's README/licence/changelog, not a contract"))
            elif not p.is_file():
                skipped.append(Skipped(rel(p), "not a regular file"))
            elif suffix in DOCUMENT_SUFFIXES:
                docs.append(p)
            elif suffix in NON_DOCUMENT_SUFFIXES:
                skipped.append(Skipped(rel(p), f"not a document ({suffix})"))
            elif sniff(p) is not None:
                docs.append(p)  # e.g. a PDF saved without suffix: the ingest detects it by content
            else:
                skipped.append(Skipped(rel(p), f"unsupported file type ({suffix or 'no suffix'})"))
    docs.sort(key=lambda p: rel(p))
    skipped.sort(key=lambda s: s.rel)
    return docs, skipped

"""Find the documents under a folder, and say why every other file was skipped.

Recursive, sorted, never following a link to a folder; hidden files and folders, Office lock files,
project files and obvious non-documents are skipped with a reason; files of other suffixes are kept
when their first bytes show a PDF, a ZIP (DOCX) or an OLE (legacy Word) container.

Hostile trees: nothing but regular files is ever opened (FIFOs, sockets and devices are skipped
from their metadata); a symbolic link to a file is kept only when its target is a regular file
inside the scanned folder (a link to ``/etc/passwd`` is skipped, and so are broken links and link
loops); a folder that cannot be listed is reported as skipped instead of vanishing silently. Names
are kept as the operating system gives them (spaces, newlines, NFC and NFD spellings, leading
dashes, undecodable bytes as surrogate escapes), so report paths point at the real files.
"""

from __future__ import annotations

import errno
import os
import re
import stat
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
    """The container format of a file by its first bytes, or None. Only a regular file is read: the
    file is opened non-blocking and checked on its descriptor, so a FIFO never hangs the scan."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        head = os.read(fd, 8)
    except OSError:
        return None
    finally:
        os.close(fd)
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


def _special(mode: int) -> str | None:
    """The skip reason of a file that is not regular (never opened), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a document; not opened"
    if stat.S_ISSOCK(mode):
        return "a socket, not a document; not opened"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file, not a document; not opened"
    if stat.S_ISDIR(mode):
        return "a folder reached through a link (not followed)"
    return "not a regular file; not opened"


def _link_problem(p: Path, real_root: Path) -> str | None:
    """Why a symbolic link to a file must not be followed, or None when its target is a regular
    file inside the scanned folder."""
    try:
        target = p.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop this way
        return "symbolic link loop (not followed)"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (not followed)"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "broken symbolic link (its target does not exist)"
        return f"symbolic link that cannot be resolved ({exc.strerror or exc})"
    if not _is_within(target, real_root):
        return "symbolic link pointing outside the scanned folder (not followed)"
    try:
        reason = _special(os.stat(target).st_mode)
    except OSError as exc:
        return f"symbolic link whose target cannot be read ({exc.strerror or exc})"
    return f"symbolic link to {reason}" if reason else None


def _file_problem(p: Path, real_root: Path) -> str | None:
    """Why the entry ``p`` (found by the walk) is not a readable regular file, or None."""
    try:
        st = os.lstat(p)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISLNK(st.st_mode):
        return _link_problem(p, real_root)
    return _special(st.st_mode)


def _classify(p: Path, real_root: Path) -> tuple[bool, str]:
    """(is a document, skip reason) of one file found under the root."""
    name = p.name
    suffix = p.suffix.lower()
    if name.startswith("."):
        return False, "hidden file"
    if name.startswith("~$"):
        return False, "Office lock file"
    if _PROJECT_FILE.match(name):
        return False, "a folder's README/licence/changelog, not a contract"
    problem = _file_problem(p, real_root)
    if problem is not None:
        return False, problem
    if suffix in DOCUMENT_SUFFIXES:
        return True, ""
    if suffix in NON_DOCUMENT_SUFFIXES:
        return False, f"not a document ({suffix})"
    if sniff(p) is not None:
        return True, ""  # e.g. a PDF saved without suffix: the ingest detects it by content
    return False, f"unsupported file type ({suffix or 'no suffix'})"


def discover(root: Path, out: Path | None = None) -> tuple[list[Path], list[Skipped]]:
    """Documents under ``root`` (sorted) and the files skipped, with reasons. ``out`` is never
    entered when it lies inside ``root``."""
    root = Path(root)
    real_root = root.resolve()
    out_r = out.resolve() if out is not None else None
    docs: list[Path] = []
    skipped: list[Skipped] = []

    def rel(p: Path) -> str:
        return p.relative_to(root).as_posix()

    def unlistable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename is not None else root
        name = rel(where) if where != root else "."
        skipped.append(Skipped(name + "/", f"folder cannot be read ({exc.strerror or exc}); its files were not checked"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable, followlinks=False):
        here = Path(dirpath)
        keep = []
        for d in sorted(dirnames):
            sub = here / d
            if d.startswith("."):
                skipped.append(Skipped(rel(sub) + "/", "hidden folder"))
            elif sub.is_symlink():
                skipped.append(Skipped(rel(sub) + "/", "symbolic link to a folder (not followed)"))
            elif out_r is not None and sub.resolve() == out_r:
                skipped.append(Skipped(rel(sub) + "/", "the --out folder"))
            else:
                keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            p = here / name
            is_doc, reason = _classify(p, real_root)
            if is_doc:
                docs.append(p)
            else:
                skipped.append(Skipped(rel(p), reason))
    docs.sort(key=lambda p: rel(p))
    skipped.sort(key=lambda s: s.rel)
    return docs, skipped

"""Plain-text and Markdown reader.

Decoding: UTF-8 (a BOM is stripped), then charset-normalizer's best guess (with a warning naming the
encoding), then cp1252 with replacement characters as a last resort.

Blocks: paragraphs are separated by blank lines; the lines of a paragraph are joined with a space,
except that a line starting with a clause number, a bullet or a Markdown ``#`` starts a new block.
Markdown ``#`` headings and short ALL-CAPS or numbered lines without a final period become headings.
``Document.text`` is built from the cleaned blocks, so offsets point into it, not into the raw file.
"""

from __future__ import annotations

import re

from procheck.ingest import RawBlock, assemble, clean_line
from procheck.records import BODY, HEADING, Document

#: A line that starts a new block even without a blank line before it.
_STARTER = re.compile(
    r"""^\s*(?:
        \#{1,6}\s                                  # markdown heading
      | §\s*\d                                     # § 5
      | (?:\d{1,3}\.)+\d{0,3}\s                    # 1. / 12.3 / 12.3.
      | \d{1,3}(?:\.\d{1,3})+\s                    # 12.3
      | [A-Z]{1,2}\d{1,3}(?:\.\d{1,3})*\.?\s       # A3. / B15 / K1.6
      | (?:Article|Artikel|Clause|Section|Part|Del|Deel|Bilaga|Bijlage|Annex|Schedule|Appendix|Punkt)\s+[\dA-Z]  # Part A
      | \(?[a-zA-Z]\)\s                            # a)  (b)
      | \(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s   # (iv)
      | [•●▪◦■□·\-–*+]\s                           # bullets
    )""",
    re.X,
)
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED_HEADING = re.compile(r"^(?:§\s*\d+[a-z]?|(?:\d{1,3}\.)*\d{1,3}\.?)\s+[^\W\d_]")
_SPACE_RUN = re.compile(r"\s{3,}")
LONG_LINE = 1000  #: lines longer than this are split at runs of 3+ spaces
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")


def decode(data: bytes) -> tuple[str, str | None]:
    """Return the text and a warning (None when the file was clean UTF-8)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # charset-normalizer is a best-effort helper
        best = None
    if best is not None and best.encoding:
        return str(best), f"text is not UTF-8; decoded as {best.encoding}"
    return data.decode("cp1252", errors="replace"), "text is not UTF-8; decoded as cp1252 with replacements"


def is_plain_heading(line: str) -> bool:
    """Short ALL-CAPS line, or a short numbered line without a final period."""
    s = line.strip()
    if not s or len(s) > 90 or s[-1] in ".;:,":
        return False
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters) and len(s.split()) <= 12:
        return True
    if _NUMBERED_HEADING.match(s):
        return len(s.split()) <= 10
    return False


def _heading_level(line: str) -> int | None:
    m = re.match(r"^(?:§\s*)?(\d{1,3}(?:\.\d{1,3})*)\.?\s", line.strip())
    if m:
        return m.group(1).count(".") + 1
    return None


def read_text(data: bytes, path: str, sha256: str) -> Document:
    text, warn = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    warnings = [warn] if warn else []
    blocks: list[RawBlock] = []
    para: list[str] = []
    in_fence = False

    def flush() -> None:
        if not para:
            return
        joined = clean_line(" ".join(para))
        para.clear()
        if not joined:
            return
        kind = BODY
        level = None
        if is_plain_heading(joined):
            kind, level = HEADING, _heading_level(joined)
        blocks.append(RawBlock(joined, kind=kind, level=level))

    lines: list[str] = []
    for raw in text.split("\n"):
        # flattened exports (e.g. EDGAR/CUAD) keep a whole document on one line with runs of
        # spaces where paragraphs were: treat such runs as blank lines
        if len(raw) > LONG_LINE and _SPACE_RUN.search(raw):
            for part in _SPACE_RUN.split(raw):
                lines.extend([part, ""])
        else:
            lines.append(raw)
    lengths = sorted(len(ln.strip()) for ln in lines if ln.strip())
    wrap = lengths[int(len(lengths) * 0.9)] if lengths else 80
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
            flush()
            continue
        if not stripped:
            flush()
            continue
        if not in_fence:
            m = _MD_HEADING.match(line)
            if m and m.group(2).strip():
                flush()
                blocks.append(RawBlock(m.group(2), kind=HEADING, level=len(m.group(1)), style="markdown"))
                continue
            # setext heading: a line underlined with === or --- (only when it closes a one-line paragraph)
            if _SETEXT.match(line) and len(para) == 1 and len(stripped) >= 3:
                title = para.pop()
                blocks.append(RawBlock(title, kind=HEADING, level=1 if "=" in stripped else 2, style="markdown"))
                continue
            if para and _STARTER.match(line):
                flush()
        para.append(line)
        # a short heading-looking line directly followed by text is its own block
        if len(para) == 1 and i + 1 < len(lines) and lines[i + 1].strip() and is_plain_heading(line):
            nxt = lines[i + 1].strip()
            caps = stripped.upper() == stripped
            short = len(stripped) < 0.6 * wrap
            if not _SETEXT.match(nxt) and (caps or (short and (nxt[0].isupper() or _STARTER.match(nxt)))):
                flush()
    flush()
    return assemble(path, sha256, "txt", blocks, warnings=warnings, engine="text")

"""A small, fast PDF typesetter on top of the reportlab canvas.

Supports one or two columns, justified text with real space characters (word spacing through the
PDF ``Tw`` operator), optional hyphenation of long words at line ends, running headers and footers
with "Page n of N", simple ruled tables, and an image-only mode used for the scanned-like sample.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

INS_RE = re.compile(r"⟦INS:(.*?)⟧", re.S)
DEL_RE = re.compile(r"⟦DEL:(.*?)⟧", re.S)


def plain(text: str) -> str:
    """Text as it reads once tracked changes are accepted (insertions kept, deletions dropped)."""
    text = DEL_RE.sub("", text)
    text = INS_RE.sub(lambda m: m.group(1), text)
    return re.sub(r"  +", " ", text)


@lru_cache(maxsize=200_000)
def _w(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


VOWELS = set("aeiouyåäöéëïüAEIOUYÅÄÖÉËÏÜ")


def _hyphen_points(word: str) -> list[int]:
    """Candidate split positions (prefix length), longest first.

    Crude syllable rule: break before a consonant that is followed by a vowel, keeping at least
    four letters on each side and a vowel in the first part ("diskriminerings-lagen").
    """
    if len(word) < 9 or not word.isalpha():
        return []
    pts = []
    for i in range(len(word) - 4, 3, -1):
        if word[i] not in VOWELS and word[i + 1] in VOWELS and word[i - 1] != word[i] \
                and any(ch in VOWELS for ch in word[:i]):
            pts.append(i)
    return pts


class Style:
    def __init__(self, body: str = "Helvetica", size: float = 10.0, leading: float = 13.2,
                 cols: int = 1, justify: bool = True, hyphenate: bool = False,
                 header: tuple[str, str] | None = None, footer: str | None = None,
                 margin: float = 62.0, gap: float = 18.0):
        self.body = body
        self.bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(body, body)
        self.size, self.leading, self.cols = size, leading, cols
        self.justify, self.hyphenate = justify, hyphenate
        self.header, self.footer = header, footer
        self.margin, self.gap = margin, gap


class _Line:
    __slots__ = ("segs", "natural", "spaces", "last", "indent", "font_size", "align", "label")

    def __init__(self):
        self.segs: list[list] = []  # [font, text]
        self.natural = 0.0
        self.spaces = 0
        self.last = False
        self.indent = 0.0
        self.font_size = 10.0
        self.align = "justify"
        self.label = None


def wrap(words: list[tuple[str, str]], width: float, size: float, hyphenate: bool) -> list[_Line]:
    """Greedy line breaking; ``words`` is a list of (font, word)."""
    lines: list[_Line] = []
    cur = _Line()
    cur_w = 0.0
    queue = list(words)
    i = 0
    while i < len(queue):
        font, word = queue[i]
        ww = _w(word, font, size)
        sp = _w(" ", font, size) if cur.segs else 0.0
        if cur_w + sp + ww <= width or not cur.segs:
            if cur.segs and cur.segs[-1][0] == font:
                cur.segs[-1][1] += " " + word
            else:
                if cur.segs:
                    cur.segs[-1][1] += " "
                cur.segs.append([font, word])
            if sp:
                cur.spaces += 1
            cur_w += sp + ww
            i += 1
            continue
        if hyphenate:
            room = width - cur_w - sp
            for cut in _hyphen_points(word):
                head = word[:cut] + "-"
                if _w(head, font, size) <= room:
                    queue[i] = (font, head)
                    queue.insert(i + 1, (font, word[cut:]))
                    break
            else:
                cut = 0
            if cut:
                # place the head on this line and break
                hw = _w(queue[i][1], font, size)
                if cur.segs[-1][0] == font:
                    cur.segs[-1][1] += " " + queue[i][1]
                else:
                    cur.segs[-1][1] += " "
                    cur.segs.append([font, queue[i][1]])
                cur.spaces += 1
                cur_w += sp + hw
                i += 1
        cur.natural = cur_w
        lines.append(cur)
        cur = _Line()
        cur_w = 0.0
    if cur.segs:
        cur.natural = cur_w
        lines.append(cur)
    if lines:
        lines[-1].last = True
    return lines


def _words(text: str, font: str) -> list[tuple[str, str]]:
    return [(font, w) for w in text.split()]


class PdfDoc:
    def __init__(self, style: Style):
        self.st = style
        self.W, self.H = A4
        self.pages: list[list[tuple]] = [[]]
        self.tags: dict[str, int] = {}
        self.top = self.H - style.margin - (14 if style.header else 0)
        self.bottom = style.margin + (10 if style.footer else 0)
        self.full_w = self.W - 2 * style.margin
        self.cols_on = False
        self.col = 0
        self.col_top = self.top
        self.y = self.top

    # -- geometry -----------------------------------------------------------------------------
    def _cw(self) -> float:
        if self.cols_on and self.st.cols == 2:
            return (self.full_w - self.st.gap) / 2
        return self.full_w

    def _x0(self) -> float:
        return self.st.margin + (self.col * (self._cw() + self.st.gap) if self.cols_on else 0)

    def new_page(self) -> None:
        self.pages.append([])
        self.col = 0
        self.col_top = self.top
        self.y = self.top

    def _advance(self, h: float) -> None:
        if self.y - h < self.bottom:
            if self.cols_on and self.st.cols == 2 and self.col == 0:
                self.col = 1
                self.y = self.col_top
            else:
                self.new_page()

    def _room(self) -> float:
        return self.y - self.bottom

    # -- blocks -------------------------------------------------------------------------------
    def _tag(self, tag: str | None) -> None:
        if tag and tag not in self.tags:
            self.tags[tag] = len(self.pages)

    def _emit_lines(self, lines: list[_Line], x_off: float, width: float, size: float,
                    leading: float, align: str, tag: str | None = None, keep: int = 0) -> None:
        if keep and self._room() < leading * keep:
            self._advance(self._room() + 1)
        for ln in lines:
            self._advance(leading)
            self._tag(tag)
            self.pages[-1].append(("line", self._x0() + x_off, self.y - size, width, ln, size, align))
            self.y -= leading

    def text(self, text: str, font: str | None = None, size: float | None = None,
             align: str = "justify", before: float = 0.0, after: float = 3.0, bold_prefix: str = "",
             indent: float = 0.0, label: str | None = None, tag: str | None = None, keep: int = 0) -> None:
        st = self.st
        font = font or st.body
        size = size or st.size
        leading = st.leading * size / st.size
        width = self._cw() - indent
        words = _words(bold_prefix, st.bold) + _words(plain(text), font)
        lines = wrap(words, width, size, st.hyphenate and align == "justify")
        if not st.justify and align == "justify":
            align = "left"
        if before and self.y < self.col_top - 1:
            self.y -= before
        if label and lines:
            lines[0].label = label
        self._emit_lines(lines, indent, width, size, leading, align, tag, keep)
        self.y -= after

    def table(self, rows: list[list[str]], tag: str | None = None, borders: bool = True,
              header: bool = True) -> None:
        st = self.st
        size = st.size - 1.2
        leading = size * 1.25
        width = self._cw()
        ncol = max(len(r) for r in rows)
        # first column narrower when there are many columns
        if ncol == 1:
            widths = [width]
        else:
            lens = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
            tot = sum(min(max(v, 6), 60) for v in lens)
            widths = [width * min(max(v, 6), 60) / tot for v in lens]
        self.y -= 4
        for ri, row in enumerate(rows):
            font = st.bold if (header and ri == 0) else st.body
            cells = []
            for ci in range(ncol):
                txt = row[ci] if ci < len(row) else ""
                cells.append(wrap(_words(plain(txt), font), widths[ci] - 6, size, False) or [])
            h = max(len(c) for c in cells) * leading + 5
            if self.y - h < self.bottom:
                self._advance(self._room() + 1)
            self._tag(tag)
            x = self._x0()
            top = self.y
            for ci, lines in enumerate(cells):
                yy = top - 2
                for ln in lines:
                    self.pages[-1].append(("line", x + 3, yy - size, widths[ci] - 6, ln, size, "left"))
                    yy -= leading
                if borders:
                    self.pages[-1].append(("rect", x, top - h, widths[ci], h))
                x += widths[ci]
            self.y = top - h
        self.y -= 8

    def image_page(self, img) -> None:
        self.pages[-1].append(("image", img))

    # -- output -------------------------------------------------------------------------------
    def save(self, path: str, title: str = "", author: str = "", subject: str = "") -> int:
        while len(self.pages) > 1 and not self.pages[-1]:
            self.pages.pop()
        n = len(self.pages)
        c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        c.setTitle(title)
        c.setAuthor(author)
        c.setSubject(subject)
        c.setCreator("procheck tools/build_samples.py")
        st = self.st
        for pno, ops in enumerate(self.pages, start=1):
            if st.header:
                c.setFont(st.body, 8)
                c.drawString(st.margin, self.H - st.margin + 4, st.header[0])
                c.drawRightString(self.W - st.margin, self.H - st.margin + 4, st.header[1])
                c.setLineWidth(0.4)
                c.line(st.margin, self.H - st.margin, self.W - st.margin, self.H - st.margin)
            if st.footer:
                c.setFont(st.body, 8)
                c.drawCentredString(self.W / 2, st.margin - 18, st.footer.format(n=pno, N=n))
            t = c.beginText()
            cur = [None, None]
            for op in ops:
                if op[0] == "line":
                    _, x, y, width, ln, size, align = op
                    self._draw_line(c, t, cur, x, y, width, ln, size, align)
                elif op[0] == "rect":
                    _, x, y, w, h = op
                    c.setLineWidth(0.5)
                    c.rect(x, y, w, h)
                elif op[0] == "image":
                    from reportlab.lib.utils import ImageReader

                    c.drawImage(ImageReader(op[1]), 0, 0, self.W, self.H)
            c.drawText(t)
            c.showPage()
        c.save()
        return n

    def _draw_line(self, c, t, cur, x, y, width, ln: _Line, size, align) -> None:
        if ln.label:
            c.setFont(ln.segs[0][0] if ln.segs else self.st.body, size)
            c.drawString(x - 16, y, ln.label)
        if not ln.segs:
            return
        ws = 0.0
        if align == "justify" and not ln.last and ln.spaces:
            ws = (width - ln.natural) / ln.spaces
            if ws > size * 1.2:
                ws = 0.0
        if align == "center":
            x = x + (width - ln.natural) / 2
        elif align == "right":
            x = x + width - ln.natural
        t.setTextOrigin(x, y)
        if ws != cur[1]:
            t.setWordSpace(ws)
            cur[1] = ws
        for font, s in ln.segs:
            if (font, size) != cur[0]:
                t.setFont(font, size)
                cur[0] = (font, size)
            t.textOut(s)

"""Render a Document to PDF, DOCX, TXT or MD."""

from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
import zipfile

from .document import Document
from .render_pdf import DEL_RE, INS_RE, PdfDoc, Style, plain


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------
def render_pdf(doc: Document, path: str, opts: dict) -> int:
    st = Style(body=opts.get("font", "Helvetica"), size=opts.get("size", 10.0),
               leading=opts.get("leading", 13.2), cols=opts.get("cols", 1),
               justify=opts.get("justify", True), hyphenate=opts.get("hyphenate", False),
               header=doc.header, footer=doc.footer, margin=opts.get("margin", 62.0))
    pdf = layout_pdf(doc, st)
    n = pdf.save(path, title=doc.title, author=doc.meta.get("author", ""), subject=doc.meta.get("subject", ""))
    for c in doc.clauses():
        c.page = pdf.tags.get(f"{id(c)}m") or pdf.tags.get(id(c))
    return n


def layout_pdf(doc: Document, st: Style) -> PdfDoc:
    pdf = PdfDoc(st)
    for b in doc.blocks():
        t = b["t"]
        if t == "title":
            pdf.text(b["text"], font=st.bold, size=st.size + 8, align="center", before=40, after=10)
        elif t == "subtitle":
            pdf.text(b["text"], font=st.body, size=st.size + 2, align="center", after=12)
        elif t == "center":
            pdf.text(b["text"], align="center", after=4)
        elif t == "left":
            pdf.text(b["text"], align="left", after=b.get("after", 3), bold_prefix=b.get("bold", ""))
        elif t == "part":
            pdf.text(b["text"], font=st.bold, size=st.size + 3, align="left", before=14, after=6, keep=4)
        elif t == "h1":
            pdf.text(b["text"], font=st.bold, size=st.size + 1.5, align="left", before=9, after=4,
                     tag=b.get("tag"), keep=4)
        elif t == "h2":
            pdf.text(b["text"], font=st.bold, size=st.size, align="left", before=5, after=3,
                     tag=b.get("tag"), keep=3)
        elif t == "p":
            pdf.text(b["text"], bold_prefix=b.get("bold", ""), tag=b.get("tag"))
        elif t == "li":
            pdf.text(b["text"], indent=22, label=b["label"], tag=b.get("tag"), after=2)
        elif t == "table":
            pdf.table(b["rows"], tag=b.get("tag"), borders=b.get("borders", True),
                      header=b.get("header", True))
        elif t == "pagebreak":
            if pdf.pages[-1]:
                pdf.new_page()
        elif t == "cols":
            if st.cols == 2:
                pdf.cols_on = True
                pdf.col = 0
                pdf.col_top = pdf.y
        elif t == "space":
            pdf.y -= b.get("h", 12)
    return pdf


def render_image_pdf(lines_per_page: list[list[str]], path: str, title: str) -> int:
    """Image-only PDF: each page is a raster picture of text (no text layer)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    pdf = PdfDoc(Style(header=None, footer=None))
    try:
        font = ImageFont.truetype("DejaVuSerif.ttf", 21)
        bold = ImageFont.truetype("DejaVuSerif-Bold.ttf", 24)
    except OSError:
        try:
            font = ImageFont.load_default(size=21)
            bold = ImageFont.load_default(size=24)
        except TypeError:  # very old Pillow
            font = bold = ImageFont.load_default()
    for pi, lines in enumerate(lines_per_page):
        if pi:
            pdf.new_page()
        img = Image.new("L", (1240, 1754), 246)
        d = ImageDraw.Draw(img)
        y = 120
        for ln in lines:
            f = bold if ln.startswith("#") else font
            d.text((110, y), ln.lstrip("# "), fill=25, font=f)
            y += 34 if ln else 20
        d.text((560, 1660), f"- {pi + 1} -", fill=40, font=font)
        img = img.rotate(0.35, resample=Image.BILINEAR, fillcolor=246).filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=55)
        buf.seek(0)
        pdf.image_page(buf)
    return pdf.save(path, title=title)


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------
_FIXED = dt.datetime(2024, 5, 2, 9, 0, 0)


def render_docx(doc: Document, path: str, opts: dict) -> int:
    from docx import Document as DocxDocument
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    d = DocxDocument()
    cp = d.core_properties
    cp.title = doc.title
    cp.author = doc.meta.get("author", "")
    cp.created = _FIXED
    cp.modified = _FIXED
    cp.last_modified_by = doc.meta.get("author", "")
    cp.revision = 1
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 11))
    sec = d.sections[0]
    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.text = f"{doc.header[0]}\t\t{doc.header[1]}"
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, _, rest = doc.footer.partition("{n}")
        mid, _, post = rest.partition("{N}")
        fp.add_run(pre)
        fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        fp.add_run(mid)
        fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        fp.add_run(post)
    rev = [100]

    def add_text(par, text: str) -> None:
        pos = 0
        for m in re.finditer(r"⟦(INS|DEL):(.*?)⟧", text, re.S):
            if m.start() > pos:
                par.add_run(text[pos:m.start()])
            rev[0] += 1
            author = opts.get("reviewer", "Reviewer")
            frag = m.group(2).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if m.group(1) == "INS":
                xml = (f'<w:ins {nsdecls("w")} w:id="{rev[0]}" w:author="{author}" w:date="2024-04-18T10:12:00Z">'
                       f'<w:r><w:t xml:space="preserve">{frag}</w:t></w:r></w:ins>')
            else:
                xml = (f'<w:del {nsdecls("w")} w:id="{rev[0]}" w:author="{author}" w:date="2024-04-18T10:14:00Z">'
                       f'<w:r><w:delText xml:space="preserve">{frag}</w:delText></w:r></w:del>')
            par._p.append(parse_xml(xml))
            pos = m.end()
        if pos < len(text):
            par.add_run(text[pos:])

    list_style = opts.get("list_style")  # None -> manual labels
    for b in doc.blocks():
        t = b["t"]
        if t == "title":
            d.add_paragraph(b["text"], style="Title")
        elif t == "subtitle":
            d.add_paragraph(b["text"], style="Subtitle")
        elif t == "center":
            p = d.add_paragraph(b["text"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == "left":
            p = d.add_paragraph()
            if b.get("bold"):
                p.add_run(b["bold"] + " ").bold = True
            add_text(p, b["text"])
        elif t == "part":
            d.add_heading(b["text"], level=1)
        elif t == "h1":
            d.add_heading(b["text"], level=2 if opts.get("parts") else 1)
        elif t == "h2":
            d.add_heading(b["text"], level=3 if opts.get("parts") else 2)
        elif t == "p":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if b.get("bold"):
                p.add_run(b["bold"] + " ").bold = True
            add_text(p, b["text"])
        elif t == "li":
            if list_style:
                p = d.add_paragraph(style=list_style)
                add_text(p, b["text"])
            else:
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Pt(28)
                p.paragraph_format.first_line_indent = Pt(-20)
                add_text(p, f"{b['label']}\t{b['text']}")
        elif t == "table":
            rows = b["rows"]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid" if b.get("borders", True) else None
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    cell = tb.cell(ri, ci)
                    cell.text = plain(row[ci]) if ci < len(row) else ""
                    if ri == 0 and b.get("header", True):
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif t == "pagebreak":
            d.add_page_break()
        elif t == "space":
            d.add_paragraph()
    d.save(path)
    _normalise_zip(path)
    words = sum(len(plain(b.get("text", "")).split()) for b in doc.blocks())
    return max(1, round(words / 480 + 0.4))


def _normalise_zip(path: str) -> None:
    """Rewrite the zip with fixed timestamps so the build is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------------------------------------
# TXT / MD
# ---------------------------------------------------------------------------------------------
def render_text(doc: Document, path: str, opts: dict, md: bool) -> int:
    width = opts.get("wrap", 0)
    out: list[str] = []

    def para(s: str, indent: str = "", first: str = "") -> None:
        s = plain(s)
        if width:
            out.append(textwrap.fill(s, width, initial_indent=first or indent, subsequent_indent=indent,
                                     break_on_hyphens=False, break_long_words=False))
        else:
            out.append((first or indent) + s)
        out.append("")

    for b in doc.blocks():
        t = b["t"]
        if t == "title":
            out += [f"# {b['text']}" if md else b["text"].upper(), ""]
        elif t in ("subtitle", "center"):
            para(f"*{b['text']}*" if (md and t == "subtitle") else b["text"])
        elif t == "part":
            out += [f"## {b['text']}" if md else b["text"].upper(), "" if md else "=" * len(b["text"]), ""]
        elif t == "h1":
            if md:
                out += [f"{'###' if opts.get('parts') else '##'} {b['text']}", ""]
            else:
                out += [b["text"], "-" * len(b["text"]) if opts.get("underline") else "", ""]
        elif t == "h2":
            out += [f"#### {b['text']}" if md else b["text"], ""]
        elif t in ("p", "left"):
            txt = b["text"]
            if b.get("bold"):
                txt = (f"**{b['bold']}** " if md else b["bold"] + " ") + txt
            para(txt)
        elif t == "li":
            lab = b["label"]
            if md and lab == "–":
                lab = "-"
            para(b["text"], indent=" " * (len(lab) + 3), first=f"  {lab} ")
        elif t == "table":
            rows = [[plain(c) for c in r] for r in b["rows"]]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * ncol)
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                ws = [max(len(r[i]) for r in rows) for i in range(ncol)]
                for r in rows:
                    out.append("  ".join(c.ljust(ws[i]) for i, c in enumerate(r)).rstrip())
            out.append("")
        elif t == "pagebreak":
            out += ["\f" if opts.get("formfeed") else "", ""]
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\r\n" if opts.get("crlf") else "\n") as f:
        f.write(text)
    return max(1, round(len(text.split()) / 480 + 0.4))


def render(doc: Document, path: str, fmt: str, opts: dict) -> int:
    if fmt == "pdf":
        return render_pdf(doc, path, opts)
    if fmt == "docx":
        return render_docx(doc, path, opts)
    return render_text(doc, path, opts, md=(fmt == "md"))


__all__ = ["render", "render_image_pdf", "INS_RE", "DEL_RE"]

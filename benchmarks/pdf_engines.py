"""Compare PDF text engines on the same pages: pages/s and peak RSS, one process per engine.

Engines:
  pdfium-plain   pypdfium2 ``get_text_range`` per page (the floor: raw text, no layout work)
  procheck       ``procheck.ingest.load`` (pypdfium2 + lines, furniture, columns, paragraphs, ligatures)
  pdfplumber     ``page.extract_text()`` with each page closed after use

Usage:
  python benchmarks/pdf_engines.py                       # generate 200 dense pages with reportlab
  python benchmarks/pdf_engines.py --pages 400
  python benchmarks/pdf_engines.py --folder DIR           # every *.pdf in DIR instead
  python benchmarks/pdf_engines.py --engines procheck,pdfium-plain

Each engine runs in a fresh interpreter (``python pdf_engines.py --child ENGINE FILE...``) so that the
peak RSS (``ru_maxrss``) and import costs are its own. Times exclude interpreter start but include
imports of the engine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENGINES = ("pdfium-plain", "procheck", "pdfplumber")

WORDS = (
    "the supplier shall not discriminate against any employee or applicant on grounds of race sex religion "
    "disability age sexual orientation and shall ensure that subcontractors comply with equal treatment "
    "obligations records audit report authority contract termination remedy reasonable notice information"
).split()


def generate(path: Path, pages: int, *, seed: int = 7) -> Path:
    """Dense contract-like pages: running header/footer, numbered clauses, one two-column page in ten."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4

    def sentence(n: int) -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(n))

    for p in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(60, height - 30, "Framework Agreement - Core Terms - Version 2.7")
        c.drawCentredString(width / 2, 25, f"Page {p} of {pages}")
        y = height - 70
        if p % 10 == 0:
            c.setFont("Helvetica", 9)
            for _ in range(60):
                c.drawString(50, y, sentence(8)[:52])
                c.drawString(width / 2 + 10, y, sentence(8)[:52])
                y -= 11
        else:
            clause = 1
            while y > 60:
                c.setFont("Helvetica-Bold", 11)
                c.drawString(60, y, f"{p}.{clause} {sentence(3).title()}")
                y -= 16
                c.setFont("Helvetica", 10)
                for _ in range(rnd.randint(3, 6)):
                    if y < 60:
                        break
                    c.drawString(60, y, sentence(15)[:95])
                    y -= 12.5
                y -= 8
                clause += 1
        c.showPage()
    c.save()
    return path


def _child(engine: str, files: list[str]) -> dict[str, float]:
    t0 = time.perf_counter()
    pages = 0
    chars = 0
    if engine == "pdfium-plain":
        import pypdfium2 as pdfium

        for f in files:
            pdf = pdfium.PdfDocument(f)
            for i in range(len(pdf)):
                page = pdf[i]
                tp = page.get_textpage()
                chars += len(tp.get_text_range())
                tp.close()
                page.close()
                pages += 1
            pdf.close()
    elif engine == "procheck":
        from procheck.ingest import load

        for f in files:
            doc = load(f)
            pages += len(doc.pages)
            chars += len(doc.text)
    elif engine == "pdfplumber":
        import pdfplumber

        for f in files:
            with pdfplumber.open(f) as pdf:
                for page in pdf.pages:
                    chars += len(page.extract_text() or "")
                    page.close()
                    pages += 1
    else:
        raise SystemExit(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux → MiB
    return {"pages": pages, "seconds": dt, "pages_per_s": pages / dt, "peak_rss_mib": rss, "chars": chars}


def run(engines: list[str], files: list[str]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    for engine in engines:
        out = subprocess.run(
            [sys.executable, __file__, "--child", engine, *files],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        res = json.loads(out.stdout.strip().splitlines()[-1])
        res["engine"] = engine
        rows.append(res)
        print(
            f"{engine:13s} {res['pages']:5d} pages {res['seconds']:7.2f} s {res['pages_per_s']:8.1f} pages/s "
            f"peak RSS {res['peak_rss_mib']:6.1f} MiB  ({res['chars']} chars)",
            flush=True,
        )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=200, help="pages to generate (default 200)")
    ap.add_argument("--folder", help="benchmark every *.pdf in this folder instead of generated pages")
    ap.add_argument("--engines", default=",".join(ENGINES), help="comma-separated subset of engines")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.files)))
        return
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if args.folder:
        files = sorted(str(p) for p in Path(args.folder).glob("*.pdf"))
        print(f"{len(files)} PDFs from {args.folder}")
        run(engines, files)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = generate(Path(tmp) / "bench.pdf", args.pages)
        print(f"generated {args.pages} pages ({path.stat().st_size / 1024:.0f} KiB)")
        run(engines, [str(path)])


if __name__ == "__main__":
    main()

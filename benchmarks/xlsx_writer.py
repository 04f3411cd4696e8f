#!/usr/bin/env python3
"""Time and peak memory of ``procheck.report.to_xlsx.write_workbook`` for N documents' findings.

    python benchmarks/xlsx_writer.py [--docs 100 1000 5000] [--reports DIR] [--lang sv]

1. Reports: the JSON reports of six bundled samples (two per language, contracts and tenders), made once
   with the real pipeline and cached in ``bench-out/xlsx-reports/``; or every ``*.json`` report under
   ``--reports DIR`` (the output folder of a ``procheck scan``).
2. For each N in ``--docs``: a fresh child interpreter loads the reports, repeats them cyclically to N
   documents (each under its own path), then writes the workbook to a temporary folder. It prints the
   wall and CPU time of ``write_workbook`` alone (the CPU time is the better figure on a busy
   machine), the rows written, the file size, and the memory: the resident
   set before writing (interpreter, openpyxl and the N reports held by the caller) and the peak during
   the write (``VmHWM`` from ``/proc/self/status``), and their difference, which is what the writer adds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    "samples/sv01_ramavtal_lokalvard_stockholmsklausul.pdf",
    "samples/sv21_forfragningsunderlag_lokalvard_sociala_krav.pdf",
    "samples/en03_school_transport_contract_ghent.docx",
    "samples/en22_itt_website_redesign_barriers.pdf",
    "samples/nl03_overeenkomst_wmo_gelijke_behandeling.docx",
    "samples/nl22_bestek_speelterreinen_percelen.pdf",
]
CACHE = ROOT / "bench-out" / "xlsx-reports"


def cached_reports() -> Path:
    """The folder of sample JSON reports, made with the real pipeline when missing."""
    CACHE.mkdir(parents=True, exist_ok=True)
    missing = [s for s in SAMPLES if not (CACHE / (Path(s).name + ".json")).exists()]
    if missing:
        from procheck.pipeline import check_path
        from procheck.report import to_json

        for s in missing:
            print(f"checking {s} ...", flush=True)
            text = to_json.dumps(check_path(ROOT / s))
            (CACHE / (Path(s).name + ".json")).write_text(text, encoding="utf-8")
    return CACHE


def _status_kib(field: str) -> int:
    """A ``/proc/self/status`` memory field (VmRSS, VmHWM) in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def child(docs: int, reports: Path, lang: str) -> dict[str, object]:
    """Run in a fresh interpreter: write one workbook of ``docs`` documents and measure it."""
    from procheck.report.to_xlsx import write_workbook

    base = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(reports.rglob("*.json"))]
    base = [d for d in base if isinstance(d, dict) and "elements" in d]
    if not base:
        raise SystemExit(f"no JSON reports under {reports}")
    items = [(f"folder{i // 100:03d}/doc{i:05d}-{Path(base[i % len(base)]['document']['path']).name}",
              base[i % len(base)]) for i in range(docs)]
    rows = sum(len(d["elements"]) for _, d in items)
    rss_before = _status_kib("VmRSS")
    with tempfile.TemporaryDirectory(prefix="xlsx-bench-") as tmp:
        t0, c0 = time.perf_counter(), time.process_time()
        dest = write_workbook(items, Path(tmp) / "findings.xlsx", lang=lang,
                              skipped=[("photo.png", "not a document")])
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        size = dest.stat().st_size
    peak = _status_kib("VmHWM")
    return {"docs": docs, "rows": rows, "seconds": round(seconds, 2), "cpu_s": round(cpu, 2), "rows_per_s": round(rows / seconds),
            "file_kib": size // 1024, "rss_before_mib": round(rss_before / 1024, 1),
            "peak_mib": round(peak / 1024, 1), "added_mib": round((peak - rss_before) / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[100, 1000, 5000], help="documents per workbook")
    ap.add_argument("--reports", type=Path, help="folder of JSON reports (default: six samples, cached)")
    ap.add_argument("--lang", default="en", help="language of the labels")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    reports = args.reports or cached_reports()
    if args.child is not None:
        print(json.dumps(child(args.child, reports, args.lang)))
        return 0
    print(f"reports: {reports}; lang {args.lang}; python {sys.version.split()[0]}; load {os.getloadavg()[0]:.2f}")
    print("| docs | rows | write s | CPU s | rows/s | file KiB | RSS before MiB | peak MiB | added by the writer MiB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.docs:
        out = subprocess.run([sys.executable, __file__, "--child", str(n), "--reports", str(reports),
                              "--lang", args.lang], check=True, capture_output=True, text=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['docs']} | {r['rows']} | {r['seconds']} | {r['cpu_s']} | {r['rows_per_s']} | {r['file_kib']} | "
              f"{r['rss_before_mib']} | {r['peak_mib']} | {r['added_mib']} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

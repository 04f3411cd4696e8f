#!/usr/bin/env python3
"""Auditor-scale batch benchmark: a 1,000-document scan into the results store, the re-scan of the
unchanged folder, the store's overhead per document, and scaling from 1 to 2 local workers.

    python benchmarks/batch.py [--docs 1000] [--pages 10] [--jobs 2] [--scaling-docs 100] [--db URL]

1. Corpus: ``--docs`` generated documents of ``--pages`` pages (``benchmarks/make_corpus.py``), cached
   in ``bench-out/corpus-<docs>-<pages>/``.
2. First scan: ``procheck scan CORPUS --out TMP --db TMP/procheck.db --jobs N`` as a real command (a
   fresh interpreter, as a user runs it): documents, pages, wall seconds, pages/s.
3. Re-scan: the same command again on the unchanged folder: wall seconds (hashing every file, reading
   the stored results, writing the reports again). Target: under 5 s for 1,000 documents.
4. Store overhead: every stored report of the first run is recorded again into a fresh store
   (``Store.record``: documents, results, element results, evidence in one transaction per
   document), timed per document; and the check without any store for comparison of the totals.
5. Scaling: ``--scaling-docs`` documents checked with 1 and with 2 local workers (``--no-db``).

Prints a Markdown table of the results. Nothing here is a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".pdf", ".docx", ".txt", ".md")


def corpus(docs: int, pages: int) -> Path:
    out = ROOT / "bench-out" / f"corpus-{docs}-{pages}"
    labels = out / "labels.json"
    if labels.exists() and len(json.loads(labels.read_text(encoding="utf-8"))) == docs:
        return out
    print(f"generating {docs} documents of ~{pages} pages into {out} ...", flush=True)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(docs), str(out),
                    "--pages", str(pages)], check=True)
    return out


def procheck(*args: str) -> tuple[float, str]:
    """Run the procheck command; (wall seconds, stdout)."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "procheck", *args], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode not in (0, 1):
        raise SystemExit(f"procheck {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return wall, done.stdout


def pages_of(stdout: str) -> int:
    # "1000 documents (10234 pages) in 61.2 s: ..."
    first = next(line for line in stdout.splitlines() if "documents (" in line)
    return int(first.split("(")[1].split()[0])


def store_overhead(db: Path, tmp: Path) -> tuple[float, float, int]:
    """Median and mean milliseconds per ``Store.record`` when replaying a run into a fresh store."""
    from procheck.store import open_store

    with open_store(db) as src:
        run_id = src.runs(limit=1)[0].id
        reports = list(src.run_reports(run_id))
        key = src.run(run_id).config_key
    times = []
    with open_store(tmp / "replay.db") as dst:
        run, _ = dst.start_run(root="/replay", profile="full", score_profile="", library_version="", library_hash="",
                               model_version="", procheck_version="", engine="local", options={}, key=key)
        for path, data, _ in reports:
            t0 = time.perf_counter()
            dst.record(run.id, path, data, sha=data["document"]["sha256"], key=key, size=None)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), statistics.fmean(times), len(times)


def subset(folder: Path, n: int, dest: Path) -> Path:
    files = sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES)[:n]
    dest.mkdir(parents=True, exist_ok=True)
    for p in files:
        shutil.copy2(p, dest / p.name)
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000, help="generated documents (default 1000)")
    ap.add_argument("--pages", type=int, default=10, help="pages per document (default 10)")
    ap.add_argument("--jobs", type=int, default=2, help="workers for the big scan (default 2)")
    ap.add_argument("--scaling-docs", type=int, default=100, help="documents in the 1-vs-2-workers run")
    ap.add_argument("--db", default=None, help="store URL for the big scan (default: a SQLite file in a temp dir)")
    args = ap.parse_args()

    folder = corpus(args.docs, args.pages)
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="procheck-batch-") as t:
        tmp = Path(t)
        db = args.db or str(tmp / "procheck.db")
        out = tmp / "out"
        wall, stdout = procheck("scan", str(folder), "--out", str(out), "--db", db, "--jobs", str(args.jobs),
                                "--no-fail")
        pages = pages_of(stdout)
        rows.append((f"first scan, {args.docs} documents, {pages} pages, --jobs {args.jobs}",
                     f"{wall:.1f} s = {pages / wall:.0f} pages/s, {args.docs / wall:.1f} documents/s"))
        rescan, stdout2 = procheck("scan", str(folder), "--out", str(out), "--db", db, "--jobs", str(args.jobs),
                                   "--no-fail")
        reused = next((line for line in stdout2.splitlines() if line.startswith("run ")), "")
        rows.append(("re-scan of the unchanged folder (hashing included)", f"{rescan:.2f} s ({reused.strip()})"))
        if not db.startswith("postgres"):
            med, mean, n = store_overhead(Path(db), tmp)
            rows.append((f"store overhead per document (Store.record, {n} reports replayed)",
                         f"median {med:.1f} ms, mean {mean:.1f} ms"))
        small = subset(folder, args.scaling_docs, tmp / "small")
        rates = {}
        for jobs in (1, 2):
            w, so = procheck("scan", str(small), "--out", str(tmp / f"o{jobs}"), "--no-db", "--jobs", str(jobs),
                             "--no-fail")
            rates[jobs] = pages_of(so) / w
            rows.append((f"{args.scaling_docs} documents, --jobs {jobs}, no store", f"{w:.1f} s = {rates[jobs]:.0f} pages/s"))
        w, so = procheck("scan", str(small), "--out", str(tmp / "odb"), "--jobs", "2", "--no-fail")
        rows.append((f"{args.scaling_docs} documents, --jobs 2, with the SQLite store",
                     f"{w:.1f} s = {pages_of(so) / w:.0f} pages/s"))
        rows.append(("speed-up from 1 to 2 local workers", f"{rates[2] / rates[1]:.2f}x"))
    print()
    print(f"| measure ({os.cpu_count()} CPUs) | result |")
    print("|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()

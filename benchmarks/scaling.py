#!/usr/bin/env python3
"""Scaling of the two engines: the local process pool and dask, with 1 and 2 workers.

    python benchmarks/scaling.py [--docs 200] [--pages 30] [--limit 48] [--corpus DIR] [--workers 1,2]

1. Corpus: the generated corpus of ``benchmarks/make_corpus.py`` (``--docs`` documents of about ``--pages``
   pages, cached in ``bench-out/corpus-<docs>-<pages>/`` by ``throughput.corpus_dir`` and reused), or
   ``--corpus DIR``; the first ``--limit`` documents (by name) are checked.
2. For each worker count: ``procheck.scan.check_many(jobs=N)`` (the local process pool) and
   ``procheck.engine_dask.check_many_dask(scheduler=None, n_workers=N)`` (a LocalCluster of N single-thread
   worker processes that the engine starts and stops). Each run is a fresh child interpreter, so that no
   run inherits a warm spaCy from another; the wall time is what a user waits for: starting the pool or
   the cluster, shipping the library, every worker's cold start (spaCy and the lemma tables per language),
   and checking. No reports are written.
3. A third row per worker count: a LocalCluster started beforehand and warmed by a first pass over the
   documents, then timed on a second pass: the steady state of a long-lived cluster.

Prints a Markdown table (pages/s counts PDF pages, which a report numbers; "nominal" counts every page
make_corpus.py rendered, DOCX and TXT included) and the pickled size of the library bundle each dask
worker receives once.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import corpus_dir, documents  # noqa: E402


def _nominal(folder: Path, names: list[str]) -> int:
    """Pages make_corpus.py rendered for these documents (labels.json), 0 when unknown."""
    try:
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        return sum(int((labels.get(n) or {}).get("pages") or 0) for n in names)
    except (OSError, ValueError, AttributeError):
        return 0


def child(mode: str, workers: int, paths: list[str]) -> dict[str, Any]:
    """One timed run in this (fresh) interpreter."""
    from procheck.library import load_library

    lib = load_library()
    if mode == "local":
        from procheck.scan import check_many

        t0 = time.perf_counter()
        reports = [r for _, r in check_many(paths, jobs=workers, library=lib)]
        wall = time.perf_counter() - t0
    else:
        import distributed

        from procheck.engine_dask import check_many_dask

        if mode == "dask":
            t0 = time.perf_counter()
            reports = [r for _, r in check_many_dask(paths, scheduler=None, n_workers=workers, library=lib)]
            wall = time.perf_counter() - t0
        else:  # dask-warm
            with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                          host="127.0.0.1", dashboard_address=None) as cluster:
                list(check_many_dask(paths, scheduler=cluster.scheduler_address, library=lib))
                t0 = time.perf_counter()
                reports = [r for _, r in check_many_dask(paths, scheduler=cluster.scheduler_address,
                                                         library=lib)]
                wall = time.perf_counter() - t0
    return {
        "mode": mode, "workers": workers, "docs": len(reports), "wall": wall,
        "pages": sum(r.pages or 0 for r in reports if r.format == "pdf"),
        "errors": sum(1 for r in reports if r.error),
    }


def run(mode: str, workers: int, paths: list[str]) -> dict[str, Any]:
    listing = json.dumps(paths)
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(workers)], input=listing, capture_output=True,
        text=True, check=False, cwd=ROOT,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{mode} x{workers} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--limit", type=int, default=48, help="check the first LIMIT documents of the corpus")
    ap.add_argument("--corpus", type=Path, help="an existing folder instead of the generated corpus")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        paths = json.loads(sys.stdin.read())
        print(json.dumps(child(args.child[0], int(args.child[1]), paths)))
        return

    folder = args.corpus or corpus_dir(args.docs, args.pages, 2)
    docs = documents(folder)[: args.limit]
    paths = [str(p) for p in docs]
    nominal = _nominal(folder, [p.name for p in docs])

    from procheck.engine_dask import bundle_size, make_bundle
    from procheck.library import load_library

    size = bundle_size(make_bundle(load_library()))
    counts = [int(x) for x in args.workers.split(",")]
    rows = []
    for n in counts:
        for mode in ("local", "dask", "dask-warm"):
            print(f"running {mode} with {n} worker(s) over {len(paths)} documents ...", file=sys.stderr, flush=True)
            rows.append(run(mode, n, paths))

    try:
        load = "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = ""
    print(f"\n{len(paths)} documents from {folder} ({nominal} nominal pages); {os.cpu_count()} CPUs; {load}")
    print(f"library bundle shipped once per dask worker: {size:,} bytes pickled\n")
    names = {"local": "local pool (`check_many(jobs=N)`)", "dask": "dask LocalCluster, started by the run",
             "dask-warm": "dask LocalCluster, warm (2nd pass)"}
    base = {r["mode"]: r["wall"] for r in rows if r["workers"] == counts[0]}
    print("| engine | workers | docs | errors | PDF pages | wall s | pages/s (PDF) | pages/s (nominal) | docs/s "
          f"| speed-up vs {counts[0]} |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        w = r["wall"]
        print(f"| {names[r['mode']]} | {r['workers']} | {r['docs']} | {r['errors']} | {r['pages']:,} | {w:.2f} | "
              f"{r['pages'] / w:.1f} | {nominal / w:.1f} | {r['docs'] / w:.2f} | {base[r['mode']] / w:.2f} |")


if __name__ == "__main__":
    main()

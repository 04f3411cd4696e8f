#!/usr/bin/env python3
"""End-to-end throughput of ``procheck.scan.scan`` on a folder of generated contracts.

    python benchmarks/throughput.py [--docs 200] [--pages 30] [--jobs 2] [--corpus DIR]
                                    [--sample 20] [--profile] [--skip-scan]

1. Corpus: ``--docs`` generated contracts of about ``--pages`` pages (``benchmarks/make_corpus.py``: mostly
   PDF, some DOCX and TXT), cached in ``bench-out/corpus-<docs>-<pages>/`` and reused when it is complete.
   ``--corpus DIR`` scans an existing folder instead (e.g. ``samples``).
2. Scan: the real ``procheck.scan.scan(DIR, OUT, jobs=N)`` into a temporary output folder, run in a fresh
   child interpreter so that its resource figures are its own. Prints documents, pages, wall seconds,
   pages/s, documents/s and the peak RSS of each worker process: ``VmHWM`` from ``/proc/<pid>/status``
   of every child process, sampled every 50 ms while the scan runs (psutil is not needed), and
   ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` after the pool has ended (the largest worker).
3. Stages: one process, a sample of the documents (``--sample``, spread over the corpus), timing
   ``procheck.ingest.load`` and ``procheck.pipeline.check_document`` per document, and the segmenter and
   the judge separately. A first, cold pass over the sample is timed as a whole (it pays for importing
   spaCy and loading lemmatizer tables per language, which every scan worker pays once); the table
   shows a second, warm pass. ``--profile`` adds a cProfile of
   ``check_document`` on the sample (top functions by own time).

The wall time of the scan includes starting the worker pool, loading the clause library and writing the
JSON and Markdown reports and the summaries: it is what a user waits for.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".pdf", ".docx", ".txt", ".md")


# --- corpus --------------------------------------------------------------------------------------


def corpus_dir(docs: int, pages: int, jobs: int) -> Path:
    """The cached generated corpus, made with benchmarks/make_corpus.py when missing or incomplete."""
    out = ROOT / "bench-out" / f"corpus-{docs}-{pages}"
    labels = out / "labels.json"
    if labels.exists():
        try:
            if len(json.loads(labels.read_text(encoding="utf-8"))) == docs:
                return out
        except (OSError, ValueError):
            pass
    print(f"generating {docs} documents of ~{pages} pages into {out} ...", flush=True)
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(docs), str(out), "--pages", str(pages),
         "--jobs", str(max(jobs, 1))],
        check=True,
    )
    return out


def nominal_pages(folder: Path) -> int:
    """Pages of every document as make_corpus.py rendered them (labels.json), 0 when unknown."""
    try:
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        return sum(int(v.get("pages") or 0) for v in labels.values())
    except (OSError, ValueError, AttributeError):
        return 0


def documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


# --- scan (child process) --------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    """Direct children of ``pid`` (from /proc/<pid>/task/*/children, else by scanning /proc)."""
    kids: set[int] = set()
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                kids.update(int(x) for x in f.read().split())
        return kids
    except OSError:
        pass
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as f:
                    stat = f.read()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    kids.add(int(name))
            except (OSError, ValueError, IndexError):
                continue
    return kids


def _vm_hwm_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


class HwmSampler(threading.Thread):
    """Polls the peak RSS (VmHWM) of every child process of this process until stopped."""

    def __init__(self, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak_kib: dict[int, int] = {}
        self._stop_event = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self._stop_event.is_set():
            for pid in _children(me):
                hwm = _vm_hwm_kib(pid)
                if hwm is not None and hwm > self.peak_kib.get(pid, 0):
                    self.peak_kib[pid] = hwm
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def child_scan(folder: str, jobs: int) -> dict[str, object]:
    from procheck.scan import scan

    sampler = HwmSampler()
    sampler.start()
    with tempfile.TemporaryDirectory(prefix="procheck-throughput-") as out:
        t0 = time.perf_counter()
        result = scan(folder, out, jobs=jobs)
        wall = time.perf_counter() - t0
    sampler.stop()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    me = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "documents": len(result.items),
        "errors": len(result.errors),
        "pages": result.pages,
        "wall_s": wall,
        "workers_peak_rss_mib": sorted(round(v / 1024, 1) for v in sampler.peak_kib.values()),
        "children_maxrss_mib": round(children.ru_maxrss / 1024, 1),
        "children_cpu_s": round(children.ru_utime + children.ru_stime, 2),
        "parent_maxrss_mib": round(me.ru_maxrss / 1024, 1),
        "parent_cpu_s": round(me.ru_utime + me.ru_stime, 2),
    }


def run_scan(folder: Path, jobs: int) -> dict[str, object]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run(
        [sys.executable, __file__, "--child-scan", str(folder), "--jobs", str(jobs)],
        capture_output=True, text=True, env=env, check=False,
    )
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"the scan child failed with exit code {out.returncode}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- per-stage breakdown (this process) ----------------------------------------------------------


def stages(paths: list[Path], profile: bool) -> None:
    from procheck.ingest import load
    from procheck.library import load_library
    from procheck.match import judge
    from procheck.pipeline import check_document
    from procheck.segment import segment

    t0 = time.perf_counter()
    lib = load_library()
    prof = lib.profile(None)
    t_lib = time.perf_counter() - t0
    roles = lib.roles
    # cold pass: the first document of each language pays for importing spaCy and loading its
    # lemmatizer tables (once per process, so once per scan worker); reported, then excluded
    t0 = time.perf_counter()
    for p in paths:
        check_document(load(p), library=lib, profile=prof)
    t_cold = time.perf_counter() - t0
    rows: list[tuple[str, int, float, float, float, float]] = []
    docs = []
    t_start = time.perf_counter()
    for p in paths:
        t0 = time.perf_counter()
        doc = load(p)
        t1 = time.perf_counter()
        check_document(doc, library=lib, profile=prof)
        t2 = time.perf_counter()
        seg = segment(doc, role_of=roles)
        t3 = time.perf_counter()
        judge(seg, lib)
        t4 = time.perf_counter()
        rows.append((p.suffix.lower().lstrip("."), doc.page_count or 0, t1 - t0, t2 - t1, t3 - t2, t4 - t3))
        docs.append(doc)
    t_warm = time.perf_counter() - t_start
    print(f"\nper-stage breakdown, one process, {len(paths)} documents: library load {t_lib:.2f} s; first pass "
          f"(cold: imports, spaCy tables) {t_cold:.2f} s; the table is a second, warm pass ({t_warm:.2f} s; check "
          "= check_document, segment and judge timed again separately):")
    print(f"{'format':7s} {'docs':>4s} {'pages':>6s} {'load s':>8s} {'check s':>8s} {'(segment':>9s} {'judge)':>8s}"
          f" {'load p/s':>9s} {'check p/s':>9s} {'total p/s':>9s} {'ms/doc':>7s}")
    for fmt in sorted({r[0] for r in rows}) + ["all"]:
        sel = [r for r in rows if fmt in ("all", r[0])]
        pages = sum(r[1] for r in sel)
        t_load, t_check, t_seg, t_judge = (sum(r[i] for r in sel) for i in (2, 3, 4, 5))

        def rate(t: float, pages: int = pages) -> str:
            return f"{pages / t:9.0f}" if t > 0 and pages else f"{'-':>9s}"

        print(f"{fmt:7s} {len(sel):4d} {pages:6d} {t_load:8.2f} {t_check:8.2f} {t_seg:9.2f} {t_judge:8.2f}"
              f" {rate(t_load)} {rate(t_check)} {rate(t_load + t_check)} {1000 * (t_load + t_check) / len(sel):7.0f}")
    if profile:
        pr = cProfile.Profile()
        pr.enable()
        for doc in docs:
            check_document(doc, library=lib, profile=prof)
        pr.disable()
        buf = io.StringIO()
        pstats.Stats(pr, stream=buf).sort_stats("tottime").print_stats(25)
        print("\ncProfile of check_document on the sample (top 25 by own time):")
        print("\n".join(line for line in buf.getvalue().splitlines() if line.strip())[:6000])


def spread(paths: list[Path], n: int) -> list[Path]:
    if n >= len(paths):
        return paths
    step = len(paths) / n
    return [paths[int(i * step)] for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200, help="generated documents (default 200)")
    ap.add_argument("--pages", type=int, default=30, help="pages per generated document (default 30)")
    ap.add_argument("--jobs", type=int, default=2, help="scan worker processes (default 2)")
    ap.add_argument("--corpus", help="scan this folder instead of a generated corpus")
    ap.add_argument("--sample", type=int, default=20, help="documents in the per-stage breakdown (default 20)")
    ap.add_argument("--profile", action="store_true", help="cProfile check_document on the sample")
    ap.add_argument("--skip-scan", action="store_true", help="only the per-stage breakdown")
    ap.add_argument("--child-scan", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_scan:
        print(json.dumps(child_scan(args.child_scan, args.jobs)))
        return
    folder = Path(args.corpus) if args.corpus else corpus_dir(args.docs, args.pages, args.jobs)
    paths = documents(folder)
    if not paths:
        raise SystemExit(f"no documents ({', '.join(SUFFIXES)}) in {folder}")
    by_fmt: dict[str, int] = {}
    for p in paths:
        by_fmt[p.suffix.lower()] = by_fmt.get(p.suffix.lower(), 0) + 1
    print(f"corpus {folder}: {len(paths)} files ({', '.join(f'{n} {k}' for k, n in sorted(by_fmt.items()))}); "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}", flush=True)
    if not args.skip_scan:
        r = run_scan(folder, args.jobs)
        wall = float(r["wall_s"])  # type: ignore[arg-type]
        pages = int(r["pages"])  # type: ignore[call-overload]
        docs = int(r["documents"])  # type: ignore[call-overload]
        print(f"\nscan --jobs {args.jobs}: {docs} documents ({r['errors']} errors), {pages} pages, "
              f"{wall:.2f} s wall")
        print(f"  {pages / wall:.1f} pages/s (PDF pages as read), {docs / wall:.2f} documents/s")
        nominal = nominal_pages(folder)
        if nominal:
            print(f"  {nominal / wall:.1f} pages/s counting the generator's nominal pages of every document "
                  f"({nominal} pages, DOCX and TXT included)")
        print(f"  peak RSS per worker (VmHWM, sampled): {r['workers_peak_rss_mib']} MiB")
        print(f"  largest worker (RUSAGE_CHILDREN ru_maxrss): {r['children_maxrss_mib']} MiB; "
              f"parent {r['parent_maxrss_mib']} MiB")
        print(f"  CPU: workers {r['children_cpu_s']} s, parent {r['parent_cpu_s']} s", flush=True)
    stages(spread(paths, args.sample), args.profile)


if __name__ == "__main__":
    main()

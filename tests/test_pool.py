"""The bounded process pool: time limit, memory limit, dead workers, worker replacement — and a scan
in which one document hangs and another balloons while the rest are checked."""

from __future__ import annotations

import os
import sys
import time
import types
from pathlib import Path

import pytest

from procheck import pool
from procheck.pool import Failure, Limits


def work(kind: str, n: int) -> object:
    """A task that behaves as told: ok, hang, balloon, die, raise."""
    if kind == "hang":
        while True:
            time.sleep(0.05)
    if kind == "balloon":
        blocks = []
        while True:
            blocks.append(bytearray(32 * 1024 * 1024))  # touch memory, 32 MiB at a time
            time.sleep(0.01)
    if kind == "die":
        os._exit(7)
    if kind == "raise":
        raise ValueError(f"bad input {n}")
    return ("ok", os.getpid(), n * n)


def run_all(tasks: list[tuple[str, int]], **kw: object) -> dict[tuple[str, int], object]:
    return {args: res for args, res in pool.run(tasks, work, **kw)}  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [1, 2])
def test_pool_runs_every_task_once(jobs: int) -> None:
    tasks = [("ok", i) for i in range(12)]
    out = run_all(tasks, jobs=jobs, limits=Limits(seconds=30, memory_mb=None))
    assert sorted(out) == sorted(tasks)
    assert all(res[2] == n * n for (_, n), res in out.items())  # type: ignore[index]
    assert len({res[1] for res in out.values()}) <= jobs  # type: ignore[index]


@pytest.mark.parametrize(
    ("bad", "limits", "kind"),
    [
        ("hang", Limits(seconds=1.5, memory_mb=None), "timeout"),
        ("balloon", Limits(seconds=60, memory_mb=300), "memory"),
        ("die", Limits(seconds=30, memory_mb=None), "crash"),
    ],
)
def test_pool_stops_a_bad_task_and_replaces_its_worker(bad: str, limits: Limits, kind: str) -> None:
    tasks = [("ok", 1), (bad, 2), ("ok", 3), ("ok", 4), ("ok", 5)]
    out = run_all(tasks, jobs=1, limits=limits)
    assert sorted(out) == sorted(tasks)
    failure = out[(bad, 2)]
    assert isinstance(failure, Failure) and failure.kind == kind
    pids_before = {out[("ok", 1)][1]}  # type: ignore[index]
    pids_after = {out[("ok", n)][1] for n in (3, 4, 5)}  # type: ignore[index]
    assert pids_before.isdisjoint(pids_after)  # the single worker was replaced


def test_pool_reports_a_raising_task_and_keeps_the_worker() -> None:
    out = run_all([("raise", 1), ("ok", 2)], jobs=1, limits=Limits())
    assert out[("raise", 1)] == ("raised", "ValueError: bad input 1")
    assert out[("ok", 2)][2] == 4  # type: ignore[index]


def test_pool_rss_reads_this_process() -> None:
    rss = pool.rss_mb(os.getpid())
    assert rss is not None and 5 < rss < 100_000


# --- through the scan ----------------------------------------------------------------------------


def fake_check_path(path: str, **_: object) -> object:
    """Stand-in pipeline: HANG loops, BALLOON eats memory, anything else gives an ordinary report."""
    from procheck.records import ElementResult, Report

    text = Path(path).read_text()
    if "HANG" in text:
        work("hang", 0)
    if "BALLOON" in text:
        work("balloon", 0)
    return Report(path=path, sha256="", format="txt", language="en", pages=None, needs_ocr=False, warnings=(),
                  elements=(ElementResult("nondiscrimination.obligation", "present", 0.9, "ok"),),
                  profile="full", library_version="t", library_hash="t")


def test_pool_scan_records_timeouts_and_memory_as_coded_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from procheck.scan import MEMORY_CODE, TIMEOUT_CODE, scan

    mod = types.ModuleType("procheck.pipeline")
    mod.check_path = fake_check_path  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "procheck.pipeline", mod)
    root = tmp_path / "in"
    root.mkdir()
    for name, text in {"a.txt": "fine", "hangs.txt": "HANG", "b.txt": "fine", "balloons.txt": "BALLOON",
                       "c.txt": "fine"}.items():
        (root / name).write_text(text)
    result = scan(root, tmp_path / "out", jobs=2, limits=Limits(seconds=3, memory_mb=400))
    codes = {i.rel: (i.report.error or {}).get("code") for i in result.items}
    assert codes == {"a.txt": None, "b.txt": None, "c.txt": None, "hangs.txt": TIMEOUT_CODE,
                     "balloons.txt": MEMORY_CODE}
    hung = next(i for i in result.items if i.rel == "hangs.txt")
    assert "--timeout" in hung.report.error["message"]  # type: ignore[index]
    assert all(el.status == "unknown" for el in hung.report.elements)
    assert result.exit_code() == 2

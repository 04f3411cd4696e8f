"""A process pool with a time limit and a memory limit per task, and worker replacement.

``concurrent.futures`` cannot stop one task: a PDF that makes a parser loop or balloon would hold
its worker for ever. Here each worker is a process with its own pipe; the parent hands it one task
at a time and watches it. A worker that goes over the time limit or whose resident memory goes over
the memory limit is killed and replaced, and its task is reported as a :class:`Failure`; a worker
that dies by itself (a crash in a C extension, the kernel's OOM killer) is replaced the same way.
Nothing a task does can stop the other tasks.

Workers are forked where the platform allows it, so they inherit whatever the parent loaded (the
clause library, spaCy); elsewhere they are spawned and receive ``initargs`` by pickling.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

#: default limits per document
DEFAULT_SECONDS = 300.0
DEFAULT_MEMORY_MB = 2048
POLL = 0.25  #: how often the parent checks times and memory (seconds)


@dataclass(frozen=True)
class Limits:
    """Per-task limits. ``None`` or 0 switches a limit off."""

    seconds: float | None = DEFAULT_SECONDS
    memory_mb: int | None = DEFAULT_MEMORY_MB


@dataclass(frozen=True)
class Failure:
    """A task that produced no result."""

    kind: str  #: timeout | memory | crash
    detail: str


def _page_size() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 4096


_PAGE = _page_size()


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process in MiB (Linux /proc), or None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE / 1048576
    except (OSError, ValueError, IndexError):
        return None


def _worker_main(conn: Connection, work: Callable[..., Any], initializer: Callable[..., None] | None,
                 initargs: tuple[Any, ...]) -> None:
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        task_id, args = msg
        try:
            result: Any = ("ok", work(*args))
        except BaseException as e:  # noqa: BLE001 - reported to the parent, the worker goes on
            result = ("raised", f"{type(e).__name__}: {e}")
        try:
            conn.send((task_id, result))
        except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send((task_id, ("raised", f"the result could not be sent back ({type(e).__name__}: {e})")))


class _Worker:
    def __init__(self, ctx: Any, work: Callable[..., Any], initializer: Callable[..., None] | None,
                 initargs: tuple[Any, ...]) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, work, initializer, initargs), daemon=True)
        self.proc.start()
        child.close()
        self.task: tuple[int, Any] | None = None
        self.started = 0.0

    def give(self, task_id: int, args: tuple[Any, ...]) -> None:
        self.task = (task_id, args)
        self.started = time.monotonic()
        self.conn.send((task_id, args))

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)
        self.conn.close()


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run(
    tasks: Iterable[tuple[Any, ...]],
    work: Callable[..., Any],
    *,
    jobs: int,
    limits: Limits | None = None,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Run ``work(*args)`` for every ``args`` in ``tasks`` on ``jobs`` worker processes; yield
    ``(args, result)`` as each finishes, where ``result`` is the return value, or a
    :class:`Failure` (time or memory limit, dead worker), or ``("raised", message)`` when ``work``
    raised. Never raises for a task."""
    lim = limits or Limits()
    ctx = _context()
    pending: deque[tuple[Any, ...]] = deque(tasks)
    jobs = max(1, min(jobs, len(pending))) if pending else 0
    workers = [_Worker(ctx, work, initializer, initargs) for _ in range(jobs)]
    next_id = 0
    try:
        while pending or any(w.task for w in workers):
            for i, w in enumerate(workers):
                if w.task is None and pending:
                    args = pending.popleft()
                    try:
                        w.give(next_id, args)
                    except OSError:  # the worker died while idle: replace it and try again
                        w.kill()
                        workers[i] = w = _Worker(ctx, work, initializer, initargs)
                        w.give(next_id, args)
                    next_id += 1
            busy = [w for w in workers if w.task is not None]
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=POLL)
            now = time.monotonic()
            for i, w in enumerate(workers):
                if w.task is None:
                    continue
                args = w.task[1]
                failure: Failure | None = None
                if w.conn in ready:
                    try:
                        task_id, result = w.conn.recv()
                    except (EOFError, OSError):
                        failure = Failure("crash", f"the worker process died (exit code {w.proc.exitcode})")
                    else:
                        w.task = None
                        yield args, (result[1] if result[0] == "ok" else result)
                        continue
                elif w.proc.sentinel in ready or not w.proc.is_alive():
                    w.proc.join(1)
                    failure = Failure("crash", f"the worker process died (exit code {w.proc.exitcode})")
                elif lim.seconds and now - w.started > lim.seconds:
                    failure = Failure("timeout", f"stopped after {lim.seconds:g} s")
                elif lim.memory_mb:
                    rss = rss_mb(w.proc.pid or 0)
                    if rss is not None and rss > lim.memory_mb:
                        failure = Failure("memory", f"stopped at {rss:.0f} MiB resident (limit {lim.memory_mb} MiB)")
                if failure is not None:
                    w.kill()
                    workers[i] = _Worker(ctx, work, initializer, initargs)
                    yield args, failure
    finally:
        for w in workers:
            if w.task is not None:
                w.kill()
            else:
                w.stop()

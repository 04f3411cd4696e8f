"""Check documents on a dask.distributed cluster: the engine behind ``procheck scan --engine dask``.

``check_many_dask(paths, scheduler=..., ...)`` has the contract of :func:`procheck.scan.check_many`: it
yields ``(path, report)`` as each document finishes and never raises for a bad document. A bad library,
profile or scoring profile, or a missing dask, raises a :class:`~procheck.errors.ProcheckError` when it is
called; a cluster that cannot be used raises an :class:`EngineError` on the first ``next()``, before any
document is submitted.

How it works:

- Every document is checked by the local engine's own per-document function,
  :func:`procheck.scan._check_one`, run on a dask worker by the thin wrapper :func:`_check_on_worker`.
- The compiled clause library (which may come from a custom ``--clauses`` folder), the resolved element
  profile and the scoring profiles travel to the workers **once per worker**, in a
  :class:`LibraryPlugin` (a ``distributed.WorkerPlugin``). The scheduler keeps the plugin and installs it
  on workers that join or are restarted later. Workers therefore never read the clause folder, a
  ``--profile`` YAML or a ``--score-profile`` YAML from their own disk: only the documents.
- **Documents are passed by path.** Every worker must see them at the same absolute path (a shared
  mount). This is checked before the scan on every connected worker with a sample of the paths, and a
  cluster that cannot see them is refused with :class:`PathsNotShared` (E605). Shipping the bytes
  instead was rejected: every document would go from the machine running ``procheck`` through the
  scheduler to a worker, so the client's network link and the scheduler become the bottleneck of a
  100k-document audit, and the reports would describe a temporary copy. Relative paths are made
  absolute on the client; reports keep the path as it was given, like the local engine.
- Submission is bounded: about ``4 x`` the cluster's worker threads are in flight, re-read as the
  cluster grows or shrinks, and results are taken with ``distributed.as_completed``.
- A failed task never stops the scan: ``_check_one`` turns an exception into an error record, and a
  worker that dies is handled by the scheduler, which reschedules the file on another worker until it has
  killed ``allowed-failures + 1`` workers (``distributed.scheduler.allowed-failures``, dask's default 3;
  :data:`ALLOWED_FAILURES` on a cluster this module starts itself); then it becomes an E100 error report.
  Tasks are submitted with ``retries=0``: the check is deterministic, so retrying an error repeats it.
  Losing the scheduler itself is not a document error: it raises :class:`SchedulerLost` (E607).
- A ``--password`` travels with every task (through the scheduler): use a ``tls://`` scheduler on a
  network you do not trust.

dask is an optional extra (``pip install 'procheck[cluster]'``): this module imports ``distributed`` only
inside functions, and raises :class:`DaskNotInstalled` (E601) when it is missing.

Error codes of this module (E6xx: engine): E600 base, E601 dask missing, E602 scheduler unreachable,
E603 no workers, E604 procheck missing or of another version on a worker, E605 documents not visible on
the workers, E606 (in an error report) the clause library did not reach a worker, E607 scheduler lost.
"""

from __future__ import annotations

import os
import pickle
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from procheck.errors import (  # noqa: F401 - re-exported: callers import them from here too
    DaskNotInstalled,
    EngineError,
    NoWorkers,
    PathsNotShared,
    ProcheckError,
    SchedulerLost,
    SchedulerUnreachable,
    WorkerMismatch,
)

if TYPE_CHECKING:
    from procheck.library import Library, Profile
    from procheck.records import Report
    from procheck.score import ScoringProfile

#: Worker deaths a single file may cause on a cluster this module starts (scheduler=None) before it is
#: reported as E100: the first death may be another file's fault (a worker holds up to two tasks), the
#: second and third are not.
ALLOWED_FAILURES = 2
#: Documents in flight per worker thread.
INFLIGHT_PER_THREAD = 4
#: Paths checked on every worker before the scan starts.
PROBE_SAMPLE = 16
#: Error code in an error report when the clause library is not installed on the worker.
LIBRARY_MISSING_CODE = "E606"

INSTALL_HINT = "pip install 'procheck[cluster]'"


# --------------------------------------------------------------------------------------------
# Errors (E6xx: the execution engine)
# --------------------------------------------------------------------------------------------




def _distributed() -> Any:
    """The ``distributed`` module, or :class:`DaskNotInstalled` with the fix."""
    try:
        import distributed
    except ImportError as e:
        raise DaskNotInstalled(
            f"the dask engine needs dask.distributed, which is not installed ({e}); run {INSTALL_HINT} "
            "on this machine and on every worker, or use --engine local"
        ) from e
    return distributed


# --------------------------------------------------------------------------------------------
# What the workers get once: the library bundle and its plugin
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LibraryBundle:
    """Everything a worker needs besides the document, resolved on the client."""

    token: str  #: unique per scan, so that two scans on one cluster never mix their libraries
    library: Library
    profile: Profile  #: resolved on the client: a --profile YAML need not exist on the workers
    #: the library's scoring profiles (plus a --score-profile YAML under the name it was given as),
    #: read on the client: the workers never read ``library.root / "scoring"``
    scoring: dict[str, ScoringProfile]
    score_profile: str | None


#: Bundles installed on this worker process, by token (filled by :class:`LibraryPlugin`).
_BUNDLES: dict[str, LibraryBundle] = {}
_SWITCH = threading.Lock()


def bundle_size(bundle: LibraryBundle) -> int:
    """Bytes of the pickled bundle: what each worker receives once per scan."""
    return len(pickle.dumps(bundle, protocol=pickle.HIGHEST_PROTOCOL))


def make_bundle(
    library: Library, *, profile: str | None = None, score_profile: str | None = None
) -> LibraryBundle:
    """Resolve the profile and the scoring profiles on the client. Raises ProcheckError for a bad one."""
    from procheck.library import load_profile
    from procheck.score import load_scoring, scoring_profiles

    prof = load_profile(library, profile)
    scoring = dict(scoring_profiles(library))
    if score_profile is not None:
        scoring[score_profile] = load_scoring(library, score_profile)
    return LibraryBundle(uuid.uuid4().hex, library, prof, scoring, score_profile)


def _install(bundle: LibraryBundle) -> None:
    _BUNDLES[bundle.token] = bundle


def _make_plugin_class() -> type:
    from distributed.diagnostics.plugin import WorkerPlugin

    class LibraryPlugin(WorkerPlugin):  # type: ignore[misc]
        """Installs a :class:`LibraryBundle` in every worker process, now and when one (re)starts."""

        def __init__(self, bundle: LibraryBundle) -> None:
            self.bundle = bundle

        def setup(self, worker: Any) -> None:
            _install(self.bundle)

        def teardown(self, worker: Any) -> None:
            _BUNDLES.pop(self.bundle.token, None)

    LibraryPlugin.__module__ = __name__
    LibraryPlugin.__qualname__ = "LibraryPlugin"
    return LibraryPlugin


def __getattr__(name: str) -> Any:
    """``LibraryPlugin`` subclasses ``distributed.WorkerPlugin``; it is built on first use, so that
    importing this module does not import dask (and unpickling the plugin on a worker finds it here)."""
    if name == "LibraryPlugin":
        cls = _make_plugin_class()
        globals()[name] = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------------------------
# What runs on a worker
# --------------------------------------------------------------------------------------------


def _check_on_worker(path: str, token: str, password: str | None) -> tuple[Report | None, dict[str, str] | None]:
    """Check one file with the local engine's ``_check_one`` and this scan's library. Never raises."""
    bundle = _BUNDLES.get(token)
    if bundle is None:
        return None, {
            "code": LIBRARY_MISSING_CODE,
            "message": f"{LIBRARY_MISSING_CODE} the clause library of this scan was not installed on the dask "
            "worker that got this file; run the scan again, and check the worker's log for a failed "
            "'procheck-library' plugin",
        }
    if len(_BUNDLES) > 1:  # several scans share this worker: one library at a time per process
        with _SWITCH:
            return _run(bundle, path, password)
    return _run(bundle, path, password)


def _run(bundle: LibraryBundle, path: str, password: str | None) -> tuple[Report | None, dict[str, str] | None]:
    from procheck import score
    from procheck.scan import _check_one, _init_worker

    lib = bundle.library
    _init_worker(lib)
    # the scoring profiles read on the client, so that the worker never reads lib.root / "scoring"
    score.install_scoring_profiles(lib, bundle.scoring)
    # check_path accepts a resolved Profile as well as a name
    return _check_one(path, bundle.profile, password, bundle.score_profile)  # type: ignore[arg-type]


def _probe(paths: list[str]) -> dict[str, Any]:
    """Run on every worker before the scan: procheck's version and which sample paths it cannot read."""
    import procheck

    missing = [p for p in paths if not os.path.isfile(p)]
    unreadable = [p for p in paths if p not in missing and not os.access(p, os.R_OK)]
    return {"version": procheck.__version__, "missing": missing, "unreadable": unreadable}


# --------------------------------------------------------------------------------------------
# The client side
# --------------------------------------------------------------------------------------------


def _sample(paths: list[str], k: int = PROBE_SAMPLE) -> list[str]:
    """Up to ``k`` paths spread over the list, among those this machine can see (at most ``4 k`` are
    looked at: stat calls on a network share are slow)."""
    n = len(paths)
    if n <= k:
        candidates = list(range(n))
    else:
        m = min(n, 4 * k)
        candidates = sorted({round(i * (n - 1) / (m - 1)) for i in range(m)})
        # the evenly spread k first, then the others as substitutes for files that are not there
        first = set(candidates[:: max(1, len(candidates) // k)][:k])
        candidates = sorted(first) + [i for i in candidates if i not in first]
    out: list[str] = []
    for i in candidates:
        if os.path.isfile(paths[i]):
            out.append(paths[i])
            if len(out) == k:
                break
    return out


def preflight(client: Any, absolute_paths: list[str]) -> None:
    """Refuse a cluster whose workers lack procheck, run another version, or cannot see the files."""
    import procheck

    sample = _sample(absolute_paths)
    answers = client.run(_probe, sample, on_error="return")
    if not answers:
        raise NoWorkers("the dask cluster has no workers; start some with 'dask worker tcp://HOST:8786'")
    for worker, ans in sorted(answers.items()):
        if isinstance(ans, BaseException):
            raise WorkerMismatch(
                f"procheck could not run on dask worker {worker} ({type(ans).__name__}: {ans}); install "
                f"procheck {procheck.__version__} with {INSTALL_HINT} in the worker's Python environment"
            )
        if ans["version"] != procheck.__version__:
            raise WorkerMismatch(
                f"dask worker {worker} runs procheck {ans['version']} but this machine runs "
                f"{procheck.__version__}; install the same version on every host"
            )
        bad = ans["missing"] or ans["unreadable"]
        if bad:
            what = "cannot see" if ans["missing"] else "cannot read"
            raise PathsNotShared(
                f"dask worker {worker} {what} {len(bad)} of {len(sample)} sampled documents, e.g. {bad[0]!r}; "
                "documents are passed by path, so every worker must see them at the same absolute path "
                "(mount the share at the same place on every host, and run procheck from that path) and "
                "run as a user that can read them",
                path=bad[0],
            )


def _capacity(client: Any) -> int:
    """Futures to keep in flight: :data:`INFLIGHT_PER_THREAD` per worker thread in the cluster now."""
    try:
        threads = sum(client.nthreads().values())
    except Exception:  # noqa: BLE001 - a transient scheduler hiccup must not stop the scan
        threads = 1
    return max(1, INFLIGHT_PER_THREAD * threads)


def _restore_path(report: Report, given: str, absolute: str) -> Report:
    """The report as the local engine would give it: the path as given, not the absolute one sent."""
    if given == absolute:
        return report
    err = report.error
    if err is not None and absolute in err.get("message", ""):
        err = {**err, "message": err["message"].replace(absolute, given)}
    return replace(report, path=given, error=err)


def check_many_dask(
    paths: Iterable[str | Path],
    *,
    scheduler: str | None = None,
    profile: str | None = None,
    password: str | None = None,
    score_profile: str | None = None,
    library: Library | None = None,
    n_workers: int | None = None,
    timeout: float = 60.0,
) -> Iterator[tuple[str, Report]]:
    """Check files on a dask cluster and yield ``(path, report)`` as each finishes (not in input order).

    ``scheduler`` is the address of a running scheduler (``tcp://HOST:8786``); ``None`` starts a
    ``LocalCluster`` of ``n_workers`` single-threaded worker processes (default: one per CPU) for the
    duration. With a scheduler, ``n_workers`` is how many workers to wait for before starting (default
    1). ``timeout`` (seconds) bounds connecting and waiting for workers.

    Never raises for a bad input file. Raises :class:`ProcheckError` at once (when called) for a bad
    library, profile or scoring profile and :class:`DaskNotInstalled` (E601); the cluster is started or
    joined on the first ``next()``, which raises an :class:`EngineError` (E6xx) when the scheduler cannot
    be reached or is lost, no worker comes, or the workers cannot see the documents.
    """
    todo = [str(p) for p in paths]
    from procheck.library import load_library

    lib = library if library is not None else load_library()
    # resolved now, on the client: bad profiles fail before anything starts, and the workers never
    # read the profile or scoring files
    bundle = make_bundle(lib, profile=profile, score_profile=score_profile)
    distributed = _distributed()
    return _scan(distributed, todo, bundle, scheduler=scheduler, password=password, n_workers=n_workers,
                 timeout=timeout)


def _scan(
    distributed: Any, todo: list[str], bundle: LibraryBundle, *, scheduler: str | None, password: str | None,
    n_workers: int | None, timeout: float,
) -> Iterator[tuple[str, Report]]:
    """Start or join the cluster on the first ``next()``, check, and close what was started."""
    if not todo:
        return
    cluster = None
    if scheduler is None:
        cluster = distributed.LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None, scheduler_kwargs={"allowed_failures": ALLOWED_FAILURES},
        )
        address = cluster.scheduler_address
    else:
        address = scheduler
    try:
        try:
            client = distributed.Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise SchedulerUnreachable(
                f"cannot reach the dask scheduler at {address} ({type(e).__name__}: {e}); start it with "
                "'dask scheduler' and check the address, the port (default 8786) and the firewall"
            ) from e
        try:
            yield from _drive(client, distributed, todo, bundle, password, n_workers if scheduler else None,
                              timeout)
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def _drive(
    client: Any, distributed: Any, todo: list[str], bundle: LibraryBundle, password: str | None,
    wait_for: int | None, timeout: float,
) -> Iterator[tuple[str, Report]]:
    from procheck.scan import CRASH_CODE, error_report

    try:
        client.wait_for_workers(max(1, wait_for or 1), timeout=timeout)
    except (TimeoutError, OSError) as e:
        raise NoWorkers(
            f"fewer than {max(1, wait_for or 1)} dask worker(s) joined the scheduler within {timeout:.0f} s; start "
            "workers with "
            "'dask worker tcp://HOST:8786 --nthreads 1' on the hosts that see the documents"
        ) from e
    absolute = [os.path.abspath(p) for p in todo]
    preflight(client, absolute)

    plugin_name = f"procheck-library-{bundle.token}"
    try:
        client.register_plugin(__getattr__("LibraryPlugin")(bundle), name=plugin_name)
    except Exception as e:  # noqa: BLE001 - e.g. the bundle does not unpickle on a worker
        raise WorkerMismatch(
            f"could not install the clause library on the dask workers ({type(e).__name__}: {e}); install the "
            "same procheck version, with the same Python and pydantic versions, on every host"
        ) from e
    lib, prof = bundle.library, bundle.profile

    def outcome_of(fut: Any, path: str) -> tuple[Report | None, dict[str, str] | None]:
        try:
            return fut.result()  # type: ignore[no-any-return]
        except distributed.KilledWorker:
            return None, {"code": CRASH_CODE, "message": killed_message(path)}
        except distributed.CancelledError as e:  # nobody but us cancels these tasks: the cluster went away
            raise SchedulerLost(
                f"the dask scheduler dropped the task checking {Path(path).name!r} ({type(e).__name__}: {e}): "
                "it was restarted or lost; the reports produced so far are kept, start it again and scan again"
            ) from e
        except Exception as e:  # noqa: BLE001 - one bad file never stops a scan
            return None, {"code": CRASH_CODE,
                          "message": f"{CRASH_CODE} the dask task checking {Path(path).name!r} failed: "
                          f"{type(e).__name__}: {e}"}

    pending: deque[int] = deque(range(len(todo)))
    inflight: dict[str, tuple[int, Any]] = {}  #: future key -> (index in todo, future)
    done = distributed.as_completed(loop=client.loop)
    limit = _capacity(client)

    def fill() -> None:
        while pending and len(inflight) < limit:
            i = pending.popleft()
            fut = client.submit(_check_on_worker, absolute[i], bundle.token, password,
                                key=f"procheck-{bundle.token}-{i}", retries=0)
            inflight[fut.key] = (i, fut)
            done.add(fut)

    try:
        fill()
        finished = 0
        for fut in done:
            i, _ = inflight.pop(fut.key)
            report, err = outcome_of(fut, todo[i])
            fut.release()
            if report is None:
                err = err or {"code": CRASH_CODE, "message": "no report"}
                report = error_report(todo[i], err["code"], err["message"], profile=prof, library=lib)
            else:
                report = _restore_path(report, todo[i], absolute[i])
            finished += 1
            if finished % 64 == 0:
                limit = _capacity(client)
            fill()
            yield todo[i], report
    finally:
        if inflight and client.status == "running":  # stopped early: do not leave work on a shared cluster
            try:
                client.cancel([f for _, f in inflight.values()])
            except Exception:  # noqa: BLE001 - best effort on the way out
                pass
        try:
            client.unregister_worker_plugin(plugin_name)
        except Exception:  # noqa: BLE001 - the scheduler may be gone already
            pass


def killed_message(path: str) -> str:
    """The E100 message for a file whose dask tasks killed too many worker processes."""
    from procheck.scan import CRASH_CODE

    return (
        f"{CRASH_CODE} every dask worker process that checked {Path(path).name!r} died (out of memory, or a "
        "crash in a parser), on more workers than the scheduler's allowed-failures; try 'procheck check' on "
        "it to see more"
    )

"""Check every document under a folder with a process pool and write a report per document.

``scan(root, out, ...)`` is the library function behind ``procheck scan``:

- finds documents recursively (``.pdf .docx .txt .md``, plus files of other suffixes whose content
  looks like a PDF, a DOCX/ZIP or a legacy OLE Word file: the ingest decides by content), skipping
  hidden files and folders, Office lock files and obvious non-documents (images, archives, media);
- checks them in a ``ProcessPoolExecutor`` whose workers load the clause library once;
- never lets one bad file stop the scan: an exception in a worker, or a worker that dies, becomes an
  error record for that file (a broken pool is recreated, and the files that were in flight are
  retried one at a time to find the one that killed it);
- writes ``<rel path>.json`` and ``<rel path>.md`` for each document under ``out`` (atomically, never
  outside ``out``), then ``summary.csv`` and ``summary.md``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from procheck import pool
from procheck.discover import (  # noqa: F401 - re-exported for callers of the scan module
    DOCUMENT_SUFFIXES,
    MAGIC,
    NON_DOCUMENT_SUFFIXES,
    Skipped,
    _is_within,
    discover,
    sniff,
)
from procheck.errors import ProcheckError, UsageError
from procheck.pool import Failure, Limits
from procheck.records import ElementResult, Report

if TYPE_CHECKING:
    from procheck.library import Library, Profile

#: Error code for a file whose check raised or whose worker process died (a generic input error).
CRASH_CODE = "E100"
#: Names reserved for the portfolio summaries at the top of ``out``.
RESERVED = frozenset({"summary.csv", "summary.md", "summary.html"})
STATUSES = ("present", "weak", "missing", "unknown")
_RANK = {"present": 0, "weak": 1, "missing": 2}


# --------------------------------------------------------------------------------------------
# Thresholds (shared by ``check`` and ``scan``)
# --------------------------------------------------------------------------------------------




def at_or_above(status: str, fail_on: str) -> bool:
    """Is ``status`` at or above the ``fail_on`` threshold? present < weak < missing; ``unknown``
    is unverified and counts as at or above any threshold; ``never`` never fails."""
    if fail_on == "never":
        return False
    if fail_on not in _RANK:
        raise UsageError(f"unknown --fail-on value {fail_on!r}; use weak, missing or never")
    if status not in _RANK:
        return True
    return _RANK[status] >= _RANK[fail_on]


#: a barrier's status read on the scale of the other elements: a barrier found is as bad as a
#: missing clause, one to check as a weak one, none found as a clause present
ADVERSE_AS = {"present": "missing", "weak": "weak", "missing": "present", "unknown": "unknown"}


def failing_elements(report: Report, fail_on: str) -> list[ElementResult]:
    """The report's elements at or above ``fail_on``. Barriers count when found (``present``) or
    to check (``weak``); informational elements (severity ``info``: diversity criteria, which are
    scored instead, and the price-only signal) never fail a document."""
    out = []
    for el in report.elements:
        if el.severity == "info":
            continue
        status = ADVERSE_AS.get(el.status, el.status) if el.adverse else el.status
        if at_or_above(status, fail_on):
            out.append(el)
    return out


def status_counts(report: Report) -> dict[str, int]:
    """Statuses of the clause and criterion elements (barriers are counted by ``barrier_counts``)."""
    out = dict.fromkeys(STATUSES, 0)
    for el in report.elements:
        if not el.adverse:
            out[el.status] = out.get(el.status, 0) + 1
    return out


def barrier_counts(report: Report) -> tuple[int, int]:
    """(barriers found, barriers to check) in a report."""
    found = sum(1 for el in report.elements if el.adverse and el.status == "present")
    check = sum(1 for el in report.elements if el.adverse and el.status == "weak")
    return found, check


def score_of(report: Report) -> tuple[str, str]:
    """(score, level) as text for tables; empty when the document was not scored."""
    if report.score is None or report.error:
        return "", ""
    return f"{report.score['score']}", str(report.score["level"])


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanItem:
    """One checked document."""

    rel: str  #: path relative to the scan root (POSIX)
    report: Report
    json_path: Path | None = None  #: where its JSON report was written
    md_path: Path | None = None  #: where its Markdown report was written
    html_path: Path | None = None  #: where its HTML report was written (scan --html)
    data: dict[str, Any] | None = field(default=None, compare=False, repr=False)  #: its JSON report, when known

    @property
    def ok(self) -> bool:
        return self.report.error is None


@dataclass
class ScanResult:
    """Everything a scan produced."""

    root: Path
    out: Path
    profile: str
    fail_on: str  #: the profile's threshold
    element_ids: list[str]
    items: list[ScanItem] = field(default_factory=list)  #: sorted by ``rel``
    skipped: list[Skipped] = field(default_factory=list)
    elapsed: float = 0.0
    summary_csv: Path | None = None
    summary_md: Path | None = None
    summary_html: Path | None = None
    store: StoreStats | None = None  #: set when the scan used a results store
    trend: list[dict[str, Any]] = field(default_factory=list)  #: earlier runs of this folder (from the store)

    @property
    def pages(self) -> int:
        return sum(i.report.pages or 0 for i in self.items)

    @property
    def errors(self) -> list[ScanItem]:
        return [i for i in self.items if not i.ok]

    def exit_code(self, fail_on: str | None = None, *, no_fail: bool = False) -> int:
        """2 if a document could not be read, else 1 if an element of some document is at or above
        ``fail_on`` (default: the profile's), else 0. ``no_fail`` turns findings into 0."""
        if self.errors:
            return 2
        threshold = fail_on or self.fail_on
        if not no_fail and any(failing_elements(i.report, threshold) for i in self.items):
            return 1
        return 0


# --------------------------------------------------------------------------------------------
# Checking many files in a process pool
# --------------------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(library: Library) -> None:
    """Pool initializer: install the compiled clause library once per worker (inherited by a forked
    worker, unpickled once by a spawned one), so no document pays for loading it."""
    _WORKER["library"] = library


def _check_one(
    path: str, profile: str | None, password: str | None, score_profile: str | None = None,
    max_bytes: int | None = None,
) -> tuple[Report | None, dict[str, str] | None]:
    """Run the pipeline on one file. Never raises: an exception becomes an error dict, so that
    nothing unpicklable has to cross the process boundary."""
    try:
        from procheck.pipeline import check_path

        extra = {"max_bytes": max_bytes} if max_bytes is not None else {}
        report = check_path(path, profile=profile, library=_WORKER.get("library"), password=password,
                            score_profile=score_profile, **extra)
        return report, None
    except ProcheckError as e:
        return None, e.as_dict()
    except Exception as e:  # noqa: BLE001 - one bad file must never stop a scan
        return None, {
            "code": CRASH_CODE,
            "message": f"{CRASH_CODE} internal error while checking: {type(e).__name__}: {e}",
        }


def _check_rendered(
    path: str, profile: str | None, password: str | None, score_profile: str | None, max_bytes: int | None,
    lang: str | None,
) -> tuple[Report | None, dict[str, str] | None, tuple[str, str] | None]:
    """``_check_one`` plus the JSON and Markdown texts of the report, rendered in the worker so that
    the parent process (which writes, stores and summarises) does not become the bottleneck."""
    report, err = _check_one(path, profile, password, score_profile, max_bytes)
    if report is None:
        return report, err, None
    try:
        from procheck.i18n import report_language
        from procheck.report import to_json, to_markdown

        texts = (to_json.dumps(report), to_markdown.render(report, lang=report_language(lang, report.language)))
    except Exception:  # noqa: BLE001 - the parent renders it again and reports the problem there
        texts = None
    return report, err, texts


def error_report(
    path: str | Path, code: str, message: str, *, profile: Profile, library: Library | None = None
) -> Report:
    """A report for a file the pipeline could not produce one for: every element ``unknown``."""
    from procheck.records import ElementResult

    p = Path(path)
    sha, _ = file_sha256(p)
    if not message.startswith(code):
        message = f"{code} {message}"
    elements = tuple(
        ElementResult(
            id=eid,
            status="unknown",
            confidence=0.0,
            reason=f"the document could not be checked ({code})",
            severity=sev,
        )
        for eid, sev in profile.elements.items()
    )
    return Report(
        path=str(path),
        sha256=sha,
        format=p.suffix.lower().lstrip(".") or "",
        language="",
        pages=None,
        needs_ocr=False,
        warnings=(),
        elements=elements,
        profile=profile.name,
        library_version=library.version if library is not None else "",
        library_hash=library.hash if library is not None else "",
        error={"code": code, "message": message},
    )


#: Error codes of the bounded pool: a document stopped at the time or the memory limit.
TIMEOUT_CODE = "E130"
MEMORY_CODE = "E131"


def _failure_outcome(path: str, failure: Failure, limits: Limits) -> dict[str, str]:
    name = Path(path).name
    if failure.kind == "timeout":
        return {"code": TIMEOUT_CODE, "message": (
            f"{TIMEOUT_CODE} checking {name!r} took longer than the limit and was {failure.detail}; the worker was "
            "replaced. Raise --timeout if the file is merely large, or check it alone with 'procheck check'.")}
    if failure.kind == "memory":
        return {"code": MEMORY_CODE, "message": (
            f"{MEMORY_CODE} checking {name!r} used too much memory and was {failure.detail}; the worker was "
            "replaced. Raise --max-memory if the file is merely large, or split it.")}
    return {"code": CRASH_CODE, "message": (
        f"{CRASH_CODE} the worker process checking {name!r} died ({failure.detail}: out of memory, or a crash in "
        "a parser); it was replaced and the scan went on. Try 'procheck check' on it to see more.")}


def check_many(
    paths: Iterable[str | Path],
    *,
    jobs: int,
    profile: str | None = None,
    password: str | None = None,
    library: Library | None = None,
    score_profile: str | None = None,
    limits: Limits | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[tuple[str, Report]]:
    """Check files and yield ``(path, report)`` as each finishes (see :func:`check_many_rendered`)."""
    for path, report, _ in check_many_rendered(
        paths, jobs=jobs, profile=profile, password=password, library=library, score_profile=score_profile,
        limits=limits, engine=engine, scheduler=scheduler, max_bytes=max_bytes, render=False,
    ):
        yield path, report


def check_many_rendered(
    paths: Iterable[str | Path],
    *,
    jobs: int,
    profile: str | None = None,
    password: str | None = None,
    library: Library | None = None,
    score_profile: str | None = None,
    limits: Limits | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    max_bytes: int | None = None,
    render: bool = True,
    lang: str | None = None,
) -> Iterator[tuple[str, Report, tuple[str, str] | None]]:
    """Check files and yield ``(path, report)`` as each finishes (not in input order).

    ``engine="local"``: ``jobs`` worker processes (``0`` runs in this process, for debugging), each
    document under ``limits`` (time and resident memory; a worker over a limit is killed and
    replaced). ``engine="dask"``: the same per-document function on a Dask cluster at ``scheduler``
    (see :mod:`procheck.engine_dask`). Never raises for a bad input file; raises
    :class:`ProcheckError` for a bad library or profile before starting.
    """
    from procheck.library import load_library, load_profile
    from procheck.score import load_scoring

    lib = library if library is not None else load_library()
    prof = load_profile(lib, profile)
    if score_profile is not None:
        load_scoring(lib, score_profile)  # a bad scoring profile fails before any work starts
    todo = [str(p) for p in paths]
    lim = limits or Limits()

    def finish(path: str, outcome: tuple[Any, ...]) -> tuple[str, Report, tuple[str, str] | None]:
        report, err = outcome[0], outcome[1]
        texts = outcome[2] if len(outcome) > 2 else None
        if report is None:
            err = err or {"code": CRASH_CODE, "message": "no report"}
            report = error_report(path, err["code"], err["message"], profile=prof, library=lib)
        return path, report, texts

    if engine == "dask":
        from procheck.engine_dask import check_many_dask

        for path, report in check_many_dask(todo, scheduler=scheduler, profile=profile, password=password,
                                            score_profile=score_profile, library=lib,
                                            n_workers=(jobs or None) if scheduler is None else None):
            yield path, report, None
        return
    if engine != "local":
        raise UsageError(f"unknown --engine {engine!r}; use local or dask")
    if jobs <= 0:
        _WORKER["library"] = lib
        for path in todo:
            yield finish(path, _check_one(path, profile, password, score_profile, max_bytes))
        return

    if len(todo) > 2 * jobs and multiprocessing.get_start_method() == "fork":
        # Forked workers inherit spaCy and the lemma tables instead of loading them each.
        from procheck.match.similarity import preload

        preload()
    tasks: list[tuple[Any, ...]] = [(path, profile, password, score_profile, max_bytes) for path in todo]
    work: Callable[..., Any] = _check_one
    if render:
        tasks = [(*t, lang) for t in tasks]
        work = _check_rendered
    for args, outcome in pool.run(tasks, work, jobs=jobs, limits=lim, initializer=_init_worker,
                                  initargs=(lib,)):
        path = args[0]
        if isinstance(outcome, Failure):
            yield finish(path, (None, _failure_outcome(path, outcome, lim)))
        elif isinstance(outcome, tuple) and len(outcome) == 2 and outcome[0] == "raised":
            yield finish(path, (None, {"code": CRASH_CODE, "message": f"{CRASH_CODE} {outcome[1]}"}))
        else:
            yield finish(path, outcome)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(dest: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``dest`` via a temporary file in the same folder and ``os.replace``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        # errors="backslashreplace": a file name that is not valid UTF-8 shows as \udcXX escapes
        with os.fdopen(fd, "w", encoding=encoding, newline="", errors="backslashreplace") as f:
            f.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; reports are ordinary files
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def output_paths(out: Path, rel: str) -> tuple[Path, Path]:
    """Where the JSON and Markdown reports of ``rel`` go; refuses anything outside ``out``."""
    out_r = out.resolve()
    md_rel = rel + ".md"
    if md_rel in RESERVED:  # a document called "summary" must not overwrite summary.md
        md_rel = rel + ".report.md"
    paths = []
    for name in (rel + ".json", md_rel):
        parts = Path(name).parts
        if Path(name).is_absolute() or ".." in parts or not parts:
            raise UsageError(
                f"refusing to write a report for {rel!r} outside the output folder", path=str(out)
            )
        dest = out_r.joinpath(*parts)
        if not _is_within(dest.parent.resolve() if dest.parent.exists() else dest.parent, out_r):
            raise UsageError(
                f"refusing to write a report for {rel!r} outside the output folder", path=str(out)
            )
        paths.append(dest)
    return paths[0], paths[1]


def summary_csv(result: ScanResult) -> str:
    """One row per checked document (sorted by path)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        ["path", "format", "language", "pages", "status", "error_code", *result.element_ids, *STATUSES,
         "barriers_found", "barriers_to_check", "diversity_score", "diversity_level", "score_profile"]
    )
    for item in sorted(result.items, key=lambda i: i.rel):
        r = item.report
        by_id = {el.id: el.status for el in r.elements}
        c = status_counts(r)
        w.writerow(
            [
                item.rel,
                r.format,
                r.language,
                "" if r.pages is None else r.pages,
                "ok" if item.ok else "error",
                (r.error or {}).get("code", ""),
                *(by_id.get(eid, "") for eid in result.element_ids),
                *(c[s] for s in STATUSES),
                *barrier_counts(r),
                *score_of(r),
                "" if r.score is None or r.error else r.score["profile"],
            ]
        )
    return buf.getvalue()


def portfolio_of(result: ScanResult) -> Any:
    """The scan as a :class:`procheck.report.portfolio.Portfolio` (links relative to ``out``)."""
    from procheck.report import to_json
    from procheck.report.portfolio import Portfolio

    out_r = result.out.resolve()

    def link(p: Path | None) -> str | None:
        if p is None:
            return None
        try:
            return p.relative_to(out_r).as_posix()
        except ValueError:
            return None

    entries = [(i.rel, i.data if i.data is not None else to_json.render(i.report), link(i.html_path),
                link(i.md_path)) for i in result.items]
    return Portfolio.build(entries, profile=result.profile, elapsed=result.elapsed, skipped=result.skipped,
                           title=result.root.name or str(result.root), element_ids=result.element_ids,
                           trend=result.trend or None)


def summary_markdown(result: ScanResult, *, lang: str | None = None) -> str:
    """The portfolio view: worst documents first, element coverage, errors and skipped files (the
    plain-text twin of ``summary.html``)."""
    from procheck.report.portfolio import render_markdown

    return render_markdown(portfolio_of(result), lang=lang or "en")


def summary_html(result: ScanResult, *, lang: str | None = None) -> str:
    """The portfolio dashboard as one self-contained HTML page."""
    from procheck.report.portfolio import render_html

    return render_html(portfolio_of(result), lang=lang or "en")


def html_context(lib: Library, profile: str, language: str) -> dict[str, Any]:
    """What the HTML writer needs from the library: element titles and the statutory ground list
    the document is compared with (writers never import the library)."""
    found = lib.jurisdiction_for(profile, language)
    grounds = {found[1].title: list(found[1].grounds)} if found else {"all canonical grounds": list(lib.ground_order)}
    return {"element_titles": {eid: el.spec.title for eid, el in lib.elements.items()},
            "jurisdiction_grounds": grounds}


# --------------------------------------------------------------------------------------------
# The scan
# --------------------------------------------------------------------------------------------


def file_sha256(path: str | Path) -> tuple[str, int]:
    """(hex digest, size) of a file's bytes, or ("", -1) when it cannot be read."""
    h = hashlib.sha256()
    size = 0
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return "", -1  # a FIFO or a device is never opened
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
    except OSError:
        return "", -1
    return h.hexdigest(), size


def model_version() -> str:
    """The version of the data the matchers judge with (the packaged lemma tables)."""
    from importlib import resources

    h = hashlib.sha256()
    root = resources.files("procheck") / "data" / "lemmas"
    for p in sorted(root.iterdir(), key=lambda q: q.name):
        if p.name.endswith(".json"):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return "lemmas-" + h.hexdigest()[:12]


@dataclass
class StoreStats:
    """What the store saved a scan."""

    run_id: int
    resumed: bool  #: this run continued an interrupted one
    reused: int = 0  #: documents whose stored result was reused (unchanged content and configuration)
    checked: int = 0  #: documents checked in this invocation
    url: str = ""


def _unchanged(path: Path, text: str) -> bool:
    """Does ``path`` hold exactly ``text`` already? (A re-scan then leaves the report alone.)"""
    try:
        with path.open("r", encoding="utf-8", newline="") as f:
            return f.read(len(text) + 1) == text
    except (OSError, UnicodeDecodeError):
        return False


def _write_item(out_p: Path, rel: str, report: Report, json_text: str | None = None, *,
                reused: bool = False, lang: str | None = None, html: dict[str, Any] | None = None,
                md_text: str | None = None, data: dict[str, Any] | None = None) -> ScanItem:
    """Write a document's reports; ``html``: also ``<rel>.html``, with the writer's library context."""
    from procheck.i18n import report_language
    from procheck.report import to_json, to_markdown

    json_path, md_path = output_paths(out_p, rel)
    html_path = md_path.with_name(md_path.name[: -len(".md")] + ".html") if html is not None else None
    text = json_text if json_text is not None else to_json.dumps(report)
    language = report_language(lang, report.language)
    keep = reused and md_path.exists() and _unchanged(json_path, text)
    if not keep:
        write_atomic(json_path, text)
        write_atomic(md_path, md_text if md_text is not None else to_markdown.render(report, lang=language))
    if html_path is not None and html is not None and not (keep and html_path.exists()):
        from procheck.report import to_html

        write_atomic(html_path, to_html.render(data if data is not None else json.loads(text), lang=language, **html))
    return ScanItem(rel=rel, report=report, json_path=json_path, md_path=md_path, html_path=html_path, data=data)


def scan(
    root: str | Path,
    out: str | Path,
    *,
    jobs: int | None = None,
    profile: str | None = None,
    password: str | None = None,
    progress: Callable[[ScanItem, int, int], None] | None = None,
    library: Library | None = None,
    score_profile: str | None = None,
    db: str | os.PathLike[str] | None = None,
    limits: Limits | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = True,
    lang: str | None = None,
    max_bytes: int | None = None,
    html: bool = False,
) -> ScanResult:
    """Check every document under ``root`` and write reports under ``out``.

    With ``db`` (a SQLite path or a PostgreSQL URL) every result goes to the results store as soon
    as it is known, documents whose content and configuration are unchanged since a stored result are
    not checked again (a moved or renamed file is recognised by its hash), and a run that was killed
    is resumed. ``progress(item, done, total)`` is called after each document. Raises
    :class:`ProcheckError` only for usage, library, profile or store problems; bad documents become
    error records.
    """
    from procheck import __version__
    from procheck.library import load_library, load_profile
    from procheck.report import from_json, to_json

    root_p = Path(root)
    out_p = Path(out)
    if not root_p.is_dir():
        raise UsageError("the folder to scan does not exist or is not a folder", path=str(root_p))
    if out_p.exists() and not out_p.is_dir():
        raise UsageError("--out must be a folder, not a file", path=str(out_p))
    if _is_within(root_p.resolve(), out_p.resolve()):
        raise UsageError(
            "--out must not be the scanned folder or contain it; choose another folder", path=str(out_p)
        )
    lib = library if library is not None else load_library()
    prof = load_profile(lib, profile)
    if jobs is None:
        jobs = os.cpu_count() or 1

    t0 = time.perf_counter()
    docs, skipped = discover(root_p, out_p)
    try:
        out_p.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(
            f"cannot create the output folder ({e.strerror}); choose another --out", path=str(out_p)
        ) from e
    result = ScanResult(
        root=root_p,
        out=out_p,
        profile=prof.name,
        fail_on=prof.fail_on,
        element_ids=list(prof.elements),
        skipped=skipped,
    )
    rel_of = {str(p): p.relative_to(root_p).as_posix() for p in docs}
    total = len(docs)
    items: list[ScanItem] = []

    def done(item: ScanItem) -> None:
        items.append(item)
        if progress is not None:
            progress(item, len(items), total)

    store = None
    key = ""
    hashes: dict[str, tuple[str, int]] = {}
    todo: list[str] = [str(p) for p in docs]
    if db is not None:
        from procheck.store import config_key, open_store

        store = open_store(db)
        mv = model_version()
        key = config_key(procheck_version=__version__, library_hash=lib.hash, profile=prof.name,
                         profile_elements=[f"{k}:{v}" for k, v in prof.elements.items()],
                         score_profile=score_profile or "", model_version=mv)
        run, resumed = store.start_run(
            root=str(root_p.resolve()), profile=prof.name, score_profile=score_profile or "",
            library_version=lib.version, library_hash=lib.hash, model_version=mv, procheck_version=__version__,
            engine=engine, options={"jobs": jobs, "password": password is not None, "fail_on": prof.fail_on,
                                    "lang": lang,
                                    "limits": None if limits is None else [limits.seconds, limits.memory_mb]},
            key=key, resume=resume)
        result.store = StoreStats(run_id=run.id, resumed=resumed, url=store.url)
        earlier = [r for r in store.runs(root=str(root_p.resolve()), limit=2) if r.id != run.id]
        # reports left by the previous run can stay when written in the same language
        keep_outputs = bool(earlier) and earlier[0].options.get("lang") == lang
        hashes = {path: file_sha256(path) for path in todo}
        already = store.recorded(run.id) if resumed else {}
        reusable = store.reusable_many([h for h, _ in hashes.values() if h], key)
        todo = []
        for path, (sha, size) in hashes.items():
            rel = rel_of[path]
            prior = already.get(rel)
            rid = reusable.get(sha) if sha else None
            if rid is None or (prior is not None and not prior[1]):
                todo.append(path)
                continue
            text = store.report_text(rid)
            data = json.loads(text)
            if data["document"]["path"] != path:  # the document moved: its report says where it is now
                data["document"]["path"] = path
                text = to_json.dumps_data(data)
            if prior is None or prior[0] != sha:
                store.record(run.id, rel, data, sha=sha, key=key, size=size, reused_id=rid)
            result.store.reused += 1
            rep = from_json.load(data)
            done(_write_item(out_p, rel, rep, text, reused=keep_outputs, lang=lang, data=data,
                             html=html_context(lib, prof.name, rep.language) if html else None))
    try:
        for path, report, texts in check_many_rendered(
            todo, jobs=jobs, profile=profile, password=password, library=lib, score_profile=score_profile,
            limits=limits, engine=engine, scheduler=scheduler, max_bytes=max_bytes, lang=lang,
        ):
            rel = rel_of[path]
            json_text = texts[0] if texts else to_json.dumps(report)
            data = json.loads(json_text)
            if store is not None and result.store is not None:
                sha, size = hashes.get(path) or file_sha256(path)
                store.record(result.store.run_id, rel, data, sha=sha or report.sha256, key=key,
                             size=size, text=json_text)
                result.store.checked += 1
            done(_write_item(out_p, rel, report, json_text, lang=lang, md_text=texts[1] if texts else None,
                             data=data, html=html_context(lib, prof.name, report.language) if html else None))
        state = "done"
    except BaseException:
        state = "interrupted"
        raise
    finally:
        result.items = sorted(items, key=lambda i: i.rel)
        result.elapsed = time.perf_counter() - t0
        if store is not None and result.store is not None:
            try:
                store.finish_run(result.store.run_id, state=state, skipped=[(s.rel, s.reason) for s in skipped],
                                 seconds=result.elapsed)
                if state == "done":
                    result.trend = store.trend(str(root_p.resolve()))
            finally:
                store.close()
    write_summaries(result, lang=lang, html=html)
    return result


def write_summaries(result: ScanResult, *, lang: str | None = None, html: bool = False) -> None:
    """summary.csv and summary.md (and with ``html`` the dashboard summary.html) at the top of ``out``."""
    result.summary_csv = result.out.resolve() / "summary.csv"
    result.summary_md = result.out.resolve() / "summary.md"
    write_atomic(result.summary_csv, summary_csv(result), encoding="utf-8-sig")
    write_atomic(result.summary_md, summary_markdown(result, lang=lang))
    if html:
        result.summary_html = result.out.resolve() / "summary.html"
        write_atomic(result.summary_html, summary_html(result, lang=lang))


def rebuild(db: str | os.PathLike[str], run_id: int, out: str | Path, *, lang: str | None = None,
            html: bool = False, library: Library | None = None) -> ScanResult:
    """Write a stored run's reports again (per-document JSON and Markdown, summaries) under ``out``,
    from the store alone: the documents need not exist any more."""
    from procheck.report import from_json, to_json
    from procheck.store import open_store

    out_p = Path(out)
    if out_p.exists() and not out_p.is_dir():
        raise UsageError("--out must be a folder, not a file", path=str(out_p))
    with open_store(db) as store:
        run = store.run(run_id)
        stored = list(store.run_reports(run_id))
        skipped = [Skipped(rel, reason) for rel, reason in store.run_skipped(run_id)]
        trend = [t for t in store.trend(run.root) if t["run_id"] <= run_id]
    element_ids: list[str] = []
    for _, data, _ in stored:
        for el in data.get("elements", []):
            if el["id"] not in element_ids:
                element_ids.append(el["id"])
    result = ScanResult(root=Path(run.root), out=out_p, profile=run.profile,
                        fail_on=str(run.options.get("fail_on", "missing")), element_ids=element_ids,
                        skipped=skipped, elapsed=run.seconds or 0.0, trend=trend)
    result.store = StoreStats(run_id=run.id, resumed=False, reused=run.reused, checked=run.checked, url=str(db))
    out_p.mkdir(parents=True, exist_ok=True)
    if lang is None:
        lang = run.options.get("lang")
    lib = None
    if html:
        from procheck.library import load_library

        lib = library if library is not None else load_library()
    items = []
    for rel, data, _ in stored:
        rep = from_json.load(data)
        items.append(_write_item(out_p, rel, rep, to_json.dumps_data(data), lang=lang, data=data,
                                 html=html_context(lib, run.profile, rep.language) if lib is not None else None))
    result.items = sorted(items, key=lambda i: i.rel)
    write_summaries(result, lang=lang, html=html)
    return result


def write_xlsx(result: ScanResult, dest: str | os.PathLike[str], *, lang: str | None = None) -> Path:
    """The scan as an Excel workbook (findings per document and element, a sheet per document summary)."""
    from procheck.report import to_json
    from procheck.report.to_xlsx import write_workbook

    items = [(i.rel, i.data if i.data is not None else to_json.render(i.report)) for i in result.items]
    return write_workbook(items, dest, lang=lang or "en", profile=result.profile,
                          skipped=[(s.rel, s.reason) for s in result.skipped])

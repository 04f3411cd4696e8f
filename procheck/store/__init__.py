"""The results store: every run, every document's report, its element results and evidence, and errors.

``open_store(url)`` opens SQLite (a path, or ``sqlite:///path``; WAL mode) or PostgreSQL
(``postgresql://…``, psycopg 3). Both run the same plain SQL (``schema.py``), with ``?`` parameters
rewritten for psycopg. Each document's result is written in its own transaction as soon as it is
known, so a scan killed at any moment loses at most the documents in flight and a re-run picks up
where it stopped.

A result is reusable when the document's content hash and the run's configuration key (procheck
version, clause-library hash, profile, scoring profile, model version) are the same; error results
are stored for the record but never reused, so a file that failed is tried again next time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from procheck.errors import StoreError
from procheck.store.schema import MIGRATIONS, statements


def clean(text: str) -> str:
    """Text the database can hold: a file name that is not valid UTF-8 (surrogate escapes from the
    file system) is kept as backslash escapes."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def config_key(*, procheck_version: str, library_hash: str, profile: str, profile_elements: Sequence[str],
               score_profile: str, model_version: str) -> str:
    """What must be equal for a stored result to be reused."""
    blob = json.dumps(
        {"procheck": procheck_version, "library": library_hash, "profile": profile,
         "elements": list(profile_elements), "score": score_profile, "model": model_version},
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


@dataclass(frozen=True)
class RunInfo:
    """A row of ``runs``."""

    id: int
    started_at: str
    finished_at: str | None
    state: str  #: running | done | interrupted
    root: str
    profile: str
    score_profile: str
    library_version: str
    library_hash: str
    model_version: str
    procheck_version: str
    engine: str
    options: dict[str, Any]
    config_key: str
    documents: int
    reused: int
    checked: int
    errors: int
    skipped: int
    pages: int
    seconds: float | None


_RUN_COLUMNS = (
    "id, started_at, finished_at, state, root, profile, score_profile, library_version, library_hash, "
    "model_version, procheck_version, engine, options, config_key, documents, reused, checked, errors, "
    "skipped, pages, seconds"
)


def _run(row: Sequence[Any]) -> RunInfo:
    vals = list(row)
    vals[12] = json.loads(vals[12] or "{}")
    return RunInfo(*vals)


class Store:
    """A connection to the results store. Use :func:`open_store`."""

    def __init__(self, url: str, conn: Any, dialect: str) -> None:
        self.url = url
        self.conn = conn
        self.dialect = dialect

    # --- plumbing -----------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.execute(sql, params).fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.dialect == "postgresql":
            with self.conn.transaction():
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- migrations ---------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; return their names."""
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.query("SELECT name FROM schema_migrations")}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                # another process may have applied it meanwhile: re-check inside the transaction
                if self.query("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)):
                    continue
                for stmt in statements(sql, self.dialect):
                    self.execute(stmt)
                self.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", (name, now()))
            applied.append(name)
        return applied

    def migrations(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.query("SELECT name, applied_at FROM schema_migrations ORDER BY name")]

    # --- runs ---------------------------------------------------------------------------------

    def start_run(self, *, root: str, profile: str, score_profile: str, library_version: str, library_hash: str,
                  model_version: str, procheck_version: str, engine: str, options: dict[str, Any],
                  key: str, resume: bool = True) -> tuple[RunInfo, bool]:
        """A new run, or (``resume``) the latest unfinished run of the same folder and configuration.
        Returns the run and whether it was resumed."""
        if resume:
            rows = self.query(
                f"SELECT {_RUN_COLUMNS} FROM runs WHERE root = ? AND config_key = ? AND state <> 'done' "
                "ORDER BY id DESC LIMIT 1", (root, key))
            if rows:
                run = _run(rows[0])
                self.execute("UPDATE runs SET state = 'running', engine = ? WHERE id = ?", (engine, run.id))
                return self.run(run.id), True
        with self.transaction():
            cur = self.execute(
                "INSERT INTO runs (started_at, state, root, profile, score_profile, library_version, library_hash, "
                "model_version, procheck_version, engine, options, config_key) "
                "VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (now(), root, profile, score_profile, library_version, library_hash, model_version,
                 procheck_version, engine, json.dumps(options, sort_keys=True), key),
            )
            run_id = int(cur.fetchone()[0])
        return self.run(run_id), False

    def run(self, run_id: int) -> RunInfo:
        rows = self.query(f"SELECT {_RUN_COLUMNS} FROM runs WHERE id = ?", (run_id,))
        if not rows:
            raise StoreError(f"there is no run {run_id} in this store; see 'procheck runs list'", path=self.url)
        return _run(rows[0])

    def runs(self, *, root: str | None = None, limit: int = 50) -> list[RunInfo]:
        where, params = ("WHERE root = ?", [root]) if root is not None else ("", [])
        rows = self.query(f"SELECT {_RUN_COLUMNS} FROM runs {where} ORDER BY id DESC LIMIT ?", (*params, limit))
        return [_run(r) for r in rows]

    def finish_run(self, run_id: int, *, state: str, skipped: Sequence[tuple[str, str]] = (),
                   seconds: float | None = None) -> RunInfo:
        """Record the skipped files and the run's totals (computed from what was stored)."""
        with self.transaction():
            self.execute("DELETE FROM skipped WHERE run_id = ?", (run_id,))
            for rel, reason in skipped:
                self.execute("INSERT INTO skipped (run_id, path, reason) VALUES (?, ?, ?)", (run_id, rel, reason))
            (docs, reused, pages), = self.query(
                "SELECT COUNT(*), COALESCE(SUM(rd.reused), 0), COALESCE(SUM(d.pages), 0) FROM run_documents rd "
                "JOIN documents d ON d.sha256 = rd.sha256 WHERE rd.run_id = ?", (run_id,))
            (errs,), = self.query(
                "SELECT COUNT(*) FROM run_documents rd JOIN results r ON r.id = rd.result_id "
                "WHERE rd.run_id = ? AND r.error_code IS NOT NULL", (run_id,))
            self.execute(
                "UPDATE runs SET state = ?, finished_at = ?, documents = ?, reused = ?, checked = ?, errors = ?, "
                "skipped = ?, pages = ?, seconds = COALESCE(seconds, 0) + ? WHERE id = ?",
                (state, now(), docs, reused, docs - reused, errs, len(skipped), pages, seconds or 0.0, run_id),
            )
        return self.run(run_id)

    # --- results ------------------------------------------------------------------------------

    def _reusable_id(self, sha256: str, key: str) -> int | None:
        rows = self.query("SELECT id FROM results WHERE sha256 = ? AND config_key = ? AND error_code IS NULL",
                          (sha256, key))
        return int(rows[0][0]) if rows else None

    def reusable(self, sha256: str, key: str) -> tuple[int, str] | None:
        """(result id, JSON report) of a reusable result for this content and configuration."""
        rid = self._reusable_id(sha256, key)
        return None if rid is None else (rid, self.report_text(rid))

    def reusable_many(self, shas: Sequence[str], key: str) -> dict[str, int]:
        """sha256 -> result id for every reusable result among ``shas`` (one query per 500)."""
        out: dict[str, int] = {}
        uniq = sorted(set(shas))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for sha, rid in self.query(
                f"SELECT sha256, id FROM results WHERE config_key = ? AND error_code IS NULL AND sha256 IN ({marks})",
                (key, *chunk)):
                out[str(sha)] = int(rid)
        return out

    def recorded(self, run_id: int) -> dict[str, tuple[str, bool]]:
        """path -> (sha256, ok) of the documents a run has already recorded (for a resumed run)."""
        rows = self.query(
            "SELECT rd.path, rd.sha256, r.error_code FROM run_documents rd JOIN results r ON r.id = rd.result_id "
            "WHERE rd.run_id = ?", (run_id,))
        return {str(p): (str(s), e is None) for p, s, e in rows}

    def record(self, run_id: int, path: str, report: dict[str, Any], *, sha: str, key: str, size: int | None,
               reused_id: int | None = None, text: str | None = None) -> int:
        """Store one document's result for a run (in one transaction) and return the result id.
        ``reused_id``: the document was not checked again; link the stored result. ``text``: the
        report's JSON text as written to disk (stored verbatim; default: encoded here)."""
        path = clean(path)
        if text is not None:
            text = clean(text)
        doc = report.get("document", {})
        err = report.get("error")
        with self.transaction():
            self.execute(
                "INSERT INTO documents (sha256, size, format, language, pages, first_seen, path) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET path = excluded.path",
                (sha, size, doc.get("format"), doc.get("language"), doc.get("pages"), now(),
                 clean(str(doc.get("path") or ""))))
            result_id = reused_id
            if result_id is None and not err:
                result_id = self._reusable_id(sha, key)
            if result_id is None:
                result_id = self._insert_result(sha, key, report, text)
            self.execute(
                "INSERT INTO run_documents (run_id, path, sha256, result_id, reused) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (run_id, path) DO UPDATE SET sha256 = excluded.sha256, result_id = excluded.result_id, "
                "reused = excluded.reused",
                (run_id, path, sha, result_id, int(reused_id is not None)))
            self.execute("DELETE FROM errors WHERE run_id = ? AND path = ?", (run_id, path))
            if err:
                self.execute("INSERT INTO errors (run_id, path, sha256, code, message, at) VALUES (?, ?, ?, ?, ?, ?)",
                             (run_id, path, sha, err.get("code", ""), err.get("message", ""), now()))
        return result_id

    def _insert_result(self, sha: str, key: str, report: dict[str, Any], text: str | None) -> int:
        lib = report.get("library", {})
        err = report.get("error")
        cur = self.execute(
            "INSERT INTO results (sha256, config_key, library_hash, profile, model_version, error_code, report, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (sha, key, lib.get("hash", ""), report.get("profile", ""),
             str((report.get("meta") or {}).get("model_version", "")),
             err.get("code") if err else None,
             text if text is not None else clean(json.dumps(report, indent=2, ensure_ascii=False) + "\n"), now()))
        rid = int(cur.fetchone()[0])
        for el in report.get("elements", []):
            self.execute(
                "INSERT INTO element_results (result_id, element_id, status, severity, adverse, confidence, reason, "
                "grounds, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rid, el["id"], el["status"], el.get("severity", ""), int(bool(el.get("adverse"))),
                 float(el.get("confidence", 0.0)), el.get("reason", ""), json.dumps(el.get("grounds", [])),
                 json.dumps(el.get("figures", {}), ensure_ascii=False)))
            for seq, ev in enumerate(el.get("evidence", [])):  # quotes come from decoded text: valid UTF-8
                self.execute(
                    "INSERT INTO evidence (result_id, element_id, seq, page, start_offset, end_offset, section, quote) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (rid, el["id"], seq, ev.get("page"), ev.get("start", 0), ev.get("end", 0), ev.get("section"),
                     ev.get("text", "")))
        return rid

    def report_text(self, result_id: int) -> str:
        """A stored report's JSON text, as it was written."""
        rows = self.query("SELECT report FROM results WHERE id = ?", (result_id,))
        if not rows:
            raise StoreError(f"there is no result {result_id} in this store", path=self.url)
        return str(rows[0][0])

    def report(self, result_id: int) -> dict[str, Any]:
        return dict(json.loads(self.report_text(result_id)))

    def run_reports(self, run_id: int) -> Iterator[tuple[str, dict[str, Any], bool]]:
        """(path, JSON report, reused) of every document of a run, sorted by path."""
        self.run(run_id)
        rows = self.query(
            "SELECT rd.path, r.report, rd.reused FROM run_documents rd JOIN results r ON r.id = rd.result_id "
            "WHERE rd.run_id = ? ORDER BY rd.path", (run_id,))
        for path, report, reused in rows:
            yield str(path), dict(json.loads(report)), bool(reused)

    def run_skipped(self, run_id: int) -> list[tuple[str, str]]:
        return [(str(p), str(r)) for p, r in self.query(
            "SELECT path, reason FROM skipped WHERE run_id = ? ORDER BY path", (run_id,))]

    def run_errors(self, run_id: int) -> list[tuple[str, str, str]]:
        return [(str(p), str(c), str(m)) for p, c, m in self.query(
            "SELECT path, code, message FROM errors WHERE run_id = ? ORDER BY path", (run_id,))]

    def status_counts(self, run_id: int) -> dict[str, int]:
        """Element statuses over a run's documents (clause and criterion elements; barriers apart)."""
        out = {"present": 0, "weak": 0, "missing": 0, "unknown": 0, "barriers_found": 0, "barriers_to_check": 0}
        for status, adverse, n in self.query(
            "SELECT er.status, er.adverse, COUNT(*) FROM run_documents rd "
            "JOIN element_results er ON er.result_id = rd.result_id WHERE rd.run_id = ? "
            "GROUP BY er.status, er.adverse", (run_id,)):
            if adverse:
                if status == "present":
                    out["barriers_found"] += int(n)
                elif status == "weak":
                    out["barriers_to_check"] += int(n)
            else:
                out[str(status)] = out.get(str(status), 0) + int(n)
        return out

    def trend(self, root: str, *, limit: int = 12) -> list[dict[str, Any]]:
        """The finished runs of a folder, oldest first, with their documents and status counts."""
        runs = [r for r in self.runs(root=root, limit=limit) if r.state == "done"]
        out = []
        for r in reversed(runs):
            out.append({"run_id": r.id, "started": r.started_at, "documents": r.documents, "errors": r.errors,
                        **self.status_counts(r.id)})
        return out


def _sqlite(path: str) -> Store:
    p = Path(path)
    if p.exists() and p.is_dir():
        raise StoreError("--db names a folder; give a file name such as procheck.db", path=path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(p), timeout=60, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=60000")
    except (sqlite3.Error, OSError) as e:
        raise StoreError(f"cannot open the SQLite store ({e}); check the path and its permissions", path=path) from e
    return Store(f"sqlite:///{p}", conn, "sqlite")


def _postgres(url: str) -> Store:
    try:
        import psycopg
    except ImportError as e:
        raise StoreError("PostgreSQL needs psycopg 3: pip install 'procheck[postgres]'", path=url) from e
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=15)
    except psycopg.Error as e:
        raise StoreError(f"cannot connect to PostgreSQL ({str(e).strip()}); check the URL, the server and the "
                         "credentials", path=_redact(url)) from e
    return Store(_redact(url), conn, "postgresql")


def _redact(url: str) -> str:
    """The URL without its password, for messages and the runs table."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def open_store(url: str | os.PathLike[str], *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store at ``url``: a file path or ``sqlite:///path`` for SQLite,
    ``postgresql://…`` (or ``postgres://…``) for PostgreSQL."""
    u = os.fspath(url)
    if u.startswith(("postgresql://", "postgres://")):
        store = _postgres(u)
    elif u.startswith("sqlite:///"):
        store = _sqlite(u[len("sqlite:///"):] if not u.startswith("sqlite:////") else u[len("sqlite:///"):])
    elif "://" in u:
        raise StoreError("unknown store URL scheme; use a file path, sqlite:///path or postgresql://…", path=u)
    else:
        store = _sqlite(u)
    if migrate:
        try:
            store.migrate()
        except Exception as e:
            store.close()
            if isinstance(e, StoreError):
                raise
            raise StoreError(f"cannot prepare the store's tables ({e})", path=store.url) from e
    return store


__all__ = ["RunInfo", "Store", "config_key", "open_store"]

"""The results store on both backends (SQLite file in WAL mode, a real PostgreSQL server), and the
incremental and resumable scan on top of it — including a real scan process killed with SIGKILL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from procheck.pipeline import check_path
from procheck.report import to_json
from procheck.scan import scan
from procheck.store import config_key, open_store
from procheck.store.schema import MIGRATIONS

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
KEY = config_key(procheck_version="t", library_hash="h", profile="full", profile_elements=["a:major"],
                 score_profile="", model_version="m")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    import psycopg

    base = request.getfixturevalue("pg_url")
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="module")
def sample_reports() -> dict[str, dict]:
    names = ["en01_cleaning_services_contract_antidiscrimination.pdf", "nl03_overeenkomst_wmo_gelijke_behandeling.docx"]
    return {n: to_json.render(check_path(SAMPLES / n)) for n in names}


def copy_samples(dest: Path, names: list[str]) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for n in names:
        shutil.copy2(SAMPLES / n, dest / n)
    return dest


# --- the store itself ---------------------------------------------------------------------------------


def test_store_migrations_recorded_once(store_url: str) -> None:
    with open_store(store_url) as st:
        names = [n for n, _ in st.migrations()]
    assert names == [n for n, _ in MIGRATIONS]
    with open_store(store_url) as st:
        assert st.migrate() == []  # nothing applied twice
        assert [n for n, _ in st.migrations()] == names


def test_store_sqlite_uses_wal(tmp_path: Path) -> None:
    open_store(tmp_path / "s.db").close()
    conn = sqlite3.connect(tmp_path / "s.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _start(st, root: str = "/docs", key: str = KEY):  # type: ignore[no-untyped-def]
    return st.start_run(root=root, profile="full", score_profile="", library_version="1", library_hash="h",
                        model_version="m", procheck_version="t", engine="local", options={}, key=key)


def test_store_round_trip_of_reports_elements_and_evidence(store_url: str, sample_reports: dict[str, dict]) -> None:
    with open_store(store_url) as st:
        run, resumed = _start(st)
        assert not resumed
        for name, rep in sample_reports.items():
            st.record(run.id, name, rep, sha=rep["document"]["sha256"], key=KEY, size=123)
        st.finish_run(run.id, state="done", skipped=[("x.png", "not a document")], seconds=1.5)
        back = {p: r for p, r, _ in st.run_reports(run.id)}
        assert back == sample_reports
        info = st.run(run.id)
        assert (info.state, info.documents, info.checked, info.reused, info.skipped) == ("done", 2, 2, 0, 1)
        n_ev = sum(len(el["evidence"]) for r in sample_reports.values() for el in r["elements"])
        assert st.query("SELECT COUNT(*) FROM evidence")[0][0] == n_ev
        n_el = sum(len(r["elements"]) for r in sample_reports.values())
        assert st.query("SELECT COUNT(*) FROM element_results")[0][0] == n_el
        present = sum(el["status"] == "present" and not el.get("adverse") for r in sample_reports.values()
                      for el in r["elements"])
        assert st.status_counts(run.id)["present"] == present
        # evidence quotes are stored exactly as in the report
        (quote, start), = st.query("SELECT quote, start_offset FROM evidence ORDER BY result_id, element_id, seq LIMIT 1")
        first = next(ev for el in sorted(next(iter(sample_reports.values()))["elements"], key=lambda e: e["id"])
                     for ev in el["evidence"])
        assert (quote, start) == (first["text"], first["start"])


def test_store_reuse_is_keyed_by_content_and_configuration(store_url: str, sample_reports: dict[str, dict]) -> None:
    rep = next(iter(sample_reports.values()))
    sha = rep["document"]["sha256"]
    other_key = config_key(procheck_version="t", library_hash="CHANGED", profile="full", profile_elements=["a:major"],
                           score_profile="", model_version="m")
    with open_store(store_url) as st:
        run, _ = _start(st)
        rid = st.record(run.id, "a.pdf", rep, sha=sha, key=KEY, size=1)
        hit = st.reusable(sha, KEY)
        assert hit is not None and hit[0] == rid and json.loads(hit[1]) == rep
        assert st.reusable(sha, other_key) is None
        assert st.reusable("0" * 64, KEY) is None
        assert st.reusable_many([sha, "f" * 64], KEY) == {sha: rid}
        # the same content recorded again (another path) links the same result: no duplicate
        assert st.record(run.id, "moved/a.pdf", rep, sha=sha, key=KEY, size=1) == rid
        assert st.query("SELECT COUNT(*) FROM results")[0][0] == 1


def test_store_error_results_are_kept_but_never_reused(store_url: str) -> None:
    err = {"document": {"path": "bad.pdf", "sha256": "e" * 64, "format": "pdf"}, "profile": "full",
           "library": {"hash": "h"}, "elements": [], "error": {"code": "E104", "message": "E104 corrupt"}}
    with open_store(store_url) as st:
        run, _ = _start(st)
        st.record(run.id, "bad.pdf", err, sha="e" * 64, key=KEY, size=5)
        st.record(run.id, "bad.pdf", err, sha="e" * 64, key=KEY, size=5)  # retried in the same run
        assert st.reusable("e" * 64, KEY) is None
        assert st.run_errors(run.id) == [("bad.pdf", "E104", "E104 corrupt")]  # one row, not two
        assert st.finish_run(run.id, state="done").errors == 1


def test_store_resume_returns_the_unfinished_run(store_url: str) -> None:
    with open_store(store_url) as st:
        first, _ = _start(st)
        again, resumed = _start(st)
        assert resumed and again.id == first.id
        st.finish_run(first.id, state="done")
        third, resumed = _start(st)
        assert not resumed and third.id != first.id
        other, resumed = _start(st, root="/elsewhere")
        assert not resumed and other.id not in (first.id, third.id)


def test_store_bad_urls_are_coded_errors(tmp_path: Path) -> None:
    from procheck.errors import StoreError

    with pytest.raises(StoreError, match="E400.*scheme"):
        open_store("mysql://x/y")
    with pytest.raises(StoreError, match="folder"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")


def test_store_redacts_the_password_in_urls() -> None:
    from procheck.store import _redact

    assert _redact("postgresql://u:secret@h:5432/db") == "postgresql://u:***@h:5432/db"


# --- incremental scans --------------------------------------------------------------------------------

NAMES = [
    "en01_cleaning_services_contract_antidiscrimination.pdf",
    "sv01_avtal_stadtjanster_diskriminering.pdf",
    "nl03_overeenkomst_wmo_gelijke_behandeling.docx",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    names = [n for n in NAMES if (SAMPLES / n).exists()]
    if len(names) < 3:  # fall back on any three samples
        names = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx"))[:3]
    return copy_samples(tmp_path / "in", names)


def statuses(result) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    return {i.rel: {el.id: el.status for el in i.report.elements} for i in result.items}


def test_store_rescan_skips_unchanged_and_recognises_moves(tmp_path: Path, folder: Path, store_url: str) -> None:
    out = tmp_path / "out"
    first = scan(folder, out, jobs=0, db=store_url)
    assert first.store is not None and (first.store.checked, first.store.reused) == (3, 0)

    second = scan(folder, out, jobs=0, db=store_url)
    assert second.store is not None and (second.store.checked, second.store.reused) == (0, 3)
    assert statuses(second) == statuses(first)

    # move one file into a subfolder and change another: only the changed one is checked
    names = sorted(p.name for p in folder.iterdir())
    (folder / "archive").mkdir()
    os.rename(folder / names[0], folder / "archive" / ("renamed-" + names[0]))
    changed = folder / names[1]
    changed.write_bytes(changed.read_bytes() + b"\n")
    third = scan(folder, out, jobs=0, db=store_url)
    assert third.store is not None and (third.store.checked, third.store.reused) == (1, 2)
    moved = next(i for i in third.items if i.rel.startswith("archive/"))
    assert moved.report.path.endswith("renamed-" + names[0])  # the report points at where the file is now
    assert (out / (moved.rel + ".json")).is_file()

    # another profile is another configuration: everything is checked again
    fourth = scan(folder, out, jobs=0, db=store_url, profile="stockholm")
    assert fourth.store is not None and (fourth.store.checked, fourth.store.reused) == (3, 0)
    with open_store(store_url) as st:
        assert [r.state for r in st.runs()] == ["done"] * 4
        assert len(st.trend(str(folder.resolve()))) == 4


def test_store_report_rebuilds_a_run_from_the_store_alone(tmp_path: Path, folder: Path) -> None:
    from procheck.scan import rebuild

    db = tmp_path / "p.db"
    first = scan(folder, tmp_path / "out", jobs=0, db=db)
    assert first.store is not None
    shutil.rmtree(folder)  # the documents are gone; the store is enough
    again = rebuild(db, first.store.run_id, tmp_path / "rebuilt")
    assert len(again.items) == len(first.items) and again.store is not None
    for item in first.items:
        assert (tmp_path / "rebuilt" / f"{item.rel}.json").read_text() == (tmp_path / "out" / f"{item.rel}.json").read_text()
        assert (tmp_path / "rebuilt" / f"{item.rel}.md").read_text() == (tmp_path / "out" / f"{item.rel}.md").read_text()
    assert (tmp_path / "rebuilt" / "summary.csv").read_text(encoding="utf-8-sig") == \
        (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8-sig")


# --- a real scan killed with SIGKILL and started again ---------------------------------------------


def _procheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "procheck", *args]


def test_store_scan_killed_with_sigkill_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    names = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx", ".txt"))[:16]
    folder = copy_samples(tmp_path / "in", names)
    db = tmp_path / "p.db"
    out = tmp_path / "out"
    proc = subprocess.Popen(_procheck("scan", str(folder), "--out", str(out), "--db", str(db), "--jobs", "1",
                                      "--no-fail"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=5) as c:
                        stored = c.execute("SELECT COUNT(*) FROM run_documents").fetchone()[0]
                except sqlite3.OperationalError:
                    stored = 0  # tables not created yet
            if stored >= 3:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the scan finished before it could be killed; use more documents"
        os.killpg(proc.pid, signal.SIGKILL)  # the scan and its workers, mid-run
    finally:
        proc.wait(30)
    with sqlite3.connect(db) as c:
        before = dict(c.execute("SELECT path, result_id FROM run_documents").fetchall())
        state = c.execute("SELECT state FROM runs").fetchall()
    assert 3 <= len(before) < len(names), "killed mid-run"
    assert state == [("running",)]

    done = subprocess.run(_procheck("scan", str(folder), "--out", str(out), "--db", str(db), "--jobs", "1",
                                    "--no-fail"), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "(resumed)" in done.stdout
    with sqlite3.connect(db) as c:
        runs = c.execute("SELECT id, state, documents FROM runs").fetchall()
        after = dict(c.execute("SELECT path, result_id FROM run_documents").fetchall())
        dup = c.execute("SELECT sha256, config_key, COUNT(*) FROM results WHERE error_code IS NULL "
                        "GROUP BY sha256, config_key HAVING COUNT(*) > 1").fetchall()
        n_results = c.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    assert runs == [(1, "done", len(names))]  # one run, finished, every document in it
    assert sorted(after) == sorted(names)
    assert all(after[p] == rid for p, rid in before.items())  # nothing stored before the kill was lost or redone
    assert dup == [] and n_results == len(names)
    # and the result equals a clean, uninterrupted run
    clean = scan(folder, tmp_path / "clean", jobs=0)
    resumed_statuses = {p: {el["id"]: el["status"] for el in json.loads((out / f"{p}.json").read_text())["elements"]}
                        for p in names}
    assert resumed_statuses == statuses(clean)


def test_store_documents_remember_their_latest_path(store_url: str, sample_reports: dict[str, dict]) -> None:
    rep = dict(next(iter(sample_reports.values())))
    sha = rep["document"]["sha256"]
    with open_store(store_url) as st:
        run, _ = _start(st)
        st.record(run.id, "a.pdf", rep, sha=sha, key=KEY, size=1)
        moved = {**rep, "document": {**rep["document"], "path": "/new/place/a.pdf"}}
        st.record(run.id, "place/a.pdf", moved, sha=sha, key=KEY, size=1)
        assert st.query("SELECT path FROM documents WHERE sha256 = ?", (sha,)) == [("/new/place/a.pdf",)]

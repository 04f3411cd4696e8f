"""procheck.engine_dask: the same reports as the local engine, from a real dask LocalCluster.

Every test here runs real components: a ``distributed.LocalCluster`` of worker processes, the real
pipeline and the real clause library. The cluster is started once for the module.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import distributed
import pytest

from procheck.engine_dask import check_many_dask, make_bundle
from procheck.library import load_library
from procheck.records import Report
from procheck.report import to_json
from procheck.scan import check_many

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DOC_SUFFIXES = (".pdf", ".docx", ".txt", ".md")


def sample_docs() -> list[str]:
    """One contract per (language, format) in samples/, one tender (numbered 21 and up) per language,
    and the image-only scan: every reader, language and kind the samples have, in a fraction of the
    time of all of them (relative POSIX paths)."""
    picked: dict[tuple[str, str], str] = {}
    for p in sorted(SAMPLES.iterdir()):
        if p.suffix.lower() in DOC_SUFFIXES and p.name[:2] in ("en", "nl", "sv"):
            kind = "tender" if p.name[2:4].isdigit() and int(p.name[2:4]) >= 21 else p.suffix.lower()
            picked.setdefault((p.name[:2], kind), p.relative_to(ROOT).as_posix())
    scans = [p.relative_to(ROOT).as_posix() for p in sorted(SAMPLES.glob("*inskannat*.pdf"))]
    return sorted(set(picked.values()) | set(scans))


def canonical(report: Report) -> dict[str, object]:
    """The deterministic JSON report without volatile meta (timings and the like)."""
    out = json.loads(to_json.dumps(report, deterministic=True, base=ROOT))
    meta = out.get("meta") or {}
    for key in to_json.VOLATILE_META:
        meta.pop(key, None)
    return out  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as c:
        yield c


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, str]:
    """A zero-byte PDF, a corrupt DOCX, and a path that does not exist: name -> expected error code."""
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 64)
    return {
        str(tmp_path / "empty.pdf"): "E103",
        str(tmp_path / "corrupt.docx"): "E104",
        str(tmp_path / "missing.txt"): "E101",
    }


def test_dask_reports_equal_local_reports(
    cluster: distributed.LocalCluster, bad_files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # relative paths, as `procheck scan samples` passes them
    docs = sample_docs()
    paths = docs + list(bad_files)
    lib = load_library()

    local = dict(check_many(paths, jobs=0, library=lib))
    count = "len(__import__('procheck.engine_dask', fromlist=['_'])._BUNDLES)"
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        scan = check_many_dask(paths, scheduler=cluster.scheduler_address, library=lib)
        remote = dict([next(scan)])
        during = client.run(eval, count)  # the library is installed once on every worker ...
        remote.update(scan)
        after = client.run(eval, count)  # ... and taken off the (shared) cluster when the scan ends
    assert sorted(during.values()) == [1, 1]
    assert sorted(after.values()) == [0, 0]

    assert sorted(remote) == sorted(paths)
    for path in paths:
        assert remote[path].path == path  # the path as given, though the workers got an absolute one
        assert canonical(remote[path]) == canonical(local[path]), path
    assert [p for p in docs if remote[p].error is not None] == []  # an image-only scan is "unknown", no error
    assert sum(r.pages or 0 for r in remote.values()) > 0
    for path, code in bad_files.items():
        report = remote[path]
        assert report.error is not None and report.error["code"] == code, (path, report.error)
        assert {el.status for el in report.elements} == {"unknown"}


def test_custom_library_profile_and_scoring_reach_the_workers(
    cluster: distributed.LocalCluster, tmp_path: Path
) -> None:
    """A library, a --profile and a --score-profile that exist only on the client (their files are
    deleted before the dask run) still decide the workers' reports."""
    clauses = tmp_path / "clauses"
    shutil.copytree(ROOT / "clauses", clauses)
    fam = clauses / "redress.yaml"
    fam.write_text(re.sub(r"(?m)^version: \d+$", "version: 41", fam.read_text(encoding="utf-8"), count=1),
                   encoding="utf-8")
    prof = tmp_path / "mine.yaml"
    prof.write_text((ROOT / "clauses/profiles/stockholm.yaml").read_text(encoding="utf-8")
                    .replace("name: stockholm", "name: mine", 1), encoding="utf-8")
    scoring = tmp_path / "myscore.yaml"
    scoring.write_text((ROOT / "clauses/scoring/copenhagen.yaml").read_text(encoding="utf-8")
                       .replace("name: copenhagen", "name: myscore", 1), encoding="utf-8")
    lib = load_library(clauses)
    bundled = load_library()
    assert (lib.version, lib.hash) != (bundled.version, bundled.hash)

    paths = [str(SAMPLES / n) for n in ("en01_cleaning_services_contract_antidiscrimination.pdf",
                                        "en21_itt_highways_public_realm_social_value.docx")]
    for kwargs in ({}, {"profile": str(prof), "score_profile": str(scoring)}):
        local = dict(check_many(paths, jobs=0, library=lib, **kwargs))  # type: ignore[arg-type]
        bundle = make_bundle(lib, **kwargs)
        scan = check_many_dask(paths, scheduler=cluster.scheduler_address, library=lib,
                               **kwargs)  # type: ignore[arg-type]  # resolves the files on the client, now

        hidden = tmp_path / "gone"
        hidden.mkdir(exist_ok=True)
        for p in (clauses, prof, scoring):
            p.rename(hidden / p.name)
        try:
            remote = dict(scan)  # the workers run without any of them
        finally:
            for p in (clauses, prof, scoring):
                (hidden / p.name).rename(p)

        assert sorted(remote) == sorted(paths)
        for path in paths:
            r = remote[path]
            assert r.error is None, r.error
            assert (r.library_version, r.library_hash) == (lib.version, lib.hash)
            assert r.profile == bundle.profile.name
            assert r.score is not None
            assert canonical(r) == canonical(local[path]), path
        if kwargs:
            assert {r.profile for r in remote.values()} == {"mine"}
            assert {r.score["profile"] for r in remote.values() if r.score} == {"myscore"}
            assert {el.id for el in remote[paths[0]].elements} == set(bundle.profile.elements)


def test_a_worker_that_dies_becomes_an_error_report(tmp_path: Path) -> None:
    """A real worker death: the nanny terminates any worker above a memory limit that an idle worker
    stays under but checking a document (spaCy and its tables) exceeds. With no allowed failures the
    file becomes an E100 report at once, and the scan ends normally."""
    limits = {"distributed.worker.memory.target": False, "distributed.worker.memory.spill": False,
              "distributed.worker.memory.pause": False, "distributed.worker.memory.terminate": 0.95}
    import dask

    with dask.config.set(limits), distributed.LocalCluster(
        n_workers=1, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
        memory_limit="120MB", scheduler_kwargs={"allowed_failures": 0},
    ) as small:
        path = str(SAMPLES / "en01_cleaning_services_contract_antidiscrimination.pdf")
        out = list(check_many_dask([path], scheduler=small.scheduler_address))
    assert [p for p, _ in out] == [path]
    report = out[0][1]
    assert report.error is not None and report.error["code"] == "E100", report.error
    assert "died" in report.error["message"]
    assert {el.status for el in report.elements} == {"unknown"}


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)


def test_dask_is_optional() -> None:
    """No procheck module imports dask when imported; without dask the engine fails with E601 and
    the install hint (checked in a fresh interpreter, where 'distributed' is made unimportable)."""
    code = (
        "import pkgutil, importlib, sys, procheck\n"
        "for m in pkgutil.walk_packages(procheck.__path__, 'procheck.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('dask', 'distributed')))\n"
        "sys.modules['distributed'] = None  # as if the cluster extra were not installed\n"
        "from procheck.engine_dask import check_many_dask, EngineError\n"
        "try:\n"
        "    check_many_dask(['samples/README.md'], scheduler='tcp://127.0.0.1:1')\n"
        "except EngineError as e:\n"
        "    print(e.code); print(e)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    imported, code_line, message = res.stdout.split("\n", 2)
    assert imported == "[]"
    assert code_line == "E601"
    assert "pip install 'procheck[cluster]'" in message


def test_unreachable_scheduler_is_a_coded_error() -> None:
    from procheck.engine_dask import SchedulerUnreachable

    with pytest.raises(SchedulerUnreachable) as info:
        list(check_many_dask([str(SAMPLES / "README.md")], scheduler="tcp://127.0.0.1:9", timeout=2))
    assert info.value.code == "E602"
    assert "dask scheduler" in str(info.value)


def test_engine_dask_scan_results_flow_into_the_same_store(cluster: object, tmp_path: Path) -> None:
    """A scan on the cluster writes the same store as a local scan: a local re-scan then finds every
    result and checks nothing again, and the reports are the same."""
    from procheck.scan import scan

    folder = tmp_path / "in"
    folder.mkdir()
    for rel in sample_docs()[:4]:
        shutil.copy2(ROOT / rel, folder / Path(rel).name)
    db = tmp_path / "p.db"
    on_cluster = scan(folder, tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address,  # type: ignore[attr-defined]
                      db=db)
    assert on_cluster.store is not None and on_cluster.store.checked == 4
    local = scan(folder, tmp_path / "out2", jobs=0, db=db)
    assert local.store is not None and (local.store.checked, local.store.reused) == (0, 4)
    assert [canonical(i.report) for i in local.items] == [canonical(i.report) for i in on_cluster.items]

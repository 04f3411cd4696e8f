"""Fuzz the readers through the public API: mutated real PDFs and DOCX from ``samples/`` must give a
Report (read, or a coded E1xx error), never an exception, a hang or a dead process.

Each example runs in a long-lived worker process, so that a hang (time limit per example) or a crash
of native code (pdfium, lxml, zlib) is reported as a failure of that example instead of taking the
test session down; the worker is restarted after either.

Knobs (environment):

- ``PROCHECK_FUZZ_EXAMPLES``: examples per test (default 60);
- ``PROCHECK_FUZZ_TIMEOUT``: seconds one example may take before it counts as a hang (default 60);
- ``PROCHECK_FUZZ_SEED``: an integer for a random run with that seed; without it the run is
  derandomized (the same examples every time), so a CI failure reproduces locally.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import sys
import traceback
import zipfile
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, seed, settings
from hypothesis import strategies as st

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PDF_SEEDS = sorted(SAMPLES.glob("*.pdf"))
DOCX_SEEDS = sorted(SAMPLES.glob("*.docx"))
EXAMPLES = int(os.environ.get("PROCHECK_FUZZ_EXAMPLES", "60"))
TIMEOUT = float(os.environ.get("PROCHECK_FUZZ_TIMEOUT", "60"))
SEED = os.environ.get("PROCHECK_FUZZ_SEED")
STATUSES = {"present", "weak", "missing", "unknown"}

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=SEED is None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def seeded(test: Any) -> Any:
    """Apply ``PROCHECK_FUZZ_SEED`` when it is set (printed so that a run can be repeated)."""
    if SEED is None:
        return test
    print(f"procheck fuzz seed: {SEED}", file=sys.stderr)
    return seed(int(SEED))(test)


# --- the worker process ----------------------------------------------------------------------------


def _serve(conn: Connection) -> None:
    """Worker loop: check each path sent and answer with a plain summary (or the traceback)."""
    from procheck.library import load_library
    from procheck.pipeline import check_path

    lib = load_library()
    while True:
        try:
            path = conn.recv()
        except EOFError:
            return
        try:
            r = check_path(path, library=lib)
            conn.send(("ok", {"error": r.error, "statuses": [el.status for el in r.elements]}))
        except BaseException:  # noqa: BLE001 - the point is to report anything that escapes
            conn.send(("raised", traceback.format_exc()))


class Worker:
    """A child process running ``check_path``; killed and restarted when an example hangs or kills it."""

    def __init__(self) -> None:
        method = "fork" if sys.platform == "linux" else "spawn"
        self.ctx = multiprocessing.get_context(method)
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_serve, args=(child,), daemon=True)
        self.proc.start()
        child.close()

    def check(self, path: Path, timeout: float = TIMEOUT) -> tuple[str, Any]:
        """("ok", summary), ("raised", traceback), ("hang", seconds) or ("died", exit code)."""
        try:
            self.conn.send(str(path))
        except OSError:  # the worker is gone (broken pipe)
            return self._died()
        if not self.conn.poll(timeout):
            self.restart()
            return "hang", timeout
        try:
            return self.conn.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            return self._died()

    def _died(self) -> tuple[str, Any]:
        self.proc.join(5)
        code = self.proc.exitcode
        self.restart()
        return "died", code

    def restart(self) -> None:
        self.stop()
        self._start()

    def stop(self) -> None:
        self.conn.close()
        if self.proc.is_alive():
            self.proc.kill()  # only the worker this object started
        self.proc.join(10)


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    w = Worker()
    kind, _ = w.check(PDF_SEEDS[0], timeout=300)  # warm up: the library and models load once
    assert kind == "ok"
    yield w
    w.stop()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


# --- mutations -------------------------------------------------------------------------------------

POS = st.integers(min_value=0, max_value=2**31)
NUMBERS = st.sampled_from([b"0", b"-1", b"1", b"65535", b"2147483648", b"99999999999999999999", b"1e308", b"-0.5"])

BYTE_MUTATION = st.one_of(
    st.tuples(st.just("flip"), POS, st.integers(1, 255)),
    st.tuples(st.just("truncate"), POS),
    st.tuples(st.just("duplicate"), POS, st.integers(1, 4096), st.integers(1, 8)),
    st.tuples(st.just("delete"), POS, st.integers(1, 4096)),
    st.tuples(st.just("insert"), POS, st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("number"), POS, NUMBERS),  # structure-aware: /Length, /Count, xref offsets, sizes
)
WRAPPERS = [
    ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
    ("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>"),
    ("<w:customXml>", "</w:customXml>"),
    ("<w:ins>", "</w:ins>"),
]
XML_MUTATION = st.one_of(
    BYTE_MUTATION,
    st.tuples(st.just("nest"), st.integers(0, len(WRAPPERS) - 1), st.integers(1, 400)),
)
_DIGITS = re.compile(rb"\d+")


def mutate(data: bytes, op: tuple[Any, ...]) -> bytes:
    """Apply one mutation; positions wrap around the data's length."""
    if not data:
        return data
    kind, at = op[0], op[1] % len(data)
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ op[2]]) + data[at + 1 :]
    if kind == "truncate":
        return data[:at]
    if kind == "duplicate":
        chunk = data[at : at + op[2]]
        return data[:at] + chunk * (op[3] + 1) + data[at + len(chunk) :]
    if kind == "delete":
        return data[:at] + data[at + op[2] :]
    if kind == "insert":
        return data[:at] + op[2] + data[at:]
    if kind == "number":
        runs = list(_DIGITS.finditer(data))
        if not runs:
            return data
        m = runs[op[1] % len(runs)]
        return data[: m.start()] + op[2] + data[m.end() :]
    if kind == "nest":  # deep but well-formed nesting right after <w:body>
        opening, closing = WRAPPERS[op[1]]
        i = data.find(b"<w:body>")
        if i < 0:
            return data
        i += len(b"<w:body>")
        return data[:i] + (opening * op[2] + closing * op[2]).encode() + data[i:]
    raise AssertionError(kind)


def mutate_all(data: bytes, ops: list[tuple[Any, ...]]) -> bytes:
    for op in ops:
        data = mutate(data, op)
    return data


def mutate_docx_xml(data: bytes, part_index: int, ops: list[tuple[Any, ...]]) -> tuple[bytes, str]:
    """Rewrite the DOCX with one of its XML parts mutated (the zip itself stays valid)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        names = zin.namelist()
        xml_parts = [n for n in names if n.endswith((".xml", ".rels"))]
        part = xml_parts[part_index % len(xml_parts)]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in names:
                raw = zin.read(name)
                zout.writestr(name, mutate_all(raw, ops) if name == part else raw)
    return out.getvalue(), part


# --- the property ----------------------------------------------------------------------------------


def assert_reported(worker: Worker, path: Path) -> None:
    """The example gave a Report: read, or a specific coded input error with every element unknown."""
    kind, payload = worker.check(path)
    assert kind != "hang", f"check_path hung for more than {payload} s on {path.name}"
    assert kind != "died", f"the process checking {path.name} died (exit code {payload})"
    assert kind == "ok", f"check_path raised on {path.name}:\n{payload}"
    statuses = set(payload["statuses"])
    assert statuses <= STATUSES
    error = payload["error"]
    if error is None:
        return
    note(f"error: {error}")
    assert re.fullmatch(r"E1\d\d", error["code"]) and error["code"] != "E199", error
    assert error["message"].startswith(error["code"]), error
    assert "could not read the file (" not in error["message"], f"a reader crashed (generic fallback): {error}"
    assert statuses == {"unknown"}


@seeded
@FUZZ
@given(
    source=st.sampled_from(PDF_SEEDS),
    ops=st.lists(BYTE_MUTATION, min_size=1, max_size=4),
)
def test_fuzz_mutated_pdf_never_raises_or_hangs(worker: Worker, scratch: Path, source: Path, ops: list[Any]) -> None:
    note(f"source: {source.name}")
    path = scratch / "fuzzed.pdf"
    path.write_bytes(mutate_all(source.read_bytes(), ops))
    assert_reported(worker, path)


@seeded
@FUZZ
@given(
    source=st.sampled_from(DOCX_SEEDS),
    inside=st.booleans(),
    part_index=st.integers(0, 1000),
    ops=st.lists(XML_MUTATION, min_size=1, max_size=4),
)
def test_fuzz_mutated_docx_never_raises_or_hangs(
    worker: Worker, scratch: Path, source: Path, inside: bool, part_index: int, ops: list[Any]
) -> None:
    note(f"source: {source.name}")
    data = source.read_bytes()
    if inside:
        data, part = mutate_docx_xml(data, part_index, ops)
        note(f"mutated part: {part}")
    else:
        data = mutate_all(data, [op for op in ops if op[0] != "nest"] or [("flip", part_index, 1)])
    path = scratch / "fuzzed.docx"
    path.write_bytes(data)
    assert_reported(worker, path)


def test_fuzz_worker_reports_hangs_and_deaths(scratch: Path) -> None:
    """The harness itself: a FIFO named .pdf is refused at once (it would block a naive reader), and a
    worker killed mid-run is reported as dead and replaced."""
    w = Worker()
    try:
        fifo = scratch / "pipe.pdf"
        if not fifo.exists():
            os.mkfifo(fifo)
        kind, payload = w.check(fifo, timeout=300)
        assert kind == "ok" and payload["error"]["code"] == "E109"
        w.proc.kill()
        w.proc.join(10)
        kind, _ = w.check(fifo, timeout=30)
        assert kind == "died"
        kind, payload = w.check(fifo, timeout=300)  # the replacement works
        assert kind == "ok" and payload["error"]["code"] == "E109"
    finally:
        w.stop()

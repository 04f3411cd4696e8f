"""The click shell: exit codes, error translation, and that every command reaches its function.

Tests marked "real" run the real pipeline on tiny files written to tmp_path; the others stand in a
controlled ``procheck.pipeline`` (and library) so each exit-code rule can be checked on purpose.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import procheck.library
from procheck.cli import cli
from procheck.library import Library, ProfileSpec
from procheck.records import ElementResult, Report

ROOT = Path(__file__).resolve().parents[1]
IDS = ("nondiscrimination.obligation", "flowdown.subcontractors", "termination.right")


# --- stand-ins ---------------------------------------------------------------------------------


def fake_library() -> Library:
    return Library(
        root=ROOT / "clauses",
        version="0.test",
        hash="fakehash",
        families={},
        elements=dict.fromkeys(IDS),  # type: ignore[arg-type]
        lexicon={},
        grounds={},
        ground_order=[],
        profiles={
            "full": ProfileSpec(name="full", title="All", elements=dict.fromkeys(IDS, "major")),
            "strict": ProfileSpec(
                name="strict", title="Strict", elements=dict.fromkeys(IDS, "major"), fail_on="weak"
            ),
        },
    )


def fake_check_path(
    path: str, *, profile: str | None = None, library: Any = None, password: str | None = None,
    score_profile: str | None = None, max_bytes: int | None = None,
) -> Report:
    """Statuses come from the file's text: 'present weak missing' -> one status per element."""
    p = Path(path)
    err = None
    words: list[str] = []
    if not p.is_file():
        err = {"code": "E101", "message": f"E101 {path}: file not found; check the path"}
    elif p.stat().st_size == 0:
        err = {"code": "E103", "message": f"E103 {path}: the file is empty"}
    else:
        words = p.read_text(encoding="utf-8").split()
    statuses = ["unknown"] * len(IDS) if err else (words + ["missing"] * len(IDS))[: len(IDS)]
    return Report(
        path=path,
        sha256="0" * 64,
        format="txt",
        language="en",
        pages=None,
        needs_ocr=False,
        warnings=(),
        elements=tuple(ElementResult(i, s, 0.7, f"because {s}") for i, s in zip(IDS, statuses, strict=True)),
        profile=profile or "full",
        library_version="0.test",
        library_hash="fakehash",
        error=err,
    )


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    mod = types.ModuleType("procheck.pipeline")
    mod.check_path = fake_check_path  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "procheck.pipeline", mod)
    lib = fake_library()
    monkeypatch.setattr(procheck.library, "load_library", lambda root=None: lib)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def doc(tmp_path: Path, text: str, name: str = "doc.txt") -> str:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return str(p)


# --- check: exit codes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "args", "code"),
    [
        ("present present present", [], 0),
        ("present weak present", [], 0),
        ("present weak present", ["--fail-on", "weak"], 1),
        ("present missing present", [], 1),
        ("present missing present", ["--no-fail"], 0),
        ("present missing present", ["--fail-on", "never"], 0),
        ("present unknown present", [], 1),
        ("present weak present", ["--profile", "strict"], 1),
        ("present weak present", ["--profile", "strict", "--fail-on", "missing"], 0),
    ],
)
def test_cli_check_exit_codes(
    tmp_path: Path, runner: CliRunner, fake: None, text: str, args: list[str], code: int
) -> None:
    result = runner.invoke(cli, ["check", doc(tmp_path, text), *args])
    assert result.exit_code == code, result.output
    assert "nondiscrimination.obligation" in result.stdout


@pytest.mark.parametrize(("content", "code"), [(None, "E101"), ("", "E103")])
def test_cli_check_unreadable_input_exits_2_with_coded_error(
    tmp_path: Path, runner: CliRunner, fake: None, content: str | None, code: str
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(cli, ["check", str(path), "--no-fail"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {code}")


def test_cli_check_unknown_profile_exits_2(tmp_path: Path, runner: CliRunner, fake: None) -> None:
    result = runner.invoke(cli, ["check", doc(tmp_path, "present"), "--profile", "no-such-profile"])
    assert result.exit_code == 2
    assert "E203" in result.stderr and "no-such-profile" in result.stderr
    assert "Traceback" not in result.output


def test_cli_check_bad_option_is_usage_error(tmp_path: Path, runner: CliRunner, fake: None) -> None:
    result = runner.invoke(cli, ["check", doc(tmp_path, "present"), "--fail-on", "sometimes"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [("json", '"schema_version": "1"'), ("markdown", "# procheck report"), ("text", "present,")],
)
def test_cli_check_formats(tmp_path: Path, runner: CliRunner, fake: None, fmt: str, marker: str) -> None:
    result = runner.invoke(
        cli, ["check", doc(tmp_path, "present weak missing"), "--format", fmt, "--no-fail"]
    )
    assert result.exit_code == 0
    assert marker in result.stdout


def test_cli_check_json_deterministic_is_stable(
    tmp_path: Path, runner: CliRunner, fake: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = doc(tmp_path, "present weak missing", "sub/a.txt")
    outs = [
        runner.invoke(cli, ["check", path, "-f", "json", "--deterministic", "--no-fail"]).stdout
        for _ in range(2)
    ]
    assert outs[0] == outs[1]
    data = json.loads(outs[0])
    assert data["document"]["path"] == "sub/a.txt" and "created" not in data["generator"]


# --- scan and eval through the CLI --------------------------------------------------------------


def test_cli_scan_writes_reports_and_exit_code(tmp_path: Path, runner: CliRunner, fake: None) -> None:
    root = tmp_path / "in"
    doc(root, "present present present", "a.txt")
    doc(root, "present missing present", "b/b.txt")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["scan", str(root), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert "2 documents" in result.stdout
    assert (out / "summary.csv").is_file() and (out / "b" / "b.txt.json").is_file()
    assert "[2/2]" in result.stderr  # quiet per-document lines when not on a terminal
    ok = runner.invoke(cli, ["scan", str(root), "--out", str(out), "--jobs", "1", "--fail-on", "never"])
    assert ok.exit_code == 0


def test_cli_scan_unreadable_document_exits_2(tmp_path: Path, runner: CliRunner, fake: None) -> None:
    root = tmp_path / "in"
    doc(root, "present present present", "a.txt")
    doc(root, "", "empty.txt")
    result = runner.invoke(cli, ["scan", str(root), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 2
    assert "empty.txt: E103" in result.stdout


def test_cli_scan_missing_folder_exits_2(tmp_path: Path, runner: CliRunner, fake: None) -> None:
    result = runner.invoke(cli, ["scan", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "E500" in result.stderr


def _labels(root: Path, entries: dict[str, dict[str, str]]) -> None:
    (root / "labels.json").write_text(
        json.dumps({name: {"lang": "en", "labels": lab, "grounds": []} for name, lab in entries.items()}),
        encoding="utf-8",
    )


def test_cli_eval_thresholds_and_json(tmp_path: Path, runner: CliRunner, fake: None) -> None:
    doc(tmp_path, "present weak missing", "a.txt")
    doc(tmp_path, "present missing missing", "b.txt")
    _labels(
        tmp_path,
        {
            "a.txt": dict(zip(IDS, ("present", "weak", "missing"), strict=True)),
            "b.txt": dict(zip(IDS, ("present", "present", "missing"), strict=True)),
        },
    )
    res = runner.invoke(cli, ["eval", str(tmp_path), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "expected present, got missing" in res.stdout
    low = runner.invoke(cli, ["eval", str(tmp_path), "--jobs", "1", "--min-f1", "0.95"])
    assert low.exit_code == 1 and "macro-F1" in low.stderr
    fine = runner.invoke(cli, ["eval", str(tmp_path), "--jobs", "1", "--min-accuracy", "0.8"])
    assert fine.exit_code == 0  # 5 of 6 statuses right
    data = json.loads(runner.invoke(cli, ["eval", str(tmp_path), "--jobs", "1", "--json"]).stdout)
    assert data["accuracy"] == pytest.approx(5 / 6, abs=1e-3)
    assert data["mismatches"][0]["doc"] == "b.txt"


def test_cli_eval_missing_labelled_file_exits_2(tmp_path: Path, runner: CliRunner, fake: None) -> None:
    _labels(tmp_path, {"ghost.pdf": {IDS[0]: "present"}})
    res = runner.invoke(cli, ["eval", str(tmp_path)])
    assert res.exit_code == 2
    assert "E501" in res.stderr and "ghost.pdf" in res.stderr


# --- clauses commands with stand-in lint/examples ---------------------------------------------------


def _module(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: Any) -> None:
    mod = types.ModuleType(name)
    for k, v in attrs.items():
        setattr(mod, k, v)
    monkeypatch.setitem(sys.modules, name, mod)


@pytest.mark.parametrize(
    ("issues", "code"),
    [([], 0), ([types.SimpleNamespace(code="L001", path="clauses/x.yaml", message="duplicate id")], 1)],
)
def test_cli_clauses_lint_exit_code(
    runner: CliRunner, fake: None, monkeypatch: pytest.MonkeyPatch, issues: list[Any], code: int
) -> None:
    _module(monkeypatch, "procheck.lint_library", lint=lambda lib: issues)
    res = runner.invoke(cli, ["clauses", "lint"])
    assert res.exit_code == code
    if issues:
        assert "clauses/x.yaml: L001 duplicate id" in res.stdout


def _outcome(ok: bool, todo: bool) -> Any:
    return types.SimpleNamespace(
        family="nondiscrimination",
        index=3,
        lang="sv",
        text="Leverantören bör inte diskriminera.",
        expected={IDS[0]: "weak"},
        got={IDS[0]: "present" if not ok else "weak"},
        ok=ok,
        todo=todo,
    )


@pytest.mark.parametrize(
    ("outcomes", "code"),
    [
        ([_outcome(True, False)], 0),
        ([_outcome(True, False), _outcome(False, True)], 0),
        ([_outcome(False, False)], 1),
    ],
)
def test_cli_clauses_test_fails_only_on_non_todo(
    runner: CliRunner, fake: None, monkeypatch: pytest.MonkeyPatch, outcomes: list[Any], code: int
) -> None:
    _module(monkeypatch, "procheck.examples", run_examples=lambda lib: outcomes)
    res = runner.invoke(cli, ["clauses", "test"])
    assert res.exit_code == code
    if code:
        assert "FAIL nondiscrimination[3] (sv)" in res.stdout
        assert "expected weak, got present" in res.stdout


def test_cli_clauses_explain_unknown_id_exits_2(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["clauses", "explain", "no.such_element"])
    assert res.exit_code == 2 and res.stderr.startswith("Error: E2")


def test_cli_version(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["version"])
    assert res.exit_code == 0 and res.stdout.startswith("procheck ")


def test_cli_help_imports_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "from procheck.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'procheck.pipeline', 'pypdfium2', 'pdfplumber', 'docx', 'pydantic') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert "HEAVY []" in out


# --- real runs ---------------------------------------------------------------------------------------


def test_cli_check_real_tiny_txt(tmp_path: Path, runner: CliRunner) -> None:
    path = doc(
        tmp_path,
        "12. Non-discrimination\nThe Supplier shall not discriminate on grounds of sex, race, religion or age "
        "in performing this contract.\n",
    )
    res = runner.invoke(cli, ["check", path, "--format", "json", "--fail-on", "missing"])
    data = json.loads(res.stdout)
    statuses = {e["id"]: e["status"] for e in data["elements"]}
    assert statuses["nondiscrimination.obligation"] == "present"
    assert statuses["flowdown.subcontractors"] == "missing"
    assert res.exit_code == 1  # missing elements fail the default threshold
    assert runner.invoke(cli, ["check", path, "--no-fail"]).exit_code == 0


def test_cli_check_real_missing_file_exits_2(tmp_path: Path, runner: CliRunner) -> None:
    res = runner.invoke(cli, ["check", str(tmp_path / "nope.pdf")])
    assert res.exit_code == 2
    assert res.stderr.startswith("Error: E101")

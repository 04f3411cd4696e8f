"""procheck.scan: discovery, the process pool's robustness, safe output paths and the summaries.

Pool behaviour (a worker that raises or dies) is tested with a stand-in ``procheck.pipeline`` whose
behaviour the test controls; the end-to-end test at the bottom runs the real pipeline.
"""

from __future__ import annotations

import csv
import os
import sys
import types
from pathlib import Path

import pytest

from procheck.errors import UsageError
from procheck.library import Library, ProfileSpec
from procheck.records import ElementResult, Report
from procheck.scan import (
    ScanItem,
    ScanResult,
    at_or_above,
    discover,
    output_paths,
    scan,
    summary_csv,
    summary_markdown,
)

IDS = ("nondiscrimination.obligation", "flowdown.subcontractors", "termination.right")


def fake_library(root: Path) -> Library:
    return Library(
        root=root,
        version="0.test",
        hash="fakehash",
        families={},
        elements=dict.fromkeys(IDS),  # type: ignore[arg-type]  # only the ids are used here
        lexicon={},
        grounds={},
        ground_order=[],
        profiles={"full": ProfileSpec(name="full", title="All", elements=dict.fromkeys(IDS, "major"))},
    )


def fake_check_path(
    path: str, *, profile: str | None = None, library: Library | None = None, password: str | None = None,
    score_profile: str | None = None,
) -> Report:
    """Stand-in pipeline: keyword-driven statuses; CRASH kills the worker, RAISE raises."""
    p = Path(path)
    err = None
    text = ""
    try:
        data = p.read_bytes()
    except OSError:
        err = {"code": "E101", "message": "E101 not found"}
    else:
        if not data:
            err = {"code": "E103", "message": "E103 empty file"}
        elif p.suffix == ".pdf":
            err = {"code": "E104", "message": "E104 not a valid PDF"}
        else:
            text = data.decode("utf-8")
    if "CRASH" in text:
        os._exit(3)
    if "RAISE" in text:
        raise RuntimeError("boom")
    keys = {
        "nondiscrimination.obligation": "shall not discriminate",
        "flowdown.subcontractors": "subcontractors",
        "termination.right": "terminate",
    }
    elements = tuple(
        ElementResult(
            id=eid,
            status="unknown" if err else ("present" if keys[eid] in text else "missing"),
            confidence=0.5,
            reason="fake",
        )
        for eid in IDS
    )
    return Report(
        path=path,
        sha256="0" * 64,
        format=p.suffix.lstrip("."),
        language="en",
        pages=None,
        needs_ocr=False,
        warnings=(),
        elements=elements,
        profile=profile or "full",
        library_version="0.test",
        library_hash="fakehash",
        error=err,
    )


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    mod = types.ModuleType("procheck.pipeline")
    mod.check_path = fake_check_path  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "procheck.pipeline", mod)


def write(root: Path, rel: str, content: str | bytes) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# --- thresholds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "fail_on", "expected"),
    [
        ("present", "weak", False),
        ("weak", "weak", True),
        ("missing", "weak", True),
        ("weak", "missing", False),
        ("missing", "missing", True),
        ("unknown", "missing", True),
        ("unknown", "weak", True),
        ("missing", "never", False),
        ("unknown", "never", False),
    ],
)
def test_scan_at_or_above_threshold(status: str, fail_on: str, expected: bool) -> None:
    assert at_or_above(status, fail_on) is expected


# --- discovery --------------------------------------------------------------------------------


def test_scan_discover_finds_documents_and_lists_skipped(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for rel in ("a.txt", "b.md", "sub/c.pdf", "sub/deep/d.docx"):
        write(root, rel, "x")
    write(root, "picture.png", b"\x89PNG")
    write(root, "bundle.zip", b"PK\x03\x04")
    write(root, ".hidden.txt", "x")
    write(root, ".git/config.txt", "x")
    write(root, "~$lock.docx", "x")
    write(root, "scan-without-suffix", b"%PDF-1.7 ...")
    write(root, "notes.xyz", "plain")
    docs, skipped = discover(root)
    rels = [p.relative_to(root).as_posix() for p in docs]
    assert rels == ["a.txt", "b.md", "scan-without-suffix", "sub/c.pdf", "sub/deep/d.docx"]
    reasons = {s.rel: s.reason for s in skipped}
    assert set(reasons) == {"picture.png", "bundle.zip", ".hidden.txt", ".git/", "~$lock.docx", "notes.xyz"}
    assert "not a document" in reasons["picture.png"] and "hidden" in reasons[".git/"]


def test_scan_discover_does_not_enter_out_inside_root(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root, "a.txt", "x")
    write(root, "out/a.txt.md", "# old report")
    docs, skipped = discover(root, root / "out")
    assert [p.name for p in docs] == ["a.txt"]
    assert any(s.rel == "out/" for s in skipped)


# --- output paths -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rel",
    [
        "a b.txt",
        "sub dir/ä ö å.pdf",
        "x..y.txt",
        "..and dots.md",
        "dir../f.txt",
        "日本語/契約.docx",
        "summary",
    ],
)
def test_scan_output_paths_stay_inside_out(tmp_path: Path, rel: str) -> None:
    out = tmp_path / "out"
    j, m = output_paths(out, rel)
    for p in (j, m):
        assert p.is_relative_to(out.resolve())
    assert j.name.endswith(".json") and m.name.endswith(".md")
    assert m.name != "summary.md"


@pytest.mark.parametrize("rel", ["../escape.txt", "a/../../escape.txt", "/etc/passwd"])
def test_scan_output_paths_refuse_escapes(tmp_path: Path, rel: str) -> None:
    with pytest.raises(UsageError):
        output_paths(tmp_path / "out", rel)


# --- the scan with a controlled pipeline --------------------------------------------------------


def test_scan_one_bad_file_never_stops_the_scan(tmp_path: Path, fake_pipeline: None) -> None:
    root = tmp_path / "in"
    write(root, "good.txt", "The Supplier shall not discriminate. Subcontractors too. We may terminate.")
    write(root, "sub/partial.txt", "The Supplier shall not discriminate.")
    write(root, "empty.txt", b"")
    write(root, "garbage.pdf", b"this is not a pdf at all")
    write(root, "raises.txt", "RAISE")
    write(root, "crashes.txt", "CRASH")
    write(root, "after.txt", "nothing relevant")
    write(root, "photo.png", b"\x89PNG")
    out = tmp_path / "out"
    seen: list[str] = []
    result = scan(
        root, out, jobs=2, library=fake_library(tmp_path), progress=lambda item, d, t: seen.append(item.rel)
    )

    rels = [i.rel for i in result.items]
    assert rels == sorted(
        ["good.txt", "sub/partial.txt", "empty.txt", "garbage.pdf", "raises.txt", "crashes.txt", "after.txt"]
    )
    assert sorted(seen) == rels
    assert [s.rel for s in result.skipped] == ["photo.png"]
    codes = {i.rel: (i.report.error or {}).get("code") for i in result.items}
    assert codes == {
        "good.txt": None,
        "sub/partial.txt": None,
        "after.txt": None,
        "empty.txt": "E103",
        "garbage.pdf": "E104",
        "raises.txt": "E100",
        "crashes.txt": "E100",
    }
    crashed = next(i for i in result.items if i.rel == "crashes.txt")
    assert "died" in crashed.report.error["message"]  # type: ignore[index]
    assert all(e.status == "unknown" for e in crashed.report.elements)

    rows = {r["path"]: r for r in read_csv(out / "summary.csv")}
    assert set(rows) == set(rels)
    assert rows["good.txt"]["status"] == "ok" and rows["good.txt"]["error_code"] == ""
    assert rows["good.txt"]["nondiscrimination.obligation"] == "present"
    assert rows["sub/partial.txt"]["termination.right"] == "missing"
    assert rows["sub/partial.txt"]["present"] == "1" and rows["sub/partial.txt"]["missing"] == "2"
    assert rows["garbage.pdf"]["status"] == "error" and rows["garbage.pdf"]["error_code"] == "E104"
    assert rows["crashes.txt"]["unknown"] == "3"
    assert list(rows["good.txt"])[:6] == ["path", "format", "language", "pages", "status", "error_code"]

    for rel in rels:
        assert (out / f"{rel}.json").is_file() and (out / f"{rel}.md").is_file()
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "photo.png" in summary
    first_row = next(line for line in summary.splitlines() if line.startswith("| 1 |"))
    assert "no: E" in first_row  # unreadable documents come first
    assert result.exit_code() == 2


def test_scan_odd_names_are_written_inside_out(tmp_path: Path, fake_pipeline: None) -> None:
    root = tmp_path / "in"
    names = ["with space.txt", "ünïcødé/å ä ö.txt", "a..b.txt", "dir../x.txt", "summary", "x.txt.md"]
    for n in names:
        write(root, n, "The Supplier shall not discriminate." if n != "summary" else "%PDF-1.4 but text")
    write(root, "summary.txt", "shall not discriminate")
    out = tmp_path / "out"
    result = scan(root, out, jobs=1, library=fake_library(tmp_path))
    assert len(result.items) == len(names) + 1
    written = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(root)]
    assert written and all(p.is_relative_to(out) for p in written)
    assert not [p for p in out.rglob("*.tmp")]
    # summary.md is still the portfolio summary, not the report of a document called "summary"
    assert (out / "summary.md").read_text(encoding="utf-8").startswith("# procheck scan")
    assert (out / "summary.report.md").is_file()
    assert (out / "ünïcødé" / "å ä ö.txt.json").is_file()


def test_scan_refuses_out_that_contains_root(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root, "a.txt", "x")
    with pytest.raises(UsageError):
        scan(root, root, jobs=0, library=fake_library(tmp_path))
    with pytest.raises(UsageError):
        scan(root, tmp_path, jobs=0, library=fake_library(tmp_path))


def test_scan_missing_root_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        scan(tmp_path / "nope", tmp_path / "out", jobs=0, library=fake_library(tmp_path))


# --- exit codes and summaries from hand-built results -----------------------------------------------


def _item(rel: str, statuses: tuple[str, ...], error: dict[str, str] | None = None) -> ScanItem:
    rep = Report(
        path=rel,
        sha256="",
        format="txt",
        language="sv",
        pages=2,
        needs_ocr=False,
        warnings=(),
        elements=tuple(
            ElementResult(i, s, 0.5, "r", severity="critical" if n == 0 else "major")
            for n, (i, s) in enumerate(zip(IDS, statuses, strict=True))
        ),
        profile="full",
        library_version="1",
        library_hash="h",
        error=error,
    )
    return ScanItem(rel=rel, report=rep)


@pytest.mark.parametrize(
    ("statuses", "fail_on", "code"),
    [
        (("present", "present", "present"), None, 0),
        (("present", "weak", "present"), None, 0),
        (("present", "weak", "present"), "weak", 1),
        (("present", "missing", "present"), None, 1),
        (("present", "unknown", "present"), "missing", 1),
        (("missing", "missing", "missing"), "never", 0),
    ],
)
def test_scan_exit_code_follows_threshold(statuses: tuple[str, ...], fail_on: str | None, code: int) -> None:
    res = ScanResult(
        root=Path("in"), out=Path("out"), profile="full", fail_on="missing", element_ids=list(IDS)
    )
    res.items = [_item("a.txt", ("present",) * 3), _item("b.txt", statuses)]
    assert res.exit_code(fail_on) == code
    assert res.exit_code(fail_on, no_fail=True) == 0


def test_scan_summary_orders_worst_first_and_csv_has_counts() -> None:
    res = ScanResult(
        root=Path("in"), out=Path("out"), profile="full", fail_on="missing", element_ids=list(IDS)
    )
    res.items = [
        _item("fine.txt", ("present", "present", "present")),
        _item("gap.txt", ("present", "missing", "weak")),
        _item("worst.txt", ("missing", "missing", "missing")),
    ]
    md = summary_markdown(res)
    order = [
        line.split("|")[2].strip()
        for line in md.splitlines()
        if line.startswith("| ") and line.split("|")[1].strip().isdigit()
    ]
    assert order == ["worst.txt", "gap.txt", "fine.txt"]
    rows = list(csv.DictReader(summary_csv(res).splitlines()))
    assert [r["path"] for r in rows] == ["fine.txt", "gap.txt", "worst.txt"]
    assert (
        rows[1]["flowdown.subcontractors"] == "missing" and rows[1]["weak"] == "1" and rows[1]["pages"] == "2"
    )


# --- end to end with the real pipeline ----------------------------------------------------------


def test_scan_real_pipeline_on_a_tmp_folder(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    write(
        root,
        "contract.txt",
        "14. Non-discrimination\nThe Supplier shall not discriminate against any employee on grounds of sex, "
        "religion, disability or age, and shall comply with the Equality Act 2010.\n",
    )
    write(root, "sv/avtal.txt", "Leverantören ska leverera varorna i tid.\n")
    write(root, "empty.txt", b"")
    write(root, "broken.pdf", b"%PDF-1.4\nthis is not really a pdf\n")
    out = tmp_path / "out"
    result = scan(root, out, jobs=2)
    rows = {r["path"]: r for r in read_csv(out / "summary.csv")}
    assert set(rows) == {"contract.txt", "sv/avtal.txt", "empty.txt", "broken.pdf"}
    for bad in ("empty.txt", "broken.pdf"):
        assert rows[bad]["status"] == "error" and rows[bad]["error_code"].startswith("E1")
    for good in ("contract.txt", "sv/avtal.txt"):
        assert rows[good]["status"] == "ok"
        assert all(rows[good][eid] in {"present", "weak", "missing"} for eid in result.element_ids)
    assert rows["contract.txt"]["nondiscrimination.obligation"] == "present"
    assert rows["sv/avtal.txt"]["nondiscrimination.obligation"] == "missing"
    assert result.exit_code() == 2


def test_scan_skips_readme_and_licence_files(tmp_path: Path) -> None:
    from procheck.scan import discover

    (tmp_path / "README.md").write_text("# Contracts\n\nThe Supplier shall not discriminate.\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT", encoding="utf-8")
    (tmp_path / "contract.txt").write_text("The Supplier shall not discriminate.\n", encoding="utf-8")
    docs, skipped = discover(tmp_path)
    assert [p.name for p in docs] == ["contract.txt"]
    assert {s.rel for s in skipped} >= {"README.md", "LICENSE"}

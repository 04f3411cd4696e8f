"""Strict loading of the clause library: coded errors that point at the file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from procheck.errors import LibraryPatternError, LibrarySchemaError, ProfileError
from procheck.library import default_clauses_dir, load_library, load_profile


@pytest.fixture()
def lib_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "clauses"
    shutil.copytree(default_clauses_dir(), dst)
    return dst


def test_library_schema_loads_and_orders_elements() -> None:
    lib = load_library()
    ids = list(lib.elements)
    assert ids[0] == "nondiscrimination.obligation"
    families = [lib.elements[i].family for i in ids]
    # families in their declared order, contract clauses before tender criteria and barriers
    assert families.index("termination") < families.index("redress") < families.index("diversity") < families.index("barrier")
    assert ids[-1] == "barrier.price_only"
    assert len(lib.hash) == 16


@pytest.mark.parametrize(
    ("needle", "replacement", "code", "text"),
    [
        ("title: Reporting and verification", "title: Reporting and verification\ncolour: blue", "E201", "unknown key 'colour'"),
        ("    check: linked.v1\n    title: Written report", "    check: linked.v9\n    title: Written report", "E201", "check"),
        ("    severity: major\n    message: \"The supplier must, on", "    severity: huge\n    message: \"The supplier must, on", "E201", "severity"),
    ],
)
def test_library_schema_errors_name_file_and_line(lib_copy: Path, needle: str, replacement: str, code: str, text: str) -> None:
    f = lib_copy / "reporting.yaml"
    src = f.read_text(encoding="utf-8")
    assert needle in src
    f.write_text(src.replace(needle, replacement, 1), encoding="utf-8")
    with pytest.raises(LibrarySchemaError) as e:
        load_library(lib_copy)
    assert e.value.code == code
    assert e.value.path == str(f)
    assert e.value.line and e.value.line > 1
    assert text in str(e.value)


def test_library_schema_bad_regex_is_e202(lib_copy: Path) -> None:
    f = lib_copy / "termination.yaml"
    src = f.read_text(encoding="utf-8")
    f.write_text(src.replace("'\\bvite\\b|", "'\\bvite(\\b|", 1), encoding="utf-8")
    with pytest.raises(LibraryPatternError) as e:
        load_library(lib_copy)
    assert e.value.code == "E202"


def test_library_schema_user_profile(tmp_path: Path) -> None:
    lib = load_library()
    p = tmp_path / "mine.yaml"
    p.write_text("name: mine\ntitle: Mine\nelements:\n  nondiscrimination.obligation: critical\n", encoding="utf-8")
    prof = load_profile(lib, str(p))
    assert list(prof.elements) == ["nondiscrimination.obligation"]
    p.write_text("name: mine\ntitle: Mine\nelements:\n  nondiscrimination.nothing: critical\n", encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(lib, str(p))
    with pytest.raises(ProfileError):
        load_profile(lib, "no-such-profile")


@pytest.mark.parametrize(("name", "must"), [("stockholm", "reporting.on_request"), ("ghent", "nondiscrimination.accessibility")])
def test_library_schema_builtin_profiles(name: str, must: str) -> None:
    prof = load_library().profile(name)
    assert must in prof.elements
    assert len(prof.elements) < len(load_library().elements)

"""Import direction (STYLE.md): records/errors import nothing of procheck; only cli imports click;
report writers never import match, library or store."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "procheck"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


@pytest.mark.parametrize("name", ["records.py", "errors.py"])
def test_layering_leaves_import_nothing(name: str) -> None:
    assert not {m for m in _imports(PKG / name) if m.startswith("procheck")}


def test_layering_only_cli_imports_click() -> None:
    offenders = [p.name for p in PKG.rglob("*.py") if p.name != "cli.py" and "click" in _imports(p)]
    assert offenders == []


def test_layering_report_writers_do_not_decide() -> None:
    for p in (PKG / "report").glob("*.py"):
        bad = {m for m in _imports(p) if m.startswith(("procheck.match", "procheck.library", "procheck.store"))}
        assert not bad, (p.name, bad)

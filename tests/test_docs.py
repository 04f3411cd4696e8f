"""Docs that cannot drift: every command is in the README and has help text."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from procheck.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        out.append((full, cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, full + " "))
    return out


COMMANDS = _commands(cli)


def test_docs_command_list_is_not_empty() -> None:
    names = {n for n, _ in COMMANDS}
    assert {
        "check",
        "scan",
        "eval",
        "clauses",
        "clauses list",
        "clauses explain",
        "clauses lint",
        "clauses test",
        "version",
    } <= names


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_docs_every_command_is_in_readme(name: str) -> None:
    assert f"procheck {name}" in README, f"'procheck {name}' is not documented in README.md"


@pytest.mark.parametrize(("name", "cmd"), COMMANDS)
def test_docs_every_command_has_help(name: str, cmd: click.Command) -> None:
    assert (cmd.help or "").strip(), f"'procheck {name}' has no help text"
    assert (cmd.get_short_help_str() or "").strip()
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"option {param.opts} of 'procheck {name}' has no help"


def test_docs_readme_quick_start_commands() -> None:
    assert (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && .venv/bin/procheck scan samples --out out"
        in README
    )
    assert "sh tools/test.sh" in README
    assert "python" in (Path(__file__).resolve().parent.parent / "tools" / "test.sh").read_text()

"""The canonical JSON report (the contract in ``spec/elements.md``).

Format only: every value comes from the :class:`~procheck.records.Report`; nothing is re-decided.
With ``deterministic=True`` the output is stable for golden comparisons: no timestamp, the path
made relative, and volatile ``meta`` entries (timings) dropped.
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from procheck.records import ElementResult, Evidence, Report

SCHEMA_VERSION = "1"
#: ``Report.meta`` keys that change from run to run and are dropped in deterministic mode.
VOLATILE_META = frozenset({"timings", "elapsed", "seconds", "created", "duration", "worker", "pid"})


def _version() -> str:
    from procheck import __version__

    return __version__


def relative_path(path: str, base: str | os.PathLike[str] | None = None) -> str:
    """``path`` relative to ``base`` (default: the working directory), in POSIX form.

    A path outside ``base`` keeps only its file name, so no machine-specific prefix leaks into a
    deterministic report.
    """
    if not path:
        return path
    p = Path(path)
    if not p.is_absolute():
        return PurePath(path).as_posix()
    b = Path(base) if base is not None else Path.cwd()
    try:
        return p.relative_to(b.resolve() if not b.is_absolute() else b).as_posix()
    except ValueError:
        try:
            return p.resolve().relative_to(b.resolve()).as_posix()
        except ValueError:
            return p.name


def _evidence(ev: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {"page": ev.page, "text": ev.text, "start": ev.start, "end": ev.end}
    if ev.section:
        out["section"] = ev.section
    return out


def _element(el: ElementResult) -> dict[str, Any]:
    evidence = sorted(el.evidence, key=lambda e: (e.start, e.end))
    out: dict[str, Any] = {
        "id": el.id,
        "status": el.status,
        "confidence": round(float(el.confidence), 4),
        "evidence": [_evidence(e) for e in evidence],
        "reason": el.reason,
        "grounds": list(el.grounds),
        "severity": el.severity,
    }
    if el.figures:
        out["figures"] = _jsonable(el.figures)
    if el.adverse:
        out["adverse"] = True  # a barrier: "present" is the problem
    if el.anchor:
        out["anchor"] = el.anchor
    if el.suggestion:
        out["suggestion"] = el.suggestion
    return out


def barrier_summary(report: Report) -> dict[str, Any]:
    """How many hidden barriers were found (present) or need a look (weak)."""
    adverse = [el for el in report.elements if el.adverse]
    return {
        "found": sorted(el.id for el in adverse if el.status == "present"),
        "possible": sorted(el.id for el in adverse if el.status == "weak"),
        "checked": len(adverse),
    }


def _jsonable(value: Any) -> Any:
    """Make ``meta`` values JSON-safe without losing structure."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _jsonable(dataclasses.asdict(value))
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    return str(value)


def render(
    report: Report, *, deterministic: bool = False, base: str | os.PathLike[str] | None = None
) -> dict[str, Any]:
    """The report as a JSON-ready dict in the contract's shape.

    ``base`` is the folder deterministic paths are relative to (default: the working directory).
    """
    path = relative_path(report.path, base) if deterministic else report.path
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "document": {
            "path": path,
            "sha256": report.sha256,
            "format": report.format,
            "language": report.language,
            "pages": report.pages,
            "needs_ocr": bool(report.needs_ocr),
            "warnings": list(report.warnings),
        },
        "profile": report.profile,
        "library": {"version": report.library_version, "hash": report.library_hash},
        "elements": [_element(el) for el in report.elements],
    }
    if any(el.adverse for el in report.elements):
        out["barriers"] = barrier_summary(report)
    if report.score is not None:
        out["diversity_score"] = _jsonable(report.score)
    if report.error:
        out["error"] = {"code": report.error.get("code", ""), "message": report.error.get("message", "")}
    meta = {k: v for k, v in report.meta.items() if not (deterministic and k in VOLATILE_META)}
    if meta:
        out["meta"] = _jsonable(meta)
    generator: dict[str, Any] = {"name": "procheck", "version": _version()}
    if not deterministic:
        generator["created"] = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    out["generator"] = generator
    return out


def dumps(report: Report, *, deterministic: bool = False, base: str | os.PathLike[str] | None = None) -> str:
    """``render`` as text: indent 2, UTF-8 characters kept, trailing newline."""
    return dumps_data(render(report, deterministic=deterministic, base=base))


def dumps_data(data: dict[str, Any]) -> str:
    """A rendered (or stored) JSON report as text: indent 2, UTF-8 characters kept, trailing newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

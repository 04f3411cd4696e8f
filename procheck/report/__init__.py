"""Report writers: each one only formats a :class:`~procheck.records.Report`; none re-decides.

``WRITERS`` maps a format name to a function ``(report, **options) -> str``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from procheck.errors import UsageError
from procheck.records import Report
from procheck.report import to_json, to_markdown, to_text


def _json(report: Report, *, deterministic: bool = False, **_: Any) -> str:
    return to_json.dumps(report, deterministic=deterministic)


def _markdown(report: Report, **_: Any) -> str:
    return to_markdown.render(report)


def _text(report: Report, *, color: bool = False, **_: Any) -> str:
    return to_text.render(report, color=color)


WRITERS: dict[str, Callable[..., str]] = {"json": _json, "markdown": _markdown, "text": _text}


def write(report: Report, fmt: str, *, deterministic: bool = False, color: bool = False) -> str:
    """The report in format ``fmt`` (one of ``WRITERS``)."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise UsageError(f"unknown report format {fmt!r}; use one of {', '.join(WRITERS)}") from None
    return writer(report, deterministic=deterministic, color=color)


__all__ = ["WRITERS", "write"]

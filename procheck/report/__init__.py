"""Report writers: each one only formats a :class:`~procheck.records.Report`; none re-decides.

``WRITERS`` maps a format name to a function ``(report, **options) -> str``. The options every
writer receives are ``deterministic``, ``color`` and ``lang`` (the report language, already
resolved: see :func:`write`); a writer ignores those it has no use for. The JSON report is the
canonical contract and stays in English whatever ``lang`` is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from procheck.errors import UsageError
from procheck.i18n import report_language
from procheck.records import Report
from procheck.report import to_json, to_markdown, to_text


def _json(report: Report, *, deterministic: bool = False, **_: Any) -> str:
    return to_json.dumps(report, deterministic=deterministic)


def _markdown(report: Report, *, lang: str = "en", **_: Any) -> str:
    return to_markdown.render(report, lang=lang)


def _text(report: Report, *, color: bool = False, lang: str = "en", **_: Any) -> str:
    return to_text.render(report, color=color, lang=lang)


WRITERS: dict[str, Callable[..., str]] = {"json": _json, "markdown": _markdown, "text": _text}


def write(
    report: Report, fmt: str, *, deterministic: bool = False, color: bool = False, lang: str | None = "en"
) -> str:
    """The report in format ``fmt`` (one of ``WRITERS``) and language ``lang``.

    ``lang=None`` follows the document's language when a catalogue exists for it (else English),
    which is what ``--lang`` left out means; an unknown language is a UsageError (E500)."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise UsageError(f"unknown report format {fmt!r}; use one of {', '.join(WRITERS)}") from None
    language = report_language(lang, report.language)
    return writer(report, deterministic=deterministic, color=color, lang=language)


__all__ = ["WRITERS", "write"]

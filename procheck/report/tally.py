"""Counting a JSON report's statuses and ranking documents worst first: one definition shared by the
dashboard, the Markdown summary, the Excel workbook and the HTML report.

Barriers (``adverse`` elements) are counted apart from the clause and criterion elements: a barrier
``present`` is a barrier found, ``weak`` one to check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

STATUSES = ("present", "weak", "missing", "unknown")


def status_counts(report: Mapping[str, Any]) -> dict[str, int]:
    """Statuses of the clause and criterion elements (barriers are counted apart)."""
    out = dict.fromkeys(STATUSES, 0)
    for el in report.get("elements") or []:
        if not el.get("adverse"):
            status = el.get("status", "unknown")
            out[status] = out.get(status, 0) + 1
    return out


def barrier_counts(report: Mapping[str, Any]) -> tuple[int, int]:
    """(barriers found, barriers to check) in a report dict."""
    els = [el for el in report.get("elements") or [] if el.get("adverse")]
    return (sum(1 for el in els if el.get("status") == "present"), sum(1 for el in els if el.get("status") == "weak"))


def critical_missing(report: Mapping[str, Any]) -> int:
    """Clause elements of severity ``critical`` reported missing."""
    return sum(1 for el in report.get("elements") or []
               if el.get("status") == "missing" and el.get("severity") == "critical" and not el.get("adverse"))


def badness(report: Mapping[str, Any]) -> tuple[int, int, int, int, int]:
    """Sort key, larger is worse: unreadable, critical elements missing, missing + barriers found,
    unknown, weak."""
    c = status_counts(report)
    found, _ = barrier_counts(report)
    return (1 if report.get("error") else 0, critical_missing(report), c["missing"] + found, c["unknown"], c["weak"])

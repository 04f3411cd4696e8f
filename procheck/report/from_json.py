"""Read a JSON report (the contract written by :mod:`procheck.report.to_json`) back into a
:class:`~procheck.records.Report`.

Every writer derives from the JSON report; this is how a stored run (``procheck report --run``) or a
JSON file on disk becomes a report again. ``loads(dumps(r))`` equals ``r`` up to what JSON cannot
carry (tuples become lists inside ``figures``/``meta``; evidence is sorted by offset).
"""

from __future__ import annotations

import json
from typing import Any

from procheck.records import ElementResult, Evidence, Report


def _evidence(d: dict[str, Any]) -> Evidence:
    return Evidence(page=d.get("page"), text=d.get("text", ""), start=int(d.get("start", 0)),
                    end=int(d.get("end", 0)), section=d.get("section"))


def _element(d: dict[str, Any]) -> ElementResult:
    return ElementResult(
        id=d["id"],
        status=d["status"],
        confidence=float(d.get("confidence", 0.0)),
        reason=d.get("reason", ""),
        evidence=tuple(_evidence(e) for e in d.get("evidence", [])),
        grounds=tuple(d.get("grounds", [])),
        severity=d.get("severity", "major"),
        suggestion=d.get("suggestion"),
        figures=dict(d.get("figures") or {}),
        adverse=bool(d.get("adverse", False)),
        anchor=d.get("anchor"),
    )


def load(data: dict[str, Any]) -> Report:
    """A :class:`Report` from the dict of a JSON report."""
    doc = data.get("document", {})
    lib = data.get("library", {})
    err = data.get("error")
    return Report(
        path=doc.get("path", ""),
        sha256=doc.get("sha256", ""),
        format=doc.get("format", ""),
        language=doc.get("language", ""),
        pages=doc.get("pages"),
        needs_ocr=bool(doc.get("needs_ocr", False)),
        warnings=tuple(doc.get("warnings", [])),
        elements=tuple(_element(e) for e in data.get("elements", [])),
        profile=data.get("profile", ""),
        library_version=lib.get("version", ""),
        library_hash=lib.get("hash", ""),
        error={"code": err.get("code", ""), "message": err.get("message", "")} if err else None,
        meta=dict(data.get("meta") or {}),
        score=data.get("diversity_score"),
    )


def loads(text: str) -> Report:
    """A :class:`Report` from the text of a JSON report."""
    return load(json.loads(text))

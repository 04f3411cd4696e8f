"""Message catalogues for every human-facing text of the reports (``--lang sv|en|nl``).

A catalogue is the union of the JSON files in ``procheck/data/messages/<lang>/`` (one file per
writer or topic, so each writer owns its own keys). ``Catalogue.t(key, **kw)`` formats a message,
falling back to English and, failing that, to the key itself, so a missing translation never breaks
a report. ``Catalogue.reason(text)`` translates a checker's reason sentence (the checkers write
English; ``reasons.json`` holds the sentence templates per language).

Writers only format: they take the language as an argument; ``report_language`` decides it (the
``--lang`` option, else the document's language when a catalogue exists for it, else English).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

DEFAULT = "en"


def available() -> tuple[str, ...]:
    """Languages with a catalogue, sorted."""
    root = resources.files("procheck") / "data" / "messages"
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


def report_language(requested: str | None, document_language: str | None) -> str:
    """The language of a report: ``requested`` if given (it must have a catalogue), else the
    document's language when it has one, else English."""
    langs = available()
    if requested:
        if requested not in langs:
            from procheck.errors import UsageError

            raise UsageError(f"no message catalogue for --lang {requested!r}; use one of {', '.join(langs)}")
        return requested
    if document_language in langs:
        return str(document_language)
    return DEFAULT


def _load(lang: str) -> dict[str, Any]:
    root = resources.files("procheck") / "data" / "messages" / lang
    merged: dict[str, Any] = {}
    if not root.is_dir():
        return merged
    for p in sorted((q for q in root.iterdir() if q.name.endswith(".json")), key=lambda q: q.name):
        merged.update(json.loads(p.read_text(encoding="utf-8")))
    return merged


@dataclass(frozen=True)
class Catalogue:
    lang: str
    messages: dict[str, Any]
    fallback: dict[str, Any] = field(default_factory=dict)
    _reasons: tuple[tuple[re.Pattern[str], str], ...] = ()

    def has(self, key: str) -> bool:
        return key in self.messages or key in self.fallback

    def t(self, key: str, /, **kw: Any) -> str:
        """The message ``key`` formatted with ``kw`` (``str.format`` fields)."""
        text = self.messages.get(key, self.fallback.get(key, key))
        if not isinstance(text, str):
            text = str(text)
        return text.format(**kw) if kw else text

    def status(self, status: str, *, adverse: bool = False) -> str:
        """The label of a status; barriers have their own (found / to check / none found)."""
        return self.t(f"{'barrier' if adverse else 'status'}.{status}")

    def reason(self, text: str) -> str:
        """A checker's reason in this language (unchanged when no template matches)."""
        if self.lang == DEFAULT or not text:
            return text
        return translate_reason(text, self._reasons)


def translate_reason(text: str, templates: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """Translate a reason sentence by sentence: each sentence that matches a template is replaced by
    the template's translation with the captured parts put back; others stay as written."""
    if not templates:
        return text
    out = []
    for sent in re.split(r"(?<=[.;])\s+(?=[A-Z(])", text):
        for rx, target in templates:
            m = rx.fullmatch(sent)
            if m:
                out.append(target.format(**m.groupdict()))
                break
        else:
            out.append(sent)
    return " ".join(out)


def _compile_reasons(spec: dict[str, Any]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``{"english template with {name}": "translation with {name}"}`` → regex pairs."""
    out = []
    for src, target in spec.items():
        pattern = re.sub(r"\\\{(\w+)\\\}", lambda m: f"(?P<{m.group(1)}>.+?)", re.escape(src))
        out.append((re.compile(pattern, re.S), target))
    return tuple(out)


@cache
def catalogue(lang: str | None = None) -> Catalogue:
    """The catalogue of ``lang`` (English when None or unknown), with English as fallback."""
    lang = lang if lang in available() else DEFAULT
    messages = _load(lang)
    reasons = messages.pop("reasons", {}) if isinstance(messages.get("reasons"), dict) else {}
    fallback = _load(DEFAULT) if lang != DEFAULT else {}
    fallback.pop("reasons", None)
    return Catalogue(lang=lang, messages=messages, fallback=fallback, _reasons=_compile_reasons(reasons))

"""Message catalogues for every human-facing text of the reports (``--lang sv|en|nl``).

A catalogue is the union of the JSON files in ``procheck/data/messages/<lang>/`` (one file per
writer or topic, so each writer owns its own keys). ``Catalogue.t(key, **kw)`` formats a message,
falling back to English and, failing that, to the key itself, so a missing translation never breaks
a report. ``Catalogue.reason(text)`` translates a checker's reason (the checkers write English;
``reasons.json`` holds the sentence templates per language).

Reason templates
----------------
``reasons.json`` has two tables. ``"reasons"`` maps an English template to its translation, e.g.
``"Found: {why:phrase}{where:where}."`` → ``"Hittad: {why}{where}."``. A slot is ``{name}`` or
``{name:type}`` in the English key and plain ``{name}`` in the translation. The types say what the
slot matches and how its text is carried over:

=========  ===================================================================================
(none)     any text, copied as it is (quoted wording, section titles, amounts, dates)
``quote``  a quoted word as the checkers write it (``'shall'``), copied as it is
``num``    a number; the decimal point becomes the language's (``reason.decimal``)
``phrase`` a part of a sentence that is itself translated by the templates (it must translate)
``term``   a fixed English term (an element title, a kind of guarantee) looked up in
           ``"reason_terms"``; it must be listed there
``grounds`` a comma-separated list of ground ids, each shown as its ``ground.<id>`` message
``where``  the optional location `` ('14.2 Title', page 3)``: the word "page" is translated
``anchor`` the optional legal anchor `` (Directive …)``, looked up in ``"reason_terms"`` and
           kept as written when it is not listed
``figs``   the optional figures ``; weight percent 20; count 3``, names from ``figure.<key>``
=========  ===================================================================================

A reason is cut into sentences only where a full stop is followed by a capital letter or a
parenthesis, and the longest run of sentences that a template matches wins, so a full stop inside a
quoted title or a legal citation never breaks a match. A sentence no template matches stays in
English.

Writers only format: they take the language as an argument; ``report_language`` decides it (the
``--lang`` option, else the document's language when a catalogue exists for it, else English).
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

DEFAULT = "en"
#: the catalogue keys of the two reason tables (see the module docstring)
REASONS_KEY = "reasons"
TERMS_KEY = "reason_terms"
#: slot types a reason template may use
SLOT_TYPES = frozenset({"", "quote", "num", "phrase", "term", "grounds", "where", "anchor", "figs"})

_LABEL = r"'(?:[^']|'(?!(?:, page \d+)?\)))*'"
_SLOT_RX = {
    "": r".+?",
    "quote": r"'[^']*'",
    "num": r"-?\d[\d ]*(?:\.\d+)?",
    "phrase": r".+?",
    "term": r".+?",
    "grounds": r"[a-z_]+(?:, [a-z_]+)*",
    "where": rf"(?: \((?:{_LABEL}(?:, page \d+)?|page \d+)\))?",
    "anchor": r"(?: \((?:[^()]|\([^()]*\))+\))?",
}
#: where a reason may be cut into sentences
_CUT = re.compile(r"(?<=\.)\s+(?=[A-Z(])")
_SLOT = re.compile(r"\{(\w+)(?::(\w*))?\}")


def available() -> tuple[str, ...]:
    """Languages with a catalogue, sorted."""
    root = resources.files("procheck") / "data" / "messages"
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


def report_language(requested: str | None, document_language: str | None) -> str:
    """The language of a report: ``requested`` if given (it must have a catalogue, else E500), else
    the document's language when it has one, else English."""
    langs = available()
    if requested:
        if requested not in langs:
            from procheck.errors import UsageError

            raise UsageError(f"there is no message catalogue for --lang {requested!r}; "
                             f"choose one of {', '.join(langs)} or leave --lang out to follow the document")
        return requested
    if document_language in langs:
        return str(document_language)
    return DEFAULT


def _load(lang: str) -> dict[str, Any]:
    """All JSON files of a language folder merged (file name order); ``reasons``/``reason_terms``
    tables are merged key by key, other keys are overridden by later files."""
    root = resources.files("procheck") / "data" / "messages" / lang
    merged: dict[str, Any] = {}
    if not root.is_dir():
        return merged
    for p in sorted((q for q in root.iterdir() if q.name.endswith(".json")), key=lambda q: q.name):
        for key, value in json.loads(p.read_text(encoding="utf-8")).items():
            if key in (REASONS_KEY, TERMS_KEY) and isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            else:
                merged[key] = value
    return merged


def slots(template: str) -> dict[str, str]:
    """The slots of a template: name → type (``""`` for a plain slot)."""
    return {m.group(1): m.group(2) or "" for m in _SLOT.finditer(template)}


@dataclass(frozen=True)
class Template:
    """One compiled reason template."""

    source: str
    target: str
    pattern: re.Pattern[str]
    kinds: dict[str, str]
    prefix: str  #: literal English text before the first slot (a cheap pre-test)
    suffix: str  #: literal English text after the last slot


def compile_template(source: str, target: str, figure_names: tuple[str, ...] = ()) -> Template:
    """An English template with typed slots → a regex with one named group per slot."""
    parts: list[str] = []
    pos = 0
    kinds: dict[str, str] = {}
    for m in _SLOT.finditer(source):
        name, kind = m.group(1), m.group(2) or ""
        if kind not in SLOT_TYPES:
            raise ValueError(f"reason template {source!r}: unknown slot type {kind!r}")
        parts.append(re.escape(source[pos:m.start()]))
        if kind == "figs":
            names = "|".join(re.escape(n) for n in sorted(figure_names, key=len, reverse=True)) or "(?!)"
            rx = rf"(?:; (?:{names}) [^;]*?)*"
        else:
            rx = _SLOT_RX[kind]
        parts.append(f"(?P<{name}>{rx})")
        kinds[name] = kind
        pos = m.end()
    parts.append(re.escape(source[pos:]))
    first = _SLOT.search(source)
    last = list(_SLOT.finditer(source))
    prefix = source[: first.start()] if first else source
    suffix = source[last[-1].end():] if last else source
    return Template(source, target, re.compile("".join(parts), re.S), kinds, prefix, suffix)


@dataclass(frozen=True)
class ReasonTable:
    """Everything needed to translate reasons into one language."""

    templates: tuple[Template, ...] = ()
    terms: dict[str, str] = field(default_factory=dict)  #: lowercased English term → translation
    messages: dict[str, str] = field(default_factory=dict)  #: ``ground.*``, ``figure.*``, ``reason.*``
    figures: dict[str, str] = field(default_factory=dict)  #: English figure label → translated label

    def msg(self, key: str, default: str) -> str:
        return self.messages.get(key, default)


def _term(table: ReasonTable, text: str) -> str | None:
    """A listed term in the table's language, following the case of its first letter."""
    out = table.terms.get(text.lower())
    if out is None:
        return None
    if text[:1].islower() and out[:1].isupper() and not out[1:2].isupper():
        return out[:1].lower() + out[1:]
    return out


def _where(table: ReasonTable, text: str) -> str:
    m = re.fullmatch(rf" \((?:(?P<label>{_LABEL})(?:, page (?P<p1>\d+))?|page (?P<p2>\d+))\)", text)
    if m is None:
        return text
    page = m.group("p1") or m.group("p2")
    bits = [m.group("label")] if m.group("label") else []
    if page:
        bits.append(table.msg("reason.page", "page {page}").format(page=page))
    return f" ({', '.join(bits)})"


def _figs(table: ReasonTable, text: str) -> str:
    out = []
    for part in text.split("; ")[1:]:
        name = next((n for n in sorted(table.figures, key=len, reverse=True) if part.startswith(n + " ")), None)
        if name is None:
            out.append(part)
        else:
            out.append(f"{table.figures[name]} {_number(table, part[len(name) + 1:])}")
    return "".join(f"; {p}" for p in out)


def _number(table: ReasonTable, text: str) -> str:
    if re.fullmatch(r"-?\d[\d ]*\.\d+", text):
        return text.replace(".", table.msg("reason.decimal", "."))
    return text


def _slot_value(table: ReasonTable, kind: str, text: str) -> str | None:
    """The slot's text in the table's language, or None when it cannot be translated."""
    if kind == "phrase":
        return translate_phrase(text, table)
    if kind == "term":
        return _term(table, text)
    if kind == "anchor":
        return f" ({_term(table, text[2:-1]) or text[2:-1]})" if text else ""
    if kind == "grounds":
        return ", ".join(table.msg(f"ground.{g}", g) for g in text.split(", "))
    if kind == "where":
        return _where(table, text) if text else ""
    if kind == "figs":
        return _figs(table, text) if text else ""
    if kind == "num":
        return _number(table, text)
    return text


def _apply(tpl: Template, text: str, table: ReasonTable) -> str | None:
    if not (text.startswith(tpl.prefix) and text.endswith(tpl.suffix)):
        return None
    m = tpl.pattern.fullmatch(text)
    if m is None:
        return None
    values: dict[str, str] = {}
    for name, kind in tpl.kinds.items():
        value = _slot_value(table, kind, m.group(name) or "")
        if value is None:
            return None
        values[name] = value
    return tpl.target.format(**values)


def translate_phrase(text: str, table: ReasonTable) -> str | None:
    """``text`` translated by the first template that matches all of it, or None."""
    for tpl in table.templates:
        out = _apply(tpl, text, table)
        if out is not None:
            return out
    return None


def reason_parts(text: str, table: ReasonTable) -> list[tuple[str, str | None]]:
    """A reason as (English sentence(s), translation or None) pieces, in order.

    Sentence boundaries are only candidates; the split that translates the most text wins (a
    translated piece may span several candidate sentences)."""
    cuts = [0] + [m.end() for m in _CUT.finditer(text)] + [len(text)]
    starts = [0] + [m.start() for m in _CUT.finditer(text)] + [len(text)]
    n = len(cuts) - 1
    # best[i]: (translated characters, -pieces, pieces) for the text from cut i to the end
    best: list[tuple[int, int, list[tuple[str, str | None]]]] = [(0, 0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(i + 1, n + 1):
            piece = text[cuts[i]: starts[j]]
            done = translate_phrase(piece, table)
            if done is None and j > i + 1:
                continue  # an untranslated stretch is taken one sentence at a time
            tail = best[j]
            gained = len(piece) if done is not None else 0
            options.append((gained + tail[0], tail[1] - 1, [(piece, done), *tail[2]]))
        best[i] = max(options, key=lambda o: (o[0], o[1]))
    return _merge_untranslated(best[0][2])


def _merge_untranslated(parts: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Untranslated pieces cut back into single sentences (each counts once)."""
    out: list[tuple[str, str | None]] = []
    for piece, done in parts:
        if done is None:
            out.extend((s, None) for s in _CUT.split(piece) if s)
        else:
            out.append((piece, done))
    return out


def translate_reason(text: str, table: ReasonTable) -> str:
    """A reason translated sentence by sentence; sentences no template matches stay as written."""
    if not table.templates or not text:
        return text
    return " ".join(done if done is not None else piece for piece, done in reason_parts(text, table))


def _table(lang: str, messages: dict[str, Any], english: dict[str, Any]) -> ReasonTable:
    """The compiled reason table of a language (English figure names decide what ``figs`` match)."""
    spec = messages.get(REASONS_KEY) or {}
    en_figs = {k[len("figure."):]: v for k, v in english.items() if k.startswith("figure.") and isinstance(v, str)}
    names = tuple(en_figs.values())
    templates = tuple(compile_template(src, dst, names) for src, dst in spec.items() if isinstance(dst, str))
    flat = {k: v for k, v in {**english, **messages}.items() if isinstance(v, str)}
    figures = {label: flat.get(f"figure.{key}", label) for key, label in en_figs.items()}
    terms = {str(k).lower(): str(v) for k, v in (messages.get(TERMS_KEY) or {}).items()}
    return ReasonTable(templates=templates, terms=terms, messages=flat, figures=figures)


@dataclass(frozen=True)
class Catalogue:
    """The messages of one language, with English behind them."""

    lang: str
    messages: dict[str, Any]
    fallback: dict[str, Any] = field(default_factory=dict)
    reasons: ReasonTable = field(default_factory=ReasonTable)

    def has(self, key: str) -> bool:
        """Is ``key`` defined (in this language or in English)?"""
        return key in self.messages or key in self.fallback

    def t(self, key: str, /, **kw: Any) -> str:
        """The message ``key`` formatted with ``kw`` (``str.format`` fields)."""
        text = self.messages.get(key, self.fallback.get(key, key))
        if not isinstance(text, str):
            text = str(text)
        return text.format(**kw) if kw else text

    def status(self, status: str, *, adverse: bool = False) -> str:
        """The label of a status; barriers have their own (found / to check / none found)."""
        key = f"{'barrier' if adverse else 'status'}.{status}"
        return self.t(key) if self.has(key) else status

    def reason(self, text: str) -> str:
        """A checker's reason (or a reader's warning) in this language, unchanged when no template
        matches or the language is English."""
        if self.lang == DEFAULT or not text:
            return text
        return translate_reason(text, self.reasons)

    def term(self, text: str) -> str:
        """A fixed English term (an element title, a legal anchor) in this language, else as written."""
        if self.lang == DEFAULT:
            return text
        return _term(self.reasons, text) or text


@cache
def catalogue(lang: str | None = None) -> Catalogue:
    """The catalogue of ``lang`` (English when None or unknown), with English as fallback."""
    lang = lang if lang in available() else DEFAULT
    english = _load(DEFAULT)
    messages = _load(lang) if lang != DEFAULT else dict(english)
    table = _table(lang, messages, english) if lang != DEFAULT else ReasonTable()
    for m in (messages, english):
        m.pop(REASONS_KEY, None)
        m.pop(TERMS_KEY, None)
    fallback = english if lang != DEFAULT else {}
    return Catalogue(lang=lang, messages=messages, fallback=fallback, reasons=table)


def format_fields(text: str) -> set[str]:
    """The ``str.format`` field names of a message (for checking translations)."""
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}

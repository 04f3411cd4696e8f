"""Rank candidates by similarity to the library's exemplar wordings (rapidfuzz over lemmas).

spaCy (``spacy.blank(lang)`` + the lookup lemmatizer from spacy-lookups-data) turns both the
candidate and the exemplars into lemma strings, so "terminates" and "termination of" meet
"terminate". It only ever sees the few sentences a pattern proposed.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

_LEMMA_LANGS = ("en", "nl", "sv", "de", "fr")


@lru_cache(maxsize=8)
def _nlp(lang: str) -> Any:
    import spacy

    nlp = spacy.blank(lang if lang in _LEMMA_LANGS else "xx")
    if lang in _LEMMA_LANGS and os.environ.get("PROCHECK_NO_LEMMAS") != "1":
        try:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
        except Exception:  # lookups missing for this language: tokens only  # noqa: BLE001
            nlp = spacy.blank(lang)
    return nlp


def preload(langs: tuple[str, ...] = ("sv", "en", "nl")) -> None:
    """Load spaCy and the lemma tables now. Called by a batch before it forks its workers, so that
    they share one copy instead of each paying seconds and hundreds of MiB per language."""
    for lang in langs:
        _nlp(lang)


@lru_cache(maxsize=4096)
def lemma_string(lang: str, text: str) -> str:
    nlp = _nlp(lang)
    doc = nlp(text[:2000])
    return " ".join((t.lemma_ or t.text).lower() for t in doc if not t.is_punct and not t.is_space)


def similarity(lang: str, text: str, exemplars: tuple[str, ...]) -> float:
    """Best token-set similarity (0–1) of a sentence to any exemplar."""
    if not exemplars:
        return 0.0
    a = lemma_string(lang, text)
    return max(fuzz.token_set_ratio(a, lemma_string(lang, e)) for e in exemplars) / 100.0

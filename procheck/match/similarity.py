"""Rank candidates by similarity to the library's exemplar wordings (rapidfuzz over lemmas).

spaCy (``spacy.blank(lang)`` with a lookup lemmatizer) turns both the candidate and the exemplars
into lemma strings, so "terminates" and "termination of" meet "terminate". The lemma tables are the
entries of spacy-lookups-data that matter for the exemplars (procheck/data/lemmas, built by
tools/build_lemmas.py), so a worker loads them in milliseconds. Only the few sentences a pattern
proposed are ever seen here.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from procheck.library import Library

LANGS = ("en", "nl", "sv", "de", "fr")
DATA = Path(__file__).resolve().parent.parent / "data" / "lemmas"
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


def exemplar_texts(lib: Library, lang: str) -> list[str]:
    """Every wording of the library in one language that candidates are compared with."""
    out: list[str] = []
    for el in lib.elements.values():
        out.extend(el.spec.exemplars.get(lang, ()))
        if lang in el.spec.model_text:
            out.append(el.spec.model_text[lang])
    for fam in lib.families.values():
        out.extend(fam.wording.compliant.get(lang, ()))
        out.extend(fam.wording.non_compliant.get(lang, ()))
        out.extend(t.text for t in fam.tests if t.lang == lang)
    return out


def exemplar_words(lib: Library, lang: str) -> set[str]:
    return {w.lower() for t in exemplar_texts(lib, lang) for w in _WORDS.findall(t)}


def exemplar_digest(lib: Library, lang: str) -> str:
    return hashlib.sha256("\n".join(sorted(exemplar_texts(lib, lang))).encode()).hexdigest()[:16]


def load_table(lang: str) -> dict[str, str]:
    path = DATA / f"{lang}.json"
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8"))["table"])


@lru_cache(maxsize=8)
def _nlp(lang: str) -> Any:
    import spacy
    from spacy.lookups import Lookups

    nlp = spacy.blank(lang if lang in LANGS else "xx")
    table = load_table(lang)
    if table:
        lookups = Lookups()
        lookups.add_table("lemma_lookup", table)
        lemmatizer: Any = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        lemmatizer.initialize(lookups=lookups)
    return nlp


def preload(langs: tuple[str, ...] = ("sv", "en", "nl")) -> None:
    """Load spaCy and the lemma tables now. Called by a batch before it forks its workers, so that
    they share one copy instead of each loading it."""
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

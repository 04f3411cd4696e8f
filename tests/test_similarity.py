"""Lemma tables and exemplar similarity."""

from __future__ import annotations

import json

import pytest

from procheck.library import load_library
from procheck.match.similarity import DATA, exemplar_digest, lemma_string, similarity


@pytest.mark.parametrize("lang", ["en", "sv", "nl"])
def test_similarity_lemma_tables_match_the_library(lang: str) -> None:
    data = json.loads((DATA / f"{lang}.json").read_text(encoding="utf-8"))
    assert data["exemplars"] == exemplar_digest(load_library(), lang), "run: python tools/build_lemmas.py"
    assert len(data["table"]) > 100


@pytest.mark.parametrize(
    ("lang", "text", "lemma"),
    [("en", "The contracts were terminated", "terminate"), ("sv", "Beställaren hävde avtalet", "häva"),
     ("nl", "De opdrachtgever ontbindt de overeenkomst", "ontbinden")],
)
def test_similarity_lemmatises_inflected_forms(lang: str, text: str, lemma: str) -> None:
    assert lemma in lemma_string(lang, text).split()


def test_similarity_ranks_the_closer_wording_higher() -> None:
    ex = ("The Supplier shall impose the same anti-discrimination obligations on all its subcontractors.",)
    close = similarity("en", "The Contractor shall impose the same obligations on each of its subcontractors.", ex)
    far = similarity("en", "Invoices are payable within thirty days of receipt.", ex)
    assert close > far

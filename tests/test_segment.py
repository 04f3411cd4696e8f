"""Segmenter: sections, sentences, languages and party definitions."""

from __future__ import annotations

import hashlib

import pytest

from procheck.ingest.from_text import read_text
from procheck.library import load_library
from procheck.segment import detect_language, segment, split_sentences


def _seg(text: str):
    data = text.encode()
    doc = read_text(data, "<t>", hashlib.sha256(data).hexdigest())
    return segment(doc, role_of=load_library().roles)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Supplier shall comply with the obligations of this Contract and with the law.", "en"),
        ("Leverantören ska följa de krav som anges i detta avtal och i lagen.", "sv"),
        ("De opdrachtnemer leeft de verplichtingen van deze overeenkomst na en is aansprakelijk.", "nl"),
        ("Der Auftragnehmer hat die Pflichten aus diesem Vertrag und dem Gesetz einzuhalten.", "de"),
        ("Le titulaire doit respecter les obligations du présent marché et de la loi.", "fr"),
    ],
)
def test_segment_detects_language(text: str, lang: str) -> None:
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The Supplier shall comply. The Authority may terminate.", 2),
        ("See e.g. art. 5 of the Act. It applies.", 2),
        ("Enligt 4 kap. 1 § LOU gäller detta. Leverantören ska följa lagen.", 2),
        ("One sentence without a full stop", 1),
    ],
)
def test_segment_splits_sentences(text: str, n: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == n
    assert all(text[a:b].strip() == text[a:b] for a, b in spans)


def test_segment_sections_and_offsets() -> None:
    text = (
        "FRAMEWORK AGREEMENT\n\n"
        "1. Definitions\n\nIn this Contract the following words apply.\n\n"
        "14. Non-discrimination\n\n14.1 The Supplier shall not discriminate. It shall also report.\n\n"
        "14.2 The Supplier shall impose the same obligations on subcontractors.\n\n"
        "15. Liability\n\nEach party is liable for its own acts.\n"
    )
    seg = _seg(text)
    titles = [(s.number, s.title) for s in seg.sections]
    assert ("14", "Non-discrimination") in titles
    by_text = {s.text: s for s in seg.sentences}
    s = by_text["The Supplier shall impose the same obligations on subcontractors."]
    sec = seg.sections[s.section]
    assert sec.number == "14.2"
    assert seg.sections[sec.parent].title == "Non-discrimination"
    for sent in seg.sentences:
        assert seg.document.text[sent.start:sent.end] == sent.text
    liab = by_text["Each party is liable for its own acts."]
    assert seg.sections[liab.section].title == "Liability"


@pytest.mark.parametrize(
    ("text", "term", "role"),
    [
        ('ACME Services Ltd, a company registered in England (hereinafter "the Contractor"), and', "Contractor", "supplier"),
        ("Städservice i Norr AB (nedan kallad Leverantören) och Umeå kommun (nedan kallad Beställaren)", "Beställaren", "authority"),
        ('Schoonmaak BV, hierna te noemen "Opdrachtnemer", en', "Opdrachtnemer", "supplier"),
        ('Northwind Inc. ("Northwind") and Fabrikam LLC (the "Vendor") agree as follows.', "Northwind", "authority"),
    ],
)
def test_segment_finds_party_definitions(text: str, term: str, role: str) -> None:
    seg = _seg(text + "\n\nThe parties agree as follows.")
    roles = {p.term: p.role for p in seg.parties}
    assert roles.get(term) == role, roles


def test_segment_headings_are_marked() -> None:
    seg = _seg("25. Compliance with Anti-discrimination Laws.\n\nCompany states that it is its practice to comply.")
    heads = [s for s in seg.sentences if s.is_heading]
    assert heads and "Anti-discrimination" in heads[0].text


def test_segment_unmarked_title_lines_open_sections() -> None:
    seg = _seg("Equal Treatment\n\nThe Contractor shall comply with the Equality Act 2010 in performing this Agreement.")
    assert [s.title for s in seg.sections] == ["Equal Treatment"]
    assert seg.sentences[0].is_heading and not seg.sentences[1].is_heading

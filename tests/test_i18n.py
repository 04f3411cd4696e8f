"""Message catalogues: every English key translated with the same format fields, the choice of the
report language, reason templates that carry their slots across, and the writers in sv/en/nl."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from procheck.errors import UsageError
from procheck.i18n import (
    REASONS_KEY,
    TERMS_KEY,
    available,
    catalogue,
    compile_template,
    format_fields,
    reason_parts,
    report_language,
    slots,
    translate_reason,
)
from procheck.records import ElementResult, Evidence, Report
from procheck.report import to_markdown, to_text, write

MESSAGES = Path(__file__).resolve().parent.parent / "procheck" / "data" / "messages"
EN_FILES = sorted(p.name for p in (MESSAGES / "en").glob("*.json"))
OTHER = ("sv", "nl")


def _read(lang: str, name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((MESSAGES / lang / name).read_text(encoding="utf-8"))
    return data


def _flat(data: dict[str, object]) -> dict[str, str]:
    """Plain messages plus the reason tables' entries (keyed by table and English text)."""
    out: dict[str, str] = {}
    for key, value in data.items():
        if key in (REASONS_KEY, TERMS_KEY) and isinstance(value, dict):
            out.update({f"{key}:{k}": str(v) for k, v in value.items()})
        else:
            out[key] = str(value)
    return out


def test_i18n_languages_available() -> None:
    assert {"en", "sv", "nl"} <= set(available())


@pytest.mark.parametrize("lang", OTHER)
@pytest.mark.parametrize("name", EN_FILES)
def test_i18n_every_english_key_is_translated(lang: str, name: str) -> None:
    en = _flat(_read("en", name))
    assert (MESSAGES / lang / name).is_file(), f"{lang}/{name} is missing"
    other = _flat(_read(lang, name))
    assert sorted(set(en) - set(other)) == []
    assert sorted(set(other) - set(en)) == []  # a key only in a translation is a typo or a leftover


@pytest.mark.parametrize("lang", OTHER)
@pytest.mark.parametrize("name", EN_FILES)
def test_i18n_format_fields_agree(lang: str, name: str) -> None:
    en = _flat(_read("en", name))
    other = _flat(_read(lang, name))
    for key, text in en.items():
        if key.startswith(f"{REASONS_KEY}:"):
            continue  # templates: see test_i18n_reason_slots_agree
        assert format_fields(text) == format_fields(other.get(key, text)), (lang, key)


@pytest.mark.parametrize("lang", ["en", *OTHER])
def test_i18n_reason_slots_agree(lang: str) -> None:
    table = _read(lang, "reasons.json")[REASONS_KEY]
    assert isinstance(table, dict) and table
    for source, target in table.items():
        names = set(slots(source))
        assert format_fields(target) == names, (lang, source)
        assert set(slots(target).values()) <= {""}, f"types belong in the English key only: {target!r}"
        compile_template(source, target)  # unknown slot types raise


def test_i18n_reason_templates_have_literal_text() -> None:
    for source in _read("en", "reasons.json")[REASONS_KEY]:  # type: ignore[union-attr]
        literal = re.sub(r"\{\w+(?::\w*)?\}", "", source)
        assert literal, f"{source!r} is a bare slot: it would match anything (and recurse)"


@pytest.mark.parametrize(
    ("requested", "document", "expected"),
    [("sv", "en", "sv"), ("en", "sv", "en"), ("nl", None, "nl"), (None, "sv", "sv"), (None, "nl", "nl"),
     (None, "de", "en"), (None, None, "en"), (None, "", "en"), ("", "nl", "nl")],
)
def test_i18n_report_language_rules(requested: str | None, document: str | None, expected: str) -> None:
    assert report_language(requested, document) == expected


@pytest.mark.parametrize("bad", ["xx", "de", "EN", "sv-SE"])
def test_i18n_unknown_lang_is_e500(bad: str) -> None:
    with pytest.raises(UsageError) as info:
        report_language(bad, "sv")
    assert info.value.code == "E500"
    assert "sv" in str(info.value) and "--lang" in str(info.value)


def test_i18n_writers_reject_unknown_lang() -> None:
    with pytest.raises(UsageError):
        write(_report(), "markdown", lang="xx")
    with pytest.raises(UsageError):
        to_text.render(_report(), lang="zz")


@pytest.mark.parametrize(
    ("source", "target", "text", "expected"),
    [
        ("Found {n:num} items in {place}.", "Hittade {n} saker i {place}.", "Found 2.50 items in 'the box'.",
         "Hittade 2,50 saker i 'the box'."),
        ("Word {w:quote}{where:where}.", "Ord {w}{where}.", "Word 'shall' ('7 Title', page 3).",
         "Ord 'shall' ('7 Title', sida 3)."),
        ("Word {w:quote}{where:where}.", "Ord {w}{where}.", "Word 'ska'.", "Ord 'ska'."),
        ("Grounds: {g:grounds}.", "Grunder: {g}.", "Grounds: sex, age.", "Grunder: kön, ålder."),
        ("Check {title:term}.", "Kontrollera {title}.", "Check abstract cap on subcontracting.",
         "Kontrollera generellt tak för anlitande av underleverantörer."),
    ],
)
def test_i18n_template_round_trips_slots(source: str, target: str, text: str, expected: str) -> None:
    table = catalogue("sv").reasons
    tpl = compile_template(source, target)
    own = replace(table, templates=(tpl,))
    assert translate_reason(text, own) == expected


def test_i18n_reason_nested_phrases_and_anchor() -> None:
    reason = ("Barrier found: minimum turnover 3 000 000 SEK is 6.00× the estimated value 500 000 SEK, above the "
              "2× limit, and no reason is given ('7.1 Krav', page 2) (Directive 2014/24/EU art. 58(3)).")
    sv = catalogue("sv").reason(reason)
    assert sv == ("Hinder funnet: minsta omsättning 3 000 000 SEK är 6,00× det uppskattade värdet 500 000 SEK, "
                  "över gränsen 2×, och ingen motivering ges ('7.1 Krav', sida 2) (direktiv 2014/24/EU art. 58.3).")
    nl = catalogue("nl").reason(reason)
    assert nl.startswith("Drempel gevonden: een minimumomzet van 3 000 000 SEK is 6,00× ")
    assert "pagina 2" in nl and "Richtlijn 2014/24/EU art. 58, lid 3" in nl


def test_i18n_reason_tied_chain() -> None:
    reason = ("Found: binding wording 'shall'; tied because it sits in the clause headed '17 Equality' "
              "('17 Equality › 17.2', page 4).")
    assert catalogue("nl").reason(reason) == (
        "Gevonden: bindende formulering 'shall'; gekoppeld omdat zij in het artikel met het opschrift "
        "'17 Equality' staat ('17 Equality › 17.2', pagina 4).")


def test_i18n_reason_two_sentences_translated_separately() -> None:
    reason = ("Not found in the pages that were read, but page(s) 1–3 have no text layer and were not read "
              "(run OCR and check again). No abstract cap on subcontracting was found.")
    parts = reason_parts(reason, catalogue("sv").reasons)
    assert len(parts) == 2 and all(done is not None for _, done in parts)
    assert catalogue("sv").reason(reason).endswith("Ingen generell begränsning av anlitandet av underleverantörer hittades.")


@pytest.mark.parametrize("lang", OTHER)
def test_i18n_unmatched_sentence_stays_english(lang: str) -> None:
    text = "The moon is made of cheese. No abstract cap on subcontracting was found."
    parts = reason_parts(text, catalogue(lang).reasons)
    assert parts[0] == ("The moon is made of cheese.", None)
    assert parts[1][1] is not None
    assert catalogue(lang).reason(text).startswith("The moon is made of cheese. ")


def test_i18n_english_reason_unchanged() -> None:
    text = "Found: binding wording 'shall' ('7 Title', page 3)."
    assert catalogue("en").reason(text) == text


def test_i18n_missing_key_falls_back() -> None:
    cat = catalogue("sv")
    assert cat.t("no.such.key") == "no.such.key"
    assert not cat.has("no.such.key")
    assert cat.status("weird") == "weird"


@pytest.mark.parametrize(("lang", "present", "barrier"), [("en", "present", "barrier found"),
                                                          ("sv", "finns", "hinder funnet"),
                                                          ("nl", "aanwezig", "drempel gevonden")])
def test_i18n_status_words(lang: str, present: str, barrier: str) -> None:
    cat = catalogue(lang)
    assert cat.status("present") == present
    assert cat.status("present", adverse=True) == barrier


def _report() -> Report:
    ob = ElementResult(
        id="nondiscrimination.obligation", status="present", confidence=0.9,
        reason="Binding supplier obligation: binding wording 'ska' ('6 Likabehandling', page 2).",
        evidence=(Evidence(page=2, text="Leverantören ska inte diskriminera.", start=10, end=45,
                           section="6 Likabehandling"),),
        severity="critical")
    lots = ElementResult(
        id="barrier.no_lots", status="present", confidence=0.8,
        reason="Barrier found: the contract is not divided into lots and no reason is given ('1.5 Delkontrakt') "
               "(Directive 2014/24/EU art. 46(1) (divide or explain)).",
        severity="minor", adverse=True, anchor="Directive 2014/24/EU art. 46(1) (divide or explain)",
        suggestion="Dela upp kontraktet i delkontrakt eller motivera varför inte.")
    return Report(path="samples/x.pdf", sha256="ab", format="pdf", language="sv", pages=3, needs_ocr=False,
                  warnings=("page(s) 2–3 read as two columns",), elements=(ob, lots), profile="full",
                  library_version="1", library_hash="h")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("sv", ["## Sammanfattning", "[!] hinder funnet", "Så tar ni bort hindret:", "sida/sidor 2–3 lästes som två spalter",
             "- **Rättslig grund:** direktiv 2014/24/EU art. 46.1 (dela upp eller motivera)",
             "Hinder funnet: kontraktet delas inte upp i delkontrakt", "> — sida 2, avsnitt 6 Likabehandling, tecken 10–45"]),
     ("nl", ["## Samenvatting", "[!] drempel gevonden", "Zo neemt u de drempel weg:", "pagina('s) 2–3 gelezen als twee kolommen",
             "Bindende verplichting van de opdrachtnemer: bindende formulering 'ska' ('6 Likabehandling', pagina 2)."]),
     ("en", ["## Summary", "[!] barrier found", "How to remove the barrier:", "page(s) 2–3 read as two columns"])],
)
def test_i18n_markdown_in_language(lang: str, expected: list[str]) -> None:
    md = to_markdown.render(_report(), lang=lang)
    for text in expected:
        assert text in md, text


@pytest.mark.parametrize(("lang", "label", "word"), [("sv", "HINDER", "finns: 1"), ("nl", "DREMPEL", "aanwezig: 1"),
                                                      ("en", "BARRIER", "1 present")])
def test_i18n_text_in_language(lang: str, label: str, word: str) -> None:
    text = to_text.render(_report(), lang=lang)
    assert f"  {label} " in text and word in text


def test_i18n_write_follows_document_language() -> None:
    assert "## Sammanfattning" in write(_report(), "markdown", lang=None)
    assert "## Summary" in write(_report(), "markdown")
    assert write(_report(), "json", lang="sv") == write(_report(), "json", lang="en")  # the contract stays English

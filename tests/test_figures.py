"""procheck.figures: numbers, amounts, percentages, durations, counts and dates in sv/en/nl/de/fr text."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Sequence

import pytest

from procheck import figures
from procheck.figures import (
    Amount,
    Count,
    DateFound,
    Duration,
    Percent,
    days_between,
    find_amounts,
    find_counts,
    find_dates,
    find_durations,
    find_percents,
    number_word,
    parse_amount,
    parse_number,
)

Found = Amount | Percent | Duration | Count | DateFound
FINDERS: tuple[Callable[[str, str], Sequence[Found]], ...] = (
    find_amounts,
    find_percents,
    find_durations,
    find_counts,
    find_dates,
)


def _spans_ok(text: str, found: Sequence[Found]) -> None:
    """Every result quotes its own span, results are in text order and do not overlap."""
    for r in found:
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.text
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start, (a, b)


# --- numbers -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("s", "lang", "expected"),
    [
        # the same string read by language convention
        ("1.500", "nl", 1500.0),
        ("1.500", "de", 1500.0),
        ("1.500", "en", 1.5),
        ("1,500", "en", 1500.0),
        ("1,500", "sv", 1.5),
        ("1,500", "nl", 1.5),
        ("1,5", "sv", 1.5),
        ("1,5", "nl", 1.5),
        ("1,5", "de", 1.5),
        ("1,5", "fr", 1.5),
        ("7.5", "en", 7.5),
        ("7.5", "sv", 7.5),  # a single dot not followed by three digits is decimal everywhere
        # unambiguous in every language
        ("1.500.000", "en", 1_500_000.0),
        ("1.500.000", "sv", 1_500_000.0),
        ("1.500.000", "fr", 1_500_000.0),
        ("1 500 000", "sv", 1_500_000.0),
        ("1 500 000", "en", 1_500_000.0),
        ("1 500 000", "de", 1_500_000.0),
        ("1,500,000", "en", 1_500_000.0),
        ("1.500.000,00", "nl", 1_500_000.0),
        ("1.500.000,50", "de", 1_500_000.5),
        ("1,500,000.00", "en", 1_500_000.0),
        ("1 500 000,00", "sv", 1_500_000.0),
        ("1 500,5", "fr", 1500.5),
        ("3 000 000:-", "sv", 3_000_000.0),
        ("500,-", "nl", 500.0),
        ("0,500", "nl", 0.5),
        ("0.500", "de", 0.5),
        ("2026", "sv", 2026.0),
        ("  42 ", "en", 42.0),
        ("-5", "en", -5.0),
        ("\u22125,5", "sv", -5.5),
        ("1'500'000", "de", 1_500_000.0),
        # thin space, no-break space, narrow no-break space as thousands separators
        ("1\u2009500\u2009000", "sv", 1_500_000.0),
        ("1\u00a0500\u00a0000", "fr", 1_500_000.0),
        ("1\u202f500\u202f000,25", "fr", 1_500_000.25),
        # a number word is a number too
        ("tre", "sv", 3.0),
        ("twenty-one", "en", 21.0),
        # fallback language: an ambiguous separator groups thousands
        ("1,500", "xx", 1500.0),
        ("1.500", "da", 1500.0),
        ("1,5", "xx", 1.5),
        # locale-style codes are understood
        ("1,500", "en-GB", 1500.0),
        ("1,500", "sv_SE", 1.5),
    ],
)
def test_parse_number(s: str, lang: str, expected: float) -> None:
    assert parse_number(s, lang) == pytest.approx(expected)


@pytest.mark.parametrize(
    "s",
    ["", "   ", "abc", "1.50.000", "12.50.000", "1..5", "1,5,5", "1.500,5.5", "1 50", "1,", ",5", "2026-03-01",
     "01.03.2026", "1 500 kr", "10 %", "\u0661\u0662", "9" * 200, "1e5", "nan", "inf"],
)  # fmt: skip
def test_parse_number_rejects_non_numbers(s: str) -> None:
    assert parse_number(s, "sv") is None
    assert parse_number(s, "en") is None


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("tre", "sv", 3), ("three", "en", 3), ("drie", "nl", 3), ("drei", "de", 3), ("trois", "fr", 3),
        ("Drei", "de", 3), ("SEX", "sv", 6), ("zwölf", "de", 12), ("zwoelf", "de", 12), ("quatorze", "fr", 14),
        ("twenty", "en", 20), ("tjugo", "sv", 20), ("twintig", "nl", 20), ("zwanzig", "de", 20), ("vingt", "fr", 20),
        ("thirty", "en", 30), ("trettio", "sv", 30), ("dertig", "nl", 30), ("dreißig", "de", 30),
        ("dreissig", "de", 30), ("trente", "fr", 30), ("forty", "en", 40), ("fyrtio", "sv", 40),
        ("veertig", "nl", 40), ("vierzig", "de", 40), ("quarante", "fr", 40), ("fifty", "en", 50),
        ("femtio", "sv", 50), ("vijftig", "nl", 50), ("fünfzig", "de", 50), ("cinquante", "fr", 50),
        ("sixty", "en", 60), ("sextio", "sv", 60), ("zestig", "nl", 60), ("sechzig", "de", 60),
        ("soixante", "fr", 60), ("ninety", "en", 90), ("nittio", "sv", 90), ("negentig", "nl", 90),
        ("neunzig", "de", 90), ("quatre-vingt-dix", "fr", 90), ("nonante", "fr", 90), ("septante", "fr", 70),
        ("soixante-dix", "fr", 70), ("soixante et onze", "fr", 71), ("quatre-vingts", "fr", 80),
        ("quatre-vingt-dix-neuf", "fr", 99), ("vingt et un", "fr", 21), ("vingt-et-un", "fr", 21),
        ("twenty-one", "en", 21), ("twenty one", "en", 21), ("ninety-nine", "en", 99), ("tjugoett", "sv", 21),
        ("tjugoen", "sv", 21), ("fyrtiofem", "sv", 45), ("eenentwintig", "nl", 21), ("tweeëntwintig", "nl", 22),
        ("tweeentwintig", "nl", 22), ("vijfenveertig", "nl", 45), ("einundzwanzig", "de", 21),
        ("fünfundvierzig", "de", 45), ("hundred", "en", 100), ("hundra", "sv", 100), ("honderd", "nl", 100),
        ("hundert", "de", 100), ("cent", "fr", 100), ("tvåhundra", "sv", 200), ("ett", "sv", 1), ("een", "nl", 1),
        ("ein", "de", 1), ("une", "fr", 1), ("one", "en", 1), ("zero", "en", 0), ("noll", "sv", 0),
        ("drie", "xx", 3), ("trois", "xx", 3),
    ],
)  # fmt: skip
def test_number_word(word: str, lang: str, expected: int) -> None:
    assert number_word(word, lang) == expected


@pytest.mark.parametrize(
    ("word", "lang"),
    [("three", "sv"), ("tre", "en"), ("drie", "de"), ("tredje", "sv"), ("ten", "sv"), ("tender", "en"),
     ("", "en"), ("twenty-", "en"), ("3", "en"), ("dagar", "sv")],
)  # fmt: skip
def test_number_word_rejects_other_words(word: str, lang: str) -> None:
    assert number_word(word, lang) is None


# --- amounts -----------------------------------------------------------------------------------------------

AMOUNTS = [
    ("1 500 000 kr", "sv", 1_500_000, "SEK"),
    ("€1.500.000,00", "nl", 1_500_000, "EUR"),
    ("€1.500.000,00", "en", 1_500_000, "EUR"),
    ("EUR 1.5m", "en", 1_500_000, "EUR"),
    ("1 500 000 SEK", "sv", 1_500_000, "SEK"),
    ("SEK 3 000 000", "sv", 3_000_000, "SEK"),
    ("SEK 3 000 000", "en", 3_000_000, "SEK"),
    ("3 000 000:-", "sv", 3_000_000, "SEK"),
    ("3 000 000 kronor", "sv", 3_000_000, "SEK"),
    ("1,5 miljoner kronor", "sv", 1_500_000, "SEK"),
    ("1,5 mnkr", "sv", 1_500_000, "SEK"),
    ("15 MSEK", "sv", 15_000_000, "SEK"),
    ("2 mkr", "sv", 2_000_000, "SEK"),
    ("500 tkr", "sv", 500_000, "SEK"),
    ("500 tusen kronor", "sv", 500_000, "SEK"),
    ("1 500 000,00 kr", "sv", 1_500_000, "SEK"),
    ("två miljoner kronor", "sv", 2_000_000, "SEK"),
    ("£2 million", "en", 2_000_000, "GBP"),
    ("£250k", "en", 250_000, "GBP"),
    ("£2.5bn", "en", 2_500_000_000, "GBP"),
    ("GBP 400,000", "en", 400_000, "GBP"),
    ("£250 thousand", "en", 250_000, "GBP"),
    ("2 million pounds", "en", 2_000_000, "GBP"),
    ("five hundred euros", "en", 500, "EUR"),
    ("$3,000,000", "en", 3_000_000, "USD"),
    ("USD 2.5 million", "en", 2_500_000, "USD"),
    ("€ 1,5 miljoen", "nl", 1_500_000, "EUR"),
    ("2 mln euro", "nl", 2_000_000, "EUR"),
    ("1.500.000 euro", "nl", 1_500_000, "EUR"),
    ("EUR 750.000", "nl", 750_000, "EUR"),
    ("EUR 750.000", "de", 750_000, "EUR"),
    ("3 miljard euro", "nl", 3_000_000_000, "EUR"),
    ("2 Mio. EUR", "de", 2_000_000, "EUR"),
    ("1,2 Mio. €", "de", 1_200_000, "EUR"),
    ("500 Tsd. EUR", "de", 500_000, "EUR"),
    ("1,5 Mrd. Euro", "de", 1_500_000_000, "EUR"),
    ("500 000 €", "fr", 500_000, "EUR"),
    ("2 millions d'euros", "fr", 2_000_000, "EUR"),
    ("2 millions d\u2019euros", "fr", 2_000_000, "EUR"),
    ("3 milliards d'euros", "fr", 3_000_000_000, "EUR"),
    ("250 k€", "fr", 250_000, "EUR"),
    ("1,5 M€", "fr", 1_500_000, "EUR"),
    ("DKK 5 mio.", "sv", 5_000_000, "DKK"),
    ("5 mio. kr", "sv", 5_000_000, "SEK"),
    ("CHF 1'200'000", "de", 1_200_000, "CHF"),
    ("NOK 2 000", "sv", 2000, "NOK"),
    ("500\u00a0000\u00a0€", "fr", 500_000, "EUR"),
]


@pytest.mark.parametrize(("sample", "lang", "value", "currency"), AMOUNTS)
def test_find_amounts_in_a_sentence(sample: str, lang: str, value: float, currency: str) -> None:
    text = f"Det uppskattade värdet är {sample} exkl. moms."
    found = find_amounts(text, lang)
    assert [(a.value, a.currency, a.text) for a in found] == [(pytest.approx(value), currency, sample)]
    _spans_ok(text, found)
    assert found[0].start == text.index(sample)


@pytest.mark.parametrize(("sample", "lang", "value", "currency"), AMOUNTS)
def test_parse_amount_whole_string(sample: str, lang: str, value: float, currency: str) -> None:
    a = parse_amount(sample, lang)
    assert a is not None
    assert (a.value, a.currency, a.start, a.end, a.text) == (pytest.approx(value), currency, 0, len(sample), sample)


def test_parse_amount_spans_are_relative_to_the_unstripped_string() -> None:
    s = "  1 500 000 kr \n"
    a = parse_amount(s, "sv")
    assert a == Amount(1_500_000.0, "SEK", 2, 14, "1 500 000 kr")
    assert s[a.start : a.end] == a.text


@pytest.mark.parametrize(
    ("s", "lang", "value"),
    [("1 500 000", "sv", 1_500_000), ("1,5 miljoner", "sv", 1_500_000), ("2 Mio.", "de", 2_000_000),
     ("750.000", "nl", 750_000)],
)  # fmt: skip
def test_parse_amount_without_currency(s: str, lang: str, value: float) -> None:
    a = parse_amount(s, lang)
    assert a is not None and a.currency is None and a.value == pytest.approx(value)


@pytest.mark.parametrize("s", ["", "kr", "tre", "1 500 kr och 2 000 kr", "ca 1 500 kr", "1 500 kr totalt", "10 %"])
def test_parse_amount_rejects_anything_but_one_amount(s: str) -> None:
    assert parse_amount(s, "sv") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Avtalet gäller från 2026.", "sv"),
        ("Certifiering enligt ISO 9001 krävs.", "en"),
        ("Certifiering enligt ISO9001 krävs.", "sv"),
        ("Betalning sker inom 30 dagar.", "sv"),
        ("Viktning: pris 60 %, kvalitet 40 %.", "sv"),
        ("Tillgänglighet enligt EN 301 549.", "sv"),
        ("Leverantören ska uppfylla krav 3 och 4.", "sv"),
        ("Svarstiden är högst 5 sek.", "sv"),
        ("Omsättning om minst 1,5 miljoner per år.", "sv"),
        ("The contract runs for 2 years and 10 % of the work is subcontracted.", "en"),
        ("De opdracht loopt 3 jaar vanaf 01-03-2026.", "nl"),
        ("Directive 2014/24/EU applies.", "en"),
        ("", "sv"),
    ],
)
def test_find_amounts_needs_a_written_currency(text: str, lang: str) -> None:
    assert find_amounts(text, lang) == []


def test_find_amounts_several_in_text_order() -> None:
    text = "Option 1: 1 500 000 kr; option 2: EUR 200 000; option 3: £2.5bn; tak 15 MSEK."
    found = find_amounts(text, "sv")
    assert [(a.value, a.currency) for a in found] == [
        (1_500_000.0, "SEK"),
        (200_000.0, "EUR"),
        (2_500_000_000.0, "GBP"),
        (15_000_000.0, "SEK"),
    ]
    _spans_ok(text, found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2026 €500", "en", [("€500", 500.0)]),
        ("In 2026 EUR 500 000 will be spent", "en", [("EUR 500 000", 500_000.0)]),
        ("500 € 600 €", "fr", [("500 €", 500.0), ("600 €", 600.0)]),
        ("500€ 600", "fr", [("500€", 500.0)]),
        ("€500 €600", "en", [("€500", 500.0), ("€600", 600.0)]),
        ("200 kr 500 st", "sv", [("200 kr", 200.0)]),
    ],
)
def test_find_amounts_currency_between_two_numbers(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    assert [(a.text, a.value) for a in find_amounts(text, lang)] == expected


def test_find_amounts_percent_is_not_an_amount() -> None:
    text = "Avgiften är 10 % av 2 000 000 kr."
    assert [a.text for a in find_amounts(text, "sv")] == ["2 000 000 kr"]
    assert [p.text for p in find_percents(text, "sv")] == ["10 %"]


@pytest.mark.parametrize(("lang", "value"), [("en", 2e9), ("fr", 2e12), ("de", 2e12)])
def test_find_amounts_billion_depends_on_language(lang: str, value: float) -> None:
    assert [a.value for a in find_amounts("2 billion euros", lang)] == [value]


@pytest.mark.parametrize(("lang", "value"), [("en", 400_000.0), ("sv", 400.0), ("xx", 400_000.0)])
def test_find_amounts_ambiguous_separator_follows_language(lang: str, value: float) -> None:
    assert [a.value for a in find_amounts("GBP 400,000", lang)] == [value]


# --- percentages -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "lang", "value"),
    [
        ("10 %", "sv", 10.0),
        ("10%", "en", 10.0),
        ("10\u00a0%", "fr", 10.0),
        ("10 procent", "sv", 10.0),
        ("tio procent", "sv", 10.0),
        ("10 procent", "nl", 10.0),
        ("tien procent", "nl", 10.0),
        ("10 percent", "en", 10.0),
        ("10 per cent", "en", 10.0),
        ("ten per cent", "en", 10.0),
        ("10 pct", "nl", 10.0),
        ("7,5 %", "sv", 7.5),
        ("7,5 %", "de", 7.5),
        ("7.5%", "en", 7.5),
        ("10 Prozent", "de", 10.0),
        ("zehn Prozent", "de", 10.0),
        ("10 pour cent", "fr", 10.0),
        ("dix pour cent", "fr", 10.0),
        ("15 viktprocent", "sv", 15.0),
        ("100 %", "en", 100.0),
    ],
)
def test_find_percents(sample: str, lang: str, value: float) -> None:
    text = f"Kriteriet viktas {sample} av totalen."
    found = find_percents(text, lang)
    assert [(p.value, p.text) for p in found] == [(value, sample)]
    _spans_ok(text, found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("en ökning med 10 procentenheter", "sv"), ("the percentage is high", "en"), ("år 2026", "sv"),
     ("30 dagar", "sv"), ("1 500 kr", "sv"), ("procent", "sv")],
)  # fmt: skip
def test_find_percents_negatives(text: str, lang: str) -> None:
    assert find_percents(text, lang) == []


def test_find_percents_several() -> None:
    text = "Pris 60 %, kvalitet 25 % och social hänsyn 15 viktprocent."
    found = find_percents(text, "sv")
    assert [p.value for p in found] == [60.0, 25.0, 15.0]
    _spans_ok(text, found)


# --- durations ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "lang", "value", "unit", "working"),
    [
        ("30 dagar", "sv", 30, "day", False),
        ("30 werkdagen", "nl", 30, "day", True),
        ("30 kalenderdagar", "sv", 30, "day", False),
        ("10 arbetsdagar", "sv", 10, "day", True),
        ("30 kalenderdagen", "nl", 30, "day", False),
        ("30 dagen", "nl", 30, "day", False),
        ("30 days", "en", 30, "day", False),
        ("30 calendar days", "en", 30, "day", False),
        ("10 working days", "en", 10, "day", True),
        ("10 business days", "en", 10, "day", True),
        ("six weeks", "en", 6, "week", False),
        ("sex veckor", "sv", 6, "week", False),
        ("zes weken", "nl", 6, "week", False),
        ("sechs Wochen", "de", 6, "week", False),
        ("six semaines", "fr", 6, "week", False),
        ("2 månader", "sv", 2, "month", False),
        ("3 maanden", "nl", 3, "month", False),
        ("3 months", "en", 3, "month", False),
        ("3 Monate", "de", 3, "month", False),
        ("3 mois", "fr", 3, "month", False),
        ("tre år", "sv", 3, "year", False),
        ("3 years", "en", 3, "year", False),
        ("drie jaar", "nl", 3, "year", False),
        ("3 jaren", "nl", 3, "year", False),
        ("3 Jahre", "de", 3, "year", False),
        ("3 ans", "fr", 3, "year", False),
        ("30 Tage", "de", 30, "day", False),
        ("30 Kalendertage", "de", 30, "day", False),
        ("10 Werktage", "de", 10, "day", True),
        ("10 Arbeitstage", "de", 10, "day", True),
        ("30 jours", "fr", 30, "day", False),
        ("10 jours ouvrés", "fr", 10, "day", True),
        ("10 jours ouvrables", "fr", 10, "day", True),
        ("30-day", "en", 30, "day", False),
        ("three-year", "en", 3, "year", False),
        ("dertig dagen", "nl", 30, "day", False),
        ("trettio dagar", "sv", 30, "day", False),
        ("twenty days", "en", 20, "day", False),
        ("thirty days", "en", 30, "day", False),
        ("forty days", "en", 40, "day", False),
        ("fifty days", "en", 50, "day", False),
        ("sixty days", "en", 60, "day", False),
        ("ninety days", "en", 90, "day", False),
        ("tjugo dagar", "sv", 20, "day", False),
        ("fyrtio dagar", "sv", 40, "day", False),
        ("femtio dagar", "sv", 50, "day", False),
        ("sextio dagar", "sv", 60, "day", False),
        ("nittio dagar", "sv", 90, "day", False),
        ("twintig dagen", "nl", 20, "day", False),
        ("veertig dagen", "nl", 40, "day", False),
        ("vijftig dagen", "nl", 50, "day", False),
        ("zestig dagen", "nl", 60, "day", False),
        ("negentig dagen", "nl", 90, "day", False),
        ("zwanzig Tage", "de", 20, "day", False),
        ("dreißig Tage", "de", 30, "day", False),
        ("vierzig Tage", "de", 40, "day", False),
        ("neunzig Tage", "de", 90, "day", False),
        ("vingt jours", "fr", 20, "day", False),
        ("trente jours", "fr", 30, "day", False),
        ("quarante jours", "fr", 40, "day", False),
        ("quatre-vingt-dix jours", "fr", 90, "day", False),
        ("hundra dagar", "sv", 100, "day", False),
        ("tjugoen dagar", "sv", 21, "day", False),
        ("twenty-one days", "en", 21, "day", False),
        ("thirty (30) days", "en", 30, "day", False),
        ("tre års", "sv", 3, "year", False),
        ("30 dagarna", "sv", 30, "day", False),
        ("två åren", "sv", 2, "year", False),
        ("ett år", "sv", 1, "year", False),
        ("en månad", "sv", 1, "month", False),
        ("een jaar", "nl", 1, "year", False),
        ("ein Jahr", "de", 1, "year", False),
        ("un an", "fr", 1, "year", False),
        ("1,5 år", "sv", 1.5, "year", False),
        ("2.5 years", "en", 2.5, "year", False),
    ],
)
def test_find_durations(sample: str, lang: str, value: float, unit: str, working: bool) -> None:
    text = f"Inom {sample} efter avrop."
    found = find_durations(text, lang)
    assert [(d.value, d.unit, d.working, d.text) for d in found] == [(value, unit, working, sample)]
    _spans_ok(text, found)


def test_find_durations_swedish_genitive_in_context() -> None:
    found = find_durations("Leverantören ska ha minst tre års verksamhet i branschen.", "sv")
    assert [(d.value, d.unit, d.text) for d in found] == [(3.0, "year", "tre års")]


def test_find_durations_english_possessive_stops_before_apostrophe() -> None:
    assert [d.text for d in find_durations("giving 30 days' notice", "en")] == ["30 days"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Viktning 10 %.", "sv"), ("Året 2026.", "sv"), ("ISO 9001", "en"), ("on the 2nd day", "en"),
     ("30 dagligen", "sv"), ("en leverantör", "sv"), ("a 30 % discount", "en"), ("1 mars 2026", "sv"),
     ("30 dagar", "en"), ("3 ans", "en")],
)  # fmt: skip
def test_find_durations_negatives(text: str, lang: str) -> None:
    assert find_durations(text, lang) == []


@pytest.mark.parametrize(
    ("value", "unit", "working", "days"),
    [(30, "day", False, 30.0), (10, "day", True, 14.0), (6, "week", False, 42.0), (2, "month", False, 60.0),
     (3, "year", False, 1095.0), (0.5, "year", False, 182.5)],
)  # fmt: skip
def test_duration_days(value: float, unit: str, working: bool, days: float) -> None:
    assert Duration(value, unit, working, 0, 1, "x").days == pytest.approx(days)


def test_find_durations_days_from_text() -> None:
    (d,) = find_durations("binnen 30 werkdagen", "nl")
    assert d.days == pytest.approx(42.0)


@pytest.mark.parametrize("lang", ["sv", "en", "nl", "de", "fr"])
def test_every_unit_form_is_found(lang: str) -> None:
    """Guards the cheap pre-check in find_durations: each unit form must pass it."""
    for form, (unit, working) in figures._UNITS[lang].items():
        text = f"3 {form.replace('-', ' ')}"
        found = find_durations(text, lang)
        assert [(d.unit, d.working, d.text) for d in found] == [(unit, working, text)], form


# --- counts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Minst 2 referenser och 12 månader.", "sv", [2, 12]),
        ("Minst tre referenser.", "sv", [3]),
        ("At least three references and twelve staff.", "en", [3, 12]),
        ("Ten to twenty suppliers.", "en", [10, 20]),
        ("one supplier", "en", [1]),
        ("Ten suppliers, twenty-one lots.", "en", [10, 21]),
        ("Minstens drie referenties en twaalf medewerkers.", "nl", [3, 12]),
        ("Mindestens drei Referenzen, zwanzig Mitarbeiter und eins.", "de", [3, 20, 1]),
        ("Au moins trois références et vingt salariés.", "fr", [3, 20]),
        ("Au moins deux lots et dix-sept salariés.", "fr", [2, 17]),
        ("Minst fem och högst tjugo anbud.", "sv", [5, 20]),
        ("Minst 2 000 anställda.", "sv", [2000]),
        ("sexton och sjutton och nitton", "sv", [16, 17, 19]),
    ],
)
def test_find_counts(text: str, lang: str, expected: list[int]) -> None:
    found = find_counts(text, lang)
    assert [c.value for c in found] == expected
    _spans_ok(text, found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("en leverantör och ett avtal", "sv"), ("een leverancier", "nl"), ("ein Lieferant, eine Firma", "de"),
     ("un fournisseur et une entreprise", "fr"), ("a supplier", "en"), ("tredje part", "sv"),
     ("tender documents", "en")],
)  # fmt: skip
def test_find_counts_ignores_articles_and_lookalikes(text: str, lang: str) -> None:
    assert find_counts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sista dag 2026-03-01, 5 anbud.", "sv", [5]),
        ("den 1 mars 2026 och 3 anbud", "sv", [3]),
        ("Deadline 01.03.2026 for 4 lots", "en", [4]),
        ("In 2026 we buy 4 lots", "en", [2026, 4]),  # a lone year is an integer like any other
    ],
)
def test_find_counts_skips_digits_inside_dates(text: str, lang: str, expected: list[int]) -> None:
    assert [c.value for c in find_counts(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("1,5 år", "sv"), ("the 3rd lot", "en"), ("£250k", "en"), ("ISO9001", "en"), ("CO2", "en"), ("1er mars", "fr")],
)  # fmt: skip
def test_find_counts_skips_decimals_and_tokens_glued_to_letters(text: str, lang: str) -> None:
    assert find_counts(text, lang) == []


def test_find_counts_keeps_digits_of_amounts_and_percents() -> None:
    text = "10 % av 500 kr"
    assert [(c.value, c.text) for c in find_counts(text, "sv")] == [(10, "10"), (500, "500")]


# --- dates -------------------------------------------------------------------------------------------------

MARCH_1 = datetime.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("sample", "lang", "date"),
    [
        ("2026-03-01", "sv", MARCH_1),
        ("2026-03-01", "en", MARCH_1),
        ("1 mars 2026", "sv", MARCH_1),
        ("1 mar 2026", "sv", MARCH_1),
        ("1:a mars 2026", "sv", MARCH_1),
        ("1 March 2026", "en", MARCH_1),
        ("1st March 2026", "en", MARCH_1),
        ("1st of March, 2026", "en", MARCH_1),
        ("March 1, 2026", "en", MARCH_1),
        ("March 1st, 2026", "en", MARCH_1),
        ("01/03/2026", "en", MARCH_1),
        ("1.3.2026", "en", MARCH_1),
        ("1 maart 2026", "nl", MARCH_1),
        ("1 mrt. 2026", "nl", MARCH_1),
        ("01-03-2026", "nl", MARCH_1),
        ("1-3-2026", "nl", MARCH_1),
        ("1. März 2026", "de", MARCH_1),
        ("01.03.2026", "de", MARCH_1),
        ("1er mars 2026", "fr", MARCH_1),
        ("1 mars 2026", "fr", MARCH_1),
        ("15 januari 2026", "sv", datetime.date(2026, 1, 15)),
        ("15 jan 2026", "en", datetime.date(2026, 1, 15)),
        ("28 feb. 2026", "nl", datetime.date(2026, 2, 28)),
        ("3 april 2026", "sv", datetime.date(2026, 4, 3)),
        ("3 avr. 2026", "fr", datetime.date(2026, 4, 3)),
        ("5 maj 2026", "sv", datetime.date(2026, 5, 5)),
        ("5 mei 2026", "nl", datetime.date(2026, 5, 5)),
        ("5. Mai 2026", "de", datetime.date(2026, 5, 5)),
        ("5 May 2026", "en", datetime.date(2026, 5, 5)),
        ("30 jun 2026", "sv", datetime.date(2026, 6, 30)),
        ("14 juillet 2026", "fr", datetime.date(2026, 7, 14)),
        ("14 jul 2026", "nl", datetime.date(2026, 7, 14)),
        ("15 août 2026", "fr", datetime.date(2026, 8, 15)),
        ("15 aug 2026", "sv", datetime.date(2026, 8, 15)),
        ("1 sep 2026", "en", datetime.date(2026, 9, 1)),
        ("Sept 15, 2026", "en", datetime.date(2026, 9, 15)),
        ("1 sept. 2026", "fr", datetime.date(2026, 9, 1)),
        ("3 okt 2026", "sv", datetime.date(2026, 10, 3)),
        ("3. Okt. 2026", "de", datetime.date(2026, 10, 3)),
        ("3 oct 2026", "fr", datetime.date(2026, 10, 3)),
        ("11 nov 2026", "nl", datetime.date(2026, 11, 11)),
        ("24 dec 2026", "sv", datetime.date(2026, 12, 24)),
        ("24. Dez. 2026", "de", datetime.date(2026, 12, 24)),
        ("24 déc. 2026", "fr", datetime.date(2026, 12, 24)),
        ("24 December 2026", "en", datetime.date(2026, 12, 24)),
        ("12/25/2026", "en", datetime.date(2026, 12, 25)),  # day first impossible: month first
        ("29 februari 2028", "sv", datetime.date(2028, 2, 29)),
    ],
)
def test_find_dates(sample: str, lang: str, date: datetime.date) -> None:
    text = f"Anbud ska ha kommit in senast den {sample} kl. 12."
    found = find_dates(text, lang)
    assert [(d.date, d.text) for d in found] == [(date, sample)]
    _spans_ok(text, found)


@pytest.mark.parametrize(
    "text",
    ["31 februari 2026", "30 February 2026", "2026-02-30", "31.04.2026", "32/01/2026", "2026-13-01",
     "29 februari 2026", "1 mars", "March 2026", "1.3.26", "01/03", "2026", "15 000 kr", "12.1.3 Krav"],
)  # fmt: skip
def test_find_dates_skips_invalid_or_yearless(text: str) -> None:
    assert find_dates(text, "sv") == []
    assert find_dates(text, "en") == []


def test_find_dates_swedish_den_is_not_in_the_span() -> None:
    text = "Avtalet börjar den 1 mars 2026."
    (d,) = find_dates(text, "sv")
    assert (d.date, d.text, d.start) == (MARCH_1, "1 mars 2026", text.index("1 mars"))


def test_find_dates_range_in_order() -> None:
    text = "Avtalsperiod 1 januari 2026 – 2027-12-31, option till 31.12.2028."
    found = find_dates(text, "sv")
    assert [d.date for d in found] == [
        datetime.date(2026, 1, 1),
        datetime.date(2027, 12, 31),
        datetime.date(2028, 12, 31),
    ]
    _spans_ok(text, found)


@pytest.mark.parametrize(
    ("a", "b", "days"),
    [(MARCH_1, datetime.date(2026, 3, 31), 30), (MARCH_1, MARCH_1, 0), (MARCH_1, datetime.date(2026, 2, 1), -28),
     (datetime.date(2028, 2, 1), datetime.date(2028, 3, 1), 29)],
)  # fmt: skip
def test_days_between(a: datetime.date, b: datetime.date, days: int) -> None:
    assert days_between(a, b) == days


def test_days_between_found_dates() -> None:
    a, b = find_dates("från 2026-03-01 till 31 mars 2026", "sv")
    assert days_between(a.date, b.date) == 30


# --- whole sentences, languages, robustness ----------------------------------------------------------------

SENTENCES = [
    ("Leverantören ska inom 30 dagar från den 1 mars 2026 betala 1 500 000 kr, dvs. 10 % av 15 MSEK, och ha "
     "minst tre års erfarenhet.", "sv"),
    ("The Supplier shall within thirty (30) working days pay EUR 1.5m, i.e. 7.5% of the £2.5bn framework "
     "starting 1st March 2026, for three years.", "en"),
    ("De opdrachtnemer betaalt binnen 30 werkdagen € 1,5 miljoen, 15 procent van de opdracht, vanaf 01-03-2026, "
     "voor drie jaar.", "nl"),
    ("Der Auftragnehmer zahlt innerhalb von 30 Kalendertagen 2 Mio. EUR, 10 Prozent, ab dem 1. März 2026, "
     "für drei Jahre.", "de"),
    ("Le titulaire paie dans un délai de 30 jours 2 millions d'euros, soit 10 pour cent, à compter du 1er mars "
     "2026, pendant trois ans.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), SENTENCES)
def test_whole_sentences(text: str, lang: str) -> None:
    amounts, percents = find_amounts(text, lang), find_percents(text, lang)
    durations, dates = find_durations(text, lang), find_dates(text, lang)
    assert len(amounts) >= 1 and len(percents) >= 1 and len(durations) == 2 and dates[0].date == MARCH_1
    assert durations[0].value == 30 and durations[0].unit == "day"
    assert durations[1].value == 3 and durations[1].unit == "year"
    _spans_ok(text, amounts)
    _spans_ok(text, percents)
    _spans_ok(text, durations)
    _spans_ok(text, dates)
    _spans_ok(text, find_counts(text, lang))
    amount_spans = [(a.start, a.end) for a in amounts]
    assert all((p.start, p.end) not in amount_spans for p in percents)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("sv", "sv"), ("SV", "sv"), ("sv-SE", "sv"), ("sv_FI", "sv"), ("en-GB", "en"), ("nl-BE", "nl"),
     ("de-CH", "de"), ("fr-BE", "fr"), ("swe", "sv"), ("German", "de"), ("da", "*"), ("", "*"), ("xx", "*")],
)  # fmt: skip
def test_language_codes(lang: str, expected: str) -> None:
    assert figures._norm_lang(lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [("30 dagar", "xx", "durations"), ("30 Tage", "da", "durations"), ("tien procent", "", "percents"),
     ("1 500 000 kr", "no", "amounts")],
)  # fmt: skip
def test_unknown_language_falls_back_to_all_vocabularies(text: str, lang: str, kind: str) -> None:
    finders: dict[str, Callable[[str, str], Sequence[Found]]] = {
        "durations": find_durations,
        "percents": find_percents,
        "amounts": find_amounts,
    }
    finder = finders[kind]
    assert [r.text for r in finder(text, lang)] == [text]


ODD = [
    "", " ", "\n\t", "%", "€", "kr", ":-", "1,", ",5", ".", "..", "1..2", "1,,2", "€€€", "k€", "MSEK",
    "9" * 500, "1 " * 200, "1." * 100, "-" * 50, "((30)) dagar", "thirty ( days", "30 (", "£", "$$$1",
    "İstanbul 1 500 kr", "ß" * 10, "\u0661\u0662\u0663 kr", "\x00\x01\x02", "\ud800", "🙂 30 dagar 🙂",
    "31 februari 2026 och 0000-00-00", "9999-99-99", "99/99/9999", "1 mars 99999", "twenty-twenty-twenty",
    "vingt et et un", "EUR EUR EUR 5", "5 € € €", "2026 €", "€ 2026 €", "1.5m.5bn", "kr. kr. 5 kr.",
]  # fmt: skip


@pytest.mark.parametrize("text", ODD)
@pytest.mark.parametrize("lang", ["sv", "en", "nl", "de", "fr", "xx"])
def test_never_raises_and_spans_hold(text: str, lang: str) -> None:
    for finder in FINDERS:
        found = finder(text, lang)
        assert isinstance(found, list)
        _spans_ok(text, found)
    parse_number(text, lang)
    parse_amount(text, lang)
    number_word(text, lang)


def test_random_strings_never_raise() -> None:
    rng = random.Random(20260301)
    pieces = list("0123456789 .,:-%€£$'’()/\u00a0\u2009\u202f\n") + [
        "kr", "EUR", "SEK", "Mio.", "miljoner", "k", "m", "bn", "dagar", "days", "jaar", "mars", "March", "2026-",
        "31 ", "/12/", "procent", "tre", "twenty-", "vingt et ", "d'euros", "jours ouvrés", "års", "een", "İ",
    ]  # fmt: skip
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        lang = rng.choice(["sv", "en", "nl", "de", "fr", "xx"])
        for finder in FINDERS:
            _spans_ok(text, finder(text, lang))
        parse_number(text, lang)
        parse_amount(text, lang)


def test_non_string_input_gives_empty_results() -> None:
    bad: object = None
    assert find_amounts(bad, "sv") == []  # type: ignore[arg-type]
    assert find_dates(bad, "sv") == []  # type: ignore[arg-type]
    assert parse_number(bad, "sv") is None  # type: ignore[arg-type]
    assert number_word(bad, "sv") is None  # type: ignore[arg-type]


def test_results_are_frozen() -> None:
    (a,) = find_amounts("1 500 kr", "sv")
    with pytest.raises(AttributeError):
        a.value = 1.0  # type: ignore[misc]

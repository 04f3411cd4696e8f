"""Find and parse figures in tender text: numbers, money amounts, percentages, durations, counts and dates.

Standard library only. Supported languages are ``sv``, ``en``, ``nl``, ``de`` and ``fr``; ``lang`` may also
be a locale such as ``"sv-SE"`` or ``"en_GB"``, a three-letter code (``"swe"``) or an English language name.
Any other value (``"da"``, ``""``, ``None`` ...) selects a *fallback* mode: number words, unit words and
percent words of all five languages are accepted, and an ambiguous separator (see below) is read as a
thousands separator.

Conventions
-----------
Numbers (:func:`parse_number`)
    * Spaces (U+0020, U+00A0, U+2009, U+202F) and apostrophes (``1'500'000``, Swiss) only ever group
      thousands; every group after the first must have exactly three digits.
    * If both ``.`` and ``,`` occur, the one that occurs last is the decimal separator
      (``1.500.000,00`` and ``1,500,000.00``).
    * A separator occurring more than once groups thousands (``1.500.000`` is 1500000 in every language).
    * A single separator followed by exactly three digits (``1.500``, ``1,500``) is ambiguous and follows the
      language: ``en`` reads ``,`` as thousands and ``.`` as decimal; ``sv``/``nl``/``de``/``fr`` read ``.`` as
      thousands and ``,`` as decimal; the fallback mode reads both as thousands. ``0,500`` is always decimal.
    * Any other single separator is a decimal separator in every language (``1,5`` and ``7.5``).
    * A trailing ``:-``, ``,-`` or ``.-`` (``3 000 000:-``) is ignored. Only ASCII digits are numbers.
    * :func:`parse_number` also accepts one number word (``"tre"`` -> 3.0).

Amounts (:func:`find_amounts`)
    A number (digits, or a number word followed by a multiplier or currency, ``"två miljoner kronor"``) with
    an optional multiplier (``k``, ``tusen``, ``Mio.``, ``miljoner``, ``mln``, ``bn``, ``Mrd.`` ...) and a
    currency before it (``€``, ``£``, ``$``, ``EUR``, ``SEK``, ``kr`` ...) or after it (``kr``, ``kronor``,
    ``:-``, ``euro``, ``d'euros``, ``pounds`` ...), or a fused multiplier+currency (``mnkr``, ``mkr``,
    ``MSEK``, ``tkr``, ``k€``, ``M€``, ``MEUR``, ``TEUR`` ...). Without a written currency it is not an amount.
    ``kr``/``kronor`` map to SEK, ``kroner`` to DKK (``norske kroner`` to NOK). ``billion`` is 10**9 in
    English and the fallback mode, 10**12 in the other languages (``milliard``/``miljard``/``Mrd.`` is 10**9).
    A currency code or symbol standing between two numbers belongs to the number it is written against
    without a space; otherwise to the following number, unless that number has its own currency
    (``"2026 EUR 500"`` is EUR 500; ``"500 € 600 €"`` is two amounts). ``k``/``m``/``bn`` multiply only right
    after digits, ``hundred``/``hundra``/``cent`` only after number words (``five hundred euros``). The dot
    of an abbreviation multiplier (``Mio.``) is part of the span, a full stop after ``kr`` is not.
    :func:`parse_amount` accepts an amount without currency (``"1 500 000"``, ``"1,5 miljoner"``).

Percentages (:func:`find_percents`)
    Number + ``%``, ``procent``, ``viktprocent``, ``percent``, ``per cent``, ``pct``, ``Prozent``,
    ``pour cent``.

Durations (:func:`find_durations`)
    Number (digits or word, optionally followed by the other form in brackets: ``thirty (30) days``) + unit
    word, with a space or hyphen between (``30-day``, ``three-year``). For durations, and only there, the
    article-like words for one (sv ``en``/``ett``, nl ``een``, de ``ein``/``eine``..., fr ``un``/``une``) count
    as 1 (``ett års erfarenhet`` -> 1 year). ``value`` is as written; :attr:`Duration.days` approximates
    calendar days.

Counts (:func:`find_counts`)
    Every integer written in digits (including grouped ``2 000``) and every number word, except the
    article-like words for one listed above. Decimals (``1,5``) and tokens glued to letters (``3rd``,
    ``250k``, ``ISO9001``) are skipped, and digits that belong to a date found by :func:`find_dates`
    (``2026-03-01``, ``1 mars 2026``) are not returned. Digits inside amounts and percents *are* returned.

Dates (:func:`find_dates`)
    A year is required: ISO ``2026-03-01``; numeric ``01/03/2026``, ``1.3.2026``, ``01-03-2026``, read day
    first in every language (month first only when day first is impossible, ``12/25/2026``); textual
    ``1 mars 2026``, ``1er mars 2026``, ``1st of March 2026``, ``1. März 2026``, ``March 1, 2026`` with month
    names and abbreviations of all five languages accepted whatever ``lang`` is. A leading ``den`` or weekday
    is not part of the span. Invalid dates (31 February) are skipped.

Limitations
    In running text a space groups digits whenever exactly three digits follow, so ``"artikel 12 100 kr"``
    reads 12100. Number words that are also ordinary words are counted (fr ``neuf`` "new", nl ``acht`` in
    ``in acht nemen``). Only a number directly before its unit is a duration (``tre senaste åren`` is not).
    Ranges give their last figure only (``30-60 dagar`` -> 60 days). Dates need day, month and year.

All ``find_*`` functions return results in text order, non-overlapping, with ``text[r.start:r.end] == r.text``,
and never raise (any unexpected internal error yields an empty result).
"""

from __future__ import annotations

import bisect
import datetime
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = [
    "Amount",
    "Count",
    "DateFound",
    "Duration",
    "Percent",
    "days_between",
    "find_amounts",
    "find_counts",
    "find_dates",
    "find_durations",
    "find_percents",
    "number_word",
    "parse_amount",
    "parse_number",
]


# --- result types ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    value: float  # in units of the currency: "1,5 miljoner kronor" -> 1500000.0
    currency: str | None  # ISO code; None when no currency is written
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Percent:
    value: float
    start: int
    end: int
    text: str


_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}


@dataclass(frozen=True)
class Duration:
    value: float  # as written: "sex veckor" -> 6.0
    unit: str  # "day" | "week" | "month" | "year"
    working: bool  # working/business days
    start: int
    end: int
    text: str

    @property
    def days(self) -> float:
        """Calendar-day approximation: day 1, week 7, month 30, year 365; working days count 7/5."""
        days = self.value * _UNIT_DAYS.get(self.unit, 1.0)
        return days * 7.0 / 5.0 if self.working else days


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DateFound:
    date: datetime.date
    start: int
    end: int
    text: str


# --- languages -----------------------------------------------------------------------------------------------

LANGS = ("sv", "en", "nl", "de", "fr")
_FALLBACK = "*"
_LANG_ALIASES = {
    "swe": "sv", "swedish": "sv", "svenska": "sv", "se": "sv",
    "eng": "en", "english": "en",
    "nld": "nl", "dut": "nl", "dutch": "nl", "nederlands": "nl", "flemish": "nl", "vlaams": "nl",
    "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
    "fra": "fr", "fre": "fr", "french": "fr", "francais": "fr", "français": "fr",
}  # fmt: skip


def _norm_lang(lang: object) -> str:
    if not isinstance(lang, str):
        return _FALLBACK
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if code in LANGS:
        return code
    return _LANG_ALIASES.get(code, _FALLBACK)


# --- regex helpers -------------------------------------------------------------------------------------------

_SP = "[ \\u00a0\\u2009\\u202f]"  # horizontal spaces used between figures and units
_WS = "[\\s\\u00a0\\u2009\\u202f]"
_FLEX = "[\\s\\u00a0\\u2009\\u202f\\-]+"  # a space or hyphen inside a multi-word term
# Digit token: space/apostrophe grouped ("1 500 000,00", "1'500'000") or dot/comma separated ("1.500.000,00").
_NUM_REST = (
    "[0-9]{0,2}(?:[ \\u00a0\\u2009\\u202f'\\u2019][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?"
    "|[0-9]*(?:[.,'\\u2019][0-9]+)*"
)
_NUM = "[0-9](?:" + _NUM_REST + ")"
_MAX_NUMBER_CHARS = 40

_Trie = dict[str, "_Trie"]


def _norm_word(word: str) -> str:
    """Lower-case, NFC, and hyphens/spaces collapsed to single hyphens (the key form of word tables)."""
    word = unicodedata.normalize("NFC", word).strip().lower()
    return re.sub("[\\s\\u00a0\\u2009\\u202f\\-]+", "-", word)


def _trie_regex(words: Iterable[str]) -> str:
    """A compact alternation for the (normalised) words; '-' in a word matches spaces or hyphens."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [(_FLEX if ch == "-" else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    pattern = emit(root)
    return pattern if pattern else "(?!x)x"


# --- number words --------------------------------------------------------------------------------------------


def _add(table: dict[str, int], value: int, *forms: str) -> None:
    for form in forms:
        table[_norm_word(form)] = value


def _en_words() -> dict[str, int]:
    t: dict[str, int] = {}
    units = "zero one two three four five six seven eight nine".split()
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    for i, w in enumerate(units + teens):
        _add(t, i, w)
    for i, w in enumerate(tens, start=2):
        _add(t, i * 10, w)
        for u in range(1, 10):
            _add(t, i * 10 + u, f"{w}-{units[u]}")
    _add(t, 100, "hundred", "one-hundred")
    for u in range(2, 10):
        _add(t, u * 100, f"{units[u]}-hundred")
    return t


def _sv_words() -> dict[str, int]:
    t: dict[str, int] = {}
    units = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
    teens = "tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split()
    tens = "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio".split()
    for i, w in enumerate(units + teens):
        _add(t, i, w)
    _add(t, 1, "en")
    _add(t, 18, "aderton")
    for i, w in enumerate(tens, start=2):
        _add(t, i * 10, w)
        _add(t, i * 10 + 1, w + "en")
        for u in range(1, 10):
            _add(t, i * 10 + u, w + units[u])
    _add(t, 100, "hundra", "etthundra", "ett-hundra")
    for u in range(2, 10):
        _add(t, u * 100, units[u] + "hundra", f"{units[u]}-hundra")
    return t


def _nl_words() -> dict[str, int]:
    t: dict[str, int] = {}
    units = "nul een twee drie vier vijf zes zeven acht negen".split()
    teens = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
    tens = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
    for i, w in enumerate(units + teens):
        _add(t, i, w)
    _add(t, 1, "één")
    for i, w in enumerate(tens, start=2):
        _add(t, i * 10, w)
        for u in range(1, 10):
            unit = units[u]
            _add(t, i * 10 + u, f"{unit}en{w}")
            if unit.endswith("e"):
                _add(t, i * 10 + u, f"{unit}ën{w}")
    _add(t, 100, "honderd", "eenhonderd")
    for u in range(2, 10):
        _add(t, u * 100, units[u] + "honderd")
    return t


def _de_words() -> dict[str, int]:
    t: dict[str, int] = {}
    units = "null eins zwei drei vier fünf sechs sieben acht neun".split()
    teens = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
    tens = "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
    for i, w in enumerate(units + teens):
        _add(t, i, w)
    _add(t, 1, "ein", "eine", "einen", "einem", "einer", "eines")
    _add(t, 2, "zwo")
    stems = ["", "ein"] + units[2:]
    for i, w in enumerate(tens, start=2):
        _add(t, i * 10, w)
        for u in range(1, 10):
            _add(t, i * 10 + u, f"{stems[u]}und{w}")
    _add(t, 100, "hundert", "einhundert")
    for u in range(2, 10):
        _add(t, u * 100, units[u] + "hundert")
    for key, value in list(t.items()):  # ASCII spellings: dreissig, fuenf, zwoelf
        _add(t, value, key.replace("ß", "ss"), key.replace("ß", "ss").replace("ü", "ue").replace("ö", "oe"))
    return t


def _fr_words() -> dict[str, int]:
    t: dict[str, int] = {}
    units = "zéro un deux trois quatre cinq six sept huit neuf".split()
    teens = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
    for i, w in enumerate(units + teens):
        _add(t, i, w)
    _add(t, 0, "zero")
    _add(t, 1, "une")

    def regular(base: int, word: str) -> None:  # 20..60 and the Belgian/Swiss 70, 80, 90
        _add(t, base, word)
        _add(t, base + 1, f"{word}-et-un", f"{word}-et-une")
        for u in range(2, 10):
            _add(t, base + u, f"{word}-{units[u]}")

    for base, word in [(20, "vingt"), (30, "trente"), (40, "quarante"), (50, "cinquante"), (60, "soixante")]:
        regular(base, word)
    for base, word in [(70, "septante"), (80, "huitante"), (80, "octante"), (90, "nonante")]:
        regular(base, word)
    _add(t, 70, "soixante-dix")
    _add(t, 71, "soixante-et-onze")
    _add(t, 80, "quatre-vingts", "quatre-vingt")
    _add(t, 90, "quatre-vingt-dix")
    for i, w in enumerate(teens):
        if i >= 2:
            _add(t, 70 + i, f"soixante-{w}")
        if i >= 1:
            _add(t, 90 + i, f"quatre-vingt-{w}")
    for u in range(1, 10):
        _add(t, 80 + u, f"quatre-vingt-{units[u]}")
    _add(t, 100, "cent")
    for u in range(2, 10):
        _add(t, u * 100, f"{units[u]}-cents", f"{units[u]}-cent")
    return t


_WORDS: dict[str, dict[str, int]] = {"en": _en_words(), "sv": _sv_words(), "nl": _nl_words(), "de": _de_words()}
_WORDS["fr"] = _fr_words()
_WORDS[_FALLBACK] = {k: v for lang in LANGS for k, v in _WORDS[lang].items()}

# Words for one that double as indefinite articles: never counts, but "ett år" is a duration of 1 year.
_ARTICLES: dict[str, set[str]] = {
    "sv": {"en", "ett"},
    "en": set(),
    "nl": {"een"},
    "de": {"ein", "eine", "einen", "einem", "einer", "eines"},
    "fr": {"un", "une"},
}
_ARTICLES[_FALLBACK] = set[str]().union(*_ARTICLES.values())
_ZERO_WORDS = {"zero", "zéro", "noll", "nul", "null"}


def _word_re(words: Iterable[str]) -> str:
    return "(?<!\\w)(?:" + _trie_regex(words) + ")(?!\\w)"


_ALL_NUMBER_WORDS_RE = {lang: _word_re(t.keys() - _ZERO_WORDS) for lang, t in _WORDS.items()}
_COUNT_WORDS_RE = {
    lang: re.compile(_word_re(t.keys() - _ZERO_WORDS - _ARTICLES[lang]), re.IGNORECASE) for lang, t in _WORDS.items()
}


def number_word(word: str, lang: str) -> int | None:
    """The value of one number word (``"tre"``, ``"three"``, ``"drie"``, ``"drei"``, ``"trois"`` -> 3).

    Covers 0-99 including compounds (``twenty-one``, ``tjugoett``, ``eenentwintig``, ``einundzwanzig``,
    ``vingt et un``, ``quatre-vingt-dix``, ``septante``), ``hundred`` and whole hundreds. Articles that mean
    one (``ett``, ``een``, ``ein``, ``un``) return 1. Case-insensitive; None when not a number word.
    """
    try:
        if not isinstance(word, str):
            return None
        return _WORDS[_norm_lang(lang)].get(_norm_word(word))
    except Exception:  # pragma: no cover - defensive: never raise
        return None


# --- numbers -------------------------------------------------------------------------------------------------

_NUMBER_SHAPE_RE = re.compile("[0-9](?:[0-9.,'\\u2019 \\u00a0\\u2009\\u202f]*[0-9])?")
_TRAILING_DASH_RE = re.compile("[:,.]-{1,2}$")
_THOUSANDS_EXTRA = " \u00a0\u2009\u202f'\u2019"


def _parse_decimal(s: str, lang: str) -> Decimal | None:
    """Parse digits-with-separators (the whole string); lang must already be normalised."""
    if s.isascii() and s.isdigit() and len(s) <= _MAX_NUMBER_CHARS:
        return Decimal(s)  # fast path: plain digits
    s = _TRAILING_DASH_RE.sub("", s.strip())
    if len(s) > _MAX_NUMBER_CHARS or not _NUMBER_SHAPE_RE.fullmatch(s):
        return None
    dots, commas = s.count("."), s.count(",")
    decimal_sep: str | None = None
    thousands_sep = ""
    if dots and commas:
        decimal_sep = "." if s.rfind(".") > s.rfind(",") else ","
        thousands_sep = "," if decimal_sep == "." else "."
        if s.count(decimal_sep) != 1:
            return None
    elif dots or commas:
        sep = "." if dots else ","
        if (dots or commas) > 1:
            thousands_sep = sep
        else:
            head, tail = s.split(sep)
            group_ok = re.fullmatch("[1-9][0-9]{0,2}(?:[ \u00a0\u2009\u202f'\u2019][0-9]{3})*", head) is not None
            ambiguous = len(tail) == 3 and group_ok
            if ambiguous and (lang == _FALLBACK or (lang == "en") == (sep == ",")):
                thousands_sep = sep
            else:
                decimal_sep = sep
    if decimal_sep is not None:
        int_part, frac = s.split(decimal_sep)
    else:
        int_part, frac = s, ""
    separators = thousands_sep + _THOUSANDS_EXTRA
    if any(c in separators for c in int_part):
        if re.fullmatch(f"[0-9]{{1,3}}(?:[{re.escape(separators)}][0-9]{{3}})*", int_part) is None:
            return None
        int_part = "".join(c for c in int_part if c.isdigit())
    if not int_part.isdigit() or (frac and not frac.isdigit()):
        return None
    try:
        return Decimal(int_part + ("." + frac if frac else ""))
    except InvalidOperation:  # pragma: no cover - shape already checked
        return None


def parse_number(s: str, lang: str) -> float | None:
    """The value of ``s`` if the whole (stripped) string is one number, else None.

    Digits follow the separator conventions in the module docstring; an optional leading ``+``/``-``/``−``
    is accepted; a single number word is accepted too (``"tre"`` -> 3.0).
    """
    try:
        if not isinstance(s, str):
            return None
        text = s.strip()
        sign = 1
        if text[:1] in ("-", "+", "\u2212"):
            sign = -1 if text[0] != "+" else 1
            text = text[1:].lstrip()
        code = _norm_lang(lang)
        value = _parse_decimal(text, code)
        if value is not None:
            return sign * float(value)
        word_value = _WORDS[code].get(_norm_word(text)) if text else None
        return None if word_value is None else float(sign * word_value)
    except Exception:  # pragma: no cover - defensive: never raise
        return None


# --- amounts -------------------------------------------------------------------------------------------------

_ISO_CODES = ("SEK", "EUR", "GBP", "DKK", "NOK", "USD", "CHF")
_CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "kr": "SEK", "sek": "SEK", "eur": "EUR", "dkk": "DKK",
                     "nok": "NOK", "gbp": "GBP", "usd": "USD", "chf": "CHF"}  # fmt: skip

# Multiplier words. "billion" depends on the language and is handled in _multiplier().
_MULTIPLIERS = {
    "k": 1_000, "thousand": 1_000, "thousands": 1_000, "tusen": 1_000, "duizend": 1_000, "tausend": 1_000,
    "mille": 1_000, "tsd": 1_000,
    "hundred": 100, "hundra": 100, "honderd": 100, "hundert": 100, "cent": 100, "cents": 100,
    "m": 10**6, "mn": 10**6, "mln": 10**6, "mio": 10**6, "mill": 10**6, "million": 10**6, "millions": 10**6,
    "millionen": 10**6, "miljon": 10**6, "miljoner": 10**6, "miljoen": 10**6, "miljoenen": 10**6,
    "bn": 10**9, "md": 10**9, "mds": 10**9, "mrd": 10**9, "mld": 10**9, "milliard": 10**9, "milliards": 10**9,
    "milliarde": 10**9, "milliarden": 10**9, "miljard": 10**9, "miljarder": 10**9, "miljarden": 10**9,
    "biljon": 10**12, "biljoner": 10**12, "biljoen": 10**12, "biljoenen": 10**12, "billionen": 10**12,
}  # fmt: skip
_SHORT_MULTIPLIERS = {"k", "m", "mn", "bn", "md", "mds"}  # only right after digits ("250k", "1.5m")
_HUNDREDS = {"hundred", "hundra", "honderd", "hundert", "cent", "cents"}  # only after number words
_MULT_RE = re.compile(
    _WS + "*(?P<mult>(?:" + "|".join(sorted(_MULTIPLIERS.keys() | {"billion", "billions"}, key=len, reverse=True))
    + ")(?:(?<=[dlno])\\.)?)(?:(?<=\\.)|(?!\\w))",
    re.IGNORECASE,
)
# Fused multiplier + currency: tkr, mkr, mnkr, mdkr, MSEK, KSEK, TEUR, kEUR, MEUR, k€, M€, Md€ ...
_FUSED = {
    pre + cur: (mult, iso)
    for pre, mult in {"k": 1_000, "t": 1_000, "m": 10**6, "mn": 10**6, "md": 10**9, "mdr": 10**9, "mrd": 10**9}.items()
    for cur, iso in _CURRENCY_SYMBOLS.items()
}
_FUSED_RE = re.compile(
    _WS + "*(?P<fused>" + "|".join(re.escape(k) for k in sorted(_FUSED, key=len, reverse=True)) + ")(?!\\w)",
    re.IGNORECASE,
)
_SUFFIX_CURRENCY_RE = re.compile(
    _WS + "*(?:[dD]['\\u2019]" + _WS + "*)?(?:"
    "(?P<NOK>(?i:norske" + _FLEX + "kroner)(?!\\w)|NOK(?!\\w))"
    "|(?P<DKK>(?i:(?:danske" + _FLEX + ")?kroner)(?!\\w)|DKK(?!\\w))"
    "|(?P<SEK>(?i:(?:svenska" + _FLEX + ")?(?:kronorna|kronor|kronan|krona))(?!\\w)|(?i:kr)(?!\\w)"
    "|SEK(?!\\w))"
    "|(?P<EUR>(?i:euros?|euro's)(?!\\w)|(?:EUR|Eur|eur)(?!\\w)|€)"
    "|(?P<GBP>(?i:pounds?(?:" + _FLEX + "sterling)?|sterling)(?!\\w)|GBP(?!\\w)|£)"
    "|(?P<USD>(?i:(?:us" + _FLEX + ")?dollars?)(?!\\w)|USD(?!\\w)|US\\$|\\$)"
    "|(?P<CHF>(?i:(?:schweizer" + _FLEX + ")?franken|francs?" + _FLEX + "suisses)(?!\\w)|CHF(?!\\w))"
    ")"
)
# Currencies written before a number: (text, ISO code, must not follow a letter or digit). Longest first.
_PREFIXES = (
    ("US$", "USD", False), ("$", "USD", False), ("€", "EUR", False), ("£", "GBP", False),
    ("EUR", "EUR", True), ("Eur", "EUR", True), ("SEK", "SEK", True), ("GBP", "GBP", True), ("DKK", "DKK", True),
    ("NOK", "NOK", True), ("USD", "USD", True), ("CHF", "CHF", True),
    ("kr.", "SEK", True), ("Kr.", "SEK", True), ("kr", "SEK", True), ("Kr", "SEK", True),
)  # fmt: skip
_PREFIX_LAST_CHARS = frozenset(p[0][-1] for p in _PREFIXES)
_SPACES = " \u00a0\u2009\u202f"
# Currencies that are written before numbers too; only these may be claimed by the following number.
_MOVABLE_CURRENCIES = {"€", "£", "$", "US$", *_ISO_CODES, "Eur", "eur"}
# Cheap pre-check: text without any of these (lower-cased) cannot hold an amount with a currency.
_CUE_CONTINUATIONS = {"kr": ("on",), "eur": ("o",), "pound": ("s",), "dollar": ("s",), "franc": ("s",)}
_CURRENCY_CUES = ("€", "£", "$", "kr", "sek", "eur", "gbp", "dkk", "nok", "usd", "chf", "pound", "sterling",
                  "dollar", "franken", "franc", ":-")  # fmt: skip
_TAIL_FIRST_CHARS = frozenset(
    "".join(k[0] for k in _FUSED) + "".join(k[0] for k in _MULTIPLIERS) + "b" + "ndskeugpf£€$:,." + "'\u2019"
)
_PREFIX_REACH = 12  # how far before a number a currency may start ("EUR  1")
_SUFFIX_REACH = 48  # how far after a number a currency may start ("1,5 miljoner svenska kronor")
_DASH_RE = re.compile("[:,.]-{1,2}(?![0-9\\-])")
_NUM_TOKEN_RE = re.compile("[0-9](?<![0-9.,][0-9])(?:" + _NUM_REST + ")")
_DIGIT_AHEAD_RE = re.compile(_SP + "*(?=[0-9])")
_AMOUNT_WORDS_RE = {lang: re.compile(p, re.IGNORECASE) for lang, p in _ALL_NUMBER_WORDS_RE.items()}


def _multiplier(word: str, lang: str) -> int | None:
    key = word.lower().rstrip(".")
    if key in ("billion", "billions"):
        return 10**9 if lang in ("en", _FALLBACK) else 10**12
    return _MULTIPLIERS.get(key)


@dataclass
class _Tail:
    """What follows a number: multiplier and/or currency, and where it ends."""

    end: int
    mult: int = 1
    has_mult: bool = False
    currency: str | None = None
    currency_start: int = -1
    currency_text: str = ""
    glued: bool = False  # currency written directly against the number/multiplier


def _tail(text: str, pos: int, lang: str, after_word: bool) -> _Tail:
    tail = _Tail(end=pos)
    j = pos
    while j < len(text) and text[j] in _SPACES:
        j += 1
    if j >= len(text) or text[j].lower() not in _TAIL_FIRST_CHARS:
        return tail  # nothing after the number can be a multiplier or currency
    if text[j] in ":,." and not text.startswith("-", j + 1):
        return tail
    dash = _DASH_RE.match(text, pos)
    if dash:
        pos = dash.end()
        if dash.group().startswith(":"):
            tail.currency, tail.end = "SEK", pos
    fused = _FUSED_RE.match(text, pos)
    if fused:
        tail.mult, tail.currency = _FUSED[fused.group("fused").lower()]
        tail.has_mult, tail.end = True, fused.end()
        tail.currency_start, tail.currency_text = fused.start("fused"), fused.group("fused")
        return tail
    mult = _MULT_RE.match(text, pos)
    if mult:
        word = mult.group("mult").lower().rstrip(".")
        value = _multiplier(word, lang)
        allowed = (word not in _SHORT_MULTIPLIERS) if after_word else (word not in _HUNDREDS)
        if value is not None and allowed:
            tail.mult, tail.has_mult, tail.end = value, True, mult.end()
            pos = mult.end()
    cur = _SUFFIX_CURRENCY_RE.match(text, pos)
    if cur and cur.lastgroup:
        tail.currency, tail.end = cur.lastgroup, cur.end()
        tail.currency_start, tail.currency_text = cur.start(cur.lastgroup), cur.group(cur.lastgroup)
        tail.glued = tail.currency_start == pos
    return tail


def _prefix_currency(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The currency written right before ``start`` (spaces allowed, not before ``lo``): (ISO code, its start)."""
    j = start
    while j > lo and text[j - 1] in _SPACES:
        j -= 1
    if j <= lo or text[j - 1] not in _PREFIX_LAST_CHARS:
        return None
    for sym, iso, bounded in _PREFIXES:
        k = j - len(sym)
        if k >= lo and text.startswith(sym, k):
            if bounded and k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
                continue
            return iso, k
    return None


def _cue_positions(text: str) -> list[int] | None:
    """Sorted offsets of currency cues in ``text``; None when positions are unreliable (case mapping
    changed the length), in which case every number is examined."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    positions: list[int] = []
    for cue in _CURRENCY_CUES:
        i = lowered.find(cue)
        while i >= 0:
            after = lowered[i + len(cue) : i + len(cue) + 2]
            # letter cues must end a word ("kr", "MSEK"), except the longer currency words (kronor, euro)
            if not (cue.isalpha() and after[:1].isalpha()) or after.startswith(_CUE_CONTINUATIONS.get(cue, ())):
                positions.append(i)
            i = lowered.find(cue, i + 1)
    positions.sort()
    return positions


def _scan_amounts(text: str, lang: str, require_currency: bool) -> list[Amount]:
    cues = _cue_positions(text) if require_currency else None
    if cues is not None and not cues:
        return []

    def near_cue(start: int, end: int) -> bool:
        # a currency is written at most a few characters before the number, or after it past a multiplier
        if cues is None:
            return True
        i = bisect.bisect_left(cues, start - _PREFIX_REACH)
        return i < len(cues) and cues[i] <= end + _SUFFIX_REACH

    code = _norm_lang(lang)
    tokens: list[tuple[int, int, Decimal, bool]] = []
    for m in _NUM_TOKEN_RE.finditer(text):
        if near_cue(m.start(), m.end()):
            value = _parse_decimal(m.group(), code)
            if value is not None:
                tokens.append((m.start(), m.end(), value, False))
    for m in _AMOUNT_WORDS_RE[code].finditer(text):
        if near_cue(m.start(), m.end()):
            word_value = _WORDS[code].get(_norm_word(m.group()))
            if word_value is not None:
                tokens.append((m.start(), m.end(), Decimal(word_value), True))
    tokens.sort(key=lambda t: t[0])
    found: list[Amount] = []
    last_end = 0
    for start, end, value, is_word in tokens:
        if start < last_end:
            continue
        tail = _tail(text, end, code, is_word)
        if tail.currency is not None and tail.currency_text in _MOVABLE_CURRENCIES:
            ahead = _DIGIT_AHEAD_RE.match(text, tail.end)
            if ahead and not (tail.glued and ahead.end() > tail.end):
                nxt = _NUM_TOKEN_RE.match(text, ahead.end())
                if nxt is None or _tail(text, nxt.end(), code, False).currency is None:
                    # the symbol/code introduces the next number ("2026 €500", "2026 EUR 500")
                    tail.currency = None
                    tail.end = tail.currency_start
                    while tail.end > end and text[tail.end - 1] in " \u00a0\u2009\u202f\t\n\r":
                        tail.end -= 1
        currency = tail.currency
        span_start, span_end = start, tail.end
        prefix = _prefix_currency(text, max(last_end, start - _PREFIX_REACH), start)
        if prefix is not None:
            currency, span_start = prefix
        elif start > 0 and text[start - 1].isalpha():
            continue  # "ISO9001", "CO2"
        if currency is None and require_currency:
            continue
        if is_word and currency is None and not tail.has_mult:
            continue
        if currency is None and not tail.has_mult:
            span_end = end
        amount = float(value * tail.mult)
        found.append(Amount(amount, currency, span_start, span_end, text[span_start:span_end]))
        last_end = span_end
    return found


def find_amounts(text: str, lang: str) -> list[Amount]:
    """Money amounts with a written currency (``1 500 000 kr``, ``€1.500.000,00``, ``EUR 1.5m``, ``500 tkr``)."""
    try:
        if not isinstance(text, str):
            return []
        return _scan_amounts(text, lang, require_currency=True)
    except Exception:  # pragma: no cover - defensive: never raise
        return []


def parse_amount(s: str, lang: str) -> Amount | None:
    """``s`` (stripped) as one amount, spans relative to ``s``; the currency may be absent (then None)."""
    try:
        if not isinstance(s, str):
            return None
        stripped = s.strip()
        if not stripped:
            return None
        offset = len(s) - len(s.lstrip())
        found = _scan_amounts(stripped, lang, require_currency=False)
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
            return None
        a = found[0]
        return Amount(a.value, a.currency, a.start + offset, a.end + offset, s[a.start + offset : a.end + offset])
    except Exception:  # pragma: no cover - defensive: never raise
        return None


# --- percentages ---------------------------------------------------------------------------------------------

_PERCENT_WORDS = ["procent", "viktprocent", "percent", "per cent", "pct", "prozent", "pour cent", "pourcent"]
_PERCENT_CUES = ("%", "\uff05", "procent", "cent", "pct", "prozent")  # cheap pre-check (lower-cased)
_PERCENT_RE = {
    lang: re.compile(
        "(?<![\\w.,])(?:(?P<num>" + _NUM + ")|(?P<word>" + _trie_regex(t.keys() - _ZERO_WORDS) + ")(?!\\w))"
        + _WS + "*(?:[%\\uff05]|(?:" + _trie_regex(_norm_word(w) for w in _PERCENT_WORDS) + ")(?!\\w))",
        re.IGNORECASE,
    )
    for lang, t in _WORDS.items()
}


def find_percents(text: str, lang: str) -> list[Percent]:
    """Percentages: ``10 %``, ``7,5 %``, ``10 procent``, ``tio procent``, ``10 per cent``, ``15 viktprocent``."""
    try:
        if not isinstance(text, str):
            return []
        lowered = text.lower()
        if not any(cue in lowered for cue in _PERCENT_CUES):
            return []
        code = _norm_lang(lang)
        out: list[Percent] = []
        for m in _PERCENT_RE[code].finditer(text):
            value = _value_of(m.group("num"), m.group("word"), code)
            if value is not None:
                out.append(Percent(value, m.start(), m.end(), m.group()))
        return out
    except Exception:  # pragma: no cover - defensive: never raise
        return []


def _value_of(num: str | None, word: str | None, code: str) -> float | None:
    if num is not None:
        d = _parse_decimal(num, code)
        return None if d is None else float(d)
    if word is not None:
        w = _WORDS[code].get(_norm_word(word))
        return None if w is None else float(w)
    return None


# --- durations -----------------------------------------------------------------------------------------------


def _forms(table: dict[str, tuple[str, bool]], stems: Iterable[str], endings: Iterable[str], unit: str,
           working: bool) -> None:  # fmt: skip
    ends = list(endings)
    for stem in stems:
        for ending in ends:
            table[_norm_word(stem + ending)] = (unit, working)


def _unit_tables() -> dict[str, dict[str, tuple[str, bool]]]:
    sv: dict[str, tuple[str, bool]] = {}
    _forms(sv, ["dag", "kalenderdag"], ["", "ar", "arna", "ars", "en"], "day", False)
    _forms(sv, ["dygn"], ["", "et", "s"], "day", False)
    _forms(sv, ["arbetsdag", "bankdag", "vardag", "arbets-dag"], ["", "ar", "arna", "ars", "en"], "day", True)
    _forms(sv, ["veck"], ["a", "or", "orna", "ors", "an", "as"], "week", False)
    _forms(sv, ["månad", "kalendermånad"], ["", "er", "erna", "ers", "en", "s"], "month", False)
    _forms(sv, ["år", "kalenderår"], ["", "en", "s", "et", "ens"], "year", False)
    en: dict[str, tuple[str, bool]] = {}
    _forms(en, ["day", "calendar day", "clear day"], ["", "s"], "day", False)
    _forms(en, ["working day", "business day", "work day", "workday", "weekday"], ["", "s"], "day", True)
    _forms(en, ["week", "calendar week"], ["", "s"], "week", False)
    _forms(en, ["month", "calendar month"], ["", "s"], "month", False)
    _forms(en, ["year", "calendar year"], ["", "s"], "year", False)
    nl: dict[str, tuple[str, bool]] = {}
    _forms(nl, ["dag", "kalenderdag"], ["", "en"], "day", False)
    _forms(nl, ["werkdag", "arbeidsdag"], ["", "en"], "day", True)
    _forms(nl, ["week", "weken", "kalenderweek", "kalenderweken"], [""], "week", False)
    _forms(nl, ["maand", "kalendermaand"], ["", "en"], "month", False)
    _forms(nl, ["jaar", "jaren", "kalenderjaar", "kalenderjaren"], [""], "year", False)
    de: dict[str, tuple[str, bool]] = {}
    _forms(de, ["tag", "kalendertag"], ["", "e", "en", "es"], "day", False)
    _forms(de, ["werktag", "arbeitstag", "geschäftstag", "bankarbeitstag"], ["", "e", "en", "es"], "day", True)
    _forms(de, ["woche"], ["", "n"], "week", False)
    _forms(de, ["monat", "kalendermonat"], ["", "e", "en", "s", "es"], "month", False)
    _forms(de, ["jahr", "kalenderjahr"], ["", "e", "en", "es", "s"], "year", False)
    fr: dict[str, tuple[str, bool]] = {}
    _forms(fr, ["jour", "jours"], ["", " calendaires", " calendaire", " francs", " franc", " de calendrier"], "day",
           False)  # fmt: skip
    _forms(fr, ["jour", "jours"], [" ouvrés", " ouvré", " ouvrables", " ouvrable", " ouvres", " ouvre"], "day", True)
    _forms(fr, ["semaine"], ["", "s"], "week", False)
    _forms(fr, ["mois"], [""], "month", False)
    _forms(fr, ["an", "année"], ["", "s"], "year", False)
    tables = {"sv": sv, "en": en, "nl": nl, "de": de, "fr": fr}
    tables[_FALLBACK] = {k: v for lang in LANGS for k, v in tables[lang].items()}
    return tables


_UNITS = _unit_tables()
# Cheap pre-check: every unit form contains one of its language's cues (tested).
_UNIT_CUES = {
    "sv": ("dag", "dygn", "veck", "månad", "år"),
    "en": ("day", "week", "month", "year"),
    "nl": ("dag", "week", "weken", "maand", "jaar", "jaren"),
    "de": ("tag", "woche", "monat", "jahr"),
    "fr": ("jour", "semaine", "mois", "an"),
}
_UNIT_CUES[_FALLBACK] = tuple(sorted({cue for cues in _UNIT_CUES.values() for cue in cues}))
_DURATION_RE = {
    lang: re.compile(
        "(?<![\\w.,])(?:(?P<num>" + _NUM + ")|(?P<word>" + _trie_regex(_WORDS[lang].keys() - _ZERO_WORDS) + ")(?!\\w))"
        "(?:" + _WS + "*\\(" + _WS + "*(?:" + _NUM + "|" + _trie_regex(_WORDS[lang].keys()) + ")" + _WS + "*\\))?"
        + _WS + "*(?:-" + _WS + "*)?(?P<unit>" + _trie_regex(units) + ")(?!\\w)",
        re.IGNORECASE,
    )
    for lang, units in _UNITS.items()
}


def find_durations(text: str, lang: str) -> list[Duration]:
    """Durations: ``30 dagar``, ``10 arbetsdagar``, ``30 werkdagen``, ``six weeks``, ``thirty (30) days``, ``3-year``."""
    try:
        if not isinstance(text, str):
            return []
        code = _norm_lang(lang)
        lowered = text.lower()
        if not any(cue in lowered for cue in _UNIT_CUES[code]):
            return []
        out: list[Duration] = []
        for m in _DURATION_RE[code].finditer(text):
            value = _value_of(m.group("num"), m.group("word"), code)
            unit = _UNITS[code].get(_norm_word(m.group("unit")))
            if value is not None and unit is not None:
                out.append(Duration(value, unit[0], unit[1], m.start(), m.end(), m.group()))
        return out
    except Exception:  # pragma: no cover - defensive: never raise
        return []


# --- dates ---------------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _month, _names in enumerate(
    [
        "january januari janvier januar jänner janv jan",
        "february februari février fevrier februar févr fevr fév fev feb",
        "march mars maart märz maerz mrz mär mrt mar",
        "april avril avr apr",
        "may maj mei mai",
        "june juni juin jun",
        "july juli juillet juil jul",
        "august augusti augustus août aout aug",
        "september septembre sept sep",
        "october oktober octobre okt oct",
        "november novembre nov",
        "december décembre decembre dezember déc dez dec",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _month

_MONTH = "(?<!\\w)(?P<month>" + _trie_regex(_MONTHS) + ")(?!\\w)\\.?"
_DAY_SUFFIX = "(?:\\.|:[ae]|er|re|e|st|nd|rd|th|ste|de)?"
_YEAR_GATE_RE = re.compile("[0-9]{4}")  # every date needs a four-digit year
_YEAR = "(?P<year>[0-9]{4})(?![0-9])"
_DATE_RES = [
    re.compile(  # 1 mars 2026, 1er mars 2026, 1. März 2026, 1st of March, 2026
        "(?P<day>[0-9](?<![\\w.,][0-9])[0-9]?)" + _DAY_SUFFIX + _WS + "*(?:(?:of|de|van)" + _WS + "+)?"
        + _MONTH + ",?" + _WS + "*" + _YEAR,
        re.IGNORECASE,
    ),
    re.compile(  # March 1, 2026
        _MONTH + _WS + "*(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9\\w]),?" + _WS + "+" + _YEAR, re.IGNORECASE
    ),
    re.compile(  # 2026-03-01, 2026/03/01
        "(?P<year>[0-9](?<![\\w.,/\\-][0-9])[0-9]{3})(?P<sep>[-/.])(?P<mnum>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})"
        "(?!\\w|[.,/\\-][0-9])"
    ),
    re.compile(  # 01/03/2026, 1.3.2026, 01-03-2026 (day first)
        "(?P<day>[0-9](?<![\\w.,/\\-][0-9])[0-9]?)(?P<sep>[-/.])(?P<mnum>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})"
        "(?!\\w|[.,/\\-][0-9])"
    ),
]


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, lang: str) -> list[DateFound]:
    """Dates with a year (``2026-03-01``, ``1 mars 2026``, ``March 1, 2026``, ``01.03.2026``); invalid ones skipped.

    ``lang`` is accepted for symmetry: month names of all five languages are always recognised and numeric
    dates are read day first.
    """
    try:
        if not isinstance(text, str):
            return []
        if not _YEAR_GATE_RE.search(text):
            return []
        candidates: list[tuple[int, int, datetime.date]] = []
        for rx in _DATE_RES:
            for m in rx.finditer(text):
                groups = m.groupdict()
                year, day = int(m.group("year")), int(m.group("day"))
                if groups.get("month") is not None:
                    month = _MONTHS.get(_norm_word(m.group("month")), 0)
                    date = _make_date(year, month, day)
                else:
                    month = int(m.group("mnum"))
                    date = _make_date(year, month, day)
                    if date is None and "mnum" in groups and rx is _DATE_RES[3]:
                        date = _make_date(year, day, month)  # 12/25/2026: month first as a last resort
                if date is not None:
                    candidates.append((m.start(), m.end(), date))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        out: list[DateFound] = []
        last_end = 0
        for start, end, date in candidates:
            if start >= last_end:
                out.append(DateFound(date, start, end, text[start:end]))
                last_end = end
        return out
    except Exception:  # pragma: no cover - defensive: never raise
        return []


def days_between(a: datetime.date, b: datetime.date) -> int:
    """``(b - a).days``: positive when ``b`` is later."""
    return (b - a).days


# --- counts --------------------------------------------------------------------------------------------------


def find_counts(text: str, lang: str) -> list[Count]:
    """Integers in digits (``2``, ``12``, ``2 000``) and number words (``tre``, ``twelve``, ``zwanzig``).

    Skips articles meaning one (sv ``en``/``ett``, nl ``een``, de ``ein``..., fr ``un``/``une``), zero
    words, decimals, tokens glued to letters (``3rd``, ``250k``) and digits inside dates found by
    :func:`find_dates`. Digits inside amounts and percents are returned; callers pick.
    """
    try:
        if not isinstance(text, str):
            return []
        code = _norm_lang(lang)
        date_spans = [(d.start, d.end) for d in find_dates(text, code)]
        out: list[Count] = []
        for m in _NUM_TOKEN_RE.finditer(text):
            start, end = m.span()
            if (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
                continue
            if any(s <= start and end <= e for s, e in date_spans):
                continue
            value = _parse_decimal(m.group(), code)
            if value is None or value != value.to_integral_value():
                continue
            out.append(Count(int(value), start, end, m.group()))
        for m in _COUNT_WORDS_RE[code].finditer(text):
            word_value = _WORDS[code].get(_norm_word(m.group()))
            if word_value is not None:
                out.append(Count(word_value, m.start(), m.end(), m.group()))
        out.sort(key=lambda c: c.start)
        return out
    except Exception:  # pragma: no cover - defensive: never raise
        return []

"""barrier.v1: hidden barriers for small and migrant-owned firms in a tender.

Barrier elements are *adverse*: ``present`` means the barrier is in the document. Each element names
a registered detector (``DETECTORS``) that reads the figures (amounts, percentages, days) from the
sentences its patterns propose, compares them with the thresholds in the element's ``params`` and
quotes its legal anchor. Where the text does not settle the question (no estimated value to compare
a turnover with, a procedure that is not named) the finding is ``weak`` and the reason says what is
missing.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from procheck import figures as fig
from procheck.library import CompiledElement
from procheck.match.base import Judgement, award_context, evidence, propose, quote, result, where
from procheck.match.criterion import Span, _distance, cue_spans
from procheck.match.features import DocContext
from procheck.records import ElementResult, Evidence, Sentence

Detector = Callable[["BarrierCheck", DocContext], ElementResult]
_FRACTIONS = {"quarter": 25.0, "third": 33.33, "half": 50.0, "two thirds": 66.67, "three quarters": 75.0}
_FRACTION = re.compile(r"\b(?:(?:a|one) (?:quarter|third)|half|two thirds|three quarters)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: a cue preceded by one of these is denied ("no prior information notice", "geen vooraankondiging")
_DENIED = re.compile(r"\b(?:no|not|without|never|ingen|inget|inga|ej|inte|utan|geen|niet|zonder|kein\w*|pas de|sans)\b[^.]{0,20}$",
                     re.IGNORECASE)
DETECTORS: dict[str, Detector] = {}


def detector(name: str) -> Callable[[Detector], Detector]:
    def wrap(fn: Detector) -> Detector:
        DETECTORS[name] = fn
        return fn
    return wrap


@dataclass(frozen=True)
class Finding:
    """One sentence's verdict inside a detector."""

    sentence: Sentence
    status: str  #: present | weak | clear (looked at, not a barrier)
    reason: str
    figures: dict[str, object]
    support: tuple[Sentence, ...] = ()


def _primary_first(ctx: DocContext, f: Finding) -> tuple[Evidence, ...]:
    """The finding's own sentence first, then what supports it (the stated value …); writers sort
    by position, but the score breakdown quotes the first."""
    return evidence(ctx, [f.sentence]) + tuple(e for e in evidence(ctx, list(f.support)) if e.start != f.sentence.start)


def _num(v: float) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 2)


def _money(a: fig.Amount) -> str:
    cur = f" {a.currency}" if a.currency else ""
    return f"{a.value:,.0f}{cur}".replace(",", " ")


def following(ctx: DocContext, s: Sentence, n: int = 2) -> list[Sentence]:
    """The next ``n`` sentences of the same section (or paragraph when unsectioned)."""
    out = []
    for t in ctx.seg.sentences[s.index + 1: s.index + 1 + n]:
        if t.section != s.section or (s.section is None and t.block != s.block):
            break
        out.append(t)
    return out


def contract_value(ctx: DocContext) -> tuple[fig.Amount, Sentence] | None:
    """The estimated value of the contract as the document states it (the largest amount named as a
    value: the total of a multi-year contract rather than its yearly part), or None. Computed once
    per document."""
    if "contract_value" not in ctx.memo:
        ctx.memo["contract_value"] = _contract_value(ctx)
    return ctx.memo["contract_value"]  # type: ignore[return-value]


def _contract_value(ctx: DocContext) -> tuple[fig.Amount, Sentence] | None:
    best: tuple[fig.Amount, Sentence] | None = None
    todo: set[int] = set()
    for lang in ctx.sentences_by_lang:
        rx = ctx.lex(lang).get("contract_value")
        if rx is not None:
            todo |= {i for i in ctx.prefilter_hits("contract_value", lang, rx) if ctx.seg.sentences[i].lang == lang}
    for s in (ctx.seg.sentences[i] for i in sorted(todo)):
        rx = ctx.lex(s.lang).get("contract_value")
        m = rx.search(s.text) if rx is not None else None
        if m is None:
            continue
        low = s.text.lower()
        if any(w in low for w in ("threshold", "tröskelvärde", "drempelwaarde", "schwellenwert", "seuil")):
            continue
        # the value follows its cue ("the estimated value is £X") or comes just before it ("£X,
        # the estimated value"); an amount earlier in the sentence is something else (a turnover)
        amounts = [a for a in fig.find_amounts(s.text, s.lang)
                   if a.start >= m.start() or 0 <= m.start() - a.end <= 15]
        for a in amounts:
            if best is None or a.value > best[0].value:
                best = (a, s)
    return best


def _justified(ctx: DocContext, el: CompiledElement, s: Sentence, n: int = 2) -> str | None:
    for t in [s, *following(ctx, s, n)]:
        rx = el.words("justified", t.lang) or ctx.lex(t.lang).get("justification")
        m = rx.search(t.text) if rx is not None else None
        if m:
            return m.group(0)
    return None


class BarrierCheck:
    kind = "barrier.v1"
    stage = 1

    def __init__(self, element: CompiledElement) -> None:
        self.el = element

    def run(self, ctx: DocContext, state: Judgement) -> ElementResult:
        name = self.el.spec.detector or ""
        fn = DETECTORS.get(name)
        if fn is None:  # the library schema test keeps this unreachable
            raise KeyError(f"unknown barrier detector {name!r}")
        return fn(self, ctx)

    # -- shared steps ----------------------------------------------------------------------
    def sentences(self, ctx: DocContext) -> list[Sentence]:
        """Proposed sentences that are not expressly negated. For a barrier, an ``exceptions`` match
        anywhere in the sentence rules it out ("or equivalent", "references from the last three
        years", a goal for SMEs is not a cap on subcontracting)."""
        out = []
        for s in propose(ctx, self.el):
            exc = self.el.exceptions.get(s.lang)
            if exc is not None and exc.search(s.text):
                continue
            if ctx.features(s).negated:
                continue
            out.append(s)
        return out

    def decide(self, ctx: DocContext, findings: list[Finding], none: str) -> ElementResult:
        """The worst finding decides; figures come from it. ``none`` is the reason when nothing counts."""
        anchor = f" ({self.el.spec.anchor})" if self.el.spec.anchor else ""
        for status in ("present", "weak"):
            hits = [f for f in findings if f.status == status]
            if hits:
                f = hits[0]
                label = "Barrier found" if status == "present" else "Possible barrier, check it"
                return result(self.el, status, f"{label}: {f.reason}{where(ctx, f.sentence)}{anchor}.",
                              _primary_first(ctx, f), 0.8 if status == "present" else 0.6,
                              figures=f.figures)
        clear = [f for f in findings if f.status == "clear"]
        if clear:
            f = clear[0]
            return result(self.el, "missing", f"No barrier: {f.reason}{where(ctx, f.sentence)}.",
                          _primary_first(ctx, f), 0.75, figures=f.figures)
        return result(self.el, "missing", none, (), 0.8)

    def param(self, key: str, default: float) -> float:
        v = self.el.spec.params.get(key, default)
        return float(v) if isinstance(v, (int, float)) else default


def _against_value(
    what: str, key: str, amount: fig.Amount, value: tuple[fig.Amount, Sentence] | None, s: Sentence, no_value: str,
) -> tuple[dict[str, object], fig.Amount] | Finding:
    """The figures of an amount and the stated contract value when the two can be compared, or the
    finding that says why they cannot (``no_value`` is its status when the document states no value)."""
    figs: dict[str, object] = {key: _num(amount.value)}
    if amount.currency:
        figs["currency"] = amount.currency
    if value is None:
        return Finding(s, no_value, f"{what} of {_money(amount)} is required, but the document states no "
                                   "estimated contract value to compare it with", figs)
    v, where_value = value
    figs["contract_value"] = _num(v.value)
    support = (where_value,) if where_value.index != s.index else ()
    if amount.currency and v.currency and amount.currency != v.currency:
        return Finding(s, "weak", f"{what} of {_money(amount)} and the value {_money(v)} are in different "
                                   "currencies; compare them by hand", figs, support)
    return figs, v


def _nearest_amount(el: CompiledElement, s: Sentence) -> fig.Amount | None:
    cues = cue_spans(el, s)
    amounts = fig.find_amounts(s.text, s.lang)
    scored = sorted((_distance(Span(a.start, a.end), cues), n, a) for n, a in enumerate(amounts))
    return scored[0][2] if scored and scored[0][0] <= 200 else None


def _multiple(el: CompiledElement, s: Sentence) -> float | None:
    """"twice the contract value", "3 gånger kontraktsvärdet", "tweemaal de opdrachtwaarde"."""
    rx = el.words("multiple", s.lang)
    m = rx.search(s.text) if rx is not None else None
    if m is None:
        return None
    word = (m.groupdict().get("n") or "").strip()
    if not word:
        return 2.0  # "twice", "dubbla", "tweemaal", "double"
    v = fig.parse_number(word, s.lang)
    if v is None:
        w = fig.number_word(word.lower(), s.lang)
        v = float(w) if w is not None else None
    return v


# --------------------------------------------------------------------------------------------
# Detectors
# --------------------------------------------------------------------------------------------


@detector("turnover_ratio")
def _turnover(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    limit = chk.param("max_ratio", 2.0)
    value = contract_value(ctx)
    findings: list[Finding] = []
    for s in chk.sentences(ctx):
        amount = _nearest_amount(chk.el, s)
        mult = _multiple(chk.el, s)
        reason_word = _justified(ctx, chk.el, s)
        support = (value[1],) if value and value[1].index != s.index else ()
        if mult is not None and amount is None:
            figs: dict[str, object] = {"ratio": _num(round(mult, 2))}
            if mult > limit:
                st = "weak" if reason_word else "present"
                why = (f"a turnover of {_num(mult)}× the contract value is required, above the {_num(limit)}× limit"
                       + (f"; a reason is given ({quote(reason_word)}), check it" if reason_word else ", with no reason given"))
                findings.append(Finding(s, st, why, figs))
            else:
                findings.append(Finding(s, "clear", f"the turnover asked ({_num(mult)}× the value) is within {_num(limit)}×", figs))
            continue
        if amount is None:
            continue
        compared = _against_value("a minimum turnover", "turnover", amount, value, s, "weak")
        if isinstance(compared, Finding):
            findings.append(compared)
            continue
        figs, v = compared
        ratio = amount.value / v.value if v.value else 0.0
        figs["ratio"] = round(ratio, 2)
        if ratio > limit:
            st = "weak" if reason_word else "present"
            why = (f"minimum turnover {_money(amount)} is {ratio:.2f}× the estimated value {_money(v)}, above the "
                   f"{_num(limit)}× limit" + (f"; a reason is given ({quote(reason_word)}), check it" if reason_word
                                             else ", and no reason is given"))
            findings.append(Finding(s, st, why, figs, support))
        else:
            findings.append(Finding(s, "clear", f"minimum turnover {_money(amount)} is {ratio:.2f}× the estimated "
                                    f"value {_money(v)}, within {_num(limit)}×", figs, support))
    return chk.decide(ctx, findings, "No minimum-turnover requirement was found.")


@detector("company_age")
def _company_age(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    findings: list[Finding] = []
    for s in chk.sentences(ctx):
        years = [d for d in fig.find_durations(s.text, s.lang) if d.unit == "year"]
        cues = cue_spans(chk.el, s)
        near = sorted((_distance(Span(d.start, d.end), cues), d.start, d) for d in years)
        figs: dict[str, object] = {"years": _num(near[0][2].value)} if near else {}
        f = ctx.features(s)
        if f.modality in ("soft", "effort") or _awarded(ctx, s):
            findings.append(Finding(s, "weak", "years in business are scored or preferred rather than required", figs))
        elif figs:
            findings.append(Finding(s, "present", f"tenderers must have been in business for at least {figs['years']} "
                                    "years; experience is normally proven by references instead", figs))
        else:
            findings.append(Finding(s, "weak", "a requirement on how long the firm has existed, without a number", figs))
    return chk.decide(ctx, findings, "No requirement on the age of the company or years in business was found.")


def _awarded(ctx: DocContext, s: Sentence) -> bool:
    award = ctx.lex(s.lang).get("award")
    return (award is not None and award.search(s.text) is not None) or award_context(ctx, s)


@detector("prior_contracts")
def _prior(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    findings: list[Finding] = []
    for s in chk.sentences(ctx):
        f = ctx.features(s)
        if _awarded(ctx, s) or f.modality in ("soft", "effort"):
            findings.append(Finding(s, "weak", "experience with this authority, this country or the public sector is "
                                    "scored or preferred; firms new to the market start behind", {}))
        else:
            findings.append(Finding(s, "present", "experience with this authority, this country or the public sector "
                                    "only is required", {}))
    return chk.decide(ctx, findings, "No requirement for earlier contracts with this authority, country or sector was found.")


@detector("no_lots")
def _no_lots(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    findings: list[Finding] = []
    for s in chk.sentences(ctx):
        why = _justified(ctx, chk.el, s)
        if why:
            findings.append(Finding(s, "clear", f"not divided into lots, with a reason ({quote(why)})", {}))
        else:
            findings.append(Finding(s, "present", "the contract is not divided into lots and no reason is given", {}))
    return chk.decide(ctx, findings, "No statement that the contract is left undivided was found.")


@detector("insurance")
def _insurance(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    max_ratio = chk.param("max_insurance_ratio", 1.0)
    max_tender = chk.param("max_tender_guarantee_percent", 5.0)
    max_perf = chk.param("max_performance_guarantee_percent", 10.0)
    value = contract_value(ctx)
    findings: list[Finding] = []
    for s in chk.sentences(ctx):
        tender_rx = chk.el.words("tender_guarantee", s.lang)
        perf_rx = chk.el.words("guarantee", s.lang)
        is_tender = bool(tender_rx and tender_rx.search(s.text))
        is_guarantee = is_tender or bool(perf_rx and perf_rx.search(s.text))
        limit = max_tender if is_tender else max_perf
        kind = "tender guarantee" if is_tender else ("performance guarantee" if is_guarantee else "insurance cover")
        percents = fig.find_percents(s.text, s.lang)
        support = (value[1],) if value and value[1].index != s.index else ()
        if is_guarantee and percents:
            p = max(x.value for x in percents)
            figs: dict[str, object] = {"guarantee_percent": _num(p)}
            if value is not None:
                figs["contract_value"] = _num(value[0].value)
            if p > limit:
                findings.append(Finding(s, "present", f"a {kind} of {_num(p)} % of the value, above {_num(limit)} %", figs))
            else:
                findings.append(Finding(s, "clear", f"a {kind} of {_num(p)} % of the value", figs))
            continue
        amount = _nearest_amount(chk.el, s)
        if amount is None:
            continue
        key = "guarantee" if is_guarantee else "insurance"
        compared = _against_value(f"a {kind}", key, amount, value, s, "clear")
        if isinstance(compared, Finding):
            findings.append(compared)
            continue
        figs, v = compared
        if is_guarantee:
            p = 100.0 * amount.value / v.value if v.value else 0.0
            figs["guarantee_percent"] = round(p, 1)
            st = "present" if p > limit else "clear"
            findings.append(Finding(s, st, f"a {kind} of {_money(amount)}, {p:.1f} % of the value {_money(v)}"
                                    + (f", above {_num(limit)} %" if st == "present" else ""), figs, support))
            continue
        ratio = amount.value / v.value if v.value else 0.0
        figs["ratio"] = round(ratio, 2)
        if ratio > max_ratio:
            findings.append(Finding(s, "present", f"{kind} of {_money(amount)} is {ratio:.2f}× the estimated value "
                                    f"{_money(v)}", figs, support))
        else:
            findings.append(Finding(s, "clear", f"{kind} of {_money(amount)} is within the estimated value "
                                    f"{_money(v)}", figs, support))
    return chk.decide(ctx, findings, "No insurance or guarantee requirement with an amount was found.")


@detector("language")
def _language(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    findings: list[Finding] = []
    for s in chk.sentences(ctx):
        other = chk.el.words("other_language", s.lang)
        around = [s, *following(ctx, s, 1)]
        if other is not None and any(other.search(t.text) for t in around):
            findings.append(Finding(s, "clear", "tenders or certificates are also accepted in another language", {}))
            continue
        findings.append(Finding(s, "present", "tenders or certificates are accepted only in one language "
                                "(or sworn translations are demanded); foreign firms need translations", {}))
    return chk.decide(ctx, findings, "No restriction on the language of tenders or certificates was found.")


@detector("brand_names")
def _brands(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    general = None
    for lang in ctx.sentences_by_lang:
        rx = chk.el.words("general_equivalence", lang)
        hits = sorted(ctx.prefilter_hits(f"{chk.el.id}:general", lang, rx)) if rx is not None else []
        if hits and (general is None or hits[0] < general.index):
            general = ctx.seg.sentences[hits[0]]
    findings: list[Finding] = []
    for s in chk.sentences(ctx):
        found: list[str] = []
        names_rx = chk.el.words("name", s.lang)
        if names_rx is not None:
            found += [m.group(0).strip() for m in names_rx.finditer(s.text)]
        named_rx = chk.el.words("named", s.lang)  # "supplied by Ecolab", "av märket Husqvarna": group "n"
        if named_rx is not None:
            found += [m.group("n").strip() for m in named_rx.finditer(s.text) if m.group("n")]
        names = [n for n in dict.fromkeys(found) if n and not _is_party(ctx, n)]
        if not names:
            continue
        req = chk.el.words("required", s.lang)
        if req is not None and not req.search(s.text):
            continue  # named, but not required ("the CyberKnife® system" in a recital)
        figs: dict[str, object] = {"names": names[:10]}
        eq = chk.el.words("equivalent", s.lang)
        if eq is not None and any(eq.search(t.text) for t in [s, *following(ctx, s, 1)]):
            findings.append(Finding(s, "clear", f"{', '.join(names[:5])} named with 'or equivalent'", figs))
            continue
        if general is not None:
            findings.append(Finding(s, "clear", f"{', '.join(names[:5])} named; a general clause accepts equivalents",
                                    figs, (general,)))
            continue
        example = chk.el.words("example", s.lang)
        if example is not None and example.search(s.text):
            findings.append(Finding(s, "weak", f"{', '.join(names[:5])} given as an example, without 'or equivalent'", figs))
            continue
        findings.append(Finding(s, "present", f"{', '.join(names[:5])} required without 'or equivalent'", figs))
    return chk.decide(ctx, findings, "No brand name, make or standard required without an equivalent was found.")


#: capitalised words that name a party or a part of the document, never a product
_NOT_BRANDS = frozenset("""company vendor supplier contractor customer buyer seller party parties association grantee
licensee licensor shipper council authority agreement contract section schedule annex appendix clause city
municipality client provider distributor purchaser the this any""".split())


def _is_party(ctx: DocContext, name: str) -> bool:
    """A name that is one of the document's own parties ("Siemens" in a Siemens distribution agreement)."""
    low = name.lower()
    first = low.split(" ")[0]
    if low in _NOT_BRANDS or first in _NOT_BRANDS:
        return True
    return any(low == p.term.lower() or first in p.term.lower().split() for p in ctx.seg.parties)


@detector("subcontracting_cap")
def _subcontracting(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    findings: list[Finding] = []
    for s in chk.sentences(ctx):
        cues = cue_spans(chk.el, s)
        percents = sorted((_distance(Span(p.start, p.end), cues), p.start, p) for p in fig.find_percents(s.text, s.lang))
        value: float | None = percents[0][2].value if percents else None
        if value is None and (m := _FRACTION.search(s.text)):
            value = _FRACTIONS[re.sub(r"^(?:a|one) ", "", m.group(0).lower())]  # "a quarter of the Services"
        if value is None:
            continue
        findings.append(Finding(s, "present", f"an abstract limit on subcontracting ({_num(value)} %)",
                                {"percent": _num(value)}))
    return chk.decide(ctx, findings, "No abstract cap on subcontracting was found.")


@detector("price_only")
def _price_only(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    findings = []
    for s in chk.sentences(ctx):
        other = chk.el.words("not_only", s.lang)
        if other is not None and any(
            not _DENIED.search(t.text[max(0, m.start() - 25): m.start()])
            for t in [s, *following(ctx, s, 2)] for m in other.finditer(t.text)
        ):
            continue  # "lowest evaluation price, with deductions for added values": not price alone
        findings.append(Finding(s, "present", "the contract is awarded on price alone (informational: lawful, but "
                                "quality and social criteria cannot count)", {}))
    return chk.decide(ctx, findings, "The award is not on price alone, or the award basis was not found.")


@detector("deadline")
def _deadline(chk: BarrierCheck, ctx: DocContext) -> ElementResult:
    el = chk.el
    notice: tuple[datetime.date, Sentence] | None = None
    deadline: tuple[datetime.date, Sentence] | None = None
    dated = sorted(ctx.prefilter_hits("year", "*", _YEAR))  # only sentences with a year can hold a date
    for s in (ctx.seg.sentences[i] for i in dated):
        for role, date in _date_roles(el, s):
            if role == "notice" and notice is None:
                notice = (date, s)
            elif role == "deadline" and deadline is None:
                deadline = (date, s)
    if notice is None or deadline is None:
        return result(el, "missing", "No notice date and tender deadline were both found, so the time limit could not "
                      "be computed.", (), 0.7)
    days = fig.days_between(notice[0], deadline[0])
    ev = evidence(ctx, [deadline[1]]) + (evidence(ctx, [notice[1]]) if deadline[1].index != notice[1].index else ())
    if days <= 0:
        return result(el, "missing", f"The dates read ({notice[0]} and {deadline[0]}) do not give a time limit; check "
                      "them by hand.", ev, 0.5)
    text = ctx.seg.document.text
    procedure, minimum = _procedure(chk, ctx, text)
    figs: dict[str, object] = {"days": days, "notice_date": notice[0].isoformat(),
                               "deadline_date": deadline[0].isoformat()}
    anchor = f" ({el.spec.anchor})" if el.spec.anchor else ""
    if minimum is None:
        low = chk.param("below_threshold_days", 10)
        if procedure == "below-threshold":
            figs["minimum_days"] = _num(low)
            if days < low:
                return result(el, "weak", f"Possible barrier, check it: only {days} days from {notice[0]} to "
                              f"{deadline[0]} in a below-threshold procedure (no EU minimum; reasonable time "
                              f"applies){anchor}.", ev, 0.6, figures=figs)
            return result(el, "missing", f"No barrier: {days} days from {notice[0]} to {deadline[0]} in a "
                          "below-threshold procedure.", ev, 0.7, figures=figs)
        minimum = int(chk.param("default_days", 30))
        figs["minimum_days"] = minimum
        if days < minimum:
            return result(el, "weak", f"Possible barrier, check it: {days} days from {notice[0]} to {deadline[0]}; "
                          f"the procedure is not named, and an open EU procedure needs at least {minimum}{anchor}.",
                          ev, 0.6, figures=figs)
        return result(el, "missing", f"No barrier: {days} days from {notice[0]} to {deadline[0]}.", ev, 0.7,
                      figures=figs)
    figs["minimum_days"] = minimum
    if days < minimum:
        return result(el, "present", f"Barrier found: {days} days from {notice[0]} to {deadline[0]}, below the "
                      f"{minimum}-day minimum of the {procedure} procedure{anchor}.", ev, 0.8, figures=figs)
    return result(el, "missing", f"No barrier: {days} days from {notice[0]} to {deadline[0]} meets the {minimum}-day "
                  f"minimum of the {procedure} procedure.", ev, 0.75, figures=figs)


def _date_roles(el: CompiledElement, s: Sentence) -> list[tuple[str, datetime.date]]:
    """Each date of the sentence with what it is the date of, read from the words just before it
    (a timetable row "Closing date for tenders: 15 March 2027") or, failing that, just after it."""
    dates = fig.find_dates(s.text, s.lang)
    if not dates:
        return []
    words = {k: el.words(k, s.lang) for k in ("not_deadline", "notice", "deadline")}
    out: list[tuple[str, datetime.date]] = []
    prev_end = 0
    for i, d in enumerate(dates):
        nxt = dates[i + 1].start if i + 1 < len(dates) else len(s.text)
        before = s.text[max(prev_end, d.start - 90): d.start]
        cut = max(before.rfind(";"), before.rfind(". "))
        if cut >= 0:
            before = before[cut + 1:]  # only the clause the date belongs to
        after = s.text[d.end: min(nxt, d.end + 50)]
        prev_end = d.end
        for side, ctx_text in (("before", before), ("after", after)):
            hits = {k: [m.span() for m in rx.finditer(ctx_text)] for k, rx in words.items() if rx is not None}
            hits = {k: v for k, v in hits.items() if v}
            if not hits:
                continue
            # the cue nearest to the date decides ("Closing date for clarifications: …" is not the deadline)
            if side == "before":
                # "de nota van inlichtingen verschijnt uiterlijk op …": a date of something else
                role = "not_deadline" if "not_deadline" in hits else max(hits, key=lambda k: hits[k][-1][1])
            else:
                role = min(hits, key=lambda k: hits[k][0][0])
            if role != "not_deadline":
                out.append((role, d.date))
            break
    return out


def _procedure(chk: BarrierCheck, ctx: DocContext, text: str) -> tuple[str, int | None]:
    """The procedure named in the document and its minimum time limit in days (None: no EU minimum
    applies or the procedure is not named)."""
    lang = ctx.seg.language

    def has(name: str) -> bool:
        rx = chk.el.words(name, lang)
        if rx is None:
            return False
        for m in rx.finditer(text):
            # "No prior information notice has been published": a cue that is denied does not count
            if not _DENIED.search(text[max(0, m.start() - 25): m.start()]):
                return True
        return False

    if has("below_threshold"):
        return "below-threshold", None
    shortened = has("accelerated")
    if has("restricted"):
        return "restricted", int(chk.param("restricted_days", 30)) if not shortened else 10
    if has("open"):
        if shortened:
            return "open (accelerated or with a prior information notice)", 15
        if has("electronic"):
            return "open (electronic submission)", int(chk.param("open_electronic_days", 30))
        return "open", int(chk.param("open_days", 35))
    return "unnamed", None

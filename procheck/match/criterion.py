"""criterion.v1: a tender criterion or specification requirement (supplier diversity, accessibility
in the specification), judged on how it binds and with its numbers read from the text.

A criterion counts when it is *required* (a selection or technical requirement, a contract
condition, an obligation) or *rewarded* (an award criterion that gives points or a weight). Wording
that only invites tenderers ("are encouraged to", "bör", "wordt aangemoedigd", "voluntary") makes it
weak. The numbers an element asks for (``extract`` in the library) are read from the evidence
sentence, the one nearest to the element's own cue words, so "price 60 %, social value 15 %" gives
the social-value weight 15.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from procheck import figures as fig
from procheck.library import CompiledElement
from procheck.match.base import (
    Candidate,
    Judgement,
    award_context,
    best_candidate,
    evidence,
    matches,
    not_found,
    propose,
    quote,
    result,
    where,
)
from procheck.match.features import DocContext
from procheck.match.similarity import similarity
from procheck.records import ElementResult, Sentence

_PTS = r"(?:points?|poäng|punten|punt|punkte|marks)"
#: "15 av 100 poäng", "20 out of 100 points", "20 van de 100 punten"
_POINTS = re.compile(
    r"(\d{1,4}(?:[.,]\d+)?)\s*" + _PTS + r"?\s*(?:of|out of|av|van|von|sur|/)\s*(?:(?:a|the|de|een) )?"
    r"(?:(?:total|totaal|totalt|maximum|max(?:imal|imaal)?) )?(?:(?:of|van|av) )?"
    r"(\d{1,4})\s*" + _PTS + r"\b",
    re.IGNORECASE,
)
#: the total of a points table: "out of 100 points", "Maximal poäng är 200", "totaal 100"
_TOTAL = re.compile(
    r"\b(?:(?:out of|of a (?:maximum|total) of|maximum of|max(?:imum|imal|imaal)?\.?(?: poäng| punten| points)?(?: är| is| of)?|"
    r"(?:op )?een totaal van|totaal(?: van)?|totalt(?: av)?|(?:a )?total(?: of)?|in total|sammanlagt|av totalt)"
    r"\s*:?\s*(\d{1,4})\s*(?:points?|poäng|punten|marks)?|(?:van de|op|på|of|av)\s+(\d{1,4})\s*(?:points|poäng|punten|marks))\b",
    re.IGNORECASE,
)
#: a row value right after the criterion's name: "Social value ........ 20 points", "Diversiteitsbeleid 10"
_ROW_VALUE = re.compile(r"(?:\s*\([^()]{1,40}\))?[\s.:…·\-–|]{0,100}?(\d{1,4})(?:\s*" + _PTS + r")?\b(?!\s*[%.,]\d)(?!\s*%)", re.IGNORECASE)
#: a row value after a few words: "Social return: inzet BBL-leerling 10 punten" (the points word is then required)
_ROW_VALUE_WORDS = re.compile(r"[^\d.;]{0,40}?(\d{1,4})\s*" + _PTS + r"\b", re.IGNORECASE)
_POINT_ITEM = re.compile(r"\b(\d{1,4})\s*" + _PTS + r"\b", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _distance(a: Span, cues: list[Span]) -> float:
    """How far a number is from the nearest cue; numbers after the cue are preferred slightly."""
    best = float("inf")
    for c in cues:
        d: float
        if a.start >= c.end:
            d = a.start - c.end
        elif c.start >= a.end:
            d = (c.start - a.end) * 1.5 + 5
        else:
            d = 0
        best = min(best, d)
    return best


def cue_spans(el: CompiledElement, s: Sentence) -> list[Span]:
    """Where the element's own subject is named in the sentence (its ``cue`` words, else the first
    part of its matching pattern)."""
    rx = el.words("cue", s.lang)
    spans = [Span(*m.span()) for m in rx.finditer(s.text)] if rx is not None else []
    if not spans:
        for group in el.patterns.get(s.lang) or el.patterns.get("en") or []:
            m = group[0].search(s.text)
            if m:
                spans.append(Span(*m.span()))
    return spans or [Span(0, 0)]


Figure = fig.Percent | fig.Count | fig.Duration


def _nearest(items: Sequence[Figure], cues: list[Span], limit: float = 160) -> Figure | None:
    scored = [(_distance(Span(i.start, i.end), cues), n, i) for n, i in enumerate(items)]
    scored = [t for t in scored if t[0] <= limit]
    return min(scored, key=lambda t: (t[0], t[1]))[2] if scored else None


def _num(v: float) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 2)


def _points_weight(text: str, lang: str, cues: list[Span], context: str) -> float | None:
    """A weight given in points, as a percentage of the total: "20 out of 100 points", or a table row
    after the criterion's name with the total stated in the sentence (or just before it), or the sum
    of the table's rows."""
    best: tuple[float, float] | None = None
    for m in _POINTS.finditer(text):
        got, total = fig.parse_number(m.group(1), lang), fig.parse_number(m.group(2), lang)
        if got is None or not total or got > total:
            continue
        d = _distance(Span(*m.span()), cues)
        if d <= 160 and (best is None or d < best[0]):
            best = (d, 100.0 * got / total)
    if best is not None:
        return best[1]
    for c in cues:
        row = _ROW_VALUE.match(text, c.end) or _ROW_VALUE_WORDS.match(text, c.end)
        if not row or (c.end == 0 and c.start == 0):
            continue
        value = float(row.group(1))
        totals = [float(t.group(1) or t.group(2)) for t in _TOTAL.finditer(text)] or [
            float(t.group(1) or t.group(2)) for t in _TOTAL.finditer(context)]
        whole: float | None = next((t for t in totals if t >= value), None)
        if whole is None:
            items = [float(i.group(1)) for i in _POINT_ITEM.finditer(text)]
            if len(items) >= 3 and max(items) == sum(items) - max(items):
                items.remove(max(items))  # the table's own total row
            whole = sum(items) if len(items) >= 2 and sum(items) >= value else None
        if whole:
            return 100.0 * value / whole
    return None


def extract_figures(
    el: CompiledElement, s: Sentence, context: str = "", titles: Sequence[str] = (), after: str = ""
) -> dict[str, object]:
    """The numbers the element asks for, read from one sentence (``context``: the sentences just
    before it, where a table's total may be stated)."""
    out: dict[str, object] = {}
    text, lang = s.text, s.lang
    cues = cue_spans(el, s)
    percents = fig.find_percents(text, lang)
    taken = [Span(p.start, p.end) for p in percents]
    dates = [Span(d.start, d.end) for d in fig.find_dates(text, lang)]
    amounts = [Span(a.start, a.end) for a in fig.find_amounts(text, lang)]
    for kind in el.spec.extract:
        if kind == "weight":
            p = _nearest(percents, cues)
            if isinstance(p, fig.Percent) and 0 < p.value <= 100:
                out["weight_percent"] = _num(p.value)
                continue
            w = _points_weight(text, lang, cues, context)
            if w is None and after and re.search(r"[.…·\s]{3,}$", text):
                # a dot leader read as a full stop: "Social hänsyn ....." | "30 poäng"
                w = _points_weight(text + " " + after, lang, cues, context)
            for title in titles:  # a table row read as a numbered heading: "3. Diversiteit ........ 5"
                if w is not None:
                    break
                rx = el.words("cue", lang)
                tcues = [Span(*m.span()) for m in rx.finditer(title)] if rx is not None else []
                if tcues:
                    w = _points_weight(title, lang, tcues, context)
            if w is not None:
                out["weight_percent"] = _num(w)
        elif kind == "percent":
            p = _nearest(percents, cues)
            if isinstance(p, fig.Percent):
                out["percent"] = _num(p.value)
        elif kind == "count":
            blocked = taken + dates + amounts
            durations = [Span(d.start, d.end) for d in fig.find_durations(text, lang)]
            points = [Span(*m.span()) for m in _POINT_ITEM.finditer(text)]
            counts = [
                c for c in fig.find_counts(text, lang)
                if not any(b.start <= c.start < b.end for b in blocked + durations + points) and 0 < c.value < 1000
            ]
            c = _nearest(counts, cues, limit=220)
            if isinstance(c, fig.Count):
                out["count"] = c.value
        elif kind == "years":
            years = [d for d in fig.find_durations(text, lang) if d.unit == "year"]
            y = _nearest(years, cues)
            if isinstance(y, fig.Duration):
                out["years"] = _num(y.value)
        elif kind == "level":
            rx = el.words("level", lang)
            lm = rx.search(text) if rx is not None else None
            if lm:
                out["level"] = lm.group(0).lower()
    return out


class CriterionCheck:
    kind = "criterion.v1"
    stage = 1

    def __init__(self, element: CompiledElement) -> None:
        self.el = element

    def candidates(self, ctx: DocContext) -> list[Candidate]:
        out: list[Candidate] = []
        spec = self.el.spec
        for s in [*propose(ctx, self.el), *self._row_headings(ctx)]:
            f = ctx.features(s)
            lex = ctx.lex(s.lang)
            # (no hard-negative test: "award criteria" is a hard negative for the duty, not for a criterion)
            justified = self.el.words("justified", s.lang)
            if justified is not None and (m := justified.search(s.text)):
                out.append(Candidate(s, f, "present", f"left out with a stated justification ({quote(m.group(0))})",
                                     0.5))
                continue
            if not self._has_needed(ctx, s):
                continue  # e.g. "open to all, including disabled people" is the Ghent service clause, not a specification
            if f.negated:
                out.append(Candidate(s, f, "negated", f"expressly excluded by {quote(f.negated)}"))
                continue
            enc = lex.get("encourage")
            enc_m = enc.search(s.text) if enc is not None else None
            if enc is not None and enc_m is None:  # "4.3 Further information (not scored)"
                enc_m = next((m for a in ctx.ancestors(s.section)
                              if (m := enc.search(ctx.seg.sections[a].title or ""))), None)
            award = lex.get("award")
            award_m = award.search(s.text) if award is not None else None
            award_here = bool(award_m) or award_context(ctx, s)
            in_award = award_here and enc_m is None
            if spec.params.get("award_only") and not award_here:
                out.append(Candidate(s, f, "rejected", "not an award criterion"))
                continue
            goal = self.el.words("authority_goal", s.lang)  # "The Council sets a goal that at least 20 % …"
            if goal is not None and goal.search(s.text) and fig.find_percents(s.text, s.lang):
                pass
            elif not in_award and ("recital" in f.flags or (f.party == "authority" and not f.requests_supplier)):
                out.append(Candidate(s, f, "rejected", "the authority's own policy or intention, not a criterion"))
                continue
            if enc_m:
                status, why = "weak", f"only encouraged ({quote(enc_m.group(0))}), neither required nor scored"
            elif f.modality in ("effort", "soft"):
                status, why = "weak", f"non-binding wording {quote(f.modal_word)}"
            elif in_award:
                status, why = "present", "rewarded in the award criteria" + (
                    f" ({quote(award_m.group(0))})" if award_m else "")
            elif f.modality == "binding":
                status, why = "present", f"required ({quote(f.modal_word)})"
            elif f.modality == "permissive":
                status, why = "weak", f"permissive wording {quote(f.modal_word)}: left to the tenderer"
            else:
                status, why = "present", "stated as a requirement"
            # where a points table states its total: the lines just before (headings included)
            before = [t.text for t in ctx.seg.sentences[max(0, s.index - 8): s.index]]
            titles = [ctx.seg.sections[a].title for a in ctx.ancestors(s.section)]
            before += titles  # "Award criteria (out of 100)"
            nxt = ctx.seg.sentences[s.index + 1].text if s.index + 1 < len(ctx.seg.sentences) else ""
            figures = extract_figures(self.el, s, " ".join(before), titles, nxt)
            if status == "present":
                status, why = self._numbers_rule(status, why, figures)
            if status == "present" and "monitoring" in self.el.vocab and not self._monitored(ctx, s):
                status, why = "weak", f"{why}, but no KPIs or reporting are attached"
            score = similarity(s.lang, s.text, tuple(spec.exemplars.get(s.lang, ())))
            out.append(Candidate(s, f, status, why, score + (0.2 if figures else 0.0), figures=figures))
        return out

    def _row_headings(self, ctx: DocContext) -> list[Sentence]:
        """For a weighted criterion: rows of a points table that the reader took for numbered
        headings ("3. Diversiteitsbeleid .......... 10") under an award-criteria heading."""
        if not self.el.spec.extract or "level" in self.el.spec.extract:
            return []
        out = []
        for s in ctx.seg.sentences:
            if not s.is_heading:
                continue
            if "weight" not in self.el.spec.extract:
                # a KPI table row taken for a heading: "SV1 Apprenticeship starts (minimum 3) 3 starts quarterly"
                if re.search(r"\d", s.text) and len(s.text) > 25 and matches(self.el, s):
                    out.append(s)
                continue
            cue = self.el.words("cue", s.lang)
            m = cue.search(s.text) if cue is not None else None
            if m is None or not re.search(r"\d\s*(?:%|points?|poäng|punten|marks)?\s*$", s.text):
                continue
            if award_context(ctx, s) or any(
                (aw := ctx.lex(t.lang).get("award")) is not None and aw.search(t.text)
                for t in ctx.seg.sentences[max(0, s.index - 4): s.index]
            ):
                out.append(s)
        return out

    def _has_needed(self, ctx: DocContext, s: Sentence) -> bool:
        """The element's ``needs_any`` words in the sentence or its headings (no list: always); and a
        sentence with ``service_clause`` words ("open to all, including disabled people": the Ghent
        service clause) counts only with ``technical`` words too."""
        def found(name: str) -> bool:
            rx = self.el.words(name, s.lang)
            if rx is None:
                return False
            return bool(rx.search(s.text)) or any(
                rx.search(ctx.seg.sections[a].title or "") for a in ctx.ancestors(s.section))

        if "needs_any" in self.el.vocab and not found("needs_any"):
            return False
        svc = self.el.words("service_clause", s.lang)
        return not (svc is not None and svc.search(s.text) and not found("technical"))

    def _monitored(self, ctx: DocContext, s: Sentence) -> bool:
        """Monitoring words in the sentence or the next two of its section."""
        for t in ctx.seg.sentences[s.index: s.index + 3]:
            if t.index != s.index and t.section != s.section:
                break
            rx = self.el.words("monitoring", t.lang)
            if rx is not None and rx.search(t.text):
                return True
        return False

    def _numbers_rule(self, status: str, why: str, figures: dict[str, object]) -> tuple[str, str]:
        spec = self.el.spec
        if spec.figure_required and not figures:
            return "weak", f"{why}, but no number is stated"
        minimum = spec.params.get("min_percent")
        w = figures.get("weight_percent")
        if "weight" in spec.extract and not isinstance(w, (int, float)):
            return "weak", f"{why}, but no weight is stated"
        if isinstance(minimum, (int, float)) and isinstance(w, (int, float)) and w < minimum:
            basis = spec.params.get("min_basis", "the applicable framework")
            return "weak", f"{why}, but the weight {w} % is below the {minimum} % minimum of {basis}"
        return status, why

    def run(self, ctx: DocContext, state: Judgement) -> ElementResult:
        cands = self.candidates(ctx)
        best = best_candidate(cands)
        if best is None:
            return not_found(self.el, ctx, cands)
        figs = best.figures
        conf = (0.75 if best.status == "present" else 0.6) + 0.2 * min(best.score, 1.0)
        label = "Found" if best.status == "present" else "Found, but weak"
        shown = "".join(f"; {k.replace('_', ' ')} {v}" for k, v in figs.items())
        return result(self.el, best.status, f"{label}: {best.reason}{shown}{where(ctx, best.sentence)}.",
                      evidence(ctx, [best.sentence]), conf, figures=figs)

"""linked.v1: an element that must be tied to the anti-discrimination obligations (reporting,
flow-down, termination, sanctions) — or, with ``tie: self``, one that stands on its own wording
(workplace prevention, accessibility)."""

from __future__ import annotations

from procheck.library import CompiledElement
from procheck.match.base import (
    Candidate,
    Judgement,
    best_candidate,
    evidence,
    first_with,
    not_found,
    propose,
    quote,
    result,
    where,
)
from procheck.match.features import DocContext, Features
from procheck.match.obligation import implied_duty, linked_cue
from procheck.match.similarity import similarity
from procheck.records import ElementResult, Sentence


def _party_ok(actor: str, f: Features) -> tuple[bool, str]:
    p = f.party
    if p == "tenderer":
        return False, "a duty of tenderers in the procedure, not a contract term"
    if actor == "supplier":
        if p == "authority" and not f.requests_supplier:
            return False, "a commitment of the authority, not of the supplier"
        if (p == "none" and not f.requests_supplier and "authority" in f.mentions
                and "supplier" not in f.mentions and "mutual" not in f.mentions):
            return False, "about the authority's own duties; the supplier is not named"
        return True, ""
    if actor == "authority":
        if p == "supplier" and f.modality in ("permissive",):
            return False, "a right of the supplier, not of the authority"
        return True, ""
    return True, ""


class LinkedCheck:
    kind = "linked.v1"
    stage = 1

    def __init__(self, element: CompiledElement) -> None:
        self.el = element

    # -- ties ----------------------------------------------------------------------------
    def tie(self, ctx: DocContext, s: Sentence, f: Features, anchors: Anchors) -> str | None:
        """Why the sentence belongs to the anti-discrimination obligations, or None (generic)."""
        if f.discrimination:
            return "it names discrimination / equal treatment"
        where = self._structural_tie(ctx, s, anchors, f.self_reference)
        if where:
            return where
        for ref in f.cross_refs:
            for num in anchors.numbers:
                if num == ref or num.startswith(ref + ".") or (num in anchors.titled and ref.startswith(num + ".")):
                    return f"it refers to clause {ref}, the non-discrimination clause"
        if f.self_reference and any(0 < s.index - i <= 3 for i in anchors.sentences):
            return "it refers back to the non-discrimination obligation just before it"
        return None

    @staticmethod
    def _structural_tie(ctx: DocContext, s: Sentence, anchors: Anchors, self_reference: bool) -> str | None:
        """Ties by position alone: the clause, sub-clause or paragraph of the obligation."""
        for a in ctx.ancestors(s.section):
            if a in ctx.titles_with_discrimination:
                sec = ctx.seg.sections[a]
                return f"it sits in the clause headed '{(sec.number + ' ' if sec.number else '') + sec.title}'"
        if s.section is not None and s.section in anchors.sections:
            sec = ctx.seg.sections[s.section]
            near = any(abs(s.index - i) <= 8 for i in anchors.sentences)
            if sec.end - sec.start <= 4000 or near:
                return "it is in the same clause as the non-discrimination obligation"
        if s.section is not None and self_reference:
            # a sibling sub-clause that points back ("these obligations") under a short numbered clause
            parent = ctx.seg.sections[s.section].parent
            if parent is not None and parent in anchors.parents:
                psec = ctx.seg.sections[parent]
                close = any(abs(s.section - a) <= 6 for a in anchors.sections)
                if psec.number and psec.end - psec.start <= 4000 and close:
                    return "it is in the same clause as the non-discrimination obligation"
        if s.block in anchors.blocks:
            return "it is in the same paragraph as the non-discrimination obligation"
        return None

    def _generic(self, ctx: DocContext, s: Sentence) -> bool:
        """Can an untied hit still count as a general clause (judged on its whole paragraph)?"""
        if not self.el.spec.generic_ok:
            return False
        if not self.el.generic:
            return True
        gen = self.el.generic.get(s.lang)
        return gen is not None and bool(gen.search(ctx.seg.document.blocks[s.block].text))

    @staticmethod
    def _reporting_only(ctx: DocContext, s: Sentence) -> bool:
        """The sentence's own duty is another clause (report, flow down, sanction) that merely
        mentions discrimination: the linked cue follows the first modal verb directly."""
        if not implied_duty(ctx, s):
            return False
        cue = linked_cue(ctx, s)
        modal = ctx.lex(s.lang).get("binding")
        m = modal.search(s.text) if modal is not None else None
        return cue is not None and m is not None and 0 <= cue[0] - m.end() <= 12

    def _could_count(self, ctx: DocContext, s: Sentence, anchors: Anchors) -> bool:
        """A cheap pre-check, a superset of what ``tie`` and ``_generic`` accept: sentences that fail
        it are skipped before the full sentence analysis."""
        if self._generic(ctx, s) or self._structural_tie(ctx, s, anchors, self_reference=True):
            return True
        lex = ctx.lex(s.lang)
        return any(
            rx is not None and rx.search(s.text)
            for rx in (lex.get("discrimination"), lex.get("cross_reference"), lex.get("self_reference"))
        )

    def candidates(self, ctx: DocContext, anchors: Anchors) -> list[Candidate]:
        out: list[Candidate] = []
        spec = self.el.spec
        for s in propose(ctx, self.el):
            if spec.tie == "required" and not self._could_count(ctx, s, anchors):
                continue  # neither tied nor a usable generic clause: not worth the full analysis
            f = ctx.features(s)
            ok, why = _party_ok(spec.actor, f)
            if f.hard_negative:
                ok, why = False, f"only {quote(f.hard_negative)}"
            if ("recital" in f.flags or "definition" in f.flags):
                ok, why = False, "a recital or policy statement"
            if not ok:
                out.append(Candidate(s, f, "rejected", why))
                continue
            if f.negated:
                out.append(Candidate(s, f, "negated", f"expressly carved out by {quote(f.negated)}"))
                continue
            if spec.tie == "self" and self._reporting_only(ctx, s):
                continue  # "shall on request report the measures taken against discrimination" is a reporting duty
            status, why = "present", (f"binding wording {quote(f.modal_word)}" if f.modal_word else "stated as a duty")
            if f.modality in ("effort", "soft"):
                status, why = "weak", f"non-binding wording {quote(f.modal_word)}"
            elif f.modality == "permissive" and spec.actor == "supplier" and not f.requests_supplier:
                status, why = "weak", f"permissive wording {quote(f.modal_word)}: left to the supplier's discretion"
            elif f.requests_supplier and f.modality == "permissive" and not f.demands:
                status, why = "weak", f"the authority {quote(f.modal_word)} ask, but no duty to answer is stated"
            elif "high_trigger" in f.flags and self.el.family == "termination":
                status, why = "weak", "only after a final judgment / conviction or in flagrant cases"
            elif "condition" in f.flags:
                status, why = "weak", "made conditional ('where applicable')"
            if f.modality == "permissive" and spec.actor != "supplier" and status == "present":
                why = f"the authority's right {quote(f.modal_word)}"
            vague = self.el.words("vague", s.lang)
            if status == "present" and vague is not None and vague.search(s.text):
                status, why = "weak", f"{why}; but the body is not named ({quote(vague.search(s.text).group(0))})"  # type: ignore[union-attr]
            if spec.tie == "required":
                tied = self.tie(ctx, s, f, anchors)
                if tied is None:
                    if self._generic(ctx, s):
                        out.append(Candidate(s, f, "generic", "a general clause not tied to the anti-discrimination obligations"))
                    continue
                why = f"{why}; tied because {tied}"
                if status == "present" and anchors.implicit_only:
                    status, why = "weak", f"{why}; but the duty it serves is itself only implicit (human rights)"
            score = similarity(s.lang, s.text, tuple(spec.exemplars.get(s.lang, ())))
            out.append(Candidate(s, f, status, why, score))
        return out

    def run(self, ctx: DocContext, state: Judgement) -> ElementResult:
        if state.anchors is None:
            state.anchors = Anchors(ctx, state.obligations)
        results = state.results
        cands = self.candidates(ctx, state.anchors)
        best = best_candidate(cands)
        if best is not None:
            conf = (0.75 if best.status == "present" else 0.6) + 0.25 * best.score
            label = "Found" if best.status == "present" else "Found, but weak"
            return result(self.el, best.status, f"{label}: {best.reason}{where(ctx, best.sentence)}.",
                          evidence(ctx, [best.sentence]), conf)
        req = self.el.spec.requires
        generic = [c for c in cands if c.status == "generic"]
        if generic and req and results.get(req) and results[req].status in ("present", "weak"):
            c = generic[0]
            return result(self.el, "weak",
                          f"Only a general clause{where(ctx, c.sentence)}, not tied to the anti-discrimination obligations.",
                          evidence(ctx, [c.sentence]), 0.6)
        if generic and first_with(cands, "negated") is None:
            c = generic[0]
            return result(self.el, "missing",
                          f"Only a general clause{where(ctx, c.sentence)} and no non-discrimination obligation for it to serve.",
                          (), 0.7)
        return not_found(self.el, ctx, cands)


class Anchors:
    """Where the anti-discrimination obligation lives: its sentences, paragraphs, clauses and numbers."""

    def __init__(self, ctx: DocContext, obligations: list[Candidate]) -> None:
        self.sentences = {c.sentence.index for c in obligations}
        self.blocks = {c.sentence.block for c in obligations}
        self.sections: set[int] = set()
        self.numbers: set[str] = set()
        self.parents: set[int] = set()
        #: the only obligation is an implicit one (a human-rights duty that covers discrimination tacitly)
        self.implicit_only = bool(obligations) and all("implicitly" in c.reason for c in obligations)
        for c in obligations:
            if c.sentence.section is not None:
                self.sections.add(c.sentence.section)
                parent = ctx.seg.sections[c.sentence.section].parent
                if parent is not None:
                    self.parents.add(parent)
        self.titled: set[str] = set()
        for idx in set(self.sections) | set(ctx.titles_with_discrimination):
            num = ctx.seg.sections[idx].number
            if num:
                digits = "".join(ch for ch in num if ch.isdigit() or ch == ".").strip(".")
                raw = num.replace(" ", "").rstrip(".")
                for key in {digits, raw} - {""}:
                    self.numbers.add(key)
                    if idx in ctx.titles_with_discrimination:
                        self.titled.add(key)

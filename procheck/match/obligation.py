"""obligation.v1: a binding duty on the supplier not to discriminate / to follow equality law."""

from __future__ import annotations

import re

from procheck.library import CompiledElement
from procheck.match.base import (
    Candidate,
    Judgement,
    best_candidate,
    evidence,
    patterns_for,
    propose,
    quote,
    result,
    where,
)
from procheck.match.features import DocContext
from procheck.match.similarity import similarity
from procheck.records import ElementResult, Sentence

_ACCEPT_PARTIES = ("supplier", "mutual", "none")
#: families whose sentences only imply the duty when they mention discrimination after their own cue
_LINKED_FAMILIES = ("reporting", "flowdown", "termination")


def _search(rx: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    return rx.search(text) if rx is not None else None


def linked_cue(ctx: DocContext, s: Sentence) -> tuple[int, str, str] | None:
    """Where a reporting / flow-down / sanction clause starts in the sentence, if it is one."""
    if s.index in ctx.cues:
        return ctx.cues[s.index]
    best: tuple[int, str, str] | None = None
    for el in ctx.lib.elements.values():
        if el.family not in _LINKED_FAMILIES:
            continue
        for group in patterns_for(el, s.lang):
            if all(p.search(s.text) for p in group):
                m = group[0].search(s.text)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), el.spec.title.lower(), el.family)
    ctx.cues[s.index] = best
    return best


def implied_duty(ctx: DocContext, s: Sentence, authority: bool = False) -> str | None:
    """A duty mentioned only as the object of another clause ("report the measures taken against
    discrimination", "terminate if the supplier discriminates") is implied, not stated."""
    cue = linked_cue(ctx, s)
    if cue is None:
        return None
    lex = ctx.lex(s.lang)
    if cue[2] == "flowdown" and _search(lex.get("own_staff"), s.text):
        return None  # "sees to it that its staff and subcontractors do not discriminate": a duty of its own
    m = _search(lex.get("core_discrimination"), s.text)
    if m is None or (m.start() < cue[0] and not authority):
        # (a right of the authority names the breach first: "If the Supplier breaches the Equality
        # Act, the Board may deduct …" only implies the duty too)
        return None
    return f"implied only by a clause on {cue[1]}; the duty itself is not stated"


class ObligationCheck:
    """Judge each proposed sentence; the best one decides the element."""

    kind = "obligation.v1"
    stage = 0  #: judged first: everything else depends on it

    def __init__(self, element: CompiledElement) -> None:
        self.el = element

    def candidates(self, ctx: DocContext) -> list[Candidate]:
        out = []
        for s in propose(ctx, self.el):
            f = ctx.features(s)
            if f.hard_negative:
                out.append(Candidate(s, f, "rejected", f"looks like the duty but is {quote(f.hard_negative)}"))
                continue
            if ("recital" in f.flags or "definition" in f.flags):
                out.append(Candidate(s, f, "rejected", "a recital or policy statement that binds nobody"))
                continue
            if f.party not in _ACCEPT_PARTIES:
                implied = implied_duty(ctx, s, authority=True) if f.party == "authority" else None
                if implied:
                    score = similarity(s.lang, s.text, tuple(self.el.spec.exemplars.get(s.lang, ())))
                    out.append(Candidate(s, f, "weak", implied, score))
                    continue
                who = "the authority's own commitment" if f.party == "authority" else "a duty of tenderers in the procedure"
                out.append(Candidate(s, f, "rejected", f"{who}, not an obligation on the supplier"))
                continue
            if f.negated:
                out.append(Candidate(s, f, "negated", f"expressly carved out by {quote(f.negated)}"))
                continue
            status, why = "present", f"binding wording {quote(f.modal_word)}" if f.modal_word else "stated as a duty"
            if f.modality in ("effort", "soft", "permissive"):
                status, why = "weak", f"non-binding wording {quote(f.modal_word)}"
            elif "by_reference" in f.flags:
                status, why = "weak", "incorporated only by citation of an external clause"
            elif "law_list" in f.flags:
                status, why = "weak", "named only in passing in a general 'comply with all laws' list"
            elif "condition" in f.flags:
                status, why = "weak", "made conditional ('to the extent applicable')"
            elif implied := implied_duty(ctx, s):
                status, why = "weak", implied
            elif not _search(ctx.lex(s.lang).get("core_discrimination"), s.text):
                if _search(ctx.lex(s.lang).get("implicit_rights"), s.text):
                    status, why = "weak", "covers non-discrimination only implicitly, through human rights"
                else:
                    status, why = "weak", "covers harassment only, not discrimination as such"
            score = similarity(s.lang, s.text, tuple(self.el.spec.exemplars.get(s.lang, ())))
            out.append(Candidate(s, f, status, why, score))
        return out

    def run(self, ctx: DocContext, state: Judgement) -> ElementResult:
        cands = self.candidates(ctx)
        good = [c for c in cands if c.status in ("present", "weak")]
        state.obligations.extend(good)
        best = best_candidate(good)
        if best is not None:
            same = [c.sentence for c in good if c.status == best.status][:3]
            conf = (0.75 if best.status == "present" else 0.65) + 0.25 * best.score
            reason = f"{'Binding' if best.status == 'present' else 'Weak'} supplier obligation: {best.reason}{where(ctx, best.sentence)}."
            return result(self.el, best.status, reason, evidence(ctx, [best.sentence, *same]), conf)
        neg = [c for c in cands if c.status == "negated"]
        if neg:
            c = neg[0]
            return result(self.el, "missing", f"The duty is {c.reason}{where(ctx, c.sentence)}.",
                          evidence(ctx, [c.sentence]), 0.7)
        rej = [c for c in cands if c.status == "rejected"]
        if rej:
            c = rej[0]
            return result(self.el, "missing",
                          f"No supplier obligation; the only related wording is {c.reason}{where(ctx, c.sentence)}.",
                          evidence(ctx, [c.sentence]), 0.75)
        return result(self.el, "missing", "No wording that obliges the supplier not to discriminate was found.",
                      (), 0.85)

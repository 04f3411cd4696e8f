"""grounds.v1: the protected grounds enumerated in the obligation (or in its own clause)."""

from __future__ import annotations

from procheck.library import CompiledElement
from procheck.match.base import Judgement, evidence, result, where
from procheck.match.features import DocContext
from procheck.records import ElementResult, Sentence


def grounds_in(ctx: DocContext, s: Sentence) -> list[str]:
    found = []
    for gid in ctx.lib.ground_order:
        by_lang = ctx.lib.grounds[gid]
        rx = by_lang.get(s.lang) or by_lang.get("en")
        if rx is not None and rx.search(s.text):
            found.append(gid)
    return found


class GroundsCheck:
    kind = "grounds.v1"
    stage = 2

    def __init__(self, element: CompiledElement) -> None:
        self.el = element

    def run(self, ctx: DocContext, state: Judgement) -> ElementResult:
        ob = state.results.get(self.el.spec.requires or "nondiscrimination.obligation")
        if ob is None or ob.status not in ("present", "weak"):
            return result(self.el, "missing", "No non-discrimination obligation, so no grounds are listed in one.",
                          (), 0.8)
        found: list[str] = []
        ev: list[Sentence] = []
        sents = ctx.seg.sentences
        for c in state.obligations:
            s = c.sentence
            if "law_list" in c.features.flags:
                continue  # "comply with all laws, including …": the list names laws, not grounds
            # the obligation sentence itself, then list items right after it in the same clause
            window = [s] + [t for t in sents[s.index + 1:s.index + 8] if t.section == s.section]
            for i, t in enumerate(window):
                g = grounds_in(ctx, t)
                cue = ctx.lex(t.lang).get("on_grounds")
                listy = len(g) >= 2 or bool(g and cue is not None and cue.search(t.text))
                if i > 0 and not listy:
                    if len(t.text) > 200:
                        break
                    continue
                if g and listy:
                    for x in g:
                        if x not in found:
                            found.append(x)
                    ev.append(t)
        if not found:
            return result(self.el, "missing",
                          "The obligation does not enumerate protected grounds (none of the canonical grounds is named in it).",
                          (), 0.7)
        order = {g: i for i, g in enumerate(ctx.lib.ground_order)}
        found.sort(key=lambda g: order[g])
        status = ob.status
        reason = f"{len(found)} protected ground(s) listed in the obligation{where(ctx, ev[0])}: {', '.join(found)}."
        return result(self.el, status, reason, evidence(ctx, ev[:4]), 0.8, tuple(found))

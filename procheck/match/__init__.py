"""Match and judge: run every element's check over a segmented document.

``CHECKS`` maps the versioned check kind named in the clause library to its class (see
tests/test_registry.py). The obligation is judged first, because linked elements and grounds depend
on where it is and how strong it is.
"""

from __future__ import annotations

from procheck.library import Library
from procheck.match.barrier import BarrierCheck
from procheck.match.base import Judgement
from procheck.match.criterion import CriterionCheck
from procheck.match.features import DocContext
from procheck.match.grounds import GroundsCheck
from procheck.match.linked import LinkedCheck
from procheck.match.obligation import ObligationCheck
from procheck.records import ElementResult, Segmented

Check = type[ObligationCheck] | type[LinkedCheck] | type[GroundsCheck] | type[CriterionCheck] | type[BarrierCheck]
CHECKS: dict[str, Check] = {
    "obligation.v1": ObligationCheck,
    "grounds.v1": GroundsCheck,
    "linked.v1": LinkedCheck,
    "criterion.v1": CriterionCheck,
    "barrier.v1": BarrierCheck,
}


def judge(seg: Segmented, lib: Library) -> dict[str, ElementResult]:
    """Every element of the library judged on one document (the profile selects later)."""
    ctx = DocContext(seg, lib)
    state = Judgement()
    for el in sorted(lib.elements.values(), key=lambda e: CHECKS[e.spec.check].stage):
        state.results[el.id] = CHECKS[el.spec.check](el).run(ctx, state)
    return {eid: state.results[eid] for eid in lib.elements}

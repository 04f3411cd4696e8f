"""Match and judge: run every element's check over a segmented document.

``CHECKS`` maps the versioned check kind named in the clause library to its class (see
tests/test_registry.py). The obligation is judged first, because linked elements and grounds depend
on where it is and how strong it is.
"""

from __future__ import annotations

from procheck.library import Library
from procheck.match.base import Candidate
from procheck.match.features import DocContext
from procheck.match.grounds import GroundsCheck
from procheck.match.linked import Anchors, LinkedCheck
from procheck.match.obligation import ObligationCheck
from procheck.records import ElementResult, Segmented

CHECKS: dict[str, type] = {
    "obligation.v1": ObligationCheck,
    "grounds.v1": GroundsCheck,
    "linked.v1": LinkedCheck,
}


def judge(seg: Segmented, lib: Library) -> dict[str, ElementResult]:
    """Every element of the library judged on one document (the profile selects later)."""
    ctx = DocContext(seg, lib)
    results: dict[str, ElementResult] = {}
    obligations: list[Candidate] = []
    order = sorted(lib.elements.values(), key=lambda e: ("obligation.v1", "linked.v1", "grounds.v1").index(e.spec.check))
    anchors: Anchors | None = None
    for el in order:
        kind = el.spec.check
        if kind == "obligation.v1":
            res, good = ObligationCheck(el).run(ctx, results)
            results[el.id] = res
            obligations.extend(good)
        elif kind == "linked.v1":
            if anchors is None:
                anchors = Anchors(ctx, obligations)
            results[el.id] = LinkedCheck(el).run(ctx, results, anchors)
        elif kind == "grounds.v1":
            results[el.id] = GroundsCheck(el).run(ctx, results, obligations)
    return {eid: results[eid] for eid in lib.elements}

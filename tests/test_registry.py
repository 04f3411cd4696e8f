"""Registered check kinds are a checked-in list: changing semantics means a new versioned name."""

from __future__ import annotations

from procheck.library import CHECK_KINDS, load_library
from procheck.match import CHECKS

REGISTERED = ["barrier.v1", "criterion.v1", "grounds.v1", "linked.v1", "obligation.v1"]


def test_registry_check_kinds_are_stable() -> None:
    assert sorted(CHECKS) == REGISTERED
    assert sorted(CHECK_KINDS) == REGISTERED


def test_registry_every_element_uses_a_registered_kind() -> None:
    for el in load_library().elements.values():
        assert el.spec.check in CHECKS


def test_registry_every_barrier_names_a_registered_detector() -> None:
    from procheck.match.barrier import DETECTORS

    barriers = [el for el in load_library().elements.values() if el.spec.check == "barrier.v1"]
    assert barriers
    for el in barriers:
        assert el.spec.detector in DETECTORS, el.id
        assert el.spec.adverse, f"{el.id}: a barrier is adverse (present = problem)"
        assert el.spec.anchor, f"{el.id}: every barrier quotes its legal anchor"

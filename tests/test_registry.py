"""Registered check kinds are a checked-in list: changing semantics means a new versioned name."""

from __future__ import annotations

from procheck.library import CHECK_KINDS, load_library
from procheck.match import CHECKS

REGISTERED = ["grounds.v1", "linked.v1", "obligation.v1"]


def test_registry_check_kinds_are_stable() -> None:
    assert sorted(CHECKS) == REGISTERED
    assert sorted(CHECK_KINDS) == REGISTERED


def test_registry_every_element_uses_a_registered_kind() -> None:
    for el in load_library().elements.values():
        assert el.spec.check in CHECKS

"""The generic harness: every inline test in clauses/*.yaml, one pytest case each."""

from __future__ import annotations

import pytest

from procheck.examples import run_examples
from procheck.library import load_library

_OUTCOMES = run_examples(load_library())


@pytest.mark.parametrize("outcome", [o for o in _OUTCOMES if not o.todo], ids=lambda o: o.name)
def test_clause_examples_inline(outcome) -> None:
    assert outcome.ok, "\n".join(outcome.diff())


def test_clause_examples_every_element_has_a_positive_example() -> None:
    lib = load_library()
    positive = {eid for o in _OUTCOMES for eid, st in o.expected.items() if st in ("present", "weak")}
    assert set(lib.elements) <= positive, set(lib.elements) - positive

"""The diversity score: points per criterion, penalties for barriers, the level ladder, the built-in
scoring profiles and a user's own profile file, and the score of a whole checked tender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from procheck.errors import ProfileError
from procheck.library import Library, load_library
from procheck.pipeline import check_path
from procheck.records import ElementResult, Evidence
from procheck.score import (
    Criterion,
    Level,
    Penalty,
    ScoringProfile,
    diversity_score,
    load_scoring,
    scoring_profiles,
)
from procheck.score import compute_score as _compute_score

AW, AP, EMP = "diversity.award_weighting", "diversity.apprentices", "diversity.employment_target"
TURNOVER, LOTS = "barrier.turnover", "barrier.no_lots"


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


def el(eid: str, status: str, *, quote: str | None = None, page: int | None = None, start: int = 0,
       figures: dict[str, object] | None = None, adverse: bool = False) -> ElementResult:
    ev = (Evidence(page=page, text=quote, start=start, end=start + len(quote)),) if quote else ()
    return ElementResult(id=eid, status=status, confidence=0.8, reason="hand-built", evidence=ev,
                         figures=dict(figures or {}), adverse=adverse)


def compute_score(elements: list[ElementResult], sp: ScoringProfile) -> Any:
    """``procheck.score.compute_score``, typed loosely for indexing in the tests."""
    return _compute_score(elements, sp)


def toy_profile(**over: Any) -> ScoringProfile:
    """Three criteria worth 100 points in all, two penalties, a three-step ladder."""
    base: dict[str, Any] = dict(
        name="toy",
        title="Toy ladder",
        criteria=[
            Criterion(element=AW, points=40, weak=0.25),
            Criterion(element=AP, points=35),  # default weak share 0.5
            Criterion(element=EMP, points=25, weak=0.2),
        ],
        penalties=[Penalty(element=TURNOVER, points=10), Penalty(element=LOTS, points=6, weak=0.5)],
        levels=[
            Level(name="bottom"),
            Level(name="middle", min_score=30, requires={AW: "weak"}),
            Level(name="top", min_score=70, requires={AW: "present", AP: "present"}),
        ],
    )
    base.update(over)
    return ScoringProfile(**base)


# --- compute_score on hand-built results ---------------------------------------------------------


def test_score_nothing_found_is_zero_at_the_lowest_level(lib: Library) -> None:
    sp = scoring_profiles(lib)["uk_social_value"]
    every = [c.element for c in sp.criteria] + [p.element for p in sp.penalties]
    for elements in ([], [el(e, "missing") for e in every]):
        s = compute_score(elements, sp)
        assert s["score"] == 0.0
        assert s["earned"] == 0.0 and s["penalty"] == 0.0
        assert s["level"] == sp.levels[0].name == "L0"
        assert s["next"]["level"] == "L1"


def test_score_present_full_points_weak_share_missing_nothing() -> None:
    s = compute_score([el(AW, "weak"), el(AP, "present"), el(EMP, "missing")], toy_profile())
    points = {b["element"]: b["points"] for b in s["breakdown"]}
    assert points == {AW: 10.0, AP: 35.0, EMP: 0.0}  # 40 x 0.25, full 35, nothing
    assert s["earned"] == 45.0 and s["possible"] == 100.0
    assert s["score"] == 45.0


def test_score_weak_share_is_per_criterion() -> None:
    s = compute_score([el(AW, "weak"), el(AP, "weak"), el(EMP, "weak")], toy_profile())
    points = {b["element"]: b["points"] for b in s["breakdown"]}
    assert points == {AW: 10.0, AP: 17.5, EMP: 5.0}
    assert s["score"] == 32.5


def test_score_is_a_percentage_of_the_possible_points() -> None:
    sp = toy_profile(criteria=[Criterion(element=AW, points=3), Criterion(element=AP, points=1)])
    s = compute_score([el(AW, "present")], sp)
    assert s["possible"] == 4.0
    assert s["score"] == 75.0


def test_score_unknown_earns_nothing_and_is_listed() -> None:
    s = compute_score([el(AW, "present"), el(AP, "unknown")], toy_profile())
    assert s["earned"] == 40.0
    assert s["unknown"] == [AP]


def test_score_barrier_found_costs_its_penalty() -> None:
    found = [el(AW, "present"), el(AP, "present"), el(TURNOVER, "present", adverse=True)]
    s = compute_score(found, toy_profile())
    assert s["earned"] == 75.0 and s["penalty"] == 10.0
    assert s["score"] == 65.0
    pen = [b for b in s["breakdown"] if b["kind"] == "penalty"]
    assert [(b["element"], b["points"], b["status"]) for b in pen] == [(TURNOVER, -10.0, "present")]


def test_score_barrier_to_check_costs_the_weak_share() -> None:
    s = compute_score([el(AW, "present"), el(LOTS, "weak", adverse=True)], toy_profile())
    assert s["penalty"] == 3.0  # 6 x 0.5
    assert s["score"] == 37.0


def test_score_barrier_not_found_costs_nothing_and_is_not_listed() -> None:
    s = compute_score([el(AW, "present"), el(TURNOVER, "missing", adverse=True)], toy_profile())
    assert s["penalty"] == 0.0 and s["score"] == 40.0
    assert all(b["kind"] == "criterion" for b in s["breakdown"])


def test_score_penalties_never_push_below_zero() -> None:
    barriers = [el(TURNOVER, "present", adverse=True), el(LOTS, "present", adverse=True)]
    s = compute_score([el(EMP, "weak"), *barriers], toy_profile())  # earns 5, loses 16
    assert s["earned"] == 5.0 and s["penalty"] == 16.0
    assert s["score"] == 0.0
    assert s["level"] == "bottom"


def test_score_level_needs_min_score_and_its_required_statuses() -> None:
    sp = toy_profile()
    # 10 + 35 + 25 = 70 points, enough for "top" by score, but the award criterion is only weak
    s = compute_score([el(AW, "weak"), el(AP, "present"), el(EMP, "present")], sp)
    assert s["score"] == 70.0
    assert s["level"] == "middle"
    assert s["next"] == {"level": "top", "min_score": 70.0, "lacking": [f"{AW} present"]}
    # the requirement alone is not enough either: present award criterion, but 40 points only
    s = compute_score([el(AW, "present")], sp)
    assert s["level"] == "middle"
    assert s["next"]["level"] == "top" and s["next"]["lacking"] == [f"{AP} present"]
    # both: the top of the ladder, nothing next
    s = compute_score([el(AW, "present"), el(AP, "present")], sp)
    assert s["score"] == 75.0 and s["level"] == "top" and s["next"] is None


def test_score_high_score_without_the_required_element_stays_low() -> None:
    sp = toy_profile()
    # 35 + 25 = 60 points, above "middle"'s 30, but no award criterion at all
    s = compute_score([el(AP, "present"), el(EMP, "present")], sp)
    assert s["score"] == 60.0
    assert s["level"] == "bottom"
    assert s["next"] == {"level": "middle", "min_score": 30.0, "lacking": [f"{AW} weak"]}


def test_score_uk_ladder_weak_weighting_caps_the_level(lib: Library) -> None:
    sp = scoring_profiles(lib)["uk_social_value"]
    elements = [el(c.element, "present") for c in sp.criteria if c.element != AW] + [el(AW, "weak")]
    s = compute_score(elements, sp)
    assert s["score"] == 82.0  # 70 + 30 x 0.4
    assert s["level"] == "L2"  # L3 and L4 need the weighting present
    elements[-1] = el(AW, "present")
    assert compute_score(elements, sp)["level"] == "L4"


def test_score_breakdown_one_entry_per_criterion_with_evidence() -> None:
    sp = toy_profile()
    elements = [
        el(AW, "present", quote="Social value  carries\n15 % of the marks.", page=3, start=120,
           figures={"weight_percent": 15}),
        el(AP, "weak", quote="Tenderers are encouraged to take on apprentices.", start=400),
    ]
    s = compute_score(elements, sp)
    crit = [b for b in s["breakdown"] if b["kind"] == "criterion"]
    assert [b["element"] for b in crit] == [c.element for c in sp.criteria]
    by = {b["element"]: b for b in crit}
    assert by[AW]["status"] == "present" and by[AW]["points"] == 40.0 and by[AW]["max"] == 40.0
    assert by[AW]["figures"] == {"weight_percent": 15}
    ev = by[AW]["evidence"]
    assert ev["page"] == 3 and ev["start"] == 120
    assert ev["quote"] == "Social value carries 15 % of the marks."  # whitespace folded
    assert by[AP]["status"] == "weak" and by[AP]["points"] == 17.5 and by[AP]["max"] == 35.0
    assert by[AP]["evidence"]["page"] is None
    assert by[AP]["evidence"]["quote"] == "Tenderers are encouraged to take on apprentices."
    assert by[EMP]["status"] == "missing" and by[EMP]["points"] == 0.0 and by[EMP]["evidence"] is None


def test_score_breakdown_shortens_long_quotes() -> None:
    long = "The Contractor shall offer placements " + "and more placements " * 20
    s = compute_score([el(AP, "present", quote=long)], toy_profile())
    quote = next(b for b in s["breakdown"] if b["element"] == AP)["evidence"]["quote"]
    assert len(quote) == 160 and quote.endswith("…")
    assert quote[:-1] == " ".join(long.split())[:159]


def test_score_points_add_up_to_the_score(lib: Library) -> None:
    sp = scoring_profiles(lib)["sweden_levels"]
    elements = [el(c.element, ("present", "weak", "missing")[i % 3]) for i, c in enumerate(sp.criteria)]
    elements += [el(p.element, ("present", "weak")[i % 2], adverse=True) for i, p in enumerate(sp.penalties)]
    s = compute_score(elements, sp)
    total = sum(b["points"] for b in s["breakdown"])
    assert total == pytest.approx(s["earned"] - s["penalty"])
    assert s["score"] == round(100 * max(0.0, total) / sp_possible(sp), 1)


def sp_possible(sp: ScoringProfile) -> float:
    return sum(c.points for c in sp.criteria)


# --- built-in and user profiles -------------------------------------------------------------------


def test_score_builtin_profiles_validate_against_the_library(lib: Library) -> None:
    profs = scoring_profiles(lib)
    assert {"sweden_levels", "uk_social_value", "copenhagen"} <= set(profs)
    for name, sp in profs.items():
        assert sp.name == name
        for c in sp.criteria:
            assert c.element in lib.elements, (name, c.element)
            assert not lib.elements[c.element].spec.adverse, (name, c.element)
        for p in sp.penalties:
            assert lib.elements[p.element].spec.adverse, (name, p.element)
        for lv in sp.levels:
            assert set(lv.requires) <= set(lib.elements), (name, lv.name)
        mins = [lv.min_score for lv in sp.levels]
        assert mins == sorted(mins), f"{name}: the ladder must ascend"
        assert sp.levels[0].min_score == 0 and not sp.levels[0].requires, f"{name}: the lowest level is free"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", "sweden_levels"), ("en", "uk_social_value"), ("nl", "copenhagen"), ("fi", "uk_social_value")],
)
def test_score_default_profile_by_language(lib: Library, language: str, expected: str) -> None:
    assert load_scoring(lib, None, language).name == expected


def test_score_named_profile_wins_over_language(lib: Library) -> None:
    assert load_scoring(lib, "copenhagen", "sv").name == "copenhagen"
    s: Any = diversity_score([el(AP, "present")], language="sv", lib=lib, profile="copenhagen")
    assert s is not None and s["profile"] == "copenhagen" and s["score"] == 25.0


def test_score_unknown_profile_name_is_a_profile_error(lib: Library) -> None:
    with pytest.raises(ProfileError, match="unknown scoring profile"):
        load_scoring(lib, "no_such_ladder", "en")


USER_PROFILE = """\
name: my_city
title: My city's social clauses
criteria:
  - {{element: {first}, points: 60}}
  - {{element: diversity.apprentices, points: 40, weak: 0.25}}
penalties:
  - {{element: {penalty}, points: 10}}
levels:
  - {{name: nothing}}
  - {{name: something, min_score: 50}}
"""


def test_score_user_profile_file_loads_and_scores(lib: Library, tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text(USER_PROFILE.format(first=AW, penalty=TURNOVER), encoding="utf-8")
    sp = load_scoring(lib, str(f), "sv")
    assert sp.name == "my_city"
    s = compute_score([el(AW, "present"), el(AP, "weak")], sp)
    assert s["score"] == 70.0 and s["level"] == "something"


def test_score_user_profile_naming_an_unknown_element_fails(lib: Library, tmp_path: Path) -> None:
    f = tmp_path / "typo.yaml"
    f.write_text(USER_PROFILE.format(first="diversity.award_weighing", penalty=TURNOVER), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_scoring(lib, str(f), "en")
    assert "diversity.award_weighing" in str(info.value)
    assert info.value.code == "E203"


def test_score_user_profile_penalty_must_be_a_barrier(lib: Library, tmp_path: Path) -> None:
    f = tmp_path / "penalty.yaml"
    f.write_text(USER_PROFILE.format(first=AW, penalty=EMP), encoding="utf-8")
    with pytest.raises(ProfileError, match="not a barrier"):
        load_scoring(lib, str(f), "en")


def test_score_user_profile_level_requiring_unknown_element_fails(lib: Library, tmp_path: Path) -> None:
    f = tmp_path / "level.yaml"
    text = USER_PROFILE.format(first=AW, penalty=TURNOVER).replace(
        "min_score: 50}", "min_score: 50, requires: {diversity.nothing_like_this: present}}")
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match="diversity.nothing_like_this"):
        load_scoring(lib, str(f), "en")


# --- the score of a whole checked tender ----------------------------------------------------------

ENGLISH_TENDER = """\
INVITATION TO TENDER: CLEANING OF COUNCIL OFFICES

The Borough Council invites tenders for the cleaning of its offices, depots and two libraries for a period of three years.

2. Contract value

The estimated value of the contract is £600,000.

3. Selection criteria

Tenderers must have a minimum annual turnover of £1,800,000.

The contract will not be divided into lots.

6. Award criteria

Tenders will be evaluated on price (55 %), quality (30 %) and social value (15 %).

7. Social value

The Contractor shall provide at least two apprenticeships during the contract.
"""


def test_score_of_a_checked_english_tender(tmp_path: Path) -> None:
    p = tmp_path / "itt.txt"
    p.write_text(ENGLISH_TENDER, encoding="utf-8")
    report = check_path(p)
    assert report.error is None and report.language == "en"
    s: Any = report.score
    assert s is not None
    assert s["profile"] == "uk_social_value"
    breakdown = s["breakdown"]
    crit = {b["element"]: b for b in breakdown if b["kind"] == "criterion"}
    pen = {b["element"]: b for b in breakdown if b["kind"] == "penalty"}
    assert crit[AW]["status"] == "present" and crit[AW]["points"] == crit[AW]["max"] == 30.0
    assert crit[AW]["figures"]["weight_percent"] == 15
    assert crit[AP]["status"] == "present" and crit[AP]["figures"]["count"] == 2
    assert pen[TURNOVER]["points"] == -5.0 and pen[LOTS]["points"] == -3.0
    total = sum(b["points"] for b in breakdown)
    assert total == pytest.approx(s["earned"] - s["penalty"])
    assert s["score"] == round(100 * max(0.0, total) / s["possible"], 1)
    assert s["score"] == 32.0  # (30 + 10 - 5 - 3) of 100
    assert s["level"] == "L2"  # present weighting, but under the 40 points of L3
    statuses = {e.id: e.status for e in report.elements}
    for eid, b in crit.items():
        if eid in statuses:
            assert b["status"] == statuses[eid], eid
    for b in breakdown:
        if b["status"] in ("present", "weak"):
            assert b["evidence"] and b["evidence"]["quote"], b["element"]

"""The diversity score: 0–100 and a level on a named ladder, from a scoring profile in YAML.

A scoring profile (``clauses/scoring/*.yaml``, or a user's own file) lists criteria, each an element
of the library with the points it earns when ``present`` (and the share it earns when ``weak``),
penalties for hidden barriers that are found, and an ascending ladder of levels, each with a minimum
score and the elements it requires. Every point of the score traces back to one criterion and the
evidence of its element; the breakdown is part of the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field

from procheck.errors import ProfileError
from procheck.library import Library, _read_yaml, _Strict, _validate
from procheck.records import ElementResult

_RANK = {"present": 2, "weak": 1, "missing": 0, "unknown": 0}


class Criterion(_Strict):
    element: str
    points: float = Field(gt=0)
    weak: float = Field(default=0.5, ge=0, le=1)  #: share of the points a weak finding earns
    note: str = ""  #: what the framework calls it ("MAC 5.1", "bas: contract term at legal level")


class Penalty(_Strict):
    element: str  #: an adverse element (a barrier)
    points: float = Field(gt=0)
    weak: float = Field(default=0.5, ge=0, le=1)
    note: str = ""


class Level(_Strict):
    name: str
    min_score: float = Field(default=0, ge=0, le=100)
    requires: dict[str, Literal["present", "weak"]] = Field(default_factory=dict)
    description: str = ""


class ScoringProfile(_Strict):
    name: str
    title: str
    description: str = ""
    languages: list[str] = Field(default_factory=list)  #: document languages this profile is the default for
    references: list[str] = Field(default_factory=list)
    criteria: list[Criterion]
    penalties: list[Penalty] = Field(default_factory=list)
    levels: list[Level] = Field(min_length=1)


def scoring_dir(lib: Library) -> Path:
    return lib.root / "scoring"


@lru_cache(maxsize=8)
def _builtin(root: str) -> dict[str, ScoringProfile]:
    out: dict[str, ScoringProfile] = {}
    d = Path(root)
    for f in sorted(d.glob("*.yaml")) if d.is_dir() else []:
        sp: ScoringProfile = _validate(ScoringProfile, _read_yaml(f), f)
        out[sp.name] = sp
    return out


_CHECKED: dict[tuple[str, str], dict[str, ScoringProfile]] = {}


def scoring_profiles(lib: Library) -> dict[str, ScoringProfile]:
    """The built-in scoring profiles, by name, each checked against the library (once per library)."""
    key = (str(lib.root), lib.hash)
    if key not in _CHECKED:
        profs = _builtin(str(scoring_dir(lib)))
        for name, sp in profs.items():
            _check(lib, sp, scoring_dir(lib) / f"{name}.yaml")
        _CHECKED[key] = profs
    return _CHECKED[key]


def install_scoring_profiles(lib: Library, profiles: dict[str, ScoringProfile]) -> None:
    """Use ``profiles`` (already read and checked elsewhere) as ``lib``'s built-in scoring profiles:
    for a worker process that has the compiled library but not its folder (a Dask worker)."""
    _CHECKED[(str(lib.root), lib.hash)] = dict(profiles)


def _check(lib: Library, sp: ScoringProfile, path: Path) -> None:
    items: list[Criterion | Penalty] = [*sp.criteria, *sp.penalties]
    for item in items:
        if item.element not in lib.elements:
            raise ProfileError(
                f"scoring profile {sp.name!r} names unknown element {item.element!r}; "
                "run 'procheck clauses list' for valid ids", path=str(path))
    for p in sp.penalties:
        if not lib.elements[p.element].spec.adverse:
            raise ProfileError(f"scoring profile {sp.name!r}: penalty element {p.element!r} is not a barrier; "
                               "list it under criteria instead", path=str(path))
    for lv in sp.levels:
        for eid in lv.requires:
            if eid not in lib.elements:
                raise ProfileError(f"scoring profile {sp.name!r}, level {lv.name!r}, requires unknown element "
                                   f"{eid!r}", path=str(path))


def load_scoring(lib: Library, name_or_path: str | None, language: str = "en") -> ScoringProfile:
    """A built-in scoring profile by name, a user's YAML file, or (None) the default for ``language``."""
    profs = scoring_profiles(lib)
    if name_or_path is None:
        for sp in profs.values():
            if language in sp.languages:
                return sp
        fallback = next((sp for sp in profs.values() if "*" in sp.languages), None)
        if fallback is None:
            raise ProfileError("no default scoring profile (add '*' to the languages of one profile)",
                               path=str(scoring_dir(lib)))
        return fallback
    if name_or_path in profs:
        return profs[name_or_path]
    p = Path(name_or_path)
    if not p.is_file():
        raise ProfileError(f"unknown scoring profile {name_or_path!r}; use one of {', '.join(sorted(profs))} "
                           "or a path to a YAML scoring profile")
    sp = _validate(ScoringProfile, _read_yaml(p), p)
    _check(lib, sp, p)
    return sp


def _evidence_ref(el: ElementResult) -> dict[str, object] | None:
    if not el.evidence:
        return None
    ev = el.evidence[0]
    quote = " ".join(ev.text.split())
    return {"page": ev.page, "start": ev.start, "end": ev.end,
            "quote": quote if len(quote) <= 160 else quote[:159] + "…"}


def compute_score(elements: Sequence[ElementResult], sp: ScoringProfile) -> dict[str, object]:
    """Score already-judged elements with a scoring profile: total, level and the breakdown."""
    by_id = {el.id: el for el in elements}
    breakdown: list[dict[str, object]] = []
    earned = possible = 0.0
    unknown = []
    for c in sp.criteria:
        possible += c.points
        el = by_id.get(c.element)
        status = el.status if el else "missing"
        share = 1.0 if status == "present" else c.weak if status == "weak" else 0.0
        pts = round(c.points * share, 2)
        earned += pts
        if status == "unknown":
            unknown.append(c.element)
        breakdown.append({
            "kind": "criterion", "element": c.element, "note": c.note, "status": status,
            "points": pts, "max": c.points, "figures": dict(el.figures) if el else {},
            "evidence": _evidence_ref(el) if el else None,
        })
    penalty = 0.0
    for p in sp.penalties:
        el = by_id.get(p.element)
        status = el.status if el else "missing"
        share = 1.0 if status == "present" else p.weak if status == "weak" else 0.0
        pts = round(p.points * share, 2)
        penalty += pts
        if pts:
            breakdown.append({
                "kind": "penalty", "element": p.element, "note": p.note, "status": status,
                "points": -pts, "max": 0, "figures": dict(el.figures) if el else {},
                "evidence": _evidence_ref(el) if el else None,
            })
    raw = max(0.0, earned - penalty)
    score = round(100.0 * raw / possible, 1) if possible else 0.0
    level = sp.levels[0].name
    reached: list[str] = []
    for lv in sp.levels:
        ok = score >= lv.min_score and all(
            _RANK[(by_id[eid].status if eid in by_id else "missing")] >= _RANK[need]
            for eid, need in lv.requires.items()
        )
        if not ok:
            break
        level = lv.name
        reached.append(lv.name)
    nxt = next((lv for lv in sp.levels if lv.name not in reached), None)
    to_next = None
    if nxt is not None:
        lacking = [f"{eid} {need}" for eid, need in nxt.requires.items()
                   if _RANK[(by_id[eid].status if eid in by_id else "missing")] < _RANK[need]]
        to_next = {"level": nxt.name, "min_score": nxt.min_score, "lacking": lacking}
    return {
        "profile": sp.name,
        "title": sp.title,
        "score": score,
        "level": level,
        "ladder": [lv.name for lv in sp.levels],
        "earned": round(earned, 2),
        "penalty": round(penalty, 2),
        "possible": possible,
        "next": to_next,
        "unknown": unknown,
        "breakdown": breakdown,
    }


def diversity_score(
    elements: Sequence[ElementResult], *, language: str, lib: Library, profile: str | None = None,
) -> dict[str, object] | None:
    """The score of a judged document with the named (or the language's default) scoring profile;
    None when the library ships no scoring profiles and none is named."""
    if profile is None and not scoring_profiles(lib):
        return None
    return compute_score(elements, load_scoring(lib, profile, language))

"""Data model of the generated sample documents and the label logic.

Every clause that goes into a sample declares what it carries:

* ``carries``  -- element id -> status ("present" / "weak") stated by the clause itself;
* ``generic``  -- element ids for which the clause is only a generic clause (termination for any
  material breach, a general audit, generic responsibility for subcontractors, a general duty to
  report).  Following the corpus rules these count as ``weak`` only when the document has an
  anti-discrimination obligation that is present or weak, otherwise ``missing``;
* ``negates``  -- element ids the clause expressly excludes ("the Supplier is not required to ...");
* ``grounds``  -- canonical ground ids enumerated in the obligation the clause states;
* ``note``     -- why, for ``labels.json``.

The document labels are computed from these declarations only, so they cannot drift from the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ELEMENTS = [
    "nondiscrimination.obligation",
    "nondiscrimination.grounds",
    "nondiscrimination.workplace",
    "nondiscrimination.accessibility",
    "reporting.on_request",
    "reporting.records_access",
    "flowdown.subcontractors",
    "flowdown.prime_responsible",
    "termination.right",
    "termination.sanctions",
]
OBL = "nondiscrimination.obligation"
GRD = "nondiscrimination.grounds"
RANK = {"missing": 0, "weak": 1, "present": 2}

CANONICAL_GROUNDS = {
    "sex", "gender_identity", "pregnancy", "marital_status", "race", "colour", "ethnic_origin",
    "national_origin", "nationality", "descent", "religion", "belief", "disability", "age",
    "sexual_orientation", "political_opinion", "language", "health", "physical_genetic",
    "social_origin", "wealth", "trade_union", "civil_status",
}

# Short aliases used by the clause stock.
P, W = "present", "weak"
ALIASES = {
    "obl": OBL, "grd": GRD, "work": "nondiscrimination.workplace",
    "acc": "nondiscrimination.accessibility", "rep": "reporting.on_request",
    "rec": "reporting.records_access", "flow": "flowdown.subcontractors",
    "prime": "flowdown.prime_responsible", "term": "termination.right", "sanc": "termination.sanctions",
}


def el(name: str) -> str:
    return ALIASES.get(name, name)


@dataclass
class Clause:
    """One numbered section (or an annex) of a document."""

    key: str
    title: str
    paras: list = field(default_factory=list)  # str | ("li", str) | ("table", rows) | ("h", str)
    carries: dict = field(default_factory=dict)
    generic: set = field(default_factory=set)
    negates: set = field(default_factory=set)
    grounds: list = field(default_factory=list)
    note: str = ""
    annex: bool = False
    where: str = ""  # filled in when numbered
    page: int | None = None  # filled in by the PDF renderer
    extra_notes: list = field(default_factory=list)  # notes of clauses merged into this one

    def normalise(self) -> Clause:
        self.carries = {el(k): v for k, v in self.carries.items()}
        self.generic = {el(k) for k in self.generic}
        self.negates = {el(k) for k in self.negates}
        for k, v in self.carries.items():
            assert k in ELEMENTS and v in (P, W), (self.key, k, v)
        for g in self.grounds:
            assert g in CANONICAL_GROUNDS, g
        if self.grounds:
            assert OBL in self.carries, f"{self.key}: grounds listed without an obligation"
        return self

    def merge(self, other: Clause) -> None:
        """Append ``other``'s paragraphs and declarations to this clause."""
        self.paras.extend(other.paras)
        for k, v in other.carries.items():
            if RANK[v] > RANK.get(self.carries.get(k, "missing"), 0):
                self.carries[k] = v
        self.generic |= other.generic
        self.negates |= other.negates
        self.grounds = sorted(set(self.grounds) | set(other.grounds))
        if other.note:
            self.extra_notes.append(other.note)


def compute_labels(clauses: list[Clause]) -> tuple[dict, list, str]:
    """Combine the clause declarations into document labels (corpus README rules)."""
    status = {e: "missing" for e in ELEMENTS}
    notes: list[str] = []
    grounds: set[str] = set()

    def loc(c: Clause) -> str:
        s = c.where or c.title
        if c.page:
            s += f" (p.{c.page})"
        return s

    negated: set[str] = set()
    for c in clauses:
        negated |= c.negates
    for c in clauses:
        for e, s in c.carries.items():
            if e in negated:
                raise ValueError(f"{c.key}: {e} is both negated and carried")
            if RANK[s] > RANK[status[e]]:
                status[e] = s
        own = [c.note] if (c.note and not c.generic) else []
        own += c.extra_notes
        if own:
            notes.append(f"{loc(c)}: " + " ".join(own))
    obligation = status[OBL]
    # grounds follow the obligation that lists them
    for c in clauses:
        if c.grounds:
            grounds |= set(c.grounds)
            gs = c.carries[OBL]
            if RANK[gs] > RANK[status[GRD]]:
                status[GRD] = gs
    generic_hits: dict[str, list[str]] = {}
    for c in clauses:
        for e in c.generic:
            if e in negated:
                raise ValueError(f"{c.key}: {e} is negated but a generic clause carries it")
            generic_hits.setdefault(e, []).append(f"{loc(c)}, {c.note or 'generic clause'}")
    for e in ELEMENTS:
        where = generic_hits.get(e)
        if not where or status[e] != "missing":
            continue
        if obligation in (P, W):
            status[e] = W
            notes.append(f"{e} weak: only a generic clause ({'; '.join(where)}), which counts because the "
                         f"obligation is {obligation}.")
        else:
            notes.append(f"{e} missing: only a generic clause ({'; '.join(where)}) and no anti-discrimination "
                         "obligation.")
    if obligation == "missing" and not any(c.carries for c in clauses):
        notes.insert(0, "No anti-discrimination element at all.")
    for e in negated:
        assert status[e] == "missing"
    return status, sorted(grounds), " ".join(notes)

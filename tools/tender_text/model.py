"""Tender samples: a small markup for hand-written documents, and the findings that label them.

Every tender in ``tools/tender_text/{sv,en,nl}.py`` is written out in full (no random composition) in a
light markup (see :func:`parse`). Next to the text each tender lists its *findings*: the element, the
status a careful reviewer gives it, the section that carries it, a verbatim quote of the evidence, the
figures and a note with the arithmetic. The builder checks that every quote occurs in the rendered file
(and finds its page in PDFs), so the labels cannot drift from the text.

Elements that no finding mentions are ``missing``. A finding with status ``missing`` documents a hard
negative or a near miss (e.g. a 1.5x turnover requirement) and only adds to the notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sample_text.model import ELEMENTS

ORIGINAL = list(ELEMENTS)  # the ten clause elements of the contract samples
TENDER = [
    "redress.complaints",
    "redress.referral",
    "diversity.award_weighting",
    "diversity.employment_target",
    "diversity.apprentices",
    "diversity.strategy",
    "diversity.hr_practices",
    "diversity.certification",
    "diversity.supplier_participation",
    "diversity.contractual",
    "accessibility.specification",
    "barrier.turnover",
    "barrier.company_age",
    "barrier.prior_contracts",
    "barrier.no_lots",
    "barrier.insurance",
    "barrier.language",
    "barrier.deadline",
    "barrier.brand_names",
    "barrier.subcontracting_cap",
    "barrier.price_only",
]
ELEMENTS = ORIGINAL + TENDER
RANK = {"missing": 0, "weak": 1, "present": 2}
CANONICAL_GROUNDS = {
    "sex", "gender_identity", "pregnancy", "marital_status", "race", "colour", "ethnic_origin",
    "national_origin", "nationality", "descent", "religion", "belief", "disability", "age",
    "sexual_orientation", "political_opinion", "language", "health", "physical_genetic",
    "social_origin", "wealth", "trade_union", "civil_status",
}
#: which figures each element may carry (docs/tender-elements.md)
FIGURE_KEYS = {
    "diversity.award_weighting": {"weight_percent"},
    "diversity.employment_target": {"count", "percent"},
    "diversity.apprentices": {"count"},
    "diversity.certification": {"level"},
    "diversity.supplier_participation": {"percent"},
    "barrier.turnover": {"turnover", "contract_value", "currency", "ratio"},
    "barrier.company_age": {"years"},
    "barrier.insurance": {"insurance", "guarantee_percent", "contract_value"},
    "barrier.deadline": {"days", "minimum_days"},
    "barrier.brand_names": {"names"},
    "barrier.subcontracting_cap": {"percent"},
}

# Grounds lists, mapped to the canonical ids the existing samples use.
SE_GROUNDS = ["sex", "gender_identity", "ethnic_origin", "religion", "belief", "disability", "sexual_orientation", "age"]
UK_GROUNDS = ["age", "disability", "gender_identity", "marital_status", "pregnancy", "race", "religion", "belief", "sex",
              "sexual_orientation"]
NL_AWGB_GROUNDS = ["religion", "belief", "political_opinion", "race", "sex", "nationality", "sexual_orientation",
                   "civil_status", "disability", "health", "age"]
BE_GROUNDS = ["nationality", "race", "colour", "descent", "national_origin", "ethnic_origin", "sex", "sexual_orientation",
              "civil_status", "age", "wealth", "religion", "belief", "political_opinion", "trade_union", "language",
              "health", "disability", "physical_genetic", "social_origin"]


@dataclass
class F:
    """One finding: element, status, section, verbatim quote, figures, note."""

    element: str
    status: str
    section: str
    quote: str
    note: str = ""
    figures: dict = field(default_factory=dict)
    page: int | None = None  # set by the builder for PDFs

    def __post_init__(self) -> None:
        assert self.element in ELEMENTS, self.element
        assert self.status in RANK, (self.element, self.status)
        allowed = FIGURE_KEYS.get(self.element, set())
        assert set(self.figures) <= allowed, (self.element, self.figures)
        if self.figures:
            assert self.status != "missing", (self.element, "figures only for present/weak findings")


@dataclass
class Tender:
    name: str
    lang: str
    text: str                      # markup, see parse()
    findings: list
    grounds: list = field(default_factory=list)
    what: str = ""                 # README description
    header: tuple | None = None    # running header (left, right)
    footer: str | None = None      # e.g. "Sida {n} av {N}"
    author: str = ""
    opts: dict = field(default_factory=dict)  # renderer options (font, size, wrap ...)
    kind: str = "tender"

    @property
    def fmt(self) -> str:
        return self.name.rsplit(".", 1)[1]


def days_between(a: date, b: date) -> int:
    return (b - a).days


def ratio(turnover: float, value: float) -> float:
    return round(turnover / value, 2)


# ---------------------------------------------------------------------------------------------
# Markup
# ---------------------------------------------------------------------------------------------
LI_RE = re.compile(r"^(–|-|•|[a-z]\)|\d+\)|\([a-z]\)|[ivx]+\)) +(.*)$")


def parse(text: str) -> list[dict]:
    """Turn the markup into renderer blocks.

    Blocks are separated by blank lines. Inside a block:

    ``= T`` title, ``== T`` subtitle, ``~ T`` centred line, ``# T`` section heading (h1), ``## T`` sub-heading
    (h2), ``> Label: text`` a left-aligned line with a bold label, ``| a | b |`` table rows (first row is the
    header), ``- item`` / ``a) item`` list items (continuation lines start with two spaces), ``---`` page break.
    Anything else is a paragraph; its lines are joined with single spaces.
    """
    blocks: list[dict] = []
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [ln.rstrip() for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        first = lines[0].lstrip()
        if first == "---":
            blocks.append({"t": "pagebreak"})
            continue
        i = 0
        while i < len(lines):
            ln = lines[i].strip()
            if ln.startswith("|"):
                rows = [_cells(ln)]
                while i + 1 < len(lines) and lines[i + 1].strip().startswith("|"):
                    i += 1
                    rows.append(_cells(lines[i]))
                blocks.append({"t": "table", "rows": rows})
            elif ln.startswith("== "):
                blocks.append({"t": "subtitle", "text": ln[3:]})
            elif ln.startswith("= "):
                blocks.append({"t": "title", "text": ln[2:]})
            elif ln.startswith("~ "):
                blocks.append({"t": "center", "text": ln[2:]})
            elif ln.startswith("## "):
                blocks.append({"t": "h2", "text": ln[3:]})
            elif ln.startswith("# "):
                blocks.append({"t": "h1", "text": ln[2:]})
            elif ln.startswith("> "):
                label, _, rest = ln[2:].partition(": ")
                blocks.append({"t": "left", "bold": label + ":", "text": rest, "after": 1})
            elif (m := LI_RE.match(ln)) is not None:
                item = m.group(2)
                while i + 1 < len(lines) and lines[i + 1].startswith("  ") and not LI_RE.match(lines[i + 1].strip()):
                    i += 1
                    item += " " + lines[i].strip()
                label = "–" if m.group(1) in ("-", "–", "•") else m.group(1)
                blocks.append({"t": "li", "label": label, "text": item})
            else:
                para = [ln]
                while i + 1 < len(lines) and not _is_special(lines[i + 1].strip()):
                    i += 1
                    para.append(lines[i].strip())
                blocks.append({"t": "p", "text": " ".join(para), "bold": ""})
            i += 1
    return blocks


def _cells(ln: str) -> list[str]:
    return [c.strip() for c in ln.strip().strip("|").split("|")]


def _is_special(ln: str) -> bool:
    return bool(ln.startswith(("= ", "== ", "~ ", "# ", "## ", "> ", "|")) or LI_RE.match(ln))


class TenderDoc:
    """Duck-typed stand-in for ``sample_text.document.Document`` as the renderers use it."""

    def __init__(self, t: Tender):
        self.name = t.name
        self.lang = t.lang
        self.kind = t.kind
        self._blocks = parse(t.text)
        titles = [b["text"] for b in self._blocks if b["t"] == "title"]
        self.title = titles[0] if titles else t.name
        self.header = t.header
        self.footer = t.footer
        self.meta = {"author": t.author, "subject": self.title}

    def blocks(self) -> list[dict]:
        return [dict(b) for b in self._blocks]

    def clauses(self) -> list:
        return []

    def plain_text(self) -> str:
        return "\n".join(b.get("text", "") if b["t"] != "table" else "\n".join(" ".join(r) for r in b["rows"])
                         for b in self._blocks)


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------
def compute_entry(t: Tender) -> dict:
    labels = {e: "missing" for e in ELEMENTS}
    figures: dict = {}
    for f in t.findings:
        if RANK[f.status] > RANK[labels[f.element]]:
            labels[f.element] = f.status
            if f.figures:
                figures[f.element] = dict(f.figures)
        elif f.figures and RANK[f.status] == RANK[labels[f.element]] and f.element not in figures:
            figures[f.element] = dict(f.figures)
    # figures only for elements that are finally present/weak
    figures = {k: v for k, v in figures.items() if labels[k] != "missing"}
    if t.grounds:
        assert labels["nondiscrimination.grounds"] != "missing", t.name
        assert set(t.grounds) <= CANONICAL_GROUNDS, set(t.grounds) - CANONICAL_GROUNDS
    else:
        assert labels["nondiscrimination.grounds"] == "missing", t.name
    notes = []
    for f in t.findings:
        where = f"section {f.section}"
        if f.page:
            where += f" (p.{f.page})"
        notes.append(f"{where}: {f.element} {f.status} – {f.note}".rstrip(" –"))
    rest = [e for e in ELEMENTS if labels[e] == "missing" and not any(f.element == e for f in t.findings)]
    if rest:
        notes.append("Not in the text, hence missing: " + ", ".join(rest) + ".")
    return {
        "lang": t.lang,
        "kind": t.kind,
        "labels": labels,
        "figures": figures,
        "grounds": sorted(t.grounds),
        "scanned": False,
        "notes": " ".join(notes),
    }

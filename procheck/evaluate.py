"""Measure procheck against hand-made labels: ``procheck eval DIR``.

``labels.json`` maps a file name (relative to DIR) to::

    {"lang": "sv", "kind": "contract", "labels": {"<element id>": "present|weak|missing|unknown"},
     "figures": {"<element id>": {"weight_percent": 15, "currency": "SEK"}},
     "grounds": ["sex", ...], "scanned": false, "notes": "..."}

Metrics (``compute_metrics`` is pure and testable without running the checker):

- per element, detection precision / recall / F1 where positive = ``present`` or ``weak`` on both
  sides (an ``unknown`` prediction counts as not detected);
- macro-F1: the mean F1 over elements with at least one positive label or prediction;
- status accuracy: exact status matches over all labelled (document, element) pairs;
- a status confusion matrix (expected x got);
- grounds micro precision / recall / F1 over documents (sets of canonical ids);
- macro-F1 and accuracy per language;
- figures accuracy: every labelled figure (weights, amounts, days …) compared with the one the
  checker read (numbers within 0.5 %, text case-insensitively, lists as sets);
- every mismatch, with the checker's reason.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from procheck.errors import LabelsError
from procheck.records import Report

if TYPE_CHECKING:
    from procheck.library import Library

STATUSES = ("present", "weak", "missing", "unknown")
POSITIVE = frozenset({"present", "weak"})


@dataclass(frozen=True)
class Label:
    """The expected outcome for one document."""

    lang: str
    labels: dict[str, str]  #: element id -> expected status
    grounds: tuple[str, ...] = ()
    kind: str = ""
    scanned: bool = False
    notes: str = ""
    figures: dict[str, dict[str, Any]] = field(default_factory=dict)  #: element id -> expected figures


@dataclass(frozen=True)
class Prediction:
    """What the checker said about one document."""

    statuses: dict[str, str]  #: element id -> status
    reasons: dict[str, str] = field(default_factory=dict)
    grounds: tuple[str, ...] = ()
    error: str | None = None  #: "E104 …" when the document could not be read
    figures: dict[str, dict[str, Any]] = field(default_factory=dict)  #: element id -> figures read


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def active(self) -> bool:
        """Has at least one positive label or prediction (counts towards macro-F1)."""
        return self.tp + self.fp + self.fn > 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Mismatch:
    doc: str
    element: str
    expected: str
    got: str
    reason: str


@dataclass(frozen=True)
class GroupScore:
    documents: int
    macro_f1: float
    accuracy: float


@dataclass
class EvalResult:
    documents: int
    pairs: int  #: labelled (document, element) pairs
    per_element: dict[str, PRF]
    macro_f1: float
    accuracy: float
    confusion: dict[str, dict[str, int]]  #: expected -> got -> count
    grounds: PRF
    per_language: dict[str, GroupScore]
    mismatches: list[Mismatch]
    errors: dict[str, str] = field(default_factory=dict)  #: doc -> error message for unreadable documents
    figures_total: int = 0  #: labelled figures
    figures_matched: int = 0
    figure_mismatches: list[str] = field(default_factory=list)

    @property
    def figures_accuracy(self) -> float:
        return self.figures_matched / self.figures_total if self.figures_total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "pairs": self.pairs,
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "per_element": {k: {**v.as_dict(), "active": v.active} for k, v in self.per_element.items()},
            "confusion": self.confusion,
            "grounds": self.grounds.as_dict(),
            "per_language": {
                k: {
                    "documents": g.documents,
                    "macro_f1": round(g.macro_f1, 4),
                    "accuracy": round(g.accuracy, 4),
                }
                for k, g in self.per_language.items()
            },
            "mismatches": [asdict(m) for m in self.mismatches],
            "errors": self.errors,
            "figures": {"labelled": self.figures_total, "matched": self.figures_matched,
                        "accuracy": round(self.figures_accuracy, 4), "mismatches": self.figure_mismatches},
        }


# --------------------------------------------------------------------------------------------
# Labels and predictions
# --------------------------------------------------------------------------------------------


def load_labels(path: str | Path) -> dict[str, Label]:
    """Read and validate a labels file (E501 on any problem)."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LabelsError("labels file not found; pass --labels FILE", path=str(p)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise LabelsError(f"cannot read labels file: {e}", path=str(p)) from None
    except json.JSONDecodeError as e:
        raise LabelsError(f"labels file is not valid JSON ({e.msg})", path=str(p), line=e.lineno) from None
    if not isinstance(raw, dict):
        raise LabelsError("labels file must be a JSON object keyed by file name", path=str(p))
    out: dict[str, Label] = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("labels"), dict):
            raise LabelsError(
                f"entry {name!r} needs a 'labels' object mapping element ids to statuses", path=str(p)
            )
        labels = entry["labels"]
        for eid, status in labels.items():
            if status not in STATUSES:
                raise LabelsError(
                    f"entry {name!r}: status {status!r} of {eid!r} is not one of {', '.join(STATUSES)}",
                    path=str(p),
                )
        grounds = entry.get("grounds") or []
        if not isinstance(grounds, list) or not all(isinstance(g, str) for g in grounds):
            raise LabelsError(
                f"entry {name!r}: 'grounds' must be a list of canonical ground ids", path=str(p)
            )
        figs = entry.get("figures")
        figs = {} if figs is None else figs  # absent or null: no figures labelled; [] or "" is an error
        if not isinstance(figs, dict) or not all(isinstance(v, dict) for v in figs.values()):
            raise LabelsError(
                f"entry {name!r}: 'figures' must map element ids to objects of expected figures", path=str(p)
            )
        out[name] = Label(
            figures={str(k): dict(v) for k, v in figs.items()},
            lang=str(entry.get("lang", "")),
            labels=dict(labels),
            grounds=tuple(grounds),
            kind=str(entry.get("kind", "")),
            scanned=bool(entry.get("scanned", False)),
            notes=str(entry.get("notes", "")),
        )
    return out


def prediction_from_report(report: Report) -> Prediction:
    grounds: set[str] = set()
    for el in report.elements:
        grounds.update(el.grounds)
    return Prediction(
        statuses={el.id: el.status for el in report.elements},
        reasons={el.id: el.reason for el in report.elements},
        grounds=tuple(sorted(grounds)),
        error=(report.error or {}).get("message") if report.error else None,
        figures={el.id: dict(el.figures) for el in report.elements if el.figures},
    )


def figure_matches(expected: Any, got: Any) -> bool:
    """Numbers within 0.5 % (or 0.01), text case-insensitively, lists as sets of such values."""
    if isinstance(expected, list):
        if not isinstance(got, list):
            return False
        return {str(x).lower() for x in expected} <= {str(x).lower() for x in got}
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected == got
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return abs(expected - got) <= max(0.01, 0.005 * abs(expected))
    return str(expected).strip().lower() == str(got).strip().lower()


def _figure_scores(labels: Mapping[str, Label], predictions: Mapping[str, Prediction]) -> tuple[int, int, list[str]]:
    total = matched = 0
    misses: list[str] = []
    for doc in sorted(labels):
        pred = predictions.get(doc)
        for eid, figs in sorted(labels[doc].figures.items()):
            got_figs = pred.figures.get(eid, {}) if pred else {}
            for key, want in sorted(figs.items()):
                total += 1
                got = got_figs.get(key)
                if got is not None and figure_matches(want, got):
                    matched += 1
                else:
                    misses.append(f"{doc}  {eid}.{key}: expected {want!r}, got {got!r}")
    return total, matched, misses


# --------------------------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------------------------


def _scores(
    labels: Mapping[str, Label], predictions: Mapping[str, Prediction]
) -> tuple[dict[str, PRF], float, float, int, dict[str, dict[str, int]], list[Mismatch]]:
    counts: dict[str, list[int]] = {}
    confusion = {e: dict.fromkeys(STATUSES, 0) for e in STATUSES}
    matches = pairs = 0
    mismatches: list[Mismatch] = []
    for doc in sorted(labels):
        label = labels[doc]
        pred = predictions.get(doc, Prediction(statuses={}, error="no prediction"))
        for eid, expected in label.labels.items():
            got = pred.statuses.get(eid, "unknown")
            c = counts.setdefault(eid, [0, 0, 0])
            gold_pos, pred_pos = expected in POSITIVE, got in POSITIVE
            if gold_pos and pred_pos:
                c[0] += 1
            elif pred_pos:
                c[1] += 1
            elif gold_pos:
                c[2] += 1
            pairs += 1
            confusion.setdefault(expected, dict.fromkeys(STATUSES, 0))
            confusion[expected][got] = confusion[expected].get(got, 0) + 1
            if got == expected:
                matches += 1
            else:
                if eid in pred.reasons:
                    reason = pred.reasons[eid]
                elif pred.error:
                    reason = pred.error
                else:
                    reason = "element not checked (not in the profile)"
                mismatches.append(Mismatch(doc, eid, expected, got, reason))
    per_element = {eid: PRF(*c) for eid, c in counts.items()}
    active = [s.f1 for s in per_element.values() if s.active]
    macro = sum(active) / len(active) if active else 0.0
    accuracy = matches / pairs if pairs else 0.0
    return per_element, macro, accuracy, pairs, confusion, mismatches


def compute_metrics(labels: Mapping[str, Label], predictions: Mapping[str, Prediction]) -> EvalResult:
    """All metrics for ``predictions`` (keyed like ``labels``) against ``labels``."""
    per_element, macro, accuracy, pairs, confusion, mismatches = _scores(labels, predictions)

    tp = fp = fn = 0
    for doc, label in labels.items():
        gold = set(label.grounds)
        pred = predictions.get(doc)
        got = set(pred.grounds) if pred is not None else set()
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)

    per_language: dict[str, GroupScore] = {}
    for lang in sorted({label.lang for label in labels.values()}):
        subset = {d: lab for d, lab in labels.items() if lab.lang == lang}
        _, m, a, _, _, _ = _scores(subset, predictions)
        per_language[lang] = GroupScore(len(subset), m, a)

    errors = {d: p.error for d, p in predictions.items() if d in labels and p.error}
    ftotal, fmatched, fmisses = _figure_scores(labels, predictions)
    return EvalResult(
        figures_total=ftotal,
        figures_matched=fmatched,
        figure_mismatches=fmisses,
        documents=len(labels),
        pairs=pairs,
        per_element=dict(sorted(per_element.items())),
        macro_f1=macro,
        accuracy=accuracy,
        confusion=confusion,
        grounds=PRF(tp, fp, fn),
        per_language=per_language,
        mismatches=mismatches,
        errors=errors,
    )


# --------------------------------------------------------------------------------------------
# Running the checker
# --------------------------------------------------------------------------------------------


def evaluate(
    root: str | Path,
    labels_path: str | Path | None = None,
    *,
    jobs: int = 1,
    profile: str | None = "full",
    password: str | None = None,
    library: Library | None = None,
) -> EvalResult:
    """Check every labelled file under ``root`` and score the results against the labels."""
    from procheck.scan import check_many

    root_p = Path(root)
    labels_file = Path(labels_path) if labels_path is not None else root_p / "labels.json"
    labels = load_labels(labels_file)
    missing = sorted(name for name in labels if not (root_p / name).is_file())
    if missing:
        shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
        raise LabelsError(
            f"{len(missing)} labelled file(s) not found under {root_p}: {shown}; fix the names in the labels file "
            "or add the files",
            path=str(labels_file),
        )
    by_path = {str(root_p / name): name for name in labels}
    predictions: dict[str, Prediction] = {}
    for path, report in check_many(
        list(by_path), jobs=jobs, profile=profile, password=password, library=library
    ):
        predictions[by_path[path]] = prediction_from_report(report)
    return compute_metrics(labels, predictions)


# --------------------------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------------------------


def _short(text: str, width: int = 140) -> str:
    one = " ".join(text.split())
    return one if len(one) <= width else one[: width - 1] + "…"


def format_eval(result: EvalResult) -> str:
    """A plain-text table of the metrics, then every mismatch."""
    out: list[str] = []
    out.append(f"{result.documents} documents, {result.pairs} labelled (document, element) pairs")
    out.append("")
    width = max([len(e) for e in result.per_element] + [len("element")])
    out.append(f"{'element':<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'tp':>3} {'fp':>3} {'fn':>3}")
    for eid, s in result.per_element.items():
        if s.active:
            out.append(
                f"{eid:<{width}}  {s.precision:5.2f}  {s.recall:5.2f}  {s.f1:5.2f}  {s.tp:>3} {s.fp:>3} {s.fn:>3}"
            )
        else:
            out.append(f"{eid:<{width}}  {'n/a':>5}  {'n/a':>5}  {'n/a':>5}  {s.tp:>3} {s.fp:>3} {s.fn:>3}")
    out.append("")
    out.append(f"macro-F1 (detection)   {result.macro_f1:.3f}")
    out.append(f"status accuracy        {result.accuracy:.3f}")
    g = result.grounds
    out.append(
        f"grounds (micro)        P {g.precision:.3f}  R {g.recall:.3f}  F1 {g.f1:.3f}  (tp {g.tp} fp {g.fp} fn {g.fn})"
    )
    if result.figures_total:
        out.append(f"figures                {result.figures_matched} of {result.figures_total} labelled figures read "
                   f"right ({result.figures_accuracy:.3f})")
    out.append("")
    if result.per_language:
        out.append("per language:")
        for lang, gs in result.per_language.items():
            out.append(
                f"  {lang or '?':<4} {gs.documents:>3} docs  macro-F1 {gs.macro_f1:.3f}  accuracy {gs.accuracy:.3f}"
            )
        out.append("")
    out.append("status confusion (rows expected, columns got):")
    out.append(f"  {'':<9}" + "".join(f"{s:>9}" for s in STATUSES))
    for exp in STATUSES:
        row = result.confusion.get(exp, {})
        out.append(f"  {exp:<9}" + "".join(f"{row.get(got, 0):>9}" for got in STATUSES))
    out.append("")
    if result.errors:
        out.append(f"documents that could not be read ({len(result.errors)}):")
        for doc, msg in sorted(result.errors.items()):
            out.append(f"  {doc}: {_short(msg)}")
        out.append("")
    if result.figure_mismatches:
        out.append(f"figure mismatches ({len(result.figure_mismatches)}):")
        out.extend(f"  {m}" for m in result.figure_mismatches)
        out.append("")
    out.append(f"mismatches ({len(result.mismatches)}):")
    for m in result.mismatches:
        out.append(f"  {m.doc}  {m.element}: expected {m.expected}, got {m.got}: {_short(m.reason)}")
    return "\n".join(out).rstrip() + "\n"

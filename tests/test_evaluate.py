"""Evaluation metrics on hand-made labels and predictions, separately from running the checker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procheck.errors import LabelsError
from procheck.evaluate import (
    Label,
    Prediction,
    compute_metrics,
    evaluate,
    format_eval,
    load_labels,
    prediction_from_report,
)
from procheck.records import ElementResult, Report

OB, FL, TE = "nondiscrimination.obligation", "flowdown.subcontractors", "termination.right"


def labels() -> dict[str, Label]:
    return {
        "a.txt": Label(lang="en", labels={OB: "present", FL: "weak", TE: "missing"}, grounds=("sex", "age")),
        "b.txt": Label(
            lang="sv", labels={OB: "present", FL: "missing", TE: "missing"}, grounds=("religion",)
        ),
        "c.txt": Label(lang="sv", labels={OB: "missing", FL: "missing", TE: "missing"}),
    }


def predictions() -> dict[str, Prediction]:
    return {
        # a: all statuses right; grounds: one right, one extra
        "a.txt": Prediction(statuses={OB: "present", FL: "weak", TE: "missing"}, grounds=("sex", "race")),
        # b: obligation detected but as weak (detection tp, status mismatch); flow-down false positive
        "b.txt": Prediction(
            statuses={OB: "weak", FL: "present", TE: "missing"},
            reasons={OB: "only 'should'", FL: "found 'subcontractors shall'"},
            grounds=("religion",),
        ),
        # c: unreadable: unknown everywhere (counts as not detected)
        "c.txt": Prediction(statuses={OB: "unknown", FL: "unknown", TE: "unknown"}, error="E104 corrupt"),
    }


def test_evaluate_detection_precision_recall_f1_per_element() -> None:
    r = compute_metrics(labels(), predictions())
    ob = r.per_element[OB]
    assert (ob.tp, ob.fp, ob.fn) == (2, 0, 0)
    assert ob.f1 == 1.0
    fl = r.per_element[FL]
    assert (fl.tp, fl.fp, fl.fn) == (1, 1, 0)
    assert fl.precision == pytest.approx(0.5) and fl.recall == 1.0 and fl.f1 == pytest.approx(2 / 3)
    te = r.per_element[TE]
    assert (te.tp, te.fp, te.fn) == (0, 0, 0) and not te.active


def test_evaluate_macro_f1_skips_elements_without_any_positive() -> None:
    r = compute_metrics(labels(), predictions())
    assert r.macro_f1 == pytest.approx((1.0 + 2 / 3) / 2)


def test_evaluate_status_accuracy_and_confusion() -> None:
    r = compute_metrics(labels(), predictions())
    assert r.pairs == 9
    # matches: a (3), b TE (1) = 4
    assert r.accuracy == pytest.approx(4 / 9)
    assert r.confusion["present"]["present"] == 1
    assert r.confusion["present"]["weak"] == 1
    assert r.confusion["missing"]["present"] == 1
    assert r.confusion["missing"]["unknown"] == 3
    assert sum(sum(row.values()) for row in r.confusion.values()) == 9


def test_evaluate_grounds_micro_scores() -> None:
    g = compute_metrics(labels(), predictions()).grounds
    assert (g.tp, g.fp, g.fn) == (2, 1, 1)
    assert g.precision == pytest.approx(2 / 3) and g.recall == pytest.approx(2 / 3)


def test_evaluate_per_language_breakdown() -> None:
    r = compute_metrics(labels(), predictions())
    assert set(r.per_language) == {"en", "sv"}
    assert r.per_language["en"].accuracy == 1.0 and r.per_language["en"].documents == 1
    assert r.per_language["sv"].accuracy == pytest.approx(1 / 6)
    # sv: OB tp=1 (b) -> F1 1; FL fp=1 (b) -> F1 0; TE inactive
    assert r.per_language["sv"].macro_f1 == pytest.approx((1.0 + 0.0) / 2)


def test_evaluate_lists_every_mismatch_with_reason() -> None:
    r = compute_metrics(labels(), predictions())
    got = {(m.doc, m.element, m.expected, m.got) for m in r.mismatches}
    assert ("b.txt", OB, "present", "weak") in got
    assert ("b.txt", FL, "missing", "present") in got
    assert len(r.mismatches) == 9 - 4
    reasons = {(m.doc, m.element): m.reason for m in r.mismatches}
    assert reasons[("b.txt", OB)] == "only 'should'"
    assert reasons[("c.txt", OB)] == "E104 corrupt"
    text = format_eval(r)
    assert "b.txt  nondiscrimination.obligation: expected present, got weak: only 'should'" in text
    assert "macro-F1" in text and "accuracy" in text


def test_evaluate_missing_prediction_counts_as_unknown() -> None:
    r = compute_metrics(labels(), {})
    assert r.accuracy == 0.0 and r.macro_f1 == 0.0
    assert r.confusion["present"]["unknown"] == 2


def test_evaluate_prediction_from_report_unions_grounds() -> None:
    rep = Report(
        path="x",
        sha256="",
        format="txt",
        language="en",
        pages=None,
        needs_ocr=False,
        warnings=(),
        elements=(
            ElementResult(OB, "present", 0.9, "r1", grounds=("sex",)),
            ElementResult("nondiscrimination.grounds", "present", 0.9, "r2", grounds=("age", "sex")),
        ),
        profile="full",
        library_version="1",
        library_hash="h",
    )
    p = prediction_from_report(rep)
    assert p.statuses == {OB: "present", "nondiscrimination.grounds": "present"}
    assert p.grounds == ("age", "sex") and p.error is None


def test_evaluate_load_labels_reads_the_shape(tmp_path: Path) -> None:
    f = tmp_path / "labels.json"
    f.write_text(
        json.dumps(
            {
                "x.txt": {
                    "lang": "sv",
                    "kind": "contract",
                    "labels": {OB: "weak"},
                    "grounds": ["sex"],
                    "scanned": False,
                    "notes": "n",
                }
            }
        ),
        encoding="utf-8",
    )
    lab = load_labels(f)
    assert (
        lab["x.txt"].lang == "sv" and lab["x.txt"].labels == {OB: "weak"} and lab["x.txt"].grounds == ("sex",)
    )


@pytest.mark.parametrize(
    "content",
    ["{not json", '["a"]', '{"x.txt": {"lang": "en"}}', '{"x.txt": {"labels": {"a.b": "absent"}}}'],
)
def test_evaluate_bad_labels_file_is_e501(tmp_path: Path, content: str) -> None:
    f = tmp_path / "labels.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(LabelsError) as e:
        load_labels(f)
    assert e.value.code == "E501"


def test_evaluate_labelled_files_that_do_not_exist_are_e501_naming_them(tmp_path: Path) -> None:
    (tmp_path / "here.txt").write_text("text", encoding="utf-8")
    (tmp_path / "labels.json").write_text(
        json.dumps(
            {"here.txt": {"labels": {}}, "gone.pdf": {"labels": {}}, "sub/also-gone.txt": {"labels": {}}}
        ),
        encoding="utf-8",
    )
    with pytest.raises(LabelsError) as e:
        evaluate(tmp_path, None, jobs=0)
    assert e.value.code == "E501"
    assert (
        "gone.pdf" in str(e.value) and "sub/also-gone.txt" in str(e.value) and "here.txt" not in str(e.value)
    )

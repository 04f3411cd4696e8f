"""Figures accuracy in ``procheck eval``: how one labelled figure is compared with the one read, how
figures are counted over a set of documents, and what a labels file may hold under 'figures'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procheck.errors import LabelsError
from procheck.evaluate import (
    Label,
    Prediction,
    compute_metrics,
    figure_matches,
    format_eval,
    load_labels,
    prediction_from_report,
)
from procheck.records import ElementResult, Report

AW, TO, DL, BR = "diversity.award_weighting", "barrier.turnover", "barrier.deadline", "barrier.brand_names"


# --- one figure ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "got", "ok"),
    [
        (15, 15, True),
        (15, 15.0, True),
        (3.0, 3, True),
        (2_000_000, 2_009_000, True),  # 0.45 % off
        (2_000_000, 1_990_500, True),  # 0.475 % off
        (2_000_000, 2_011_000, False),  # 0.55 % off
        (2_000_000, 1_985_000, False),
        (1.5, 1.507, True),
        (1.5, 1.52, False),
        (0, 0.005, True),  # the 0.01 floor for small numbers
        (0, 0.05, False),
        (20, 15, False),
        (30, 20, False),
    ],
)
def test_eval_figures_numbers_within_half_a_percent(expected: float, got: float, ok: bool) -> None:
    assert figure_matches(expected, got) is ok


@pytest.mark.parametrize(
    ("expected", "got", "ok"),
    [
        ("SEK", "sek", True),
        ("gold", "Gold", True),
        (" Excellence ", "excellence", True),
        ("EUR", "GBP", False),
        ("gold", "silver", False),
        ("2027-05-23", "2027-05-23", True),
        ("2027-05-23", "2027-05-24", False),
    ],
)
def test_eval_figures_text_case_insensitive(expected: str, got: str, ok: bool) -> None:
    assert figure_matches(expected, got) is ok


@pytest.mark.parametrize(
    ("expected", "got", "ok"),
    [
        (["Kärcher"], ["kärcher"], True),
        (["Kärcher"], ["Tork", "KÄRCHER"], True),  # the labelled names are a subset of those read
        (["EN 1176", "Tork"], ["tork", "en 1176", "Vileda"], True),
        (["Kärcher", "Tork"], ["Kärcher"], False),  # one labelled name not read
        (["Kärcher"], [], False),
        ([], ["Tork"], True),
        (["Kärcher"], "Kärcher", False),  # a list is only matched by a list
    ],
)
def test_eval_figures_lists_as_subsets(expected: list[str], got: object, ok: bool) -> None:
    assert figure_matches(expected, got) is ok


def test_eval_figures_number_is_not_matched_by_other_text() -> None:
    assert figure_matches(15, "fifteen") is False
    assert figure_matches("GBP", 15) is False


# --- over documents --------------------------------------------------------------------------------


def labels() -> dict[str, Label]:
    return {
        "a.pdf": Label(
            lang="sv", labels={AW: "present", TO: "present"},
            figures={AW: {"weight_percent": 15},
                     TO: {"turnover": 12_000_000, "contract_value": 4_000_000, "currency": "SEK", "ratio": 3.0}},
        ),
        "b.pdf": Label(lang="en", labels={DL: "present", BR: "present"},
                       figures={DL: {"days": 20, "minimum_days": 30}, BR: {"names": ["Kärcher"]}}),
        "c.pdf": Label(lang="nl", labels={AW: "weak"}),  # no figures labelled
        "d.pdf": Label(lang="nl", labels={AW: "present"}, figures={AW: {"weight_percent": 20}}),
    }


def predictions() -> dict[str, Prediction]:
    return {
        "a.pdf": Prediction(
            statuses={AW: "present", TO: "present"},
            figures={AW: {"weight_percent": 15.0},
                     TO: {"turnover": 12_000_000, "contract_value": 4_000_000, "currency": "sek", "ratio": 3.0}},
        ),
        # b: the deadline days read wrong, the minimum right; the brand list read with an extra name
        "b.pdf": Prediction(statuses={DL: "present", BR: "present"},
                            figures={DL: {"days": 21, "minimum_days": 30}, BR: {"names": ["Kärcher", "Tork"]}}),
        "c.pdf": Prediction(statuses={AW: "weak"}, figures={AW: {"weight_percent": 5}}),  # extra figure: not counted
        # d: the element was found, but no weight read
        "d.pdf": Prediction(statuses={AW: "weak"}),
    }


def test_eval_figures_counted_and_matched() -> None:
    r = compute_metrics(labels(), predictions())
    assert r.figures_total == (1 + 4) + (2 + 1) + 1  # a, b, d; c has none
    assert r.figures_matched == (1 + 4) + (1 + 1) + 0
    assert r.figures_accuracy == pytest.approx(7 / 9)


def test_eval_figures_mismatches_name_document_element_and_values() -> None:
    r = compute_metrics(labels(), predictions())
    assert len(r.figure_mismatches) == 2
    days, weight = r.figure_mismatches
    assert "b.pdf" in days and f"{DL}.days" in days and "20" in days and "21" in days
    assert "d.pdf" in weight and f"{AW}.weight_percent" in weight and "None" in weight


def test_eval_figures_document_without_prediction_misses_all_its_figures() -> None:
    preds = predictions()
    del preds["a.pdf"]
    r = compute_metrics(labels(), preds)
    assert r.figures_total == 9
    assert r.figures_matched == 2
    assert sum("a.pdf" in m for m in r.figure_mismatches) == 5


def test_eval_figures_none_labelled() -> None:
    only = {"c.pdf": labels()["c.pdf"]}
    r = compute_metrics(only, predictions())
    assert (r.figures_total, r.figures_matched, r.figure_mismatches) == (0, 0, [])
    assert r.figures_accuracy == 0.0
    text = format_eval(r)
    assert "labelled figures" not in text and "figure mismatches" not in text


def test_eval_figures_in_dict_and_text() -> None:
    r = compute_metrics(labels(), predictions())
    figs = r.as_dict()["figures"]
    assert figs["labelled"] == 9 and figs["matched"] == 7 and figs["accuracy"] == round(7 / 9, 4)
    assert figs["mismatches"] == r.figure_mismatches
    text = format_eval(r)
    assert "7 of 9 labelled figures" in text
    assert "figure mismatches (2)" in text


def test_eval_figures_figure_mismatch_does_not_change_status_accuracy() -> None:
    r = compute_metrics(labels(), predictions())
    # b's statuses are all right although its days are wrong; only d's status is wrong
    assert [(m.doc, m.element) for m in r.mismatches] == [("d.pdf", AW)]


def test_eval_figures_prediction_from_report_keeps_only_elements_with_figures() -> None:
    rep = Report(
        path="x.txt", sha256="0" * 64, format="txt", language="sv", pages=None, needs_ocr=False, warnings=(),
        elements=(
            ElementResult(AW, "present", 0.9, "r", figures={"weight_percent": 15}),
            ElementResult(TO, "missing", 0.8, "r"),
        ),
        profile="tender", library_version="1", library_hash="h",
    )
    pred = prediction_from_report(rep)
    assert pred.figures == {AW: {"weight_percent": 15}}


# --- labels files ----------------------------------------------------------------------------------


def write_labels(tmp_path: Path, entry_figures: object, *, include: bool = True) -> Path:
    entry: dict[str, object] = {"lang": "sv", "kind": "tender", "labels": {AW: "present"}}
    if include:
        entry["figures"] = entry_figures
    p = tmp_path / "labels.json"
    p.write_text(json.dumps({"anbud.pdf": entry}), encoding="utf-8")
    return p


def test_eval_figures_labels_file_with_figures_loads(tmp_path: Path) -> None:
    figs = {AW: {"weight_percent": 15}, TO: {"turnover": 12_000_000, "currency": "SEK", "ratio": 3.0}}
    got = load_labels(write_labels(tmp_path, figs))
    assert got["anbud.pdf"].figures == figs


@pytest.mark.parametrize("figs", [None, {}])
def test_eval_figures_labels_file_empty_figures(tmp_path: Path, figs: object) -> None:
    assert load_labels(write_labels(tmp_path, figs))["anbud.pdf"].figures == {}


def test_eval_figures_labels_file_without_figures(tmp_path: Path) -> None:
    assert load_labels(write_labels(tmp_path, None, include=False))["anbud.pdf"].figures == {}


@pytest.mark.parametrize(
    "figs",
    [
        [{"weight_percent": 15}],  # a list, not an object
        {AW: 15},  # an element mapped to a number
        {AW: [15]},  # … or to a list
        {AW: "15 %"},  # … or to text
        {AW: {"weight_percent": 15}, TO: None},  # one good element does not save a bad one
        "weight_percent: 15",
        15,
    ],
)
def test_eval_figures_labels_file_rejects_bad_figures(tmp_path: Path, figs: object) -> None:
    with pytest.raises(LabelsError) as info:
        load_labels(write_labels(tmp_path, figs))
    assert info.value.code == "E501"
    assert "figures" in str(info.value) and "anbud.pdf" in str(info.value)

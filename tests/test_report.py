"""Report writers, from hand-built reports: they only format, and keep the JSON contract."""

from __future__ import annotations

import json

import pytest

from procheck.records import ElementResult, Evidence, Report
from procheck.report import WRITERS, to_json, to_markdown, to_text, write

SUGGESTION = "The Supplier shall ensure that its subcontractors comply with the same obligations."


def make_report(**over: object) -> Report:
    elements = (
        ElementResult(
            id="nondiscrimination.obligation",
            status="present",
            confidence=0.91,
            reason="binding 'shall' obligation on the supplier tied to discrimination law",
            evidence=(
                Evidence(
                    page=4,
                    text="The Supplier shall not discriminate on grounds of sex or age.",
                    start=900,
                    end=962,
                    section="14 Equality",
                ),
                Evidence(
                    page=3, text="The Supplier shall comply with the Discrimination Act.", start=120, end=174
                ),
            ),
            grounds=("sex", "age"),
            severity="critical",
        ),
        ElementResult(
            id="flowdown.subcontractors",
            status="weak",
            confidence=0.55,
            reason="only 'should' impose the obligations on subcontractors",
            evidence=(Evidence(page=5, text="The Supplier should | pass this on.", start=1500, end=1535),),
            severity="major",
            suggestion=SUGGESTION,
        ),
        ElementResult(
            id="termination.right",
            status="missing",
            confidence=0.8,
            reason="no termination right tied to the obligation",
            severity="major",
            suggestion="The Authority may terminate the contract if the Supplier breaches clause 14.",
        ),
    )
    base: dict[str, object] = dict(
        path="/data/contracts/avtal å.pdf",
        sha256="ab" * 32,
        format="pdf",
        language="sv",
        pages=12,
        needs_ocr=False,
        warnings=("page 7: ligatures repaired",),
        elements=elements,
        profile="stockholm",
        library_version="3.7",
        library_hash="0123456789abcdef",
        meta={"timings": {"ingest": 0.12}, "languages": ("sv", "en")},
    )
    base.update(over)
    return Report(**base)  # type: ignore[arg-type]


def error_report() -> Report:
    return make_report(
        format="pdf",
        language="",
        pages=None,
        elements=tuple(
            ElementResult(id=i, status="unknown", confidence=0.0, reason="the document could not be read")
            for i in ("nondiscrimination.obligation", "termination.right")
        ),
        error={"code": "E104", "message": "E104 broken.pdf: the PDF is corrupt; re-export it"},
    )


def test_to_json_contract_fields_and_types() -> None:
    data = to_json.render(make_report())
    assert data["schema_version"] == "1"
    doc = data["document"]
    assert set(doc) == {"path", "sha256", "format", "language", "pages", "needs_ocr", "warnings"}
    assert isinstance(doc["sha256"], str) and doc["format"] == "pdf" and doc["language"] == "sv"
    assert (
        doc["pages"] == 12 and doc["needs_ocr"] is False and doc["warnings"] == ["page 7: ligatures repaired"]
    )
    assert data["profile"] == "stockholm"
    assert data["library"] == {"version": "3.7", "hash": "0123456789abcdef"}
    assert data["generator"]["name"] == "procheck" and "created" in data["generator"]
    assert "error" not in data
    for el in data["elements"]:
        assert {"id", "status", "confidence", "evidence", "reason", "grounds"} <= set(el)
        assert el["status"] in {"present", "weak", "missing", "unknown"}
        assert isinstance(el["confidence"], float) and isinstance(el["reason"], str)
        assert isinstance(el["grounds"], list)
        for ev in el["evidence"]:
            assert {"page", "text", "start", "end"} <= set(ev)
            assert isinstance(ev["start"], int) and isinstance(ev["end"], int)


def test_to_json_keeps_element_order_and_sorts_evidence_by_start() -> None:
    data = to_json.render(make_report())
    assert [e["id"] for e in data["elements"]] == [
        "nondiscrimination.obligation",
        "flowdown.subcontractors",
        "termination.right",
    ]
    ev = data["elements"][0]["evidence"]
    assert [e["start"] for e in ev] == [120, 900]
    assert ev[1]["section"] == "14 Equality" and "section" not in ev[0]
    assert data["elements"][0]["grounds"] == ["sex", "age"]
    assert data["elements"][1]["suggestion"] == SUGGESTION
    assert data["elements"][0]["severity"] == "critical"


def test_to_json_deterministic_drops_timestamp_timings_and_absolute_path(tmp_path) -> None:
    inside = tmp_path / "sub" / "a.txt"
    rep = make_report(path=str(inside))
    a = to_json.dumps(rep, deterministic=True, base=tmp_path)
    b = to_json.dumps(rep, deterministic=True, base=tmp_path)
    assert a == b
    data = json.loads(a)
    assert "created" not in data["generator"]
    assert data["document"]["path"] == "sub/a.txt"
    assert "timings" not in data.get("meta", {})
    assert data["meta"]["languages"] == ["sv", "en"]
    outside = to_json.render(make_report(path="/elsewhere/x/contract.pdf"), deterministic=True, base=tmp_path)
    assert outside["document"]["path"] == "contract.pdf"


def test_to_json_dumps_is_utf8_indented_with_trailing_newline() -> None:
    text = to_json.dumps(make_report())
    assert text.endswith("}\n")
    assert "avtal å.pdf" in text  # ensure_ascii=False
    assert text.startswith('{\n  "schema_version": "1"')


def test_to_json_error_is_reported() -> None:
    data = to_json.render(error_report())
    assert data["error"]["code"] == "E104"
    assert all(e["status"] == "unknown" for e in data["elements"])


def test_to_markdown_contains_evidence_pages_sections_and_suggestion() -> None:
    md = to_markdown.render(make_report())
    assert md.startswith("# procheck report: avtal å.pdf")
    assert "| Element | Status | Severity | Page |" in md
    assert "| nondiscrimination.obligation | [x] present | critical | 3, 4 |" in md
    assert "> The Supplier shall not discriminate on grounds of sex or age." in md
    assert "page 4, section 14 Equality" in md
    assert "**Grounds:** sex, age" in md
    assert "> " + SUGGESTION in md
    assert "> The Authority may terminate the contract" in md
    # a pipe inside table text must not break the table, evidence stays verbatim in quotes
    assert "> The Supplier should | pass this on." in md


def test_to_markdown_no_suggestion_for_present_elements() -> None:
    rep = make_report()
    present = rep.elements[0]
    rep2 = make_report(elements=(ElementResult(**{**present.__dict__, "suggestion": "SHOULD-NOT-APPEAR"}),))
    assert "SHOULD-NOT-APPEAR" not in to_markdown.render(rep2)


def test_to_markdown_error_document_says_text_could_not_be_read() -> None:
    md = to_markdown.render(error_report())
    assert "could not be read" in md
    assert "E104" in md and "corrupt" in md
    assert "[?] unknown" in md


def test_to_markdown_warns_about_pages_without_text() -> None:
    md = to_markdown.render(make_report(needs_ocr=True))
    assert "no text layer" in md and "OCR" in md


def test_to_text_one_line_per_element_and_count_line() -> None:
    text = to_text.render(make_report())
    lines = text.splitlines()
    assert len(lines) == 1 + 3 + 1
    assert "PRESENT" in lines[1] and "nondiscrimination.obligation" in lines[1] and "p.3" in lines[1]
    assert "MISSING" in lines[3] and "termination.right" in lines[3]
    assert lines[-1] == "1 present, 1 weak, 1 missing, 0 unknown (of 3 clause and criterion elements)"
    assert "\x1b[" not in text


def test_to_text_color_only_when_asked() -> None:
    assert "\x1b[31m" in to_text.render(make_report(), color=True)


def test_to_text_error_line() -> None:
    text = to_text.render(error_report())
    assert "could not read the text: E104" in text
    assert text.splitlines()[-1] == "0 present, 0 weak, 0 missing, 2 unknown (of 2 clause and criterion elements)"


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_report_write_dispatches_every_format(fmt: str) -> None:
    out = write(make_report(), fmt)
    assert "nondiscrimination.obligation" in out


def test_report_write_unknown_format_is_a_coded_error() -> None:
    from procheck.errors import UsageError

    with pytest.raises(UsageError) as e:
        write(make_report(), "html")
    assert "json" in str(e.value)

"""The annotated Word copy and the review memo (procheck.report.to_word).

Reports come from the real pipeline on the bundled samples; outputs are read back with python-docx
and lxml, and converted with LibreOffice headless (a private profile per conversion) to check that
a real office suite opens them with the comments and tracked insertions intact.
"""

from __future__ import annotations

import copy
import ctypes
import json
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.text.paragraph import Paragraph

from procheck.errors import ProcheckError
from procheck.i18n import catalogue
from procheck.ingest import clean_line
from procheck.pipeline import check_path
from procheck.report import to_json
from procheck.report.to_word import AUTHOR, INITIALS, AnnotateResult, annotate_docx, review_memo

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SOFFICE = "/usr/bin/soffice"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
DATE = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
DOCX_SAMPLES = {
    "en": "en03_school_transport_contract_ghent.docx",
    "nl": "nl03_overeenkomst_wmo_gelijke_behandeling.docx",
    "sv": "sv03_avtal_skolskjuts_gentklausul.docx",
}
PDF_SAMPLE = "sv01_ramavtal_lokalvard_stockholmsklausul.pdf"

_REPORTS: dict[str, dict[str, Any]] = {}


def report_of(name: str) -> dict[str, Any]:
    """The JSON report of a sample, from the real pipeline (computed once per test session)."""
    if name not in _REPORTS:
        _REPORTS[name] = to_json.render(check_path(SAMPLES / name))
    return copy.deepcopy(_REPORTS[name])


# --- reading outputs back ------------------------------------------------------------------------


def comment_ranges(document: Any) -> dict[str, str]:
    """Comment id -> the text between its commentRangeStart and commentRangeEnd in the body."""
    ranges: dict[str, str] = {}
    open_: dict[str, list[str]] = {}
    for el in document.element.body.iter():
        if el.tag == _W + "commentRangeStart":
            open_[el.get(_W + "id")] = []
        elif el.tag == _W + "commentRangeEnd":
            cid = el.get(_W + "id")
            ranges[cid] = "".join(open_.pop(cid, []))
        elif el.tag == _W + "t":
            for parts in open_.values():
                parts.append(el.text or "")
    return ranges


def body_paragraphs(document: Any, *, drop_procheck_insertions: bool = False) -> list[str]:
    """The text of every paragraph of the body (tables and nested content included), in order."""
    out = []
    for p in document.element.body.iter(_W + "p"):
        mark = p.find(f"{_W}pPr/{_W}rPr/{_W}ins")
        if drop_procheck_insertions and mark is not None and mark.get(_W + "author") == AUTHOR:
            continue
        out.append(Paragraph(p, document).text)
    return out


def procheck_insertions(document: Any) -> list[str]:
    """Texts of the runs inside ``w:ins`` elements by procheck."""
    return ["".join(t.text or "" for t in ins.iter(_W + "t"))
            for ins in document.element.body.iter(_W + "ins") if ins.get(_W + "author") == AUTHOR and len(ins)]


def wanted_quotes(report: dict[str, Any]) -> list[str]:
    """Every evidence quote the annotated copy must carry a comment on."""
    out = []
    for el in report["elements"]:
        if el.get("adverse"):
            if el["status"] not in ("present", "weak"):
                continue
        elif el["status"] not in ("present", "weak"):
            continue
        out.extend(clean_line(ev["text"]) for ev in el["evidence"])
    return out


def soffice(src: list[Path], outdir: Path, target: str, profile: Path) -> None:
    """Convert files with LibreOffice headless, in a private user profile."""
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
           "--outdir", str(outdir), *map(str, src)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr


def pdf_notes(path: Path) -> list[str]:
    """The contents of every text annotation (exported comment) of a PDF."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    notes = []
    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        for i in range(raw.FPDFPage_GetAnnotCount(page)):
            annot = raw.FPDFPage_GetAnnot(page, i)
            if raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_TEXT:
                size = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
                buf = ctypes.create_string_buffer(size)
                raw.FPDFAnnot_GetStringValue(annot, b"Contents", ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), size)
                notes.append(buf.raw[: max(size - 2, 0)].decode("utf-16-le"))
            raw.FPDFPage_CloseAnnot(annot)
    pdf.close()
    return notes


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, AnnotateResult]]:
    """Each sv/en/nl sample annotated with tracked insertions, in its own language."""
    out = tmp_path_factory.mktemp("annotated")
    done = {}
    for lang, name in DOCX_SAMPLES.items():
        target = out / f"{lang}.docx"
        done[lang] = (target, annotate_docx(SAMPLES / name, report_of(name), target, lang=lang,
                                            suggest="tracked", date=DATE))
    return done


@pytest.fixture(scope="module")
def libreoffice(annotated: dict[str, tuple[Path, AnnotateResult]],
                tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The annotated copies saved again by LibreOffice as DOCX, and the English one as PDF with notes."""
    root = tmp_path_factory.mktemp("lo")
    files = [path for path, _ in annotated.values()]
    soffice(files, root / "docx", "docx:MS Word 2007 XML", root / "profile-docx")
    notes = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    soffice([annotated["en"][0]], root / "pdf", notes, root / "profile-pdf")
    return root


# --- annotate ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", sorted(DOCX_SAMPLES))
def test_to_word_comments_cover_every_evidence_quote(lang: str, tmp_path: Path) -> None:
    name = DOCX_SAMPLES[lang]
    report = report_of(name)
    out = tmp_path / "out.docx"
    result = annotate_docx(SAMPLES / name, report, out, lang=lang, date=DATE)
    document = docx.Document(str(out))
    comments = list(document.comments)
    assert len(comments) == result.comments == result.anchored + result.placed + result.fallback
    assert result.fallback == 0 and result.unlocated == () and result.skipped == 0
    assert {(c.author, c.initials) for c in comments} == {(AUTHOR, INITIALS)}
    anchored = [clean_line(t) for t in comment_ranges(document).values()]
    assert len(anchored) == len(comments)
    for quote in wanted_quotes(report):
        expected = quote.replace(" | ", "")  # a table row's cells are joined by " | " in the text
        assert quote in anchored or any(clean_line(a).replace(" ", "") == expected.replace(" ", "")
                                        for a in anchored), quote


@pytest.mark.parametrize("lang", sorted(DOCX_SAMPLES))
def test_to_word_comment_mode_keeps_text(lang: str, tmp_path: Path) -> None:
    name = DOCX_SAMPLES[lang]
    out = tmp_path / "out.docx"
    annotate_docx(SAMPLES / name, report_of(name), out, lang=lang, date=DATE)
    before = body_paragraphs(docx.Document(str(SAMPLES / name)))
    after = body_paragraphs(docx.Document(str(out)))
    assert after == before
    assert procheck_insertions(docx.Document(str(out))) == []


@pytest.mark.parametrize("lang", sorted(DOCX_SAMPLES))
def test_to_word_comments_speak_the_language(lang: str, annotated: dict[str, tuple[Path, AnnotateResult]]) -> None:
    report = report_of(DOCX_SAMPLES[lang])
    cat = catalogue(lang)
    texts = [c.text for c in docx.Document(str(annotated[lang][0])).comments]
    for el in report["elements"]:
        if el.get("adverse") or el["status"] not in ("weak", "missing"):
            continue
        label = cat.status(el["status"])
        hits = [t for t in texts if t.startswith(f"{label}: {el['id']}")]
        assert hits, el["id"]
        assert el["suggestion"].splitlines()[0].strip() in hits[0]
        assert cat.t("word.comment.proposal") in hits[0]


@pytest.mark.parametrize("name", [*sorted(DOCX_SAMPLES.values()), "en09_it_support_contract_policy_only.docx"])
def test_to_word_gaps_sit_in_the_clause_section(name: str, tmp_path: Path) -> None:
    """Missing text is proposed at the end of the clause's section (for a document without a clause,
    the section of the related wording the checker quoted), never past the next heading."""
    report = report_of(name)
    out = tmp_path / "out.docx"
    annotate_docx(SAMPLES / name, report, out, lang="en", date=DATE)
    document = docx.Document(str(out))
    paras = list(document.element.body.iter(_W + "p"))
    texts = [clean_line(Paragraph(p, document).text) for p in paras]
    clause = [clean_line(ev["text"]) for el in report["elements"] if el["id"].startswith("nondiscrimination.")
              and el["status"] in ("present", "weak") for ev in el["evidence"]]
    clause = clause or [clean_line(ev["text"]) for el in report["elements"]
                        if el["id"].startswith("nondiscrimination.") for ev in el["evidence"][:1]]
    last_clause = max(i for i, t in enumerate(texts) if any(q in t for q in clause))
    missing = {el["id"] for el in report["elements"] if not el.get("adverse") and el["status"] == "missing"}
    assert missing
    starts = {s.get(_W + "id"): i for i, p in enumerate(paras) for s in p.iter(_W + "commentRangeStart")}
    by_id = {str(c.comment_id): c.text for c in document.comments}
    places = {starts[cid] for cid, text in by_id.items() if text.split(" (")[0].split(": ")[-1] in missing}
    assert len(places) == 1
    place = places.pop()
    assert place >= last_clause
    between = [Paragraph(p, document).style.name for p in paras[last_clause + 1: place + 1]]
    assert not any(s.lower().startswith(("heading", "title")) for s in between), between


@pytest.mark.parametrize("lang", sorted(DOCX_SAMPLES))
def test_to_word_tracked_insertions_by_procheck(lang: str, annotated: dict[str, tuple[Path, AnnotateResult]]) -> None:
    path, result = annotated[lang]
    report = report_of(DOCX_SAMPLES[lang])
    document = docx.Document(str(path))
    gaps = {el["suggestion"] for el in report["elements"]
            if not el.get("adverse") and el["status"] in ("weak", "missing") and el.get("suggestion")
            and el.get("severity") != "info"}  # scored criteria are commented, never inserted
    criteria = [el for el in report["elements"] if el.get("severity") == "info" and not el.get("adverse")
                and el["status"] in ("weak", "missing") and el.get("suggestion")]
    comments = "\n".join(c.text for c in document.comments)
    assert all(el["suggestion"].splitlines()[0] in comments for el in criteria)
    inserted = procheck_insertions(document)
    assert result.insertions == len(gaps) > 0
    assert sorted(inserted) == sorted(ln.strip() for s in gaps for ln in s.splitlines() if ln.strip())
    for ins in document.element.body.iter(_W + "ins"):
        if ins.get(_W + "author") == AUTHOR:
            assert ins.get(_W + "date") == "2026-01-02T03:04:05Z"
    # rejecting every procheck insertion gives the original text back
    original = body_paragraphs(docx.Document(str(SAMPLES / DOCX_SAMPLES[lang])))
    assert body_paragraphs(document, drop_procheck_insertions=True) == original


def test_to_word_table_cell_evidence(annotated: dict[str, tuple[Path, AnnotateResult]]) -> None:
    report = report_of(DOCX_SAMPLES["en"])
    rows = [ev for el in report["elements"] if el["status"] in ("present", "weak") for ev in el["evidence"]
            if " | " in ev["text"]]
    assert rows, "the English sample is expected to have evidence in a table row"
    document = docx.Document(str(annotated["en"][0]))
    ranges = comment_ranges(document)
    starts = {s.get(_W + "id"): s for s in document.element.body.iter(_W + "commentRangeStart")}
    for ev in rows:
        cells = [c.strip() for c in ev["text"].split(" | ")]
        hits = [cid for cid, text in ranges.items() if clean_line(text) == "".join(cells)]
        assert hits, ev["text"]
        assert any(a.tag == _W + "tc" for a in starts[hits[0]].iterancestors())


def test_to_word_content_controls_and_text_boxes(tiny_docx: Path, tmp_path: Path) -> None:
    """A document built in code with a table, a content control, a text box and a tracked change."""
    report = to_json.render(check_path(tiny_docx))
    quotes = wanted_quotes(report)
    assert quotes
    out = tmp_path / "tiny.docx"
    result = annotate_docx(tiny_docx, report, out, lang="en", suggest="tracked", date=DATE)
    document = docx.Document(str(out))
    anchored = {clean_line(t) for t in comment_ranges(document).values()}
    assert result.fallback == 0 and all(q in anchored for q in quotes)
    assert body_paragraphs(document, drop_procheck_insertions=True) == body_paragraphs(docx.Document(str(tiny_docx)))


def test_to_word_unlocated_evidence_falls_back(tmp_path: Path) -> None:
    name = DOCX_SAMPLES["en"]
    report = report_of(name)
    el = next(e for e in report["elements"] if e["status"] == "present" and e["evidence"])
    ghost = "This sentence was never part of the school transport contract."
    el["evidence"] = [{"page": None, "text": ghost, "start": 10**6, "end": 10**6 + len(ghost)}]
    out = tmp_path / "out.docx"
    result = annotate_docx(SAMPLES / name, report, out, lang="en", date=DATE)
    assert result.fallback == 1
    assert result.unlocated == (f"{el['id']}: {ghost}",)
    document = docx.Document(str(out))
    assert len(document.comments) == result.comments
    fallback = [c.text for c in document.comments if ghost in c.text]
    assert len(fallback) == 1 and el["id"] in fallback[0]
    assert ghost not in " ".join(comment_ranges(document).values())
    assert body_paragraphs(document) == body_paragraphs(docx.Document(str(SAMPLES / name)))


def test_to_word_same_date_same_bytes(tmp_path: Path) -> None:
    name = DOCX_SAMPLES["nl"]
    outs = [tmp_path / "a.docx", tmp_path / "b.docx"]
    for out in outs:
        annotate_docx(SAMPLES / name, report_of(name), out, lang="nl", suggest="tracked", date=DATE)
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_to_word_gaps_only_leaves_present_elements_alone(tmp_path: Path) -> None:
    name = DOCX_SAMPLES["sv"]
    report = report_of(name)
    out = tmp_path / "out.docx"
    result = annotate_docx(SAMPLES / name, report, out, lang="sv", date=DATE, include_present=False)
    texts = [c.text for c in docx.Document(str(out)).comments]
    present = catalogue("sv").status("present")
    assert texts and not any(t.startswith(f"{present}: ") for t in texts)
    gaps = [e for e in report["elements"] if not e.get("adverse") and e["status"] != "present"]
    assert result.comments == sum(max(len(e["evidence"]) if e["status"] == "weak" else 1, 1) for e in gaps)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda r, src: r["document"].update(sha256="0" * 64), "E500"),
        (lambda r, src: r["document"].update(format="pdf"), "E500"),
        (lambda r, src: r.update(error={"code": "E104", "message": "damaged"}), "E500"),
    ],
    ids=["other-version", "not-docx", "unreadable"],
)
def test_to_word_annotate_refuses_bad_reports(change: Any, code: str, tmp_path: Path) -> None:
    name = DOCX_SAMPLES["en"]
    report = report_of(name)
    change(report, SAMPLES / name)
    with pytest.raises(ProcheckError) as err:
        annotate_docx(SAMPLES / name, report, tmp_path / "out.docx", lang="en")
    assert err.value.code == code
    assert not (tmp_path / "out.docx").exists()


def test_to_word_annotate_refuses_to_overwrite_input(tmp_path: Path) -> None:
    name = DOCX_SAMPLES["en"]
    src = tmp_path / name
    src.write_bytes((SAMPLES / name).read_bytes())
    with pytest.raises(ProcheckError) as err:
        annotate_docx(src, report_of(name), src, lang="en", suggest="tracked")
    assert err.value.code == "E500" and "--out" in str(err.value)
    assert src.read_bytes() == (SAMPLES / name).read_bytes()


def test_to_word_annotate_rejects_unknown_mode(tmp_path: Path) -> None:
    name = DOCX_SAMPLES["en"]
    with pytest.raises(ProcheckError) as err:
        annotate_docx(SAMPLES / name, report_of(name), tmp_path / "o.docx", lang="en", suggest="rewrite")
    assert "comment" in str(err.value) and "tracked" in str(err.value)


# --- LibreOffice ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", sorted(DOCX_SAMPLES))
def test_to_word_libreoffice_keeps_comments_and_insertions(
    lang: str, annotated: dict[str, tuple[Path, AnnotateResult]], libreoffice: Path
) -> None:
    ours = docx.Document(str(annotated[lang][0]))
    theirs = docx.Document(str(libreoffice / "docx" / f"{lang}.docx"))
    assert sorted(c.text for c in theirs.comments) == sorted(c.text for c in ours.comments)
    assert {c.author for c in theirs.comments} == {AUTHOR}
    assert sorted(clean_line(t) for t in comment_ranges(theirs).values()) == sorted(
        clean_line(t) for t in comment_ranges(ours).values())
    assert sorted(procheck_insertions(theirs)) == sorted(procheck_insertions(ours))


def test_to_word_libreoffice_pdf_shows_comments(
    annotated: dict[str, tuple[Path, AnnotateResult]], libreoffice: Path
) -> None:
    pdf = libreoffice / "pdf" / "en.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    notes = pdf_notes(pdf)
    ours = [c.text for c in docx.Document(str(annotated["en"][0])).comments]
    assert len(notes) == annotated["en"][1].comments == len(ours)
    assert sorted(clean_line(n) for n in notes) == sorted(clean_line(t) for t in ours)


# --- memo ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_to_word_memo_for_pdf_input(lang: str, tmp_path: Path) -> None:
    report = report_of(PDF_SAMPLE)
    out = review_memo(report, tmp_path / "memo.docx", lang=lang, date=DATE)
    cat = catalogue(lang)
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == cat.t("word.memo.title", name=PDF_SAMPLE)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    quotes = [clean_line(ev["text"]) for el in report["elements"] if el["status"] in ("present", "weak")
              and not el.get("adverse") for ev in el["evidence"]]
    assert quotes and all(q in cells for q in quotes)
    pages = {str(ev["page"]) for el in report["elements"] for ev in el["evidence"] if ev["page"] is not None}
    assert pages and pages <= set(cells)
    for el in report["elements"]:
        if not el.get("adverse") and el["status"] in ("weak", "missing") and el.get("suggestion"):
            assert el["suggestion"].splitlines()[0].strip() in paragraphs, el["id"]
    assert document.core_properties.author == AUTHOR


def test_to_word_memo_markdown(tmp_path: Path) -> None:
    report = report_of(PDF_SAMPLE)
    out = review_memo(report, tmp_path / "memo.md", lang="nl", date=DATE)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# " + catalogue("nl").t("word.memo.title", name=PDF_SAMPLE))
    gaps = [el for el in report["elements"] if el["status"] in ("weak", "missing") and el.get("suggestion")]
    assert gaps and all(f"> {el['suggestion'].splitlines()[0].strip()}" in text for el in gaps)
    assert "2026-01-02T03:04:05Z" in text


def test_to_word_memo_same_date_same_bytes(tmp_path: Path) -> None:
    report = report_of(PDF_SAMPLE)
    a = review_memo(report, tmp_path / "a.docx", lang="en", date=DATE)
    b = review_memo(report, tmp_path / "b.docx", lang="en", date=DATE)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("lang", ["sv", "en", "nl"])
def test_to_word_catalogues_have_every_key(lang: str) -> None:
    base = json.loads((Path(__file__).resolve().parent.parent / "procheck/data/messages/en/word.json")
                      .read_text(encoding="utf-8"))
    own = json.loads((Path(__file__).resolve().parent.parent / f"procheck/data/messages/{lang}/word.json")
                     .read_text(encoding="utf-8"))
    assert set(own) == set(base)
    for key, text in own.items():
        fields = sorted(f for f in re.findall(r"\{(\w+)\}", base[key]))
        assert sorted(re.findall(r"\{(\w+)\}", text)) == fields, key

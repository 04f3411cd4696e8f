"""Tender checks end to end on short invented tenders in Swedish, English and Dutch: the status of
each supplier-diversity criterion and hidden barrier, the figures read from the text, evidence that
points back into the document, the JSON report's barrier fields, and how barriers fail a check."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from procheck.ingest import load
from procheck.library import load_library
from procheck.pipeline import check_path
from procheck.records import ElementResult, Report
from procheck.report.to_json import render
from procheck.scan import ScanItem, ScanResult, failing_elements, summary_csv

TITLE = {"en": "INVITATION TO TENDER", "sv": "FÖRFRÅGNINGSUNDERLAG", "nl": "AANBESTEDINGSLEIDRAAD"}
INTRO = {
    "en": "The Borough Council invites tenders for the cleaning of its offices, depots and two libraries.",
    "sv": "Kommunen inbjuder leverantörer att lämna anbud på städning av kontor, förråd och två bibliotek.",
    "nl": "De gemeente nodigt ondernemers uit in te schrijven op de schoonmaak van kantoren, werven en twee bibliotheken.",
}
REQ = {"en": "3. Requirements", "sv": "3. Krav", "nl": "3. Eisen"}
AWARD = {"en": "6. Award criteria", "sv": "6. Tilldelningskriterier", "nl": "6. Gunningscriteria"}
VALUE = {"en": "2. Contract value", "sv": "2. Kontraktets värde", "nl": "2. Opdrachtwaarde"}
TIMES = {"en": "4. Procedure and timetable", "sv": "4. Förfarande och tidplan", "nl": "4. Procedure en planning"}


def tender(lang: str, *parts: str) -> str:
    """A small tender: title, a plain introduction, then the given headings and paragraphs."""
    return "\n\n".join((TITLE[lang], INTRO[lang], *parts)) + "\n"


def check(tmp_path: Path, text: str) -> Report:
    p = tmp_path / "tender.txt"
    p.write_text(text, encoding="utf-8")
    report = check_path(p)
    assert report.error is None
    return report


def by_id(report: Report) -> dict[str, ElementResult]:
    return {e.id: e for e in report.elements}


def deadline_doc(lang: str, notice: str, closing: str) -> str:
    proc = {
        "en": "This is an open procedure. Tenders are submitted electronically through the e-tendering portal.",
        "sv": "Upphandlingen genomförs som ett öppet förfarande och anbud lämnas elektroniskt i upphandlingsverktyget.",
        "nl": "Deze aanbesteding is een openbare procedure en inschrijvingen worden elektronisch ingediend via TenderNed.",
    }[lang]
    rows = {
        "en": (f"Date of dispatch of the notice: {notice}.", f"Closing date for tenders: {closing}."),
        "sv": (f"Annonsen skickades för publicering den {notice}.", f"Sista anbudsdag är {closing}."),
        "nl": (f"Datum van verzending van de aankondiging: {notice}.", f"Sluitingsdatum voor inschrijvingen: {closing}."),
    }[lang]
    return tender(lang, TIMES[lang], proc, *rows)


def value_and_turnover(lang: str, value: str | None, turnover: str) -> str:
    sentences = {
        "en": ("The estimated value of the contract is {}.", "Tenderers must have a minimum annual turnover of {}."),
        "sv": ("Det uppskattade värdet av kontraktet är {}.", "Anbudsgivaren ska ha en årlig omsättning på minst {}."),
        "nl": ("De geraamde waarde van de opdracht bedraagt {}.", "De inschrijver moet een minimale jaaromzet hebben van {}."),
    }[lang]
    parts = [VALUE[lang], sentences[0].format(value)] if value else []
    return tender(lang, *parts, REQ[lang], sentences[1].format(turnover))


# (case id, document, element, expected status, expected figures, figure keys that must be absent)
Case = tuple[str, str, str, str, dict[str, object], tuple[str, ...]]
AWARD_W = "diversity.award_weighting"

CASES: list[Case] = [
    # --- award weighting -------------------------------------------------------------------------
    ("en-weight-15", tender("en", AWARD["en"],
        "Tenders will be evaluated on price (60 %), quality (25 %) and social value (15 %)."),
     AWARD_W, "present", {"weight_percent": 15}, ()),
    ("en-weight-5", tender("en", AWARD["en"],
        "Tenders will be evaluated on price (75 %), quality (20 %) and social value (5 %)."),
     AWARD_W, "weak", {"weight_percent": 5}, ()),
    ("en-weight-points", tender("en", AWARD["en"],
        "Social value is worth 20 of 100 points in the evaluation of tenders."),
     AWARD_W, "present", {"weight_percent": 20}, ()),
    ("en-weight-table", tender("en", AWARD["en"], "Price 60 points\nQuality 25 points\nSocial value 15 points"),
     AWARD_W, "present", {"weight_percent": 15}, ()),
    ("en-weight-none", tender("en", REQ["en"],
        "Award criteria: social value will be taken into account in the evaluation."),
     AWARD_W, "weak", {}, ("weight_percent",)),
    ("sv-weight-15", tender("sv", AWARD["sv"],
        "Anbuden utvärderas utifrån pris (65 %), kvalitet (20 %) och sociala hänsyn (15 %)."),
     AWARD_W, "present", {"weight_percent": 15}, ()),
    ("sv-weight-5", tender("sv", AWARD["sv"],
        "Anbuden utvärderas utifrån pris (75 %), kvalitet (20 %) och sociala hänsyn (5 %)."),
     AWARD_W, "weak", {"weight_percent": 5}, ()),
    ("sv-weight-points", tender("sv", AWARD["sv"],
        "Sociala hänsyn ger 20 av 100 poäng vid utvärderingen av anbuden."),
     AWARD_W, "present", {"weight_percent": 20}, ()),
    ("sv-weight-table", tender("sv", AWARD["sv"], "Pris 60 poäng\nKvalitet 25 poäng\nSociala hänsyn 15 poäng"),
     AWARD_W, "present", {"weight_percent": 15}, ()),
    ("nl-weight-15", tender("nl", AWARD["nl"],
        "De inschrijvingen worden beoordeeld op prijs (60 %), kwaliteit (25 %) en sociale waarde (15 %)."),
     AWARD_W, "present", {"weight_percent": 15}, ()),
    ("nl-weight-5", tender("nl", AWARD["nl"],
        "De inschrijvingen worden beoordeeld op prijs (70 %), kwaliteit (25 %) en sociale waarde (5 %)."),
     AWARD_W, "weak", {"weight_percent": 5}, ()),
    ("nl-weight-points", tender("nl", AWARD["nl"],
        "Voor sociale waarde zijn 20 van de 100 punten te behalen bij de beoordeling."),
     AWARD_W, "present", {"weight_percent": 20}, ()),
    ("nl-weight-table", tender("nl", AWARD["nl"], "Prijs 60 punten\nKwaliteit 25 punten\nSociale waarde 15 punten"),
     AWARD_W, "present", {"weight_percent": 15}, ()),
    # --- turnover against the estimated value ------------------------------------------------
    ("en-turnover-3x", value_and_turnover("en", "£500,000", "£1,500,000"), "barrier.turnover", "present",
     {"turnover": 1500000, "contract_value": 500000, "ratio": 3.0, "currency": "GBP"}, ()),
    ("en-turnover-1.5x", value_and_turnover("en", "£500,000", "£750,000"), "barrier.turnover", "missing",
     {"ratio": 1.5}, ()),
    ("en-turnover-no-value", value_and_turnover("en", None, "£750,000"), "barrier.turnover", "weak",
     {"turnover": 750000, "currency": "GBP"}, ("ratio", "contract_value")),
    ("sv-turnover-3x", value_and_turnover("sv", "2 000 000 kronor", "6 000 000 kronor"), "barrier.turnover",
     "present", {"turnover": 6000000, "contract_value": 2000000, "ratio": 3.0, "currency": "SEK"}, ()),
    ("sv-turnover-1.5x", value_and_turnover("sv", "2 000 000 kronor", "3 000 000 kronor"), "barrier.turnover",
     "missing", {"ratio": 1.5}, ()),
    ("sv-turnover-no-value", value_and_turnover("sv", None, "3 000 000 kronor"), "barrier.turnover", "weak",
     {"turnover": 3000000, "currency": "SEK"}, ("ratio", "contract_value")),
    ("nl-turnover-3x", value_and_turnover("nl", "€ 800.000", "€ 2.400.000"), "barrier.turnover", "present",
     {"turnover": 2400000, "contract_value": 800000, "ratio": 3.0, "currency": "EUR"}, ()),
    ("nl-turnover-1.5x", value_and_turnover("nl", "€ 800.000", "€ 1.200.000"), "barrier.turnover", "missing",
     {"ratio": 1.5}, ()),
    ("nl-turnover-no-value", value_and_turnover("nl", None, "€ 1.200.000"), "barrier.turnover", "weak",
     {"turnover": 1200000, "currency": "EUR"}, ("ratio", "contract_value")),
    ("en-turnover-multiple", tender("en", REQ["en"],
        "Tenderers must have a minimum yearly turnover of three times the estimated contract value."),
     "barrier.turnover", "present", {"ratio": 3}, ()),
    # --- deadline -----------------------------------------------------------------------------
    ("en-deadline-20", deadline_doc("en", "3 May 2027", "23 May 2027"), "barrier.deadline", "present",
     {"days": 20, "minimum_days": 30}, ()),
    ("en-deadline-40", deadline_doc("en", "3 May 2027", "12 June 2027"), "barrier.deadline", "missing",
     {"days": 40, "minimum_days": 30}, ()),
    ("sv-deadline-20", deadline_doc("sv", "2027-05-03", "2027-05-23"), "barrier.deadline", "present",
     {"days": 20, "minimum_days": 30}, ()),
    ("sv-deadline-40", deadline_doc("sv", "2027-05-03", "2027-06-12"), "barrier.deadline", "missing",
     {"days": 40, "minimum_days": 30}, ()),
    ("nl-deadline-20", deadline_doc("nl", "3 mei 2027", "23 mei 2027"), "barrier.deadline", "present",
     {"days": 20, "minimum_days": 30}, ()),
    ("nl-deadline-40", deadline_doc("nl", "3 mei 2027", "12 juni 2027"), "barrier.deadline", "missing",
     {"days": 40, "minimum_days": 30}, ()),
    # --- company age -------------------------------------------------------------------------
    ("en-age-5", tender("en", REQ["en"], "Tenderers must have been in business for at least five years."),
     "barrier.company_age", "present", {"years": 5}, ()),
    ("en-age-references", tender("en", REQ["en"],
        "Tenderers shall submit references from the last three years for comparable cleaning contracts."),
     "barrier.company_age", "missing", {}, ("years",)),
    ("sv-age-5", tender("sv", REQ["sv"], "Anbudsgivaren ska ha bedrivit verksamhet i minst fem år."),
     "barrier.company_age", "present", {"years": 5}, ()),
    ("sv-age-references", tender("sv", REQ["sv"],
        "Anbudsgivaren ska bifoga referenser från de senaste tre åren avseende liknande uppdrag."),
     "barrier.company_age", "missing", {}, ("years",)),
    ("nl-age-5", tender("nl", REQ["nl"], "De inschrijver moet ten minste vijf jaar actief zijn op de markt."),
     "barrier.company_age", "present", {"years": 5}, ()),
    ("nl-age-references", tender("nl", REQ["nl"],
        "De inschrijver levert referenties van vergelijkbare opdrachten uit de afgelopen drie jaar."),
     "barrier.company_age", "missing", {}, ("years",)),
    # --- lots ---------------------------------------------------------------------------------
    ("en-lots", tender("en", REQ["en"], "The contract will not be divided into lots."),
     "barrier.no_lots", "present", {}, ()),
    ("en-lots-reason", tender("en", REQ["en"], "The contract will not be divided into lots because all the "
        "buildings share one central cleaning store and one supervisor."), "barrier.no_lots", "missing", {}, ()),
    ("sv-lots", tender("sv", REQ["sv"], "Upphandlingen är inte uppdelad i delområden."),
     "barrier.no_lots", "present", {}, ()),
    ("sv-lots-reason", tender("sv", REQ["sv"], "Upphandlingen är inte uppdelad i delområden eftersom alla "
        "byggnader delar samma förråd och arbetsledning."), "barrier.no_lots", "missing", {}, ()),
    ("nl-lots", tender("nl", REQ["nl"], "De opdracht wordt niet in percelen verdeeld."),
     "barrier.no_lots", "present", {}, ()),
    ("nl-lots-reason", tender("nl", REQ["nl"], "De opdracht wordt niet in percelen verdeeld omdat alle "
        "gebouwen één centrale opslag en één leidinggevende delen."), "barrier.no_lots", "missing", {}, ()),
    # --- language -----------------------------------------------------------------------------
    ("en-language-only", tender("en", REQ["en"], "Only tenders written in English will be accepted."),
     "barrier.language", "present", {}, ()),
    ("en-language-two", tender("en", REQ["en"], "Tenders must be submitted in English or in French."),
     "barrier.language", "missing", {}, ()),
    ("sv-language-only", tender("sv", REQ["sv"], "Anbudet och alla bilagor ska vara skrivna på svenska."),
     "barrier.language", "present", {}, ()),
    ("sv-language-two", tender("sv", REQ["sv"], "Anbudet och alla bilagor ska vara skrivna på svenska eller engelska."),
     "barrier.language", "missing", {}, ()),
    ("nl-language-only", tender("nl", REQ["nl"], "De inschrijving en alle bijlagen moeten in het Nederlands worden opgesteld."),
     "barrier.language", "present", {}, ()),
    ("nl-language-two", tender("nl", REQ["nl"],
        "De inschrijving en alle bijlagen moeten in het Nederlands of Engels worden opgesteld."),
     "barrier.language", "missing", {}, ()),
    # --- brand names --------------------------------------------------------------------------
    ("en-brand", tender("en", REQ["en"], "All floor scrubbers shall be Kärcher machines."),
     "barrier.brand_names", "present", {"names": ["Kärcher"]}, ()),
    ("en-brand-equivalent", tender("en", REQ["en"], "All floor scrubbers shall be Kärcher machines or equivalent."),
     "barrier.brand_names", "missing", {}, ()),
    ("en-brand-supplier", tender("en", REQ["en"], "The cleaning chemicals must be supplied by Ecolab."),
     "barrier.brand_names", "present", {"names": ["Ecolab"]}, ()),
    ("sv-brand", tender("sv", REQ["sv"], "Samtliga golvmaskiner ska vara av märket Kärcher."),
     "barrier.brand_names", "present", {"names": ["Kärcher"]}, ()),
    ("sv-brand-equivalent", tender("sv", REQ["sv"], "Samtliga golvmaskiner ska vara av märket Kärcher eller likvärdigt."),
     "barrier.brand_names", "missing", {}, ()),
    ("nl-brand", tender("nl", REQ["nl"], "Alle schrobmachines moeten van het merk Kärcher zijn."),
     "barrier.brand_names", "present", {"names": ["Kärcher"]}, ()),
    ("nl-brand-equivalent", tender("nl", REQ["nl"], "Alle schrobmachines moeten van het merk Kärcher of gelijkwaardig zijn."),
     "barrier.brand_names", "missing", {}, ()),
    # --- subcontracting cap -------------------------------------------------------------------
    ("en-subcontracting", tender("en", REQ["en"], "No more than 25 % of the work may be subcontracted."),
     "barrier.subcontracting_cap", "present", {"percent": 25}, ()),
    ("en-own-staff", tender("en", REQ["en"],
        "At least 70 % of the services must be delivered by the tenderer's own staff."),
     "barrier.subcontracting_cap", "present", {"percent": 70}, ()),
    ("sv-subcontracting", tender("sv", REQ["sv"], "Högst 25 % av uppdraget får utföras av underleverantörer."),
     "barrier.subcontracting_cap", "present", {"percent": 25}, ()),
    ("nl-subcontracting", tender("nl", REQ["nl"],
        "Maximaal 25 % van de werkzaamheden mag worden uitbesteed aan onderaannemers."),
     "barrier.subcontracting_cap", "present", {"percent": 25}, ()),
    # --- price only ---------------------------------------------------------------------------
    ("en-price-only", tender("en", AWARD["en"], "The contract will be awarded to the tender with the lowest price."),
     "barrier.price_only", "present", {}, ()),
    ("sv-price-only", tender("sv", AWARD["sv"], "Tilldelning sker till det anbud som har lägsta pris."),
     "barrier.price_only", "present", {}, ()),
    ("nl-price-only", tender("nl", AWARD["nl"], "De opdracht wordt gegund aan de inschrijving met de laagste prijs."),
     "barrier.price_only", "present", {}, ()),
    # --- employment target --------------------------------------------------------------------
    ("en-employment", tender("en", REQ["en"],
        "The Contractor shall employ at least four long-term unemployed people during the contract."),
     "diversity.employment_target", "present", {"count": 4}, ()),
    ("en-employment-percent", tender("en", REQ["en"], "The Contractor shall ensure that at least 10 % of labour "
        "hours on the contract are worked by people who were long-term unemployed."),
     "diversity.employment_target", "present", {"percent": 10}, ()),
    ("en-employment-encouraged", tender("en", REQ["en"], "Bidders are encouraged to recruit unemployed local residents."),
     "diversity.employment_target", "weak", {}, ()),
    ("sv-employment", tender("sv", REQ["sv"],
        "Leverantören ska under avtalstiden anställa minst fyra personer som är långtidsarbetslösa."),
     "diversity.employment_target", "present", {"count": 4}, ()),
    ("sv-employment-no-number", tender("sv", REQ["sv"], "Leverantören ska anställa personer som är långtidsarbetslösa."),
     "diversity.employment_target", "weak", {}, ("count", "percent")),
    ("nl-employment", tender("nl", REQ["nl"],
        "De opdrachtnemer neemt tijdens de looptijd ten minste vier werklozen in dienst."),
     "diversity.employment_target", "present", {"count": 4}, ()),
    # --- apprentices --------------------------------------------------------------------------
    ("en-apprentices", tender("en", REQ["en"],
        "The Contractor shall provide at least three apprenticeships during the contract."),
     "diversity.apprentices", "present", {"count": 3}, ()),
    ("en-apprentices-encouraged", tender("en", REQ["en"], "Bidders are encouraged to offer apprenticeships."),
     "diversity.apprentices", "weak", {}, ("count",)),
    ("sv-apprentices", tender("sv", REQ["sv"], "Leverantören ska erbjuda minst tre praktikplatser under avtalstiden."),
     "diversity.apprentices", "present", {"count": 3}, ()),
    ("nl-apprentices", tender("nl", REQ["nl"], "De opdrachtnemer biedt tijdens de looptijd ten minste drie stageplaatsen aan."),
     "diversity.apprentices", "present", {"count": 3}, ()),
    ("nl-apprentices-digits", tender("nl", REQ["nl"],
        "De opdrachtnemer biedt gedurende 24 maanden ten minste 2 leerwerkplekken aan."),
     "diversity.apprentices", "present", {"count": 2}, ()),
    # --- accessibility ------------------------------------------------------------------------
    ("en-wcag", tender("en", REQ["en"],
        "The booking website shall conform to WCAG 2.1 level AA and work with screen readers."),
     "accessibility.specification", "present", {}, ()),
    ("en-wcag-should", tender("en", REQ["en"],
        "Where possible the website should be accessible to people with disabilities."),
     "accessibility.specification", "weak", {}, ()),
    ("sv-wcag", tender("sv", REQ["sv"], "Bokningstjänsten ska uppfylla WCAG 2.1 nivå AA och fungera med skärmläsare."),
     "accessibility.specification", "present", {}, ()),
    ("nl-wcag", tender("nl", REQ["nl"],
        "De reserveringswebsite moet voldoen aan WCAG 2.1 niveau AA en werken met schermlezers."),
     "accessibility.specification", "present", {}, ()),
]


def _same(want: object, got: object) -> bool:
    if isinstance(want, float) and isinstance(got, int | float):
        return got == pytest.approx(want)
    return want == got


@pytest.mark.parametrize(
    ("text", "eid", "status", "figures", "absent"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_tender_status_and_figures(tmp_path: Path, text: str, eid: str, status: str,
                                   figures: dict[str, object], absent: tuple[str, ...]) -> None:
    report = check(tmp_path, text)
    el = by_id(report)[eid]
    assert el.status == status, el.reason
    for key, want in figures.items():
        assert key in el.figures, (key, el.figures, el.reason)
        assert _same(want, el.figures[key]), (key, el.figures)
    for key in absent:
        assert key not in el.figures, (key, el.figures)
    if status in ("present", "weak"):
        assert el.evidence, "a finding must quote its evidence"


@pytest.mark.parametrize(
    ("text", "eid"), [pytest.param(c[1], c[2], id=c[0]) for c in CASES if c[3] in ("present", "weak")]
)
def test_tender_evidence_offsets_point_into_the_document(tmp_path: Path, text: str, eid: str) -> None:
    p = tmp_path / "tender.txt"
    p.write_text(text, encoding="utf-8")
    doc = load(str(p))
    report = check_path(p)
    found = [e for e in report.elements if e.status in ("present", "weak")]
    assert eid in {e.id for e in found}
    for el in found:
        assert el.evidence, el.id
        for ev in el.evidence:
            assert doc.text[ev.start:ev.end] == ev.text, (el.id, ev)
    for el in report.elements:  # a barrier looked at and cleared quotes what it looked at, too
        for ev in el.evidence:
            assert doc.text[ev.start:ev.end] == ev.text, (el.id, ev)


def test_tender_barriers_carry_their_anchor_and_are_adverse() -> None:
    lib = load_library()
    barrier_ids = [eid for eid in lib.elements if eid.startswith("barrier.")]
    assert len(barrier_ids) == 10
    for eid in barrier_ids:
        spec = lib.elements[eid].spec
        assert spec.adverse, eid
        assert spec.anchor, eid


# --- the JSON report -------------------------------------------------------------------------------

JSON_TENDER = tender(
    "en",
    VALUE["en"], "The estimated value of the contract is £400,000.",
    REQ["en"], "Tenderers must have a minimum annual turnover of £1,600,000.",
    "The contract will not be divided into lots.",
    "All floor scrubbers shall be Kärcher machines, for example.",
    AWARD["en"], "Tenders will be evaluated on price (60 %), quality (25 %) and social value (15 %).",
)


def test_tender_json_report_barrier_fields(tmp_path: Path) -> None:
    report = check(tmp_path, JSON_TENDER)
    out = render(report, deterministic=True, base=tmp_path)
    json.dumps(out)  # JSON-ready
    elements = {e["id"]: e for e in out["elements"]}
    barriers = [e for e in elements.values() if e["id"].startswith("barrier.")]
    assert len(barriers) == 10
    for e in barriers:
        assert e["adverse"] is True, e["id"]
        assert isinstance(e["anchor"], str) and e["anchor"], e["id"]
    for e in elements.values():
        if not e["id"].startswith("barrier."):
            assert "adverse" not in e, e["id"]
    turnover = elements["barrier.turnover"]
    assert turnover["status"] == "present"
    assert turnover["figures"]["ratio"] == pytest.approx(4.0)
    assert turnover["figures"]["currency"] == "GBP"
    assert "art. 58(3)" in turnover["anchor"]
    assert elements["diversity.award_weighting"]["figures"] == {"weight_percent": 15}
    summary = out["barriers"]
    assert {"barrier.turnover", "barrier.no_lots"} <= set(summary["found"])
    assert summary["found"] == sorted(summary["found"])
    assert "barrier.brand_names" in summary["possible"]  # named as an example: to check
    assert not set(summary["found"]) & set(summary["possible"])
    assert summary["checked"] == 10
    score = out["diversity_score"]
    assert score["profile"] == "uk_social_value"
    assert score["score"] == report.score["score"]  # type: ignore[index]
    assert any(b["element"] == "barrier.turnover" and b["kind"] == "penalty" for b in score["breakdown"])


def test_tender_json_without_barriers_or_score_has_neither() -> None:
    report = Report(
        path="x.txt", sha256="0" * 64, format="txt", language="en", pages=None, needs_ocr=False, warnings=(),
        elements=(ElementResult("nondiscrimination.obligation", "present", 0.9, "r"),), profile="contract",
        library_version="1", library_hash="h",
    )
    out = render(report, deterministic=True)
    assert "barriers" not in out and "diversity_score" not in out
    assert "adverse" not in out["elements"][0] and "anchor" not in out["elements"][0]


# --- failing a check -------------------------------------------------------------------------------


def report_of(*elements: ElementResult) -> Report:
    return Report(
        path="t.txt", sha256="0" * 64, format="txt", language="en", pages=None, needs_ocr=False, warnings=(),
        elements=elements, profile="tender", library_version="1", library_hash="h",
    )


def clause(eid: str, status: str, severity: str = "critical") -> ElementResult:
    return ElementResult(eid, status, 0.9, "r", severity=severity)


def barrier(eid: str, status: str, severity: str = "major") -> ElementResult:
    return ElementResult(eid, status, 0.9, "r", severity=severity, adverse=True, anchor="Art. 58(3)")


def test_tender_barrier_found_fails_at_missing() -> None:
    rep = report_of(clause("nondiscrimination.obligation", "present"), barrier("barrier.turnover", "present"))
    assert [e.id for e in failing_elements(rep, "missing")] == ["barrier.turnover"]
    assert [e.id for e in failing_elements(rep, "weak")] == ["barrier.turnover"]
    assert failing_elements(rep, "never") == []


def test_tender_barrier_to_check_fails_at_weak_only() -> None:
    rep = report_of(clause("nondiscrimination.obligation", "present"), barrier("barrier.no_lots", "weak", "minor"))
    assert failing_elements(rep, "missing") == []
    assert [e.id for e in failing_elements(rep, "weak")] == ["barrier.no_lots"]


def test_tender_barrier_not_found_never_fails() -> None:
    rep = report_of(clause("nondiscrimination.obligation", "present"), barrier("barrier.turnover", "missing"))
    assert failing_elements(rep, "weak") == []
    assert failing_elements(rep, "missing") == []


def test_tender_barrier_unknown_fails() -> None:
    rep = report_of(barrier("barrier.deadline", "unknown"))
    assert [e.id for e in failing_elements(rep, "missing")] == ["barrier.deadline"]


def test_tender_info_elements_never_fail() -> None:
    rep = report_of(
        clause("nondiscrimination.obligation", "present"),
        clause("diversity.apprentices", "missing", "info"),
        clause("diversity.award_weighting", "weak", "info"),
        barrier("barrier.price_only", "present", "info"),
        barrier("barrier.turnover", "unknown", "info"),
    )
    assert failing_elements(rep, "weak") == []
    assert failing_elements(rep, "missing") == []


def test_tender_missing_clause_still_fails_next_to_barriers() -> None:
    rep = report_of(clause("nondiscrimination.obligation", "missing"), barrier("barrier.turnover", "missing"),
                    barrier("barrier.language", "weak", "minor"))
    assert [e.id for e in failing_elements(rep, "missing")] == ["nondiscrimination.obligation"]
    assert [e.id for e in failing_elements(rep, "weak")] == ["nondiscrimination.obligation", "barrier.language"]


def test_tender_summary_csv_counts_barriers_and_score(tmp_path: Path) -> None:
    report = check(tmp_path, JSON_TENDER)
    ids = [e.id for e in report.elements]
    res = ScanResult(root=tmp_path, out=tmp_path / "out", profile="full", fail_on="missing", element_ids=ids)
    res.items = [ScanItem(rel="tender.txt", report=report)]
    rows = list(csv.DictReader(summary_csv(res).splitlines()))
    assert len(rows) == 1
    row = rows[0]
    found = sum(1 for e in report.elements if e.adverse and e.status == "present")
    to_check = sum(1 for e in report.elements if e.adverse and e.status == "weak")
    assert found >= 2 and to_check >= 1
    assert row["barriers_found"] == str(found) and row["barriers_to_check"] == str(to_check)
    assert row["diversity_score"] == str(report.score["score"])  # type: ignore[index]
    assert row["diversity_level"] == report.score["level"]  # type: ignore[index]
    assert row["score_profile"] == "uk_social_value"
    # barriers are not counted among the statuses of the clause elements
    clauses = [e for e in report.elements if not e.adverse]
    assert int(row["present"]) == sum(1 for e in clauses if e.status == "present")


def test_tender_language_refused_in_swedish_stays_a_barrier(tmp_path: Path) -> None:
    """'Intyg på engelska godtas inte' refuses English: only Swedish remains."""
    text = tender("sv", "Anbud ska lämnas på svenska. Intyg på engelska godtas inte.")
    assert by_id(check(tmp_path, text))["barrier.language"].status == "present"


def test_tender_score_breakdown_quotes_the_barrier_not_its_supporting_value(tmp_path: Path) -> None:
    text = value_and_turnover("en", "£400,000", "£1,600,000")
    report = check(tmp_path, text)
    turnover = by_id(report)["barrier.turnover"]
    assert turnover.status == "present"
    assert report.score is not None
    item = next(i for i in report.score["breakdown"] if i["element"] == "barrier.turnover")  # type: ignore[attr-defined]
    assert "turnover" in item["evidence"]["quote"].lower()
    assert len(turnover.evidence) == 2  # the requirement and the stated value it was compared with

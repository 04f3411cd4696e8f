#!/usr/bin/env python3
"""Build the bundled sample documents and their ground-truth labels.

    python tools/build_samples.py [--out samples]

Writes 14 documents per language (sv, en, nl) in PDF, DOCX, TXT and MD, one image-only PDF,
``labels.json`` (same shape as the real-document corpus labels) and ``README.md``.  The build is
deterministic: every document is generated from a seed derived from its file name.

Labels are never written by hand: each clause variant in ``tools/sample_text`` declares which
elements it carries (present / weak), which it negates, which it only covers generically
(termination for any material breach, a general audit, ...), and which protected grounds it lists;
``sample_text.model.compute_labels`` combines them with the corpus rules.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sample_text.compose import Spec, build_and_render, build_document  # noqa: E402
from sample_text.model import ELEMENTS  # noqa: E402
from sample_text.render import render_image_pdf  # noqa: E402
from sample_text.render_pdf import plain  # noqa: E402

HF = {"header_footer": True}


def specs() -> list[Spec]:
    S = Spec
    return [
        # ------------------------------------------------------------------ Swedish
        S("sv01_ramavtal_lokalvard_stockholmsklausul.pdf", "sv", "contract", "pdf", "cleaning",
          ad=[("stockholm", "after:laws")], pages=8, opts={**HF, "auth": 0, "heading": "para", "font": "Times-Roman",
                                                           "size": 10.5, "leading": 14}, include=("audit",),
          what="Full Stockholm clause (follow anti-discrimination law, written report within a week, flow-down + prime "
               "responsibility, termination, vite) in § numbering; running header and 'Sida n av N' footer."),
        S("sv02_upphandlingsdokument_hemtjanst.pdf", "sv", "tender", "pdf", "care",
          ad=[("sv_law7", "special")], hard=[("recital", "itt:t_intro")], pages=24,
          opts={**HF, "cols": 2, "hyphenate": True, "auth": 2, "footer": "Sida {n} av {N}", "size": 9.5, "leading": 12.5},
          include=("audit", "reporting"), annexes=("spec", "prices", "sla"),
          what="Long two-column tender with hyphenation: equal-treatment principle (LOU 4:1, hard negative), region's own "
               "human-rights policy (hard negative), special contract conditions with the 7 grounds of the Swedish "
               "Discrimination Act, active measures, report on request, vite; termination only generic."),
        S("sv03_avtal_skolskjuts_gentklausul.docx", "sv", "contract", "docx", "transport",
          ad=[("ghent", "after:performance")], pages=6, opts={**HF, "heading": "dot"}, annexes=("spec", "prices", "dpa"),
          what="Ghent-style clause in Swedish: long list of grounds, service accessible to all, workplace prevention, "
               "respect for equality law, imposed on subcontractors; generic termination/audit count weak."),
        S("sv04_avtal_itdrift_forsvagad.pdf", "sv", "contract", "pdf", "it",
          ad=[("weak", "after:laws")], hard=[("network", "after:performance")], pages=7,
          opts={**HF, "cols": 2, "hyphenate": True, "auth": 1, "heading": "upper"}, include=("audit",),
          what="Weakened clause (bör, i möjligaste mån, sträva efter, 'kan begära', 'uppmanas', hävning only after "
               "lagakraftvunnen dom) plus non-discriminatory network traffic management (hard negative); two columns."),
        S("sv05_avtal_maltider_undantag.docx", "sv", "contract", "docx", "catering",
          ad=[("negated", "after:laws")], pages=5, opts={**HF, "heading": "para", "list_style": "List Bullet"},
          include=("audit", "suspension"),
          what="Binding obligation but reporting, responsibility for subcontractors and vite expressly negated "
               "('är inte skyldig att redovisa', 'ansvarar inte')."),
        S("sv06_avtal_lokalvard_lagefterlevnad.txt", "sv", "contract", "txt", "cleaning",
          ad=[("laws_list", "replace:laws")], pages=5, opts={"wrap": 78, "runin": True, "subnum": True},
          include=("audit", "reporting", "suspension"), force={"subcontracting": 0, "audit": 0},
          what="Only a 'follow all laws incl. diskrimineringslagen' list (obligation weak), so the generic "
               "subcontractor, audit, follow-up, withholding and termination clauses count weak; run-in headings."),
        S("sv07_ramavtal_hemtjanst_bilaga.pdf", "sv", "contract", "pdf", "care",
          ad=[("annex_body", "annex"), ("xref_term", "append:termination")], pages=10,
          opts={**HF, "auth": 3, "heading": "plain"}, annexes=("spec", "prices", "dpa"),
          what="Anti-discrimination conditions only in the last annex (Bilaga), with a cross-reference from the "
               "termination clause ('Brott mot punkt 1 eller 2 i Bilaga 4 ... rätt att häva')."),
        S("sv08_upphandling_trafiksignaler_inga_krav.md", "sv", "tender", "md", "traffic",
          hard=[("technical", "after:scope"), ("pricing", "after:prices")], pages=6, opts={"heading": "dot"},
          what="No element at all: tender with equal treatment of tenderers, detectors that 'diskriminera' between "
               "bicycles and cars, and non-discriminatory pricing (all hard negatives)."),
        S("sv09_avtal_skolskjuts_policy.docx", "sv", "contract", "docx", "transport",
          hard=[("recital", "after:background"), ("authority_harassment", "after:performance"), ("mfn", "after:prices")],
          pages=5, opts={**HF, "auth": 0},
          what="No element at all: the city's own commitment against discrimination, the authority's own anti-harassment "
               "policy and a most-favoured-customer clause; generic clauses stay missing."),
        S("sv10_avtal_signalunderhall_havning.txt", "sv", "contract", "txt", "traffic",
          ad=[("alone_term", "append:termination")], pages=4, opts={"heading": "para", "crlf": True},
          what="Only a termination right for breach of the Discrimination Act, inside the termination clause "
               "(obligation weak, implied)."),
        S("sv11_avtal_itsupport_redovisning.docx", "sv", "contract", "docx", "it",
          ad=[("alone_report", "after:subcontracting")], pages=6, opts={**HF, "heading": "art"},
          what="Only a duty to report in writing, on request, the measures taken against discrimination "
               "(obligation weak, implied); generic clauses weak."),
        S("sv12_avtal_hemtjanst_tillganglighet.md", "sv", "contract", "md", "care",
          ad=[("alone_access", "after:scope")], pages=4,
          what="Only an accessibility requirement (service usable by everyone on equal terms); no obligation, so the "
               "mention of funktionsnedsättning is not a ground and generic clauses stay missing."),
        S("sv13_avtal_lokalvard_sparade_andringar.docx", "sv", "contract", "docx", "cleaning",
          ad=[("stockholm_tracked", "after:laws")], pages=7, opts={**HF, "reviewer": "Upphandlingsenheten"},
          what="DOCX with tracked changes: the reporting sentence is a w:ins insertion, a 'lagakraftvunnen dom' "
               "restriction on termination is a w:del deletion that must be ignored."),
        S("sv14_forfragningsunderlag_maltider_korsreferens.pdf", "sv", "tender", "pdf", "catering",
          ad=[("partial", "special"), ("xref_vite", "append:delay")], hard=[("pricing", "after:prices")], pages=12,
          opts={**HF, "subnum": True, "heading": "dot", "auth": 4}, include=("delay",),
          what="Tender with a partial list of grounds, vite for breach of 'punkt N.1' placed in the delay-penalty clause "
               "(cross-reference), equal treatment of tenderers and non-discriminatory pricing (hard negatives)."),
        # ------------------------------------------------------------------ English
        S("en01_cleaning_services_contract_antidiscrimination.pdf", "en", "contract", "pdf", "cleaning",
          ad=[("stockholm", "after:laws")], pages=7, opts={**HF, "auth": 0, "heading": "dot"}, include=("audit",),
          what="Full Stockholm-type clause in English (comply with anti-discrimination law, written account within ten "
               "working days, flow-down with prime responsibility, termination, liquidated damages)."),
        S("en02_itt_home_care_equality_act.pdf", "en", "tender", "pdf", "care",
          ad=[("uk_equality", "special")], pages=22,
          opts={**HF, "cols": 2, "hyphenate": True, "auth": 1, "size": 9.5, "leading": 12.5, "footer": "Page {n} of {N}"},
          include=("audit", "reporting"), annexes=("spec", "prices", "sla"),
          what="Long two-column invitation to tender with hyphenation: Equality Act 2010 list of protected "
               "characteristics, dignity-at-work policy with complaints route, report within 14 days; equal treatment "
               "of tenderers (hard negative)."),
        S("en03_school_transport_contract_ghent.docx", "en", "contract", "docx", "transport",
          ad=[("ghent", "after:staff")], pages=6, opts={**HF, "heading": "plain", "S": "the Service Provider"},
          include=("staff",),
          what="Ghent-style clause in English: 20 grounds, service accessible to all, workplace prevention, equality law, "
               "subcontractors."),
        S("en04_catering_contract_weakened.pdf", "en", "contract", "pdf", "catering",
          ad=[("weak", "after:laws")], pages=6, opts={**HF, "cols": 2, "auth": 3, "footer": "Page {n} of {N}"},
          what="Weakened clause: should endeavour, where reasonably practicable, 'may ask' with no duty to provide, "
               "reasonable efforts for subcontractors, termination only after a final conviction."),
        S("en05_managed_network_contract_negated.docx", "en", "contract", "docx", "it",
          ad=[("negated", "after:laws")], hard=[("network", "after:performance")], pages=6, opts={**HF},
          what="Binding obligation with reporting, audit and responsibility for subcontractors expressly negated; "
               "non-discriminatory traffic management (hard negative)."),
        S("en06_facilities_contract_laws_list.txt", "en", "contract", "txt", "cleaning",
          ad=[("laws_list", "replace:laws")], pages=5, include=("audit", "reporting", "suspension"),
          force={"subcontracting": 0, "audit": 0}, opts={"wrap": 80, "underline": True},
          what="Only a 'comply with all laws including anti-discrimination' list (obligation weak); generic "
               "subcontractor, audit, reporting, suspension and termination clauses therefore weak."),
        S("en07_home_care_framework_equality_schedule.pdf", "en", "contract", "pdf", "care",
          ad=[("annex_body", "annex"), ("xref_term", "append:termination")], pages=9,
          opts={**HF, "auth": 4, "annex_word": "Schedule", "font": "Times-Roman", "size": 10.5, "leading": 14},
          annexes=("spec", "prices", "dpa"),
          what="Equality requirements only in the last Schedule; termination clause cross-refers to it."),
        S("en08_itt_traffic_signals_no_clause.md", "en", "tender", "md", "traffic",
          hard=[("technical", "after:scope"), ("pricing", "after:prices"), ("mfn", "after:prices")], pages=6,
          what="No element at all: equal treatment of tenderers (reg. 18 / Art. 18), detectors that 'discriminate' "
               "between bicycles and vehicles, non-discriminatory pricing, most-favoured customer."),
        S("en09_it_support_contract_policy_only.docx", "en", "contract", "docx", "it",
          hard=[("recital", "after:background"), ("authority_harassment", "after:performance"), ("network", "after:scope"),
                ("mfn", "after:prices")], pages=6, opts={**HF, "auth": 0},
          what="No element at all: the council's own equality commitment and harassment policy, network neutrality, "
               "most-favoured customer; generic clauses stay missing."),
        S("en10_school_transport_records_access.txt", "en", "contract", "txt", "transport",
          ad=[("alone_records", "after:audit")], include=("audit",), pages=4, opts={"runin": True, "subnum": True},
          what="Only a records-access clause to verify non-discrimination (obligation weak, implied); run-in headings."),
        S("en11_cleaning_contract_dignity_at_work.docx", "en", "contract", "docx", "cleaning",
          ad=[("alone_workplace", "after:staff")], pages=5, opts={**HF, "heading": "upper"},
          what="Only a harassment/dignity-at-work policy with a reporting procedure (workplace present, obligation weak)."),
        S("en12_catering_contract_equality_remedies.md", "en", "contract", "md", "catering",
          ad=[("alone_sanctions", "after:termination")], pages=4,
          what="Only sanctions (liquidated damages, suspension of payment) for breach of the Equality Act."),
        S("en13_home_care_contract_tracked_changes.docx", "en", "contract", "docx", "care",
          ad=[("stockholm_tracked", "after:laws")], pages=8, opts={**HF, "reviewer": "Procurement Team"},
          what="DOCX tracked changes: w:ins adds the reporting sentence, w:del removes a 'final judgment' restriction."),
        S("en14_vendor_agreement_equal_employment.pdf", "en", "contract", "pdf", "it",
          ad=[("us_eeo", "after:laws")], pages=12, opts={**HF, "S": "the Vendor", "heading": "upper", "auth": 5},
          annexes=("spec", "prices", "sla"),
          what="US-style equal employment opportunity clause written out (race, color, religion, sex, sexual "
               "orientation, gender identity, national origin; reports and records; cancel/terminate/suspend; "
               "flow-down to every subcontract)."),
        # ------------------------------------------------------------------ Dutch
        S("nl01_overeenkomst_schoonmaak_nondiscriminatie.pdf", "nl", "contract", "pdf", "cleaning",
          ad=[("stockholm", "after:laws")], pages=8, opts={**HF, "auth": 0, "heading": "art"}, include=("audit",),
          what="Volledige clausule (NL): naleving gelijkebehandelingswetgeving, schriftelijk overzicht op verzoek, "
               "doorlegging aan onderaannemers met eindverantwoordelijkheid, ontbinding, boete."),
        S("nl02_bestek_schoonmaak_gentse_clausule.pdf", "nl", "tender", "pdf", "cleaning",
          ad=[("ghent", "special")], pages=28,
          opts={**HF, "cols": 2, "hyphenate": True, "auth": 3, "size": 9.5, "leading": 12.5, "heading": "art"},
          include=("audit",), annexes=("spec", "prices", "sla"),
          what="Lang Vlaams bestek in twee kolommen met afbrekingen: Gentse non-discriminatieclausule (lijst van gronden, "
               "toegankelijkheid, werkvloer, onderaannemers); gelijke behandeling van inschrijvers (hard negative)."),
        S("nl03_overeenkomst_wmo_gelijke_behandeling.docx", "nl", "contract", "docx", "care",
          ad=[("awgb", "after:laws")], pages=6, opts={**HF, "auth": 1},
          what="Alleen de verplichting om niet te discrimineren met de gronden van de Nederlandse wetgeving; "
               "generieke clausules tellen als weak."),
        S("nl04_bestek_catering_uitvoeringsvoorwaarde.pdf", "nl", "tender", "pdf", "catering",
          ad=[("be_exec", "special")], pages=9, opts={**HF, "cols": 2, "auth": 5, "footer": "Pagina {n} van {N}"},
          what="Vlaamse uitvoeringsvoorwaarde: personeel en onderaannemers mogen niet discrimineren, pesten/ongewenst "
               "gedrag op het werk, eenzijdige verbreking en straf per inbreuk."),
        S("nl05_overeenkomst_ict_uitgesloten_rapportage.docx", "nl", "contract", "docx", "it",
          ad=[("negated", "after:laws")], hard=[("network", "after:performance")], pages=6, opts={**HF, "auth": 2},
          include=("audit",),
          what="Bindende verplichting, maar 'niet verplicht verslag uit te brengen' en geen inzage; netneutraliteit "
               "(hard negative)."),
        S("nl06_overeenkomst_vervoer_wetgeving.txt", "nl", "contract", "txt", "transport",
          ad=[("laws_list", "replace:laws")], pages=5, include=("audit", "reporting", "suspension"),
          force={"subcontracting": 0, "audit": 0}, opts={"wrap": 76, "auth": 1, "formfeed": True},
          what="Alleen een opsomming 'alle wet- en regelgeving, waaronder gelijke behandeling' (weak); generieke "
               "clausules daardoor weak."),
        S("nl07_raamovereenkomst_zorg_bijlage.pdf", "nl", "contract", "pdf", "care",
          ad=[("annex_body", "annex"), ("xref_term", "append:termination")], pages=10,
          opts={**HF, "auth": 0, "heading": "dot"}, annexes=("spec", "prices", "dpa"),
          what="Non-discriminatievoorwaarden alleen in de laatste bijlage; kruisverwijzing vanuit het ontbindingsartikel."),
        S("nl08_aanbesteding_verkeerslichten_geen_clausule.md", "nl", "tender", "md", "traffic",
          hard=[("technical", "after:scope"), ("pricing", "after:prices")], pages=6, opts={"auth": 2},
          what="Geen enkel element: gelijke behandeling van inschrijvers, detectielussen die 'discrimineren', "
               "niet-discriminerende prijszetting."),
        S("nl09_overeenkomst_ict_beleid_bestuur.docx", "nl", "contract", "docx", "it",
          hard=[("recital", "after:background"), ("authority_harassment", "after:performance"), ("mfn", "after:prices"),
                ("network", "after:scope")], pages=6, opts={**HF, "auth": 4},
          what="Geen enkel element: gelijkekansenbeleid van de stad zelf, nultolerantie voor eigen personeel, "
               "meestbegunstiging, netneutraliteit."),
        S("nl10_overeenkomst_schoonmaak_onderaannemers.txt", "nl", "contract", "txt", "cleaning",
          ad=[("alone_flow", "after:subcontracting")], pages=4, opts={"auth": 3, "heading": "art"},
          what="Alleen doorlegging van de non-discriminatieplicht aan onderaannemers (verplichting impliciet, weak)."),
        S("nl11_overeenkomst_catering_eindverantwoordelijkheid.docx", "nl", "contract", "docx", "catering",
          ad=[("alone_prime", "append:subcontracting")], pages=5, opts={**HF, "auth": 0},
          force={"subcontracting": 2},
          what="Alleen eindverantwoordelijkheid voor naleving van de gelijkebehandelingswetgeving door onderaannemers."),
        S("nl12_overeenkomst_vervoer_inspanningsverplichting.md", "nl", "contract", "md", "transport",
          ad=[("weak", "after:laws")], pages=5, opts={"auth": 1},
          what="Afgezwakte clausule: streeft ernaar, zoveel mogelijk, 'kan verzoeken', zich inspannen, ontbinding pas "
               "na onherroepelijk vonnis."),
        S("nl13_overeenkomst_zorg_bijgehouden_wijzigingen.docx", "nl", "contract", "docx", "care",
          ad=[("stockholm_tracked", "after:laws")], pages=7, opts={**HF, "auth": 0, "reviewer": "Team Inkoop"},
          what="DOCX met bijgehouden wijzigingen: w:ins voegt de rapportageplicht toe, w:del schrapt de eis van een "
               "definitieve veroordeling."),
        S("nl14_overeenkomst_verkeer_kruisverwijzing.pdf", "nl", "contract", "pdf", "traffic",
          ad=[("awgb", "after:laws"), ("xref_term_art", "append:termination")], pages=7,
          opts={**HF, "auth": 1, "runin": True, "subnum": True, "font": "Times-Roman", "size": 10.5, "leading": 14},
          what="Gelijkebehandelingsverplichting met gronden en 'schending van artikel N' als ontbindingsgrond "
               "(kruisverwijzing); run-in kopjes."),
    ]


SCANNED_NAME = "sv15_inskannat_avtal_endast_bilder.pdf"


def build_scanned(out: str) -> dict:
    """An image-only PDF: a rasterised Swedish contract; its labels are all unknown."""
    import textwrap

    spec = Spec(SCANNED_NAME, "sv", "contract", "pdf", "transport", ad=[("stockholm", "after:laws")], pages=3,
                annexes=(), opts={"heading": "dot", "subnum": False})
    doc, _ = build_document(spec)
    lines: list[str] = []
    for b in doc.blocks():
        t = b.get("text")
        if not t:
            continue
        if b["t"] in ("title", "h1", "h2", "part"):
            lines += ["", "# " + plain(t)]
        else:
            lines += textwrap.wrap(plain(t), 86) + [""]
    pages = [lines[i:i + 44] for i in range(0, min(len(lines), 44 * 3), 44)]
    n = render_image_pdf(pages, os.path.join(out, SCANNED_NAME), "Avtal (inskannat)")
    return {"lang": "sv", "kind": "contract", "labels": {e: "unknown" for e in ELEMENTS}, "grounds": [],
            "scanned": True, "notes": "Image-only PDF (pages are JPEG pictures of text, no text layer): every element is "
                                      "unknown unless OCR is available. The pictured text is a Swedish transport contract.",
            "_pages": n, "_what": "Scanned-like PDF: pages are raster images only (no text layer); all labels unknown."}


FMT_NAMES = {"pdf": "PDF", "docx": "DOCX", "txt": "TXT", "md": "MD"}


def write_readme(out: str, results: dict, spec_by_name: dict) -> None:
    lines = [
        "# Sample documents",
        "",
        "Synthetic public-procurement contracts and tenders in Swedish, English and Dutch (Netherlands and Flemish",
        "usage), with ground-truth labels for the ten clause elements of `shared/spec/elements.md`.",
        "",
        "**All texts were written for procheck and are free to reuse (CC0 1.0).** Names of authorities, companies",
        "and people are invented. Nothing here is copied from a real contract.",
        "",
        "Regenerate with `python tools/build_samples.py` (deterministic; every document is seeded by its file name).",
        "Do not edit the files by hand: `labels.json` is computed from the clause variants the generator inserts.",
        "",
        "## How the labels are derived",
        "",
        "Each clause variant in `tools/sample_text/{sv,en,nl}.py` declares the elements it carries (`present` or",
        "`weak`), the elements it expressly negates, the elements it covers only generically (termination for any",
        "material breach, a general audit, generic responsibility for or flow-down to subcontractors, a general duty to",
        "report, suspension after any breach) and the canonical grounds its obligation lists.",
        "`tools/sample_text/model.py::compute_labels` combines them with the corpus rules:",
        "",
        "- an element takes the strongest status any clause gives it;",
        "- a generic clause counts `weak` only if the anti-discrimination obligation is `present` or `weak`,",
        "  otherwise `missing`;",
        "- a 'comply with all laws, including anti-discrimination law' list makes the obligation `weak`;",
        "- an element clause that only implies the duty (a termination right for breach of the Discrimination Act, a",
        "  records-access or reporting clause about discrimination, a harassment-only clause) makes the obligation `weak`;",
        "- `grounds` follows the obligation that lists them; grounds named outside an obligation are not listed;",
        "- negated elements (\"is not required to report\") are `missing`; hard negatives (equal treatment of",
        "  tenderers, non-discriminatory pricing, most-favoured customer, network traffic management, technical",
        "  'discriminate', the authority's own policies) carry nothing;",
        "- tracked changes in DOCX: `w:ins` text counts, `w:del` text is ignored;",
        "- the image-only PDF is `unknown` for every element.",
        "",
        "`notes` in `labels.json` name the clause (and, for PDFs, the page) of every piece of evidence.",
        "",
        "## Files",
        "",
        "| file | lang | kind | format | pages | what it exercises |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        fmt = name.rsplit(".", 1)[1]
        pages = str(r["_pages"]) if fmt == "pdf" else f"~{r['_pages']}"
        what = r.get("_what") or spec_by_name[name].what
        lines.append(f"| `{name}` | {r['lang']} | {r['kind']} | {FMT_NAMES[fmt]} | {pages} | {what} |")
    counts = {e: Counter(r["labels"][e] for r in results.values()) for e in ELEMENTS}
    lines += ["", "PDF page counts are exact; DOCX/TXT/MD page counts are estimates (about 480 words a page).", "",
              "## Label counts", "", "| element | present | weak | missing | unknown |", "|---|---|---|---|---|"]
    for e in ELEMENTS:
        c = counts[e]
        lines.append(f"| `{e}` | {c['present']} | {c['weak']} | {c['missing']} | {c['unknown']} |")
    lines.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def verify(out: str, results: dict) -> list[str]:
    problems: list[str] = []
    import docx
    import pypdfium2 as pdfium

    for name, r in results.items():
        path = os.path.join(out, name)
        if name.endswith(".pdf"):
            pdf = pdfium.PdfDocument(path)
            if len(pdf) != r["_pages"]:
                problems.append(f"{name}: {len(pdf)} pages, expected {r['_pages']}")
            text = pdf[0].get_textpage().get_text_range()
            if r["scanned"] == bool(text.strip()):
                problems.append(f"{name}: text layer present={bool(text.strip())}, scanned={r['scanned']}")
            pdf.close()
        elif name.endswith(".docx"):
            d = docx.Document(path)
            if not d.paragraphs:
                problems.append(f"{name}: no paragraphs")
        if set(r["labels"]) != set(ELEMENTS):
            problems.append(f"{name}: labels incomplete")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "samples"))
    ap.add_argument("--only", help="build only files whose name contains this string (no labels.json/README)")
    args = ap.parse_args(argv)
    t0 = time.time()
    out = args.out
    all_specs = specs()
    if args.only:
        os.makedirs(out, exist_ok=True)
        for sp in all_specs:
            if args.only in sp.name:
                r = build_and_render(sp, os.path.join(out, sp.name))
                print(sp.name, r["_pages"], json.dumps(r["labels"]), r["grounds"], "\n   ", r["notes"])
        return 0
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    random.seed(0)
    results: dict = {}
    for sp in all_specs:
        results[sp.name] = build_and_render(sp, os.path.join(out, sp.name))
    results[SCANNED_NAME] = build_scanned(out)
    labels = {name: {k: v for k, v in r.items() if not k.startswith("_")} for name, r in sorted(results.items())}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(out, dict(sorted(results.items())), {s.name: s for s in all_specs})
    problems = verify(out, results)
    size = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
    print(f"wrote {len(results)} documents to {out} ({size / 1e6:.1f} MB) in {time.time() - t0:.1f} s")
    for p in problems:
        print("PROBLEM:", p)
    # the tender samples live in the same folder and labels.json: rebuild them after the wipe above
    import build_tender_samples

    tender_rc = build_tender_samples.main(["--out", out])
    return 1 if problems or tender_rc else 0


if __name__ == "__main__":
    sys.exit(main())

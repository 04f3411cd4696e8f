"""Whole short documents in each language: weakened forms must stay weak, and look-alikes
(non-discriminatory prices, procurement principles, the city's own commitments, generic clauses
without an anti-discrimination duty) must give no finding at all."""

from __future__ import annotations

import pytest

from procheck.examples import check_text
from procheck.library import load_library

DOCUMENTS = {
    'weak_en': (
        'FRAMEWORK AGREEMENT FOR AGENCY STAFF\n'
        '\n'
        '18. Equality\n'
        '18.1 The Supplier shall use all reasonable endeavours to ensure that its workers are not subjected to discrimination.\n'
        "18.2 The Supplier should ensure that subcontractors are aware of the Authority's equality policy.\n"
        '18.3 The Authority may ask the Supplier for information about its equality practices.\n'
        '18.4 The Authority may terminate this Agreement only where a court or tribunal has made a final finding of unlawful discrimination against the Supplier.\n'
        '18.5 The obligations in this clause do not apply to goods supplied under this Agreement.\n'
    ),
    'weak_sv': (
        'AVTAL OM BEMANNING\n'
        '\n'
        '9 Likabehandling\n'
        '9.1 Leverantören ska så långt det är möjligt verka för att diskriminering inte förekommer i verksamheten.\n'
        '9.2 Beställaren kan komma att efterfråga information om Leverantörens arbete med likabehandling.\n'
        '9.3 Leverantören uppmanas att ställa motsvarande krav på sina underleverantörer.\n'
        '9.4 Beställaren har rätt att häva avtalet om Leverantören genom lagakraftvunnen dom dömts för diskriminering.\n'
    ),
    'weak_nl': (
        'RAAMOVEREENKOMST UITZENDKRACHTEN\n'
        '\n'
        'Artikel 7 Gelijke behandeling\n'
        '7.1 De opdrachtnemer spant zich in om discriminatie bij de werving en selectie zo veel mogelijk te voorkomen.\n'
        '7.2 De opdrachtgever kan de opdrachtnemer verzoeken om informatie over zijn beleid inzake gelijke behandeling.\n'
        '7.3 De opdrachtnemer wordt aangemoedigd deze uitgangspunten ook aan zijn onderaannemers op te leggen.\n'
        '7.4 De opdrachtgever kan de overeenkomst ontbinden indien de opdrachtnemer onherroepelijk is veroordeeld wegens discriminatie.\n'
    ),
    'neg_en': (
        'SOFTWARE LICENCE AND SUPPORT AGREEMENT\n'
        '\n'
        '1. Definitions. "Customer" means the City of Ashford. "Licensor" means DataWorks Ltd.\n'
        '2. Licence. The Licensor grants the Customer a non-exclusive, non-transferable licence. Licence fees are set on a non-discriminatory basis for all public sector licensees.\n'
        '3. Support. The Licensor shall respond to support requests within four hours. The Customer may request additional training at the rates in Schedule 2.\n'
        "4. Audit. The Licensor may audit the Customer's use of the Software once a year to verify compliance with the licence terms.\n"
        '5. Subcontracting. The Licensor may use subcontractors and shall remain responsible for their performance.\n'
        "6. Termination. Either party may terminate this Agreement for material breach on 30 days' written notice.\n"
        '7. Data protection. Each party shall comply with the UK GDPR. The Licensor shall provide the Customer on request with all information necessary to demonstrate compliance with Article 28.\n'
        '8. Equal treatment of shareholders is not affected by this Agreement.\n'
        '9. The Customer is committed to equality, diversity and inclusion in the delivery of its public services.\n'
    ),
    'neg_sv': (
        'AVTAL OM KOPIERINGSTJÄNSTER\n'
        '\n'
        '1. Parter. Kommunen (Beställaren) och Print AB (Leverantören).\n'
        '2. Pris. Priserna är fasta och icke-diskriminerande i förhållande till Leverantörens övriga offentliga kunder.\n'
        '3. Underleverantörer. Leverantören ansvarar för underleverantörs arbete såsom för sitt eget.\n'
        '4. Revision. Beställaren har rätt att granska att Leverantören fullgör sina åtaganden enligt avtalet.\n'
        '5. Hävning. Part har rätt att häva avtalet om motparten väsentligt bryter mot avtalet.\n'
        '6. Upphandlingen har genomförts i enlighet med principerna om likabehandling, icke-diskriminering, öppenhet, proportionalitet och ömsesidigt erkännande.\n'
        '7. Kommunen arbetar för ett samhälle fritt från diskriminering.\n'
    ),
    'neg_nl': (
        'OVEREENKOMST LEVERING KANTOORMEUBILAIR\n'
        '\n'
        '1. Partijen: de gemeente Oostdam (Opdrachtgever) en Meubel B.V. (Opdrachtnemer).\n'
        '2. Prijzen. De prijzen zijn vast en worden op een niet-discriminerende wijze aan alle overheidsklanten berekend.\n'
        '3. Onderaanneming. Opdrachtnemer blijft verantwoordelijk voor de nakoming door zijn onderaannemers.\n'
        '4. Ontbinding. Iedere partij kan de overeenkomst ontbinden bij een toerekenbare tekortkoming.\n'
        '5. De aanbestedende dienst heeft alle inschrijvers gelijk behandeld.\n'
        '6. De gemeente zet zich in voor gelijke kansen voor al haar inwoners.\n'
    ),
}

EXPECTED = {
    'weak_en': {'nondiscrimination.obligation': 'weak', 'reporting.on_request': 'weak', 'flowdown.subcontractors': 'weak', 'termination.right': 'weak'},
    'weak_sv': {'nondiscrimination.obligation': 'weak', 'reporting.on_request': 'weak', 'flowdown.subcontractors': 'weak', 'termination.right': 'weak'},
    'weak_nl': {'nondiscrimination.obligation': 'weak', 'nondiscrimination.workplace': 'weak', 'reporting.on_request': 'weak', 'flowdown.subcontractors': 'weak', 'termination.right': 'weak'},
    'neg_en': {},
    'neg_sv': {},
    'neg_nl': {},
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_wordings_whole_documents(name: str) -> None:
    got = {eid: status for eid, (status, _) in check_text(DOCUMENTS[name], load_library()).items()}
    expected = EXPECTED[name]
    assert {eid: st for eid, st in got.items() if st != "missing"} == expected

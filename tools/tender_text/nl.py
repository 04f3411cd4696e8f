"""Dutch tender samples: Netherlands (aanbestedingsleidraad) and Flemish (bestek) usage. All names are invented."""

from __future__ import annotations

from datetime import date

from .model import BE_GROUNDS, NL_AWGB_GROUNDS, F, Tender, days_between, ratio

P, W, M = "present", "weak", "missing"

# ---------------------------------------------------------------------------------------------
# nl21 – NL municipality, customer portal, social return, diversity plan (DOCX with table)
# ---------------------------------------------------------------------------------------------
NL21_NOTICE, NL21_DEADLINE = date(2025, 1, 6), date(2025, 1, 28)
NL21_DAYS = days_between(NL21_NOTICE, NL21_DEADLINE)  # 22

NL21 = """
= Aanbestedingsleidraad
== Ontwikkeling, hosting en beheer van het digitale klantportaal
~ Gemeente Waalbrugge – kenmerk WB-2024-118

# 1 Inleiding

## 1.1 Aanbestedende dienst
De gemeente Waalbrugge (hierna: de gemeente) wil een opdrachtnemer contracteren voor de ontwikkeling, hosting en het
beheer van een digitaal klantportaal waarin inwoners en ondernemers aanvragen kunnen indienen en de status van hun
zaken kunnen volgen.

## 1.2 Looptijd en geraamde waarde
De overeenkomst heeft een looptijd van drie jaar. De geraamde waarde van de opdracht bedraagt € 500.000 exclusief btw
voor de volledige looptijd.

## 1.3 Beginselen
De gemeente behandelt alle inschrijvers gelijk en op niet-discriminerende wijze en handelt transparant en
proportioneel, overeenkomstig de artikelen 1.8, 1.9 en 1.10 van de Aanbestedingswet 2012.

# 2 Procedure

## 2.1 Procedure en planning
De opdracht wordt aanbesteed via een Europese openbare procedure. De aankondiging is op 6 januari 2025 verzonden voor
publicatie op TenderNed en in het Publicatieblad van de Europese Unie. Vragen kunnen tot en met 15 januari 2025 via
TenderNed worden gesteld; de nota van inlichtingen verschijnt uiterlijk op 20 januari 2025.

## 2.2 Indienen van de inschrijving
De inschrijvingen moeten uiterlijk op 28 januari 2025 om 12.00 uur elektronisch via TenderNed zijn ingediend.
Inschrijvingen die op een andere wijze worden ingediend, worden niet in behandeling genomen.

## 2.3 Taal
Inschrijvingen mogen in het Nederlands of in het Engels worden gesteld.

## 2.4 Percelen
De opdracht wordt niet in percelen verdeeld.

# 3 Uitsluitingsgronden en geschiktheidseisen

## 3.1 Uniform Europees Aanbestedingsdocument
De inschrijver vult het Uniform Europees Aanbestedingsdocument (UEA) in. Alleen de winnende inschrijver moet de
bewijsstukken overleggen.

## 3.2 Financiële en economische draagkracht
De inschrijver heeft in elk van de laatste drie afgesloten boekjaren een jaaromzet van ten minste € 1.500.000 behaald.
De inschrijver beschikt over een beroepsaansprakelijkheidsverzekering met een dekking van ten minste € 300.000 per
aanspraak.

## 3.3 Technische bekwaamheid
De inschrijver toont met twee referentieopdrachten aan dat hij in de afgelopen drie jaar een vergelijkbaar portaal
heeft ontwikkeld en in beheer heeft gehad. De inschrijver beschikt over een certificaat volgens ISO/IEC 27001 of een
gelijkwaardig bewijs van informatiebeveiliging.

# 4 Programma van eisen (samenvatting)

## 4.1 Digitale toegankelijkheid
Het klantportaal voldoet aan de Europese norm EN 301 549 (versie 3.2.1) of een gelijkwaardige norm, en daarmee aan de
succescriteria van WCAG 2.1 op niveau AA. De opdrachtnemer laat vóór de oplevering een toegankelijkheidsonderzoek
uitvoeren door een onafhankelijke partij, herstelt alle gevonden tekortkomingen en stelt een toegankelijkheidsverklaring
op.

## 4.2 Koppelingen
Het portaal koppelt met het zaaksysteem van de gemeente via de ZGW-API's of gelijkwaardige open standaarden.

# 5 Gunning

## 5.1 Gunningscriterium
De opdracht wordt gegund aan de inschrijver met de beste prijs-kwaliteitverhouding. De criteria wegen als volgt:

| Criterium | Weging |
| Prijs | 40 % |
| Kwaliteit – plan van aanpak en ontwerp | 40 % |
| Sociale waarde | 20 % |

## 5.2 Sociale waarde
Het criterium sociale waarde (20 %) bestaat uit twee onderdelen. Het plan Social Return en het diversiteitsplan in
hoofdlijnen wegen samen 12 %. Het bezit van een certificaat op de PSO-Prestatieladder Socialer Ondernemen op ten
minste trede 2, of van een gelijkwaardig certificaat, weegt 8 %.

# 6 Uitvoeringsvoorwaarden Social Return en diversiteit

## 6.1 Social Return
De opdrachtnemer neemt voor de uitvoering van de opdracht ten minste twee personen met een afstand tot de
arbeidsmarkt in dienst, zoals personen met een uitkering op grond van de Participatiewet of statushouders, elk voor
ten minste 24 uur per week en voor ten minste twaalf maanden. Het Werkgeversservicepunt van de gemeente helpt bij de
werving.

## 6.2 Stageplaatsen
Inschrijvers worden aangemoedigd om stageplaatsen aan te bieden aan studenten van het mbo en het hbo.

## 6.3 Diversiteitsplan
De opdrachtnemer stelt binnen drie maanden na de start van de opdracht een diversiteitsplan op voor het team dat de
opdracht uitvoert, met doelen, acties en een planning.

## 6.4 Werving en selectie
De opdrachtnemer past bij werving voor de opdracht anoniem solliciteren toe in de eerste selectieronde en zorgt ervoor
dat iedereen die sollicitatiegesprekken voert een training in objectief werven en selecteren heeft gevolgd.

## 6.5 Borging
De toezeggingen uit het plan Social Return en het diversiteitsplan worden onderdeel van de overeenkomst. De
opdrachtnemer rapporteert elk kwartaal over de volgende kritieke prestatie-indicatoren (KPI's): het aantal geplaatste
kandidaten en hun uren, de uitgevoerde acties uit het diversiteitsplan en het aandeel anonieme selectierondes.

# 7 Concept-overeenkomst (uittreksel)

## 7.1 Gelijke behandeling
De opdrachtnemer verbindt zich ertoe bij de uitvoering van de opdracht de Algemene wet gelijke behandeling na te leven
en geen onderscheid te maken op grond van godsdienst, levensovertuiging, politieke gezindheid, ras, geslacht,
nationaliteit, hetero- of homoseksuele gerichtheid, burgerlijke staat, handicap, chronische ziekte of leeftijd.

## 7.2 Verantwoording
De opdrachtnemer verstrekt op verzoek van de gemeente binnen tien werkdagen een schriftelijk overzicht van de
maatregelen die hij heeft genomen om artikel 7.1 na te leven.

## 7.3 Klachten
De opdrachtnemer beschikt over een klachtenregeling voor gebruikers van het klantportaal over de kwaliteit en de
beschikbaarheid van de dienstverlening.

## 7.4 Melding
De gemeente kan vermoedelijke overtredingen van de gelijkebehandelingswetgeving voorleggen aan het College voor de
Rechten van de Mens. De opdrachtnemer verleent medewerking aan een onderzoek van het College.

## 7.5 Derden
De opdrachtnemer blijft jegens de gemeente verantwoordelijk voor de nakoming van de overeenkomst door derden die hij
bij de uitvoering inschakelt.

## 7.6 Boete en ontbinding
Bij elke tekortkoming in de nakoming van de overeenkomst verbeurt de opdrachtnemer, na ingebrekestelling, een boete
van € 500 per kalenderdag dat de tekortkoming voortduurt. De gemeente kan de overeenkomst ontbinden als de
opdrachtnemer na ingebrekestelling tekort blijft schieten in de nakoming van de overeenkomst.
"""

NL21_F = [
    F("nondiscrimination.obligation", P, "7.1", "verbindt zich ertoe bij de uitvoering van de opdracht de Algemene wet gelijke behandeling na te leven",
      "binding obligation (AWGB) with grounds."),
    F("nondiscrimination.grounds", P, "7.1", "godsdienst, levensovertuiging, politieke gezindheid, ras, geslacht",
      "the grounds of the Dutch equal-treatment legislation."),
    F("reporting.on_request", P, "7.2", "op verzoek van de gemeente binnen tien werkdagen een schriftelijk overzicht",
      "written overview within ten working days."),
    F("flowdown.prime_responsible", W, "7.5", "blijft jegens de gemeente verantwoordelijk voor de nakoming van de overeenkomst door derden",
      "generic responsibility for third parties; weak because the obligation is present."),
    F("termination.right", W, "7.6", "De gemeente kan de overeenkomst ontbinden",
      "generic termination; weak because the obligation is present."),
    F("termination.sanctions", W, "7.6", "Bij elke tekortkoming in de nakoming van de overeenkomst verbeurt de opdrachtnemer",
      "generic penalty for any breach; weak because the obligation is present."),
    F("nondiscrimination.obligation", M, "1.3", "behandelt alle inschrijvers gelijk en op niet-discriminerende wijze",
      "hard negative: equal treatment of tenderers."),
    F("nondiscrimination.accessibility", M, "4.1", "EN 301 549 (versie 3.2.1) of een gelijkwaardige norm",
      "technical digital accessibility (counted under accessibility.specification), not an equal-terms service clause."),
    F("redress.complaints", W, "7.3", "klachtenregeling voor gebruikers van het klantportaal over de kwaliteit",
      "only a generic service-quality complaints scheme while the obligation exists."),
    F("redress.referral", P, "7.4", "voorleggen aan het College voor de Rechten van de Mens",
      "referral to the Netherlands Institute for Human Rights; cooperation required."),
    F("diversity.award_weighting", P, "5.2", "Het criterium sociale waarde (20 %)", "social value 20 % (table 5.1).",
      {"weight_percent": 20}),
    F("diversity.certification", P, "5.2", "PSO-Prestatieladder Socialer Ondernemen op ten minste trede 2",
      "rewarded (8 %): inclusive-employment certificate at level 'trede 2' or equivalent.", {"level": "trede 2"}),
    F("diversity.employment_target", P, "6.1", "ten minste twee personen met een afstand tot de",
      "contract condition: two people far from the labour market hired.", {"count": 2}),
    F("diversity.apprentices", W, "6.2", "Inschrijvers worden aangemoedigd om stageplaatsen aan te bieden",
      "encouraged only, no number."),
    F("diversity.strategy", P, "6.3", "stelt binnen drie maanden na de start van de opdracht een diversiteitsplan op",
      "diversity plan required (and scored in 5.2)."),
    F("diversity.hr_practices", P, "6.4", "anoniem solliciteren", "anonymous applications and recruiter training required."),
    F("diversity.contractual", P, "6.5", "worden onderdeel van de overeenkomst", "binding, with KPIs reported quarterly."),
    F("accessibility.specification", P, "4.1", "voldoet aan de Europese norm EN 301 549",
      "EN 301 549 / WCAG 2.1 AA (or equivalent), audit and statement."),
    F("barrier.turnover", P, "3.2", "jaaromzet van ten minste € 1.500.000",
      "turnover € 1.500.000 / value € 500.000 (section 1.2) = 3.00 > 2; no reason.",
      {"turnover": 1500000, "contract_value": 500000, "currency": "EUR", "ratio": ratio(1.5e6, 5e5)}),
    F("barrier.insurance", M, "3.2", "dekking van ten minste € 300.000 per", "cover € 300.000 < value € 500.000."),
    F("barrier.company_age", M, "3.3", "in de afgelopen drie jaar", "hard negative: references from the last three years."),
    F("barrier.no_lots", P, "2.4", "De opdracht wordt niet in percelen verdeeld.", "no lots, no reason."),
    F("barrier.language", M, "2.3", "in het Nederlands of in het Engels", "Dutch or English accepted."),
    F("barrier.deadline", P, "2.2", "uiterlijk op 28 januari 2025 om 12.00 uur",
      f"European open procedure, notice sent 2025-01-06 (section 2.1), deadline 2025-01-28 = {NL21_DAYS} days < 30 (electronic via TenderNed).",
      {"days": NL21_DAYS, "minimum_days": 30}),
    F("barrier.brand_names", M, "4.2", "ZGW-API's of gelijkwaardige open standaarden",
      "standards with 'of gelijkwaardig' (also EN 301 549 and ISO/IEC 27001)."),
    F("barrier.price_only", M, "5.1", "beste prijs-kwaliteitverhouding", "price 40 %, quality 40 %, social value 20 %."),
]

NL21_T = Tender(
    "nl21_aanbestedingsleidraad_klantportaal_social_return.docx", "nl", NL21, NL21_F, grounds=NL_AWGB_GROUNDS,
    header=("Gemeente Waalbrugge – Aanbestedingsleidraad klantportaal", "WB-2024-118"), footer="Pagina {n} van {N}",
    author="Gemeente Waalbrugge",
    what="NL portal tender: social value 20 % incl. a PSO certificate 'trede 2', Social Return (2 people far from the "
         "labour market), diversity plan, anonymous applications, KPIs + quarterly reports; EN 301 549 / WCAG 2.1 AA; AWGB "
         "clause with grounds and report on request, referral to the College voor de Rechten van de Mens, generic "
         "complaints scheme (weak); turnover 3x (€ 1.500.000 / € 500.000), no lots, 22-day deadline; Dutch or English.",
)

# ---------------------------------------------------------------------------------------------
# nl22 – Flemish city, playgrounds, three lots, Ghent-style clause, social economy (PDF)
# ---------------------------------------------------------------------------------------------
NL22_NOTICE, NL22_DEADLINE = date(2025, 3, 10), date(2025, 4, 17)
NL22_DAYS = days_between(NL22_NOTICE, NL22_DEADLINE)  # 38

NL22 = """
= Bestek OD/2025/014
== Opdracht voor werken: heraanleg en onderhoud van speelterreinen
~ Stad Leiemonde – Dienst Openbaar Domein

# 1 Algemene bepalingen

## 1.1 Aanbestedende overheid
Stad Leiemonde, vertegenwoordigd door het college van burgemeester en schepenen. Leidend ambtenaar is Griet
Vanhaecke, diensthoofd Openbaar Domein.

## 1.2 Voorwerp en percelen
De opdracht omvat de heraanleg van twee speelterreinen en het onderhoud en de keuring van de speeltoestellen op het
grondgebied van de stad. De opdracht is verdeeld in drie percelen. Inschrijvers mogen op één, twee of alle percelen
inschrijven.

| Perceel | Omschrijving | Geraamde waarde (excl. btw) |
| 1 | Heraanleg speelterrein Kouterpark | EUR 700.000 |
| 2 | Aanleg inclusieve speeltuin Molenwijk | EUR 550.000 |
| 3 | Onderhoud en keuring van speeltoestellen (3 jaar) | EUR 350.000 |

De geraamde waarde van de volledige opdracht bedraagt EUR 1,6 miljoen excl. btw.

## 1.3 Procedure
De opdracht wordt geplaatst bij openbare procedure. De aankondiging van opdracht werd op 10 maart 2025 gepubliceerd in
het Bulletin der Aanbestedingen. De offertes moeten uiterlijk op 17 april 2025 om 11.00 uur elektronisch worden
ingediend via e-Tendering.

## 1.4 Taal
De offerte en alle bijlagen worden opgesteld in het Nederlands. Attesten die in een andere taal zijn opgesteld, moeten
vergezeld zijn van een beëdigde vertaling in het Nederlands.

## 1.5 Beginselen
Het bestuur behandelt alle inschrijvers gelijk en zonder discriminatie en handelt transparant en proportioneel.

# 2 Selectie

## 2.1 Uitsluitingsgronden
De inschrijver verklaart op erewoord dat hij zich niet in een van de uitsluitingsgevallen bevindt. Het bestuur
controleert zelf de fiscale en sociale schulden via Telemarc.

## 2.2 Financiële en economische draagkracht
De inschrijver beschikt over een gemiddelde jaaromzet over de laatste drie boekjaren van minimaal EUR 2,4 miljoen.
Wie slechts op één of twee percelen inschrijft, moet een gemiddelde jaaromzet halen van anderhalve keer de geraamde
waarde van die percelen.

## 2.3 Technische bekwaamheid
De inschrijver voegt een lijst toe van de voornaamste gelijkaardige werken die hij in de loop van de laatste vijf jaar
heeft uitgevoerd, met ten minste twee goede uitvoeringsattesten.

# 3 Technische bepalingen

## 3.1 Normen
Alle speeltoestellen en valondergronden voldoen aan de normen EN 1176 en EN 1177.

## 3.2 Inclusieve speeltuin (perceel 2)
Perceel 2 wordt aangelegd als inclusieve speeltuin. Alle paden zijn rolstoeltoegankelijk, met een breedte van minimaal
1,50 m en hellingen van maximaal 4 %. Minstens de helft van de speelaanleidingen is bereikbaar zonder niveauverschil en
er worden speeltoestellen voorzien voor kinderen met een motorische of visuele beperking.

## 3.3 Beplanting
Er wordt uitsluitend streekeigen en niet-giftige beplanting gebruikt.

# 4 Gunning

## 4.1 Gunningscriteria
Elk perceel wordt gegund aan de inschrijver met de economisch meest voordelige offerte op basis van de volgende
criteria: prijs 60 punten, technische waarde 37 punten en sociale meerwaarde 3 punten, op een totaal van 100 punten.

## 4.2 Technische waarde
Onder technische waarde beoordeelt het bestuur de uitvoeringsmethode, de planning en de ervaring van het voorgestelde
team. Ervaring met de aanleg van speelterreinen in opdracht van Belgische openbare besturen wordt hierbij positief
beoordeeld.

## 4.3 Sociale meerwaarde
Onder sociale meerwaarde beoordeelt het bestuur het voorstel van de inschrijver voor de begeleiding van de leerling
of stagiair bedoeld in artikel 5.1.

# 5 Bijzondere uitvoeringsvoorwaarden

## 5.1 Opleiding
De opdrachtnemer zet tijdens de uitvoering van de percelen 1 en 2 ten minste één leerling uit een opleiding duaal
leren of één stagiair uit het beroepsonderwijs in, gedurende ten minste 60 werkdagen.

## 5.2 Kansengroepen en diversiteit
De opdrachtnemer wordt aangemoedigd om waar mogelijk werkzoekenden uit kansengroepen in te zetten bij de uitvoering.
Inschrijvers worden eveneens aangemoedigd om een diversiteitsplan op te stellen en bij aanwervingen diverse
selectiecommissies samen te stellen.

## 5.3 Sociale economie (perceel 3)
De opdrachtnemer van perceel 3 besteedt ten minste 10 % van de waarde van het perceel uit aan een onderneming uit de
sociale economie, zoals een maatwerkbedrijf. Hij voegt bij zijn offerte een plan met de beoogde onderneming en de
betrokken taken. Vindt hij geen geschikte onderneming, dan toont hij met stukken aan welke ondernemingen hij heeft
aangeschreven en waarom dit niet tot een overeenkomst heeft geleid. Het plan maakt deel uit van de opdracht.

## 5.4 Non-discriminatie
De opdrachtnemer staat bij de uitvoering van de opdracht geen enkele vorm van discriminatie toe op grond van
nationaliteit, een zogenaamd ras, huidskleur, afkomst, nationale of etnische afstamming, geslacht, seksuele
geaardheid, burgerlijke staat, leeftijd, vermogen, geloof of levensbeschouwing, politieke of syndicale overtuiging,
taal, gezondheidstoestand, handicap, fysieke of genetische eigenschappen of sociale afkomst.

De opdrachtnemer voorkomt discriminatie, pesterijen en ongewenst seksueel gedrag op het werk en treedt op tegen elke
melding daarvan. Hij brengt zijn werknemers en die van zijn onderaannemers schriftelijk op de hoogte van de
mogelijkheden om discriminatie aan te klagen, zowel intern bij de vertrouwenspersoon als extern bij Unia.

De opdrachtnemer legt deze verplichtingen op aan zijn onderaannemers.

## 5.5 Sancties
Elke vastgestelde inbreuk op artikel 5.4 geeft aanleiding tot een bijzondere straf van EUR 500 per inbreuk,
onverminderd de ambtshalve maatregelen. Bij herhaalde inbreuk kan het bestuur de opdracht eenzijdig verbreken. Het
bestuur kan vermoedelijke inbreuken melden aan Unia en aan de Directie Toezicht op de Sociale Wetten.

## 5.6 Borgtocht
De borgtocht bedraagt 5 % van het oorspronkelijke opdrachtbedrag per perceel, overeenkomstig artikel 25 van de
algemene uitvoeringsregels.
"""

NL22_F = [
    F("nondiscrimination.obligation", P, "5.4", "staat bij de uitvoering van de opdracht geen enkele vorm van discriminatie toe",
      "Ghent-style execution condition: no discrimination."),
    F("nondiscrimination.grounds", P, "5.4", "nationaliteit, een zogenaamd ras, huidskleur, afkomst",
      "the Flemish / federal list of grounds."),
    F("nondiscrimination.workplace", P, "5.4", "voorkomt discriminatie, pesterijen en ongewenst seksueel gedrag op het werk",
      "prevention at the workplace."),
    F("flowdown.subcontractors", P, "5.4", "legt deze verplichtingen op aan zijn onderaannemers", "flow-down."),
    F("termination.right", P, "5.5", "kan het bestuur de opdracht eenzijdig verbreken", "termination for repeated breach of 5.4."),
    F("termination.sanctions", P, "5.5", "bijzondere straf van EUR 500 per inbreuk", "penalty per breach of 5.4."),
    F("nondiscrimination.obligation", M, "1.5", "behandelt alle inschrijvers gelijk en zonder discriminatie",
      "hard negative: equal treatment of tenderers."),
    F("redress.complaints", P, "5.4", "op de hoogte van de mogelijkheden om discriminatie aan te klagen",
      "binding duty to inform workers (incl. subcontractors') of internal and external complaint routes."),
    F("redress.referral", P, "5.5", "melden aan Unia en aan de Directie Toezicht op de Sociale Wetten",
      "referral to Unia and the labour inspectorate."),
    F("diversity.award_weighting", W, "4.1", "sociale meerwaarde 3 punten",
      "3 of 100 points = 3 % < 10 %.", {"weight_percent": 3}),
    F("diversity.apprentices", P, "5.1", "ten minste één leerling uit een opleiding duaal", "execution condition: one apprentice or trainee.",
      {"count": 1}),
    F("diversity.employment_target", W, "5.2", "waar mogelijk werkzoekenden uit kansengroepen in te zetten",
      "encouraged, 'waar mogelijk', no number."),
    F("diversity.strategy", W, "5.2", "aangemoedigd om een diversiteitsplan op te stellen", "encouraged only."),
    F("diversity.hr_practices", W, "5.2", "diverse selectiecommissies samen te stellen", "encouraged only."),
    F("diversity.supplier_participation", P, "5.3", "ten minste 10 % van de waarde van het perceel uit aan een onderneming uit de",
      "goal of 10 % of lot 3 to social-economy firms, plan with the offer, documented efforts.", {"percent": 10}),
    F("diversity.contractual", W, "5.3", "Het plan maakt deel uit van de opdracht.", "binding, but no KPIs or reporting."),
    F("accessibility.specification", P, "3.2", "Alle paden zijn rolstoeltoegankelijk",
      "wheelchair-accessible paths, step-free play, equipment for children with disabilities."),
    F("barrier.turnover", M, "2.2", "minimaal EUR 2,4 miljoen",
      "EUR 2,4 miljoen / EUR 1,6 miljoen = 1.50 <= 2 (per lot also 1.5x)."),
    F("barrier.company_age", M, "2.3", "in de loop van de laatste vijf jaar", "hard negative: references for works of the last five years."),
    F("barrier.prior_contracts", W, "4.2", "in opdracht van Belgische openbare besturen wordt hierbij positief",
      "experience with Belgian public bodies scored, not required."),
    F("barrier.no_lots", M, "1.2", "verdeeld in drie percelen", "three lots."),
    F("barrier.insurance", M, "5.6", "De borgtocht bedraagt 5 %", "performance guarantee 5 % <= 10 %."),
    F("barrier.language", P, "1.4", "moeten vergezeld zijn van een beëdigde vertaling",
      "offer in Dutch only; sworn translations of foreign certificates."),
    F("barrier.deadline", M, "1.3", "uiterlijk op 17 april 2025 om 11.00 uur",
      f"open procedure, published 2025-03-10, deadline 2025-04-17 = {NL22_DAYS} days >= 35."),
    F("barrier.brand_names", P, "3.1", "voldoen aan de normen EN 1176 en EN 1177",
      "standards required without 'of gelijkwaardig'.", {"names": ["EN 1176", "EN 1177"]}),
    F("barrier.price_only", M, "4.1", "prijs 60 punten, technische waarde 37 punten", "price 60, technical 37, social 3."),
]

NL22_T = Tender(
    "nl22_bestek_speelterreinen_percelen.pdf", "nl", NL22, NL22_F, grounds=BE_GROUNDS,
    header=("Stad Leiemonde – Bestek OD/2025/014", "Speelterreinen"), footer="Pagina {n} van {N}",
    author="Stad Leiemonde", opts={"size": 10.0},
    what="Flemish works tender in three lots: Ghent-style non-discrimination condition (Belgian grounds, workplace, "
         "workers told how to complain to Unia, flow-down, penalty, termination, referral to Unia and the labour "
         "inspectorate); social value 3 of 100 points (weak), one duaal-leren apprentice, 10 % social-economy goal with "
         "documented efforts, encouraged diversity plan / panels (weak); inclusive playground; EN 1176 / EN 1177 without "
         "equivalence; Dutch only with sworn translations; turnover 1.5x; 5 % guarantee; Belgian experience scored.",
)

# ---------------------------------------------------------------------------------------------
# nl23 – Flemish, office supplies, lowest price, several barriers (TXT)
# ---------------------------------------------------------------------------------------------
NL23_NOTICE, NL23_DEADLINE = date(2025, 2, 3), date(2025, 3, 6)
NL23_DAYS = days_between(NL23_NOTICE, NL23_DEADLINE)  # 31

NL23 = """
= Bestek ISML/2025/003 – Levering van kantoorbenodigdheden, papier en toners
~ Intergemeentelijk Samenwerkingsverband Midden-Leie (ISML), Aankoopdienst

# 1 Algemene bepalingen

## 1.1 Voorwerp
De opdracht betreft de levering van kantoorbenodigdheden, kopieerpapier en toners aan de diensten van ISML en van de
zeven aangesloten gemeenten, gedurende vier jaar, via een webwinkel met wekelijkse leveringen per vestiging.

## 1.2 Geraamde waarde
De geraamde waarde van de opdracht bedraagt € 380.000 excl. btw voor de volledige looptijd van vier jaar.

## 1.3 Procedure
De opdracht wordt geplaatst bij Europese openbare procedure. De aankondiging werd op 3 februari 2025 gepubliceerd in
het Bulletin der Aanbestedingen en verzonden naar het Publicatieblad van de Europese Unie. De offertes moeten uiterlijk
op 6 maart 2025 om 10.00 uur via e-Tendering worden ingediend.

## 1.4 Taal
De offerte wordt uitsluitend in het Nederlands opgesteld. Attesten die in een andere taal zijn opgesteld, worden
vergezeld van een beëdigde vertaling.

## 1.5 Percelen
De opdracht is niet in percelen verdeeld omdat één leverancier met één webwinkel en één wekelijkse levering per
vestiging het aantal leveringsbewegingen en de administratieve kosten beperkt; bovendien is de waarde van de
afzonderlijke productgroepen te klein om apart in de markt te zetten.

## 1.6 Beginselen
ISML behandelt alle inschrijvers gelijk en zonder discriminatie.

## 1.7 Inlichtingen
Vragen over de opdrachtdocumenten worden uiterlijk tien kalenderdagen vóór de uiterste indieningsdatum via het forum
van e-Tendering gesteld. De antwoorden worden voor alle inschrijvers gepubliceerd.

## 1.8 Opbouw van de offerte en verbintenistermijn
De offerte bevat het ingevulde offerteformulier, de ingevulde inventaris met eenheidsprijzen, de technische fiches
van de aangeboden producten en de bewijsstukken voor de selectie. De inschrijvers blijven gebonden door hun offerte
gedurende een termijn van 120 kalenderdagen vanaf de uiterste indieningsdatum.

## 1.9 Varianten en opties
Vrije en facultatieve varianten zijn niet toegelaten. De inschrijver mag geen opties aanbieden die niet in de
inventaris zijn opgenomen.

# 2 Selectie

## 2.1 Inschrijving
De inschrijver moet sinds ten minste vijf jaar ingeschreven zijn in de Kruispuntbank van Ondernemingen (KBO) of in een
gelijkwaardig register in zijn land van vestiging.

## 2.2 Financiële draagkracht
De inschrijver voegt een verklaring toe over zijn totale omzet in de laatste drie boekjaren. Er geldt geen minimumomzet.

## 2.3 Referenties
De inschrijver moet in de laatste drie jaar ten minste twee gelijkaardige leveringsopdrachten hebben uitgevoerd voor
Belgische openbare besturen. Hij bewijst dit met attesten van die besturen.

## 2.4 Kwaliteit
De inschrijver beschikt over een ISO 9001-certificaat of een gelijkwaardig certificaat.

## 2.5 Uitsluitingsgronden
Door de indiening van zijn offerte verklaart de inschrijver dat hij zich niet in een van de gevallen van verplichte
of facultatieve uitsluiting bevindt. ISML controleert de fiscale en sociale schulden zelf via Telemarc.

## 2.6 Opdrachtdocumenten
De opdrachtdocumenten bestaan uit dit bestek, het offerteformulier, de inventaris en de lijst van leveringsadressen.
Voor zover er niet uitdrukkelijk van wordt afgeweken, zijn de algemene uitvoeringsregels van het koninklijk besluit
van 14 januari 2013 van toepassing.

# 3 Technische bepalingen

## 3.1 Producten
Kopieerpapier draagt het FSC- of PEFC-label of een gelijkwaardig label. Toners zijn originele toners van de fabrikant
van de printer of gelijkwaardige compatibele toners met dezelfde paginaopbrengst.

## 3.2 Webwinkel
De webwinkel laat toe bestellingen te exporteren naar Microsoft Office of gelijkwaardige kantoorsoftware. Elke dienst
krijgt een eigen account met een budgetlimiet, en bestellingen boven een bedrag dat ISML vastlegt, worden pas
uitgevoerd na goedkeuring door een aangewezen verantwoordelijke.

## 3.3 Assortiment en verpakking
Het assortiment omvat minstens de artikelen uit de inventaris. Nieuwe artikelen worden pas aan de webwinkel
toegevoegd na akkoord van ISML. Leveringen gebeuren in herbruikbare kratten of in verpakkingen uit gerecycleerd
karton; de opdrachtnemer neemt lege toners kosteloos terug.

# 4 Gunning
Het enige gunningscriterium is de prijs. De opdracht wordt gegund aan de regelmatige offerte met de laagste prijs.

ISML onderzoekt eerst de regelmatigheid van de offertes en voert een prijsonderzoek uit. Bij vermoeden van een
abnormaal lage of hoge prijs vraagt ISML de inschrijver om zijn prijs te verantwoorden. De te vergelijken prijs is
het totaalbedrag van de inventaris, berekend met de opgegeven eenheidsprijzen en de geraamde hoeveelheden.

# 5 Uitvoering

## 5.1 Onderaanneming
De opdrachtnemer mag ten hoogste 25 % van de opdracht in onderaanneming geven.

## 5.2 Borgtocht
De borgtocht bedraagt 15 % van het oorspronkelijke opdrachtbedrag.

## 5.3 Leveringstermijn en straffen
Bestellingen worden binnen drie werkdagen geleverd. Bij laattijdige levering is een boete verschuldigd van 0,07 % van
de waarde van de bestelling per kalenderdag vertraging. Bij ernstige tekortkomingen kan ISML de ambtshalve maatregelen
van de algemene uitvoeringsregels toepassen, waaronder de eenzijdige verbreking van de opdracht.

## 5.4 Facturatie en betaling
De opdrachtnemer factureert maandelijks per dienst met een elektronische factuur. De betaling gebeurt binnen dertig
dagen na ontvangst van een regelmatige factuur.

## 5.5 Prijsherziening
De eenheidsprijzen worden jaarlijks herzien op de verjaardag van de sluiting van de opdracht, volgens de formule in
de opdrachtdocumenten, met een maximum van 4 % per jaar.

## 5.6 Geschillen
Geschillen over de uitvoering van deze opdracht worden beslecht door de bevoegde rechtbanken van het gerechtelijk
arrondissement waar ISML gevestigd is.

## 5.7 Levering en oplevering
Leveringen gebeuren franco op de adressen uit de lijst van leveringsadressen, tijdens de openingsuren van de
betrokken dienst. Elke levering gaat vergezeld van een leveringsbon per bestelling. De dienst controleert de levering
bij ontvangst; ontbrekende of beschadigde artikelen worden binnen twee werkdagen kosteloos nageleverd of vervangen.
De voorlopige oplevering gebeurt per levering, de definitieve oplevering na afloop van de opdracht.
"""

NL23_F = [
    F("nondiscrimination.obligation", M, "1.6", "behandelt alle inschrijvers gelijk en zonder discriminatie",
      "hard negative: equal treatment of tenderers; no supplier obligation, so the generic measures in 5.3 stay missing."),
    F("barrier.turnover", M, "2.2", "Er geldt geen minimumomzet.", "turnover statement only, no minimum."),
    F("barrier.company_age", P, "2.1", "sinds ten minste vijf jaar ingeschreven",
      "registered for at least five years (an equivalent foreign register does not remove the age requirement).",
      {"years": 5}),
    F("barrier.prior_contracts", P, "2.3", "voor Belgische openbare besturen", "experience with Belgian public bodies required."),
    F("barrier.no_lots", M, "1.5", "niet in percelen verdeeld omdat", "no lots, reason given."),
    F("barrier.insurance", P, "5.2", "De borgtocht bedraagt 15 %",
      "performance guarantee 15 % > 10 % of the € 380.000 value.", {"guarantee_percent": 15, "contract_value": 380000}),
    F("barrier.language", P, "1.4", "uitsluitend in het Nederlands", "Dutch only, sworn translations."),
    F("barrier.deadline", M, "1.3", "uiterlijk op 6 maart 2025 om 10.00 uur",
      f"open procedure, 2025-02-03 to 2025-03-06 = {NL23_DAYS} days >= 30 (electronic)."),
    F("barrier.brand_names", M, "3.2", "Microsoft Office of gelijkwaardige kantoorsoftware",
      "brand with equivalence; ISO 9001 (section 2.4), labels and toners (section 3.1) also 'of gelijkwaardig'."),
    F("barrier.subcontracting_cap", P, "5.1", "ten hoogste 25 % van de opdracht in onderaanneming",
      "abstract cap on subcontracting.", {"percent": 25}),
    F("barrier.price_only", P, "4", "Het enige gunningscriterium is de prijs.", "price only."),
    F("diversity.award_weighting", M, "4", "laagste prijs", "no social criterion."),
]

NL23_T = Tender(
    "nl23_bestek_kantoorbenodigdheden_laagste_prijs.txt", "nl", NL23, NL23_F, opts={"wrap": 76},
    what="Flemish supplies tender, price only, no diversity content: five years in the KBO, Belgian public-sector "
         "references required, 25 % subcontracting cap, 15 % performance guarantee, Dutch only; hard negatives: no lots "
         "with a reason, turnover statement without minimum, 'Microsoft Office of gelijkwaardig', ISO 9001 'of "
         "gelijkwaardig', equal treatment of tenderers, 31-day deadline.",
)

# ---------------------------------------------------------------------------------------------
# nl24 – NL water board, vehicle maintenance, restricted procedure, clean negative (MD)
# ---------------------------------------------------------------------------------------------
NL24_NOTICE, NL24_REQUESTS = date(2025, 4, 14), date(2025, 5, 15)
NL24_ITT, NL24_DEADLINE = date(2025, 6, 2), date(2025, 7, 9)
NL24_DAYS_REQ = days_between(NL24_NOTICE, NL24_REQUESTS)  # 31
NL24_DAYS = days_between(NL24_ITT, NL24_DEADLINE)  # 37

NL24 = """
= Aanbestedingsleidraad: Onderhoud en reparatie van dienstvoertuigen
~ Waterschap Lage Venen – zaaknummer WLV-2025-041

# 1 Inleiding

## 1.1 De opdracht
Waterschap Lage Venen zoekt een of meer opdrachtnemers voor het onderhoud, de reparatie en de periodieke keuring van
zijn circa 140 dienstvoertuigen, bestaande uit personenauto's, bestelwagens, vrachtwagens en werktuigen.

## 1.2 Looptijd en waarde
De overeenkomst heeft een looptijd van vier jaar. De geraamde waarde van de opdracht bedraagt € 1.200.000 exclusief btw.

## 1.3 Percelen
De opdracht is verdeeld in twee percelen: perceel 1 personenauto's en bestelwagens (€ 700.000) en perceel 2
vrachtwagens en werktuigen (€ 500.000). Inschrijvers kunnen op één of beide percelen inschrijven.

## 1.4 Beginselen
Het waterschap neemt de beginselen van gelijke behandeling, non-discriminatie, transparantie en proportionaliteit in
acht (artikelen 1.8, 1.9 en 1.10 van de Aanbestedingswet 2012) en past de Gids Proportionaliteit toe.

# 2 Procedure

## 2.1 Niet-openbare procedure
De opdracht wordt aanbesteed via een Europese niet-openbare procedure. De aankondiging is op 14 april 2025 verzonden
voor publicatie. Verzoeken tot deelneming moeten uiterlijk op 15 mei 2025 om 12.00 uur via TenderNed zijn ingediend.

## 2.2 Inschrijving
De uitnodiging tot inschrijving wordt op 2 juni 2025 aan de geselecteerde gegadigden verzonden. De inschrijvingen
moeten uiterlijk op 9 juli 2025 om 12.00 uur elektronisch via TenderNed zijn ingediend.

## 2.3 Taal
Verzoeken tot deelneming en inschrijvingen mogen in het Nederlands of in het Engels worden gesteld.

## 2.4 Vragen en nota van inlichtingen
Gegadigden kunnen tot en met 28 april 2025 vragen stellen via TenderNed. De antwoorden worden gebundeld in een nota
van inlichtingen die deel uitmaakt van de aanbestedingsstukken.

## 2.5 Uniform Europees Aanbestedingsdocument
De gegadigde vult het Uniform Europees Aanbestedingsdocument (UEA) in. Alleen de gegadigden die worden uitgenodigd om
in te schrijven, leveren op verzoek de bewijsstukken aan, zoals een gedragsverklaring aanbesteden en een uittreksel
uit het handelsregister of een gelijkwaardig register.

## 2.6 Opschortende termijn
Het waterschap maakt de gunningsbeslissing per perceel gelijktijdig aan alle inschrijvers bekend. De overeenkomst
wordt niet gesloten voordat een opschortende termijn van twintig kalenderdagen is verstreken.

## 2.7 Aanbestedingsstukken
De aanbestedingsstukken bestaan uit deze leidraad, het programma van eisen, de lijst van voertuigen, het prijzenblad,
de inkoopvoorwaarden en de nota's van inlichtingen. Bij tegenstrijdigheid gaat de laatste nota van inlichtingen voor.

# 3 Geschiktheid en selectie

## 3.1 Financiële draagkracht
De gegadigde heeft in het laatste afgesloten boekjaar een omzet van ten minste € 600.000 behaald.

## 3.2 Verzekering
De gegadigde beschikt over een bedrijfsaansprakelijkheidsverzekering met een dekking van ten minste € 1.000.000 per
gebeurtenis.

## 3.3 Referenties
De gegadigde toont met twee referenties aan dat hij in de afgelopen drie jaar vergelijkbaar onderhoud heeft uitgevoerd
aan een wagenpark van ten minste vijftig voertuigen.

## 3.4 Selectie
Het waterschap nodigt per perceel ten hoogste vijf gegadigden uit om in te schrijven, gerangschikt op de kwaliteit van
de referenties.

## 3.5 Vakbekwaamheid
De monteurs die de opdrachtnemer inzet, beschikken over een relevant vakdiploma of over aantoonbaar gelijkwaardige
werkervaring. De opdrachtnemer houdt de kennis van zijn monteurs bij, in het bijzonder voor de nieuwste generaties
elektrische bestelwagens.

# 4 Eisen

## 4.1 Onderdelen
De opdrachtnemer gebruikt originele onderdelen of onderdelen van gelijkwaardige kwaliteit.

## 4.2 Vervangend vervoer
Bij reparaties die langer dan één werkdag duren, stelt de opdrachtnemer een vergelijkbaar vervangend voertuig
beschikbaar.

## 4.3 Service en bereikbaarheid
De werkplaats van de opdrachtnemer is op werkdagen ten minste van 7.30 tot 17.30 uur geopend. De opdrachtnemer haalt
voertuigen op bij de steunpunten van het waterschap en brengt ze terug. Bij pech onderweg is de opdrachtnemer binnen
twee uur ter plaatse of regelt hij sleephulp.

## 4.4 Onderhoudshistorie en milieu
De opdrachtnemer houdt per voertuig een digitale onderhoudshistorie bij die het waterschap kan inzien. Afgewerkte
olie, banden en accu's worden afgevoerd naar een erkende verwerker. Voor elektrische voertuigen beschikt de
opdrachtnemer over monteurs die bevoegd zijn om aan hoogvoltsystemen te werken.

# 5 Gunning
De opdracht wordt per perceel gegund op basis van de beste prijs-kwaliteitverhouding. De prijs weegt 50 % en de
kwaliteit 50 %, waarvan het plan van aanpak 30 % en duurzaamheid 20 %.

Een beoordelingscommissie van drie personen beoordeelt de kwaliteitsonderdelen op een schaal van 0 tot 10 punten. Het
plan van aanpak beschrijft de planning van onderhoud, de doorlooptijden en het voorkomen van stilstand. Het onderdeel
duurzaamheid beschrijft hoe de inschrijver het energieverbruik en het afval van zijn werkplaats beperkt en hoe hij
het aantal vervoersbewegingen voor het ophalen en terugbrengen van voertuigen vermindert.

# 6 Overeenkomst en voorwaarden

## 6.1 Inkoopvoorwaarden
Op de overeenkomst zijn de algemene inkoopvoorwaarden van het waterschap van toepassing; algemene voorwaarden van de
opdrachtnemer worden uitdrukkelijk van de hand gewezen.

## 6.2 Prijzen en betaling
De uurtarieven en opslagpercentages zijn het eerste jaar vast en worden daarna jaarlijks geïndexeerd met de
cao-loonindex van het Centraal Bureau voor de Statistiek. Het waterschap betaalt juiste facturen binnen dertig dagen.

## 6.3 Onderaanneming en ontbinding
Onderaanneming is toegestaan; de inschrijver vermeldt in zijn inschrijving welke onderaannemers hij inzet. Het
waterschap kan de overeenkomst ontbinden als de opdrachtnemer na ingebrekestelling tekort blijft schieten.

## 6.4 Geschillen
Geschillen worden voorgelegd aan de bevoegde rechter in het arrondissement waarin het waterschap is gevestigd.
"""

NL24_F = [
    F("nondiscrimination.obligation", M, "1.4", "beginselen van gelijke behandeling, non-discriminatie",
      "hard negative: procurement principles of the authority; the generic termination (section 6.3) stays missing."),
    F("barrier.turnover", M, "3.1", "omzet van ten minste € 600.000", "€ 600.000 / € 1.200.000 = 0.50 <= 2."),
    F("barrier.insurance", M, "3.2", "dekking van ten minste € 1.000.000 per", "€ 1.000.000 < value € 1.200.000."),
    F("barrier.company_age", M, "3.3", "in de afgelopen drie jaar", "hard negative: references from the last three years."),
    F("barrier.no_lots", M, "1.3", "verdeeld in twee percelen", "two lots."),
    F("barrier.language", M, "2.3", "in het Nederlands of in het Engels", "Dutch or English."),
    F("barrier.deadline", M, "2.2", "uiterlijk op 9 juli 2025 om 12.00 uur",
      f"restricted procedure: requests 2025-04-14 to 2025-05-15 = {NL24_DAYS_REQ} days >= 30; tenders: invitation "
      f"2025-06-02 to 2025-07-09 = {NL24_DAYS} days >= 30."),
    F("barrier.brand_names", M, "4.1", "originele onderdelen of onderdelen van gelijkwaardige kwaliteit", "equivalence allowed."),
    F("barrier.price_only", M, "5", "De prijs weegt 50 %", "price 50 %, quality 50 %, no social criterion."),
]

NL24_T = Tender(
    "nl24_aanbestedingsleidraad_onderhoud_dienstvoertuigen_geen_eisen.md", "nl", NL24, NL24_F,
    what="Clean negative (NL, restricted procedure): no diversity content and no barrier: two lots, Dutch or English, "
         "31 days for requests and 37 for tenders, turnover 0.5x, insurance below the value, references from the last "
         "three years, original 'of gelijkwaardige' parts, price/quality 50/50; equal-treatment principles (hard negative).",
)

TENDERS = [NL21_T, NL22_T, NL23_T, NL24_T]

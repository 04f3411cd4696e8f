"""Dutch clause stock (Nederland en Vlaanderen). Geschreven voor procheck; CC0."""

from __future__ import annotations

from .model import P, W
from .stockutil import L, T, V

LANG = "nl"
WORDS = {"annex": ["Bijlage"], "where": "artikel", "art": "Artikel", "point": "punt",
         "footer": ["Pagina {n} van {N}", "Blz. {n}/{N}", "pagina {n} van {N}"],
         "part_contract": "Deel B – Contractuele bepalingen",
         "part_itt": "Deel A – Administratieve bepalingen", "special": "Bijzondere uitvoeringsvoorwaarden"}
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
YEARS = ["twee", "drie", "vier"]
EXT = ["één", "twee"]
THOUSANDS = "."
REFS = ["{y}/{n}", "AD-{y}-{n}", "Bestek nr. {y}-0{n}", "INK-{y}-{n}"]


def date_fmt(d: int, month: str, y: int) -> str:
    return f"{d} {month} {y}"


SUPPLIERS = ["Opdrachtnemer", "de dienstverlener", "de leverancier", "de opdrachtnemer", "de aannemer"]
AUTHORITIES = [
    {"auth": "Gemeente Waterdam", "B": "Opdrachtgever", "addr": "Stadhuisplein 1, 3011 AB Waterdam", "city": "Waterdam",
     "region": "nl"},
    {"auth": "Gemeente Hoogveen", "B": "de gemeente", "addr": "Postbus 100, 7901 AA Hoogveen", "city": "Hoogveen",
     "region": "nl"},
    {"auth": "Regionaal Inkoopbureau Rijn en Vecht", "B": "de aanbestedende dienst", "addr": "Kanaalweg 14, 3526 KM Utrecht",
     "city": "Utrecht", "region": "nl"},
    {"auth": "Stad Leiegem", "B": "het Bestuur", "addr": "Botermarkt 1, 9000 Leiegem", "city": "Leiegem", "region": "be"},
    {"auth": "Stad Scheldemonde", "B": "de Stad", "addr": "Grote Markt 3, 2000 Scheldemonde", "city": "Scheldemonde",
     "region": "be"},
    {"auth": "OCMW Dijlestede", "B": "het Bestuur", "addr": "Kerkstraat 22, 3000 Dijlestede", "city": "Dijlestede",
     "region": "be"},
]
COMPANIES = [("Schoonmaakbedrijf De Klaproos B.V.", "KvK 34567890", "Industrieweg 12, 3542 AD Utrecht"),
             ("NetBeheer Vlaanderen NV", "BE 0456.789.123", "Kortrijksesteenweg 200, 9830 Sint-Martens-Latem"),
             ("Vervoersbedrijf Van Dam B.V.", "KvK 12345678", "Havenstraat 5, 1271 AD Huizen"),
             ("Traiteur Smaakvol BV", "BE 0678.123.456", "Brugsesteenweg 77, 8500 Kortrijk"),
             ("Zorggroep Thuis Dichtbij B.V.", "KvK 87654321", "Zorglaan 3, 5611 AB Eindhoven"),
             ("Verkeerstechniek Peeters BV", "BE 0812.345.678", "Nijverheidslaan 9, 2800 Mechelen")]
NAMES = ["Els Vermeulen", "Mehmet Yilmaz", "Sanne de Vries", "Pieter Janssens", "Fatima El Amrani", "Koen Wouters",
         "Lotte Bakker", "Joris Claes"]
CUR = "€ "
LAW = "Nederlands recht"
COURT = "de bevoegde rechter in het arrondissement Den Haag"
INDEX = "de CBS-consumentenprijsindex (CPI, alle huishoudens)"

SUBJECTS = {
    "cleaning": {"title": "Schoonmaakdienstverlening", "subj": "schoonmaakdiensten",
                 "obj": "de dagelijkse en periodieke schoonmaak van kantoren, scholen en sporthallen volgens de objectenlijst",
                 "tasks": ["het schoonmaken van entrees en trappenhuizen", "het legen van afvalbakken",
                           "het reinigen van sanitaire ruimten", "het stofzuigen van vloerbedekking",
                           "het nat reinigen van harde vloeren", "het schoonmaken van pantry's", "het wassen van ramen",
                           "de periodieke reiniging van kleedruimten", "het verwijderen van graffiti",
                           "het verhelpen van calamiteiten en morsingen"],
                 "items": ["Dagelijkse schoonmaak (per m² per maand)", "Glasbewassing (per beurt)",
                           "Periodieke reiniging (per ruimte)", "Calamiteitenservice (per uur)", "Hygiënemiddelen (per object per maand)"]},
    "it": {"title": "Netwerkbeheer en IT-ondersteuning", "subj": "beheer- en ondersteuningsdiensten voor ICT",
           "obj": "het beheer en de bewaking van het netwerk, de servicedesk en de werkplekken",
           "tasks": ["het bewaken van netwerkverbindingen", "het afhandelen van meldingen bij de servicedesk",
                     "het patchen van servers", "het vervangen van defecte werkplekken", "het maken van back-ups",
                     "het beheer van firewallregels", "het aanmaken van gebruikersaccounts", "het melden van beveiligingsincidenten",
                     "het bijhouden van de configuratiedatabase", "de capaciteitsplanning van het netwerk"],
           "items": ["Servicedesk (per gebruiker per maand)", "Netwerkbeheer (per locatie per maand)",
                     "Technicus ter plaatse (per uur)", "Vervanging werkplek (per toestel)", "Beveiligingsmonitoring (per maand)"]},
    "transport": {"title": "Leerlingenvervoer", "subj": "leerlingenvervoer",
                  "obj": "het dagelijkse vervoer van leerlingen tussen hun woning en school volgens de ritlijst",
                  "tasks": ["de dagelijkse controle van de voertuigen", "het ophalen van leerlingen op de afgesproken plaats",
                            "de begeleiding van leerlingen met een beperking", "het registreren van aanwezigheid per rit",
                            "het reinigen van het interieur", "het melden van incidenten tijdens de rit",
                            "het inzetten van vervangend vervoer", "de screening van chauffeurs",
                            "het informeren van de school bij vertraging", "het vastzetten van rolstoelen"],
                  "items": ["Rit (per dag, tot 8 personen)", "Rit met rolstoelplaats (per dag)", "Begeleider (per dag)",
                            "Extra rit (per km)", "Wachttijd (per kwartier)"]},
    "catering": {"title": "Catering en schoolmaaltijden", "subj": "cateringdiensten",
                 "obj": "de bereiding en levering van schoolmaaltijden en de catering bij vergaderingen en recepties",
                 "tasks": ["het bereiden van warme maaltijden", "het vermelden van allergenen", "het inkopen van verse producten",
                           "de temperatuurcontrole van gekoelde producten", "het reinigen van keukenapparatuur",
                           "het inzamelen van voedselresten", "het opstellen van seizoensmenu's", "het verzorgen van dieetmaaltijden",
                           "de opleiding van keukenpersoneel in voedselveiligheid", "het leveren van receptiecatering"],
                 "items": ["Schoolmaaltijd lager onderwijs (per maaltijd)", "Schoolmaaltijd secundair (per maaltijd)",
                           "Receptie (per persoon)", "Dieetmaaltijd (toeslag)", "Ontbijt (per portie)"]},
    "care": {"title": "Hulp bij het huishouden en begeleiding", "subj": "maatschappelijke ondersteuning (Wmo)",
             "obj": "hulp bij het huishouden en individuele begeleiding voor inwoners met een indicatie",
             "tasks": ["het uitvoeren van geplande huisbezoeken", "het herinneren aan medicijngebruik", "het evalueren van ondersteuningsplannen",
                       "het registreren van bestede tijd", "het melden van signalen van huiselijk geweld", "de begeleiding van medewerkers",
                       "het inwerken van nieuwe medewerkers", "het opvangen van gemiste afspraken", "het overleg met de wijkverpleging",
                       "het bijhouden van het cliëntdossier"],
             "items": ["Hulp bij het huishouden (per uur)", "Individuele begeleiding (per uur)", "Begeleiding groep (per dagdeel)",
                       "Kortdurend verblijf (per etmaal)", "Reiskosten (per km)"]},
    "traffic": {"title": "Onderhoud verkeersregelinstallaties", "subj": "onderhoud van verkeersregelinstallaties",
                "obj": "het preventief en correctief onderhoud van verkeerslichten, oversteekplaatsen en detectie-apparatuur",
                "tasks": ["de inspectie van lantaarns", "het testen van drukknoppen voor voetgangers", "het kalibreren van detectielussen",
                          "het vervangen van ledmodules", "het herstellen van beschadigde masten", "het uitlezen van de regelautomaat",
                          "het reinigen van lantaarns", "het testen van tactiele signalen", "het verhelpen van storingen",
                          "het bijwerken van het areaalregister"],
                "items": ["Periodieke inspectie (per kruispunt)", "Storingsdienst (per melding)", "Ledlantaarn (levering en montage)",
                          "Vervanging detectielus (per lus)", "Onderhoud regelautomaat (per stuk)"]},
}

ORD = {
    "background": [
        V("Overwegingen",
          L("{Bc} heeft een aanbestedingsprocedure gevoerd voor {subj};"),
          L("{Sc} heeft een inschrijving ingediend die als economisch meest voordelige inschrijving is beoordeeld;"),
          L("partijen wensen de voorwaarden van de opdracht in deze overeenkomst vast te leggen.")),
        V("Voorwerp en achtergrond",
          "Deze overeenkomst volgt op de gunning van de opdracht voor {subj} door {auth}. De opdracht omvat {obj}."),
    ],
    "definitions": [
        V("Definities",
          "In deze overeenkomst wordt verstaan onder:",
          L("Overeenkomst: deze overeenkomst met alle bijlagen;"),
          L("Contractbeheerder: de persoon die door een partij is aangewezen om de uitvoering van de overeenkomst te bewaken;"),
          L("Werkdag: maandag tot en met vrijdag, met uitzondering van erkende feestdagen;"),
          L("Persoonsgegevens: gegevens als bedoeld in artikel 4, onder 1, van de Algemene verordening gegevensbescherming (AVG);"),
          L("Prestatie: {obj}, zoals beschreven in het Programma van Eisen.")),
        V("Begripsbepalingen",
          "Onder \"dienst\" wordt verstaan de in het bestek omschreven prestaties. Onder \"personeel\" wordt verstaan iedereen die door {S} of een onderaannemer bij de uitvoering wordt ingezet. Onder \"locatie\" wordt verstaan elke plaats waar de dienst wordt verricht."),
    ],
    "documents": [
        V("Rangorde van documenten",
          "De overeenkomst bestaat uit deze overeenkomst, {annex_list} en de inschrijving van {S} van {tender_date}.",
          "Bij strijdigheid tussen deze documenten geldt de volgorde waarin zij hierboven zijn opgesomd.", r="nl"),
        V("Contractstukken",
          "De opdracht wordt uitgevoerd overeenkomstig dit bestek, de bijlagen en de offerte. Bij tegenstrijdigheid heeft het bestek voorrang op de offerte.", r="be"),
    ],
    "scope": [
        V("Omvang van de opdracht",
          "{Sc} verbindt zich tot {obj}, overeenkomstig het Programma van Eisen en de overige bepalingen van deze overeenkomst.",
          "De in de aanbestedingsstukken vermelde hoeveelheden zijn indicatief. {Bc} garandeert geen minimale afname."),
        V("Voorwerp van de opdracht",
          "De opdracht betreft {subj}. {Sc} voert de opdracht uit als een goed opdrachtnemer, met de zorg die van een deskundige dienstverlener mag worden verwacht.",
          "{Sc} beschikt over alle vergunningen die voor de uitvoering nodig zijn."),
    ],
    "term": [
        V("Looptijd",
          "De overeenkomst gaat in op {start} en heeft een looptijd van {years} jaar. {Bc} kan de overeenkomst ten hoogste {ext} keer met een jaar verlengen door uiterlijk drie maanden voor het einde van de looptijd een schriftelijke mededeling te doen."),
        V("Duur van de opdracht",
          "De opdracht loopt van {start} tot en met {end}. De opdracht kan stilzwijgend worden verlengd met periodes van één jaar, tenzij een van de partijen uiterlijk zes maanden vooraf bij aangetekende brief opzegt.", r="be"),
    ],
    "performance": [
        V("Uitvoering",
          "{Sc} voert de opdracht uit volgens de eisen van goed vakmanschap en de redelijke aanwijzingen van de contractbeheerder van {B}.",
          "{Sc} houdt zich aan de huisregels, de veiligheidsvoorschriften en de toegangsregels die op de locaties gelden.",
          "Indien {S} voorziet dat een termijn niet kan worden gehaald, meldt hij dit onverwijld schriftelijk, met opgave van de oorzaak en de verwachte vertraging."),
        V("Levering en planning",
          "De prestaties worden geleverd op de tijden en plaatsen die in het Programma van Eisen zijn vermeld. {Sc} stemt de planning af met andere opdrachtnemers die op dezelfde locaties werkzaam zijn."),
    ],
    "staff": [
        V("Personeel",
          "{Sc} zet uitsluitend personeel in dat deskundig en voldoende opgeleid is en de Nederlandse taal voldoende beheerst. Het personeel draagt een zichtbaar identificatiebewijs.",
          "{Bc} kan op redelijke gronden verlangen dat een medewerker niet langer bij de opdracht wordt ingezet. {Sc} zorgt dan kosteloos voor vervanging door een medewerker met gelijkwaardige kwalificaties.",
          "{Sc} is verantwoordelijk voor de loonbetaling, de belastingen en de sociale premies van zijn personeel."),
        V("Sleutelpersoneel",
          "{Sc} vervangt de in de inschrijving genoemde sleutelfunctionarissen niet zonder voorafgaande schriftelijke toestemming van {B}. Toestemming wordt niet op onredelijke gronden geweigerd."),
    ],
    "prices": [
        V("Prijzen en prijsherziening",
          "De vergoeding bestaat uit de prijzen die in de prijsbijlage zijn vermeld. De prijzen zijn exclusief btw en inclusief alle overige kosten, zoals reis- en verblijfkosten.",
          "De prijzen liggen vast tot één jaar na de ingangsdatum. Daarna kunnen zij jaarlijks worden aangepast op basis van {index}, op schriftelijk verzoek van {S} dat uiterlijk één maand voor de aanpassingsdatum is ontvangen.", r="nl"),
        V("Prijs en herziening",
          "De geraamde waarde van de opdracht bedraagt {cur}{value}. De eenheidsprijzen worden jaarlijks herzien volgens de herzieningsformule van het bestek, met als parameter de loonindex van de sector.", r="be"),
    ],
    "invoicing": [
        V("Facturering en betaling",
          "{Sc} factureert maandelijks achteraf. Facturen worden elektronisch ingediend via het Peppol-netwerk en vermelden het ordernummer van {B}.",
          "{Bc} betaalt juiste facturen binnen {pay_days} dagen na ontvangst. Bij te late betaling is de wettelijke handelsrente verschuldigd.", r="nl"),
        V("Betalingstermijn",
          "De betaling gebeurt binnen dertig dagen na de datum van de verificatie van de dienst, overeenkomstig de regelgeving inzake overheidsopdrachten. De factuur vermeldt het bestelbonnummer.", r="be"),
    ],
    "delay": [
        V("Boete bij vertraging",
          "Indien {S} een termijn overschrijdt, verbeurt hij zonder ingebrekestelling een boete van 0,5 procent van de waarde van het vertraagde deel per week vertraging, met een maximum van tien procent.",
          "De boete laat het recht van {B} op nakoming of schadevergoeding onverlet."),
        V("Vertragingsboetes",
          "Voor elke kalenderdag vertraging wordt een boete toegepast van {cur}250, met een maximum van vijf procent van het opdrachtbedrag."),
    ],
    "warranty": [
        V("Garantie",
          "{Sc} staat ervoor in dat de prestaties voldoen aan de overeenkomst. Gebreken die binnen twaalf maanden na levering aan het licht komen, worden binnen vijf werkdagen na melding kosteloos hersteld."),
        V("Tekortkomingen in de uitvoering",
          "Een tekortkoming wordt bij proces-verbaal vastgesteld en aan {S} meegedeeld. {Sc} herstelt de tekortkoming binnen de termijn die in het proces-verbaal is vermeld.", r="be"),
    ],
    "liability": [
        V("Aansprakelijkheid",
          "{Sc} is aansprakelijk voor schade die {B} of derden lijden als gevolg van een toerekenbare tekortkoming in de nakoming van de overeenkomst. De aansprakelijkheid is per gebeurtenis beperkt tot {cur}{cap}, behalve bij opzet of bewuste roekeloosheid.",
          "Partijen zijn niet aansprakelijk voor indirecte schade, waaronder gederfde winst."),
        V("Vrijwaring",
          "{Sc} vrijwaart {B} tegen aanspraken van derden wegens schade die is veroorzaakt door {S}, zijn personeel of zijn onderaannemers bij de uitvoering van de opdracht."),
    ],
    "insurance": [
        V("Verzekering",
          "{Sc} beschikt gedurende de looptijd over een bedrijfsaansprakelijkheidsverzekering met een dekking van ten minste {cur}{ins} per gebeurtenis, en legt op eerste verzoek een bewijs van verzekering over."),
    ],
    "data_protection": [
        V("Verwerking van persoonsgegevens",
          "Voor zover {S} bij de uitvoering persoonsgegevens verwerkt ten behoeve van {B}, is {S} verwerker en {B} verwerkingsverantwoordelijke in de zin van de AVG. Partijen sluiten hiertoe een verwerkersovereenkomst.",
          "{Sc} neemt passende technische en organisatorische beveiligingsmaatregelen en meldt een inbreuk in verband met persoonsgegevens binnen 24 uur na ontdekking.",
          "Persoonsgegevens worden niet buiten de Europese Economische Ruimte verwerkt zonder voorafgaande schriftelijke toestemming."),
        V("Gegevensbescherming",
          "{Sc} leeft de Algemene verordening gegevensbescherming (AVG) na en verwerkt persoonsgegevens uitsluitend op basis van schriftelijke instructies van {B}."),
    ],
    "confidentiality": [
        V("Geheimhouding",
          "{Sc} houdt alle vertrouwelijke informatie die hij in het kader van de opdracht verkrijgt geheim en gebruikt die uitsluitend voor de uitvoering. Deze verplichting geldt ook na het einde van de overeenkomst.",
          "{Sc} legt deze verplichting op aan zijn personeel."),
        V("Vertrouwelijkheid en openbaarheid",
          "{Sc} erkent dat {B} onderworpen is aan de regels over openbaarheid van bestuur en dat de overeenkomst, met uitzondering van bedrijfsvertrouwelijke gegevens, openbaar kan worden gemaakt."),
    ],
    "ip": [
        V("Intellectuele eigendom",
          "De intellectuele eigendomsrechten op materialen die {S} speciaal voor {B} vervaardigt, komen toe aan {B}. {Sc} draagt deze rechten hierbij over, voor zover nodig bij voorbaat."),
        V("Gebruiksrecht",
          "{Bc} verkrijgt een niet-exclusief, kosteloos gebruiksrecht op de documentatie die bij de prestaties hoort."),
    ],
    "environment": [
        V("Duurzaamheid",
          "{Sc} voert de opdracht zo duurzaam mogelijk uit. Voertuigen voldoen ten minste aan de Euro 6-norm en schoonmaakmiddelen dragen een erkend milieukeurmerk, voor zover beschikbaar.",
          "{Sc} rapporteert jaarlijks over de hoeveelheid afval die bij de uitvoering vrijkomt."),
    ],
    "laws": [
        V("Naleving van wet- en regelgeving",
          "{Sc} neemt bij de uitvoering van de opdracht alle toepasselijke wettelijke voorschriften in acht en beschikt over de vereiste vergunningen."),
        V("Toepasselijke regelgeving",
          "Op de opdracht zijn de algemene uitvoeringsregels van toepassing, aangevuld met de bepalingen van dit bestek."),
    ],
    "subcontracting": [
        V("Onderaanneming",
          "{Sc} besteedt de uitvoering niet geheel of gedeeltelijk uit aan derden zonder voorafgaande schriftelijke toestemming van {B}. {Sc} blijft verantwoordelijk voor de nakoming van de overeenkomst, ook voor het deel dat door onderaannemers wordt uitgevoerd.",
          g="prime", note="algemene verantwoordelijkheid voor onderaannemers"),
        V("Inschakeling van derden",
          "Onderaannemers die in de inschrijving zijn genoemd, mogen worden ingeschakeld. {Sc} legt de verplichtingen uit deze overeenkomst, voor zover van toepassing, ook op aan zijn onderaannemers.",
          g="flow", note="algemene doorlegging van de contractvoorwaarden"),
        V("Onderaannemers",
          "Wijzigingen in de inzet van onderaannemers worden vooraf aan {B} gemeld. Op verzoek verstrekt {S} een actuele lijst van onderaannemers."),
    ],
    "audit": [
        V("Controle en audit",
          "{Bc} is gerechtigd zelf of via een onafhankelijke auditor te controleren of {S} de overeenkomst nakomt. {Sc} verleent daartoe toegang tot zijn administratie en locaties.",
          g="rec", note="algemene controle op naleving van de overeenkomst"),
        V("Financiële controle",
          "De accountant van {B} kan de onderliggende stukken van de facturen controleren, zoals urenstaten en ritregistraties."),
    ],
    "reporting": [
        V("Rapportage en overleg",
          "Partijen voeren ten minste elk kwartaal contractoverleg. {Sc} levert maandelijks een rapportage over de prestaties en verstrekt op verzoek alle overige informatie die {B} nodig heeft voor het contractmanagement.",
          g="rep", note="algemene informatieplicht"),
        V("Verslaggeving",
          "{Sc} bezorgt halfjaarlijks een activiteitenverslag en neemt deel aan de evaluatievergaderingen die {B} organiseert.",
          g="rep", note="algemene rapportageplicht"),
    ],
    "changes": [
        V("Wijzigingen",
          "Wijzigingen van de overeenkomst zijn alleen geldig als zij schriftelijk zijn overeengekomen en door bevoegde vertegenwoordigers van beide partijen zijn ondertekend."),
    ],
    "assignment": [
        V("Overdracht",
          "{Sc} kan de rechten en verplichtingen uit de overeenkomst niet overdragen zonder voorafgaande schriftelijke toestemming van {B}."),
    ],
    "force_majeure": [
        V("Overmacht",
          "Een partij is niet gehouden tot nakoming van een verplichting indien zij daartoe verhinderd is door overmacht. Onder overmacht wordt niet verstaan: personeelstekort, ziekte van personeel of tekortkomingen van onderaannemers.",
          "Indien de overmachtssituatie langer dan zestig dagen duurt, kan elk van de partijen de overeenkomst zonder rechterlijke tussenkomst ontbinden."),
    ],
    "suspension": [
        V("Opschorting",
          "Indien {S} tekortschiet in de nakoming van enige verplichting, kan {B} de betaling van het betreffende deel opschorten totdat de tekortkoming is hersteld.",
          g="sanc", note="algemene opschorting bij elke tekortkoming"),
    ],
    "termination": [
        V("Ontbinding",
          "{Bc} kan de overeenkomst zonder ingebrekestelling en zonder rechterlijke tussenkomst geheel of gedeeltelijk ontbinden indien {S} tekortschiet in de nakoming van zijn verplichtingen en de tekortkoming niet binnen dertig dagen na schriftelijke aanmaning heeft hersteld.",
          "{Bc} kan de overeenkomst eveneens ontbinden indien {S} in staat van faillissement wordt verklaard of surseance van betaling aanvraagt, of indien zich een omstandigheid voordoet als bedoeld in artikel 2.163g van de Aanbestedingswet 2012.",
          g="term", note="algemene ontbinding bij tekortkoming", r="nl"),
        V("Verbreking van de opdracht",
          "Bij ernstige of herhaalde tekortkomingen kan {B} de ambtshalve maatregelen toepassen, waaronder de eenzijdige verbreking van de opdracht, na een proces-verbaal van ingebrekestelling waarop {S} niet binnen vijftien dagen heeft gereageerd.",
          g="term", note="algemene verbreking bij tekortkomingen", r="be"),
    ],
    "consequences": [
        V("Gevolgen van beëindiging",
          "Na beëindiging geeft {S} alle eigendommen van {B} terug en werkt hij mee aan een ordelijke overdracht van de werkzaamheden aan een nieuwe opdrachtnemer."),
    ],
    "notices": [
        V("Kennisgevingen",
          "Kennisgevingen geschieden schriftelijk aan de adressen die in de aanhef zijn vermeld. Een kennisgeving per e-mail geldt als ontvangen op de eerstvolgende werkdag."),
    ],
    "disputes": [
        V("Geschillen en toepasselijk recht",
          "Op deze overeenkomst is {law} van toepassing. Geschillen worden in eerste instantie in onderling overleg opgelost en anders voorgelegd aan {court}."),
        V("Geschillenregeling",
          "Partijen trachten geschillen in der minne te regelen. Lukt dat niet binnen dertig dagen, dan kan elke partij het geschil voorleggen aan {court}."),
    ],
    "entire": [
        V("Slotbepalingen",
          "Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van kracht. Partijen vervangen de nietige bepaling door een geldige bepaling die zoveel mogelijk aansluit bij de bedoeling ervan."),
    ],
}

EQUAL_TREATMENT_NOTE = ("hard negative: plicht van de aanbestedende dienst om inschrijvers gelijk en niet-discriminerend "
                        "te behandelen (aanbestedingsbeginsel) -- geen verplichting van de opdrachtnemer")
TENDER = {
    "t_intro": [
        V("Inleiding",
          "{auth} (hierna: \"{B}\") nodigt u uit een inschrijving in te dienen voor {subj}. De overeenkomst wordt aangegaan voor {years} jaar met een mogelijkheid tot verlenging.",
          "Dit document beschrijft de procedure, de eisen en de gunningscriteria."),
        V("Voorwerp van de opdracht",
          "De opdracht betreft {obj}. De opdracht is niet in percelen verdeeld omdat de werkzaamheden sterk samenhangen."),
    ],
    "t_procedure": [
        V("Procedure en beginselen",
          "Deze aanbesteding wordt gevoerd volgens de openbare procedure van de Aanbestedingswet 2012.",
          "{Bc} behandelt alle inschrijvers op gelijke en niet-discriminerende wijze en handelt transparant en proportioneel, overeenkomstig artikel 1.8 en 1.9 van de Aanbestedingswet 2012.",
          note=EQUAL_TREATMENT_NOTE, r="nl"),
        V("Plaatsingsprocedure",
          "De opdracht wordt geplaatst bij wijze van een openbare procedure overeenkomstig de wet van 17 juni 2016 inzake overheidsopdrachten. {Bc} behandelt de ondernemers op gelijke en niet-discriminerende wijze en treedt op een transparante en evenredige wijze op.",
          note=EQUAL_TREATMENT_NOTE, r="be"),
    ],
    "t_timetable": [
        V("Planning",
          "De voorlopige planning is als volgt:",
          T(["Activiteit", "Datum"], ["Publicatie", "{d1}"], ["Uiterste datum vragen", "{d2}"],
            ["Uiterste datum inschrijving", "{d3}"], ["Voornemen tot gunning", "{d4}"], ["Start opdracht", "{start}"])),
    ],
    "t_questions": [
        V("Vragen en nota van inlichtingen",
          "Vragen over de aanbestedingsstukken kunnen tot {d2} via het aanbestedingsplatform worden gesteld. De antwoorden worden geanonimiseerd in een nota van inlichtingen gepubliceerd, die deel uitmaakt van de aanbestedingsstukken."),
    ],
    "t_submission": [
        V("Indienen van de inschrijving",
          "De inschrijving wordt uiterlijk op {d3} om 12.00 uur elektronisch ingediend. Te laat ingediende inschrijvingen worden terzijde gelegd.",
          "De inschrijving is opgesteld in het Nederlands en blijft negentig dagen geldig."),
    ],
    "t_exclusion": [
        V("Uitsluitingsgronden",
          "Een inschrijver die zich in een van de situaties van de verplichte uitsluitingsgronden bevindt, zoals een onherroepelijke veroordeling wegens fraude, corruptie of witwassen, wordt uitgesloten. De inschrijver verklaart dit in het Uniform Europees Aanbestedingsdocument (UEA)."),
    ],
    "t_selection": [
        V("Geschiktheidseisen",
          "De inschrijver toont zijn geschiktheid aan met:",
          L("ten minste twee referentieopdrachten van vergelijkbare omvang in de afgelopen drie jaar;"),
          L("een gecertificeerd kwaliteitsmanagementsysteem, bijvoorbeeld ISO 9001 of gelijkwaardig;"),
          L("een omzet in het betreffende segment van ten minste {cur}{turnover} per jaar."),
          "Inschrijvingen van inschrijvers die niet aan de geschiktheidseisen voldoen, worden niet verder beoordeeld."),
    ],
    "t_award": [
        V("Gunningscriteria",
          "De opdracht wordt gegund op basis van de beste prijs-kwaliteitverhouding:",
          T(["Criterium", "Weging"], ["Prijs", "40 %"], ["Plan van aanpak", "35 %"], ["Kwaliteitsborging", "15 %"],
            ["Social return", "10 %"]),
          "De kwalitatieve criteria worden door een beoordelingscommissie beoordeeld op een schaal van 1 tot 10."),
    ],
    "t_contract_award": [
        V("Gunning en opschortende termijn",
          "Na de beoordeling maakt {B} het voornemen tot gunning bekend. De overeenkomst wordt niet gesloten voor het verstrijken van een opschortende termijn van twintig kalenderdagen."),
    ],
}

GHENT = ["sex", "age", "disability", "sexual_orientation", "civil_status", "wealth", "religion", "belief",
         "political_opinion", "trade_union", "language", "health", "physical_genetic", "social_origin", "nationality",
         "race", "colour", "descent", "national_origin", "ethnic_origin"]
AD = {
    "stockholm": V(
        "Non-discriminatie",
        "{Sc} leeft bij de uitvoering van de overeenkomst de geldende wet- en regelgeving inzake gelijke behandeling en non-discriminatie na, waaronder {eq_law}.",
        "Op eerste verzoek van {B} verstrekt {S} binnen tien werkdagen een schriftelijk overzicht van de maatregelen die hij heeft genomen om aan dit artikel te voldoen.",
        "{Sc} legt de verplichtingen uit dit artikel op aan alle onderaannemers die hij bij de uitvoering inschakelt, en blijft jegens {B} verantwoordelijk voor de naleving daarvan door die onderaannemers.",
        "Bij schending van dit artikel heeft {B} het recht de overeenkomst met onmiddellijke ingang geheel of gedeeltelijk te ontbinden.",
        "Daarnaast verbeurt {S} voor elke overtreding van dit artikel een direct opeisbare boete van {cur}5.000.",
        c={"obl": P, "rep": P, "flow": P, "prime": P, "term": P, "sanc": P},
        note="volledige Stockholm-clausule: bindende verplichting, schriftelijk overzicht op verzoek, doorlegging aan onderaannemers met eindverantwoordelijkheid, ontbinding en boete gekoppeld aan het artikel."),
    "stockholm_tracked": V(
        "Gelijke behandeling",
        "{Sc} verbindt zich ertoe bij de uitvoering van de opdracht de wetgeving ter bestrijding van discriminatie na te leven. ⟦INS:Op verzoek van {B} rapporteert {S} binnen twee weken schriftelijk over de maatregelen die hij daartoe heeft getroffen. ⟧",
        "{Sc} ziet erop toe dat zijn onderaannemers dezelfde verplichtingen naleven en staat daarvoor in.",
        "Een schending van dit artikel geeft {B} het recht de overeenkomst te ontbinden. ⟦DEL:Dit recht ontstaat pas na een definitieve strafrechtelijke veroordeling van {S}. ⟧{Bc} kan bovendien de betalingen opschorten tot de schending is beëindigd.",
        c={"obl": P, "rep": P, "flow": P, "prime": P, "term": P, "sanc": P},
        note="clausule met bijgehouden wijzigingen: de rapportagezin is een w:ins-invoeging (telt mee), de eis van een definitieve veroordeling is een w:del-verwijdering (telt niet), dus het ontbindingsrecht is present."),
    "ghent": V(
        "Non-discriminatieclausule",
        "{Sc} staat bij de uitvoering van de opdracht geen enkele vorm van discriminatie toe op grond van nationaliteit, zogenaamd ras, huidskleur, afstamming, nationale of etnische afkomst, geslacht, seksuele geaardheid, burgerlijke staat, leeftijd, vermogen, geloof of levensbeschouwing, politieke overtuiging, syndicale overtuiging, taal, gezondheidstoestand, handicap, fysieke of genetische eigenschappen of sociale afkomst.",
        "De dienstverlening staat open voor iedereen en is voor alle gebruikers op gelijke wijze toegankelijk.",
        "{Sc} voorkomt discriminerend gedrag en ongewenst grensoverschrijdend gedrag op de werkvloer en treedt er zo nodig tegen op.",
        "{Sc} leeft de wetten en reglementen inzake non-discriminatie en gelijke kansen na.",
        "{Sc} legt dezelfde verplichtingen op aan zijn onderaannemers en ziet erop toe dat zij deze naleven.",
        c={"obl": P, "acc": P, "work": P, "flow": P}, grounds=GHENT,
        note="volledige Gentse clausule: geen discriminatie op een lijst van gronden, toegankelijk voor iedereen, preventie op de werkvloer, naleving van de antidiscriminatiewetgeving, opgelegd aan onderaannemers."),
    "awgb": V(
        "Gelijke behandeling bij de uitvoering",
        "{Sc} verbindt zich ertoe bij de uitvoering van de opdracht niet te discrimineren op grond van godsdienst, levensovertuiging, politieke gezindheid, ras, geslacht, nationaliteit, hetero- of homoseksuele gerichtheid, burgerlijke staat, handicap, chronische ziekte of leeftijd.",
        c={"obl": P}, grounds=["religion", "belief", "political_opinion", "race", "sex", "nationality", "sexual_orientation",
                               "civil_status", "disability", "health", "age"],
        note="bindende verplichting met de gronden van de Nederlandse gelijkebehandelingswetgeving; verder geen elementen."),
    "be_exec": V(
        "Bijzondere uitvoeringsvoorwaarde non-discriminatie",
        "{Sc} ziet erop toe dat zijn personeelsleden en onderaannemers bij de uitvoering van de opdracht niet discrimineren en dat zij de antidiscriminatiewetgeving en de regelgeving inzake geweld, pesterijen en ongewenst seksueel gedrag op het werk naleven.",
        "Bij een vastgestelde inbreuk op dit artikel heeft {B} het recht de ambtshalve maatregelen toe te passen, waaronder de eenzijdige verbreking van de opdracht.",
        "Elke vastgestelde inbreuk geeft bovendien aanleiding tot een straf van {cur}1.000, die wordt ingehouden op de eerstvolgende betaling.",
        c={"obl": P, "flow": P, "work": P, "term": P, "sanc": P},
        note="Vlaams model als uitvoeringsvoorwaarde: personeel en onderaannemers mogen niet discrimineren, naleving van de regels over geweld en pesterijen op het werk, verbreking en straf bij inbreuk."),
    "weak": V(
        "Diversiteit en gelijke kansen",
        "{Sc} streeft ernaar bij de uitvoering van de opdracht discriminatie op grond van geslacht, leeftijd of afkomst zoveel mogelijk te voorkomen.",
        "{Bc} kan {S} verzoeken informatie te verstrekken over zijn diversiteitsbeleid.",
        "{Sc} zorgt er waar mogelijk voor dat de dienstverlening ook toegankelijk is voor personen met een beperking, en tracht ongewenst gedrag op de werkvloer in de mate van het mogelijke te voorkomen.",
        "{Sc} zal zich inspannen om zijn onderaannemers te bewegen vergelijkbare uitgangspunten te hanteren.",
        "{Bc} kan de overeenkomst ontbinden indien {S} bij onherroepelijk vonnis is veroordeeld wegens discriminatie in verband met de opdracht.",
        c={"obl": W, "rep": W, "acc": W, "work": W, "flow": W, "term": W}, grounds=["sex", "age", "ethnic_origin"],
        note="afgezwakt: 'streeft ernaar ... zoveel mogelijk' (verplichting en drie gronden weak), 'kan verzoeken' zonder verplichting om te antwoorden (weak), toegankelijkheid 'waar mogelijk' en preventie op de werkvloer 'in de mate van het mogelijke' (beide weak), inspanningsverplichting voor onderaannemers (weak), ontbinding pas na onherroepelijke veroordeling (weak)."),
    "negated": V(
        "Gelijke behandeling",
        "{Sc} is gehouden bij de uitvoering van de opdracht {eq_law} na te leven.",
        "{Sc} is niet verplicht verslag uit te brengen over de maatregelen die hij in dit verband neemt.",
        "{Bc} heeft geen recht op inzage in de personeelsadministratie van {S} ter controle van de naleving van dit artikel.",
        c={"obl": P}, neg="rep rec",
        note="bindende verplichting, maar rapportage en inzage zijn uitdrukkelijk uitgesloten (missing)."),
    "laws_list": V(
        "Naleving van wet- en regelgeving",
        "{Sc} neemt bij de uitvoering alle toepasselijke wet- en regelgeving in acht, waaronder de arbeidsomstandighedenwetgeving, de fiscale en sociale wetgeving, de milieuwetgeving en de wetgeving inzake gelijke behandeling.",
        c={"obl": W}, note="algemene nalevingsplicht met een opsomming waarin de gelijkebehandelingswetgeving voorkomt: verplichting weak."),
    "alone_flow": V(
        "Verplichtingen van onderaannemers",
        "{Sc} neemt in elke overeenkomst met een onderaannemer de verplichting op om bij werkzaamheden voor deze opdracht niet te discrimineren en de wetgeving inzake gelijke behandeling na te leven.",
        c={"flow": P, "obl": W},
        note="doorlegging van de non-discriminatieverplichting aan onderaannemers (present); de verplichting van de opdrachtnemer zelf volgt er alleen impliciet uit (weak)."),
    "alone_prime": V(
        "",
        "{Sc} blijft jegens {B} volledig aansprakelijk voor de naleving door zijn onderaannemers van de wetgeving inzake gelijke behandeling en non-discriminatie, alsof het om zijn eigen verplichting ging.",
        c={"prime": P, "obl": W},
        note="eindverantwoordelijkheid voor de naleving van de gelijkebehandelingswetgeving door onderaannemers (present); de eigen verplichting is slechts impliciet (weak)."),
    "annex_body": V(
        "Bijzondere voorwaarden gelijke behandeling",
        "{Sc} leeft bij de uitvoering van de opdracht de wetgeving inzake gelijke behandeling en non-discriminatie na.",
        "{Sc} verstrekt op eerste verzoek van {B}, binnen vijftien werkdagen, een schriftelijk verslag van de maatregelen die hij heeft genomen om aan punt 1 te voldoen.",
        "{Bc} heeft het recht ter controle van de naleving van punt 1 inzage te nemen in de personeels- en wervingsadministratie van {S}; {S} verleent daaraan zijn medewerking.",
        "Voor elke schending van punt 1 of 2 verbeurt {S} een boete van {cur}2.500 per overtreding.",
        c={"obl": P, "rep": P, "rec": P, "sanc": P},
        note="clausule in een bijlage achteraan: bindende verplichting, verslag op verzoek, inzage in de personeelsadministratie, boete per overtreding."),
    "xref_term": V(
        "",
        "Een schending van punt 1 of 2 van {annex_ad} geldt als een ernstige tekortkoming die {B} het recht geeft de overeenkomst met onmiddellijke ingang te ontbinden.",
        c={"term": P}, note="kruisverwijzing: schending van de bijlage geeft recht op ontbinding (present)."),
    "xref_term_art": V(
        "",
        "Een schending van artikel {num_ad} (gelijke behandeling) geeft {B} in elk geval het recht de overeenkomst zonder ingebrekestelling te ontbinden.",
        c={"term": P}, note="kruisverwijzing naar het non-discriminatieartikel: ontbindingsrecht (present)."),
}

HARD = {
    "pricing": V(
        "Niet-discriminerende prijszetting",
        "{Sc} hanteert een niet-discriminerende prijszetting: de prijzen voor {B} zijn niet hoger dan de prijzen die {S} aan andere overheidsklanten rekent voor vergelijkbare volumes.",
        note="hard negative: 'niet-discriminerende prijszetting' is een prijsbeding"),
    "mfn": V(
        "Meestbegunstiging",
        "Indien {S} tijdens de looptijd aan een andere klant gunstiger voorwaarden aanbiedt voor vergelijkbare diensten, past hij dezelfde voorwaarden onverwijld toe op {B}.",
        note="hard negative: meestbegunstigingsclausule"),
    "network": V(
        "Verkeersbeheer op het netwerk",
        "{Sc} behandelt al het dataverkeer op het netwerk gelijk en zonder discriminatie, ongeacht afzender, ontvanger, inhoud of toepassing, met uitzondering van redelijke verkeersbeheermaatregelen als bedoeld in Verordening (EU) 2015/2120.",
        note="hard negative: niet-discriminerend netwerkverkeersbeheer"),
    "technical": V(
        "Detectie",
        "De detectielussen moeten fietsers en motorvoertuigen met een betrouwbaarheid van ten minste 98 procent van elkaar kunnen discrimineren. De discriminatiedrempel moet op afstand instelbaar zijn.",
        note="hard negative: 'discrimineren' in technische zin (onderscheiden)"),
    "recital": V(
        "Beleid van {B}",
        "{auth} zet zich in voor een inclusieve samenleving zonder discriminatie en voert daartoe een actief gelijkekansenbeleid in al haar diensten. Dit beleid bepaalt de koers van {B} zelf.",
        note="hard negative: beleidsverklaring die alleen de overheid bindt"),
    "authority_harassment": V(
        "Gedragsregels op de locaties",
        "{auth} hanteert voor haar eigen medewerkers een beleid van nultolerantie tegen pesten en ongewenst gedrag. Klachten van eigen medewerkers worden behandeld door de vertrouwenspersoon van {B}.",
        "Medewerkers van {S} melden zich bij aankomst aan bij de receptie.",
        note="hard negative: beleid van de overheid tegen ongewenst gedrag van haar eigen personeel"),
}


def front(ctx: dict, kind: str, rng) -> list[dict]:
    be = ctx.get("region") == "be"
    if kind == "tender":
        title = "Bestek" if be else rng.choice(["Aanbestedingsleidraad", "Aanbestedingsdocument", "Beschrijvend document"])
        return [
            {"t": "title", "text": title},
            {"t": "subtitle", "text": "{subj_title} – referentie {ref_no}".format_map(ctx)},
            {"t": "center", "text": ("Opdrachtgevend bestuur: {auth}" if be else "Aanbestedende dienst: {auth}").format_map(ctx)},
            {"t": "center", "text": "Datum: {d1}".format_map(ctx)},
            {"t": "space", "h": 24},
            {"t": "left", "text": "De uiterste datum voor het indienen van inschrijvingen is {d3}. Dit document bestaat uit "
                                  "Deel A (administratieve bepalingen), Deel B (contractuele bepalingen) en bijlagen.".format_map(ctx)},
            {"t": "pagebreak"},
        ]
    title = rng.choice(["Overeenkomst {subj_title}", "Raamovereenkomst {subj_title}", "Dienstverleningsovereenkomst",
                        "Overeenkomst van opdracht – {subj_title}"]).format_map(ctx)
    return [
        {"t": "title", "text": title},
        {"t": "subtitle", "text": "Kenmerk {ref_no}".format_map(ctx)},
        {"t": "left", "text": "De ondergetekenden:", "after": 4},
        {"t": "left", "text": '1. {auth}, met adres {auth_addr}, hierbij rechtsgeldig vertegenwoordigd door {contact_b}, '
                              '(hierna: "{Bt}");'.format_map(ctx), "after": 4},
        {"t": "left", "text": '2. {sup}, {sup_id}, gevestigd te {sup_addr} (hierna: "{St}"),'.format_map(ctx), "after": 4},
        {"t": "left", "text": "hierna gezamenlijk te noemen: partijen,", "after": 4},
        {"t": "left", "text": "komen het volgende overeen.", "after": 10},
    ] + ([{"t": "pagebreak"}] if rng.random() < 0.5 else [])


def signatures(ctx: dict) -> list[dict]:
    return [
        {"t": "left", "text": "Aldus overeengekomen en in tweevoud ondertekend.", "after": 6},
        {"t": "table", "borders": False, "header": False, "rows": [
            ["Namens {auth}".format_map(ctx), "Namens {sup}".format_map(ctx)],
            ["Plaats en datum: __________", "Plaats en datum: __________"],
            ["Handtekening: __________", "Handtekening: __________"],
            ["{contact_b}".format_map(ctx), "{contact_s}".format_map(ctx)]]},
    ]


REQ_TEMPLATES = [
    "{Sc} zorgt voor {task} {freq} en legt elke uitvoering vast in het kwaliteitslogboek.",
    "{taskc} gebeurt volgens het werkplan dat {B} bij de start heeft goedgekeurd.",
    "Tekortkomingen bij {task} worden binnen {hours} uur gemeld aan de contractbeheerder, met vermelding van de genomen maatregelen.",
    "Materieel dat wordt gebruikt voor {task} is veilig en in goede staat. Defect materieel wordt binnen twee werkdagen vervangen.",
    "De kwaliteit van {task} wordt maandelijks gemeten. Bij een score lager dan {score} op 5 levert {S} binnen vijf werkdagen een verbeterplan.",
    "Medewerkers die belast zijn met {task} hebben vooraf een aantoonbare instructie gekregen.",
    "Registraties van {task} worden ten minste twee jaar bewaard en op verzoek ter inzage gegeven.",
    "Als {task} door omstandigheden ter plaatse niet mogelijk is, spreekt {S} met de contactpersoon van de locatie een nieuw tijdstip af.",
]
FREQS = ["dagelijks", "wekelijks", "twee keer per week", "maandelijks", "bij elk bezoek", "elke werkdag voor 8.00 uur",
         "volgens de frequentietabel", "elk kwartaal"]
ANNEX_TITLES = {"spec": "Programma van Eisen", "prices": "Prijsbijlage", "sla": "Kritieke prestatie-indicatoren",
                "dpa": "Verwerkersovereenkomst (samenvatting)"}


def spec_annex(ctx: dict, rng, n_req: int) -> list:
    paras: list = ["Dit Programma van Eisen beschrijft de minimale eisen voor {subj}. Alle eisen gelden gedurende de volledige looptijd.".format_map(ctx)]
    sec = 0
    for i in range(n_req):
        if i % 8 == 0:
            sec += 1
            paras.append(("h", f"{sec}. " + rng.choice(["Algemene eisen", "Uitvoering", "Kwaliteitsborging", "Personeel en opleiding",
                                                        "Veiligheid", "Registratie en rapportage", "Materieel", "Implementatie",
                                                        "Serviceniveaus", "Communicatie"])))
        task = rng.choice(ctx["tasks"])
        d = dict(ctx, task=task, taskc=task[0].upper() + task[1:], freq=rng.choice(FREQS), hours=rng.choice([2, 4, 24, 48]),
                 score=rng.choice([3, 4]))
        paras.append(("np", f"E{sec}.{i % 8 + 1} " + rng.choice(REQ_TEMPLATES).format_map(d)))
    return paras


def price_annex(ctx: dict, rng) -> list:
    rows = [["Post", "Eenheid", "Prijs (EUR)"]]
    for it in ctx["items"]:
        desc, _, unit = it.partition(" (")
        rows.append([desc, unit.rstrip(")") or "stuk", f"{rng.randint(12, 900)},{rng.randint(0, 99):02d}"])
    return ["De volgende prijzen gelden in het eerste contractjaar.", ("table", rows), "Alle prijzen zijn exclusief btw."]


def sla_annex(ctx: dict, rng) -> list:
    rows = [["Indicator", "Norm", "Meetmethode"]]
    for t in rng.sample(ctx["tasks"], 5):
        rows.append([t[0].upper() + t[1:], f"{rng.choice([95, 97, 98, 99])} %", rng.choice(["Maandrapportage", "Steekproef",
                                                                                         "Logboek", "Klanttevredenheid"])])
    return ["De indicatoren gelden vanaf het einde van de implementatiefase.", ("table", rows)]


def dpa_annex(ctx: dict, rng) -> list:
    return [T(["Onderwerp", "Omschrijving"], ["Doel", "Verwerking die nodig is voor {subj}"],
              ["Betrokkenen", "Cliënten, leerlingen, medewerkers van {B}"],
              ["Soorten persoonsgegevens", "Naam, adres, contactgegevens, gegevens over de dienstverlening"],
              ["Bewaartermijn", "Vernietiging of teruggave na afloop van de overeenkomst"]),
            "{Sc} schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van {B}."]


BE_SUPPLIERS = ["de dienstverlener", "de aannemer", "de leverancier", "de opdrachtnemer"]
NL_SUPPLIERS = ["Opdrachtnemer", "de leverancier", "de dienstverlener"]


def extra_ctx(ctx: dict, rng, a: dict) -> None:
    ctx["region"] = a.get("region", "nl")
    ctx["eq_law"] = "de Algemene wet gelijke behandeling"
    if ctx["region"] == "be":
        ctx["eq_law"] = "de wet van 10 mei 2007 ter bestrijding van bepaalde vormen van discriminatie"
        ctx["law"] = "Belgisch recht"
        ctx["court"] = "de bevoegde rechtbanken van het gerechtelijk arrondissement van de zetel van het Bestuur"
        ctx["index"] = "de herzieningsformule van het bestek (referte-index: gezondheidsindex)"
        ok = BE_SUPPLIERS
    else:
        ok = NL_SUPPLIERS
    if ctx["S"] not in ok and not ctx.get("_S_forced"):
        ctx["S"] = rng.choice(ok)
    ctx["Sc"] = ctx["S"][0].upper() + ctx["S"][1:]
    ctx["St"] = ctx["Sc"] if ctx["S"].startswith("de ") is False else ctx["S"][3:].capitalize()
    ctx["Bt"] = ctx["B"] if not ctx["B"].startswith(("de ", "het ")) else ctx["B"].split(" ", 1)[1].capitalize()

"""Swedish clause stock (kommunala och regionala avtal och upphandlingsdokument). Skriven för procheck; CC0."""

from __future__ import annotations

from .model import P, W
from .stockutil import L, T, V

LANG = "sv"
WORDS = {"annex": ["Bilaga"], "where": "punkt", "art": "Artikel", "point": "punkt",
         "footer": ["Sida {n} av {N}", "Sida {n} ({N})", "{n} (av {N})"],
         "part_contract": "Del B – Kommersiella villkor och avtalsvillkor",
         "part_itt": "Del A – Administrativa föreskrifter", "special": "Särskilda kontraktsvillkor"}
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
YEARS = ["två", "tre", "fyra"]
EXT = ["ett", "två"]
THOUSANDS = " "
REFS = ["KS {y}/{n}", "Dnr {y}-{n}", "UH-{y}-0{n}", "RS {y}/0{n}"]


def date_fmt(d: int, month: str, y: int) -> str:
    return f"{d} {month} {y}"


SUPPLIERS = ["Leverantören", "Entreprenören", "Uppdragstagaren", "Leverantören"]
AUTHORITIES = [
    {"auth": "Stockholms stad, genom Socialförvaltningen", "B": "Staden", "addr": "Box 44, 104 20 Stockholm",
     "city": "Stockholm", "id": "212000-0142"},
    {"auth": "Norrvikens kommun", "B": "Kommunen", "addr": "Storgatan 12, 891 80 Norrvik", "city": "Norrvik",
     "id": "212000-2468"},
    {"auth": "Region Mellanland", "B": "Regionen", "addr": "Regionens hus, 721 89 Mellanstad", "city": "Mellanstad",
     "id": "232100-0011"},
    {"auth": "Sjöbacka kommun", "B": "Beställaren", "addr": "Kommunhuset, 245 80 Sjöbacka", "city": "Sjöbacka",
     "id": "212000-1357"},
    {"auth": "Älvstads stad", "B": "Staden", "addr": "Rådhuset, 411 05 Älvstad", "city": "Älvstad",
     "id": "212000-9753"},
    {"auth": "Fjällby kommun", "B": "Kommunen", "addr": "Box 7, 840 93 Fjällby", "city": "Fjällby", "id": "212000-8642"},
]
COMPANIES = [("Nordklar Städservice AB", "556712-3456", "Industrivägen 4, 171 48 Solna"),
             ("Ljusnan IT-drift AB", "559011-2233", "Kungsgatan 30, 111 35 Stockholm"),
             ("Bergmans Buss & Taxi AB", "556234-8899", "Verkstadsvägen 2, 826 40 Söderhamn"),
             ("Måltidsgruppen i Väst AB", "556890-1122", "Hamngatan 8, 451 30 Uddevalla"),
             ("Omsorgspartner Norden AB", "559123-4567", "Vårdvägen 11, 752 37 Uppsala"),
             ("Signalteknik Syd AB", "556456-7788", "Elektronvägen 6, 223 70 Lund")]
NAMES = ["Anna Lindqvist", "Mohammed Al-Hassan", "Karin Sjöberg", "Johan Eriksson", "Sara Nyström",
         "Erik Holmgren", "Leila Ahmadi", "Per Östlund"]
CUR = "kr"
LAW = "svensk rätt"
COURT = "allmän domstol med Stockholms tingsrätt som första instans"
INDEX = "Arbetskostnadsindex för tjänstemän (AKI) enligt Statistiska centralbyrån"

SUBJECTS = {
    "cleaning": {"title": "Lokalvård", "subj": "lokalvårdstjänster",
                 "obj": "lokalvård i förskolor, skolor och förvaltningslokaler enligt objektsförteckningen",
                 "tasks": ["städning av entréer och trapphus", "tömning av papperskorgar och källsorteringskärl",
                           "rengöring av toaletter och skötrum", "dammsugning av textila golv",
                           "våttorkning av hårda golv", "rengöring av personalkök", "fönsterputs",
                           "storstädning av omklädningsrum", "klottersanering", "akuta insatser vid spill och olyckor"],
                 "items": ["Daglig lokalvård (per m² och månad)", "Fönsterputs (per tillfälle)",
                           "Storstädning (per rum)", "Akut utryckning (per timme)", "Förbrukningsmaterial (per objekt och månad)"]},
    "it": {"title": "Drift av nätverk och IT-support", "subj": "drift- och supporttjänster för IT",
           "obj": "drift och övervakning av kommunens nätverk, servicedesk och klientdatorer",
           "tasks": ["övervakning av nätförbindelser", "hantering av ärenden i servicedesken", "uppdatering av servrar",
                     "byte av trasiga klientdatorer", "säkerhetskopiering av filservrar", "förvaltning av brandväggsregler",
                     "beställning av nya användarkonton", "rapportering av säkerhetsincidenter",
                     "uppdatering av konfigurationsdatabasen", "kapacitetsplanering av nätet"],
           "items": ["Servicedesk (per användare och månad)", "Nätverksdrift (per plats och månad)",
                     "Tekniker på plats (per timme)", "Klientbyte (per enhet)", "Säkerhetsövervakning (per månad)"]},
    "transport": {"title": "Skolskjuts", "subj": "skolskjutstjänster",
                  "obj": "skolskjuts för elever i grundskola och grundsärskola enligt turlistan",
                  "tasks": ["daglig kontroll av fordonen", "upphämtning av elever vid hållplats",
                            "ledsagning av elever med särskilda behov", "närvaroregistrering vid varje tur",
                            "invändig rengöring av fordon", "rapportering av händelser under färd",
                            "ersättning av fordon vid driftstopp", "kontroll av förarnas belastningsregister",
                            "information till skolan vid förseningar", "fastsättning av rullstolar och bilbarnstolar"],
                  "items": ["Tur (per dag, upp till 16 platser)", "Tur med rullstolsplats (per dag)",
                            "Ledsagare (per dag)", "Extra körning (per km)", "Väntetid (per kvart)"]},
    "catering": {"title": "Måltidstjänster", "subj": "måltidstjänster",
                 "obj": "tillagning och servering av skolmåltider samt catering vid kommunens mötesplatser",
                 "tasks": ["tillagning av lunch", "märkning av allergener", "beställning av färska råvaror",
                           "temperaturkontroll av kylvaror", "rengöring av köksutrustning", "insamling av matavfall",
                           "planering av säsongsmenyer", "tillhandahållande av specialkost",
                           "utbildning av kökspersonal i livsmedelshygien", "leverans av beställd catering"],
                 "items": ["Lunch grundskola (per portion)", "Lunch gymnasium (per portion)", "Konferensbuffé (per person)",
                           "Specialkost (tillägg per portion)", "Frukost (per portion)"]},
    "care": {"title": "Hemtjänst", "subj": "hemtjänst enligt socialtjänstlagen",
             "obj": "service- och omvårdnadsinsatser i ordinärt boende för personer med biståndsbeslut",
             "tasks": ["planerade hemtjänstbesök", "påminnelser om läkemedel", "uppföljning av genomförandeplaner",
                       "registrering av besökstider", "anmälan av missförhållanden enligt lex Sarah",
                       "handledning av omsorgspersonal", "introduktion av nyanställda", "hantering av missade besök",
                       "samverkan med distriktssköterskor", "dokumentation i social journal"],
             "items": ["Utförd timme vardag", "Utförd timme helg", "Dubbelbemanning (per timme)",
                       "Nattillsyn (per natt)", "Reseersättning (per mil)"]},
    "traffic": {"title": "Underhåll av trafiksignaler", "subj": "underhåll av trafiksignalanläggningar",
                "obj": "drift och underhåll av trafiksignaler, övergångsställen och detektorer",
                "tasks": ["besiktning av signallyktor", "kontroll av tryckknappar för gående", "kalibrering av detektorer",
                          "byte av lysdiodsenheter", "reparation av skadade stolpar", "kontroll av styrapparaternas loggar",
                          "rengöring av signallyktor", "kontroll av taktila signaler", "akut felavhjälpning",
                          "uppdatering av anläggningsregistret"],
                "items": ["Periodisk besiktning (per korsning)", "Akut utryckning (per tillfälle)",
                          "Signallykta LED (leverans och montage)", "Byte av detektorslinga (per slinga)",
                          "Service av styrapparat (per styck)"]},
}

ORD = {
    "background": [
        V("Bakgrund",
          "{auth} har genomfört en upphandling av {subj} enligt lagen (2016:1145) om offentlig upphandling. {S} har tilldelats kontraktet efter utvärdering av inkomna anbud.",
          "Detta avtal reglerar villkoren för {Sc}s åtagande."),
        V("Avtalets syfte",
          "Syftet med avtalet är att säkerställa {obj} med god kvalitet och till ett konkurrenskraftigt pris."),
    ],
    "definitions": [
        V("Definitioner",
          "I detta avtal ska följande begrepp ha den innebörd som anges nedan.",
          L("Avtalet: detta dokument med samtliga bilagor."),
          L("Avtalsansvarig: den person som respektive part utsett att företräda parten i frågor som rör Avtalet."),
          L("Arbetsdag: måndag till fredag med undantag för allmänna helgdagar samt midsommar-, jul- och nyårsafton."),
          L("Personuppgifter: uppgifter enligt artikel 4.1 i dataskyddsförordningen (EU) 2016/679."),
          L("Uppdraget: de tjänster som beskrivs i kravspecifikationen."),
          "Rubriker i avtalet har endast till syfte att underlätta läsningen."),
        V("Begrepp",
          "Med Tjänsten avses de tjänster som ska utföras enligt Avtalet. Med Objekt avses de lokaler eller platser där Tjänsten utförs. Med Personal avses samtliga personer som {S} anlitar för att utföra Tjänsten, oavsett om de är anställda hos {S} eller hos underleverantör."),
    ],
    "documents": [
        V("Avtalshandlingar och rangordning",
          "Avtalet består av följande handlingar: detta avtal, {annex_list} samt {Sc}s anbud daterat {tender_date}.",
          "Om handlingarna innehåller motstridiga uppgifter gäller de i den ordning de räknats upp, om inte omständigheterna uppenbarligen föranleder annat."),
        V("Avtalshandlingar",
          "Avtalshandlingarna kompletterar varandra. Vid motstridigheter gäller i första hand detta avtal, därefter bilagorna i nummerordning och sist anbudet."),
    ],
    "scope": [
        V("Uppdragets omfattning",
          "{S} åtar sig att utföra {obj} i enlighet med kravspecifikationen och övriga avtalsvillkor.",
          "Angivna volymer är uppskattade och utgör ingen garanti för en viss omfattning. {B} har rätt att utöka eller minska antalet objekt med högst 20 procent under avtalstiden till oförändrade priser."),
        V("Avtalsföremål",
          "Avtalet avser {subj}. {S} ska utföra uppdraget fackmässigt, med hög kvalitet och med den noggrannhet som kan krävas av en erfaren leverantör i branschen.",
          "{S} ansvarar för att inneha de tillstånd som krävs för verksamheten."),
    ],
    "term": [
        V("Avtalstid",
          "Avtalet gäller från och med {start} och löper i {years} år. {B} har rätt att förlänga avtalet med högst {ext} år i taget på oförändrade villkor, under förutsättning att {B} meddelar detta skriftligen senast tre månader före avtalstidens utgång."),
        V("Avtalsperiod och förlängning",
          "Avtalsperioden är {start} – {end}. Avtalet kan förlängas med upp till {ext} år. Förlängning sker genom skriftligt meddelande från {B}."),
    ],
    "performance": [
        V("Utförande",
          "{S} ska utföra uppdraget i enlighet med gällande branschstandard och de anvisningar som {B} lämnar.",
          "{S} ska följa de ordningsregler, säkerhetsföreskrifter och arbetsmiljörutiner som gäller i {Bs} lokaler.",
          "Om {S} inser att en avtalad tidpunkt inte kan hållas ska {B} omedelbart underrättas, med angivande av orsak och beräknad ny tidpunkt."),
        V("Leverans och genomförande",
          "Leverans ska ske på de tider och platser som anges i kravspecifikationen. Arbetet ska planeras så att störningar i {Bs} verksamhet blir så små som möjligt.",
          "{S} ska samordna sitt arbete med andra entreprenörer som {B} anlitar."),
    ],
    "staff": [
        V("Personal",
          "{S} ska se till att personalen har den utbildning, erfarenhet och språkkunskap som krävs för uppdraget. Personalen ska bära synlig id-handling under arbetstid.",
          "{B} har rätt att på saklig grund begära att viss person inte längre deltar i uppdraget. {S} ska då utan kostnad för {B} ersätta personen med någon med motsvarande kompetens.",
          "{S} ansvarar för löner, skatter och sociala avgifter för sin personal."),
        V("Nyckelpersoner",
          "{S} får inte byta ut de nyckelpersoner som angetts i anbudet utan {Bs} skriftliga godkännande. Godkännande får inte vägras utan skäl."),
    ],
    "prices": [
        V("Priser och prisjustering",
          "Ersättning utgår enligt de priser som anges i prisbilagan. Priserna är angivna i svenska kronor exklusive mervärdesskatt och inkluderar samtliga kostnader för uppdraget, såsom resor, material och administration.",
          "Priserna är fasta under de första tolv månaderna. Därefter får priserna justeras en gång per år med förändringen av {index}. Begäran om prisjustering ska lämnas skriftligen senast en månad före justeringstidpunkten."),
        V("Ersättning",
          "Det uppskattade värdet av avtalet är {value} kr. Ersättning utgår endast för utförda och godkända tjänster.",
          "Prisjustering får ske årligen med högst förändringen i {index}."),
    ],
    "invoicing": [
        V("Fakturering och betalning",
          "Fakturering sker månadsvis i efterskott. Fakturan ska vara elektronisk och följa standarden Peppol BIS Billing 3 samt innehålla {Bs} referens och beställningsnummer.",
          "Betalning sker {pay_days} dagar efter det att korrekt faktura kommit {B} till handa. Vid försenad betalning utgår dröjsmålsränta enligt räntelagen (1975:635).",
          "Fakturerings-, expeditions- eller andra avgifter accepteras inte."),
        V("Betalningsvillkor",
          "{B} betalar mot faktura inom {pay_days} dagar. Fakturan ska specificera utförda tjänster per objekt. {B} har rätt att kvitta fordringar enligt avtalet mot {Sc}s fakturor."),
    ],
    "delay": [
        V("Vite vid försening",
          "Om {S} inte utför tjänsten inom avtalad tid har {B} rätt till vite med 0,5 procent av värdet av den försenade delen för varje påbörjad vecka som förseningen varar, dock högst tio procent.",
          "Vite enligt denna punkt påverkar inte {Bs} rätt att häva avtalet vid väsentlig försening."),
        V("Förseningsvite",
          "Vid försenad leverans utgår vite med 1 000 kronor per påbörjad dag, dock högst 50 000 kronor per kalendermånad. Vitet dras av på nästa faktura."),
    ],
    "warranty": [
        V("Fel och brist",
          "Om tjänsten inte uppfyller avtalade krav ska {S} utan dröjsmål och utan kostnad för {B} avhjälpa felet, senast inom fem arbetsdagar från reklamation.",
          "Om felet inte avhjälps inom skälig tid har {B} rätt till prisavdrag motsvarande felets betydelse."),
        V("Garanti",
          "{S} garanterar att levererade varor är fria från fel i material och tillverkning under tolv månader från leverans."),
    ],
    "liability": [
        V("Skadestånd och ansvarsbegränsning",
          "Part ska ersätta den andra parten för skada som orsakats genom vårdslöshet. Skadeståndsansvaret är, utom vid grov vårdslöshet eller uppsåt, begränsat till {cap} kronor per skadetillfälle.",
          "Ingen av parterna ansvarar för indirekta skador såsom utebliven vinst, om inte skadan orsakats av grov vårdslöshet."),
        V("Ansvar",
          "{S} ansvarar för skada som {S} eller dennes personal orsakar {B} eller tredje man i samband med uppdragets utförande och ska hålla {B} skadeslös för krav som riktas mot {B} till följd av sådan skada."),
    ],
    "insurance": [
        V("Försäkring",
          "{S} ska under hela avtalstiden ha en ansvarsförsäkring med ett försäkringsbelopp om minst {ins} kronor per skadetillfälle. Bevis om gällande försäkring ska på begäran lämnas till {B}."),
    ],
    "data_protection": [
        V("Personuppgifter",
          "Vid behandling av personuppgifter för {Bs} räkning är {B} personuppgiftsansvarig och {S} personuppgiftsbiträde. Parterna ska innan behandling påbörjas teckna ett personuppgiftsbiträdesavtal.",
          "{S} ska vidta lämpliga tekniska och organisatoriska säkerhetsåtgärder i enlighet med dataskyddsförordningen (EU) 2016/679 och utan onödigt dröjsmål anmäla personuppgiftsincidenter till {B}.",
          "Personuppgifter får inte överföras till land utanför EU/EES utan {Bs} skriftliga medgivande."),
        V("Dataskydd",
          "{S} ska följa dataskyddsförordningen och kompletterande nationell lagstiftning. Behandling av personuppgifter får endast ske enligt {Bs} dokumenterade instruktioner."),
    ],
    "confidentiality": [
        V("Sekretess",
          "{S} får inte utan {Bs} medgivande lämna ut uppgifter om {Bs} verksamhet som {S} får del av genom uppdraget. Sekretessen gäller även efter det att avtalet upphört.",
          "{S} ska informera sin personal om sekretessen och se till att den följs. {S} är medveten om att {B} omfattas av offentlighets- och sekretesslagen (2009:400)."),
        V("Tystnadsplikt",
          "Personal som utför uppdraget omfattas av tystnadsplikt enligt offentlighets- och sekretesslagen. {S} ska se till att personalen undertecknar en förbindelse om tystnadsplikt innan arbetet påbörjas."),
    ],
    "ip": [
        V("Immateriella rättigheter",
          "Äganderätt och upphovsrätt till material som tas fram särskilt för {B} inom ramen för uppdraget tillkommer {B}. {S} har rätt att använda sådan allmän kunskap och erfarenhet som förvärvats under uppdraget."),
        V("Rätt till resultat",
          "{B} får fritt använda, ändra och vidareutveckla rapporter och annat material som levereras inom ramen för avtalet."),
    ],
    "environment": [
        V("Miljö",
          "{S} ska bedriva ett systematiskt miljöarbete och utföra uppdraget så att påverkan på miljön blir så liten som möjligt. Fordon som används ska minst uppfylla miljöklass Euro 6.",
          "{S} ska årligen redovisa mängden avfall som uppkommit i uppdraget."),
        V("Kemiska produkter",
          "Kemiska produkter som används i uppdraget ska vara miljömärkta om sådana finns att tillgå och får inte innehålla ämnen på kandidatförteckningen enligt Reach-förordningen."),
    ],
    "laws": [
        V("Lagar och föreskrifter",
          "{S} ska vid utförandet av uppdraget följa de lagar, förordningar och myndighetsföreskrifter som gäller för verksamheten."),
        V("Tillämpliga bestämmelser",
          "{S} ska iaktta tillämpliga författningar och ansvarar för att samtliga tillstånd som krävs finns under hela avtalstiden."),
    ],
    "subcontracting": [
        V("Underleverantörer",
          "{S} får anlita underleverantör endast efter {Bs} skriftliga godkännande. {S} ansvarar för underleverantörs arbete såsom för sitt eget.",
          g="prime", note="generiskt ansvar för underleverantörers arbete"),
        V("Anlitande av underleverantör",
          "Underleverantörer som angetts i anbudet får anlitas. Byte eller tillägg av underleverantör kräver {Bs} godkännande.",
          "{S} ska se till att avtalets villkor i tillämpliga delar förs vidare till underleverantörer i alla led.",
          g="flow", note="generisk vidareföring av avtalsvillkoren"),
        V("Underentreprenad",
          "{S} får inte överlåta utförandet av uppdraget eller någon del av det till underleverantör utan {Bs} i förväg lämnade skriftliga samtycke. {S} ska på begäran lämna en förteckning över anlitade underleverantörer."),
    ],
    "audit": [
        V("Revision",
          "{B} har rätt att själv eller genom oberoende revisor granska att {S} fullgör sina åtaganden enligt avtalet. {S} ska ge {B} tillträde till lokaler och tillgång till handlingar som behövs för granskningen.",
          g="rec", note="allmän revision av avtalets efterlevnad"),
        V("Granskning av fakturor",
          "{B} har rätt att granska underlag för fakturering, såsom tidrapporter och körjournaler. Underlagen ska lämnas inom tio arbetsdagar efter begäran."),
    ],
    "reporting": [
        V("Uppföljning",
          "Parterna ska hålla uppföljningsmöten minst två gånger per år. {S} ska medverka vid uppföljningen och på begäran lämna de uppgifter som {B} behöver för att följa upp avtalet.",
          g="rep", note="generisk skyldighet att medverka i uppföljning och lämna uppgifter"),
        V("Statistik och rapportering",
          "{S} ska kvartalsvis rapportera statistik över utförda tjänster i det format som {B} anvisar.",
          g="rep", note="generisk rapporteringsskyldighet"),
    ],
    "changes": [
        V("Ändringar och tillägg",
          "Ändringar och tillägg till avtalet ska för att vara giltiga upprättas skriftligen och undertecknas av behöriga företrädare för båda parter."),
    ],
    "assignment": [
        V("Överlåtelse",
          "{S} får inte överlåta avtalet eller rättigheter och skyldigheter enligt avtalet utan {Bs} skriftliga medgivande. Rätten att erhålla betalning får dock överlåtas."),
    ],
    "force_majeure": [
        V("Befrielsegrunder",
          "Part är befriad från påföljd för underlåtenhet att fullgöra förpliktelse enligt avtalet om underlåtenheten beror på omständighet utanför partens kontroll som parten inte skäligen kunde förutse, såsom krig, naturkatastrof, pandemi eller myndighetsbeslut. Arbetskonflikt som har sin grund i att {S} inte följer kollektivavtal utgör inte befrielsegrund.",
          "Part som vill åberopa befrielsegrund ska utan dröjsmål underrätta den andra parten. Om fullgörandet hindras under längre tid än tre månader får vardera parten säga upp avtalet."),
        V("Force majeure",
          "Om part hindras att fullgöra sina åtaganden på grund av händelse som ligger utanför partens kontroll ska tidpunkten för fullgörandet skjutas upp så länge hindret består."),
    ],
    "suspension": [
        V("Innehållande av betalning",
          "Om {S} inte fullgör sina skyldigheter enligt avtalet har {B} rätt att hålla inne betalning för den del av tjänsten som berörs till dess att bristen åtgärdats.",
          g="sanc", note="generiskt innehållande av betalning vid varje avtalsbrott"),
    ],
    "termination": [
        V("Hävning",
          "Part har rätt att häva avtalet med omedelbar verkan om den andra parten väsentligt bryter mot avtalet och inte vidtar rättelse inom trettio dagar efter skriftligt påpekande.",
          "{B} har även rätt att häva avtalet om {S} försätts i konkurs, inleder ackordsförhandling, träder i likvidation eller om det förekommer grund för uteslutning enligt 13 kap. lagen om offentlig upphandling.",
          g="term", note="generisk hävning vid väsentligt avtalsbrott"),
        V("Uppsägning och hävning",
          "{B} har rätt att säga upp avtalet till förtida upphörande om {S} i väsentligt avseende brister i fullgörandet av avtalet. Uppsägning ska ske skriftligen.",
          "Vid hävning har {B} rätt till ersättning för den skada som {B} lidit.",
          g="term", note="generisk uppsägning vid väsentligt avtalsbrott"),
    ],
    "consequences": [
        V("Avtalets upphörande",
          "När avtalet upphör ska {S} återlämna handlingar och material som tillhör {B} och medverka till att uppdraget kan övergå till ny leverantör utan avbrott i verksamheten."),
    ],
    "notices": [
        V("Meddelanden",
          "Meddelanden enligt avtalet ska lämnas skriftligen till de kontaktpersoner och adresser som anges i avtalet. Meddelande som skickats med e-post anses ha kommit mottagaren till handa nästa arbetsdag."),
    ],
    "disputes": [
        V("Tvist",
          "Tvist med anledning av avtalet ska i första hand lösas genom förhandling mellan parterna. Om parterna inte kommer överens ska tvisten avgöras av {court} med tillämpning av {law}."),
        V("Tvistelösning och tillämplig lag",
          "Svensk lag ska tillämpas på avtalet. Tvister ska avgöras av allmän domstol på {Bs} hemort."),
    ],
    "entire": [
        V("Fullständig reglering",
          "Avtalet utgör parternas fullständiga reglering av alla frågor som det berör. Muntliga utfästelser eller åtaganden som inte tagits in i avtalet är inte bindande."),
    ],
}

EQUAL_TREATMENT_NOTE = ("hard negative: myndighetens skyldighet att behandla leverantörer likvärdigt och icke-diskriminerande "
                        "(LOU 4 kap. 1 §) -- inte ett åtagande för leverantören")
TENDER = {
    "t_intro": [
        V("Inbjudan",
          "{auth} (nedan kallad {B}) inbjuder härmed till anbudsgivning avseende {subj}. Avtalet avses gälla i {years} år med möjlighet till förlängning.",
          "Förfrågningsunderlaget består av dessa administrativa föreskrifter, kravspecifikation, prisbilaga och avtalsvillkor."),
        V("Upphandlingens omfattning",
          "Upphandlingen omfattar {obj}. Anbudsgivare ska lämna anbud på hela uppdraget; anbud på delar av uppdraget accepteras inte."),
    ],
    "t_procedure": [
        V("Upphandlingsförfarande",
          "Upphandlingen genomförs som ett öppet förfarande enligt lagen (2016:1145) om offentlig upphandling (LOU). Förhandling kommer inte att ske.",
          "{B} ska behandla leverantörer på ett likvärdigt och icke-diskriminerande sätt och genomföra upphandlingen på ett öppet sätt samt iaktta principerna om ömsesidigt erkännande och proportionalitet (4 kap. 1 § LOU).",
          note=EQUAL_TREATMENT_NOTE),
        V("Förfarande och principer",
          "Upphandlingen sker genom förenklat förfarande. Samtliga anbudsgivare kommer att behandlas lika och utan diskriminering, och all information lämnas samtidigt till alla.",
          note=EQUAL_TREATMENT_NOTE),
    ],
    "t_timetable": [
        V("Tidplan",
          "Upphandlingen beräknas genomföras enligt följande tidplan.",
          T(["Aktivitet", "Datum"], ["Annonsering", "{d1}"], ["Sista dag för frågor", "{d2}"], ["Sista anbudsdag", "{d3}"],
            ["Tilldelningsbeslut (preliminärt)", "{d4}"], ["Avtalsstart", "{start}"])),
    ],
    "t_questions": [
        V("Frågor under anbudstiden",
          "Frågor om förfrågningsunderlaget ska ställas via upphandlingssystemet senast {d2}. Svar publiceras anonymiserade till samtliga anbudsgivare."),
    ],
    "t_submission": [
        V("Anbudets form och innehåll",
          "Anbud ska lämnas elektroniskt via upphandlingssystemet senast {d3}. Anbud som kommer in för sent prövas inte.",
          "Anbudet ska vara skrivet på svenska och vara bindande till och med tre månader efter sista anbudsdag. Priser ska anges i svenska kronor exklusive mervärdesskatt."),
    ],
    "t_exclusion": [
        V("Uteslutning av leverantör",
          "{B} kommer att utesluta en leverantör om det finns grund för det enligt 13 kap. 1–3 §§ LOU, till exempel om leverantören har dömts för korruption, bedrägeri eller penningtvätt. {B} kan även utesluta en leverantör som inte har betalat skatter eller socialförsäkringsavgifter."),
    ],
    "t_selection": [
        V("Kvalificeringskrav",
          "Anbudsgivaren ska uppfylla följande krav på ekonomisk och teknisk kapacitet:",
          L("en årsomsättning om minst {turnover} kronor under det senaste räkenskapsåret;"),
          L("en riskklass hos kreditupplysningsföretag som motsvarar låg eller mycket låg risk;"),
          L("minst två referensuppdrag av liknande art och omfattning under de senaste tre åren;"),
          L("ett dokumenterat kvalitetsledningssystem, till exempel enligt ISO 9001."),
          "Anbudsgivare som inte uppfyller kraven kommer inte att gå vidare till utvärdering."),
    ],
    "t_award": [
        V("Utvärdering och tilldelningsgrund",
          "Tilldelning sker på grundval av bästa förhållandet mellan pris och kvalitet. Utvärderingen sker enligt följande:",
          T(["Kriterium", "Viktning"], ["Pris", "60 procent"], ["Genomförandebeskrivning", "25 procent"],
            ["Kvalitetsarbete", "15 procent"]),
          "Kvalitetskriterierna poängsätts på en skala 0–4 och omvandlas till ett mervärdesavdrag på det utvärderade priset."),
    ],
    "t_contract_award": [
        V("Tilldelningsbeslut och avtalsspärr",
          "Samtliga anbudsgivare underrättas om tilldelningsbeslutet. Avtal får inte ingås förrän tio dagar efter det att underrättelsen skickats (avtalsspärr).",
          "Civilrättsligt bindande avtal uppstår först när båda parter undertecknat avtalet."),
    ],
}

SV7 = ["sex", "gender_identity", "ethnic_origin", "religion", "belief", "disability", "sexual_orientation", "age"]
GHENT = ["sex", "age", "disability", "sexual_orientation", "civil_status", "wealth", "religion", "belief",
         "political_opinion", "trade_union", "language", "health", "physical_genetic", "social_origin", "nationality",
         "race", "colour", "descent", "national_origin", "ethnic_origin"]
AD = {
    "stockholm": V(
        "Antidiskriminering",
        "{S} ska vid fullgörandet av detta avtal följa den antidiskrimineringslagstiftning som gäller vid varje tidpunkt, bland annat diskrimineringslagen (2008:567).",
        "På begäran av {B} ska {S} inom en vecka skriftligen redogöra för vilka åtgärder som vidtagits för att uppfylla åtagandena enligt denna punkt.",
        "{S} ska säkerställa att underleverantörer som anlitas för uppdraget omfattas av motsvarande krav. {S} svarar gentemot {B} för underleverantörernas efterlevnad såsom för sin egen.",
        "Om {S} inte fullgör sina åtaganden enligt denna punkt har {B} rätt att häva avtalet med omedelbar verkan.",
        "{B} har därutöver rätt till avtalsvite om 25 000 kronor för varje konstaterat brott mot denna punkt.",
        c={"obl": P, "rep": P, "flow": P, "prime": P, "term": P, "sanc": P},
        note="fullständig Stockholmsklausul: bindande åtagande, skriftlig redovisning på begäran, krav på underleverantörer med huvudansvar, hävning och vite knutna till punkten."),
    "stockholm_tracked": V(
        "Likabehandling och diskriminering",
        "{S} åtar sig att under avtalstiden iaktta gällande lagstiftning mot diskriminering. ⟦INS:{S} ska på {Bs} begäran, senast två veckor efter begäran, lämna en skriftlig redovisning av de åtgärder som vidtagits för att uppfylla detta åtagande. ⟧",
        "Motsvarande villkor ska gälla för underleverantörer i alla led. {S} ansvarar för att underleverantörerna fullgör dem.",
        "Brott mot denna punkt utgör ett väsentligt avtalsbrott som ger {B} rätt att häva avtalet. ⟦DEL:Hävning förutsätter dock att {S} har dömts genom lagakraftvunnen dom. ⟧{B} har även rätt att innehålla betalning till dess att bristen har åtgärdats.",
        c={"obl": P, "rep": P, "flow": P, "prime": P, "term": P, "sanc": P},
        note="Stockholmsklausul med spårade ändringar: redovisningsmeningen är en w:ins-infogning (räknas), kravet på lagakraftvunnen dom är en w:del-borttagning (ignoreras), så hävningsrätten är present."),
    "ghent": V(
        "Icke-diskriminering och lika möjligheter",
        "{S} får vid utförandet av uppdraget inte tolerera någon form av diskriminering på grund av kön, ålder, funktionsnedsättning, sexuell läggning, civilstånd, förmögenhet, religion eller annan trosuppfattning, politisk åskådning, fackligt medlemskap, språk, hälsotillstånd, fysiska eller genetiska egenskaper, social härkomst, nationalitet, så kallad ras, hudfärg, härstamning eller nationellt eller etniskt ursprung.",
        "Tjänsten ska vara öppen och tillgänglig för alla brukare på lika villkor.",
        "{S} ska förebygga och motverka diskriminering och trakasserier på arbetsplatsen och ingripa när sådant förekommer.",
        "{S} ska respektera gällande lagstiftning om likabehandling och icke-diskriminering.",
        "{S} ska ålägga sina underleverantörer samma skyldigheter som följer av denna punkt.",
        c={"obl": P, "acc": P, "work": P, "flow": P}, grounds=GHENT,
        note="Gent-liknande klausul: ingen diskriminering på en uppräknad lista av grunder, tjänsten tillgänglig för alla, förebyggande på arbetsplatsen, respekt för likabehandlingslagstiftningen, krav på underleverantörer."),
    "sv_law7": V(
        "Diskriminering och aktiva åtgärder",
        "{S} ska under avtalstiden följa diskrimineringslagen (2008:567) och får inte diskriminera arbetstagare, arbetssökande eller brukare på grund av kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder.",
        "{S} ska bedriva ett målinriktat arbete med aktiva åtgärder för att förebygga diskriminering och främja lika rättigheter och möjligheter, och ha riktlinjer och rutiner för att förhindra trakasserier och sexuella trakasserier på arbetsplatsen.",
        "{S} ska på {Bs} begäran skriftligen redovisa hur arbetet med aktiva åtgärder bedrivs. Redovisningen ska lämnas senast tio arbetsdagar efter begäran. {B} har dessutom rätt att ta del av {Ss} dokumentation av de aktiva åtgärderna och att besöka arbetsplatser där uppdraget utförs för att kontrollera att denna punkt följs.",
        "Om {S} brister i åtagandena enligt denna punkt utgår vite med 50 000 kronor per tillfälle. Vitet påverkar inte {Bs} rätt att häva avtalet enligt de allmänna bestämmelserna om hävning.",
        c={"obl": P, "work": P, "rep": P, "rec": P, "sanc": P}, grounds=SV7,
        note="diskrimineringslagens sju grunder, aktiva åtgärder och rutiner mot trakasserier (workplace), redovisning på begäran inom tio arbetsdagar, rätt att granska dokumentation och besöka arbetsplatser (records), vite; hävning endast via den allmänna hävningspunkten (generisk)."),
    "weak": V(
        "Likabehandling",
        "{S} bör i möjligaste mån följa gällande diskrimineringslagstiftning och sträva efter att ingen behandlas sämre på grund av kön, etnisk tillhörighet eller ålder.",
        "{B} kan begära att {S} beskriver sitt arbete med likabehandling.",
        "{S} bör så långt det är möjligt verka för en arbetsplats fri från trakasserier.",
        "Underleverantörer uppmanas att tillämpa motsvarande principer.",
        "{B} får häva avtalet om {S} genom lagakraftvunnen dom har dömts för diskriminering i samband med uppdraget.",
        c={"obl": W, "rep": W, "work": W, "flow": W, "term": W}, grounds=["sex", "ethnic_origin", "age"],
        note="försvagad: 'bör i möjligaste mån' och 'sträva efter' (åtagande och dess tre grunder weak), 'kan begära' utan skyldighet att svara (weak), 'bör så långt det är möjligt verka för' en arbetsplats fri från trakasserier (workplace weak), 'uppmanas' för underleverantörer (weak), hävning först efter lagakraftvunnen dom (weak)."),
    "negated": V(
        "Diskriminering",
        "{S} ska följa diskrimineringslagen (2008:567) vid utförandet av uppdraget.",
        "{S} är inte skyldig att redovisa vilka åtgärder som vidtagits enligt denna punkt.",
        "{S} ansvarar inte för att underleverantörer följer denna punkt, och brott mot punkten medför inte rätt till vite eller annan ersättning.",
        c={"obl": P}, neg="rep prime sanc",
        note="bindande åtagande, men redovisning, ansvar för underleverantörer och vite är uttryckligen undantagna (missing)."),
    "laws_list": V(
        "Lagar och förordningar",
        "{S} ska vid utförandet av uppdraget följa gällande lagar och förordningar, bland annat arbetsmiljölagen, skattelagstiftningen, miljöbalken och diskrimineringslagen.",
        c={"obl": W}, note="allmän lagefterlevnad som nämner diskrimineringslagen i en uppräkning: åtagandet weak."),
    "alone_term": V(
        "",
        "{B} har rätt att häva avtalet med omedelbar verkan om det framkommer att {S} vid utförandet av uppdraget har brutit mot diskrimineringslagen (2008:567).",
        c={"term": P, "obl": W},
        note="hävningsrätt knuten till brott mot diskrimineringslagen (present); själva åtagandet framgår bara indirekt (weak)."),
    "alone_report": V(
        "Uppföljning av likabehandlingsarbetet",
        "{S} ska på {Bs} begäran, senast inom två veckor, lämna en skriftlig redovisning av de åtgärder {S} vidtagit för att motverka diskriminering och främja lika rättigheter i sin verksamhet.",
        c={"rep": P, "obl": W},
        note="skriftlig redovisning på begäran om åtgärder mot diskriminering (present); åtagandet att inte diskriminera framgår bara indirekt (weak)."),
    "alone_access": V(
        "Tillgänglighet",
        "Tjänsten ska utformas och utföras så att den är tillgänglig för och kan användas av alla invånare på lika villkor, även av personer med funktionsnedsättning.",
        "Information till brukare ska på begäran kunna lämnas i alternativa format, till exempel lättläst svenska eller punktskrift.",
        c={"acc": P},
        note="tillgänglighet för alla på lika villkor (present); inget diskrimineringsåtagande, så grunderna räknas inte."),
    "annex_body": V(
        "Särskilda kontraktsvillkor om likabehandling",
        "{S} ska vid utförandet av uppdraget följa diskrimineringslagen (2008:567) och annan lagstiftning om likabehandling.",
        "{S} ska på begäran av {B} skriftligen redovisa vilka åtgärder som vidtagits för att uppfylla punkt 1.",
        "Kraven i punkterna 1 och 2 gäller även underleverantörer i alla led, och {S} ska se till att de förs vidare i varje underleverantörsavtal.",
        c={"obl": P, "rep": P, "flow": P},
        note="klausulen ligger i en bilaga sist i avtalet: bindande åtagande, redovisning på begäran, vidareföring till underleverantörer."),
    "xref_term": V(
        "",
        "Brott mot punkt 1 eller 2 i {annex_ad} utgör ett väsentligt avtalsbrott som ger {B} rätt att häva avtalet.",
        c={"term": P}, note="korsreferens: brott mot bilagans punkt 1 eller 2 ger hävningsrätt (present)."),
    "xref_vite": V(
        "",
        "Vid brott mot punkt {num_ad}.1 har {B} rätt till vite om 10 000 kronor för varje påbörjad vecka som bristen kvarstår.",
        c={"sanc": P}, note="korsreferens: vite vid brott mot diskrimineringspunkten (present), till skillnad från förseningsvitet."),
    "partial": V(
        "Icke-diskriminering i verksamheten",
        "{S} får inte vid rekrytering, arbetsledning eller i kontakten med brukare missgynna någon på grund av kön, etnisk tillhörighet eller funktionsnedsättning.",
        c={"obl": P}, grounds=["sex", "ethnic_origin", "disability"],
        note="bindande förbud med en partiell lista av grunder."),
}

HARD = {
    "pricing": V(
        "Icke-diskriminerande prissättning",
        "{S} ska tillämpa icke-diskriminerande prissättning, vilket innebär att {B} inte ska debiteras högre priser än andra offentliga kunder vid jämförbara volymer och villkor.",
        note="hard negative: 'icke-diskriminerande prissättning' är ett prisvillkor"),
    "mfn": V(
        "Mest gynnad kund",
        "Om {S} under avtalstiden erbjuder annan kund förmånligare villkor för motsvarande tjänster ska samma villkor utan dröjsmål erbjudas {B} från och med den dag de först tillämpades.",
        note="hard negative: mest gynnad kund-klausul"),
    "network": V(
        "Trafikhantering i nätet",
        "{S} ska hantera trafiken i nätet på ett icke-diskriminerande sätt och behandla all datatrafik lika oavsett avsändare, mottagare, innehåll eller tillämpning, med undantag för rimliga trafikstyrningsåtgärder enligt förordning (EU) 2015/2120.",
        note="hard negative: icke-diskriminerande trafikhantering i nät"),
    "technical": V(
        "Detektorer",
        "Detektorerna ska kunna diskriminera mellan cyklar och motorfordon med minst 98 procents säkerhet. Diskrimineringsnivån ska kunna ställas in från styrapparaten utan platsbesök.",
        note="hard negative: 'diskriminera' i teknisk betydelse"),
    "recital": V(
        "{Bs} åtagande för mänskliga rättigheter",
        "{auth} ska i all sin verksamhet verka för likabehandling och motverka diskriminering, i enlighet med fullmäktiges program för mänskliga rättigheter. Programmet anger inriktningen för {Bs} eget arbete.",
        note="hard negative: policyuttalande som endast binder myndigheten"),
    "authority_harassment": V(
        "Vistelse i {Bs} lokaler",
        "{B} har nolltolerans mot trakasserier och kränkande särbehandling av sina egna medarbetare. Anmälningar från {Bs} anställda hanteras enligt {Bs} interna rutin.",
        "{Sc}s personal ska anmäla sig i receptionen och bära passerkort väl synligt.",
        note="hard negative: myndighetens egen policy mot trakasserier"),
}


def front(ctx: dict, kind: str, rng) -> list[dict]:
    if kind == "tender":
        return [
            {"t": "title", "text": rng.choice(["Upphandlingsdokument", "Förfrågningsunderlag", "Inbjudan till anbudsgivning"])},
            {"t": "subtitle", "text": "{subj_title} – diarienummer {ref_no}".format_map(ctx)},
            {"t": "center", "text": "{auth}".format_map(ctx)},
            {"t": "center", "text": "Datum: {d1}".format_map(ctx)},
            {"t": "space", "h": 24},
            {"t": "left", "text": "Sista dag för anbudsinlämning är {d3}. Anbud lämnas via upphandlingssystemet. "
                                  "Underlaget består av Del A (administrativa föreskrifter), Del B (avtalsvillkor) och bilagor.".format_map(ctx)},
            {"t": "pagebreak"},
        ]
    title = rng.choice(["Avtal om {subj_title}", "Ramavtal – {subj_title}", "Tjänsteavtal avseende {subj_title}",
                        "Kontrakt: {subj_title}"]).format_map(ctx)
    return [
        {"t": "title", "text": title},
        {"t": "subtitle", "text": "Diarienummer {ref_no}".format_map(ctx)},
        {"t": "left", "text": "Parter", "bold": "", "after": 4},
        {"t": "left", "text": "{auth}, org.nr {auth_id}, {auth_addr}, nedan kallad {B}.".format_map(ctx), "after": 4},
        {"t": "left", "text": "{sup}, org.nr {sup_id}, {sup_addr}, (nedan kallad {S}).".format_map(ctx), "after": 4},
        {"t": "left", "text": "{B} och {S} benämns gemensamt Parterna och var för sig Part.".format_map(ctx), "after": 10},
    ] + ([{"t": "pagebreak"}] if rng.random() < 0.5 else [])


def signatures(ctx: dict) -> list[dict]:
    return [
        {"t": "left", "text": "Detta avtal har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.", "after": 6},
        {"t": "table", "borders": False, "header": False, "rows": [
            ["För {auth}".format_map(ctx), "För {sup}".format_map(ctx)],
            ["Ort och datum: __________", "Ort och datum: __________"],
            ["Underskrift: __________", "Underskrift: __________"],
            ["Namnförtydligande: {contact_b}".format_map(ctx), "Namnförtydligande: {contact_s}".format_map(ctx)]]},
    ]


REQ_TEMPLATES = [
    "{S} ska utföra {task} {freq} och dokumentera varje tillfälle i egenkontrollprogrammet.",
    "{taskc} ska ske enligt den arbetsbeskrivning som {B} godkänt vid uppstart.",
    "Brister i {task} ska rapporteras till {Bs} kontaktperson inom {hours} timmar tillsammans med vidtagna åtgärder.",
    "Utrustning som används för {task} ska vara ändamålsenlig och i gott skick. Defekt utrustning ska ersättas inom två arbetsdagar.",
    "Kvaliteten i {task} kontrolleras vid kvalitetsuppföljning varje månad. Vid ett resultat under {score} av 5 ska {S} inom fem arbetsdagar lämna en åtgärdsplan.",
    "Personal som ansvarar för {task} ska ha genomgått dokumenterad introduktion innan arbetet påbörjas.",
    "Dokumentation av {task} ska sparas i minst två år och visas upp för {B} på begäran.",
    "Om {task} inte kan utföras på grund av hinder på plats ska {S} komma överens med objektets kontaktperson om ny tid.",
]
FREQS = ["dagligen", "varje vecka", "två gånger per vecka", "en gång per månad", "vid varje besök",
         "före klockan 07.00 varje arbetsdag", "enligt objektsförteckningen", "varje kvartal"]
ANNEX_TITLES = {"spec": "Kravspecifikation", "prices": "Prisbilaga", "sla": "Kvalitetskrav och nyckeltal",
                "dpa": "Personuppgiftsbiträdesavtal (sammanfattning)"}


def spec_annex(ctx: dict, rng, n_req: int) -> list:
    paras: list = ["Kravspecifikationen beskriver de minimikrav som gäller för {subj}. Samtliga krav ska uppfyllas under hela avtalstiden.".format_map(ctx)]
    sec = 0
    for i in range(n_req):
        if i % 8 == 0:
            sec += 1
            paras.append(("h", f"{sec}. " + rng.choice(["Allmänna krav", "Utförande", "Egenkontroll", "Personal och kompetens",
                                                        "Arbetsmiljö och säkerhet", "Dokumentation", "Utrustning och material",
                                                        "Uppstart", "Servicenivåer", "Kommunikation"])))
        task = rng.choice(ctx["tasks"])
        d = dict(ctx, task=task, taskc=task[0].upper() + task[1:], freq=rng.choice(FREQS), hours=rng.choice([2, 4, 24, 48]),
                 score=rng.choice([3, 4]))
        paras.append(("np", f"K{sec}.{i % 8 + 1} " + rng.choice(REQ_TEMPLATES).format_map(d)))
    return paras


def price_annex(ctx: dict, rng) -> list:
    rows = [["Post", "Enhet", "Pris (kr)"]]
    for it in ctx["items"]:
        desc, _, unit = it.partition(" (")
        rows.append([desc, unit.rstrip(")") or "st", f"{rng.randint(12, 900)},{rng.randint(0, 99):02d}"])
    return ["Följande priser gäller under det första avtalsåret.", ("table", rows),
            "Samtliga priser anges exklusive mervärdesskatt."]


def sla_annex(ctx: dict, rng) -> list:
    rows = [["Nyckeltal", "Målvärde", "Mätmetod"]]
    for t in rng.sample(ctx["tasks"], 5):
        rows.append([t[0].upper() + t[1:], f"{rng.choice([95, 97, 98, 99])} %", rng.choice(["Månadsrapport", "Stickprov",
                                                                                         "Egenkontroll", "Brukarenkät"])])
    return ["Nyckeltalen gäller från och med att uppstartsperioden avslutats.", ("table", rows)]


def dpa_annex(ctx: dict, rng) -> list:
    return [T(["Uppgift", "Beskrivning"], ["Ändamål", "Behandling som krävs för {subj}"],
              ["Kategorier av registrerade", "Brukare, elever, {Bs} personal"],
              ["Typer av personuppgifter", "Namn, adress, kontaktuppgifter, uppgifter om insatser"],
              ["Lagring", "Raderas eller återlämnas när avtalet upphör"]),
            "{S} får inte anlita underbiträde utan {Bs} skriftliga godkännande."]


def extra_ctx(ctx: dict, rng, a: dict) -> None:
    ctx["Bs"] = ctx["B"] + "s"
    ctx["Ss"] = ctx["S"] + "s"

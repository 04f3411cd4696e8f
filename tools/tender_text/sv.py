"""Swedish tender samples (förfrågningsunderlag / upphandlingsdokument). All names are invented."""

from __future__ import annotations

from datetime import date

from .model import SE_GROUNDS, F, Tender, days_between, ratio

P, W, M = "present", "weak", "missing"

# ---------------------------------------------------------------------------------------------
# sv21 – cleaning, rich social content, several barriers, full anti-discrimination clause (PDF)
# ---------------------------------------------------------------------------------------------
SV21_NOTICE, SV21_DEADLINE = date(2025, 3, 4), date(2025, 3, 24)
SV21_DAYS = days_between(SV21_NOTICE, SV21_DEADLINE)  # 20

SV21 = """
= Upphandlingsdokument
== Lokalvård i Björkvikens kommuns förvaltningsbyggnader och skolor
~ Björkvikens kommun, Kommunledningsförvaltningen, Upphandlingsenheten
~ Diarienummer KS 2025/0142

# 1 Allmän information

## 1.1 Upphandlande myndighet
Björkvikens kommun (organisationsnummer 212000-4417) inbjuder härmed leverantörer att lämna anbud på lokalvård enligt
detta upphandlingsdokument. Ansvarig upphandlare är Elin Marklund. Alla frågor om upphandlingen ställs via
meddelandefunktionen i kommunens upphandlingsverktyg.

## 1.2 Uppdragets omfattning
Uppdraget omfattar daglig lokalvård, periodisk storstädning och fönsterputs i cirka 41 000 kvadratmeter golvyta
fördelade på 14 förvaltningsbyggnader och 6 skolor. Byggnaderna, städytorna och önskade frekvenser framgår av
bilaga 1, Objektsförteckning.

## 1.3 Avtalstid och uppskattat värde
Avtalet löper i två år från den 1 september 2025. Någon option på förlängning finns inte. Det uppskattade värdet av
kontraktet för hela avtalsperioden är 4 000 000 kronor exklusive mervärdesskatt.

## 1.4 Förfarande
Upphandlingen genomförs som ett öppet förfarande enligt lagen (2016:1145) om offentlig upphandling (LOU). Annonsen
skickades för publicering i Europeiska unionens officiella tidning den 4 mars 2025.

## 1.5 Tidplan
| Aktivitet | Datum |
| Annons skickad för publicering | 2025-03-04 |
| Sista dag för frågor | 2025-03-14 |
| Sista anbudsdag | 2025-03-24 |
| Beräknat tilldelningsbeslut | 2025-04-15 |
| Avtalsstart | 2025-09-01 |

Anbud ska ha kommit in till kommunen senast den 24 mars 2025 kl. 23.59. Anbud som kommer in för sent prövas inte.
Anbudet ska vara giltigt till och med den 30 september 2025.

## 1.6 Anbudets form och språk
Anbud lämnas elektroniskt via kommunens upphandlingsverktyg. Anbud som lämnas på annat sätt, till exempel per
e-post eller post, beaktas inte. Anbudet och samtliga bilagor ska vara skrivna på svenska. Intyg och andra bevis som
är utfärdade på ett annat språk ska åtföljas av en auktoriserad översättning till svenska.

## 1.7 Delkontrakt
Upphandlingen är inte uppdelad i delkontrakt. Anbud ska omfatta samtliga byggnader i bilaga 1.

## 1.8 Grundläggande principer
Kommunen behandlar alla leverantörer på ett likvärdigt och icke-diskriminerande sätt och genomför upphandlingen på
ett öppet sätt, i enlighet med principerna i 4 kap. 1 § LOU.

# 2 Kvalificering

## 2.1 Uteslutningsgrunder
Anbudsgivaren ska lämna en sanningsförsäkran om att det inte finns grund för uteslutning enligt 13 kap. LOU.
Kommunen kontrollerar att anbudsgivaren har betalat skatter och socialförsäkringsavgifter.

## 2.2 Ekonomisk och finansiell ställning
Anbudsgivaren ska ha haft en årsomsättning om minst 12 000 000 kronor under det senast avslutade räkenskapsåret.
Anbudsgivaren ska dessutom ha en kreditvärdighet motsvarande lägst riskklass 3 enligt ett etablerat
kreditupplysningsföretag eller visa likvärdig ekonomisk stabilitet på annat sätt.

Anbudsgivaren ska inneha en ansvarsförsäkring med ett försäkringsbelopp om minst 3 000 000 kronor per
skadetillfälle. Försäkringsbevis lämnas senast vid avtalsstart.

## 2.3 Teknisk och yrkesmässig kapacitet
Anbudsgivaren ska ha erfarenhet av lokalvård åt svenska kommuner. Erfarenheten ska styrkas med minst två
referensuppdrag som anbudsgivaren har utfört åt en svensk kommun under de senaste tre åren, vart och ett med en
städyta om minst 10 000 kvadratmeter.

Anbudsgivaren ska ha ett dokumenterat kvalitetsledningssystem, till exempel certifierat enligt ISO 9001 eller
likvärdigt.

# 3 Kravspecifikation i sammandrag

## 3.1 Kvalitet
Städningen ska utföras så att kvalitetsnivå 3 enligt INSTA 800 eller likvärdig metod för kvalitetsmätning uppnås vid
varje kontroll. Leverantören ska bedriva egenkontroll och redovisa resultatet månadsvis.

## 3.2 Kemikalier och utrustning
Rengöringsmedel ska vara märkta med Svanen eller EU Ecolabel, eller uppfylla likvärdiga miljökrav. Maskiner ska vara
batteridrivna där det är tekniskt möjligt.

## 3.3 Tillgänglighet
Krav på tillgänglighet för personer med funktionsnedsättning har inte tagits med i kravspecifikationen. Skälet är att
uppdraget avser städning av befintliga lokaler och inte omfattar utformning av lokaler, information eller tjänster som
riktar sig till allmänheten; lokalernas tillgänglighet regleras i kommunens fastighetsavtal.

# 4 Utvärdering och tilldelning

## 4.1 Tilldelningsgrund
Kontraktet tilldelas den anbudsgivare vars anbud har det bästa förhållandet mellan pris och kvalitet. Anbuden
utvärderas enligt följande kriterier och vikter.

| Kriterium | Vikt |
| Pris | 50 % |
| Kvalitet – arbetsmetod och egenkontroll | 35 % |
| Sociala hänsyn | 15 % |

## 4.2 Sociala hänsyn
Kriteriet sociala hänsyn viktas med 15 procent av den totala poängen och består av två delkriterier:

a) Plan för sysselsättning och praktik (10 procent): anbudsgivarens konkreta plan för hur kraven i punkterna 5.1 och
  5.2 ska uppfyllas, inklusive samarbete med kommunens arbetsmarknadsenhet.
b) Certifiering (5 procent): anbudsgivare som innehar en tredjepartsgranskad certifiering av sitt arbete för
  jämställdhet och mångfald på nivån guld, eller en likvärdig certifiering, får full poäng på delkriteriet.

# 5 Särskilda kontraktsvillkor om sysselsättning och mångfald

## 5.1 Sysselsättning
Leverantören ska under avtalstiden anställa minst 3 personer som vid anställningens början har varit inskrivna som
arbetssökande hos Arbetsförmedlingen i minst tolv månader. Anställningarna ska avse arbete inom uppdraget och omfatta
minst 75 procent av heltid under minst sex månader.

## 5.2 Praktikplatser
Leverantören ska varje avtalsår erbjuda två praktikplatser inom uppdraget för elever från kommunens vuxenutbildning
eller från gymnasieskolans introduktionsprogram. Varje praktik ska omfatta minst åtta veckor och ske med handledare.

## 5.3 Mångfaldsplan
Leverantören ska senast tre månader efter avtalsstart lämna en plan för mångfald och jämställdhet för den personal som
utför uppdraget. Planen ska innehålla mål, aktiviteter och tidplan och uppdateras årligen.

## 5.4 Rekrytering
Leverantören ska säkerställa att de personer som rekryterar personal till uppdraget har genomgått utbildning i
kompetensbaserad rekrytering. Vid rekrytering till uppdraget ska leverantören använda anonymiserade
ansökningshandlingar i urvalets första steg.

## 5.5 Underleverantörer
Kommunen uppmuntrar leverantören att anlita sociala företag och små företag som underleverantörer i uppdraget,
till exempel för fönsterputs och textilvård.

## 5.6 Uppföljning
Åtagandena i avsnitt 5 och leverantörens plan enligt punkt 4.2 a blir avtalsvillkor. Uppfyllelsen följs upp med
nyckeltalen antal anställda enligt punkt 5.1, antal genomförda praktikveckor och genomförda aktiviteter i planen
enligt punkt 5.3. Leverantören ska kvartalsvis lämna en skriftlig rapport om nyckeltalen till kommunens
avtalsansvarige. Om ett åtagande inte uppfylls ska leverantören inom 30 dagar lämna en åtgärdsplan.

# 6 Avtalsvillkor (utdrag ur avtalsutkastet, bilaga 3)

## 6.1 Diskriminering
Leverantören ska vid utförandet av uppdraget följa vid varje tid gällande diskrimineringslagstiftning, särskilt
diskrimineringslagen (2008:567). Leverantören får inte diskriminera någon på grund av kön, könsöverskridande
identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell
läggning eller ålder.

## 6.2 Aktiva åtgärder och klagomål
Leverantören ska bedriva ett förebyggande och främjande arbete mot diskriminering och trakasserier på arbetsplatsen i
form av aktiva åtgärder enligt 3 kap. diskrimineringslagen.

Leverantören ska ha en skriftlig rutin för att ta emot och utreda klagomål om diskriminering, trakasserier och
sexuella trakasserier från anställda, från kommunens personal och från elever och besökare i lokalerna. Leverantören
ska informera sin personal om rutinen och om hur ett klagomål lämnas.

## 6.3 Redovisning
Leverantören ska på kommunens begäran inom en vecka skriftligen redovisa hur leverantören och dess underleverantörer
uppfyller kraven i punkterna 6.1 och 6.2.

## 6.4 Underleverantörer
Leverantören ska i avtal med underleverantörer som utför arbete inom uppdraget föra in villkor som motsvarar
punkterna 6.1–6.3. Leverantören ansvarar gentemot kommunen för att underleverantörerna fullgör dessa villkor.

## 6.5 Påföljder
Om leverantören eller en underleverantör bryter mot punkterna 6.1–6.4 har kommunen rätt till vite om 25 000 kronor
per överträdelse. Är överträdelsen väsentlig, eller vidtar leverantören inte rättelse inom 30 dagar efter skriftlig
anmaning, har kommunen rätt att häva avtalet.

Kommunen får anmäla misstänkta överträdelser av diskrimineringslagen till Diskrimineringsombudsmannen (DO).
Leverantören ska medverka i DO:s utredning och lämna de uppgifter som efterfrågas.

## 6.6 Granskning
Kommunen har rätt att själv eller genom en oberoende revisor granska att leverantören fullgör sina åtaganden enligt
avtalet.

## 6.7 Övriga villkor
Avtalet i övrigt följer kommunens allmänna villkor för tjänsteupphandling, bilaga 4. Betalning sker 30 dagar efter
godkänd faktura.
"""

SV21_F = [
    # original elements
    F("nondiscrimination.obligation", P, "6.1", "Leverantören ska vid utförandet av uppdraget följa vid varje tid gällande diskrimineringslagstiftning",
      "binding duty to follow the Discrimination Act (2008:567) and not to discriminate."),
    F("nondiscrimination.grounds", P, "6.1", "kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet",
      "the seven grounds of the Discrimination Act listed in the obligation."),
    F("nondiscrimination.workplace", P, "6.2", "förebyggande och främjande arbete mot diskriminering och trakasserier på arbetsplatsen",
      "active measures against discrimination and harassment at the workplace."),
    F("reporting.on_request", P, "6.3", "på kommunens begäran inom en vecka skriftligen redovisa",
      "written account within one week on request."),
    F("reporting.records_access", W, "6.6", "granska att leverantören fullgör sina åtaganden enligt avtalet",
      "only a generic audit of the whole contract; counts weak because the obligation is present."),
    F("flowdown.subcontractors", P, "6.4", "föra in villkor som motsvarar punkterna 6.1–6.3", "flow-down of 6.1–6.3."),
    F("flowdown.prime_responsible", P, "6.4", "ansvarar gentemot kommunen för att underleverantörerna fullgör dessa villkor",
      "supplier answers for subcontractors' compliance."),
    F("termination.right", P, "6.5", "har kommunen rätt att häva avtalet", "termination for (material / unremedied) breach of 6.1–6.4."),
    F("termination.sanctions", P, "6.5", "rätt till vite om 25 000 kronor per överträdelse", "liquidated damages per breach of 6.1–6.4."),
    F("nondiscrimination.obligation", M, "1.8", "behandlar alla leverantörer på ett likvärdigt och icke-diskriminerande sätt",
      "hard negative: equal treatment of tenderers (LOU 4:1) binds the authority only."),
    # redress
    F("redress.complaints", P, "6.2", "skriftlig rutin för att ta emot och utreda klagomål om diskriminering",
      "binding complaints routine covering discrimination, for staff, municipal staff, pupils and visitors; staff to be informed."),
    F("redress.referral", P, "6.5", "anmäla misstänkta överträdelser av diskrimineringslagen till Diskrimineringsombudsmannen",
      "authority may report to DO; supplier must cooperate with DO's investigation."),
    # diversity
    F("diversity.award_weighting", P, "4.2", "Kriteriet sociala hänsyn viktas med 15 procent av den totala poängen",
      "social criterion weighted 15 % (table in 4.1: price 50 %, quality 35 %, social 15 %); 15 >= 10.",
      {"weight_percent": 15}),
    F("diversity.employment_target", P, "5.1", "anställa minst 3 personer som vid anställningens början har varit inskrivna som arbetssökande",
      "contract condition: at least 3 long-term unemployed (12 months or more at Arbetsförmedlingen) hired.", {"count": 3}),
    F("diversity.apprentices", P, "5.2", "varje avtalsår erbjuda två praktikplatser inom uppdraget",
      "contract condition: two work placements per contract year.", {"count": 2}),
    F("diversity.strategy", P, "5.3", "lämna en plan för mångfald och jämställdhet för den personal som utför uppdraget",
      "diversity and equality plan required within three months."),
    F("diversity.hr_practices", P, "5.4", "använda anonymiserade ansökningshandlingar i urvalets första steg",
      "recruiter training and anonymised applications required."),
    F("diversity.certification", P, "4.2", "certifiering av sitt arbete för jämställdhet och mångfald på nivån guld",
      "rewarded (sub-criterion b, 5 %): third-party equality and diversity certification at level 'guld' (as written; = gold) or equivalent.",
      {"level": "guld"}),
    F("diversity.supplier_participation", W, "5.5", "Kommunen uppmuntrar leverantören att anlita sociala företag och små företag",
      "only encouraged, no goal or plan."),
    F("diversity.contractual", P, "5.6", "blir avtalsvillkor", "commitments become contract terms, KPIs, quarterly written report, remedial plan."),
    F("accessibility.specification", P, "3.3", "Krav på tillgänglighet för personer med funktionsnedsättning har inte tagits med",
      "omission justified: cleaning of existing premises, nothing designed for the public; accessibility of premises governed elsewhere."),
    # barriers
    F("barrier.turnover", P, "2.2", "årsomsättning om minst 12 000 000 kronor",
      "turnover 12 000 000 kr / estimated value 4 000 000 kr (section 1.3) = 3.00 > 2; no reason given.",
      {"turnover": 12000000, "contract_value": 4000000, "currency": "SEK", "ratio": ratio(12e6, 4e6)}),
    F("barrier.company_age", M, "2.3", "under de senaste tre åren",
      "hard negative: references from the last three years are not a company-age requirement."),
    F("barrier.prior_contracts", P, "2.3", "ska ha erfarenhet av lokalvård åt svenska kommuner",
      "experience with Swedish municipalities required (references must be from a Swedish municipality)."),
    F("barrier.no_lots", P, "1.7", "Upphandlingen är inte uppdelad i delkontrakt.", "no lots and no reason given."),
    F("barrier.insurance", M, "2.2", "försäkringsbelopp om minst 3 000 000 kronor",
      "liability insurance 3 000 000 kr <= contract value 4 000 000 kr: proportionate."),
    F("barrier.language", P, "1.6", "Anbudet och samtliga bilagor ska vara skrivna på svenska",
      "Swedish only, and authorised translations of all foreign certificates."),
    F("barrier.deadline", P, "1.5", "senast den 24 mars 2025",
      f"open procedure, notice dispatched 2025-03-04 (section 1.4), deadline 2025-03-24: {SV21_DAYS} days < 30 (electronic submission stated in 1.6).",
      {"days": SV21_DAYS, "minimum_days": 30}),
    F("barrier.brand_names", M, "3.1", "INSTA 800 eller likvärdig metod", "standard and labels (section 3.2) each carry 'eller likvärdig(a)'."),
    F("barrier.price_only", M, "4.1", "bästa förhållandet mellan pris och kvalitet", "best price-quality ratio."),
]

SV21_T = Tender(
    "sv21_forfragningsunderlag_lokalvard_sociala_krav.pdf", "sv", SV21, SV21_F, grounds=SE_GROUNDS,
    header=("Björkvikens kommun – Upphandlingsdokument lokalvård", "Dnr KS 2025/0142"), footer="Sida {n} av {N}",
    author="Björkvikens kommun, Upphandlingsenheten",
    what="Cleaning tender rich in social criteria: social value 15 % (with a 'guld' certification sub-criterion), 3 "
         "long-term unemployed, 2 placements, diversity plan, anonymised recruitment, KPIs + quarterly report; complaints "
         "routine and referral to DO; full anti-discrimination clause (7 grounds). Barriers: turnover 3x, Swedish "
         "municipalities' experience, no lots, Swedish only, 20-day deadline; omission of accessibility justified.",
)

# ---------------------------------------------------------------------------------------------
# sv22 – network switches, lowest price, brand name, cap, below threshold (DOCX with table)
# ---------------------------------------------------------------------------------------------
SV22_NOTICE, SV22_DEADLINE = date(2025, 4, 7), date(2025, 4, 14)
SV22_DAYS = days_between(SV22_NOTICE, SV22_DEADLINE)  # 7

SV22 = """
= Upphandlingsdokument
== Nätverksswitchar med installation till Sjöhagens kommuns grundskolor
~ Sjöhagens kommun, Utbildningsförvaltningen – Dnr UF 2025/031

# 1 Inbjudan och förutsättningar

## 1.1 Inbjudan
Sjöhagens kommun, utbildningsförvaltningen, inbjuder leverantörer att lämna anbud på leverans och installation av
nätverksswitchar till kommunens elva grundskolor. Utrustningen ersätter switchar som har nått slutet av sin livslängd.

## 1.2 Upphandlingsform och värde
Upphandlingen genomförs som ett förenklat förfarande enligt 19 kap. lagen (2016:1145) om offentlig upphandling,
eftersom värdet understiger tröskelvärdet. Det uppskattade värdet av kontraktet är 2 miljoner kr exklusive moms.

## 1.3 Tidplan
Upphandlingen annonserades i en registrerad annonsdatabas den 7 april 2025. Sista dag för att lämna anbud är den
14 april 2025 kl. 23.59. Frågor ska ställas senast den 10 april 2025 och besvaras senast dagen därpå.

## 1.4 Anbudsinlämning och språk
Anbud lämnas elektroniskt via kommunens upphandlingsverktyg. Anbud och bilagor ska vara skrivna på svenska eller
engelska.

## 1.5 Delkontrakt
Upphandlingen är inte uppdelad i delkontrakt.

## 1.6 Likabehandling
Samtliga anbudsgivare behandlas lika och utan diskriminering. Upplysningar som lämnas till en anbudsgivare lämnas
samtidigt till alla.

## 1.7 Upphandlingsdokumentets delar
Upphandlingsdokumentet består av detta dokument, bilaga 1 Teknisk specifikation, bilaga 2 Prisbilaga och bilaga 3
Avtalsutkast. Vid motstridigheter gäller avtalsutkastet före övriga handlingar.

## 1.8 Anbudets innehåll och giltighet
Anbudet ska innehålla ifylld prisbilaga, produktblad för de erbjudna switcharna, en beskrivning av hur installationen
ska genomföras samt uppgifter om kontaktperson. Anbudet ska vara giltigt i 60 dagar från sista anbudsdag. Anbud som
är ofullständiga eller innehåller reservationer kan komma att förkastas.

# 2 Krav på anbudsgivaren

## 2.1 Registrering
Anbudsgivaren ska vara registrerad i aktiebolagsregistret, handelsregistret eller motsvarande register i det land där
anbudsgivaren är etablerad.

## 2.2 Ekonomisk ställning
Anbudsgivaren ska ha haft en årlig omsättning om minst 3 miljoner kr under det senast avslutade räkenskapsåret.

## 2.3 Verksamhetstid
Anbudsgivaren ska ha bedrivit verksamhet inom försäljning och installation av nätverksutrustning i minst 3 år räknat
från sista anbudsdag.

## 2.4 Referenser
Anbudsgivaren ska lämna två referenser från leveranser av motsvarande omfattning som har utförts under de senaste
tre åren.

## 2.5 Kontroll av uteslutningsgrunder
Kommunen kontrollerar att anbudsgivaren inte har skulder för skatter eller socialförsäkringsavgifter och inte är i
konkurs eller likvidation. Kontrollen görs hos Skatteverket och Bolagsverket eller motsvarande myndighet i det land
där anbudsgivaren är etablerad.

# 3 Kravspecifikation

## 3.1 Switchar
Switcharna ska vara Cisco Catalyst 9200 med 48 portar och PoE+, så att de kan hanteras i kommunens befintliga
nätverksmiljö. Varje switch ska levereras med två upplänkar om 10 Gbit/s.

## 3.2 Installation och dokumentation
Installationen ska utföras under skolornas lov enligt en tidplan som bestäms tillsammans med kommunen. Varje switch
ska monteras i befintligt teknikskåp, märkas enligt kommunens märkningsstandard och konfigureras med de VLAN och den
adressplan som kommunen tillhandahåller. Leverantören ska före installation genomföra ett pilotbyte på en skola och
få det godkänt av kommunens nätverkstekniker. Dokumentationen ska levereras i PDF-format eller likvärdigt öppet
format och omfatta portlistor, konfigurationsfiler och ritningar över varje teknikskåp.

## 3.3 Drift, säkerhet och miljö
Switcharna ska kunna hanteras centralt, stödja SNMPv3 eller likvärdigt protokoll för säker övervakning och krypterad
fjärradministration samt kunna uppdateras utan
att hela nätet behöver tas ur drift. Leverantören ska ta emot de switchar som byts ut och lämna dem till återvinning
eller återanvändning och redovisa hur det har skett.

## 3.4 Administrationsgränssnitt
Det webbaserade administrationsgränssnittet bör i möjligaste mån uppfylla tillgänglighetskraven i EN 301 549 eller
motsvarande standard.

## 3.5 Prisbilaga
Anbudsgivaren ska fylla i nedanstående prisbilaga. Samtliga priser anges i svenska kronor exklusive moms.

| Pos. | Artikel | Antal | Á-pris (kr) | Summa (kr) |
| 1 | Switch, 48 portar, PoE+ | 120 | | |
| 2 | Installation och konfiguration per switch | 120 | | |
| 3 | Dokumentation och överlämning | 1 | | |
| 4 | Support och programvaruuppdateringar, 36 månader | 1 | | |
| | Totalt utvärderingspris | | | |

# 4 Utvärdering och tilldelning

## 4.1 Tilldelningsgrund
Kontraktet tilldelas den anbudsgivare som har lämnat det anbud som har lägsta pris. Utvärderingspriset är summan av
samtliga positioner i prisbilagan. Om två eller flera anbud har samma utvärderingspris avgörs tilldelningen genom
lottning i närvaro av en person som inte har deltagit i upphandlingen.

## 4.2 Tilldelningsbeslut och avtalsspärr
Tilldelningsbeslut skickas elektroniskt till samtliga anbudsgivare. Avtal får tecknas tidigast tio dagar efter att
beslutet har skickats. Anbud blir allmänna handlingar när tilldelningsbeslutet har fattats; anbudsgivaren ska i
anbudet ange vilka uppgifter den anser omfattas av sekretess och skälen för det.

# 5 Underleverantörer
Anbudsgivaren får anlita underleverantörer för installationen. Högst 30 % av kontraktets värde får utföras av
underleverantörer. Anbudsgivaren ansvarar för underleverantörers arbete såsom för sitt eget.

# 6 Avtalsvillkor

## 6.1 Leverans och vite
Leverans ska ske senast åtta veckor efter att avtalet har tecknats. Vid försenad leverans utgår vite med en procent
av ordervärdet per påbörjad vecka, dock högst tio procent.

## 6.2 Garanti och betalning
Garantitiden är 36 månader från godkänd installation. Betalning sker 30 dagar efter godkänd faktura.

## 6.3 Försäkring
Leverantören ska ha en ansvarsförsäkring som täcker skador som kan uppkomma i samband med installationen.

## 6.4 Hävning
Kommunen har rätt att häva avtalet om leverantören i väsentligt avseende bryter mot avtalet och inte vidtar rättelse
inom 30 dagar efter skriftlig anmaning.

## 6.5 Priser och fakturering
Priserna är fasta under hela avtalstiden. Fakturering sker efter godkänd installation per skola och ska ske
elektroniskt enligt standarden Peppol BIS Billing 3 eller likvärdigt format.

## 6.6 Tvist
Tvist med anledning av avtalet ska i första hand lösas genom förhandling. Kan parterna inte enas ska tvisten avgöras
av allmän domstol med tillämpning av svensk rätt.

## 6.7 Ansvar och överlämning
Leverantören ansvarar för skador som leverantören eller dess personal orsakar på kommunens egendom vid installationen.
Leverantörens ansvar för indirekta skador är begränsat till ett belopp som motsvarar kontraktets värde, utom vid grov
vårdslöshet eller uppsåt. Efter avslutad installation ska leverantören hålla en halvdags överlämning för kommunens
nätverkstekniker där konfiguration, övervakning och rutiner för uppdateringar gås igenom.
"""

SV22_F = [
    F("nondiscrimination.obligation", M, "1.6", "Samtliga anbudsgivare behandlas lika och utan diskriminering",
      "hard negative: equal treatment of tenderers; no supplier obligation anywhere, so the generic subcontractor (5) and "
      "termination (section 6.4) clauses stay missing."),
    F("accessibility.specification", W, "3.4", "bör i möjligaste mån uppfylla tillgänglighetskraven i EN 301 549",
      "accessibility only 'bör i möjligaste mån'."),
    F("barrier.turnover", M, "2.2", "årlig omsättning om minst 3 miljoner kr",
      "turnover 3 miljoner kr / value 2 miljoner kr (section 1.2) = 1.50 <= 2."),
    F("barrier.company_age", P, "2.3", "ska ha bedrivit verksamhet inom försäljning och installation av nätverksutrustning i minst 3 år",
      "at least 3 years in business required.", {"years": 3}),
    F("barrier.no_lots", P, "1.5", "Upphandlingen är inte uppdelad i delkontrakt.", "no lots, no reason."),
    F("barrier.language", M, "1.4", "skrivna på svenska eller engelska", "Swedish or English accepted."),
    F("barrier.deadline", W, "1.3", "Sista dag för att lämna anbud är den",
      f"below-threshold simplified procedure (section 1.2): published 2025-04-07, deadline 2025-04-14 = {SV22_DAYS} days < 10.",
      {"days": SV22_DAYS, "minimum_days": 10}),
    F("barrier.brand_names", P, "3.1", "Switcharna ska vara Cisco Catalyst 9200",
      "make and model required without 'eller likvärdigt' (3.2 and 3.3 do carry equivalence).",
      {"names": ["Cisco Catalyst 9200"]}),
    F("barrier.subcontracting_cap", P, "5", "Högst 30 % av kontraktets värde får utföras av",
      "abstract cap on subcontracting.", {"percent": 30}),
    F("barrier.price_only", P, "4.1", "det anbud som har lägsta pris", "lowest price only."),
    F("diversity.award_weighting", M, "4.1", "lägsta pris", "no social criterion (price only)."),
]

SV22_T = Tender(
    "sv22_upphandlingsdokument_natverksutrustning_lagsta_pris.docx", "sv", SV22, SV22_F,
    header=("Sjöhagens kommun", "Upphandlingsdokument UF 2025/031"), footer="Sida {n} av {N}",
    author="Sjöhagens kommun",
    what="Below-threshold goods tender, lowest price only, no diversity content: Cisco model without 'eller likvärdigt', "
         "30 % subcontracting cap, 3 years in business, no lots without reason, 7-day deadline (weak: below threshold), "
         "turnover 1.5x (not a barrier), accessibility only 'bör i möjligaste mån'; price table.",
)

# ---------------------------------------------------------------------------------------------
# sv23 – school transport: encouraged / weak social content, laws list, reasons given (TXT)
# ---------------------------------------------------------------------------------------------
SV23_NOTICE, SV23_DEADLINE = date(2025, 5, 7), date(2025, 6, 16)
SV23_DAYS = days_between(SV23_NOTICE, SV23_DEADLINE)  # 40

SV23 = """
= Förfrågningsunderlag – Skolskjutstrafik 2025–2028
~ Lövsta kommun, Barn- och utbildningsförvaltningen. Diarienummer BUN 2025/77.

# 1 Inledning

## 1.1 Upphandlande myndighet och uppdrag
Lövsta kommun upphandlar skolskjutstrafik för cirka 420 elever i förskoleklass till årskurs 9. Uppdraget omfattar
morgon- och eftermiddagsturer enligt bilaga A, Turlista, samt anpassade resor för elever med särskilda behov.

## 1.2 Avtalstid och värde
Avtalet gäller i tre år från den 1 augusti 2025. Det uppskattade värdet av kontraktet är 5 000 000 kr för hela
avtalstiden.

## 1.3 Förfarande och tidplan
Upphandlingen genomförs som ett öppet förfarande enligt lagen (2016:1145) om offentlig upphandling. Annonsen skickades
för publicering den 7 maj 2025. Anbud ska ha kommit in senast den 16 juni 2025. Anbud lämnas elektroniskt via
kommunens upphandlingsverktyg.

## 1.4 Språk
Anbud ska vara skrivna på svenska.

## 1.5 Frågor och anbudets innehåll
Frågor om upphandlingen ställs skriftligen i upphandlingsverktyget senast tio dagar före sista anbudsdag. Svar
publiceras för alla anbudsgivare. Anbudet ska innehålla ifylld anbudsblankett, prisbilaga, en förteckning över de
fordon som ska användas och en beskrivning av hur trafiken planeras. Anbudet ska vara giltigt till och med den
31 oktober 2025.

## 1.6 Delkontrakt
Upphandlingen är inte uppdelad i delkontrakt eftersom kommunens skolskjutsturer planeras i ett sammanhängande
linjenät där samma fordon och förare används för flera skolor samma morgon. En uppdelning skulle leda till fler
fordon i trafik och längre restider för eleverna.

# 2 Kvalificering

## 2.1 Ekonomisk ställning
Anbudsgivaren ska ha en årsomsättning om minst 15 000 000 kr. Kravet överstiger två gånger kontraktets uppskattade
värde. Det motiveras av att leverantören före avtalsstart ska anskaffa minst sex nya fordon som är anpassade för
rullstol, en investering som kommunen bedömer till cirka 9 miljoner kr, och därefter bära fordonskostnaderna under
avtalstiden.

## 2.2 Försäkringar
Anbudsgivaren ska ha trafikförsäkring för samtliga fordon samt en ansvarsförsäkring med ett försäkringsbelopp om minst
50 000 000 kr per skada.

## 2.3 Tillstånd och referenser
Anbudsgivaren ska ha tillstånd för yrkesmässig trafik. Anbudsgivaren ska lämna två referenser avseende
persontransporter som har utförts under de senaste tre åren.

# 3 Krav på fordon och förare

## 3.1 Fordon
Fordonen ska uppfylla avgaskrav enligt Euro VI eller ha likvärdig miljöprestanda. Fordonen får inte vara äldre än
åtta år under avtalstiden.

## 3.2 Tillgänglighet
Minst två av fordonen ska vara utrustade med ramp eller lift och ha platser för rullstol med godkänd fastspänning.
Samtliga fordon ska ha hållplatsutrop och skyltning som är läsbar för elever med synnedsättning.

## 3.3 Förare
Förarna ska ha genomgått utbildning i bemötande av barn och av elever med funktionsnedsättning. Förarna ska kunna
kommunicera med elever och skolpersonal på svenska. Leverantören ska innan en förare börjar köra skolskjuts
kontrollera utdrag ur belastningsregistret i enlighet med gällande lag.

## 3.4 Trafikplanering
Restiden för en elev får inte överstiga 45 minuter per enkel resa, och eleverna får inte behöva vänta mer än tio
minuter på skolan före skoldagens början. Leverantören ska planera turerna efter skolornas läsårstider och anpassa dem
när en elev flyttar eller får nya behov. Förändringar i turlistan meddelas av kommunens skolskjutssamordnare senast
fem arbetsdagar innan de ska gälla.

## 3.5 Säkerhet
Samtliga fordon ska ha bälte på varje sittplats och alkolås. Barn som är kortare än 135 centimeter ska erbjudas
bälteskudde eller bilbarnstol. Leverantören ska ha en beredskapsplan för olyckor och väderstörningar.

# 4 Utvärdering
Tilldelningsgrund är bästa förhållandet mellan pris och kvalitet. Pris viktas 60 procent och kvalitet, det vill säga
trafikplanering och fordonspark, 40 procent. Vid utvärderingen kommer även anbudsgivarens sociala hänsyn att beaktas,
till exempel om anbudsgivaren erbjuder praktikplatser eller anställning för personer som står långt från
arbetsmarknaden. Erfarenhet av skolskjutsuppdrag åt offentliga beställare ger poäng under kvalitetskriteriet.

Kvalitetskriteriet bedöms på en skala från 0 till 5 poäng, där 5 poäng ges för en trafikplan som är realistisk, håller
restiderna i punkt 3.4 med god marginal och visar hur reservfordon sätts in vid störningar. Pris och poäng vägs samman
till ett jämförelsetal enligt bilaga C.

# 5 Sociala hänsyn

## 5.1 Sysselsättning och praktik
Kommunen ser positivt på om leverantören under avtalstiden erbjuder anställning åt personer som står långt från
arbetsmarknaden och praktikplatser för elever från fordonsprogrammet. Leverantören bör i mån av möjlighet samarbeta
med kommunens arbetsmarknadsenhet.

## 5.2 Mångfald och certifiering
Anbudsgivaren uppmuntras att ha en mångfaldsplan för sin verksamhet och att låta certifiera sitt
jämställdhetsarbete. Certifiering är inget krav och ger inte poäng.

## 5.3 Små företag och sociala företag
Leverantören ska senast två månader efter avtalsstart lämna en plan för hur små och medelstora företag samt sociala
företag ska få möjlighet att delta som underleverantörer, till exempel för reservkörningar och fordonstvätt.
Leverantören ska dokumentera vilka sådana företag som har tillfrågats och varför ett samarbete i förekommande fall
inte kom till stånd. Planen blir en del av avtalet.

## 5.4 Klagomål
Leverantören bör ha en rutin för hur elever och vårdnadshavare kan framföra klagomål om diskriminering eller annan
kränkande behandling i samband med skolskjutsen.

# 6 Avtalsvillkor i sammandrag

## 6.1 Lagar och förordningar
Leverantören ska följa gällande lagar och förordningar, bland annat arbetsmiljölagen, yrkestrafiklagen och
diskrimineringslagen. Kommunen kan underrätta behörig myndighet om den får kännedom om att leverantören inte följer
diskrimineringslagen.

## 6.2 Underleverantörer
Leverantören ansvarar för underleverantörers arbete såsom för sitt eget. Villkoren i detta avtal ska gälla även för
underleverantörer.

## 6.3 Förseningar
Om en tur blir mer än 15 minuter försenad utgår vite med 2 000 kr per tur.

## 6.4 Hävning
Kommunen har rätt att häva avtalet om leverantören i väsentligt avseende bryter mot avtalet.

## 6.5 Ersättning och prisjustering
Ersättning betalas per kilometer och per tur enligt prisbilagan. Priserna justeras en gång per år med förändringen
av ett branschindex för busstrafik enligt bilaga C. Betalning sker 30 dagar efter godkänd faktura.

## 6.6 Tilldelning och avtalsspärr
Tilldelningsbeslut skickas elektroniskt till samtliga anbudsgivare. Avtal får tecknas tidigast tio dagar efter att
beslutet har skickats.

## 6.7 Samverkan och tvister
Leverantören och kommunen ska hålla samverkansmöten minst två gånger per termin, där trafikens funktion, elevernas
synpunkter och planerade förändringar gås igenom. Tvister som inte kan lösas genom förhandling avgörs av allmän domstol
med tillämpning av svensk rätt.
"""

SV23_F = [
    F("nondiscrimination.obligation", W, "6.1", "bland annat arbetsmiljölagen, yrkestrafiklagen och diskrimineringslagen",
      "only a 'follow all laws, including the Discrimination Act' list."),
    F("flowdown.subcontractors", W, "6.2", "Villkoren i detta avtal ska gälla även för underleverantörer",
      "generic flow-down of all terms; weak because the obligation is weak."),
    F("flowdown.prime_responsible", W, "6.2", "ansvarar för underleverantörers arbete såsom för sitt eget",
      "generic responsibility for subcontractors; weak because the obligation is weak."),
    F("termination.right", W, "6.4", "häva avtalet om leverantören i väsentligt avseende bryter mot avtalet",
      "generic termination for material breach; weak because the obligation is weak."),
    F("termination.sanctions", M, "6.3", "vite med 2 000 kr per tur", "delay penalty only, not a sanction for any breach."),
    F("nondiscrimination.accessibility", M, "3.2", "Minst två av fordonen ska vara utrustade med ramp eller lift",
      "a technical vehicle requirement, not an equal-terms service obligation (counted under accessibility.specification)."),
    F("redress.complaints", W, "5.4", "bör ha en rutin för hur elever och vårdnadshavare kan framföra klagomål om diskriminering",
      "non-binding ('bör')."),
    F("redress.referral", W, "6.1", "underrätta behörig myndighet", "only 'behörig myndighet', no equality body named."),
    F("diversity.award_weighting", W, "4", "kommer även anbudsgivarens sociala hänsyn att beaktas",
      "social considerations only 'beaktas', no weight (price 60 % + quality 40 % = 100 %)."),
    F("diversity.employment_target", W, "5.1", "erbjuder anställning åt personer som står långt från",
      "no number; 'ser positivt på', 'bör' (and only 'beaktas' in 4)."),
    F("diversity.apprentices", W, "5.1", "praktikplatser för elever från fordonsprogrammet", "no number; encouraged only."),
    F("diversity.strategy", W, "5.2", "uppmuntras att ha en mångfaldsplan", "encouraged only."),
    F("diversity.certification", W, "5.2", "låta certifiera sitt jämställdhetsarbete", "encouraged; expressly neither required nor scored."),
    F("diversity.supplier_participation", P, "5.3", "lämna en plan för hur små och medelstora företag samt sociala företag",
      "required SME / social-enterprise participation plan with documentation of firms approached (good-faith efforts); no percentage."),
    F("diversity.contractual", W, "5.3", "Planen blir en del av avtalet.", "binding, but no KPIs or reporting."),
    F("accessibility.specification", P, "3.2", "ramp eller lift och ha platser för rullstol",
      "wheelchair ramp/lift, stop announcements and legible signs required."),
    F("barrier.turnover", W, "2.1", "årsomsättning om minst 15 000 000 kr",
      "turnover 15 000 000 kr / value 5 000 000 kr (section 1.2) = 3.00 > 2, but a reason is given (vehicle investment).",
      {"turnover": 15000000, "contract_value": 5000000, "currency": "SEK", "ratio": ratio(15e6, 5e6)}),
    F("barrier.insurance", P, "2.2", "ansvarsförsäkring med ett försäkringsbelopp om minst 50 000 000 kr",
      "insurance 50 000 000 kr = 10x the contract value of 5 000 000 kr (> value).",
      {"insurance": 50000000, "contract_value": 5000000}),
    F("barrier.company_age", M, "2.3", "under de senaste tre åren", "hard negative: references from the last three years."),
    F("barrier.prior_contracts", W, "4", "Erfarenhet av skolskjutsuppdrag åt offentliga beställare ger poäng",
      "public-sector experience scored, not required."),
    F("barrier.no_lots", M, "1.6", "inte uppdelad i delkontrakt eftersom", "no lots, but a reason is given."),
    F("barrier.language", P, "1.4", "Anbud ska vara skrivna på svenska.", "tenders in Swedish only."),
    F("barrier.deadline", M, "1.3", "Anbud ska ha kommit in senast den 16 juni 2025",
      f"open procedure, notice 2025-05-07, deadline 2025-06-16 = {SV23_DAYS} days >= 30 (electronic)."),
    F("barrier.brand_names", M, "3.1", "Euro VI eller ha likvärdig miljöprestanda", "standard with equivalence."),
    F("barrier.price_only", M, "4", "bästa förhållandet mellan pris och kvalitet", "price 60 %, quality 40 %."),
]

SV23_T = Tender(
    "sv23_forfragningsunderlag_skolskjuts_uppmuntran.txt", "sv", SV23, SV23_F,
    opts={"wrap": 78, "underline": True},
    what="School-transport tender with mostly weak social content (social value only 'beaktas' without weight, 'bör', "
         "'uppmuntras', certification not scored) but a required SME / social-enterprise plan; laws list makes the "
         "obligation weak; turnover 3x with a reason (weak), insurance 10x value, public-sector experience scored "
         "(weak), no lots with a reason, Swedish only, 40-day deadline; wheelchair-accessible vehicles required.",
)

# ---------------------------------------------------------------------------------------------
# sv24 – street lighting, clean negative (MD)
# ---------------------------------------------------------------------------------------------
SV24_NOTICE, SV24_DEADLINE = date(2025, 8, 18), date(2025, 9, 29)
SV24_DAYS = days_between(SV24_NOTICE, SV24_DEADLINE)  # 42

SV24 = """
= Förfrågningsunderlag: Drift och underhåll av gatu- och parkbelysning
~ Hamnstads kommun, Stadsbyggnadsförvaltningen – Dnr SBF 2025/0318

# 1 Om upphandlingen

## 1.1 Uppdraget
Hamnstads kommun upphandlar drift och underhåll av kommunens cirka 18 500 belysningspunkter längs gator, gång- och
cykelvägar och i parker. Uppdraget omfattar felavhjälpning, gruppbyte av ljuskällor, stolpinspektioner och
utbyte av armaturer mot LED-armaturer.

## 1.2 Avtalstid och uppskattat värde
Avtalet gäller i fyra år från den 1 januari 2026. Det uppskattade värdet av upphandlingen är 50 000 000 kronor för
hela avtalstiden.

## 1.3 Delkontrakt
Upphandlingen är uppdelad i två delkontrakt. Anbud får lämnas på ett eller båda delkontrakten.

| Delkontrakt | Område | Uppskattat värde |
| 1 | Norra distriktet | 27 000 000 kronor |
| 2 | Södra distriktet | 23 000 000 kronor |

## 1.4 Förfarande och tidplan
Upphandlingen genomförs som ett öppet förfarande enligt LOU. Annonsen skickades för publicering den 18 augusti 2025
och sista anbudsdag är den 29 september 2025. Anbud lämnas elektroniskt via kommunens upphandlingsverktyg.

## 1.5 Språk
Anbud får lämnas på svenska, danska, norska eller engelska.

## 1.6 Principer
Upphandlingen genomförs med iakttagande av principerna om likabehandling, icke-diskriminering, öppenhet,
proportionalitet och ömsesidigt erkännande.

## 1.7 Frågor och anbudets innehåll
Frågor ställs i upphandlingsverktyget senast tio dagar före sista anbudsdag och besvaras så snart som möjligt.
Anbudet ska innehålla ifylld anbudsformulär, prisbilaga per delkontrakt, en organisations- och bemanningsplan och en
beskrivning av hur energibesparingen ska uppnås. Anbudet ska vara giltigt i fyra månader från sista anbudsdag.

## 1.8 Upphandlingsdokumentets delar
Upphandlingsdokumentet består av detta förfrågningsunderlag, bilaga 1 Teknisk beskrivning, bilaga 2 Anläggningsregister,
bilaga 3 Prisbilaga och bilaga 4 Kontraktsvillkor baserade på AB 04 med kommunens ändringar.

## 1.9 Platsbesök
Kommunen erbjuder ett frivilligt platsbesök den 2 september 2025, då anbudsgivare kan se styrsystemet för
belysningen och ett urval av anläggningarna. Anmälan görs i upphandlingsverktyget. Den som inte deltar missgynnas inte
i utvärderingen, och frågor som ställs vid besöket besvaras skriftligen till alla anbudsgivare.

# 2 Krav på anbudsgivaren

## 2.1 Ekonomisk ställning
Anbudsgivaren ska ha en årsomsättning om minst 10 000 000 kronor för varje delkontrakt som anbudet avser.

## 2.2 Försäkring
Leverantören ska ha en ansvarsförsäkring om 10 miljoner kronor per skadehändelse.

## 2.3 Erfarenhet
Anbudsgivaren ska redovisa två referensuppdrag avseende drift och underhåll av belysningsanläggningar som har
utförts under de senaste tre åren.

## 2.4 Kvalitets- och miljöledning
Anbudsgivaren ska ha ett kvalitetsledningssystem certifierat enligt ISO 9001 eller likvärdigt och ett
miljöledningssystem certifierat enligt ISO 14001 eller likvärdigt.

## 2.5 Uteslutning och kontroll
Anbudsgivaren ska lämna det europeiska upphandlingsdokumentet (ESPD) ifyllt. Kommunen kontrollerar uppgifter om
skatter och avgifter hos Skatteverket och registrering hos Bolagsverket eller motsvarande utländsk myndighet för den
anbudsgivare som föreslås bli tilldelad kontraktet.

# 3 Kravspecifikation i sammandrag

## 3.1 Armaturer
Armaturer som byts ut ska vara LED-armaturer med en färgtemperatur om högst 3 000 K och styrning enligt DALI-2 eller
likvärdigt protokoll.

## 3.2 Felavhjälpning
Fel som påverkar trafiksäkerheten ska åtgärdas inom fyra timmar. Övriga fel ska åtgärdas inom fem arbetsdagar.
Felanmälningar tas emot dygnet runt via kommunens felanmälningssystem, som leverantören ska ha läsbehörighet till.

## 3.3 Stolpinspektioner och dokumentation
Leverantören ska inspektera varje stolpe minst vart sjätte år och mäta rotröta och korrosion i stolpfoten. Alla
åtgärder ska föras in i kommunens anläggningsregister senast fem arbetsdagar efter att de har utförts, med
uppgift om plats, armatur och utförd åtgärd.

## 3.4 Arbete på väg
Arbete på väg ska utföras enligt en trafikanordningsplan som kommunen har godkänt. Personal som arbetar på väg ska
ha den utbildning som krävs för arbetsuppgiften.

## 3.5 Miljö
Fordon som används i uppdraget ska uppfylla avgaskrav enligt Euro VI eller ha likvärdig miljöprestanda.
Uttjänta armaturer och ljuskällor ska lämnas till en mottagare som har tillstånd att ta emot elektronikavfall.

# 4 Utvärdering
Kontraktet tilldelas det anbud som har det bästa förhållandet mellan pris och kvalitet. Pris viktas 40 procent och
kvalitet 60 procent, varav organisation och bemanning 30 procent och energibesparing 30 procent.

Varje kvalitetskriterium bedöms med 0, 2, 4 eller 6 poäng av en utvärderingsgrupp med tre personer. Högst poäng ges
när beskrivningen är konkret, realistisk och tydligt kopplad till anläggningen i bilaga 2. Tilldelningsbeslut skickas
elektroniskt till samtliga anbudsgivare och avtal tecknas tidigast tio dagar därefter.

# 5 Avtalsvillkor i sammandrag

## 5.1 Underleverantörer
Leverantören får anlita underleverantörer. Underleverantörer som ska användas i uppdraget anges i anbudet.

## 5.2 Vite och hävning
Om ett trafiksäkerhetsfel inte åtgärdas inom angiven tid utgår vite med 3 000 kronor per påbörjad timme. Kommunen
har rätt att häva avtalet om leverantören i väsentligt avseende bryter mot avtalet.

## 5.3 Betalning och prisjustering
Betalning sker 30 dagar efter godkänd faktura. Priserna justeras årligen med förändringen av ett entreprenadindex
för elarbeten enligt bilaga 3.

## 5.4 Ändringar och tvister
Kommunen får beställa ändringar och tilläggsarbeten inom ramen för kontraktets art enligt prisbilagans timpriser.
Tvister avgörs av allmän domstol med tillämpning av svensk rätt.

## 5.5 Startmöte och uppföljning
Ett startmöte hålls senast två veckor före avtalsstart. Därefter hålls uppföljningsmöten varje månad under det första
avtalsåret och därefter varje kvartal. Vid mötena går parterna igenom utförda åtgärder, felstatistik, energiförbrukning
och planerade gruppbyten.

## 5.6 Beredskap
Leverantören ska ha beredskap dygnet runt för akuta fel, till exempel påkörda stolpar eller nedfallna ledningar, och
vara på plats inom två timmar efter larm. Vid storm eller andra extraordinära händelser ska leverantören på kommunens
begäran förstärka bemanningen enligt de timpriser som anges i prisbilagan.
"""

SV24_F = [
    F("nondiscrimination.obligation", M, "1.6", "principerna om likabehandling, icke-diskriminering",
      "hard negative: procurement principles binding the authority; no supplier obligation, so the generic termination "
      "and penalty clauses (section 5.2) stay missing."),
    F("barrier.turnover", M, "2.1", "årsomsättning om minst 10 000 000 kronor för varje delkontrakt",
      "10 000 000 kr per lot against lot values 27 000 000 / 23 000 000 kr: ratio 0.37 / 0.43."),
    F("barrier.insurance", M, "2.2", "ansvarsförsäkring om 10 miljoner kronor",
      "hard negative: 10 miljoner kr insurance against a 50 000 000 kr contract (0.2x)."),
    F("barrier.company_age", M, "2.3", "under de senaste tre åren", "hard negative: references from the last three years."),
    F("barrier.no_lots", M, "1.3", "uppdelad i två delkontrakt", "two lots."),
    F("barrier.language", M, "1.5", "svenska, danska, norska eller engelska", "four languages accepted."),
    F("barrier.deadline", M, "1.4", "sista anbudsdag är den 29 september 2025",
      f"open procedure, 2025-08-18 to 2025-09-29 = {SV24_DAYS} days >= 30."),
    F("barrier.brand_names", M, "2.4", "ISO 9001 eller likvärdigt", "hard negative: standards with 'eller likvärdigt' (also DALI-2 in 3.1)."),
    F("barrier.price_only", M, "4", "Pris viktas 40 procent", "price 40 %, quality 60 %, no social criterion."),
]

SV24_T = Tender(
    "sv24_forfragningsunderlag_gatubelysning_inga_krav.md", "sv", SV24, SV24_F,
    what="Clean negative: street-lighting tender with no diversity content and no barrier: two lots, four tender "
         "languages, 42-day deadline, price/quality award, 10 miljoner kr insurance for a 50 000 000 kr contract, "
         "references from the last three years, ISO 9001 'eller likvärdigt', equal-treatment principle (hard negatives).",
)

TENDERS = [SV21_T, SV22_T, SV23_T, SV24_T]

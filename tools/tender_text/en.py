"""English (UK-style) tender samples (invitations to tender). All names are invented."""

from __future__ import annotations

from datetime import date

from .model import UK_GROUNDS, F, Tender, days_between, ratio

P, W, M = "present", "weak", "missing"

# ---------------------------------------------------------------------------------------------
# en21 – highways and public realm works, three lots, strong social value (DOCX with tables)
# ---------------------------------------------------------------------------------------------
EN21_NOTICE, EN21_DEADLINE = date(2024, 5, 10), date(2024, 6, 24)
EN21_DAYS = days_between(EN21_NOTICE, EN21_DEADLINE)  # 45

EN21 = """
= Invitation to Tender
== Highways Maintenance and Public Realm Improvement Works 2024–2027
~ Hollinford Borough Council – Reference HBC/HW/2024/07

# 1 Introduction

## 1.1 Purpose
Hollinford Borough Council ("the Council") invites tenders for highways maintenance and public realm improvement works
across the borough for a period of three years from 1 October 2024. This Invitation to Tender (ITT) explains the
procedure, the requirements tenderers must meet and how tenders will be evaluated.

## 1.2 Procurement principles
The Council will treat all tenderers equally and without discrimination and will act in a transparent and
proportionate manner throughout this procurement.

# 2 Procedure and timetable

## 2.1 Procedure
This procurement is conducted using an open procedure. The contract notice was dispatched for publication on
10 May 2024. All tenders must be submitted electronically through the Council's e-tendering portal; tenders
submitted by any other means will not be accepted.

## 2.2 Timetable
> Clarification questions: by 12:00 on 7 June 2024
> Tender deadline: 12:00 on 24 June 2024
> Evaluation and moderation: 25 June – 19 July 2024
> Contract award: August 2024
> Contract start: 1 October 2024

Tenders must be received by 12:00 on 24 June 2024.

## 2.3 Lots
The contract is divided into three lots. Tenderers may bid for one, two or all three lots and each lot will be
evaluated and awarded separately.

| Lot | Description | Estimated value (3 years) | Minimum annual turnover |
| 1 | Carriageway resurfacing and patching | £1,200,000 | £1.8 million |
| 2 | Footways, dropped kerbs and crossings | £800,000 | £1.2 million |
| 3 | Play areas and public realm furniture | £400,000 | £600,000 |

## 2.4 Documents in other languages
Certificates and other evidence issued in another country are accepted. Where a document is not in English the
Council may ask for a translation; a certified or sworn translation is not required.

# 3 Selection

## 3.1 Economic and financial standing
For each lot, tenderers must demonstrate a minimum annual turnover of 1.5 times the estimated value of the lot, as
shown in the table in section 2.3. A tenderer bidding for more than one lot must meet the sum of the turnover figures
for those lots.

## 3.2 Insurance
Tenderers must hold, or commit to obtain before the contract starts, public liability insurance with a limit of
indemnity not less than the estimated value of each lot awarded, and employer's liability insurance as required by law.

## 3.3 Technical and professional ability
Tenderers must provide three references for comparable works completed in the last five years. Tenderers must hold
ISO 9001 certification or provide equivalent evidence of their quality management measures, and must hold a health
and safety accreditation from a recognised assessment scheme or equivalent evidence.

# 4 Specification summary

## 4.1 Footways and crossings
Footway works shall provide step-free routes: dropped kerbs at every crossing point with a kerb upstand of no more than
6 mm, blister tactile paving at controlled and uncontrolled crossings, and a clear footway width of at least
1.5 metres, so that the routes can be used by wheelchair users and by people with visual impairments.

## 4.2 Play areas
Play equipment shall comply with BS EN 1176 or an equivalent standard. Impact-absorbing surfacing shall comply with
BS EN 1177. At least one play item on every site shall be usable by children who use a wheelchair.

## 4.3 Road markings
Road markings shall meet the performance requirements of BS EN 1436 or an equivalent standard.

# 5 Award criteria

## 5.1 Weighting
Each lot will be awarded to the most economically advantageous tender, assessed as follows:

| Criterion | Points |
| Quality (method statements, programme, traffic management) | 40 |
| Price | 40 |
| Social value | 20 |

Social value is worth 20 points out of a total of 100 points. Social value responses will be scored on the
commitments set out in section 6 and on the tenderer's delivery plan for them.

# 6 Social value and contract conditions

## 6.1 Employment
The Contractor shall ensure that at least 5% of the labour hours worked on each lot are worked by people who were
long-term unemployed (out of work for 12 months or more) immediately before starting work on the contract, recruited
in partnership with the Council's employment hub.

## 6.2 Apprentices
The Contractor shall employ two apprentices working towards a recognised highways or civil engineering apprenticeship
for the duration of the contract.

## 6.3 Equality, diversity and inclusion action plan
Within three months of the commencement date the Contractor shall submit an equality, diversity and inclusion action
plan for the contract workforce, with measurable objectives and dates.

## 6.4 Recruitment
The Contractor shall advertise every vacancy arising on the contract through the employment hub, use interview panels
of mixed gender and background, and record and report annually the diversity of applicants and of the contract
workforce (by sex, age, ethnicity and disability).

## 6.5 Supply chain
The Council has set a goal that at least 20% of the value of work subcontracted under each lot is placed with small and
medium-sized enterprises, voluntary, community and social enterprises, or businesses owned by women or by people from
ethnic minority backgrounds. Tenderers shall submit a supply chain plan naming the intended subcontractors, the work
packages and their value. A tenderer that cannot meet the goal shall document its good-faith efforts: the packages it
advertised, the firms it approached, the responses it received and why those firms were not used.

## 6.6 Contract management of social value
The social value commitments in the Contractor's tender and in this section become contractual obligations.
Performance will be monitored through the key performance indicators below, and the Contractor shall submit a
quarterly social value report. A failure to meet a KPI in two consecutive quarters is a default under the contract.

| KPI | Measure | Target | Reporting |
| Long-term unemployed | Share of labour hours | 5% | Quarterly |
| Apprentices | Number in post | 2 | Quarterly |
| Supply chain | Share of subcontract value with SMEs, VCSEs and diverse-owned businesses | 20% | Quarterly |
| EDI action plan | Actions completed on time | 100% | Quarterly |

# 7 Key contract terms

## 7.1 Equality
The Contractor shall not unlawfully discriminate, within the meaning of the Equality Act 2010, against any person
because of age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race,
religion or belief, sex or sexual orientation in the performance of the contract.

## 7.2 Information on request
The Contractor shall, within ten working days of a request, provide the Council with written details of the steps it
has taken to comply with clause 7.1.

## 7.3 Subcontracts
The Contractor shall include in every subcontract for work under the contract obligations equivalent to clauses 7.1
and 7.2. The Contractor is responsible for the acts and omissions of its subcontractors as if they were its own.

## 7.4 Complaints from the public
The Contractor should make a complaints procedure available to residents and businesses affected by the works.

## 7.5 Breach
The Council may inform the relevant authorities of any suspected breach of clause 7.1. The Council may terminate the
contract by written notice if the Contractor commits a material breach which is not remedied within 20 working days.
"""

EN21_F = [
    F("nondiscrimination.obligation", P, "7.1", "The Contractor shall not unlawfully discriminate, within the meaning of the Equality Act 2010",
      "binding non-discrimination obligation."),
    F("nondiscrimination.grounds", P, "7.1", "because of age, disability, gender reassignment, marriage and civil partnership",
      "the nine protected characteristics of the Equality Act 2010."),
    F("reporting.on_request", P, "7.2", "within ten working days of a request, provide the Council with written details",
      "written details within ten working days."),
    F("flowdown.subcontractors", P, "7.3", "include in every subcontract for work under the contract obligations equivalent to clauses 7.1",
      "flow-down."),
    F("flowdown.prime_responsible", W, "7.3", "responsible for the acts and omissions of its subcontractors as if they were its own",
      "generic responsibility for subcontractors; weak because the obligation is present."),
    F("termination.right", W, "7.5", "terminate the contract by written notice if the Contractor commits a material breach",
      "generic termination for material breach; weak because the obligation is present."),
    F("nondiscrimination.obligation", M, "1.2", "treat all tenderers equally and without discrimination",
      "hard negative: equal treatment of tenderers."),
    F("redress.complaints", W, "7.4", "should make a complaints procedure available to residents",
      "non-binding ('should') and generic (not specific to discrimination) while the obligation exists."),
    F("redress.referral", W, "7.5", "may inform the relevant authorities of any suspected breach of clause 7.1",
      "vague 'relevant authorities', no equality body named."),
    F("diversity.award_weighting", P, "5.1", "Social value is worth 20 points out of a total of 100 points",
      "20 of 100 points = 20 %.", {"weight_percent": 20}),
    F("diversity.employment_target", P, "6.1", "at least 5% of the labour hours worked on each lot are worked by people who were",
      "5 % of labour hours by long-term unemployed people.", {"percent": 5}),
    F("diversity.apprentices", P, "6.2", "shall employ two apprentices", "two apprentices.", {"count": 2}),
    F("diversity.strategy", P, "6.3", "submit an equality, diversity and inclusion action plan", "EDI action plan required."),
    F("diversity.hr_practices", P, "6.4", "use interview panels of mixed gender and background",
      "diverse panels and workforce monitoring by protected characteristic required."),
    F("diversity.supplier_participation", P, "6.5", "at least 20% of the value of work subcontracted under each lot",
      "goal of 20 % of subcontract value to SMEs / VCSEs / diverse-owned firms, supply chain plan, good-faith efforts.",
      {"percent": 20}),
    F("diversity.contractual", P, "6.6", "become contractual obligations", "contractual, KPIs, quarterly report, default."),
    F("accessibility.specification", P, "4.1", "Footway works shall provide step-free routes",
      "step-free routes, tactile paving, widths; wheelchair-usable play item (section 4.2)."),
    F("barrier.turnover", M, "3.1", "minimum annual turnover of 1.5 times the estimated value of the lot",
      "1.5x per lot (table 2.3: £1.8 million / £1,200,000; £1.2 million / £800,000; £600,000 / £400,000 = 1.50 each) <= 2."),
    F("barrier.insurance", M, "3.2", "limit of indemnity not less than the estimated value of each lot awarded",
      "cover equal to the lot value: not above the value."),
    F("barrier.company_age", M, "3.3", "three references for comparable works completed in the last five years",
      "hard negative: references, not company age."),
    F("barrier.brand_names", P, "4.2", "Impact-absorbing surfacing shall comply with BS EN 1177.",
      "BS EN 1177 required without 'or equivalent' (BS EN 1176 and BS EN 1436 carry it; ISO 9001 in 3.3 accepts equivalent evidence).",
      {"names": ["BS EN 1177"]}),
    F("barrier.no_lots", M, "2.3", "divided into three lots", "three lots."),
    F("barrier.language", M, "2.4", "a certified or sworn translation is not required",
      "no language restriction on tenders; foreign certificates accepted."),
    F("barrier.deadline", M, "2.2", "Tenders must be received by 12:00 on 24 June 2024",
      f"open procedure, notice 2024-05-10 (section 2.1), deadline 2024-06-24 = {EN21_DAYS} days >= 30."),
    F("barrier.price_only", M, "5.1", "most economically advantageous tender", "quality 40, price 40, social value 20."),
]

EN21_T = Tender(
    "en21_itt_highways_public_realm_social_value.docx", "en", EN21, EN21_F, grounds=UK_GROUNDS,
    header=("Hollinford Borough Council", "ITT HBC/HW/2024/07"), footer="Page {n} of {N}",
    author="Hollinford Borough Council",
    what="Works ITT in three lots with strong social value: 20 of 100 points, 5 % of labour hours by long-term "
         "unemployed, two apprentices, EDI action plan, diverse panels and workforce monitoring, 20 % supply-chain goal "
         "with good-faith efforts, KPI table + quarterly reports; Equality Act clause with grounds, report on request and "
         "flow-down; weak complaints ('should') and vague referral; BS EN 1177 without 'or equivalent'; turnover 1.5x.",
)

# ---------------------------------------------------------------------------------------------
# en22 – website redesign: barriers, 5 % social value, WCAG (PDF)
# ---------------------------------------------------------------------------------------------
EN22_NOTICE, EN22_DEADLINE = date(2024, 9, 2), date(2024, 9, 27)
EN22_DAYS = days_between(EN22_NOTICE, EN22_DEADLINE)  # 25

EN22 = """
= Invitation to Tender
== Corporate Website Redesign, Hosting and Support
~ Redbrook Metropolitan Borough Council – Digital Services
~ Reference RMBC/DIG/24/112

# 1 About this procurement

## 1.1 Background
Redbrook Metropolitan Borough Council ("the Council") wishes to appoint a supplier to redesign its corporate website,
migrate around 3,200 pages of content to a new content management system, and host and support the site for three
years. The site receives about 4.5 million visits a year and is the main way residents apply for council services.

## 1.2 Estimated value and term
The estimated value of the contract is £600,000 (excluding VAT) over the initial term of three years.

## 1.3 Procedure
This procurement follows the open procedure under the Public Contracts Regulations 2015. The contract notice was
dispatched for publication on 2 September 2024.

## 1.4 Submission
Tenders must be submitted electronically via the Council's e-tendering portal and must be received by 12:00 noon on
27 September 2024. Late tenders will not be opened.

## 1.5 Language
Tenders, and all certificates and supporting documents, must be in English. Documents in any other language will not
be considered.

## 1.6 Lots
The contract is not divided into lots.

# 2 Selection questionnaire

## 2.1 Financial standing
Tenderers must have a minimum annual turnover of £1.8 million in each of the last two financial years.

## 2.2 Insurance
Tenderers must hold professional indemnity insurance of at least £6 million for each and every claim, and cyber
liability insurance.

## 2.3 Experience
Tenderers must provide three references from clients for whom they have delivered a website of comparable size within
the last three years.

## 2.4 Security
Tenderers must hold Cyber Essentials Plus certification or an equivalent certification.

# 3 Specification

## 3.1 Accessibility
The website and every online form shall conform to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, as
required of public sector websites, or to an equivalent accessibility standard that gives at least the same level of
access. The supplier shall test with automated tools and with users of assistive technologies before launch, fix every
failure found, and publish an accessibility statement.

## 3.2 Content management
Council content editors work in Microsoft Office or equivalent office software; the content management system shall
import documents from common office formats without loss of headings, tables or alternative text.

## 3.3 Hosting
The site shall be hosted in data centres in the United Kingdom or the European Economic Area, with availability of at
least 99.9% a month.

# 4 Award

## 4.1 Weighting
The contract will be awarded to the most advantageous tender on the following basis:

| Criterion | Weighting |
| Price | 60% |
| Quality (approach, design, migration plan, support) | 35% |
| Social value | 5% |

## 4.2 Social value question SV1 (5%)
Describe your equality, diversity and inclusion action plan for the team that will deliver this contract, including
its objectives and how you will measure progress. Responses will be scored from 0 to 5 using the scoring matrix in
Annex B.

## 4.3 Further information (not scored)
Tenderers may also describe any work placements or apprenticeships they could offer, any job opportunities for
long-term unemployed local residents, any use of anonymised applications or other inclusive recruitment practices, and
any equality accreditation they hold. Bidders are encouraged to use small businesses and voluntary and community
organisations in their supply chain. This information is requested for information only and will not be scored.

# 5 Key contract terms

## 5.1 Terms
The contract will be let on the Council's standard terms and conditions for services, which are available on the
e-tendering portal.

## 5.2 Equality
The Contractor shall comply with the Equality Act 2010 in performing the contract.

## 5.3 Social value commitments
The commitments made in response to question SV1 will be incorporated into the contract.

## 5.4 Termination
The Council may terminate the contract if the Contractor commits a material breach of it.
"""

EN22_F = [
    F("nondiscrimination.obligation", P, "5.2", "The Contractor shall comply with the Equality Act 2010 in performing the contract",
      "binding duty to comply with equality law; no grounds listed."),
    F("termination.right", W, "5.4", "terminate the contract if the Contractor commits a material breach",
      "generic termination; weak because the obligation is present."),
    F("nondiscrimination.accessibility", M, "3.1", "conform to the Web Content Accessibility Guidelines",
      "technical accessibility of the website (counted under accessibility.specification), not an equal-terms service clause."),
    F("diversity.award_weighting", W, "4.1", "Social value question SV1 (5%)",
      "social value weighted 5 % < 10 %.", {"weight_percent": 5}),
    F("diversity.strategy", P, "4.2", "Describe your equality, diversity and inclusion action plan",
      "EDI action plan rewarded (scored 0–5 under SV1)."),
    F("diversity.employment_target", W, "4.3", "job opportunities for long-term unemployed local residents",
      "invited to describe, not scored, no number."),
    F("diversity.apprentices", W, "4.3", "work placements or apprenticeships they could offer", "invited, not scored, no number."),
    F("diversity.hr_practices", W, "4.3", "anonymised applications or other inclusive recruitment practices", "invited, not scored."),
    F("diversity.certification", W, "4.3", "any equality accreditation they hold", "invited, not scored, no level."),
    F("diversity.supplier_participation", W, "4.3", "Bidders are encouraged to use small businesses", "encouraged only."),
    F("diversity.contractual", W, "5.3", "will be incorporated into the contract", "binding, but no KPIs or reporting."),
    F("accessibility.specification", P, "3.1", "WCAG) 2.1 at level AA", "WCAG 2.1 AA (or equivalent), testing and statement required."),
    F("barrier.turnover", P, "2.1", "minimum annual turnover of £1.8 million",
      "turnover £1.8 million / value £600,000 (section 1.2) = 3.00 > 2; no reason.",
      {"turnover": 1800000, "contract_value": 600000, "currency": "GBP", "ratio": ratio(1.8e6, 6e5)}),
    F("barrier.insurance", P, "2.2", "professional indemnity insurance of at least £6 million",
      "£6 million cover = 10x the £600,000 value (> value).", {"insurance": 6000000, "contract_value": 600000}),
    F("barrier.company_age", M, "2.3", "within the last three years", "hard negative: references from the last three years."),
    F("barrier.no_lots", P, "1.6", "The contract is not divided into lots.", "no lots, no reason."),
    F("barrier.language", P, "1.5", "must be in English. Documents in any other language will not be considered",
      "English only, for tenders and certificates."),
    F("barrier.deadline", P, "1.4", "received by 12:00 noon on 27 September 2024",
      f"open procedure, notice dispatched 2024-09-02 (section 1.3), deadline 2024-09-27 = {EN22_DAYS} days < 30 (electronic).",
      {"days": EN22_DAYS, "minimum_days": 30}),
    F("barrier.brand_names", M, "3.2", "Microsoft Office or equivalent office software",
      "brand with 'or equivalent'; WCAG and Cyber Essentials Plus also allow equivalents."),
    F("barrier.price_only", M, "4.1", "Quality (approach, design, migration plan, support)", "price 60 %, quality 35 %, social 5 %."),
]

EN22_T = Tender(
    "en22_itt_website_redesign_barriers.pdf", "en", EN22, EN22_F,
    header=("Redbrook MBC – Invitation to Tender", "RMBC/DIG/24/112"), footer="Page {n} of {N}",
    author="Redbrook Metropolitan Borough Council",
    what="Website ITT with barriers and thin social value: social value 5 % (weak) though the EDI action plan is scored "
         "(strategy present), unscored 'may describe' items (weak), commitments contractual without KPIs (weak); "
         "WCAG 2.1 AA required; turnover 3x (£1.8 million / £600,000), PI insurance 10x, English only, no lots, "
         "25-day deadline; 'Microsoft Office or equivalent' (not a barrier).",
)

# ---------------------------------------------------------------------------------------------
# en23 – home care, Good Work Standard, full equality clause (PDF)
# ---------------------------------------------------------------------------------------------
EN23_NOTICE, EN23_DEADLINE = date(2024, 6, 3), date(2024, 7, 15)
EN23_DAYS = days_between(EN23_NOTICE, EN23_DEADLINE)  # 42

EN23 = """
= Invitation to Tender
== Home Care and Reablement Services
~ London Borough of Kelbridge – Adult Social Care Commissioning
~ Reference LBK/ASC/2024/019

# 1 Introduction

## 1.1 The service
The London Borough of Kelbridge ("the Council") is commissioning home care and reablement for adults living in the
borough, including people leaving hospital. The service is expected to deliver about 2,400 hours of care a week.

## 1.2 Value and term
The estimated total value of the contract is £2 million over the initial term of three years.

## 1.3 Procedure
The services are social and other specific services and are procured under the light-touch regime of the Public
Contracts Regulations 2015, using a single-stage procedure modelled on the open procedure. The contract notice was
dispatched on 3 June 2024. Tenders must be submitted through the Council's e-tendering portal by 12:00 on 15 July 2024.

## 1.4 Lots
The contract is not divided into lots because home care and reablement must be delivered by one provider to avoid
hand-offs between providers for people leaving hospital; dividing the service would break continuity of care.

# 2 Selection

## 2.1 Registration
Tenderers must be registered with the Care Quality Commission for the regulated activity of personal care.

## 2.2 Financial standing
Tenderers must have a minimum annual turnover of £6 million. This exceeds twice the estimated contract value because
the successful provider will take over around 60 care workers from the outgoing provider under TUPE and must be able
to meet their payroll and mobilisation costs for up to three months before the first payment is made.

## 2.3 Insurance
Tenderers must hold employer's liability insurance as required by law and public liability insurance of at least
£1.5 million.

## 2.4 Experience and quality
Tenderers must provide two references for home care services delivered in the last three years. Tenderers must hold
ISO 9001 certification or equivalent, or describe an equivalent quality management system. Experience of delivering
home care for a London borough will be scored under question Q4.

## 2.5 Delivery model
At least 70% of the commissioned care hours must be delivered by care workers directly employed by the Provider.

# 3 Specification summary

## 3.1 Outcomes
The Provider shall support people to regain and keep their independence, following the outcomes in each person's care
and support plan.

## 3.2 Accessible information
Information for service users should, where possible, be provided in accessible formats such as easy read, large print
and audio, and visits should, where possible, be arranged to suit the communication needs of disabled service users.

# 4 Evaluation

## 4.1 Weighting
| Criterion | Weighting |
| Quality (Q1–Q6) | 50% |
| Price | 40% |
| Social value (Q7) | 10% |

Q4 (experience) is one of the quality questions and carries 8% of the total score.

## 4.2 Social value (Q7, 10%)
Q7a (4%): tenderers accredited under the Mayor of London's Good Work Standard at Excellence level, or holding an
equivalent accreditation, will receive the full score for Q7a; tenderers accredited at Achievement level will receive
half of that score.

Q7b (6%): tenderers shall set out their commitments for the contract workforce on pay at or above the London Living
Wage, paid travel time, training and progression.

Providers are encouraged to publish an equality, diversity and inclusion strategy.

## 4.3 Contract management of social value
Social value commitments made in response to Q7 will be written into the contract as key performance indicators, and
the Provider shall report on them quarterly at contract review meetings.

# 5 Draft contract: Clause 11 Equality

## 11.1 Non-discrimination
The Provider shall not unlawfully discriminate against, harass or victimise any person because of a protected
characteristic under the Equality Act 2010, namely age, disability, gender reassignment, marriage and civil
partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation, either in employment or in
providing the Services. The Provider shall ensure that the Services are open to every eligible person referred by the
Council and are provided to all Service Users on equal terms.

## 11.2 Workplace
The Provider shall prevent and deal promptly with harassment of Staff and Service Users, and shall maintain a
written equality and dignity at work policy that is made known to all Staff.

## 11.3 Complaints
The Provider shall operate a complaints procedure through which Service Users, their families and Staff can complain
about discrimination, harassment or victimisation. The Provider shall inform every Service User in writing about that
procedure at the start of their care, and about their right to complain to the Council.

## 11.4 Reports
Within 14 days of a request, the Provider shall give the Council a written report of the measures taken to comply
with clauses 11.1 to 11.3, together with a log of the complaints received under clause 11.3 and how each was resolved.

## 11.5 Records and inspection
The Council may inspect the Provider's records, policies and premises, and interview Staff, to verify compliance with
this clause 11.

## 11.6 Subcontracting
Where the Council consents to subcontracting, the Provider shall impose obligations equivalent to this clause 11 on
the subcontractor and shall remain responsible to the Council for the subcontractor's compliance.

## 11.7 Breach
A breach of this clause 11 is a material breach entitling the Council to terminate the contract under clause 24.2. The
Council may refer any suspected breach of the Equality Act 2010 to the Equality and Human Rights Commission.
"""

EN23_F = [
    F("nondiscrimination.obligation", P, "11.1", "The Provider shall not unlawfully discriminate against, harass or victimise any person",
      "binding obligation, employment and service delivery."),
    F("nondiscrimination.grounds", P, "11.1", "namely age, disability, gender reassignment, marriage and civil",
      "the nine protected characteristics."),
    F("nondiscrimination.accessibility", P, "11.1", "are provided to all Service Users on equal terms",
      "service open to every eligible person on equal terms (equal-access clause; the technical accessibility of "
      "information in section 3.2 is only 'where possible', hence accessibility.specification weak)."),
    F("nondiscrimination.workplace", P, "11.2", "shall prevent and deal promptly with harassment of Staff",
      "prevention of harassment and a dignity at work policy made known to staff."),
    F("reporting.on_request", P, "11.4", "Within 14 days of a request, the Provider shall give the Council a written report",
      "written report within 14 days."),
    F("reporting.records_access", P, "11.5", "may inspect the Provider's records, policies and premises",
      "records and premises access to verify clause 11."),
    F("flowdown.subcontractors", P, "11.6", "impose obligations equivalent to this clause 11 on the subcontractor", "flow-down."),
    F("flowdown.prime_responsible", P, "11.6", "remain responsible to the Council for the subcontractor's compliance",
      "prime responsibility."),
    F("termination.right", P, "11.7", "A breach of this clause 11 is a material breach entitling the Council to terminate",
      "termination tied to the equality clause."),
    F("redress.complaints", P, "11.3", "operate a complaints procedure through which Service Users, their families and Staff can complain",
      "binding complaints procedure covering discrimination; users told in writing."),
    F("redress.referral", P, "11.7", "refer any suspected breach of the Equality Act 2010 to the Equality and Human Rights Commission",
      "referral to the EHRC."),
    F("diversity.award_weighting", P, "4.1", "Social value (Q7, 10%)",
      "social value 10 % = the 10 % minimum.", {"weight_percent": 10}),
    F("diversity.certification", P, "4.2", "Good Work Standard at Excellence level",
      "rewarded: full Q7a score for Excellence level (or equivalent), half for Achievement.", {"level": "excellence"}),
    F("diversity.strategy", W, "4.2", "Providers are encouraged to publish an equality, diversity and inclusion strategy",
      "encouraged only."),
    F("diversity.contractual", P, "4.3", "will be written into the contract as key performance indicators",
      "contractual KPIs with quarterly reporting."),
    F("accessibility.specification", W, "3.2", "should, where possible, be provided in accessible formats",
      "only 'should, where possible'."),
    F("barrier.turnover", W, "2.2", "minimum annual turnover of £6 million",
      "turnover £6 million / value £2 million (section 1.2) = 3.00 > 2, but a reason is given (TUPE payroll).",
      {"turnover": 6000000, "contract_value": 2000000, "currency": "GBP", "ratio": ratio(6e6, 2e6)}),
    F("barrier.insurance", M, "2.3", "public liability insurance of at least £1.5 million",
      "£1.5 million < £2 million value; employer's liability only as required by law."),
    F("barrier.company_age", M, "2.4", "delivered in the last three years", "hard negative: references from the last three years."),
    F("barrier.prior_contracts", W, "2.4", "Experience of delivering home care for a London borough will be scored",
      "experience with London boroughs scored (Q4, 8 %), not required."),
    F("barrier.subcontracting_cap", P, "2.5", "At least 70% of the commissioned care hours must be delivered by care workers directly employed",
      "self-performance quota of 70 % (i.e. at most 30 % subcontracted); figure as written.", {"percent": 70}),
    F("barrier.no_lots", M, "1.4", "not divided into lots because", "no lots, reason given."),
    F("barrier.deadline", M, "1.3", "by 12:00 on 15 July 2024",
      f"notice 2024-06-03, deadline 2024-07-15 = {EN23_DAYS} days >= 30 (light-touch regime; electronic)."),
    F("barrier.brand_names", M, "2.4", "ISO 9001 certification or equivalent", "hard negative: standard with equivalence."),
    F("barrier.language", M, "1.3", "Tenders must be submitted through the Council's e-tendering portal",
      "no language restriction stated."),
    F("barrier.price_only", M, "4.1", "Quality (Q1–Q6)", "quality 50 %, price 40 %, social value 10 %."),
]

EN23_T = Tender(
    "en23_itt_home_care_good_work_standard.pdf", "en", EN23, EN23_F, grounds=UK_GROUNDS,
    header=("London Borough of Kelbridge", "ITT LBK/ASC/2024/019"), footer="Page {n} of {N}",
    author="London Borough of Kelbridge", opts={"font": "Times-Roman", "size": 10.5, "leading": 14},
    what="Home-care ITT: social value exactly 10 %, Good Work Standard at Excellence level rewarded, KPIs + quarterly "
         "reporting; full Equality Act clause (grounds, equal access, workplace, complaints procedure for users and staff, 14-day report, "
         "records access, flow-down with prime responsibility, termination, referral to the EHRC); EDI strategy only "
         "encouraged; accessible formats 'where possible'; 70 % self-delivery quota; turnover 3x with a reason; London "
         "experience scored; no lots with a reason.",
)

# ---------------------------------------------------------------------------------------------
# en24 – office furniture, lowest price, paper tenders (TXT)
# ---------------------------------------------------------------------------------------------
EN24_NOTICE, EN24_DEADLINE = date(2024, 10, 7), date(2024, 11, 4)
EN24_DAYS = days_between(EN24_NOTICE, EN24_DEADLINE)  # 28

EN24 = """
= Invitation to Tender: Supply and Delivery of Office Furniture
~ Brackendale District Council, Facilities Management. Reference BDC/FAC/2024/33.

# 1 Introduction

## 1.1 Requirement
Brackendale District Council ("the Council") invites tenders for the supply, delivery and installation of office
furniture (desks, task chairs, storage units and meeting room furniture) for its refurbished civic offices and two
depots, as described in the schedule of requirements in Appendix 1.

## 1.2 Background
The civic offices are being refurbished in 2024 and 2025 to bring most council services under one roof. About 320
workstations, 24 meeting rooms and a customer service area will be furnished. The two depots need storage units and
mess-room furniture. Existing furniture in good condition will be reused where the design allows.

## 1.3 Principles
The Council will treat all tenderers equally and in a non-discriminatory way and will act transparently, in accordance
with regulation 18 of the Public Contracts Regulations 2015.

# 2 Procedure

## 2.1 Procedure and dates
This procurement is an open procedure in accordance with regulation 27 of the Public Contracts Regulations 2015. The
contract notice was dispatched for publication on 7 October 2024. Tenders must be received no later than 12:00 on
4 November 2024.

## 2.2 Form of tender
Tenders must be submitted in hard copy: one signed original and two copies, in a sealed envelope marked "Tender for
Office Furniture – Not to be opened before 12:00 on 4 November 2024", delivered to the Facilities Manager, Brackendale
District Council, Council Offices, Market Street.

## 2.3 Language
The tender and all accompanying documents must be in English. Any certificate or document issued in another language
must be accompanied by a certified translation into English.

## 2.4 Lots
The contract will not be divided into lots.

## 2.5 Clarification questions
Questions about this ITT must be sent in writing to the Facilities Manager no later than 12:00 on 25 October 2024.
Questions and answers of general interest will be shared with all organisations that have asked for the tender
documents, without identifying who asked.

## 2.6 Contents and validity of the tender
The tender must contain the completed Standard Selection Questionnaire, the form of tender signed by an authorised
person, the pricing schedule in Appendix 2 and product data sheets for each item offered. Tenders must remain valid
for 90 days from the tender deadline. Tenders that are incomplete, qualified or that alter the pricing schedule may be
rejected.

## 2.7 Variant bids
Variant bids will not be accepted. Tenderers must offer items that meet every requirement in the specification.

# 3 Selection requirements

## 3.1 Standing
Tenderers must have been trading for at least 5 years at the tender deadline.

## 3.2 Financial standing
Tenderers must have a minimum annual turnover of £1.2 million, shown in audited accounts for the last two years.

## 3.3 Experience
Tenderers must have supplied office furniture under at least two contracts with UK local authorities in the last three
years.

## 3.4 Quality and sustainability
Tenderers must hold ISO 9001 certification or equivalent. Timber products must carry FSC or PEFC certification or
equivalent evidence of legal and sustainable sourcing.

## 3.5 Exclusion
Tenderers must complete Part 2 of the Standard Selection Questionnaire on mandatory and discretionary exclusion. The
Council may ask for evidence at any time before the contract is awarded.

# 4 Specification

## 4.1 Standards
Desks shall comply with BS EN 527-1, or an equivalent standard, and task chairs shall comply with BS EN 1335-1, or an
equivalent standard.

## 4.2 Delivery and installation
The supplier shall deliver and install all items within six weeks of the purchase order, remove all packaging and
recycle it, and take back the old furniture for reuse or recycling.

## 4.3 Samples and warranty
The Council may ask the three lowest-priced tenderers to provide a sample task chair and a sample desk for inspection
within ten working days. Samples must match the product data sheets submitted. All items shall carry a warranty of at
least five years covering parts, labour and call-out.

## 4.4 Schedule of requirements
The quantities in Appendix 1 are the Council's best estimate. The Council may vary them by up to 15% at the unit
prices in the pricing schedule. Installation will take place in three phases so that the civic offices can stay open
to the public throughout the works.

# 5 Award
The contract will be awarded to the tenderer submitting the lowest total price in the pricing schedule. No quality or
social value criteria apply.

The total price is the sum of the unit prices multiplied by the estimated quantities in the pricing schedule, including
delivery, installation and removal of old furniture. The Council may ask a tenderer to explain a price that appears
abnormally low and may reject the tender if the explanation is not satisfactory.

# 6 Contract conditions

## 6.1 Prices
Prices shall be fixed for the duration of the contract. The Council shall not be charged more than the supplier's
other public sector customers for the same items.

## 6.2 Compliance
The Contractor shall comply with all applicable laws and regulations in performing the contract.

## 6.3 Payment and termination
The Council will pay valid invoices within 30 days. The Council may terminate the contract for material breach by the
Contractor.

## 6.4 Award notification and standstill
All tenderers will be notified of the award decision at the same time. The Council will not enter into the contract
until at least ten days after the notices have been sent.

## 6.5 Freedom of information and confidentiality
The Council is subject to the Freedom of Information Act 2000. Tenderers should identify any information they consider
commercially sensitive and explain why, but the Council will decide whether to disclose it.

## 6.6 Governing law
The contract is governed by the law of England and Wales and the parties submit to the exclusive jurisdiction of its
courts.
"""

EN24_F = [
    F("nondiscrimination.obligation", M, "6.2", "shall comply with all applicable laws and regulations",
      "generic compliance with all laws, anti-discrimination law not named: nothing; the generic termination (section 6.3) stays missing."),
    F("nondiscrimination.obligation", M, "1.3", "treat all tenderers equally and in a non-discriminatory way",
      "hard negative: equal treatment of tenderers."),
    F("barrier.turnover", W, "3.2", "minimum annual turnover of £1.2 million",
      "turnover requirement but no estimated contract value anywhere: ratio cannot be computed.",
      {"turnover": 1200000, "currency": "GBP"}),
    F("barrier.company_age", P, "3.1", "trading for at least 5 years", "company age of 5 years required.", {"years": 5}),
    F("barrier.prior_contracts", P, "3.3", "at least two contracts with UK local authorities",
      "experience with public bodies of this country required."),
    F("barrier.no_lots", P, "2.4", "The contract will not be divided into lots.", "no lots, no reason."),
    F("barrier.language", P, "2.3", "must be accompanied by a certified translation into English",
      "English only, certified translations of foreign certificates."),
    F("barrier.deadline", P, "2.1", "Tenders must be received no later than 12:00 on",
      f"open procedure, notice 2024-10-07, deadline 2024-11-04 = {EN24_DAYS} days < 35 (paper submission, 2.2: "
      "no electronic submission).", {"days": EN24_DAYS, "minimum_days": 35}),
    F("barrier.brand_names", M, "4.1", "BS EN 527-1, or an equivalent standard", "standards with 'or equivalent'; ISO 9001 / FSC / PEFC too."),
    F("barrier.price_only", P, "5", "lowest total price", "lowest price only, no quality or social value criteria."),
    F("diversity.award_weighting", M, "5", "No quality or social value criteria apply.", "no social criterion."),
]

EN24_T = Tender(
    "en24_itt_office_furniture_price_only.txt", "en", EN24, EN24_F, opts={"wrap": 80, "underline": True},
    what="Furniture ITT, lowest price only, no diversity content: 5 years' trading, UK local-authority contracts "
         "required, English only with certified translations, no lots, paper tenders with a 28-day deadline (minimum "
         "35), turnover £1.2 million with no contract value stated (weak); equal treatment of tenderers, "
         "most-favoured-customer pricing and 'comply with all laws' (hard negatives).",
)

TENDERS = [EN21_T, EN22_T, EN23_T, EN24_T]

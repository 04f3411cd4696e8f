"""English clause stock (UK / Irish style public contracts).  Written for procheck; CC0."""

from __future__ import annotations

from .model import P, W
from .stockutil import L, T, V

LANG = "en"
WORDS = {"annex": ["Schedule", "Annex", "Appendix"], "where": "clause", "art": "Article", "point": "paragraph",
         "footer": ["Page {n} of {N}", "Page {n} of {N}", "{n}/{N}"], "part_contract": "Part B – Conditions of Contract",
         "part_itt": "Part A – Instructions to Tenderers", "special": "Special Conditions of Contract"}

SUPPLIERS = ["the Supplier", "the Contractor", "the Service Provider", "the Vendor", "the Consultant"]
AUTHORITIES = [
    {"auth": "Northbridge City Council", "B": "the Council", "addr": "Civic Centre, Market Street, Northbridge NB1 2CC",
     "city": "Northbridge"},
    {"auth": "Eastmoor Metropolitan Borough Council", "B": "the Council", "addr": "Town Hall, Eastmoor EM4 7TH",
     "city": "Eastmoor"},
    {"auth": "Harbourside Combined Transport Authority", "B": "the Authority", "addr": "2 Quay Road, Harbourside HS1 9QA",
     "city": "Harbourside"},
    {"auth": "City of Kilbrannon", "B": "the City", "addr": "City Hall, Kilbrannon KB2 1AA", "city": "Kilbrannon"},
    {"auth": "West Lennox Health Board", "B": "the Board", "addr": "Lennox House, 11 Park Row, Dunmore DM3 4LB",
     "city": "Dunmore"},
    {"auth": "The Minister for Public Works of Ardmore County", "B": "the Authority", "addr": "County Buildings, Ardmore",
     "city": "Ardmore"},
]
COMPANIES = [("Brightwell Facilities Ltd", "08812345", "Unit 4, Canal Side, Leeds LS9 1AB"),
             ("Calder & Finch Services Limited", "04455667", "17 Mill Lane, Halifax HX1 3DD"),
             ("Greyfriars Digital Ltd", "11223344", "Greyfriars House, 3 Abbey Close, York YO1 7JQ"),
             ("Marlow Transport Group plc", "02233445", "Depot Road, Marlow SL7 1RS"),
             ("Oakgrove Care Partnership LLP", "OC401122", "5 Orchard Walk, Bristol BS2 8HP"),
             ("Tern Valley Catering Limited", "09988776", "The Old Dairy, Ternhill TF9 3QR")]
CUR = "£"
LAW = "the laws of England and Wales"
COURT = "the courts of England and Wales"
INDEX = "the Consumer Prices Index (CPI) published by the Office for National Statistics"

SUBJECTS = {
    "cleaning": {"title": "Cleaning Services", "subj": "cleaning services",
                 "obj": "the routine and periodic cleaning of the offices, libraries and depots listed in the Specification",
                 "tasks": ["the cleaning of entrance halls and reception areas", "the emptying of waste and recycling bins",
                           "the cleaning and replenishment of toilets and washrooms", "the vacuuming of carpeted floors",
                           "the wet mopping of hard floors", "the cleaning of kitchens and tea points",
                           "the periodic cleaning of windows below two metres", "the deep cleaning of sports changing rooms",
                           "the removal of graffiti from external walls", "the reactive cleaning of spillages"],
                 "items": ["Routine office cleaning (per m² per month)", "Window cleaning (per visit)",
                           "Deep clean of washrooms (per room)", "Reactive call-out (per hour)", "Consumables (per site per month)"]},
    "it": {"title": "Managed Network and IT Support Services", "subj": "managed network and IT support services",
           "obj": "the operation, monitoring and support of the wide area network, the service desk and end-user devices",
           "tasks": ["the monitoring of network links", "the handling of service desk tickets",
                     "the patching of servers and network devices", "the replacement of faulty end-user devices",
                     "the backup of file and database servers", "the management of firewall rules",
                     "the onboarding of new users", "the reporting of security incidents",
                     "the maintenance of the configuration database", "the capacity planning of network links"],
           "items": ["Service desk (per user per month)", "Network management (per site per month)",
                     "On-site engineer (per hour)", "Laptop replacement (per device)", "Security monitoring (per month)"]},
    "transport": {"title": "Home-to-School Transport", "subj": "home-to-school transport services",
                  "obj": "the daily transport of pupils between their homes and schools on the routes set out in the Route Schedule",
                  "tasks": ["the daily pre-journey check of each vehicle", "the collection of pupils at the agreed pick-up points",
                            "the escorting of pupils with additional needs", "the recording of attendance on each journey",
                            "the cleaning of vehicle interiors", "the reporting of incidents on board",
                            "the replacement of vehicles off the road", "the vetting of drivers and passenger assistants",
                            "the communication of delays to schools", "the securing of wheelchairs and car seats"],
                  "items": ["Route (per day, up to 16 seats)", "Route (per day, wheelchair-accessible)",
                            "Passenger assistant (per day)", "Ad hoc journey (per mile)", "Waiting time (per 15 minutes)"]},
    "catering": {"title": "School and Civic Catering", "subj": "catering services",
                 "obj": "the preparation and service of school meals and of hospitality catering at civic buildings",
                 "tasks": ["the preparation of hot lunches", "the labelling of allergens", "the ordering of fresh produce",
                           "the temperature monitoring of chilled food", "the cleaning of kitchen equipment",
                           "the collection of food waste", "the planning of seasonal menus",
                           "the provision of special diets", "the training of kitchen staff in food hygiene",
                           "the delivery of hospitality orders"],
                 "items": ["Primary school meal (per meal)", "Secondary school meal (per meal)",
                           "Hospitality buffet (per head)", "Special diet supplement (per meal)", "Breakfast club (per child)"]},
    "care": {"title": "Home Care and Support Services", "subj": "home care services",
             "obj": "personal care and practical support for adults assessed as eligible by the Council",
             "tasks": ["the delivery of scheduled care visits", "the administration of medication prompts",
                       "the review of individual support plans", "the recording of visit times",
                       "the escalation of safeguarding concerns", "the supervision of care workers",
                       "the induction of new care workers", "the handling of missed visits",
                       "the liaison with district nurses", "the maintenance of care records"],
             "items": ["Standard care hour (weekday)", "Care hour (weekend and bank holiday)", "Double-handed visit (per hour)",
                       "Night sit (per night)", "Mileage (per mile)"]},
    "traffic": {"title": "Traffic Signal Maintenance", "subj": "traffic signal maintenance services",
                "obj": "the maintenance of traffic signals, pedestrian crossings and vehicle detection equipment",
                "tasks": ["the inspection of signal heads", "the testing of pedestrian push buttons",
                          "the calibration of vehicle detectors", "the replacement of lamps and LED units",
                          "the repair of damaged poles", "the checking of controller logs",
                          "the cleaning of signal aspects", "the testing of tactile cones",
                          "the emergency attendance at faults", "the update of the asset inventory"],
                "items": ["Routine inspection (per junction)", "Emergency attendance (per call-out)",
                          "LED signal head (supply and fit)", "Detector loop replacement (per loop)", "Controller service (per unit)"]},
}

# ---------------------------------------------------------------------------------------------
# Ordinary clauses
# ---------------------------------------------------------------------------------------------
ORD = {
    "background": [
        V("Background",
          "{Bc} carried out a procurement for {subj} under the open procedure and, following evaluation, accepted the tender submitted by {S}.",
          "The Parties wish to record the terms on which {S} will provide the Services."),
        V("Recitals",
          L("{Bc} requires {obj}."),
          L("{Sc} has the skills, staff and equipment needed to provide those services and submitted the most economically advantageous tender."),
          L("The Parties have agreed to enter into this Contract on the terms set out below.")),
    ],
    "definitions": [
        V("Definitions and interpretation",
          "In this Contract the following words have the meanings given to them below, unless the context requires otherwise:",
          L('"Contract" means this agreement together with its Schedules;'),
          L('"Contract Manager" means the person appointed by each Party to manage this Contract;'),
          L('"Commencement Date" means {start};'),
          L('"Personal Data" has the meaning given in the UK GDPR;'),
          L('"Services" means {obj}, as further described in the Specification;'),
          L('"Specification" means the description of the Services set out in Schedule 1;'),
          L('"Working Day" means any day other than a Saturday, Sunday or public holiday in England.'),
          "Headings do not affect interpretation. A reference to a statute includes that statute as amended or replaced. Words in the singular include the plural and vice versa."),
        V("Interpretation",
          "Capitalised terms have the meaning given in this clause. \"Charges\" means the sums payable for the Services under Schedule 2. \"Default\" means any breach of the obligations of either Party. \"Premises\" means the locations at which the Services are to be performed. \"Staff\" means all persons employed or engaged by {S} in the provision of the Services.",
          "The words \"including\" and \"in particular\" are illustrative and do not limit the generality of the preceding words."),
    ],
    "documents": [
        V("Contract documents and order of precedence",
          "The Contract consists of the following documents, which shall be read together: this agreement; {annex_list}; and {S}'s tender dated {tender_date}.",
          "If there is any conflict between these documents, they shall prevail in the order in which they are listed above."),
        V("Entire contract",
          "This agreement, its schedules and the documents referred to in it form the entire contract. In case of inconsistency the terms of this agreement take precedence over the schedules, and the schedules take precedence over the tender."),
    ],
    "scope": [
        V("Scope of the Services",
          "{Sc} shall provide {obj} in accordance with the Specification and the other terms of this Contract.",
          "{Bc} does not guarantee any minimum volume of work. Estimated quantities given in the tender documents were given in good faith for the purposes of evaluation only.",
          "{Bc} may, by written notice, add sites or routes of a similar nature to the Services at the rates in Schedule 2."),
        V("The Services",
          "{Sc} undertakes to deliver {subj} to the standard described in the Specification and with the skill, care and diligence to be expected of a competent provider of such services.",
          "{Sc} shall obtain and maintain all licences, permits and consents required for the Services."),
    ],
    "term": [
        V("Duration",
          "This Contract starts on {start} and continues for {years} years, unless terminated earlier in accordance with its terms.",
          "{Bc} may extend the Contract by up to {ext} further periods of twelve months by giving {S} at least three months' written notice before expiry."),
        V("Term and extension",
          "The Contract shall run from {start} until {end}. It may be extended once by up to {ext} years at the sole discretion of {B} on the same terms."),
    ],
    "performance": [
        V("Performance of the Services",
          "{Sc} shall perform the Services in a timely manner, in accordance with good industry practice and any reasonable instructions issued by {B}'s Contract Manager.",
          "{Sc} shall comply with {B}'s site rules, health and safety requirements and security procedures when on the Premises.",
          "Where {S} becomes aware that it will be unable to meet any service level, it shall notify {B} without delay and propose remedial measures."),
        V("Delivery and standards",
          "{Sc} shall deliver the Services at the times and places set out in the Specification. Time of performance is of the essence.",
          "All equipment and materials shall be of satisfactory quality and fit for purpose.",
          "{Sc} shall co-operate with other contractors of {B} working on or near the Premises."),
    ],
    "staff": [
        V("Staff",
          "{Sc} shall ensure that all Staff are suitably qualified, trained and supervised, and hold any vetting clearances required by the Specification.",
          "{Bc} may, on reasonable grounds, require {S} to remove any person from the provision of the Services. {Sc} shall promptly provide a suitable replacement at no extra charge.",
          "{Sc} remains solely responsible for the pay, tax and national insurance of its Staff."),
        V("Key personnel",
          "{Sc} shall not remove or replace the key personnel named in its tender without the prior written consent of {B}, which shall not be unreasonably withheld.",
          "{Sc} shall pay its Staff at least the real Living Wage as published from time to time."),
    ],
    "prices": [
        V("Charges",
          "In consideration of the performance of the Services {B} shall pay the Charges set out in Schedule 2. The Charges are exclusive of VAT but inclusive of all other costs and expenses.",
          "The Charges are fixed for the first twelve months. Thereafter they may be adjusted once a year by the percentage change in {index} over the preceding twelve months, on written request made not later than one month before the anniversary of the Commencement Date."),
        V("Price and price review",
          "The price for the Services is as set out in the pricing schedule. The estimated total value of the Contract is {cur}{value}.",
          "Prices may be reviewed annually with effect from each anniversary of the start date. Any increase shall not exceed the movement of {index}."),
    ],
    "invoicing": [
        V("Invoicing and payment",
          "{Sc} shall invoice {B} monthly in arrears. Each invoice shall quote {B}'s purchase order number and contain the information reasonably required to verify it.",
          "{Bc} shall pay each valid and undisputed invoice within {pay_days} days of receipt.",
          "If {B} disputes any part of an invoice it shall pay the undisputed amount and the Parties shall seek to resolve the dispute promptly.",
          "Interest on late payment is payable at the rate provided in the Late Payment of Commercial Debts (Interest) Act 1998."),
        V("Payment",
          "Payment shall be made by bank transfer within {pay_days} days of receipt of a correct invoice. Electronic invoices shall be submitted in accordance with the European standard EN 16931.",
          "{Bc} may set off against the Charges any sum owed to it by {S} under this Contract."),
    ],
    "delay": [
        V("Service credits",
          "If {S} fails to meet a key performance indicator in Schedule 3 in any month, {B} shall be entitled to the service credit set out in that Schedule, deducted from the next invoice.",
          "Service credits are a price adjustment reflecting the reduced value of the Services and are not an estimate of loss. They are capped at ten per cent of the monthly Charges."),
        V("Delay",
          "If {S} fails to complete a delivery by the agreed date, {B} may deduct liquidated damages of 0.5 % of the value of the delayed part for each full week of delay, up to a maximum of 10 %.",
          "The Parties agree that this sum is a genuine pre-estimate of the loss caused by delay."),
    ],
    "warranty": [
        V("Warranties",
          "{Sc} warrants that it has full capacity and authority to enter into this Contract, that the Services will be performed with reasonable skill and care and that all goods supplied will be free from defects for twelve months after delivery.",
          "{Sc} shall remedy any defect notified to it within five Working Days at its own cost."),
        V("Defects and remedies",
          "Where the Services or any deliverable do not conform to the Contract, {S} shall at its own expense re-perform the Services or correct the deliverable within a reasonable time set by {B}."),
    ],
    "liability": [
        V("Liability",
          "Neither Party limits its liability for death or personal injury caused by negligence, for fraud, or for any other liability that cannot be limited by law.",
          "Subject to the above, each Party's total liability in each contract year is limited to {cur}{cap}.",
          "Neither Party is liable for indirect or consequential loss, or for loss of profit."),
        V("Indemnity and limitation",
          "{Sc} shall indemnify {B} against all claims, losses and costs arising from any negligent act or omission of {S} or its Staff in the performance of the Contract.",
          "The aggregate liability of either Party shall not exceed 125 % of the Charges paid or payable in the preceding twelve months."),
    ],
    "insurance": [
        V("Insurance",
          "{Sc} shall maintain, throughout the Contract and for six years after, employer's liability insurance of at least {cur}5,000,000, public liability insurance of at least {cur}{ins} and professional indemnity insurance of at least {cur}1,000,000.",
          "{Sc} shall provide evidence of the insurances on request."),
    ],
    "data_protection": [
        V("Data protection",
          "The Parties acknowledge that {B} is the controller and {S} the processor of Personal Data processed in the performance of this Contract.",
          "{Sc} shall process Personal Data only on {B}'s documented instructions, implement appropriate technical and organisational measures, ensure that its Staff are bound by confidentiality and notify {B} without undue delay, and in any event within 24 hours, of any personal data breach.",
          "{Sc} shall not transfer Personal Data outside the United Kingdom without {B}'s prior written consent. The processing details are set out in the data processing schedule."),
        V("Protection of personal data",
          "Each Party shall comply with the UK GDPR and the Data Protection Act 2018. Where {S} processes Personal Data on behalf of {B}, it shall do so in accordance with the data processing agreement annexed to this Contract and shall assist {B} in responding to requests from data subjects."),
    ],
    "confidentiality": [
        V("Confidentiality",
          "Each Party shall keep confidential all information received from the other Party that is marked confidential or that ought reasonably to be regarded as confidential, and shall use it only for the purposes of this Contract.",
          "This obligation does not apply to information which is or becomes public other than through breach, or which a Party is required to disclose by law.",
          "{Sc} acknowledges that {B} is subject to the Freedom of Information Act 2000 and may be required to disclose information about this Contract."),
        V("Confidential information and transparency",
          "{Sc} shall treat all information relating to {B}'s service users as strictly confidential. {Bc} may publish this Contract, redacted only to the extent permitted by the Freedom of Information Act 2000."),
    ],
    "ip": [
        V("Intellectual property",
          "All intellectual property rights in materials created by {S} specifically for {B} under this Contract shall vest in {B} on creation.",
          "{Sc} grants {B} a non-exclusive, royalty-free licence to use any pre-existing materials of {S} to the extent necessary to receive the benefit of the Services."),
        V("Ownership of deliverables",
          "Reports, drawings and data produced under the Contract belong to {B}. {Sc} shall indemnify {B} against any claim that the deliverables infringe the rights of a third party."),
    ],
    "environment": [
        V("Environmental requirements",
          "{Sc} shall perform the Services in a way that minimises their environmental impact, and shall use vehicles meeting at least the Euro 6 emission standard.",
          "{Sc} shall report annually on the quantity of waste generated and recycled in the performance of the Services."),
        V("Sustainability",
          "{Sc} shall use products with a recognised ecolabel where available and shall avoid single-use plastics in the delivery of the Services."),
    ],
    "laws": [
        V("Compliance with law",
          "{Sc} shall comply with all applicable laws, regulations and codes of practice in the performance of the Contract and shall obtain all necessary consents."),
        V("Statutory obligations",
          "{Sc} shall at its own cost observe all statutes, regulations and by-laws applicable to the Services, and shall give all notices required by them."),
    ],
    "subcontracting": [
        V("Subcontracting",
          "{Sc} shall not subcontract any part of the Services without the prior written consent of {B}. Consent shall not relieve {S} of any of its obligations.",
          "{Sc} shall be responsible for the acts and omissions of its subcontractors as if they were its own.",
          g="prime", note="generic responsibility for subcontractors' acts and omissions"),
        V("Subcontractors",
          "{Sc} may subcontract parts of the Services to the subcontractors named in its tender. Any other subcontractor requires {B}'s approval.",
          "{Sc} shall ensure that each subcontract contains provisions that enable {S} to meet its obligations under this Contract, and shall pay its subcontractors within 30 days of receipt of a valid invoice.",
          g="flow", note="generic flow-down of the contract terms"),
        V("Use of subcontractors",
          "No part of the Contract may be subcontracted without {B}'s prior written approval. {Sc} shall supply, on request, a list of all subcontractors engaged in the performance of the Contract."),
    ],
    "audit": [
        V("Records and audit",
          "{Sc} shall keep full and accurate records of the Services and of all costs incurred, and shall retain them for six years after the end of the Contract.",
          "{Sc} shall allow {B}, its internal auditors and the National Audit Office access on reasonable notice to those records and to its premises for the purpose of verifying compliance with this Contract.",
          g="rec", note="general audit of compliance with the Contract"),
        V("Financial audit",
          "{Bc}'s auditors may examine {S}'s invoices and time sheets for the purpose of verifying the Charges. {Sc} shall provide copies of such documents within ten Working Days of a request."),
    ],
    "reporting": [
        V("Contract management and reporting",
          "The Contract Managers shall meet at least quarterly to review performance. {Sc} shall submit a monthly performance report showing performance against the key performance indicators.",
          "{Sc} shall provide {B} with such other information about the performance of the Contract as {B} may reasonably request.",
          g="rep", note="generic duty to report on performance"),
        V("Monitoring",
          "{Sc} shall take part in contract review meetings and shall provide management information in the format reasonably required by {B}.",
          g="rep", note="generic duty to take part in follow-up"),
    ],
    "changes": [
        V("Variations",
          "No variation to this Contract is effective unless agreed in writing and signed by authorised representatives of both Parties.",
          "{Bc} may request a change to the Services. {Sc} shall within ten Working Days provide a written estimate of the effect of the change on the Charges and on the timetable."),
    ],
    "assignment": [
        V("Assignment",
          "{Sc} shall not assign, novate or otherwise transfer this Contract or any part of it without the prior written consent of {B}. {Bc} may assign the Contract to any other public body."),
    ],
    "force_majeure": [
        V("Force majeure",
          "Neither Party shall be liable for failure to perform its obligations where that failure results from events beyond its reasonable control, such as natural disaster, war, epidemic or failure of public utilities, provided that it notifies the other Party promptly and uses reasonable efforts to mitigate the effect.",
          "If a force majeure event continues for more than sixty days, either Party may terminate the Contract by written notice."),
        V("Events beyond control",
          "A Party affected by an event outside its control shall be excused from performance for the duration of the event. Strikes by {S}'s own Staff are not such an event."),
    ],
    "suspension": [
        V("Suspension",
          "If {S} is in breach of any of its obligations under this Contract, {B} may by written notice suspend the Services in whole or in part, or withhold payment of the Charges relating to the affected Services, until the breach has been remedied.",
          g="sanc", note="generic suspension / withholding after any breach"),
    ],
    "termination": [
        V("Termination",
          "{Bc} may terminate this Contract with immediate effect by written notice if {S} commits a material breach of the Contract which is irremediable, or which is not remedied within thirty days of a notice requiring remedy.",
          "{Bc} may also terminate the Contract with immediate effect if {S} becomes insolvent, enters into administration or a composition with its creditors, or if any of the grounds in regulation 73 of the Public Contracts Regulations 2015 applies.",
          "{Bc} may terminate the Contract for convenience on three months' written notice.",
          g="term", note="generic termination for material breach"),
        V("Termination for default",
          "Either Party may terminate this Contract by notice in writing if the other Party is in material breach of its obligations and, if the breach is capable of remedy, fails to remedy it within twenty Working Days of being requested to do so.",
          "Termination shall be without prejudice to the accrued rights of either Party.",
          g="term", note="generic termination for material breach"),
    ],
    "consequences": [
        V("Consequences of expiry or termination",
          "On expiry or termination {S} shall return all property of {B}, co-operate in the orderly transfer of the Services to {B} or a replacement provider, and provide the staff information required under the Transfer of Undertakings (Protection of Employment) Regulations 2006."),
    ],
    "notices": [
        V("Notices",
          "Notices shall be in writing and sent to the address of the other Party set out above or to such e-mail address as a Party may notify. A notice sent by e-mail is deemed received on the next Working Day."),
    ],
    "disputes": [
        V("Dispute resolution",
          "The Parties shall attempt in good faith to resolve any dispute through their Contract Managers and, failing agreement within twenty Working Days, by referral to senior representatives.",
          "If the dispute is not resolved, either Party may refer it to mediation in accordance with the Model Mediation Procedure of the Centre for Effective Dispute Resolution.",
          "This Contract is governed by {law} and the Parties submit to the exclusive jurisdiction of {court}."),
        V("Governing law and jurisdiction",
          "This Contract and any dispute arising out of it shall be governed by {law}. The courts of England and Wales have exclusive jurisdiction."),
    ],
    "entire": [
        V("General",
          "If any provision of this Contract is held invalid, the remaining provisions remain in force. No failure to exercise a right is a waiver of it. A person who is not a party to this Contract has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Tender instructions
# ---------------------------------------------------------------------------------------------
EQUAL_TREATMENT_NOTE = ("hard negative: the authority's own duty to treat tenderers equally and without "
                        "discrimination (procurement principle) -- not a supplier obligation")
TENDER = {
    "t_intro": [
        V("Introduction",
          "{auth} (\"{Bt}\") invites tenders for {subj}. The Contract will be awarded for an initial period of {years} years with an option to extend.",
          "This document explains how to prepare and submit a tender and how tenders will be evaluated. Part B contains the conditions of contract which the successful tenderer will be required to accept."),
        V("Purpose of this invitation",
          "{Bc} is seeking a provider of {subj} for {city}. The requirement is described in the Specification at Appendix 1.",
          "Tenderers should read all of the documents carefully before completing their response."),
    ],
    "t_procedure": [
        V("Procurement procedure and principles",
          "This procurement is conducted under the open procedure in accordance with the Public Contracts Regulations 2015.",
          "{Bc} will treat all tenderers equally and without discrimination and will act in a transparent and proportionate manner throughout the procedure.",
          note=EQUAL_TREATMENT_NOTE),
        V("The procedure",
          "The procurement follows the competitive procedure with negotiation. In accordance with Article 18 of Directive 2014/24/EU, {B} shall treat economic operators equally and without discrimination and shall not design the procurement with the intention of artificially narrowing competition.",
          note=EQUAL_TREATMENT_NOTE),
    ],
    "t_timetable": [
        V("Timetable",
          "The indicative timetable is as follows:",
          T(["Stage", "Date"], ["Publication of contract notice", "{d1}"], ["Deadline for clarification questions", "{d2}"],
            ["Tender deadline (12:00 noon)", "{d3}"], ["Notification of award decision", "{d4}"], ["Contract start", "{start}"]),
          "{Bc} reserves the right to amend the timetable. Tenderers will be told of any change through the e-tendering portal."),
    ],
    "t_questions": [
        V("Clarification questions",
          "Questions about this invitation must be submitted through the messaging function of the e-tendering portal no later than {d2}. Answers will be published anonymously to all tenderers unless the question concerns commercially sensitive information."),
    ],
    "t_submission": [
        V("Submission of tenders",
          "Tenders must be submitted electronically through the portal by the tender deadline. Late tenders will not be considered.",
          "Tenders must be written in English and all prices must be in pounds sterling. Tenders must remain valid for 120 days from the tender deadline.",
          "Tenderers must not canvass any member or officer of {B} and must not collude with other tenderers. Any breach will lead to disqualification."),
    ],
    "t_exclusion": [
        V("Grounds for exclusion",
          "Tenderers must complete the Selection Questionnaire. {Bc} will exclude a tenderer that has been convicted of any of the offences listed in regulation 57(1) of the Public Contracts Regulations 2015, and may exclude a tenderer to which one of the discretionary grounds in regulation 57(8) applies, such as grave professional misconduct or significant deficiencies in the performance of an earlier public contract."),
    ],
    "t_selection": [
        V("Selection criteria",
          "Tenderers must demonstrate their economic and financial standing and their technical and professional ability, as follows:",
          L("a minimum annual turnover of {cur}{turnover} in each of the last two financial years;"),
          L("at least three references for contracts of similar scope performed within the last three years;"),
          L("a quality management system certified to ISO 9001 or equivalent;"),
          L("the insurances required by the conditions of contract, or a commitment to obtain them before the contract start."),
          "Tenderers that fail to meet a minimum requirement will not be evaluated further."),
    ],
    "t_award": [
        V("Award criteria",
          "The Contract will be awarded to the most economically advantageous tender, assessed on the basis of the following criteria and weightings:",
          T(["Criterion", "Weighting"], ["Price", "50 %"], ["Quality of service delivery (method statement)", "30 %"],
            ["Mobilisation plan", "10 %"], ["Social value", "10 %"]),
          "Quality answers will be scored from 0 to 5 by an evaluation panel. Price will be scored by comparing each tender against the lowest compliant tender."),
    ],
    "t_contract_award": [
        V("Award and standstill",
          "After evaluation {B} will notify all tenderers of its decision and observe a standstill period of at least ten days before entering into the Contract.",
          "{Bc} is not bound to accept the lowest or any tender and may abandon the procurement at any time without liability for tenderers' costs."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Anti-discrimination clause variants
# ---------------------------------------------------------------------------------------------
UK_GROUNDS = ["age", "disability", "gender_identity", "marital_status", "pregnancy", "race", "religion", "belief",
              "sex", "sexual_orientation"]
GHENT_GROUNDS = ["sex", "age", "disability", "sexual_orientation", "civil_status", "wealth", "religion", "belief",
                 "political_opinion", "trade_union", "language", "health", "physical_genetic", "social_origin",
                 "nationality", "race", "colour", "descent", "national_origin", "ethnic_origin"]
AD = {
    "stockholm": V(
        "Anti-discrimination",
        "{Sc} shall, in performing this Contract, comply at all times with the anti-discrimination legislation in force, including the Equality Act 2010.",
        "At {B}'s request {S} shall, within ten Working Days, give {B} a written account of the measures it has taken to meet its obligations under this clause.",
        "{Sc} shall ensure that every subcontractor engaged in the performance of the Contract accepts obligations corresponding to those in this clause. {Sc} is responsible to {B} for its subcontractors' compliance as for its own.",
        "Any breach of this clause, including failure to provide the account referred to above, is a material breach which entitles {B} to terminate the Contract with immediate effect.",
        "In addition, {B} shall be entitled to liquidated damages of {cur}5,000 for each breach of this clause.",
        c={"obl": P, "rep": P, "flow": P, "prime": P, "term": P, "sanc": P},
        note="full Stockholm-type clause: binding obligation, written account on request, flow-down with prime responsibility, termination and liquidated damages tied to the clause."),
    "stockholm_tracked": V(
        "Equal treatment in employment",
        "While performing the Contract {S} shall follow current anti-discrimination law. ⟦INS:If {B} so requests, {S} shall provide a written report of the steps it has taken to comply with this clause within fifteen days of the request. ⟧",
        "The same requirements shall apply to any subcontractor; {S} shall see to it that they are included in every subcontract and shall answer for any subcontractor's failure to comply with them.",
        "Non-compliance with this clause entitles {B} to terminate the Contract forthwith. ⟦DEL:The right of termination applies only after a final judgment establishing that {S} has discriminated. ⟧{Bc} may also suspend payments under the Contract until the breach has been remedied.",
        c={"obl": P, "rep": P, "flow": P, "prime": P, "term": P, "sanc": P},
        note="Stockholm-type clause with tracked changes: the reporting sentence is a w:ins insertion (counts), the 'final judgment' restriction is a w:del deletion (ignored), so termination stays present."),
    "ghent": V(
        "Non-discrimination and equal opportunities",
        "{Sc} shall not tolerate any form of discrimination in the performance of the Contract on grounds of sex, age, disability, sexual orientation, civil status, wealth, religion or belief, political opinion, trade union membership, language, state of health, physical or genetic characteristics, social origin, nationality, so-called race, colour, descent, or national or ethnic origin.",
        "{Sc} shall ensure that the service is open and accessible to all users on equal terms.",
        "{Sc} shall take active steps to prevent discrimination, harassment and other undesirable conduct in its workplace and, where it occurs, shall address and sanction it.",
        "{Sc} shall respect the legislation on equal treatment and non-discrimination in force from time to time.",
        "{Sc} shall impose the obligations in this clause on each of its subcontractors.",
        c={"obl": P, "acc": P, "work": P, "flow": P}, grounds=GHENT_GROUNDS,
        note="full Ghent-type clause: no discrimination on a listed set of grounds, service accessible to all, workplace prevention, respect for equality law, imposed on subcontractors."),
    "uk_equality": V(
        "Equality, diversity and inclusion",
        "{Sc} shall not unlawfully discriminate against, harass or victimise any person, directly or indirectly, because of a protected characteristic as defined in the Equality Act 2010, namely age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation.",
        "In delivering the Services {S} shall have due regard to the need to eliminate unlawful discrimination, to advance equality of opportunity and to foster good relations, as if it were a body to which section 149 of that Act applies.",
        "{Sc} shall maintain a written equality and dignity-at-work policy which sets out how Staff may raise a complaint of harassment or discrimination, and shall investigate every such complaint promptly.",
        "Within fourteen days of a request from {B}, {S} shall supply a copy of that policy together with a written report of the steps it has taken to implement it.",
        c={"obl": P, "work": P, "rep": P}, grounds=UK_GROUNDS,
        note="UK Equality Act list of protected characteristics; workplace policy with complaints route; report within 14 days of request."),
    "us_eeo": V(
        "Equal employment opportunity",
        "During the performance of this Contract, {S} agrees that it will not discriminate against any employee or applicant for employment because of race, color, religion, sex, sexual orientation, gender identity or national origin, and that applicants and employees will be treated without regard to those characteristics in hiring, promotion, pay, training and dismissal.",
        "{Sc} will furnish all information and reports requested by {B} concerning its compliance with this clause, and will permit {B} to inspect its books, records and accounts for that purpose.",
        "If {S} fails to comply with this clause, {B} shall be entitled to cancel, terminate or suspend the Contract in whole or in part and to declare {S} ineligible for further contracts with {B}.",
        "{Sc} shall include the provisions of this clause in every subcontract and purchase order so that they are binding on each subcontractor and vendor.",
        c={"obl": P, "rep": P, "rec": P, "term": P, "sanc": P, "flow": P},
        grounds=["race", "colour", "religion", "sex", "sexual_orientation", "gender_identity", "national_origin"],
        note="US-style equal employment opportunity clause written out in full (not by reference)."),
    "weak": V(
        "Equal opportunities",
        "{Sc} should endeavour to observe the principles of equal treatment and should, where reasonably practicable, avoid discrimination on grounds of sex, race or disability in the performance of the Contract.",
        "{Bc} may ask {S} for information about its equal opportunities practice from time to time.",
        "{Sc} will use reasonable efforts to encourage its subcontractors to adopt similar principles.",
        "{Bc} may terminate the Contract if {S} is convicted, by a final judgment, of an offence of unlawful discrimination committed in connection with the Contract.",
        c={"obl": W, "rep": W, "flow": W, "term": W}, grounds=["sex", "race", "disability"],
        note="weakened throughout: 'should endeavour' / 'where reasonably practicable' (obligation and its partial ground list weak), 'may ask' with no duty to supply (reporting weak), 'reasonable efforts to encourage' (flow-down weak), termination only after a final conviction (weak)."),
    "negated": V(
        "Non-discrimination",
        "{Sc} shall comply with the Equality Act 2010 and shall not discriminate against any employee or applicant for employment engaged in the performance of this Contract.",
        "For the avoidance of doubt, {S} is not required to report to {B} on the measures it takes under this clause, and {B} shall have no right to audit {S}'s employment practices.",
        "{Sc} shall not be liable for its subcontractors' compliance with this clause.",
        c={"obl": P}, neg="rep rec prime",
        note="binding obligation, but reporting, records access and responsibility for subcontractors are expressly negated (missing)."),
    "laws_list": V(
        "Compliance with legislation",
        "{Sc} shall, in performing the Contract, comply with all applicable laws, including legislation relating to health and safety, employment, taxation, the environment, modern slavery and anti-discrimination.",
        c={"obl": W}, note="'comply with all laws' list naming anti-discrimination law: obligation weak."),
    "alone_records": V(
        "Monitoring of equality compliance",
        "{Sc} shall, on five Working Days' notice, give {B} or its nominated auditor access to its recruitment and employment records, staff policies and any premises used for the Contract, so that {B} can verify that {S} does not unlawfully discriminate in the performance of the Contract.",
        c={"rec": P, "obl": W},
        note="records access tied to non-discrimination (present); the duty not to discriminate is only implied by it (obligation weak)."),
    "alone_workplace": V(
        "Dignity at work",
        "{Sc} shall adopt and enforce a policy to prevent bullying, harassment and victimisation of the Staff working on the Contract. The policy shall include a confidential procedure by which Staff can report harassment, and {S} shall act on every report without delay.",
        c={"work": P, "obl": W},
        note="harassment-only workplace clause: workplace present; obligation weak because the clause covers harassment only (corpus rule, cf. A05)."),
    "alone_sanctions": V(
        "Remedies for breach of equality law",
        "If {S} breaches the Equality Act 2010 in connection with the performance of this Contract, {B} shall be entitled to deduct {cur}2,500 from the next payment due as liquidated damages for each such breach, and may suspend payment of the Charges until {S} has remedied the breach to {B}'s reasonable satisfaction.",
        c={"sanc": P, "obl": W},
        note="sanctions (liquidated damages, suspension of payment) tied to breach of equality law: present; the obligation itself is only implied (weak)."),
    "annex_body": V(
        "Equality requirements",
        "{Sc} shall comply with the Equality Act 2010 and shall not discriminate unlawfully in the provision of the Services or in the employment of Staff.",
        "Within ten Working Days of a written request, {S} shall provide {B} with a written statement of the measures it has taken to comply with paragraph 1.",
        "Obligations equivalent to those in this Schedule are to be imposed by {S} on every subcontractor, and any failure by a subcontractor to comply with them shall be treated as a failure by {S}, for which {S} remains responsible to {B}.",
        c={"obl": P, "rep": P, "flow": P, "prime": P},
        note="clause placed in a schedule at the end of the contract; binding obligation, report on request, flow-down with prime responsibility."),
    "xref_term": V(
        "",
        "A breach of paragraph 1 or 2 of {annex_ad} (Equality requirements) shall be treated as a material breach which cannot be remedied, and {B} may terminate the Contract under this clause with immediate effect.",
        c={"term": P}, note="cross-reference: breach of the equality schedule is a material breach giving a termination right (present)."),
}

# Hard negatives: look like anti-discrimination text but must stay missing.
HARD = {
    "pricing": V(
        "Non-discriminatory pricing",
        "{Sc} shall apply non-discriminatory pricing: the Charges for any Service shall not exceed the charges {S} applies to any other public-sector customer for the same service in comparable volumes.",
        note="hard negative: 'non-discriminatory pricing' is a price term, not an anti-discrimination obligation"),
    "mfn": V(
        "Most favoured customer",
        "If during the term {S} offers any other customer terms for substantially similar services that are more favourable than those in this Contract, {S} shall promptly offer the same terms to {B} with effect from the date they were first offered to that customer.",
        note="hard negative: most-favoured-customer clause"),
    "network": V(
        "Traffic management",
        "{Sc} shall manage traffic on the network in a non-discriminatory manner, treating all data packets equally irrespective of sender, receiver, content or application, except for reasonable traffic management measures permitted by Regulation (EU) 2015/2120.",
        note="hard negative: non-discriminatory network traffic management"),
    "technical": V(
        "Detection equipment",
        "Vehicle detectors shall discriminate reliably between bicycles and motor vehicles, with a detection accuracy of not less than 98 per cent. The discrimination threshold shall be adjustable from the controller without a site visit.",
        note="hard negative: 'discriminate' in a technical sense (detector classification)"),
    "recital": V(
        "Equality commitment of the Council",
        "{auth} is committed to equality of opportunity and to eliminating discrimination in the way it delivers services and employs people, as set out in its Equality Strategy 2023–2027. This statement describes {B}'s own policy and does not in itself create obligations for {S}.",
        note="hard negative: recital / policy statement that binds only the authority"),
    "authority_harassment": V(
        "Conduct at {B}'s premises",
        "{Bc} operates a policy of zero tolerance towards harassment and bullying of its own employees. Complaints by {B}'s employees are dealt with under {B}'s internal grievance procedure.",
        "{Sc}'s Staff shall sign in at reception and wear identification badges at all times on the Premises.",
        note="hard negative: harassment-free workplace policy of the authority, not the supplier"),
}


# ---------------------------------------------------------------------------------------------
# Front matter, signatures, annexes
# ---------------------------------------------------------------------------------------------
def front(ctx: dict, kind: str, rng) -> list[dict]:
    if kind == "tender":
        return [
            {"t": "title", "text": rng.choice(["Invitation to Tender", "Tender Documents", "Request for Tenders"])},
            {"t": "subtitle", "text": "{subj_title} – Reference {ref_no}".format_map(ctx)},
            {"t": "center", "text": "Issued by {auth}, {auth_addr}".format_map(ctx)},
            {"t": "center", "text": "Date of issue: {d1}".format_map(ctx)},
            {"t": "space", "h": 30},
            {"t": "left", "text": "Tenderers are reminded that the closing date for tenders is {d3} at 12:00 noon. "
                                  "The documents comprise Part A (Instructions to Tenderers), Part B (Conditions of Contract) "
                                  "and the appendices.".format_map(ctx)},
            {"t": "pagebreak"},
        ]
    title = rng.choice(["Contract for {subj_title}", "Agreement for the Provision of {subj_title}",
                        "{subj_title} Contract", "Services Contract: {subj_title}"]).format_map(ctx)
    return [
        {"t": "title", "text": title},
        {"t": "subtitle", "text": "Contract reference {ref_no}".format_map(ctx)},
        {"t": "left", "text": "THIS CONTRACT is dated {date}.".format_map(ctx), "after": 8},
        {"t": "left", "text": "BETWEEN", "after": 4},
        {"t": "left", "text": '(1) {auth} of {auth_addr} (hereinafter "{Bt}"); and'.format_map(ctx), "after": 4},
        {"t": "left", "text": '(2) {sup}, a company registered in England and Wales under number {sup_id}, whose registered office '
                              'is at {sup_addr} (hereinafter "{St}"),'.format_map(ctx), "after": 4},
        {"t": "left", "text": 'each a "Party" and together "the Parties".', "after": 10},
    ] + ([{"t": "pagebreak"}] if rng.random() < 0.5 else [])


def signatures(ctx: dict) -> list[dict]:
    return [
        {"t": "left", "text": "Signed by the authorised representatives of the Parties on the date stated above.", "after": 6},
        {"t": "table", "borders": False, "header": False, "rows": [
            ["For and on behalf of {auth}".format_map(ctx), "For and on behalf of {sup}".format_map(ctx)],
            ["Signature: ____________", "Signature: ____________"],
            ["Name: {contact_b}".format_map(ctx), "Name: {contact_s}".format_map(ctx)],
            ["Position: Head of Procurement", "Position: Managing Director"],
            ["Date: ____________", "Date: ____________"]]},
    ]


REQ_TEMPLATES = [
    "{Sc} shall carry out {task} {freq} and record each occasion in the service log.",
    "{taskc} shall be performed in accordance with the method statement approved by {B} at mobilisation.",
    "Any failure in {task} shall be reported to {B}'s Contract Manager within {hours} hours, together with the corrective action taken.",
    "{Sc} shall keep all equipment used for {task} clean, safe and in good working order, and shall replace defective equipment within two Working Days.",
    "The quality of {task} will be assessed at the monthly inspection. A score below {score} out of 5 requires {S} to submit a corrective action plan within five Working Days.",
    "{Sc} shall ensure that Staff responsible for {task} have received documented training before starting work.",
    "Records of {task} shall be kept for at least two years and made available to {B} on request.",
    "Where {task} cannot be carried out because of access restrictions, {S} shall agree an alternative time with the site contact.",
]
FREQS = ["daily", "weekly", "twice weekly", "monthly", "on each scheduled visit", "every Working Day before 08:00",
         "at intervals stated in the site schedule", "quarterly"]


def spec_annex(ctx: dict, rng, n_req: int) -> list:
    tasks = ctx["tasks"]
    paras: list = ["This Specification describes the minimum requirements for {subj}. {Sc} shall meet every requirement unless {B} agrees otherwise in writing.".format_map(ctx)]
    section = 0
    for i in range(n_req):
        if i % 8 == 0:
            section += 1
            paras.append(("h", f"{section}. " + rng.choice(["General requirements", "Service delivery", "Quality control",
                                                            "Staffing and training", "Health and safety", "Reporting and records",
                                                            "Equipment and materials", "Mobilisation", "Service levels",
                                                            "Communication with sites"])))
        task = rng.choice(tasks)
        t = rng.choice(REQ_TEMPLATES)
        d = dict(ctx, task=task, taskc=task[0].upper() + task[1:], freq=rng.choice(FREQS), hours=rng.choice([2, 4, 24, 48]),
                 score=rng.choice([3, 4]))
        paras.append(("np", f"R{section}.{i % 8 + 1} " + t.format_map(d)))
    return paras


def price_annex(ctx: dict, rng) -> list:
    rows = [["Item", "Unit", "Price ({cur})".format_map(ctx)]]
    for it in ctx["items"]:
        desc, _, unit = it.partition(" (")
        rows.append([desc, unit.rstrip(")") or "each", f"{rng.randint(12, 900)}.{rng.randint(0, 99):02d}"])
    return ["The following rates apply for the first contract year and are subject to review under the price clause.",
            ("table", rows), "All rates exclude VAT. Travel, equipment and consumables are included unless stated otherwise."]


SLA_INTRO = "The key performance indicators below apply from the end of the mobilisation period."


def sla_annex(ctx: dict, rng) -> list:
    rows = [["KPI", "Target", "Measurement"]]
    for t in rng.sample(ctx["tasks"], 5):
        rows.append([t[0].upper() + t[1:], f"{rng.choice([95, 97, 98, 99])} %", rng.choice(["Monthly report", "Audit sample",
                                                                                         "Service log", "Customer survey"])])
    return [SLA_INTRO, ("table", rows), "Persistent failure to meet a KPI for three consecutive months is a material breach."]


ANNEX_TITLES = {"spec": "Specification", "prices": "Pricing Schedule", "sla": "Key Performance Indicators",
                "dpa": "Data Processing Details"}


def dpa_annex(ctx: dict, rng) -> list:
    return [T(["Item", "Details"], ["Subject matter", "Processing needed to provide {subj}"],
              ["Duration", "The term of the Contract and six months after"],
              ["Categories of data subject", "Service users, {B}'s staff, members of the public"],
              ["Types of personal data", "Names, addresses, contact details, service records"],
              ["Retention", "Deleted or returned at the end of the Contract"]),
            "{Sc} shall not engage a sub-processor without {B}'s prior written authorisation."]


NAMES = ["Helen Ashworth", "David Okafor", "Priya Raman", "Gareth Lloyd", "Siobhan Murphy", "Tom Whitfield",
         "Aisha Khan", "Neil Carmichael"]

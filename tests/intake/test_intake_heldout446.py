"""The four-hundred-and-forty-sixth held-out set: 14 letters (letters/heldout446) from state and local public-records
offices of fourteen states, each under its own law, by letter and through portals, mostly from the less common offices
(governors' offices, a state attorney general, universities, school districts, state corrections, a toll authority and
an open-records appeals office): a Washington Attorney General's third installment of records with an exemption log
(work product under RCW 42.56.290 and attorney-client privilege); a California Governor's Office denial (PDF) of
correspondence with the Board of Parole Hearings as the Governor's correspondence and under the public-interest
balancing test; an Austin Independent School District e-mail asking to clarify or narrow a broad request under Gov't
Code 552.222(b), with the 61-day withdrawal; an Illinois Office of the Governor letter in Word taking five more
business days under 5 ILCS 140/3(e) to a date; a New York Attorney General FOIL answer (PDF) granting in part with its
counts and grounds under Public Officers Law 87(2)(a), (g) and (b); a Pennsylvania Turnpike Commission grant in full
under the Right-to-Know Law; a Florida State University NextRequest closure with no responsive records; a Kent State
University letter confirming a withdrawn Ohio public records request; an Ann Arbor Public Schools Board of Education
decision upholding a FOIA denial on appeal (FERPA through MCL 15.243(2), and MCL 15.243(1)(a)); a Gwinnett County
Public Schools three-business-day Open Records Act letter in Word with a cost estimate in a table and a date; a New
Mexico Corrections Department NextRequest closure releasing records in part under IPRA; a University of Wyoming
acknowledgement with the day received and a date; a Connecticut Department of Emergency Services and Public Protection
letter denying an inmate's indigence fee waiver and stating the copying fee; and a Hawaii Office of Information
Practices memorandum opinion (PDF) on an appeal, finding the Department of Corrections and Rehabilitation must disclose
use of force reports (docket only). Written blind and committed before the rules were run on them.

- b01-wa-ago-pra-installment.txt: Washington Attorney General's Office, P014672-102226, third installment: 212 pages
  (171 in full, 41 redacted), 9 withheld, RCW 42.56.290 and RCW 5.60.060(2)(a); the next installment's date is not a
  completion date.
- b02-ca-governor-cpra-denial.pdf: California Governor's Office, PRA-2026-1427, denied under Government Code 7928.000
  and 7922.000.
- b03-tx-austin-isd-pia-clarification.eml: Austin ISD, R004817-120226, received December 2, 2026, clarification asked
  under Gov't Code 552.222(b).
- b04-il-governor-foia-extension.docx: Illinois Office of the Governor, FOIA 26-2143, received December 3, 2026, five
  business days under 5 ILCS 140/3(e) to December 17, 2026.
- b05-ny-oag-foil-partial.pdf: New York Attorney General, FOIL G004417, granted in part: 143 pages released (85 in
  full, 58 redacted), 21 withheld, Public Officers Law 87(2)(a) with CPLR 4503, 87(2)(g) and 87(2)(b).
- b06-pa-turnpike-rtk-granted.txt: Pennsylvania Turnpike Commission, RTK 2026-0912, granted, 14 pages in full.
- b07-fl-fsu-nextrequest-no-records.eml: Florida State University, NextRequest 26-1873, closed with no responsive
  records.
- b08-oh-kent-state-records-withdrawn.txt: Kent State University, PRR 26-0384, withdrawal confirmed and request closed.
- b09-mi-aaps-foia-appeal-denied.txt: Ann Arbor Public Schools Board of Education, FOIA 2026-231, appeal denied,
  upholding MCL 15.243(2) (FERPA, 20 U.S.C. 1232g) and MCL 15.243(1)(a).
- b10-ga-gcps-ora-estimate.docx: Gwinnett County Public Schools, ORR-26-3318, received December 15, 2026, estimate of
  $200.11 (a table), records by January 22, 2027.
- b11-nm-nmcd-nextrequest-partial.eml: New Mexico Corrections Department, IPRA 26-2184, 64 pages released, 6 withheld,
  NMSA 1978, 14-2-1(A) and 14-2-1(G).
- b12-wy-uw-public-records-ack.txt: University of Wyoming, UW-PRR-2026-0419, received December 16, 2026, response by
  January 15, 2027.
- b13-ct-despp-fee-waiver-denied.txt: Connecticut DESPP, DESPP-FOI-26-03381, received December 8, 2026, indigence fee
  waiver under Conn. Gen. Stat. 1-212(d)(1) denied, fee of $29.50 (118 pages at $0.25).
- b14-hi-oip-appeal-decision.pdf: Hawaii Office of Information Practices, U APPEAL 26-31, the frustration exception of
  HRS 92F-13(3) rejected and the reports to be disclosed in their entirety.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Washington Attorney General installment: the Attorney General's model rules on installments, exemption logs and
  closing a request not collected (chapter 44-14 WAC), https://app.leg.wa.gov/wac/default.aspx?cite=44-14&full=true
  and http://lawfilesext.leg.wa.gov/Law/WSR/2017/17/17-17-157.htm, and the Office's own practice of closing an
  installment not paid or picked up within 30 days,
  https://washcog.org/perspectives-11-when-it-comes-to-transparency-the-state-ag-lags
- b02 California Governor's Office denial: the Governor's correspondence exemption and the deliberative process
  privilege under the public-interest balancing test,
  https://e.casetext.com/case/california-first-amend-coal-v-superior-court and
  https://cetient.com/case/6350908/rittiman-v-puc, and the Attorney General's letter for a Governor on his records,
  https://de.scribd.com/document/367876785/Cfe-CA-Ag-Letter
- b03 Austin ISD clarification: Gov't Code 552.222(b) and (d) as school districts apply them,
  https://kbslawgroup.com/uncategorized/2020-11-6-kbs-reference-desk-tpia-10-day-extension/ and
  https://ntxca.org/page/public-information-request
- b04 Illinois Governor's extension: the Public Access Bureau's determination on the Governor's Office's 3(e)
  extensions ("extended the time for response ... by five business days pursuant to section 3(e)(vi)"),
  https://assets.documentcloud.org/documents/4356739/49845-49984-F-3d-No-Pb-Response-Sa.txt, and
  https://www.leecountyil.com/337/Response-Times
- b05 New York Attorney General FOIL answer: the appeal paragraph and Committee on Open Government copy of Public
  Officers Law 89(4)(a), https://www4.erie.gov/clerk/how-appeal-foil-decision and
  https://regulations.justia.com/states/new-york/title-21/chapter-lxxvii/subchapter-b/part-9760/section-9760-5
- b06 Pennsylvania Turnpike Commission grant: the Commission's Right-to-Know page (Open Records Officer, Legal
  Department, P.O. Box 67676), https://www.paturnpike.com/news/right-to-know-requests, and the appeal to the Office of
  Open Records within 15 business days, http://pafoic.org/right-to-know-request-and-appeals-process/
- b07 Florida State University closure: the University's NextRequest portal and its notes on chapter 119 and
  direct-support organizations, https://fsu.nextrequest.com/faqs and
  http://policies.vpfa.fsu.edu/policies-and-procedures/records-information/uniform-charge-procedure-public-records
- b08 Kent State withdrawal: the Office of General Counsel's public records pages and policy 5-15.1,
  http://www2.kent.edu/generalcounsel/publidrecordsrequests/publicrecordsrequests.cfm and
  http://www.kent.edu/policyreg/administrative-policy-regarding-public-records
- b09 Ann Arbor Public Schools appeal decision: a Michigan school board's decision on a FOIA appeal under MCL 15.240
  and the FERPA exemption of MCL 15.243(2), https://print.casetext.com/case/roe-v-unnamed-sch-dist, and the school
  districts' FOIA procedures, https://www.newaygo.net/district/foia/
- b10 Gwinnett County Public Schools estimate: a Georgia school district's open records procedure ("within three (3)
  business days ... Once an estimate has been provided, the requestor will have ten (10) days to approve the
  estimate"),
  https://docs.google.com/forms/d/e/1FAIpQLSdQpLt-UnYC71A29pFe16aGLzqpcvIW4zGRjXnnCkqI6FYWIQ/viewform, and O.C.G.A.
  50-18-71 on the first quarter hour and the lowest paid employee, https://forsythpl.org/open-records and
  http://gfaf.org/open_records_request/
- b11 New Mexico Corrections Department closure: the Department's IPRA notice and NextRequest portal,
  https://www.cd.nm.gov/divisions/administrative-support/office-of-general-counsel/ipra-notice/, and the Attorney
  General's IPRA Compliance Guide,
  https://fr.scribd.com/document/359914493/Inspection-of-Public-Records-Compliance-Guide-2015
- b12 University of Wyoming acknowledgement: W.S. 16-4-202 (the designated public records person, records not
  available forwarded to the custodian) and 16-4-203(d) (trade secrets and confidential commercial data),
  https://casetext.com/statute/wyoming-statutes/title-16-city-county-state-and-local-powers/chapter-4-uniform-municipal-fiscal-procedures-public-records-documents-and-meetings/article-2-public-records/section-16-4-202-right-of-inspection-rules-and-regulations-unavailability-training
  and https://www.smarsh.com/blog/regulations/wyoming-public-records-act/
- b13 Connecticut DESPP fee waiver: the Freedom of Information Commission's decisions on indigence fee waivers denied
  to inmates ("denied the complainant's request for a fee waiver based on indigence"),
  http://www.ctlawtribune.com/most-viewed-decisions/id=1202611864919/Place+v+Deputy+Director+State+Of+Connecticut+Judicial+Branch+Court+Operations+Division+Legal+Services%3Fmcode=1382076646461&curindex=18
  and http://state.ct.us/foi/2010FD/20100714/FIC2009-483.htm
- b14 Hawaii Office of Information Practices decision: OIP's guide to its appeals and chapter 2-73 HAR,
  https://ags.hawaii.gov/oip/?p=13210 and https://ags.hawaii.gov/oip/appeal-rules/, and the OIP opinions of earlier
  sets (the "Right to Bring Suit" paragraphs, HRS 92F-43).

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 314a61c4: 12 of 14 fully right. Wrong were:
- b02 (b02-ca-governor-cpra-denial.pdf): exemptions ['Government Code § 7928.000', 'Government Code § 7922.000',
  'Government Code § 7923.000'] != ['Government Code § 7928.000', 'Government Code § 7922.000']
- b05 (b05-ny-oag-foil-partial.pdf): exemptions ['Public Officers Law § 87(2)(a)', 'Public Officers Law § 87(2)(g)',
  'Public Officers Law § 87(2)(b)'] != ['Public Officers Law § 87(2)(a)', 'CPLR 4503', 'Public Officers Law § 87(2)(g)',
  'Public Officers Law § 87(2)(b)']

After general fixes (what was read, with the sentence quoted; tests below), 14 of 14: b02's "you may institute
proceedings for injunctive or declarative relief or for a writ of mandate under Government Code section 7923.000" cites
the Act's section on suing to enforce it, the requester's remedy and no ground of the denial (as California's other
sections on the courts' review, §§ 7923.005-7923.500, and the old §§ 6258 and 6259); b05's "The 21 pages withheld in
full are communications between attorneys of this Office and the Bureau's investigative staff, ... and are privileged
under CPLR 4503" names the privilege of New York's Civil Practice Law and Rules that Public Officers Law § 87(2)(a)
takes in, logged beside it as earlier sets log the statutes § 87(2)(a) takes in (never the article 78 proceeding, CPLR
7801-7806).
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout446"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# After the sealed score: California's sections on suing to enforce the Act, cited in the paragraph on the requester's
# remedies, are no ground of the denial; New York's evidentiary privileges in the Civil Practice Law and Rules, cited
# for what § 87(2)(a) takes in, are.
_CA_DENIAL = ("Your request is denied. The records are exempt from disclosure under Government Code section 7928.000 "
              "and are withheld under Government Code section 7922.000.")


@pytest.mark.parametrize("remedy", [
    "If you believe the records have been improperly withheld, you may institute proceedings for injunctive or "
    "declarative relief or for a writ of mandate under Government Code section 7923.000.",
    "Nothing in the CPRA requires an administrative appeal before a requester may seek relief in the Superior Court "
    "under Government Code section 7923.000.",
    "You may petition the superior court for an order under Gov. Code, § 7923.100.",
    "The court's order is reviewable by petition for a writ under Government Code section 7923.500.",
    "You may bring an action under Government Code section 6258.",
])
def test_californias_sections_on_suing_are_no_ground(remedy: str) -> None:
    assert exemptions_in(f"{_CA_DENIAL} {remedy}") == ["Government Code § 7928.000", "Government Code § 7922.000"]


def test_californias_investigatory_records_exemption_is_still_a_ground() -> None:
    # near miss: § 7923.600, in the same chapter's numbering, is the exemption for investigatory records
    assert exemptions_in("Your request is denied. The reports are exempt from disclosure under Government Code section "
                         "7923.600.") == ["Government Code § 7923.600"]


_NY_ITEM = ("Your request is granted in part. The following records are withheld under Public Officers Law § 87(2)(a), "
            "which permits an agency to deny access to records specifically exempted by statute.")


@pytest.mark.parametrize(("privilege", "cited"), [
    ("The 21 pages withheld in full are communications between attorneys of this Office and its staff, and are "
     "privileged under CPLR 4503.", "CPLR 4503"),
    ("The memoranda withheld are attorney work product protected by CPLR § 3101(c).", "CPLR 3101(c)"),
    ("The notes withheld are material prepared for litigation and are exempt under C.P.L.R. 3101(d)(2).",
     "CPLR 3101(d)(2)"),
    ("The letters are withheld as privileged under Civil Practice Law and Rules Rule 4503.", "CPLR 4503"),
])
def test_a_privilege_of_the_cplr_withheld_under_87_2_a_is_a_ground(privilege: str, cited: str) -> None:
    assert exemptions_in(f"{_NY_ITEM} {privilege}") == ["Public Officers Law § 87(2)(a)", cited]


@pytest.mark.parametrize("remedy", [
    "If your appeal is denied, you may seek judicial review in a proceeding under CPLR Article 78.",
    "You may then commence a proceeding under CPLR 7803 in the Supreme Court.",
])
def test_the_cplr_article_78_proceeding_is_no_ground(remedy: str) -> None:
    # near miss: the requester's remedy in court, not a privilege
    assert exemptions_in(f"Your request is denied under Public Officers Law § 87(2)(b), which protects personal "
                         f"privacy. {remedy}") == ["Public Officers Law § 87(2)(b)"]

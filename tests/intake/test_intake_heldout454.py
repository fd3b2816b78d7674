"""The four-hundred-and-fifty-fourth held-out set: 14 letters (letters/heldout454) from state and local public-records
offices in fourteen states, each under its own law, by portal and by letter, from offices the earlier sets of this
focus did not use: a Washington State University five-day letter with its estimate of the first installment; a Fresno
County Sheriff's Office NextRequest e-mail closing a Public Records Act request with a release in part and eleven pages
withheld; a Texas Comptroller itemized statement of estimated charges (PDF) under Gov't Code 552.2615; an Illinois
Department of Children and Family Services denial in full of a child-death investigation file (Word, with a table of
the items asked for); a New York City Department of Sanitation OpenRecords e-mail assessing the FOIL copy fee; a City
of Erie Right-to-Know answer that no records exist; a University of Florida first installment (PDF) with redactions
and four pages withheld; a Hamilton County (Ohio) Sheriff's Office release in part with a numbered list of the R.C.
provisions applied; a Wayne State University ten-business-day extension e-mail under MCL 15.235(2)(d); a Gwinnett
County (Georgia) police denial in full of an officer-involved shooting file (Word); a Missouri State Highway Patrol
Sunshine Law letter asking the requester to narrow an unclear request; a scanned Louisiana State Police denial for
pending criminal litigation that still encloses the initial report; an Oregon State Police fee-waiver denial under ORS
192.324(5); and a Connecticut Freedom of Information Commission acknowledgement of a complaint against the Department
of Correction. Written blind and committed before the rules were run on them.

- i01-wa-wsu-pra-five-day.txt: Washington State University, PRR 26-1093, received December 2, 2026, first installment
  or further response by January 22, 2027 (RCW 42.56.520(1)(c)); no fee beyond $2.00 expected.
- i02-ca-fresno-so-nextrequest-partial.eml: Fresno County Sheriff's Office, NextRequest 26-4417 closed, released in
  part: 63 pages released, 11 withheld in full; Gov't Code 7927.700, 7922.000, 7923.600 and Penal Code 832.7(b)(6)(A)
  and (b)(8).
- i03-tx-comptroller-pia-itemized-statement.pdf: Texas Comptroller, ORR-26-18342, received December 3, 2026, itemized
  statement of $238.80; ten business days to answer or the request is withdrawn by operation of law.
- i04-il-dcfs-foia-denial.docx: Illinois DCFS, 2026-FOIA-02718, denied in full under 325 ILCS 5/11, 5 ILCS 140/7.5(a)
  and 20 ILCS 515/40; Public Access Counselor review within 60 days.
- i05-ny-dsny-openrecords-fee.eml: NYC Department of Sanitation, FOIL-2026-827-04391, received November 24, 2026, 214
  pages at $0.25, fee $53.50.
- i06-pa-erie-pd-rtk-no-records.txt: City of Erie Bureau of Police, RTK 2026-0587, no responsive records (65 P.S.
  67.705); appeal to the Office of Open Records in 15 business days.
- i07-fl-uf-first-installment.pdf: University of Florida, R004318-110426, first installment: 146 pages (131 in full,
  15 redacted), 4 withheld in full; Fla. Stat. 119.071(5)(a), 119.071(4)(d), 1004.22(2), 456.057(7)(a); a special
  service charge already paid.
- i08-oh-hamilton-sheriff-records-partial.txt: Hamilton County Sheriff's Office, HCSO-PRR-26-2214, granted in part: 38
  pages, redactions under R.C. 149.43(A)(1)(v), 149.45, 149.43(A)(2)(a), (A)(2)(b), (A)(2)(c), 149.433(B) and
  149.43(A)(1)(a); video withheld as security records.
- i09-mi-wayne-state-foia-extension.eml: Wayne State University, FOIA 26-0912, received December 10, 2026, extended
  ten business days to January 4, 2027.
- i10-ga-gwinnett-pd-ora-denial.docx: Gwinnett County Police Department, GCPD-ORR-2026-10477, withheld in full under
  O.C.G.A. 50-18-72(a)(4) and (a)(26.2); the initial incident report offered.
- i11-mo-mshp-sunshine-clarify.txt: Missouri State Highway Patrol, MSHP-SR-26-05836, received December 15, 2026,
  three numbered questions to narrow the request; closed as abandoned after 30 days without a reply.
- i12-la-lsp-records-denied.pdf: Louisiana State Police (scanned), PRR-26-03877, denied under La. R.S. 44:3(A)(1) and
  44:3(A)(2), the 2-page initial report enclosed under 44:3(A)(4).
- i13-or-osp-fee-waiver-denied.txt: Oregon State Police, OSP-PRR-2026-11702, received November 30, 2026, fee waiver
  denied under ORS 192.324(5); the earlier estimate stands.
- i14-ct-foic-complaint-receipt.txt: Connecticut Freedom of Information Commission, Docket #FIC 2026-0714, complaint
  received December 16, 2026, about Department of Correction request DOC-FOI-26-1386.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- i01 Washington State University: chapter 504-45 WAC (the Office of Procedures, Records, and Forms as public records
  office; costs), https://app.leg.wa.gov/wac/default.aspx?cite=504-45&full=true and
  http://lawfilesext.leg.wa.gov/law/wsr/2023/19/23-19-061.htm, and RCW 42.56.520,
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520
- i02 Fresno County Sheriff: NextRequest closure e-mails of earlier sets and Government Code 7922.535 and 7922.540,
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535
- i03 Texas Comptroller: Gov't Code 552.2615 (itemized statement, ten business days, withdrawn by operation of law),
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615
- i04 Illinois DCFS: 89 Ill. Adm. Code 431 and 325 ILCS 5/11 and 5/11.1a,
  https://ilga.gov/Commission/jcar/admincode/JCARTitlePart.asp?Title=089&Part=0431 and
  https://beta.ilga.gov/legislation/publicacts/pubact90/acts/90-0075.html, and the PAC paragraph of earlier Illinois
  denials.
- i05 NYC Department of Sanitation: Public Officers Law 87(1)(b)(iii) (25 cents a page),
  https://docsopengovernment.dos.ny.gov/coog/ftext/f18858.html and
  https://saratoga-springs.org/456/Freedom-of-Information-Law-Request
- i06 City of Erie: the Right-to-Know appeal paragraph and 65 P.S. 67.705 (no record need be created),
  https://centrecountypa.nextrequest.com/faqs, https://rocklandtownshipberks.org/open-records and
  http://pafoic.org/right-to-know-request-and-appeals-process/
- i07 University of Florida: section 119.07(4)(d) special service charges and university charge procedures,
  http://policies.vpfa.fsu.edu/policies-and-procedures/records-information/uniform-charge-procedure-public-records and
  http://www.myflsunshine.com/sun.nsf/manual/8EF55371C466B09A852566F30070A187
- i08 Hamilton County Sheriff: R.C. 149.43 and the Court of Claims complaint under R.C. 2743.75,
  https://ohiocourtofclaims.gov/public-records/ and https://law.justia.com/cases/ohio/court-of-claims/2022/2021-00699pq.html
- i09 Wayne State University: MCL 15.235(2)(d) (one notice extending for not more than 10 business days),
  https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/
  and https://oakland.edu/policies-regulations/FOIA/index
- i10 Gwinnett County Police: the Georgia law-enforcement guide to the Open Records Act (pending investigation, initial
  incident reports), https://studylib.net/doc/8442958/georgia-law-enforcement-and-the-open-records-act and
  https://www.readkong.com/page/georgia-s-sunshine-laws-a-citizen-s-guide-to-open-government-9908759
- i11 Missouri State Highway Patrol: RSMo 610.023 (custodian of records),
  https://instalawyer.io/laws/missouri-revised-statutes/section-610023-records-of and
  http://mycusthelp.com/MODOT/_cs/AnswerDetail.aspx?sSessionID=&aid=127
- i12 Louisiana State Police: La. R.S. 44:3, https://www.legis.la.gov/legis/law.aspx?d=99685, and the records
  custodian of Asante-Chioke v. Hodges, https://caselaw.findlaw.com/court/la-court-of-appeal/117339669.html
- i13 Oregon State Police: ORS 192.324 (fee waivers in the public interest, petition to the Attorney General),
  https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_192-324
- i14 Connecticut FOI Commission: Regs. Conn. State Agencies 1-21j-28 (the complaint) and the Commission's docket
  captions, https://portal.ct.gov/FOI/Regulations/Regulations/Section-121j28-ab--Form-of-complaint and
  https://portal.ct.gov/foi/agenda-and-minutes/casehearings2016/hearingagd20160125

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8f36b46: 10 of 14 fully right. Wrong were:
- i01 (i01-wa-wsu-pra-five-day.txt): kinds ['final_determination'] != ['acknowledged']; received None != '2026-12-02';
  expected_by None != '2027-01-22'
- i07 (i07-fl-uf-first-installment.pdf): exemptions ['Fla. Stat. § 119.071(5)(a)', 'Fla. Stat. § 1004.22(2)', 'Fla.
  Stat. § 456.057(7)(a)'] != ['Fla. Stat. § 119.071(5)(a)', 'Fla. Stat. § 119.071(4)(d)', 'Fla. Stat. § 1004.22(2)',
  'Fla. Stat. § 456.057(7)(a)']
- i13 (i13-or-osp-fee-waiver-denied.txt): kinds ['acknowledged', 'fee_waiver_decision', 'clarification_requested'] !=
  ['acknowledged', 'fee_waiver_decision']
- i14 (i14-ct-foic-complaint-receipt.txt): kinds ['acknowledged'] != ['appeal_acknowledged']; appeal_number None != 'FIC
  2026-0714'

After general fixes (tests below): i14 is a complaint's receipt acknowledged by the review body, the day it came in
set between ("This will acknowledge receipt on December 16, 2026, of your complaint, which has been assigned the docket
number above."), an appeal acknowledged under its docket. 11 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout454"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "i01-wa-wsu-pra-five-day.txt",
    "i07-fl-uf-first-installment.pdf",
    "i13-or-osp-fee-waiver-denied.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_DOCKET = "Re: Docket #FIC 2026-0714\n\n"


@pytest.mark.parametrize("body", [
    "This will acknowledge receipt on December 16, 2026, of your complaint, which has been assigned the docket number "
    "above.",
    "This acknowledges receipt, on December 16, 2026, of your complaint against the Town of Hamden. Please cite docket "
    "number FIC 2026-0714 in all correspondence.",
    "The Commission acknowledges receipt on December 16, 2026 of your formal complaint, Docket No. FIC 2026-0714.",
])
def test_a_complaints_receipt_with_its_day_between_is_an_appeal_acknowledged(body: str) -> None:
    found = events_in(_DOCKET + body, "December 22, 2026")
    assert [(e.kind, str(e.received), e.appeal_number) for e in found] == [
        (EventKind.APPEAL_ACKNOWLEDGED, "2026-12-16", "FIC 2026-0714")]


@pytest.mark.parametrize("body", [
    "We acknowledge receipt on December 16, 2026, of your request for records, which has been assigned the docket "
    "number above.",
    "This will acknowledge receipt on December 16, 2026, of your letter, which has been assigned the docket number "
    "above.",
])
def test_the_receipt_of_a_request_or_a_letter_is_no_complaint(body: str) -> None:
    assert [e.kind for e in events_in(_DOCKET + body, "December 22, 2026")] == [EventKind.ACKNOWLEDGED]

"""The four-hundred-and-seventy-second held-out set: 14 letters (letters/heldout472) from state and local
public-records offices in fourteen states, none of them Washington, under their own laws and in the formats they
really send: an Orange County Sheriff's Department NextRequest e-mail with a first release of drone records under the
California Public Records Act; a Fort Bend County Sheriff's Office itemized statement of estimated charges under the
Texas Public Information Act; a Rockford Police Department answer in part in Word with a table of its Illinois FOIA
redactions; a Nassau County Police Department FOIL appeal decision (PDF) upholding the denial of an open collision
file; a County of Lancaster final response granting a Right-to-Know request in part, with the copying fee due; a City
of Fort Lauderdale GovQA e-mail granting a chapter 119 request in full; a Summit County Sheriff's Office denial of an
in-custody death file as confidential law enforcement investigatory records under R.C. 149.43; a Macomb County
Sheriff's Office notice (PDF) taking the ten business days of MCL 15.235(2)(d); a Clayton County Public Schools
Georgia Open Records Act answer finding no records; a Tulsa Police Department acknowledgement under the Oklahoma Open
Records Act with an expected date; an Omaha Police Department e-mail giving the written explanation of delay of Neb.
Rev. Stat. § 84-712(4); a Salt Lake County GRAMA fee-waiver denial in Word; a City of Charleston letter asking for a
South Carolina FOIA request to be clarified; and a Las Vegas Metropolitan Police Department scanned letter closing a
Nevada Public Records Act request whose fee went unpaid. Written blind and committed before the rules were run on
them.

- b01-ca-ocsd-nextrequest-interim.eml: Orange County Sheriff's Department, CPRA request 26-11842, first of three
  releases: 46 pages, 29 in full and 17 redacted under Government Code § 7923.600, § 7927.705 with Penal Code §
  832.7(a), and § 7922.000; the next release expected by January 15, 2027.
- b02-tx-fbcso-pia-cost-estimate.txt: Fort Bend County Sheriff's Office, request FBSO-2026-PIA-03317 received
  December 1, 2026, itemized statement of $292.20 under Gov't Code § 552.2615, deposit required.
- b03-il-rockford-pd-foia-partial.docx: Rockford Police Department, FOIA request R002318-112526, granted in part: 31
  pages, a table of redactions under 5 ILCS 140/7.5(bb) with 705 ILCS 405/1-7, 7(1)(b) and 7(1)(c); the earlier
  five-day extension recalled.
- b04-ny-nassau-pd-foil-appeal-affirmed.pdf: Nassau County Police Department FOIL Appeals Officer, appeal AP-2026-0187
  of request FOIL-2026-14420, denied: Public Officers Law § 87(2)(e)(i) and § 87(2)(b) upheld.
- b05-pa-lancaster-county-rtk-partial.txt: County of Lancaster, RTK-2026-0692, granted in part: 58 pages released (9 in
  full, 49 redacted), 23 withheld, 65 P.S. § 67.708(b)(16), (b)(17), (b)(5), (b)(6)(i)(A) and (b)(2); $14.50 due
  before release.
- b06-fl-fort-lauderdale-govqa-fulfilled.eml: City of Fort Lauderdale, P047215-120326, 64 pages in full, no fee, closed.
- b07-oh-summit-sheriff-records-denied.txt: Summit County Sheriff's Office, SCSO-PRR-26-1904, denied: R.C.
  149.43(A)(1)(h), (A)(2)(a), (A)(2)(c), R.C. 313.10(A)(2)(a) and R.C. 149.433(B).
- b08-mi-macomb-sheriff-foia-extension.pdf: Macomb County Sheriff's Office, MCSO-FOIA-26-2217 received December 8,
  2026, extended ten business days to December 31, 2026.
- b09-ga-clayton-schools-ora-no-records.txt: Clayton County Public Schools, ORR 26-0874, no responsive records.
- b10-ok-tulsa-pd-open-records-ack.txt: Tulsa Police Department, TPD-OR-2026-05531 received December 14, 2026, a
  response expected on or about February 5, 2027.
- b11-ne-omaha-pd-public-records-delay.eml: Omaha Police Department, OPD-PR-26-3390 received December 14, 2026,
  written explanation of delay, earliest practicable date January 22, 2027.
- b12-ut-slco-grama-fee-waiver-denied.docx: Salt Lake County GRAMA Office, SLCo-GR-26-04418, fee waiver (and
  reduction) denied under Utah Code § 63G-2-203(4), appeal to the Mayor's Office in 30 days.
- b13-sc-charleston-foia-clarify.txt: City of Charleston FOIA Office, 2026-FOIA-2471 received December 16, 2026, three
  questions to clarify, closed as withdrawn without an answer by January 8, 2027.
- b14-nv-lvmpd-npra-closed-unpaid-scanned.pdf: Las Vegas Metropolitan Police Department, LVMPD-PRR-26-8816,
  administratively closed because the $148.00 fee noticed on November 6, 2026 went unpaid (scanned).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Orange County Sheriff's NextRequest release: the Public Records Act's investigation and personnel-record
  provisions and the portal's release notices of earlier sets,
  https://firstamendmentcoalition.org/asked-and-answered/denied-records-of-homicide-investigation and
  https://assets.documentcloud.org/documents/5740301/FAC-v-Becerra-Petition-FINAL-With-Exhibits.txt
- b02 Fort Bend County Sheriff's cost estimate: Gov't Code § 552.2615 and 1 Tex. Admin. Code § 70.7 (the itemized
  statement, the ten business days, automatic withdrawal, the overcharge complaint),
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 and
  https://www.law.cornell.edu/regulations/texas/1-Tex-Admin-Code-SS-70-7
- b03 Rockford answer in part: the Public Access Counselor's Request for Review within 60 days and the denial's
  contents, https://il-batavia.civicplus.com/919/Denied-Request and
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425
- b04 Nassau County FOIL appeal: Public Officers Law § 89(4)(a) (ten business days, copy to the Committee on Open
  Government, Article 78 within four months), https://www4.erie.gov/clerk/how-appeal-foil-decision and
  https://docsopengovernment.dos.ny.gov/coog/ftext/f9508.htm
- b05 Lancaster County final response: the RTKL appeal to the Office of Open Records within 15 business days, with
  its required contents, https://earltwpberks.com/right-to-know and https://centrecountypa.nextrequest.com/faqs
- b06 Fort Lauderdale GovQA completion: the GovQA notices of earlier sets (reference number, "Please respond above this
  line"), the e-mail address notice of Fla. Stat. § 668.6076 and a Broward city clerk's practice under chapter 119,
  https://www.sarasotacountyschools.net/Page/1359 and https://wiltonmanors.gov/128/Requesting-Records-Information
- b07 Summit County Sheriff's denial: the CLEIR exception and its two-prong test, the Court of Claims remedy of R.C.
  2743.75,
  http://www.rcfp.org/ohio-open-government-guide/iv-record-categories-open-or-closed/n-police-records/4-investigatory-reco
  and https://law.justia.com/cases/ohio/court-of-claims/2018/2018-01195pq.html
- b08 Macomb County Sheriff's extension: MCL 15.235(2)(d) (one notice, not more than 10 business days),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/
- b09 Clayton County Public Schools no records: the Open Records Act's three business days and the rule that no record
  need be created, https://corporate.findlaw.com/law-library/georgia-open-records-act-three-steps-to-responding-to-open.html
  and http://gfaf.org/open_records_request/
- b10 Tulsa Police acknowledgement: 51 O.S. § 24A.5 (prompt, reasonable access; excessive disruption; search fees),
  http://oklegal.onenet.net/oklegal-cgi/get_statute?99/Title.51/51-24A.5.html and
  https://oklahoma.gov/oeqa/about-oeqa/contact-us/open-records-request.html
- b11 Omaha Police delay letter: Neb. Rev. Stat. § 84-712(4) (four business days, written explanation, earliest
  practicable date) and § 84-712.04, https://ago.nebraska.gov/public-records and
  https://www.muckrock.com/place/united-states-of-america/nebraska/exemption/constructive-denial-44/
- b12 Salt Lake County fee-waiver denial: Utah Code § 63G-2-203(4) and § 63G-2-401 (appeal of a fee-waiver denial to
  the chief administrative officer in 30 days, the notice's contents), https://lexace.ai/us/statute/utah/63G-2-401 and
  https://archives.utah.gov/src/srcappeal-2017-32.html
- b13 Charleston clarification: S.C. Code § 30-4-30(C) (ten business days for the determination) and a city's FOIA
  practice, https://masc.sc/node/1169 and https://cityofgreenvillesc.nextrequest.com/faqs
- b14 Las Vegas Metropolitan Police closure: NRS 239.0107 (the fifth business day notice) and NRS 239.052 (fees),
  https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for and
  http://nvdetr.org/public_records.htm

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at fb9d6f67: 10 of 14 fully right. Wrong were:
- b01 (b01-ca-ocsd-nextrequest-interim.eml): exemptions ['Government Code § 7923.600(a)', 'Government Code § 7927.705',
  'Penal Code § 832.7(a)', 'Government Code § 7922.000'] != ['Government Code § 7923.600', 'Government Code § 7927.705',
  'Penal Code § 832.7(a)', 'Government Code § 7922.000']
- b04 (b04-ny-nassau-pd-foil-appeal-affirmed.pdf): exemptions ['Public Officers Law § 87(2)(e)(i)'] != ['Public Officers
  Law § 87(2)(e)(i)', 'Public Officers Law § 87(2)(b)']
- b11 (b11-ne-omaha-pd-public-records-delay.eml): kinds ['acknowledged'] != ['acknowledged', 'extension']
- b14 (b14-nv-lvmpd-npra-closed-unpaid-scanned.pdf): outcome 'withdrawn' != 'other'
Correction after scoring: b14 is logged withdrawn, not other. A request closed because the fee it was ready on went
unpaid is withdrawn by the requester's silence, as earlier sets log it (169 k02, 350 h14, 416 j11); the sealed score
stands.
Correction after scoring: b01 logs Government Code § 7923.600(a), as the letter cites it ("section 7923.600,
subdivision (a)") and as it logs Penal Code § 832.7(a) beside it; the sealed score stands.
After general fixes (b04: the appeal decided on the grounds the sentence names, "Accordingly, the denial of your request
is upheld, and your appeal is denied, pursuant to Public Officers Law §§ 87(2)(e)(i) and 87(2)(b).", is read for those
grounds, not as the requester's rights of review), 13 of 14.

Then (the letter said to be the written explanation of the delay the law's sentence before asks for
takes more time: "... a written explanation of the delay and the earliest practicable date for fulfilling the request.
This e-mail is that written explanation.", as does one that says it is such an explanation in so many words), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout472"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("decision", "codes"), [
    ("Accordingly, the denial of your request is upheld, and your appeal is denied, pursuant to Public Officers Law §§ "
     "87(2)(e)(i) and 87(2)(b).", ["Public Officers Law § 87(2)(e)(i)", "Public Officers Law § 87(2)(b)"]),
    ("Accordingly, your appeal is denied, and the determination of the Records Access Officer is affirmed pursuant to "
     "Public Officers Law §§ 87(2)(e)(i) and 87(2)(f).", ["Public Officers Law § 87(2)(e)(i)",
                                                          "Public Officers Law § 87(2)(f)"]),
    ("Your appeal is therefore denied under Public Officers Law § 87(2)(b).", ["Public Officers Law § 87(2)(b)"]),
])
def test_an_appeal_decided_on_named_grounds_logs_them(decision: str, codes: list[str]) -> None:
    body = f"I have reviewed your appeal of the denial of your FOIL request and the records at issue. {decision}"
    assert exemptions_in(body) == codes


@pytest.mark.parametrize("rights", [
    "If your appeal is denied under this section, you may seek judicial review under Article 78 of the Civil Practice "
    "Law and Rules.",
    "You may appeal the denial under Public Officers Law § 89(4)(a) within thirty days.",
])
def test_review_rights_cite_no_grounds(rights: str) -> None:
    assert exemptions_in(f"Your request is denied. {rights}") == []
_EARLIEST = " The earliest practicable date for fulfilling your request is January 22, 2027."


@pytest.mark.parametrize("explained", [
    # b11: the law's words on the explanation, then the letter said to be it
    "Neb. Rev. Stat. § 84-712(4) requires the custodian to provide a written explanation of the delay and the earliest "
    "practicable date for fulfilling the request. This e-mail is that written explanation.",
    "The statute requires a written explanation of any delay. This letter serves as that explanation.",
    # ... or the letter that says it is one in so many words
    "Please accept this e-mail as the Department's written explanation of the delay.",
    "This letter is our written explanation of the delay.",
])
def test_the_written_explanation_of_the_delay_takes_more_time(explained: str) -> None:
    assert EventKind.EXTENSION in [e.kind for e in events_in(explained + _EARLIEST)]


@pytest.mark.parametrize("not_explained", [
    # only promised, under a condition
    "If the records cannot be provided in four business days, we will send you a written explanation of the delay.",
    # said not to be one
    "The law requires a written explanation of the delay. This letter is not that explanation.",
    # the explanation of a denial
    "This letter is the written explanation of denial required by section 84-712.04.",
    # the law's words alone
    "The Public Records Act requires a written explanation of the delay in some cases.",
])
def test_no_explanation_of_a_delay_given_takes_no_time(not_explained: str) -> None:
    assert EventKind.EXTENSION not in [e.kind for e in events_in(not_explained + _EARLIEST)]

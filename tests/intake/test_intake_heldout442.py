"""The four-hundred-and-forty-second held-out set: 14 letters (letters/heldout442) from state and local
public-records offices in fourteen states, each under its own law, in the formats they really send: a City of
Vancouver (Washington) letter closing a request whose first installment was neither paid for nor claimed; a San José
Police Department NextRequest closure e-mail releasing records in part under three Public Records Act grounds; a
Travis County Sheriff's Office release with motor-vehicle and Social Security redactions made without an Attorney
General ruling; an Evanston Police Department denial in Word of a pending shooting investigation's file; a Metropolitan
Transportation Authority FOIL appeal determination (PDF) upholding the withholding of subway camera drawings; a
Pennsylvania Turnpike Commission final response that no records exist, with an attestation; a Jacksonville Sheriff's
Office JustFOIA e-mail announcing a first partial release with redactions; a Dayton Police Department letter asking
the requester to revise an overly broad request under R.C. 149.43(B)(2); a City of Ann Arbor notice (PDF) requiring a
good-faith deposit, with its detailed cost itemization on a second page; a University of Georgia e-mail providing all
the records asked for at no charge; a scanned South Dakota Department of Corrections denial; a Wyoming Department of
Corrections acknowledgment in Word that the records are in storage or in active use, with a status table; a Rutgers
University OPRA extension; and a Louisville Metro Police Department notice under KRS 61.872(5) that the records are in
active use, with the earliest date they will be available. Written blind and committed before the rules were run on
them.

- o01-wa-vancouver-pra-installment-unclaimed.txt: City of Vancouver, P011873-102826, request closed under RCW
  42.56.120(4) because the first installment ($41.20, 412 pages) was not paid for or claimed within 30 days
  (a closure for an installment never claimed: final, outcome withdrawn).
- o02-ca-sjpd-nextrequest-released.eml: San José Police Department, #26-4471, closed "Documents released in part":
  63 pages (45 in full, 18 redacted), two reports withheld; Government Code 7923.600, 7927.705 with Penal Code
  832.7(a), and 7927.700.
- o03-tx-tcso-pia-released-redacted.txt: Travis County Sheriff's Office, TCSO PIR 26-11872, 38 pages released with
  redactions under Gov't Code 552.130 and 552.147, no charge; the Attorney General review notice.
- o04-il-evanston-pd-foia-denied.docx: Evanston Police Department, FOIA #26-1093, denied in its entirety under 5 ILCS
  140/7(1)(d)(i) and 7(1)(c); Public Access Counselor review in 60 days (the day of receipt recalled: no
  acknowledgement).
- o05-ny-mta-foil-appeal-upheld.pdf: MTA Office of the General Counsel, FOIL Appeal No. A-26-0317 of request
  MTA-26-04318, denial affirmed under Public Officers Law 87(2)(f); the 27 pages remain withheld in full.
- o06-pa-turnpike-rtk-no-records.txt: Pennsylvania Turnpike Commission, Right-to-Know Request # 2026-0892, final
  response: no records exist (attestation under 18 Pa.C.S. 4904); appeal to the Office of Open Records in 15
  business days (a final answer that opens by recalling the day of receipt).
- o07-fl-jso-justfoia-partial-release.eml: Jacksonville Sheriff's Office, PRR-26-18842, Partial Release 1: 214 pages,
  36 redacted, under s. 119.071(2)(c)1., 119.071(4)(d)2.a. and 119.0712(2), F.S.; the request stays open.
- o08-oh-dayton-pd-records-revise-request.txt: Dayton Police Department, DPD-PRR-26-03317, received December 2, 2026,
  overly broad: the opportunity to revise under R.C. 149.43(B)(2), with how the records are kept.
- o09-mi-ann-arbor-foia-deposit.pdf: City of Ann Arbor, FOIA Request No. 26-0917, received December 11, 2026,
  estimated fee $486.20 with a good-faith deposit of $243.10 under MCL 15.234(8); best efforts estimate February 5,
  2027; the itemization on page 2.
- o10-ga-uga-ora-fulfilled.eml: University of Georgia, ORR 26-1184, 17 pages attached, nothing withheld, no fee.
- o11-sd-doc-records-denied.pdf: South Dakota Department of Corrections (scanned), ORR-26-118, denied under SDCL
  1-27-1.5(5) and 1-27-1.5(8); notice of review to the Office of Hearing Examiners in 90 days.
- o12-wy-wdoc-records-in-storage.docx: Wyoming Department of Corrections, WDOC PRR 2026-0412, received December 4,
  2026, records in storage or active use (W.S. 16-4-202(c)(i)), release not later than January 4, 2027, within the
  statute's thirty days (an acknowledgement, no extension); a status table.
- o13-nj-rutgers-opra-extension.txt: Rutgers OPRA Office, R26-1742, received December 4, 2026, an extension past the
  seven business days of N.J.S.A. 47:1A-5(i) to January 15, 2027.
- o14-ky-lmpd-records-in-active-use.txt: Louisville Metro Police Department, ORR 26-07741, received December 4, 2026,
  records in active use under KRS 61.872(5), available on or before January 8, 2027 (past the five business days:
  an extension).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- o01 Vancouver closure: RCW 42.56.120(4) as agencies' rules apply it (closing when an installment is not claimed or
  paid for within 30 days), https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20430%20%20TITLE/WAC%20430%20-%2001%20%20CHAPTER/WAC%20430%20-%2001%20-110.htm
  and RCW 42.56.520, https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520
- o02 San José NextRequest closure: NextRequest's request workflow (messages, documents, closing with a reason),
  https://help.nextrequest.com/knowledge/request-process-overview, and the California NextRequest releases of earlier
  sets.
- o03 Travis County release: 1 Tex. Admin. Code 63.12 (review of redactions made under 552.130(c) without a
  decision), http://txrules.elaws.us/rule/title1_chapter63_sec.63.12 and
  https://regulations.justia.com/states/texas/title-1/part-3/chapter-63/subchapter-b/section-63-14, and the Teacher
  Retirement System's page on redactions without a ruling, https://foia.trs.texas.gov/app/ExemptionCodes.aspx
- o04 Evanston denial: the Public Access Counselor notice Illinois denials must carry,
  https://il-batavia.civicplus.com/919/Denied-Request and http://www.geneva.il.us/pd/deniedfoia.html, and Ill. Admin.
  Code tit. 2, 1531.425, https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425
- o05 MTA appeal: the Transit denials and appeal affirmed under 87(2)(f) for subway camera locations, Roth & Roth v.
  N.Y.C. Transit Authority, https://print.casetext.com/case/roth-roth-llp-v-nyc-transit-auth and
  https://www.studicata.com/summaries/supreme-court-of-new-york/roth-roth-llp-v-n-y-c-transit-authority-2024-qj8mtk,
  and the Committee on Open Government on 87(2)(f) ("there need only be a possibility"),
  http://docs.dos.ny.gov/coog/ftext/f15507.htm
- o06 Turnpike no records: the Right-to-Know Law's appeal notice (15 business days, the four things to send the OOR),
  https://centrecountypa.nextrequest.com/faqs and https://rocklandtownshipberks.org/open-records, and 65 P.S. 67.901,
  https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67901-general-rule
- o07 Jacksonville partial release: the Government-in-the-Sunshine Manual on s. 119.071(2)(c)1., F.S.,
  http://www.myflsunshine.com/sun.nsf/sunmanual/1BB05D142D8E4724852566F3006C7A1A, and the Florida e-mail address
  notice, https://www.slwsd.org/Customer-Service/Public-Records-Request
- o08 Dayton request to revise: R.C. 149.43(B)(2) as a city's records policy and an office's letter word it (ambiguous
  or overly broad requests, how records are kept), https://codelibrary.amlegal.com/codes/silverton/latest/silverton_oh/0-0-0-27622
  and http://articletwosectiononeclausefive.blogspot.com/2008/12/ohio.html
- o09 Ann Arbor deposit: the written public summaries of Michigan FOIA procedures (good-faith deposit, detailed
  itemization, best efforts estimate),
  https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform,
  https://www.michigan.gov/treasury/about/foia-and-transparency/treasury-written-public-summary-of-the-department-foia-procedures-and-guidelines
  and https://studylib.net/doc/16106959/freedom-of-information-act-processing-summary
- o10 University of Georgia release: the Open Records Act as University System institutions apply it (three business
  days, the Open Records Manager in the Office of Public Affairs), https://eits.uga.edu/access_and_security/infosec/pols_regs/ora
  and https://clayton.edu/operation-services/open-records
- o11 South Dakota denial: SDCL 1-27-37 (written request, written statement of the reasons for a denial),
  https://instalawyer.io/laws/south-dakota-codified-laws/section-1-27-37-written-request, and the Office of Hearing
  Examiners' dispute process, https://boa.sd.gov/ohe/resolution-process.aspx
- o12 Wyoming acknowledgment: W.S. 16-4-202(c)(i) and (iii) (records in active use or storage, release within 30
  days of acknowledged receipt),
  https://casetext.com/statute/wyoming-statutes/title-16-city-county-state-and-local-powers/chapter-4-uniform-municipal-fiscal-procedures-public-records-documents-and-meetings/article-2-public-records/section-16-4-202-right-of-inspection-rules-and-regulations-unavailability-training
  and https://ballotpedia.org/Wyoming_FOIA_procedures
- o13 Rutgers extension: the Government Records Council on the seven business days and extensions to a "reasonably
  close, certain date", https://www.nj.gov/grc/public/complaints/time.html and
  https://transparencynj.com/2017/02/03/grc-calls-kean-u-s-18-extensions-seeking-a-total-of-170-days-to-respond-to-an-opra-clearly-excessive/
- o14 Louisville notice: KRS 61.870 to 61.884 and the Attorney General's decisions on the five-day response,
  http://statutes.laws.com/kentucky/061-00/870 and https://kyopengov.org/law/ag/2004/04-ord-080

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 42f444c3: 11 of 14 fully right. Wrong were:
- o01 (o01-wa-vancouver-pra-installment-unclaimed.txt): outcome 'full_grant' != 'other'; pages_released 412 != None
- o02 (o02-ca-sjpd-nextrequest-released.eml): exemptions ['Government Code § 7923.600', 'Government Code § 7927.705',
  'Penal Code § 832.7(a)', 'Penal Code § 832.7(b)(1)', 'Government Code § 7927.700'] != ['Government Code § 7923.600',
  'Government Code § 7927.705', 'Penal Code § 832.7(a)', 'Government Code § 7927.700']
- o13 (o13-nj-rutgers-opra-extension.txt): kinds ['extension', 'final_determination'] != ['acknowledged', 'extension'];
  received None != '2026-12-04'; expected_by None != '2027-01-15'; outcome 'denied' != None

Corrected after the score (the score stands): o01's outcome was first written as other; a request closed because
the requester neither paid for nor claimed an installment is logged as withdrawn, as the earlier sets do for a
closure the requester's silence brings about (heldout300 z14, heldout350 h14). The reading was wrong either way.

After general fixes (what was read, with the sentence quoted; tests below), 13 of 14: o01's "the first installment of
responsive records (412 pages) had been assembled and was available upon payment of the installment fee of $41.20" holds
the pages until a payment never made, no release, and the closing is withdrawn; o13's "Your request requires the
University ... to review the records for information that is exempt from disclosure under OPRA" is a review still to
make, the reason for more time, no determination, so the letter acknowledges the request (received December 4) and
extends the time to January 15, 2027.

Then (the law named to say what the redacted information does not concern is no ground: "Information
in the complaint summaries that does not concern an incident described in Penal Code section 832.7(b)(1) has been
redacted."), 14 of 14: o02 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout442"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# Pages held until the requester pays are made ready, not given out: "the first installment of responsive records (412
# pages) had been assembled and was available upon payment of the installment fee of $41.20".
@pytest.mark.parametrize("sentence", [
    "On November 6, 2026, the City notified you that the first installment of responsive records (412 pages) had been "
    "assembled and was available upon payment of the installment fee of $41.20.",
    "The second installment, consisting of 118 pages, was available upon payment of $11.80.",
    "The 212 pages are ready for pickup once the fee is paid.",
    "The 96 pages will be released after receipt of your payment.",
    "The installment of 75 pages is available pending payment of the deposit.",
])
def test_pages_held_for_payment_are_no_release(sentence: str) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.pages_released is None


@pytest.mark.parametrize(("sentence", "released"), [
    # near misses: pages given out now, a payment spoken of apart from them
    ("The 40 pages are available for download in the portal.", 40),
    ("We are releasing 40 pages in full; payment of $4.00 is due within 30 days.", 40),
    ("Enclosed are 212 pages; the remaining 88 pages will be released upon payment of $8.80.", 212),
])
def test_pages_given_out_beside_a_payment_still_count(sentence: str, released: int) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.pages_released == released


def test_a_closing_for_an_installment_never_paid_for_is_withdrawn() -> None:
    found = events_in(
        "On November 6, 2026, the City notified you that the first installment of responsive records (412 pages) had "
        "been assembled and was available upon payment of the installment fee of $41.20.\n\nAs of the date of this "
        "letter the City has not received payment for the first installment, and the records have not been claimed. "
        "Accordingly, the City has stopped searching for the remaining records and your request is now closed.")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN, None)]


# A review for exempt matter the request still needs is the reason for more time, not a withholding: "Your request
# requires the University ... to review the records for information that is exempt from disclosure under OPRA".
@pytest.mark.parametrize("reason", [
    "Your request requires the University to search the e-mail accounts of several employees, to retrieve records "
    "from the police department, and to review the records for information that is exempt from disclosure under OPRA.",
    "The responsive e-mails must be reviewed for privileged material before any release.",
    "Staff will need to review the files for confidential information protected by state law.",
    "We must locate and review the responsive records for any exempt information.",
])
def test_a_review_for_exempt_matter_still_to_come_is_no_determination(reason: str) -> None:
    found = events_in(f"We received your request on December 4, 2026. {reason} Accordingly, the University requires "
                      "an extension of time to respond to your request. We anticipate that we will respond on or "
                      "before January 15, 2027.")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]


@pytest.mark.parametrize(("body", "outcome"), [
    # near misses: a review made, and what it withheld
    ("We reviewed the records for exempt information, and the 12 pages are withheld in full under N.J.S.A. "
     "47:1A-1.1.", Outcome.DENIED),
    ("Your request is denied because the records are exempt from disclosure under OPRA.", Outcome.DENIED),
])
def test_a_review_made_still_decides(body: str, outcome: Outcome) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, outcome)]


# After general fixes: the law named to say what the redacted information does not concern is no ground (o02).

@pytest.mark.parametrize("sentence", [
    "Information in the complaint summaries that does not concern an incident described in Penal Code section "
    "832.7(b)(1) has been redacted.",
    "Portions of the reports that do not relate to an event listed in Penal Code section 832.7(b)(1) were redacted.",
    "We redacted the passages that do not pertain to any incident described in Penal Code section 832.7(b)(1).",
])
def test_the_law_naming_what_the_redactions_do_not_concern_is_no_ground(sentence: str) -> None:
    assert find_exemptions(sentence, withholding=True) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # The near misses: the law the redaction is made under, said beside the incident it concerns
    ("Information that does not concern an incident has been redacted under Penal Code section 832.7(b)(5).",
     ["Penal Code § 832.7(b)(5)"]),
    ("Information that does not concern the incident has been redacted under Penal Code section 832.7(a).",
     ["Penal Code § 832.7(a)"]),
])
def test_the_ground_beside_what_the_redactions_concern_is_kept(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected

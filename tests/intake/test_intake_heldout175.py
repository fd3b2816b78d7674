"""The hundred-and-seventy-fifth held-out set: 14 letters (letters/heldout175) from southern and midwestern state
agencies and cities, in those states' own statutory formulas: a Kansas City (Missouri) Police Department Sunshine Law
letter giving "the earliest time and date that the records will be available" under Section 610.023.3 RSMo with a
fee estimate under 610.026; a Louisville Metro Police Department Open Records response (PDF) granting in part,
releasing pages with redactions and withholding a file in full under KRS 61.878, "final agency action" with the
Attorney General appeal paragraph; a New Orleans Police Department letter in Word (letterhead in the page header, the
items requested in a table) estimating "the time reasonably necessary for the collection, segregation, redaction,
examination, and review" under La. R.S. 44:35; an Indiana Public Access Counselor advisory opinion (PDF) on a formal
complaint finding the police department did not violate the APRA; a City of Madison Police Department release e-mail
with the Wisconsin balancing test, statutory redactions and the "subject to review by mandamus" sentence; a City of
Huntsville (Alabama) itemised fee estimate; a Kansas Department of Corrections KORA response releasing some pages and
withholding others; an Oklahoma Department of Public Safety no-records e-mail; a City of Raleigh NextRequest message
asking for clarification; a South Carolina Department of Environmental Services ten-business-day notice with a fee
table and a 25 percent deposit (Word); an Arkansas State Police FOIA response withholding an open investigation and
releasing the incident report; a Mississippi Department of Corrections seven-working-day notice giving the
fourteen-working-day production date and a prepaid cost (PDF); an Iowa Public Information Board acknowledgement of a
formal complaint; and a City of Omaha denial attached as PDF to an e-mail, with the four items Neb. Rev. Stat.
§ 84-712.04 requires. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 Kansas City PD Sunshine letter: Section 610.023.3 RSMo as MoDOT's records FAQ explains it ("explain the reason
  for the delay and the earliest date and time that the records will be available"),
  http://mycusthelp.com/MODOT/_cs/AnswerDetail.aspx?sSessionID=&aid=127, and the fees of 610.026 as a Missouri guide
  describes them, https://thurmanlaw.com/uncategorized/missouri-sunshine-law-a-practical-guide-for-requesting-records/
- a02 Louisville Metro PD response: KRS 61.880(1) ("shall include a statement of the specific exception authorizing
  the withholding of the record and a brief explanation of how the exception applies"; "final agency action"),
  https://codelibrary.amlegal.com/codes/eminenceky/latest/eminence_ky/0-0-0-889 and the Attorney General's decisions,
  https://kyopengov.org/law/ag/1993/93-ord-008
- a03 New Orleans PD estimate of time: La. R.S. 44:33 and 44:35 as the Legislative Auditor explains them ("an
  estimate of the time reasonably necessary for collection, segregation, redaction, examination, or review"),
  https://app.lla.state.la.us/llala.nsf/vwFAQsGovernmentFAQNew/1FAEC3C52CD7E0CF86257D9300591B55 and
  https://legis.la.gov/legis/Law.aspx?d=99701
- a04 Indiana Public Access Counselor opinion: the PAC's handbook and formal complaint opinions ("it is the opinion of
  the Public Access Counselor that ... did not violate the Access to Public Records Act"),
  https://pdfslide.net/documents/handbook-on-indianas-public-ingov.html
- a05 Madison PD release: Wis. Stat. 19.35(4)(b) and 19.37 as the Wisconsin DOJ Office of Open Government explains
  them, https://www.doj.state.wi.us/office-open-government/ask-the-oog/what-can-i-do-if-authority-denies-my-public-records-request,
  and the DOJ compliance outline, https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39
- a06 Huntsville fee estimate: Alabama municipal public records policies (staff time beyond the first hour, copies
  per page, estimate paid before work begins), modelled on the Tennessee Schedule of Reasonable Charges form,
  http://www.comptroller.tn.gov/openrecords/forms.asp
- a07 Kansas DOC KORA response: K.S.A. 45-218 and 45-221 as the agency FOI officers' letters cite them (see the
  earlier KORA letters of these sets) and https://www.rcfp.org/open-government-guide/ (Kansas chapter)
- a08 Oklahoma DPS no-records e-mail: 51 O.S. § 24A.1 et seq. and § 24A.18 (no duty to create a record), with the
  State Department / Interior no-records formulas, https://vdocuments.us/sample-foia-response-letters.html
- a09 Raleigh NextRequest clarification: NextRequest's message notification ("A message was sent to you regarding
  record request #"), https://help.nextrequest.com/knowledge/request-process-overview
- a10 South Carolina DES notice and deposit: S.C. Code Ann. § 30-4-30(B) and (C) (ten business days to notify,
  older records, deposit not to exceed 25 percent, thirty or thirty-five calendar days), https://masc.sc/node/1169,
  https://www.greenville.k12.sc.us/About/main.asp?titleid=comfoia and http://admin.sc.gov/foia
- a11 Arkansas State Police response: Ark. Code Ann. § 25-19-105(b)(6) (undisclosed investigations by law enforcement
  agencies of suspected criminal activity) as the Arkansas FOIA handbook and State Police letters apply it
- a12 Mississippi DOC notice: Miss. Code Ann. § 25-61-5 as agencies' rules restate it ("If ... unable to produce the
  requested Public Records by the seventh working day ... written explanation ... no later than fourteen (14) working
  days"), https://regulations.justia.com/states/mississippi/title-28/part-301/chapter-9/rule-28-301-9-5 and
  https://casetext.com/regulation/mississippi-administrative-code/title-32-rehabilitation-and-disabilities/part-101-mississippi-industries-for-the-blind/chapter-5-record-keeping/rule-32-101-52-procedures-for-inspecting-and-copying-public-records-of-the-board
- a13 Iowa Public Information Board acknowledgement: Iowa Code chapters 22 and 23 (formal complaints, acceptance or
  dismissal by the Board, informal resolution), the Board's "FC" case numbers
- a14 Omaha denial: Neb. Rev. Stat. § 84-712.04 (description of the records withheld, the specific reasons with
  citations, the official responsible, the right of review under 84-712.03),
  https://self-law.org/code/ne/chapter-84/84-712-04 and https://ago.nebraska.gov/public-records

Blind score: 3 of 14 fully right as first scored, and 14 of 14 matched to its request by its number. Six of the eleven
misses were errors in expected.json, not in the rules, and were corrected after scoring (this commit): five final
responses (a02, a05, a07, a11, a14) were given the date the request was received, which the project logs only with an
acknowledgement (none of the 37 earlier final responses that mention the date received logs it), and a09's kind was
written "clarification" where the vocabulary's kind is "clarification_requested". With those corrected, 9 of 14. The
rules' own misses:
- a01 (Kansas City PD Sunshine letter): no expected date from "The earliest time and date that the records will be
  available is 4:00 p.m. on December 18, 2026." (a time of day between "is" and the date).
- a03 (New Orleans PD, Word): no received date from "The New Orleans Police Department acknowledges receipt of your
  public records request, submitted on November 24, 2026, pursuant to the Louisiana Public Records Law".
- a04 (Indiana Public Access Counselor opinion, PDF): a final determination instead of an appeal decision, no appeal
  number from "Re: Formal Complaint 26-FC-301; Alleged Violation of the Access to Public Records Act by the Fishers
  Police Department", and "IC 5-14-3-5(c)" taken as an exemption from "the FPD provided the daily log information
  required by Ind. Code § 5-14-3-5(c)" (a section that requires disclosure).
- a12 (Mississippi DOC notice, PDF): no extension and no expected date from "MDOC is unable to produce the requested
  records by the seventh working day after your request was received" and "The records will be produced no later
  than fourteen (14) working days from the date we received your request, which is December 9, 2026."
- a13 (Iowa Public Information Board, e-mail): an acknowledgement instead of an appeal acknowledgement, no received
  date and no appeal number from "acknowledges receipt of your formal complaint, which was received on December 1,
  2026" and "Your complaint has been assigned case number 26FC:0137."
After general fixes (a time of day between the words and the date is no part of what names the date, "is 4:00 p.m.
on December 18"; the receipt of a request acknowledged with the day it was "submitted", "made" or "sent", where no
other receipt is told; a period's last day given after "which is"; "unable to produce ... by the seventh working day"
is an extension, as "cannot produce within ten business days" is; "your formal complaint" or "Formal Complaint
26-FC-301" marks a review body's letter, its receipt acknowledged in "acknowledges receipt of your formal complaint"; a
complaint "alleging the Department violated the Act" is an allegation without "that" too; Indiana's definitions and
the law enforcement disclosures of IC 5-14-3-5 are no exemptions), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout175"
# What the rules reach on this set now (blind: 3 as first scored, 9 with expected.json corrected); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _expected_by(body: str) -> dt.date | None:
    return next((e.expected_by for e in events_in(body, "November 25, 2026") if e.expected_by), None)


def _received(body: str) -> dt.date | None:
    return next((e.received for e in events_in(body, "December 1, 2026") if e.received), None)


@pytest.mark.parametrize(("body", "expected"), [
    ("We received your request on November 20, 2026. Pursuant to Section 610.023.3, RSMo, the earliest time and date "
     "that the records will be available is 4:00 p.m. on December 18, 2026.", dt.date(2026, 12, 18)),
    ("We received your request on November 20, 2026. The records will be available at 10 a.m. on December 14, 2026.",
     dt.date(2026, 12, 14)),
    ("We received your request on November 20, 2026. The Department will respond no later than 5:00 PM on January 8, "
     "2027.", dt.date(2027, 1, 8)),
    # The near miss: the time of day the request came in.
    ("Your request was received at 3:15 p.m. on November 20, 2026, and is being processed.", None),
])
def test_a_time_of_day_before_the_date_is_no_part_of_what_names_it(body: str, expected: dt.date | None) -> None:
    assert _expected_by(body) == expected


@pytest.mark.parametrize(("body", "received"), [
    ("The Police Department acknowledges receipt of your public records request, submitted on November 24, 2026, "
     "pursuant to the Louisiana Public Records Law.", dt.date(2026, 11, 24)),
    ("This confirms receipt of your records request, which was made on November 23, 2026 through the City's portal.",
     dt.date(2026, 11, 23)),
    ("We acknowledge receipt of your open records request No. 26-114, sent on November 20, 2026.",
     dt.date(2026, 11, 20)),
    # The near miss: the day it was put in, and the day it came in told after.
    ("We acknowledge receipt of your request, submitted on November 3, 2026 and received by this office on November 9, "
     "2026.", dt.date(2026, 11, 9)),
])
def test_the_receipt_of_a_request_acknowledged_with_the_day_it_was_put_in(body: str, received: dt.date) -> None:
    assert _received(body) == received


@pytest.mark.parametrize(("body", "expected"), [
    ("We are unable to produce the requested records by the seventh working day after your request was received. The "
     "records will be produced no later than fourteen (14) working days from the date we received your request, which "
     "is December 9, 2026.", dt.date(2026, 12, 9)),
    ("We received your request on November 20, 2026. The Department cannot respond by the fifth business day. We will "
     "respond within ten business days of receipt, which will be December 11, 2026.", dt.date(2026, 12, 11)),
    # The near miss: a payment's period.
    ("Please pay the fee within thirty days of this letter, which is December 28, 2026.", None),
])
def test_a_period_and_its_last_day_after_which_is(body: str, expected: dt.date | None) -> None:
    assert _expected_by(body) == expected


@pytest.mark.parametrize(("body", "extended"), [
    ("MDOC is unable to produce the requested records by the seventh working day after your request was received. They "
     "will be produced by December 9, 2026.", True),
    ("The Board cannot respond by the fifth business day because the records are stored off site. We will respond by "
     "December 11, 2026.", True),
    # The near miss: the law's day met.
    ("The records are enclosed. We were able to produce them by the third business day.", False),
])
def test_unable_to_answer_by_the_laws_last_day_is_an_extension(body: str, extended: bool) -> None:
    assert (EventKind.EXTENSION in [e.kind for e in events_in(body, "November 30, 2026")]) == extended


@pytest.mark.parametrize(("body", "kind"), [
    ("This advisory opinion is in response to your formal complaint alleging the Fishers Police Department violated "
     "the Access to Public Records Act. Based on the foregoing, it is the opinion of the Public Access Counselor that "
     "the Fishers Police Department did not violate the Access to Public Records Act.", EventKind.APPEAL_DECISION),
    ("Re: Formal Complaint 26-FC-118. It is my opinion that the Town of Avon did not violate the Act.",
     EventKind.APPEAL_DECISION),
    ("The Iowa Public Information Board acknowledges receipt of your formal complaint, which was received on December "
     "1, 2026.", EventKind.APPEAL_ACKNOWLEDGED),
    # The near miss: an agency's denial that tells of the complaint the requester may file.
    ("Your request is denied under IC 5-14-3-4(b)(1). You may file a formal complaint with the Public Access "
     "Counselor.", EventKind.FINAL_DETERMINATION),
])
def test_a_formal_complaint_to_a_review_body(body: str, kind: EventKind) -> None:
    assert [e.kind for e in events_in(body, "December 3, 2026")] == [kind]


@pytest.mark.parametrize(("body", "outcome"), [
    ("This opinion responds to your formal complaint alleging the Department violated the Access to Public Records "
     "Act. It is the opinion of the Public Access Counselor that the Department did not violate the Act.", "denied"),
    ("Your formal complaint alleges the City violated the Open Records Act. This office concludes that the City did "
     "not violate the Act.", "denied"),
])
def test_what_a_complaint_alleges_is_no_finding(body: str, outcome: str) -> None:
    assert [e.outcome for e in events_in(body, "December 3, 2026")] == [outcome]


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The FPD provided the daily log information required by Ind. Code § 5-14-3-5(c) but withheld the rest under Ind. "
     "Code § 5-14-3-4(b)(1).", ["IC 5-14-3-4(b)(1)"]),
    ("Investigatory records are defined in IC 5-14-3-2(i) and may be withheld under IC 5-14-3-4(b)(1).",
     ["IC 5-14-3-4(b)(1)"]),
    # The near miss: an exemption of the same chapter is still read.
    ("The records are confidential under IC 5-14-3-4(a)(1).", ["IC 5-14-3-4(a)(1)"]),
])
def test_indianas_sections_that_are_no_exemptions(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes

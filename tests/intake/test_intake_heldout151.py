"""The hundred-and-fifty-first held-out set: 14 letters (letters/heldout151) about appeals and the letters around
them, from appeal offices and review bodies not used in sets 131 and 137, nine federal and five state: a USDA Office
of the General Counsel e-mail that logs an appeal and gives its number and the day it arrived, a HUD appeal decision
that overturns Exemption 5 redactions, releases the 14 pages and upholds Exemption 6 (PDF), a Department of Energy
Office of Hearings and Appeals decision and order that denies an appeal of Exemption 5 redactions, a FEMA appeal
decision that sends a no-records answer back for a search of the regional case files (Word, letterhead in the page
header), a TSA e-mail that acknowledges an appeal and takes ten more working days for the SSI review, a Social
Security appeal decision that reverses a withholding and releases 22 pages, an EPA e-mail that closes an appeal as
moot, a NASA appeal decision that releases 5 pages and keeps 11 withheld in full (PDF); a Kentucky Attorney General
open records decision that upholds one exception and rejects another, a New Jersey Government Records Council
interim order to disclose (PDF), a Maryland Public Access Ombudsman e-mail that opens a mediation, a Washington
Department of Labor & Industries internal review that upholds a denial (e-mail), a Coast Guard appeal
acknowledgement with the date a decision is expected, and an Ohio Court of Claims order referring a public-records
case to mediation. Committed before the rules were run on them.

Blind score: 9 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- n01 (USDA OGC, e-mail): received October 30 instead of November 25: "... has logged your appeal of the October
  30, 2026 response of the Food and Nutrition Service (FNS) to Freedom of Information Act request ..." beside "Your
  appeal reached this office by e-mail on Wednesday, November 25, 2026." (the date of the response appealed taken
  as the date received; an appeal that "reached this office on" not read).
- n08 (NASA, PDF): pages_withheld empty: "The remaining 11 pages are the contractor's detailed labor rates ...
  MSFC properly withheld it, and those 11 pages remain withheld in full under Exemption 4." (pages that "remain
  withheld in full").
- n11 (Maryland Public Access Ombudsman, e-mail): an acknowledgement of a request instead of an appeal's, and no
  appeal number: "Your request for mediation came in on November 23, 2026, and we have opened it as matter
  PAO-27-0142." (a request for mediation to the ombudsman is an appeal; its "matter" number).
- n12 (Washington L&I, e-mail): a final determination instead of an appeal decision, and RCW 42.56.070(1) taken as
  an exemption: "you asked the Department of Labor & Industries (L&I) to review its October 30, 2026 decision to
  deny your public records request ..." and "The Public Records Program Manager has now completed that review, and
  the original decision stands." (an agency's internal review of its denial); "RCW 51.28.070 is an "other
  statute" that exempts these records from disclosure under RCW 42.56.070(1)" (the other-statute clause is no
  exemption).
- n14 (Ohio Court of Claims): a final determination granted in full, with no date, no appeal number and no date
  received, instead of an appeal acknowledged: "IN THE COURT OF CLAIMS OF OHIO ... Case No. 2026-00871PQ ... ORDER
  OF REFERRAL TO MEDIATION", "Requester filed her complaint on November 13, 2026", "Filed November 23, 2026" (a
  court's order in a public-records case; the date it was filed; the complaint filed).
After general fixes (a date set before the document it dates, "the October 30, 2026 response", is no receipt date;
pages an appeal decision says "remain", "continue to be" or "are still" withheld are withheld; Washington's general
duty to disclose (RCW 42.56.070) and its request, review and court sections are no exemptions; "you asked the
Department of Labor & Industries (L&I) to review its October 30, 2026 decision" is an appeal; a request for mediation
to an ombudsman is an appeal, received when it "came in on", and the matter it was "opened as" is the appeal's
number; a case the requester, complainant or petitioner "filed" before a court or review body, or that is "referred
to mediation", is an appeal acknowledged, received the day it was filed; a court's "Filed" or "Journalized" stamp
below "IT IS SO ORDERED" dates the order), 14 of 14.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from intake_scoring import events_in, letter_date, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout151"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "received"), [
    ("This message confirms that the Office of the General Counsel has logged your appeal of the October 30, 2026 "
     "response of the Food and Nutrition Service to FOIA request 2026-FNS-04417-F. Your appeal reached this office by "
     "e-mail on Wednesday, November 25, 2026.", dt.date(2026, 11, 25)),
    ("We received your appeal of the Bureau's September 4, 2026 final determination on November 20, 2026.",
     dt.date(2026, 11, 20)),
    ("The Appeals Unit has logged your appeal of the agency's May 1, 2026 denial letter. Your appeal was received in "
     "this office on May 12, 2026.", dt.date(2026, 5, 12)),
    # The near miss: a receipt date followed by what comes next, not by the document it dates.
    ("The Office received your appeal on November 20, 2026, and a decision will follow in writing.",
     dt.date(2026, 11, 20)),
])
def test_the_date_of_the_response_appealed_is_not_the_appeals_receipt(body: str, received: dt.date) -> None:
    found = events_in(body, date_line="December 1, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.APPEAL_ACKNOWLEDGED, received)]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("Your appeal is granted in part. Those 5 pages are now released to you. The contractor's pricing is commercial "
     "information, and those 11 pages remain withheld in full under Exemption 4.", 5, 11),
    ("Upon review of your appeal, I am affirming the Bureau's decision in part. Three pages will be released to "
     "you; the remaining 9 pages will continue to be withheld in full under Exemption 5.", 3, 9),
    ("Your appeal is granted in part. The 12 pages of the memorandum are enclosed, and 7 pages are still withheld in "
     "their entirety under Exemption 6.", 12, 7),
    # The near miss: the withholding the appeal is from, recited, and nothing kept back by the decision.
    ("The Bureau withheld 16 pages in full under Exemption 4. Your appeal is granted, and all 16 pages will be "
     "released to you in full.", 16, None),
])
def test_pages_a_decision_leaves_withheld_are_withheld(body: str, released: int, withheld: int | None) -> None:
    found = events_in(body, date_line="December 3, 2026")
    assert [(e.kind, e.pages_released, e.pages_withheld) for e in found] == [
        (EventKind.APPEAL_DECISION, released, withheld)]


@pytest.mark.parametrize(("sentence", "codes"), [
    ('Claim files are confidential under RCW 51.28.070, an "other statute" that exempts these records from disclosure '
     "under RCW 42.56.070(1).", ["RCW 51.28.070"]),
    ("You may ask the Attorney General's Office to review this decision under RCW 42.56.530, or seek judicial review "
     "under RCW 42.56.550.", []),
    ("Records must be requested in writing under RCW 42.56.080.", []),
    # The near miss: an exemption of the chapter itself.
    ("The report is withheld under RCW 42.56.240(1).", ["RCW 42.56.240(1)"]),
])
def test_washingtons_general_and_review_sections_are_no_exemptions(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


@pytest.mark.parametrize(("sentence", "letter"), [
    ("On November 12, 2026, you asked the Department of Labor & Industries (L&I) to review its October 30, 2026 "
     "decision to deny your public records request.", True),
    ("On May 2 you asked the City of Tacoma's Public Records Office to review its April 28, 2026 denial of your "
     "request.", True),
    ("You requested the Port to review the redactions in its second installment.", True),
    # The near miss: what a requester may do.
    ("You may ask the Department to review its decision within 30 days.", False),
])
def test_a_request_to_review_a_decision_by_its_date_is_an_appeal(sentence: str, letter: bool) -> None:
    assert bool(P.APPEAL_LETTER.search(sentence)) is letter


def test_an_internal_review_that_leaves_the_denial_in_place_is_an_appeal_decision() -> None:
    found = events_in("On November 12, 2026, you asked the Department of Labor & Industries (L&I) to review its "
                      "October 30, 2026 decision to deny your public records request. The Public Records Program "
                      "Manager has now completed that review, and the original decision stands.",
                      date_line="December 3, 2026")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, Outcome.DENIED)]


@pytest.mark.parametrize(("body", "received", "number"), [
    ("Your request for mediation came in on November 23, 2026, and we have opened it as matter PAO-27-0142.",
     dt.date(2026, 11, 23), "PAO-27-0142"),
    ("We received your request for mediation on November 2, 2026. Your mediation request has been assigned number "
     "PAO-27-0098.", dt.date(2026, 11, 2), "PAO-27-0098"),
    ("Your mediation request arrived on October 30, 2026, and it has been opened as matter 27-0077.",
     dt.date(2026, 10, 30), "27-0077"),
])
def test_a_request_for_mediation_to_an_ombudsman_is_an_appeal(body: str, received: dt.date, number: str) -> None:
    found = events_in(body, date_line="November 30, 2026", head="Office of the Public Access Ombudsman")
    assert [(e.kind, e.received, e.appeal_number) for e in found] == [
        (EventKind.APPEAL_ACKNOWLEDGED, received, number)]


def test_mediation_offered_is_no_appeal() -> None:
    found = events_in("We received your public records request on November 2, 2026. If you later disagree with our "
                      "response, the Ombudsman offers mediation.", date_line="November 4, 2026")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize(("body", "received"), [
    ("Requester filed her complaint on November 13, 2026, alleging that Respondent denied access to public records. "
     "Pursuant to R.C. 2743.75(E)(2), this matter is referred to mediation.", dt.date(2026, 11, 13)),
    ("The complainant filed this complaint on October 2, 2026. The case has been referred to mediation.",
     dt.date(2026, 10, 2)),
    ("Petitioner filed a petition on September 8, 2026, seeking the release of the incident reports. The matter is "
     "hereby referred to mediation.", dt.date(2026, 9, 8)),
])
def test_a_case_filed_and_sent_to_mediation_is_an_appeal_acknowledged(body: str, received: dt.date) -> None:
    found = events_in(body, date_line="November 23, 2026", head="IN THE COURT OF CLAIMS OF OHIO")
    assert [(e.kind, e.received) for e in found] == [(EventKind.APPEAL_ACKNOWLEDGED, received)]


@pytest.mark.parametrize("sentence", [
    # The near misses: the requester's own filing told to the requester, and a referral to the agency, not mediation.
    "You filed your request with the Department on November 13, 2026.",
    "Your complaint was referred to the Department for a response.",
])
def test_no_case_filed_or_mediation_where_none_is_said(sentence: str) -> None:
    assert not re.search(P.FILED_BY_REQUESTER + "|" + P.REFERRED_TO_MEDIATION, sentence, P.IC)


@pytest.mark.parametrize(("foot", "date"), [
    ("IT IS SO ORDERED.\n\nTODD MARTI\nSpecial Master\n\nFiled November 23, 2026", "2026-11-23"),
    ("SO ORDERED.\n\nJudge\n\nFILED: 11/23/2026", "2026-11-23"),
    ("IT IS SO ORDERED.\n\nMagistrate\n\nJournalized December 2, 2026", "2026-12-02"),
    # The near miss: the day the case was filed, above the order, is not the order's date.
    ("Filed November 13, 2026\n\nThe matter is set for mediation.", None),
])
def test_a_courts_filing_stamp_below_its_order_dates_it(foot: str, date: str | None) -> None:
    text = "IN THE COURT OF CLAIMS OF OHIO\n\nCase No. 2026-00871PQ\n\n" + foot
    assert letter_date(text) == date

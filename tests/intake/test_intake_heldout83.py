"""The eighty-third held-out set: 14 short letters (letters/heldout83) in the style and length of the samples in
shared/samples/agency-letters, written after set 82 was scored and fixed, eight from DHS components and six from
state and local agencies: a CISA acknowledgement (e-mail) whose request was "logged into our system" with an
estimated completion date, a Coast Guard interim release (PDF) with its SSIC code, case number and date stacked at
the right, a DHS Office of the General Counsel appeal decision sending the request back for a new search, a USCIS
FOIA/PA Appeals acknowledgement (e-mail with the letter attached as a PDF) of an appeal that "reached" the office, a
CBP release of one 17-page document in its entirety, an ICE request to describe the records better, a TSA denial of
a Sensitive Security Information document under Exemption 3 and 49 U.S.C. § 114(r), a FEMA fee waiver approved in
full; a California Department of Justice release with redactions and pages withheld under the Government Code, a
Harris County Sheriff's Office (Texas) answer that it has no information responsive, a Washington State Department
of Licensing five-day letter (e-mail), a New York State Police FOIL appeal determination upholding a denial, a
Maricopa County Sheriff's Office (Arizona) release with redactions (PDF) and a Cook County Sheriff's Office
(Illinois) copying fee. Committed before the rules were run on them.

Blind score: 8 of 14 fully right (57%), and each of the 14 matched to its request by its number. Wrong were:
- j01 (CISA, acknowledgement e-mail): only the tracking number, no acknowledgement, received or expected date: "Your
  request for ... was logged into our system on October 27, 2026 and given the tracking number 2027-NPFO-00058"
  and "At this time we estimate a completion date of December 18, 2026" (a request logged into a system).
- j03 (DHS Office of the General Counsel, appeal decision): nothing proposed: "We are therefore sending your request
  back to the Privacy Office so that it may conduct a new search and issue a new response directly to you" (a remand
  in plain words).
- j04 (USCIS FOIA/PA Appeals, e-mail with PDF): nothing proposed: "Your administrative appeal of the response to FOIA
  request COW2026000987654 reached the USCIS FOIA/PA Appeals Office on November 16, 2026. It has been docketed under
  the appeal number shown above" (an appeal that "reached" the office, and docketed).
- j06 (ICE, clarification): nothing proposed: "Please describe the records you seek in enough detail that ICE
  personnel can locate them with a reasonable amount of effort" (an ask to describe the records better).
- j07 (TSA, denial): nothing proposed: "The document consists entirely of Sensitive Security Information (SSI), ...
  and it is withheld in its entirety under Exemption 3 of the FOIA, 5 U.S.C. § 552(b)(3)" (a single document
  withheld, said by "it").
- j12 (New York State Police, FOIL appeal): nothing proposed: "Upon review, the determination of the Records Access
  Officer is upheld" (the decision upheld named by a long office title between).
After general fixes (a request "logged into our system on" a date is received then; "we estimate a completion date
of" gives the date expected; a request sent back to an office for a new search is a remand; an appeal or request that
"reached" or "arrived in" an office was received there; "please describe the records you seek in enough detail" and
"cannot conduct a search as the request is currently worded" ask for clarification; "and it is withheld in its
entirety", the one record named before; "the determination of the Records Access Officer is upheld", up to four
words naming whose decision), 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout83"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


DATE = "December 10, 2026"


def _kinds(body: str) -> list[EventKind]:
    return [e.kind for e in events_in(body, DATE)]


@pytest.mark.parametrize("body", [
    "Your request for vendor coordination records was logged into our system on October 27, 2026 and given the "
    "tracking number 2027-NPFO-00058.",
    "Your FOIA request was logged in on October 27, 2026.",
    "Your request for the 2025 audit files has been logged into the FOIA database on 10/27/2026.",
])
def test_a_request_logged_on_a_date_is_acknowledged_with_it(body: str) -> None:
    found = events_in(body, DATE)
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 10, 27))]


def test_a_call_logged_is_no_receipt_of_the_request() -> None:
    """The near miss: what else was logged (a call, an incident) is not the request."""
    found = events_in("The 911 call you asked about was logged into the dispatch system on October 27, 2026.", DATE)
    assert EventKind.ACKNOWLEDGED not in [e.kind for e in found]


@pytest.mark.parametrize("body", [
    "Your request was received on October 27, 2026. At this time we estimate a completion date of December 18, 2026.",
    "Your request was received on October 27, 2026. The FOIA Office anticipates a response date of December 18, 2026.",
])
def test_an_estimated_completion_date_is_the_date_expected(body: str) -> None:
    found = events_in(body, "November 2, 2026")
    assert [e.expected_by for e in found] == [dt.date(2026, 12, 18)]


def test_a_date_of_the_records_is_not_the_date_expected() -> None:
    """The near miss: a date the request asks about, after "we estimate", is not when the answer comes."""
    found = events_in("Your request was received on October 27, 2026. We estimate the records of December 18, 2026 "
                      "are brief.", "November 2, 2026")
    assert [e.expected_by for e in found] == [None]


@pytest.mark.parametrize("body", [
    "We are therefore sending your request back to the Privacy Office so that it may conduct a new search and issue a "
    "new response directly to you.",
    "I am returning your request to the FOIA Office for a new search of the Office of Policy.",
    "Accordingly, we have sent the request back to ICE's FOIA Office to process the records it located.",
])
def test_a_request_sent_back_for_a_new_search_is_a_remand(body: str) -> None:
    found = events_in("You appealed the Office's response to your request. " + body, DATE)
    assert [(e.kind, e.appeal_result, e.outcome) for e in found] == [
        (EventKind.APPEAL_DECISION, "remanded", Outcome.OTHER)]


@pytest.mark.parametrize("body", [
    # The near misses: a request sent on (a referral) or a promise, not a decision.
    "You appealed the Office's response. If the search was inadequate, we will send your request back to the Office "
    "for a new search.",
])
def test_a_request_sent_back_only_on_a_condition_is_no_remand(body: str) -> None:
    assert EventKind.APPEAL_DECISION not in _kinds(body)


@pytest.mark.parametrize("body", [
    "Your administrative appeal of the response to FOIA request COW2026000987654 reached the USCIS FOIA/PA Appeals "
    "Office on November 16, 2026.",
    "Your FOIA appeal of the Bureau's response arrived in our office on November 16, 2026, and has been assigned "
    "number APP2026001472.",
])
def test_an_appeal_that_reached_the_office_is_acknowledged_with_its_date(body: str) -> None:
    found = events_in(body, DATE)
    assert [(e.kind, e.received) for e in found] == [(EventKind.APPEAL_ACKNOWLEDGED, dt.date(2026, 11, 16))]


@pytest.mark.parametrize("body", [
    "Your request for the inspection reports reached our office on November 16, 2026.",
])
def test_a_request_that_reached_the_office_is_acknowledged(body: str) -> None:
    found = events_in(body, DATE)
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 11, 16))]


def test_a_decision_that_reached_the_office_is_no_appeal_received() -> None:
    """The near miss: a component's answer reaching the office is not the appeal arriving."""
    found = events_in("The Bureau's decision reached our office on November 16, 2026, and we are reviewing it.", DATE)
    assert EventKind.APPEAL_ACKNOWLEDGED not in [e.kind for e in found]


@pytest.mark.parametrize("body", [
    "Please describe the records you seek in enough detail that ICE personnel can locate them with a reasonable "
    "amount of effort.",
    "Please describe the reports more specifically, for example by naming a facility and a date range.",
    "ICE cannot conduct a search as the request is currently worded.",
])
def test_an_ask_to_describe_the_records_better_is_a_clarification(body: str) -> None:
    assert _kinds(body) == [EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize("body", [
    # The near misses: the letter describing the records it sends, or the search it made.
    "Please find enclosed the records described in your request.",
    "The enclosed index describes the records in more detail.",
])
def test_records_described_are_no_clarification(body: str) -> None:
    assert EventKind.CLARIFICATION_REQUESTED not in _kinds(body)


@pytest.mark.parametrize("body", [
    "TSA identified a 38-page standard operating procedure that responds to your request. The document consists "
    "entirely of Sensitive Security Information, and it is withheld in its entirety under Exemption 3 of the FOIA, "
    "5 U.S.C. § 552(b)(3), and 49 U.S.C. § 114(r).",
    "TSA identified a 38-page standard operating procedure that responds to your request. It is withheld in full under "
    "Exemption 3 of the FOIA, 5 U.S.C. § 552(b)(3), and 49 U.S.C. § 114(r).",
])
def test_the_one_record_withheld_in_its_entirety_is_a_denial(body: str) -> None:
    found = events_in(body, DATE)
    assert [(e.kind, e.outcome, e.pages_withheld, e.exemptions) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, 38, ("(b)(3) 49 U.S.C. § 114(r)",))]


def test_a_record_withheld_only_if_exempt_is_no_answer() -> None:
    """The near miss: what would happen to a record, on a condition."""
    assert EventKind.FINAL_DETERMINATION not in _kinds("If the record is exempt, it is withheld in full.")


@pytest.mark.parametrize("body", [
    "Upon review, the determination of the Records Access Officer is upheld.",
    "The decision of the Records Access Appeals Officer is affirmed.",
])
def test_a_decision_upheld_named_by_a_long_office_title_is_affirmed(body: str) -> None:
    found = events_in("I have reviewed your appeal of the denial of your request. " + body, DATE)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, Outcome.DENIED)]

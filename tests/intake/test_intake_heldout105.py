"""The hundred-and-fifth held-out set: 14 short letters (letters/heldout105) in the style and length of the samples in
shared/samples/agency-letters, written after set 104 was scored and fixed, all from state and local agencies of states
seldom in the earlier sets, each citing its own state's law in its own words: an Alabama Law Enforcement Agency
acknowledgement ("took receipt of your request"), a Honolulu Police Department (Hawaii) notice extending its time by
twenty business days (PDF), an Oklahoma Human Services refusal to move a request ahead (e-mail), a Nebraska State
Patrol release with its pages in words, a Maine Department of Health and Human Services fee "for a total of", a
Delaware Department of Justice opinion on a petition (the State Police "did not violate FOIA"), a City of Reno
(Nevada) portal e-mail whose search "turned up" no agreement, a Utah Transit Authority release in full (Word,
letterhead in the page header), a City of Memphis (Tennessee) first group of records, a Jefferson Parish Sheriff
(Louisiana) still-interested letter, a Connecticut Freedom of Information Commission complaint docketed (e-mail), a
Kansas Department of Health and Environment fee waiver refused, a South Carolina Department of Public Safety
refusal (PDF) and a Fayette County Public Schools (Kentucky) acknowledgement with ten more business days. Committed
before the rules were run on them.

Blind score: 7 of 14 fully right (50%), every letter matched to its request by its number. Wrong were:
- v01 (Alabama Law Enforcement Agency): nothing proposed: "ALEA took receipt of your request ... on October 5, 2026"
  (a receipt "taken", not read).
- v03 (Oklahoma Human Services, e-mail): nothing proposed: "You asked that we expedite ... We understand the urgency,
  but we cannot move your request ahead of those that came in before it" (expedition refused without the word).
- v06 (Delaware Department of Justice): nothing proposed: "We therefore conclude that DSP did not violate FOIA when it
  denied your request" (a petition's opinion, its number "Petition No. 26-IB-31", not taken for an appeal letter).
- v09 (City of Memphis, Tennessee): nothing proposed: "We are sending you the first group of records ...: 150 pages of
  payroll summaries" (a first "group" and pages "sent", not read as an interim release).
- v10 (Jefferson Parish Sheriff, Louisiana): nothing proposed: "Kindly advise within ten days ... whether this office
  should continue working on your request" (a still-interested question in the office's words).
- v12 (Kansas Department of Health and Environment): nothing proposed: "The Department therefore will not set aside
  the charges for your request" after "your request that the charges ... be waived".
- v13 (South Carolina Department of Public Safety, PDF): nothing proposed: "SCDPS is unable to release the collision
  reconstruction report you requested" (a report, not "records", refused).
After general fixes (a receipt "taken"; a request moved, or not, "ahead of" the others is expedition; a petition
"asking" this office; a "first group" or "set" of records, and records "sent" to you; whether "this office should
continue" working; charges "set aside"; a report, video or recording refused), 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests
from intake_scoring import kinds_and_outcomes as _found

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout105"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))



def test_a_receipt_taken_on_a_day_is_an_acknowledgement() -> None:
    found = events_in("ALEA took receipt of your request for the policy manuals on October 5, 2026, and has given it "
                      "the number shown above.", "October 9, 2026")
    assert [(e.kind, str(e.received)) for e in found] == [(EventKind.ACKNOWLEDGED, "2026-10-05")]


def test_a_payment_taken_in_is_no_acknowledgement() -> None:
    """The near miss: receipt taken of a payment, not of the request."""
    assert events_in("We took receipt of your payment on October 5, 2026.", "October 9, 2026") == []


def test_a_request_not_moved_ahead_of_the_others_is_expedition_refused() -> None:
    assert _found("You asked that we expedite this request. We understand the urgency, but we cannot move your "
                  "request ahead of those that came in before it.") == [(EventKind.EXPEDITE_DECISION, Outcome.DENIED)]


@pytest.mark.parametrize("body", [
    # The near misses: the order of processing stated, and a move ahead made (no refusal).
    "Requests are handled in the order received.",
    "We have placed your request at the front of the queue.",
])
def test_the_order_of_processing_is_no_refusal(body: str) -> None:
    assert all(outcome is not Outcome.DENIED for _, outcome in _found(body))


def test_an_opinion_on_a_petition_asking_this_office_is_an_appeal_decision() -> None:
    found = _found("We write in response to your petition asking this Office to determine whether the State Police "
                   "violated the Freedom of Information Act by denying your request. We therefore conclude that DSP "
                   "did not violate FOIA when it denied your request.")
    assert found == [(EventKind.APPEAL_DECISION, Outcome.DENIED)]


@pytest.mark.parametrize(("body", "pages"), [
    ("We are sending you the first group of records for your request: 150 pages of payroll summaries.", 150),
    ("We are sending you the first set of records for your request, 40 pages.", 40),
])
def test_a_first_group_or_set_of_records_sent_is_an_interim_release(body: str, pages: int) -> None:
    assert [(e.kind, e.pages_released) for e in events_in(body)] == [(EventKind.INTERIM_RELEASE, pages)]


def test_a_fee_schedule_sent_is_no_release() -> None:
    """The near miss: what is sent is no record."""
    assert events_in("We are sending you a copy of our fee schedule.") == []


def test_whether_this_office_should_continue_is_a_still_interested_letter() -> None:
    found = _found("This office wrote to you on October 22, 2026 asking which item numbers you wished to inspect. "
                   "Kindly advise within ten days of the date of this letter whether this office should continue "
                   "working on your request.")
    assert found == [(EventKind.CLARIFICATION_REQUESTED, None)]


def test_how_the_office_should_send_the_records_is_no_question_of_going_on() -> None:
    """The near miss: a question about delivery, not about continuing."""
    assert events_in("Please advise whether this office should send the records by mail or by e-mail.") == []


def test_charges_not_set_aside_is_a_fee_waiver_refused() -> None:
    assert _found("The Department therefore will not set aside the charges for your request.") == [
        (EventKind.FEE_WAIVER_DECISION, Outcome.DENIED)]


def test_criminal_charges_set_aside_are_no_fees() -> None:
    """The near miss: charges against a person, set aside by a court, are not the request's fees."""
    assert events_in("The court set aside the charges against the defendant in 2025.") == []


def test_a_report_that_cannot_be_released_is_a_denial() -> None:
    assert _found("SCDPS is unable to release the collision reconstruction report you requested.") == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


@pytest.mark.parametrize("body", [
    # The near misses: a refusal for now, until something happens or is paid.
    "We are unable to release the report until the investigation closes.",
    "We cannot release the video without payment of the fee.",
])
def test_a_report_held_back_for_now_is_no_denial(body: str) -> None:
    assert all(outcome is not Outcome.DENIED for _, outcome in _found(body))

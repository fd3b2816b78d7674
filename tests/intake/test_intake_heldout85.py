"""The eighty-fifth held-out set: 14 short letters (letters/heldout85) in the style and length of the samples in
shared/samples/agency-letters, written after set 84 was scored and fixed, eight from Justice Department components
and six from state and local agencies: a Criminal Division acknowledgement that decides "not to expedite", an EOUSA
search that "found nothing responsive" (e-mail), an FBI release with its exemptions in a checked-box line and "182
pages were reviewed and 146 pages are being released" (PDF), an Office of Information Policy appeal acknowledgement
giving the request's number in its reference line and the appeal's in the text, a Bureau of Prisons duplication fee
(e-mail with the letter attached as PDF), an EOIR release "in their entirety" (Word), a DEA still-interested
e-mail and an Office of Information Policy remand of an ATF no-records answer; a City of Cleveland (Ohio) GovQA
release with a redaction (e-mail), an Ohio State Highway Patrol acknowledgement with the date records are
expected, a Massachusetts Supervisor of Records order to respond (PDF), a New Jersey Government Records Council
complaint acknowledgement, a City of Philadelphia (Pennsylvania) Right-to-Know denial dated below its reference
line, and an Orange County (Florida) JustFOIA special service charge (e-mail). Committed before the rules were run
on them.

Blind score: 10 of 14 fully right. Wrong were:
- u01 (Criminal Division): the expedite decision missed: "We have therefore decided not to expedite the processing of
  your request" (a refusal said as a decision not to act).
- u06 (EOIR, Word): pages_released empty instead of 36: "EOIR has located 36 pages of records that respond to your
  request, and they are being released to you in their entirety" (the pages found, then "they" released).
- u12 (New Jersey Government Records Council): nothing proposed and no appeal number: "The Government Records Council
  received your Denial of Access Complaint on October 22, 2026", "GRC Complaint No. 2026-318" (a complaint to a state
  appeal body received, not read as an appeal acknowledged).
- u13 (City of Philadelphia): nothing proposed: "The City must decline to provide these records" (a denial said as
  declining to provide).
After general fixes (a decision "not to expedite", "not to waive" or "not to grant" is a refusal; records found and
then "they are being released" are all released; a complaint received by its name, "your Denial of Access Complaint",
is an appeal received; a denial said as "must decline to provide these records" or "decline your request"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout85"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kind"), [
    ("You have not shown an urgency to inform the public. We have therefore decided not to expedite the processing of "
     "your request.", EventKind.EXPEDITE_DECISION),
    ("After reviewing your justification, we have decided not to grant your request for expedited processing.",
     EventKind.EXPEDITE_DECISION),
    ("The Division has determined not to waive the fees for your request.", EventKind.FEE_WAIVER_DECISION),
])
def test_a_decision_not_to_expedite_or_waive_is_a_refusal(body: str, kind: EventKind) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(kind, Outcome.DENIED)]


@pytest.mark.parametrize("body", [
    # The near misses: a decision still to come, one under a condition, the requester's own, or no fee to waive.
    "Your fee waiver request will be decided later. If we decide not to waive the fees, we will tell you the cost.",
    "We have decided not to expedite your request unless you provide a certified statement.",
    "If you have decided not to pursue expedited processing, please tell us.",
    "We have decided not to charge you any fees.",
])
def test_a_decision_not_to_act_under_a_condition_or_by_the_requester_is_no_refusal(body: str) -> None:
    assert [e for e in events_in(body) if e.outcome == Outcome.DENIED] == []


@pytest.mark.parametrize("body", [
    "EOIR has located 36 pages of records that respond to your request, and they are being released to you in their "
    "entirety.",
    "We found 36 pages responsive to your request. They are being provided to you without redaction.",
])
def test_pages_found_and_then_being_released_are_all_released(body: str) -> None:
    assert [(e.kind, e.outcome, e.pages_released) for e in events_in(body)] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, 36)]


def test_pages_found_and_being_reviewed_are_not_released() -> None:
    """The near miss: "they are being reviewed for release" releases nothing yet."""
    assert all(e.pages_released is None for e in events_in(
        "We located 36 pages of records, and they are being reviewed for release."))


@pytest.mark.parametrize("body", [
    "The City must decline to provide these records. They are records of an agency relating to a noncriminal "
    "investigation, exempt under 65 P.S. § 67.708(b)(17).",
    "The Township respectfully declines to produce the requested police reports.",
    "For the reasons below, we must decline your request.",
])
def test_declining_to_provide_the_records_is_a_denial(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


@pytest.mark.parametrize("body", [
    # The near misses: a rule, a condition, a part declined, a refusal until payment, a format declined.
    "An agency may decline to provide records that are exempt under Section 708.",
    "If the City declines to provide the records, you may appeal to the Office of Open Records.",
    "The City declines to release portions of the report that identify witnesses.",
    "The County declines to provide the records until the fee is paid.",
    "The City declines to provide the records in the electronic format you asked for, and will provide paper copies.",
])
def test_declining_under_a_rule_condition_or_in_part_is_no_denial(body: str) -> None:
    assert [e for e in events_in(body) if e.outcome == Outcome.DENIED] == []


def test_a_complaint_received_by_its_name_is_an_appeal_received() -> None:
    """A state review body's "received your Denial of Access Complaint": the appeal acknowledged, with its date."""
    found = events_in("RE: GRC Complaint No. 2026-318\nThe Government Records Council received your Denial of Access "
                      "Complaint on October 22, 2026. Please refer to the GRC complaint number in all correspondence.",
                      date_line="October 27, 2026")
    assert [(e.kind, str(e.received)) for e in found] == [(EventKind.APPEAL_ACKNOWLEDGED, "2026-10-22")]


def test_a_request_and_a_complaint_received_is_no_appeal() -> None:
    """The near miss: a complaint about the delay, received with the request, is no complaint to a review body."""
    found = events_in("We received your request and your complaint about the delay on October 22, 2026.",
                      date_line="October 27, 2026")
    assert EventKind.APPEAL_ACKNOWLEDGED not in [e.kind for e in found]

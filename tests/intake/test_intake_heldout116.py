"""The hundred-and-sixteenth held-out set: 14 short letters (letters/heldout116) in the style and length of the samples
in shared/samples/agency-letters, all from DHS components and the immigration bodies: an ICE acknowledgement whose
request "reached the ICE FOIA Office" on a date, with a ten-day extension "invoked" (an e-mail), a CBP fee letter of
"anticipated charges", a USCIS National Records Center A-File release in full, in part and withheld, with pages sent
to ICE (PDF), a TSA denial of a 46-page manual of Sensitive Security Information under Exemption 3 and 49 U.S.C.
§ 114(r), a FEMA fee waiver refused as "unable to waive fees", a Secret Service expedite refusal "not warranted" with
its received date (an e-mail with the letter attached as a PDF), a Coast Guard still-interested letter under a
standard subject code line, a DHS Privacy Office third interim release with pages duplicate or not responsive
(PDF), an EOIR release in full (Word), a DHS OIG search that "turned up nothing", an ICE appeal acknowledgement
whose appeal "came in to our office" (an e-mail), a CBP appeal "granted in part and denied in part" that sustains
(b)(7)(E), a FEMA acknowledgement with a projected completion date, and a USCIS appeal decision that sends the
request back for a new search (PDF). Committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), and each of the 14 matched to its request by its number. Wrong were:
- f02 (CBP fee letter): a clarification proposed instead of the fee estimate, and no amount: "we anticipate charges
  of $168.50 (five hours of search at the clerical rate and duplication of about 340 pages), after the two free
  hours ...", followed by "We will not begin the search until you agree in writing to pay the anticipated charges
  or narrow the request" (charges "anticipated" not read as an estimate; the ask to agree or narrow taken for a
  clarification).
- f09 (EOIR release in full, Word): pages_released empty instead of 74: "found the requested guidelines, 74 pages in
  all. Nothing in them is exempt from disclosure, and the complete document is enclosed without any redactions"
  (the pages counted "in all", then given as "the complete document").
- f11 (ICE appeal acknowledgement, e-mail): nothing proposed: "has logged your administrative appeal of the response
  to FOIA request 2026-ICFO-51902. The appeal came in to our office on December 1, 2026, and its number is
  2027-ICAP-00093" (an appeal "logged", received as "came in to our office").
- f13 (FEMA acknowledgement): nothing proposed: "FEMA's Disclosure Branch took in your request ... on August 3,
  2026" and "We currently project that it will be completed on or around October 14, 2026" (a request "taken in";
  a completion "projected").
- f14 (USCIS appeal decision, PDF): nothing proposed: "We are sending the request back to the National Records
  Center to search that system and to issue a new response to you" (a remand as "sending the request back").
After general fixes (charges "anticipated", "expected" or "projected" at an amount are the estimate, beside a rate;
"the complete document", "the entire report" given after a total releases its pages; an appeal "logged" by the office
in the active voice, and "the appeal" or "this appeal" that "came in to" or "reached" an office, are acknowledged; a
request "taken in" on a day is received then; a completion "projected" and a day "on or around" are the expected date;
a request sent back "to search", "to review" or "to locate" is a remand), 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout116"
# What the rules reach on this set now; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "amount"), [
    ("Based on the description of those logbooks, we anticipate charges of $168.50 (five hours of search at the "
     "clerical rate and duplication of about 340 pages).", Decimal("168.50")),
    ("We expect the fees to come to $88.00, for two hours of search at the professional rate of $44.00 per hour.",
     Decimal("88.00")),
    ("The Office projects costs of $40.00 for the review, at the rate set by 6 C.F.R. § 5.11.", Decimal("40.00")),
])
def test_charges_foreseen_beside_a_rate_are_an_estimate(body: str, amount: Decimal) -> None:
    assert [(e.kind, e.amount) for e in events_in(body)] == [(EventKind.FEE_ESTIMATE, amount)]


@pytest.mark.parametrize("body", [
    # The near misses: a rate alone, and charges foreseen only as a condition, are no estimate.
    "Search time is charged at the professional rate of $46.00 per hour.",
    "If we anticipate charges of more than $25.00, we will notify you before we begin.",
])
def test_a_rate_or_a_condition_is_no_estimate(body: str) -> None:
    assert EventKind.FEE_ESTIMATE not in [e.kind for e in events_in(body)]


@pytest.mark.parametrize("body", [
    "EOIR searched its files and found the requested guidelines, 74 pages in all. Nothing in them is exempt from "
    "disclosure, and the complete document is enclosed without any redactions.",
    "Our search located 74 pages of records. We are enclosing the entire report.",
    "The Branch identified 74 pages of responsive material. The whole file is being released to you.",
])
def test_the_complete_document_given_after_a_total_releases_its_pages(body: str) -> None:
    assert [(e.kind, e.outcome, e.pages_released) for e in events_in(body)] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, 74)]


def test_the_complete_document_withheld_releases_nothing() -> None:
    """The near miss: the whole record withheld is no release of its pages."""
    found = events_in("Our search located 74 pages of records. The complete report is withheld under Exemption 5.")
    assert all(e.pages_released is None for e in found)


@pytest.mark.parametrize("body", [
    "The Government Information Law Division has logged your administrative appeal of the response to FOIA request "
    "2026-ICFO-51902. The appeal came in to our office on December 1, 2026, and its number is 2027-ICAP-00093.",
    "We docketed your FOIA appeal of the Privacy Office's response on December 1, 2026.",
    "Your appeal of the response to request 2026-HQFO-00731 has been assigned number 2027-HQAP-00021. This appeal "
    "reached the Office of the General Counsel on December 1, 2026.",
])
def test_an_appeal_logged_or_come_in_is_acknowledged(body: str) -> None:
    found = events_in(body, date_line="December 7, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.APPEAL_ACKNOWLEDGED, dt.date(2026, 12, 1))]


def test_a_request_logged_is_no_appeal_acknowledgement() -> None:
    """The near miss: the request itself logged is acknowledged as a request."""
    found = events_in("We logged your FOIA request on December 1, 2026.", date_line="December 7, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 12, 1))]


@pytest.mark.parametrize("body", [
    "FEMA's Disclosure Branch took in your request for Individual Assistance statistics on August 3, 2026.",
    "On August 3, 2026 the Records Unit took in your public records request.",
    "The Privacy Office took in your FOIA request, dated July 30, 2026, on August 3, 2026.",
])
def test_a_request_taken_in_on_a_day_is_received_then(body: str) -> None:
    found = events_in(body, date_line="August 7, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 8, 3))]


def test_a_fee_waiver_request_taken_in_is_no_receipt_of_the_request() -> None:
    """The near miss: what was taken in is the request for a waiver, not the records request."""
    found = events_in("The Branch took in your request for a fee waiver on August 3, 2026.", date_line="August 7, 2026")
    assert all(e.received is None for e in found)


@pytest.mark.parametrize("body", [
    "Your request was received on August 3, 2026. We currently project that it will be completed on or around "
    "October 14, 2026; this date is an estimate.",
    "Your request was received on August 3, 2026. We anticipate a response on or around October 14, 2026.",
    "Your request was received on August 3, 2026, and we project a release on or before October 14, 2026.",
])
def test_a_completion_projected_on_or_around_a_day_is_expected_then(body: str) -> None:
    found = events_in(body, date_line="August 7, 2026")
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 10, 14))]


def test_a_receipt_on_or_around_a_day_is_not_expected_then() -> None:
    """The near miss: "on or around" after a receipt is the day received, not the day of the answer."""
    found = events_in("Your request was received on or around August 3, 2026.", date_line="August 7, 2026")
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.ACKNOWLEDGED, None)]


@pytest.mark.parametrize("body", [
    "You appealed the National Records Center's response that it could find no records. We are sending the request "
    "back to the National Records Center to search that system and to issue a new response to you.",
    "You appealed the FOIA Office's withholdings. I am returning your request to the FOIA Office to review the "
    "withheld pages again.",
    "You appealed the Branch's search. We are sending your request back to the Branch to locate the missing reports.",
])
def test_a_request_sent_back_to_search_or_review_is_a_remand(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.APPEAL_DECISION, Outcome.OTHER)]


def test_a_request_to_be_sent_back_is_no_remand() -> None:
    """The near miss: a remand foreseen ("will send ... if") is no decision."""
    found = events_in("You appealed the Branch's search. The Office will send the request back to the Branch to search "
                      "again if you ask.")
    assert EventKind.APPEAL_DECISION not in [e.kind for e in found]


def test_an_appeal_come_in_under_a_condition_is_no_acknowledgement() -> None:
    """The near miss: "If the appeal came in ..." foresees a case; it acknowledges nothing."""
    found = events_in("Your appeal of the response to request 2026-HQFO-00731 must be filed within 90 days. If the "
                      "appeal came in to our office after that, it is dismissed as untimely.")
    assert EventKind.APPEAL_ACKNOWLEDGED not in [e.kind for e in found]

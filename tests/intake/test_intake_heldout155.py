"""The hundred-and-fifty-fifth held-out set: 14 acknowledgements and fee letters (letters/heldout155) from federal
and state agencies seldom seen before, seven federal and seven state or local: a Nuclear Regulatory Commission
acknowledgement e-mail with the complex track, the place in the queue and an estimated completion date, a Department
of Education acknowledgement in Word with no received date and the fee category in a table, a National
Transportation Safety Board acknowledgement that takes ten more working days, a FERC commercial-use fee estimate with
itemised costs and an advance payment (PDF), a Small Business Administration fee waiver denial with an estimate over
$250 to be paid in advance, a Peace Corps acknowledgement e-mail that waives all fees, a National Archives fee waiver
granted in part with the estimate for the rest; a Pennsylvania Department of Environmental Protection Right-to-Know
thirty-day extension (PDF), a Minnesota Department of Health cost estimate with prepayment (e-mail), an Illinois EPA
acknowledgement with a five-business-day extension, an Arizona Department of Transportation portal e-mail (HTML)
with a commercial-purpose fee, a City of San Antonio itemized statement of estimated charges, a Georgia Department of
Natural Resources three-day response with a cost estimate in a table (Word), and an Oregon DEQ fee reduced by half
in the public interest. Committed before the rules were run on them.

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a02 (Education, Word): no acknowledgement: "Thank you for your Freedom of Information Act request to the U.S.
  Department of Education. We have logged it under the number shown above" (a request logged, no date received).
- a07 (National Archives): outcome "full_grant" instead of a partial grant, and no fee estimate: "We have decided to
  grant your fee waiver request only in part." and "your fee is estimated at $207.00" (a fee "estimated at").
- a14 (Oregon DEQ): no fee waiver decision: "DEQ is therefore reducing the fee by 50 percent rather than waiving it"
  (a fee reduced in the public interest, answering a request that fees be waived).
After general fixes (a request the office logged, entered or registered under a number it points to ("the number
shown above", "in the subject line") or gives is acknowledged; a waiver granted "only in part", "partly" or
"partially" after the agency's verb; a fee cut by a share ("reducing the fee by 50 percent", "by half") is a fee
waiver granted in part; a sentence about the "non-waived" or "unwaived" portion can carry the estimate), 14 of 14.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout155"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "Thank you for your Freedom of Information Act request to the Department. We have logged it under the number shown "
    "above; please refer to that number if you write or call about it.",
    "Thank you for your public records request. The Records Unit has entered your request under the reference number "
    "in the subject line.",
    "Thank you for your request for inspection reports. We registered it as tracking number 27-00318-F.",
])
def test_a_request_logged_under_its_number_is_acknowledged(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize("sentence", [
    # The near misses: an appeal or a payment logged, and the requester's own logging.
    "We have logged your appeal under the number shown above.",
    "We have logged your payment under the invoice number above.",
    "If you logged it under the number shown above, please tell us.",
])
def test_something_else_logged_under_a_number_is_no_acknowledgement(sentence: str) -> None:
    assert not re.search(P.LOGGED_UNDER_NUMBER, sentence, P.IC)


@pytest.mark.parametrize(("body", "outcome"), [
    ("We have decided to grant your fee waiver request only in part.", Outcome.PARTIAL_GRANT),
    ("The Office grants your fee waiver request partly, as to the search fees.", Outcome.PARTIAL_GRANT),
    ("We are approving your fee waiver request only partially.", Outcome.PARTIAL_GRANT),
    # The near miss: granted in full.
    ("We have decided to grant your fee waiver request in full.", Outcome.FULL_GRANT),
])
def test_a_waiver_granted_only_in_part(body: str, outcome: Outcome) -> None:
    assert [o for _, o in kinds_and_outcomes(body)] == [outcome]


@pytest.mark.parametrize("body", [
    "DEQ is therefore reducing the fee by 50 percent rather than waiving it.",
    "The County will reduce the copying charges by half in the public interest.",
    "Your fees have been reduced by 25% because the records primarily benefit the public.",
])
def test_a_fee_reduced_by_a_share_is_a_waiver_granted_in_part(body: str) -> None:
    assert [(k, o) for k, o in kinds_and_outcomes(body) if k is EventKind.FEE_WAIVER_DECISION] == [
        (EventKind.FEE_WAIVER_DECISION, Outcome.PARTIAL_GRANT)]


@pytest.mark.parametrize("body", [
    # The near misses: a reduction offered on a condition, one refused, and pages (not fees) cut.
    "If you narrow the request, we can reduce the fee by half.",
    "We will not reduce the fee by 50 percent.",
    "Narrowing the date range reduced the number of pages by half.",
])
def test_no_partial_waiver_where_no_fee_is_cut(body: str) -> None:
    assert Outcome.PARTIAL_GRANT not in [o for _, o in kinds_and_outcomes(body)]


@pytest.mark.parametrize(("body", "amount"), [
    ("The non-waived portion comprises about 1,480 pages; at $0.15 per page for the 1,380 billable pages, your fee is "
     "estimated at $207.00.", Decimal("207.00")),
    ("The unwaived fees come to $96.00.", Decimal("96.00")),
])
def test_what_is_not_waived_is_an_estimate(body: str, amount: Decimal) -> None:
    assert [e.amount for e in events_in(body) if e.kind is EventKind.FEE_ESTIMATE] == [amount]


@pytest.mark.parametrize(("sentence", "not_an_estimate"), [
    ("Search fees for the first 50 pages are waived; the rest is estimated at $80.00.", True),
    ("We are waiving the duplication fee of $12.00.", True),
    ("The non-waived portion is estimated at $207.00.", False),
])
def test_a_sentence_about_fees_waived_is_no_estimate(sentence: str, not_an_estimate: bool) -> None:
    assert bool(P.FEE_NOT_ESTIMATE.search(sentence)) is not_an_estimate


@pytest.mark.parametrize(("sentence", "first_response"), [
    ("Records that answer your request exist, but they cannot be made available within three business days.", True),
    ("Records which respond to your request exist but cannot be provided within 3 business days.", True),
    ("Responsive records exist, but the records cannot be produced within three (3) business days.", True),
    # The near miss: records said not to exist.
    ("No records exist that answer your request, and none can be made available.", False),
])
def test_georgias_three_day_notice_after_the_records_described(sentence: str, first_response: bool) -> None:
    assert bool(P.FIRST_RESPONSE_ESTIMATE.search(sentence)) is first_response

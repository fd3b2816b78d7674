"""The hundred-and-thirtieth held-out set: 14 everyday short letters (letters/heldout130) of the kind a small
advocacy office receives every week, eight federal and six state: an OSHA e-mail of one paragraph that confirms a
request and its tracking number, a Consumer Product Safety Commission fee estimate that asks for agreement (an
itemized table), a Federal Maritime Commission no-records answer (PDF, a second page with a note), a National
Transportation Safety Board full grant (an e-mail with the letter attached as a PDF), a Defense Logistics Agency
partial release with its page counts (PDF), a Bureau of Reclamation 'do you still want it?' e-mail with a reply-by
date, a FERC request to narrow an overbroad request that also states when the request was received, a Small Business
Administration letter closing a request whose requester never answered a fee letter; a Michigan EGLE acknowledgement
that takes ten more business days (Word, letterhead in the page header), an Ohio Department of Transportation portal
e-mail releasing everything, a Minnesota Pollution Control Agency partial release under the Data Practices Act, a
Travis County Sheriff's Office itemized Texas cost estimate, a Georgia Department of Public Health no-records e-mail
and a New York DEC FOIL acknowledgement with the date a decision is expected. Footers and forms carry dates that are
not the letter's. Committed before the rules were run on them.

Blind score: 10 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a01 (OSHA, e-mail): a final determination instead of an acknowledgement, and no date received: "Your Freedom of
  Information Act request to the Occupational Safety and Health Administration (OSHA) came in on November 25, 2026
  and now carries the tracking number 2027-F-01733" (a receipt in "came in on") beside "because that inspection is
  still open, the file cannot be released until the case is closed or contested, so processing may take longer than
  usual" (taken for a closing).
- a07 (FERC): no clarification requested: "So that we can conduct a reasonable search, we need you to describe more
  precisely what you are looking for."
- a08 (SBA): a fee estimate of $640.00 instead of a closing (withdrawn): "By letter dated October 22, 2026, we asked
  you to tell us whether you would accept the estimated fee of $640.00 ..." (an earlier letter's estimate) and "That
  period has ended and we have had no word from you. Your request is therefore closed, and no further action will be
  taken on it."
- a11 (Minnesota Pollution Control Agency): exemptions lacked "Minn. Stat. § 13.37, subd. 1(a)": "Data that would be
  likely to substantially jeopardize the security of the dam if released are classified as security information,
  which is not public under Minn. Stat. § 13.37, subd. 1(a)."
After general fixes (a release that waits on another matter's close, "until the case is closed", is no closing; a
request that "came in on" or "arrived on" a day was received then; the office that needs or asks the requester "to
describe more precisely" what is sought asks for clarification, and "if we do not get your reply" warns of a close; a
request "is therefore closed"; an earlier letter's fee the office "asked" or "wrote" about is no estimate; "we have had
no word from you" beside a closing withdraws the request; Minnesota's information "which is not public under" a
section withholds), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout130"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kinds"), [
    ("Your request came in on November 25, 2026 and carries tracking number 2027-F-01733. Because that inspection is "
     "still open, the file cannot be released until the case is closed or contested.", [EventKind.ACKNOWLEDGED]),
    ("We received your request on November 25, 2026. The report will be withheld until the investigation file has "
     "been closed.", [EventKind.ACKNOWLEDGED]),
    ("We received your request on November 25, 2026. Once the enforcement matter is resolved, the records may be "
     "released.", [EventKind.ACKNOWLEDGED]),
    # The near miss: the request itself is closed.
    ("We received no reply to our letter of October 2, 2026. Your case is closed.", [EventKind.FINAL_DETERMINATION]),
])
def test_a_release_that_waits_on_another_matters_close_is_no_closing(body: str, kinds: list[EventKind]) -> None:
    assert [k for k, _ in kinds_and_outcomes(body, date_line="November 30, 2026")] == kinds


@pytest.mark.parametrize(("body", "received"), [
    ("Your Freedom of Information Act request to the Occupational Safety and Health Administration (OSHA) came in on "
     "November 25, 2026 and now carries the tracking number 2027-F-01733.", dt.date(2026, 11, 25)),
    ("Your public records request, which came in on November 2, 2026, has been assigned number 26-0044.",
     dt.date(2026, 11, 2)),
    ("Your request for the bridge inspection reports arrived on November 20, 2026.", dt.date(2026, 11, 20)),
])
def test_a_request_that_came_in_on_a_day_was_received_then(body: str, received: dt.date) -> None:
    found = events_in(body, date_line="November 30, 2026")
    assert [(e.kind, e.received) for e in found][:1] == [(EventKind.ACKNOWLEDGED, received)]


@pytest.mark.parametrize("body", [
    # The near misses: what came in was something else, or what the request asked for.
    "The records you asked for in your request came in on November 20, 2026 from the contractor.",
    "The contractor's reply to your request came in on November 20, 2026.",
    "Your check for the copies came in on November 20, 2026.",
])
def test_what_else_came_in_is_no_receipt_of_the_request(body: str) -> None:
    assert not P.RECEIPT_OF_REQUEST.search(body)


@pytest.mark.parametrize("body", [
    "So that we can conduct a reasonable search, we need you to describe more precisely what you are looking for.",
    "We ask you to describe in more detail the reports you want.",
    "Would you please describe the e-mails more specifically?",
    "Please describe the records with greater precision.",
    "We have your request. If we do not get your reply within 20 working days, we will close the request "
    "administratively.",
])
def test_an_office_that_needs_a_better_description_asks_for_clarification(body: str) -> None:
    assert EventKind.CLARIFICATION_REQUESTED in [k for k, _ in kinds_and_outcomes(body)]


@pytest.mark.parametrize("body", [
    # The near misses: the requester's own description, and a fee waiver's support asked for.
    "You described the records in enough detail, and we have begun our search.",
    "We need you to describe your organization's dissemination plans more fully before we can decide the fee waiver.",
])
def test_no_clarification_where_the_records_are_not_to_be_described(body: str) -> None:
    assert EventKind.CLARIFICATION_REQUESTED not in [k for k, _ in kinds_and_outcomes(body)]


@pytest.mark.parametrize(("body", "kinds", "outcome"), [
    ("By letter dated October 22, 2026, we asked you to tell us whether you would accept the estimated fee of $640.00. "
     "That period has ended and we have had no word from you. Your request is therefore closed, and no further action "
     "will be taken on it.", [EventKind.FINAL_DETERMINATION], Outcome.WITHDRAWN),
    ("On October 2, 2026, we wrote to you that the estimated fee would be $85.00. We have received no reply from you, "
     "and your request is accordingly closed.", [EventKind.FINAL_DETERMINATION], Outcome.WITHDRAWN),
    ("By e-mail dated May 4, 2026, the Office explained that the fee would be $120.00. We have heard nothing from "
     "you since, so the request is now closed.", [EventKind.FINAL_DETERMINATION], Outcome.WITHDRAWN),
])
def test_a_request_closed_after_an_earlier_fee_letter_went_unanswered(body: str, kinds: list[EventKind],
                                                                     outcome: Outcome) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome, e.amount) for e in found] == [(k, outcome, None) for k in kinds]


def test_a_fee_the_requester_asked_about_is_still_an_estimate() -> None:
    # The near miss: "you asked", not what the office asked or wrote before.
    found = events_in("On October 2, 2026, you asked what your request would cost. The estimated fee is $85.00.")
    assert [(e.kind, e.amount) for e in found] == [(EventKind.FEE_ESTIMATE, 85)]


@pytest.mark.parametrize(("sentence", "codes"), [
    ("Data that would be likely to substantially jeopardize the security of the dam if released are classified as "
     "security information, which is not public under Minn. Stat. § 13.37, subd. 1(a).",
     ["Minn. Stat. § 13.37, subd. 1(a)"]),
    ("The inspection plans are nonpublic under Minn. Stat. § 13.37, subd. 1(a).", ["Minn. Stat. § 13.37, subd. 1(a)"]),
    # The near miss: a meeting not public, no data withheld under the section.
    ("The meeting was not public, and its minutes are public data under Minn. Stat. § 13.43, subd. 2.", []),
])
def test_information_not_public_under_a_section_is_withheld(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes

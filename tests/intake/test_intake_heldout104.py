"""The hundred-and-fourth held-out set: 14 short letters (letters/heldout104) in the style and length of the samples in
shared/samples/agency-letters, all from state and local agencies of states seldom in the earlier sets, each citing its
own state's law in its own words: a Clark County School District (Nevada) five-day notice with a received date and a
date the records should be ready (a quoted-printable e-mail), a Salt Lake County (Utah) GRAMA fee paid in advance, a
Tennessee Bureau of Investigation request "declined in its entirety" (PDF), a Louisville Metro Police (Kentucky) release
with its pages counted in words, a City of New Orleans (Louisiana) portal message asking which contractors (e-mail), a
University of Connecticut first production (Word, letterhead in the page header), an Indianapolis Metropolitan Police
(Indiana) search that found "nothing to produce", an Iowa Department of Transportation study released with nothing
redacted, a Kansas City Missouri Police Sunshine Law extension with its new date, a New Mexico Environment Department
request treated as withdrawn, a South Carolina Law Enforcement Division fee waiver, a Vermont Department of Public
Safety appeal decision, a Rhode Island Department of Corrections appeal acknowledgement (e-mail) and a Wichita State
University (Kansas) acknowledgement with a fee estimate. Committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%), every letter matched to its request by its number. Wrong were:
- u01 (Clark County School District, e-mail): expected_by empty: "The District anticipates that the records, to the
  extent any exist and are not confidential, will be ready on or before December 18, 2026" (a date the records will
  be ready, after a clause, not read as the approximate completion date).
- u02 (Salt Lake County, Utah): nothing proposed: "Compiling and formatting the logs will take approximately four hours
  at $24.15 per hour, which comes to $96.60" (a cost that "comes to" a sum not read as a fee estimate).
- u03 (Tennessee Bureau of Investigation, PDF): nothing proposed: "The request is therefore declined in its entirety"
  after "confidential and not open to public inspection under Tenn. Code Ann. § 10-7-504(a)(2)(A)".
- u04 (Louisville Metro Police, Kentucky): nothing proposed: "Twenty-five pages were identified. Twenty-three of them
  are provided to you with redactions, and the remaining two ... are withheld in full" (a share "Twenty-three of
  them" given, and the rest described in commas, not read; its exemptions were right once the release was read).
- u07 (Indianapolis Metropolitan Police, Indiana): nothing proposed: "Neither contains a record matching the date,
  location or case number you gave, so the Department has nothing to produce in response to your request".
- u09 (Kansas City Police, Missouri): extension_days empty: "more time is required: ... will take another 15 business
  days". Its answer first also had expected_by (December 23, from the next sentence, "We expect the recordings to be
  available by December 23, 2026"); an extension keeps only the date its own sentence names, as the answers of sets
  15, 24, 27, 39, 40, 44, 46, 53, 56, 58, 59, 6, 77 and 92 have it, so the answer was corrected (the blind figure is
  unchanged: the letter was wrong on its days).
- u10 (New Mexico Environment Department): nothing proposed: "We are therefore treating your request as withdrawn and
  have closed it".
- u11 (South Carolina Law Enforcement Division): nothing proposed: "SLED has decided to waive the search, retrieval and
  redaction fees in full".
After general fixes (a request "declined"; fees named in a list waived, and "will waive" no longer read as a refusal;
time priced at a rate that "comes to" a sum; a request "treated as withdrawn"; "nothing to produce"; an expected date
after a clause set off by commas, and records "ready"; "another 15 business days";
a share "Twenty-three of them" released and "the remaining two, <what they are>, are withheld"), 14 of 14, every
earlier set unchanged.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from intake_scoring import events_in, pages_in, set_tests
from intake_scoring import kinds_and_outcomes as _found

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout104"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))



@pytest.mark.parametrize("body", [
    "The request is therefore declined in its entirety.",
    "Your request for the autopsy file is respectfully declined.",
    "Request No. 26-0842 is declined.",
])
def test_a_request_declined_is_a_denial(body: str) -> None:
    assert _found(body) == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


@pytest.mark.parametrize("body", [
    # The near misses: a waiver or expedition declined says nothing of the records.
    "Your request for a fee waiver is declined.",
    "Your request for expedited processing is declined.",
])
def test_a_waiver_or_expedition_declined_is_no_final_answer(body: str) -> None:
    assert EventKind.FINAL_DETERMINATION not in [kind for kind, _ in _found(body)]


@pytest.mark.parametrize(("body", "outcome"), [
    ("SLED has decided to waive the search, retrieval and redaction fees in full.", Outcome.FULL_GRANT),
    ("The County has agreed to waive the copying, postage and staff fees.", Outcome.FULL_GRANT),
    ("We will waive the search, review and duplication charges.", Outcome.FULL_GRANT),
    ("We will waive all fees.", Outcome.FULL_GRANT),
    # The near misses: the same fees not waived.
    ("SLED has decided not to waive the search, retrieval and redaction fees.", Outcome.DENIED),
    ("We will not waive the copying charges.", Outcome.DENIED),
    ("The Department cannot waive the fees.", Outcome.DENIED),
])
def test_fees_named_in_a_list_waived_or_not(body: str, outcome: Outcome) -> None:
    assert _found(body) == [(EventKind.FEE_WAIVER_DECISION, outcome)]


@pytest.mark.parametrize(("body", "amount"), [
    ("Compiling and formatting the logs will take approximately four hours at $24.15 per hour, which comes to $96.60.",
     Decimal("96.60")),
    ("Copying 320 pages at $0.25 a page amounts to $80.00.", Decimal("80.00")),
])
def test_time_or_pages_priced_at_a_rate_and_summed_is_a_fee_estimate(body: str, amount: Decimal) -> None:
    found = events_in(body)
    assert [(e.kind, e.amount) for e in found] == [(EventKind.FEE_ESTIMATE, amount)]


def test_a_rate_alone_is_no_fee_estimate() -> None:
    """The near miss: the price of a page, with no sum, estimates nothing."""
    assert events_in("Copies are $0.25 per page.") == []


@pytest.mark.parametrize("body", [
    "We are therefore treating your request as withdrawn and have closed it.",
    "The Office has treated the request as abandoned and closed its file.",
])
def test_a_request_treated_as_withdrawn_is_closed_withdrawn(body: str) -> None:
    assert _found(body) == [(EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN)]


@pytest.mark.parametrize("body", [
    # The near misses: a warning of what will be done, not done.
    "If we do not hear from you by May 30, we will treat your request as withdrawn.",
    "We will treat your request as withdrawn unless you reply by May 30.",
])
def test_a_request_to_be_treated_as_withdrawn_is_not_closed(body: str) -> None:
    assert EventKind.FINAL_DETERMINATION not in [kind for kind, _ in _found(body)]


@pytest.mark.parametrize("body", [
    "Neither contains a record matching the date, location or case number you gave, so the Department has nothing to "
    "produce in response to your request.",
    "There is nothing to provide in response to your request.",
])
def test_nothing_to_produce_is_no_records(body: str) -> None:
    assert _found(body) == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize("body", [
    # The near misses: nothing more after a release, and nothing until the fee is paid.
    "The Department has nothing further to produce.",
    "The Department has nothing to produce until the fee is paid.",
])
def test_nothing_more_or_nothing_yet_is_not_no_records(body: str) -> None:
    assert all(outcome is not Outcome.NO_RECORDS for _, outcome in _found(body))


def test_a_date_the_records_will_be_ready_after_a_clause_is_the_expected_date() -> None:
    found = events_in("The District received your request on November 16, 2026. The District anticipates that the "
                      "records, to the extent any exist and are not confidential, will be ready on or before December "
                      "18, 2026.", "November 19, 2026")
    assert [(e.kind, str(e.received), str(e.expected_by)) for e in found] == [
        (EventKind.ACKNOWLEDGED, "2026-11-16", "2026-12-18")]


def test_the_requesters_own_deadline_is_no_expected_date() -> None:
    found = events_in("The District received your request on November 16, 2026. Please let us know, if you still "
                      "want the records, by December 18, 2026.", "November 19, 2026")
    assert all(e.expected_by is None for e in found)


def test_another_n_days_are_the_extensions_days() -> None:
    found = events_in("We are letting you know that more time is required: reviewing the audio will take another 15 "
                      "business days.", "December 2, 2026")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, 15)]


def test_another_request_is_no_extension() -> None:
    """The near miss: "another" before a number of days that is not more time taken."""
    found = events_in("Another 15 business days have passed since we wrote to you.", "December 2, 2026")
    assert EventKind.EXTENSION not in [e.kind for e in found]


def test_a_share_of_them_in_words_and_the_rest_described_are_counted() -> None:
    counts = pages_in("Twenty-three of them are provided to you with redactions, and the remaining two, a witness's "
                      "statement to detectives, are withheld in full.")
    assert (counts.pages_released, counts.withheld_full) == (23, 2)


def test_a_share_of_them_reviewed_is_not_released() -> None:
    """The near miss: a share only reviewed is no release."""
    assert pages_in("Twenty-three of them were reviewed by the Legal Office.").pages_released is None


def test_a_share_of_them_given_is_a_release() -> None:
    found = events_in("Twenty-five pages were identified. Twenty-three of them are provided to you with redactions, "
                      "and the remaining two are withheld in full under KRS 61.878(1)(h).")
    assert [(e.kind, e.outcome, e.pages_released, e.pages_withheld) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, 23, 2)]

"""The fortieth held-out set: 14 ordinary letters (letters/heldout40) of the kind and length of the samples in
shared/samples/agency-letters, eight federal and six state or local, from agencies no earlier set had: a Naval Sea
Systems Command acknowledgement dated "14 Apr 26" beside its serial line, an Education Department acknowledgement
taking ten more working days (e-mail), an Air Force Materiel Command fee estimate with its fee table (PDF), an SEC fee
waiver denied, a National Archives second interim release (PDF), a Forest Service region's release with redactions
under Exemptions 5 and 6, a DEA "did not locate any records" letter with the exclusion notice (PDF), a Department of
Energy Office of Hearings and Appeals decision denying an appeal; the Phoenix Police's acknowledgement (e-mail), the
Michigan State Police's 10-business-day extension under MCL 15.235(2)(d) (PDF), an Atlanta Police denial under
O.C.G.A. § 50-18-72(a)(4), a Minneapolis Public Schools data request answered in full (Word), the Illinois Attorney
General's Public Access Bureau acknowledging a Request for Review, and the Fairfax County (Virginia) Police asking to
clarify (e-mail). Written from the agencies' published wording and committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), and each of the 14 matched to its request by its number (the test below
files each letter's request beside another at the same agency with another number). Wrong were:
- h03: the Air Force fee estimate's table line "Duplication: 920 pages x $0.15, less 100 free pages" read as a
  release in full of 100 pages (a final determination besides the fee estimate);
- h09: the Phoenix Police's "Your request has been received and is being processed ... received in this office on
  6/15/2026" read as a partial grant, not as an acknowledgement with its received date;
- h10: Michigan's "extending the period during which it shall respond to your request by not more than 10 business
  days ... will respond to your request on or before August 27, 2026" not read: neither the days nor the date;
- h12: Minneapolis's "Attached please find 34 pages of public data responsive to your request" read as a full grant
  without its 34 pages;
- h14: Fairfax's "does not identify the requested records with reasonable specificity ... could you please clarify"
  read as no records, not as a request to clarify.

The answer for h10 was set after scoring to the earlier sets' convention (an extension carries its days, not the new
date; see set 38's a10): with it the blind score is still 9. After general fixes (tests below): 14 of 14, every
earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout40"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "Your request does not identify the requested records with reasonable specificity. Could you please clarify?",
    "The request does not describe the records sought with sufficient specificity; please narrow it.",
    "Please describe the records with greater specificity, such as a date range.",
])
def test_a_request_not_specific_enough_asks_to_clarify(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize("body", [
    "The Department does not have any records responsive to your request.",
    "A search of our files did not locate any records responsive to your request.",
])
def test_an_agency_that_does_not_find_records_still_has_none(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize(("body", "days"), [
    ("The Department is extending the period during which it shall respond by not more than 10 business days.", 10),
    ("We are extending the time to respond to your request by no more than fifteen (15) business days.", 15),
])
def test_an_extension_by_not_more_than_n_days_takes_n_days(body: str, days: int) -> None:
    found = events_in(body)
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, days)]


def test_an_extension_by_more_than_n_days_has_no_count() -> None:
    found = events_in("We are extending the time to respond by more than ten working days.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, None)]


@pytest.mark.parametrize("body", [
    "You will be notified when your request is complete or if any fees apply.",
    "Once your request has been completed, you will receive an e-mail with a link to the records.",
])
def test_a_promise_to_tell_when_the_request_is_complete_is_no_determination(body: str) -> None:
    assert [e.kind for e in events_in(body)] == []


def test_a_request_said_complete_is_final() -> None:
    assert [e.kind for e in events_in("Your request is complete and the records are attached.")] == [
        EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize(("sentence", "released"), [
    ("Attached please find 34 pages of public data responsive to your request.", 34),
    ("Please find attached 64 pages responsive to your request.", 64),
    ("Enclosed are 12 pages of the records responsive to your request.", 12),
])
def test_pages_of_data_responsive_are_released(sentence: str, released: int) -> None:
    counts = pages_in(sentence)
    assert counts.pages_released == released


@pytest.mark.parametrize("body", [
    "Requesters in this category are charged for search time and duplication, after the first two hours of search "
    "and the first 100 pages, which are provided free of charge.",
    "The first 100 pages of duplication are provided at no charge to requesters in this category.",
])
def test_a_fee_allowance_of_free_pages_is_no_release(body: str) -> None:
    assert [e.kind for e in events_in(body)] == []
    counts = pages_in(body)
    assert counts.pages_released is None


def test_pages_provided_free_of_charge_are_still_released() -> None:
    counts = pages_in("The enclosed 34 pages are provided free of charge.")
    assert counts.pages_released == 34

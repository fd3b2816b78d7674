"""An extension's new day named as such in the sentence after its days: the day now expected."""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in

from foiatrack.core.vocabulary import EventKind

_EXTENDS = ("We will be unable to make a decision on your request within the 20 workday statutory time limit "
            "because we will need to consult with the U.S. Forest Service. As a result, we are taking a 10-workday "
            "extension under 43 C.F.R. § 2.19. ")


@pytest.mark.parametrize("new_day", [
    "The new deadline for a determination on your request is January 13, 2027.",
    "Your revised due date is 01/13/2027.",
    "The new response date will be January 13, 2027.",
    "The new date for a decision on your request is now on or before January 13, 2027.",
])
def test_the_new_day_named_after_the_extensions_days_is_expected(new_day: str) -> None:
    [event] = [e for e in events_in(_EXTENDS + new_day, "December 1, 2026") if e.kind == EventKind.EXTENSION]
    assert (event.extension_days, event.expected_by) == (10, dt.date(2027, 1, 13))
    assert event.evidence["expected_by"] == new_day


@pytest.mark.parametrize("other_day", [
    # a day that is no new deadline of the answer: the requester's, a payment's, an appeal's
    "The new deadline for your reply to our clarification is January 13, 2027.",
    "The new due date for payment of the fee is January 13, 2027.",
    "The new deadline to file an appeal is January 13, 2027.",
])
def test_another_new_day_is_not_the_answers(other_day: str) -> None:
    [event] = [e for e in events_in(_EXTENDS + other_day, "December 1, 2026") if e.kind == EventKind.EXTENSION]
    assert event.expected_by is None

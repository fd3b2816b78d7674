"""Silence, tolling and appeals: the rules of the law's second round, one table row per case.

Every date was checked by hand against the calendar (``cal``) with the holidays named beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date.fromisoformat


# 5 U.S.C. § 552(a)(6)(A)(ii)(II): the fee pause ends when the agency receives the requester's response,
# whether it pays, agrees to pay, narrows or contests.
@pytest.mark.parametrize(("answer", "due", "tolled"), [
    # Mon 03-03 received; 5 used (03-04..03-10), paused 03-11..03-17, 15 left from Mon 03-17: Mon 04-07.
    ("fee_paid", "2025-04-07", 5),
    ("fee_answered", "2025-04-07", 5),
    # Answered Fri 03-14: paused 03-11..03-14 (4), 15 left from Fri 03-14: Fri 04-04.
    ("fee_answered@2025-03-14", "2025-04-04", 4),
])
def test_a_fee_answer_ends_the_fee_pause(run, answer: str, due: str, tolled: int) -> None:
    kind, _, date = answer.partition("@")
    result = run("US", ("2025-03-03", "received"), ("2025-03-10", "fee_estimate"), (date or "2025-03-17", kind))
    assert result.response_due.date == D(due)
    assert result.tolled_days == tolled
    assert result.pauses[0].end is not None


def test_an_unanswered_fee_letter_keeps_the_clock_paused(run) -> None:
    result = run("US", ("2025-03-03", "received"), ("2025-03-10", "fee_estimate"))
    assert result.response_due is None and result.agency_due is None

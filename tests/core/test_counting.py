"""Counting one time limit and the sentence that lets a reader check it with a paper calendar.

Hand-checked on the 2026 calendars:
- federal, 20 working days from Thu 2026-10-01: Columbus Day (Mon Oct 12) skipped, due Fri 2026-10-30;
- the same with the clock paused Tue Oct 6 - Tue Oct 13: 3 days used before (Oct 2, 5, 6), 17 after
  (Oct 14 ... Nov 5), due Thu 2026-11-05;
- California, 10 calendar days from Mon 2026-11-16 end on Thanksgiving (Thu Nov 26); the day after is a
  state holiday too, so the deadline rolls past the weekend to Mon 2026-11-30 (Cal. Code Civ. Proc. § 12a).
"""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.counting import Pause, count, join, singular
from foiatrack.services.jurisdictions import make_rules_context

D = dt.date
CONTEXT = make_rules_context()
US, CA = CONTEXT.catalog.get("US"), CONTEXT.catalog.get("US-CA")
US_CAL, CA_CAL = CONTEXT.calendar("US"), CONTEXT.calendar("US-CA")
START = D(2026, 10, 1)


def _federal(**kwargs: object):  # type: ignore[no-untyped-def]
    assert US.response is not None
    return count(US, US.response, START, US_CAL, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("items", "joined"), [([], ""), (["a"], "a"), (["a", "b"], "a and b"),
                                               (["a", "b", "c"], "a, b and c")])
def test_lists_are_joined_as_a_sentence(items: list[str], joined: str) -> None:
    assert join(items) == joined


def test_a_unit_name_is_made_singular() -> None:
    assert (singular("business days"), singular("day")) == ("business day", "day")


def test_working_days_skip_weekends_and_name_the_holidays_skipped() -> None:
    counted = _federal()
    assert (counted.due, counted.nominal, counted.span) == (D(2026, 10, 30), D(2026, 10, 30), "20 working days")
    assert counted.text == ("20 working days under 5 U.S.C. § 552(a)(6)(A)(i) from Thu 2026-10-01, skipping "
                            "Mon 2026-10-12 Columbus Day: due Fri 2026-10-30")


def test_a_given_number_of_days_and_the_words_around_it() -> None:
    counted = _federal(days=10, from_what=" (the response deadline)", verb="follow up on", lead="10 days, say")
    assert counted.due == D(2026, 10, 16)
    assert counted.text == ("10 days, say from Thu 2026-10-01 (the response deadline), skipping Mon 2026-10-12 "
                            "Columbus Day: follow up on Fri 2026-10-16")
    assert _federal(days=0).due == START  # a working day already: due the same day


def test_a_completed_pause_moves_the_deadline_by_the_working_days_it_lasted() -> None:
    wait = Pause(D(2026, 10, 6), D(2026, 10, 13), "request for clarification")
    counted = _federal(pauses=[wait], pause_citation="5 U.S.C. § 552(a)(6)(A)(ii)(I)")
    assert (counted.due, counted.paused_days, counted.pauses) == (D(2026, 11, 5), 4, (wait,))
    assert "not counting 4 working days paused from Tue 2026-10-06 to Tue 2026-10-13 (request for " \
           "clarification) under 5 U.S.C. § 552(a)(6)(A)(ii)(I): due Thu 2026-11-05" in counted.text


def test_an_open_pause_leaves_no_due_date_and_says_how_much_was_used() -> None:
    counted = _federal(pauses=[Pause(D(2026, 10, 6), None, "fee estimate")])
    assert (counted.due, counted.open_since, counted.used) == (None, D(2026, 10, 6), 3)
    assert counted.text.endswith("the clock has been paused since Tue 2026-10-06 (fee estimate) with 3 of 20 "
                                 "working days used; it resumes when you answer")


def test_a_pause_after_the_deadline_or_over_before_the_start_changes_nothing() -> None:
    late = _federal(pauses=[Pause(D(2026, 11, 6), D(2026, 11, 9), "fee estimate")])
    assert late.due == D(2026, 10, 30)
    assert late.ignored == ("The fee estimate of Fri 2026-11-06 came after the deadline of Fri 2026-10-30 had "
                            "passed, so it does not pause the clock.",)
    early = _federal(pauses=[Pause(D(2026, 9, 20), D(2026, 9, 25), "request for clarification")])
    assert (early.due, early.pauses, early.ignored) == (D(2026, 10, 30), (), ())


def test_a_pause_begun_before_the_start_counts_from_the_start() -> None:
    counted = _federal(pauses=[Pause(D(2026, 9, 28), D(2026, 10, 5), "request for clarification")])
    assert counted.pauses == (Pause(START, D(2026, 10, 5), "request for clarification"),)
    assert counted.paused_days == 2  # Oct 2 and Oct 5
    assert counted.due == D(2026, 11, 3)


def test_calendar_days_ending_on_a_holiday_roll_forward_past_every_closed_day() -> None:
    assert CA.response is not None
    counted = count(CA, CA.response, D(2026, 11, 16), CA_CAL)
    assert (counted.nominal, counted.due) == (D(2026, 11, 26), D(2026, 11, 30))
    assert counted.text == (
        "10 calendar days under Cal. Gov. Code § 7922.535 from Mon 2026-11-16 end on Thu 2026-11-26, which is "
        "not a business day; under Cal. Code Civ. Proc. § 12a the deadline moves past Thu 2026-11-26 "
        "Thanksgiving Day, Fri 2026-11-27 Day after Thanksgiving, Sat 2026-11-28 and Sun 2026-11-29 to the next "
        "business day: due Mon 2026-11-30")
    plain = count(CA, CA.response, D(2026, 11, 13), CA_CAL)
    assert (plain.due, plain.text.endswith(": due Mon 2026-11-23")) == (D(2026, 11, 23), True)

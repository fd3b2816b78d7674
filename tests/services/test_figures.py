"""One request's statistics figures, counted by hand on the 2026 federal calendar.

October 2026: Thu 1 is the day sent; Mon 12 is Columbus Day. Working days after Oct 1 through Fri Oct 30
are 20 (2, 5-9, 13-16, 19-23, 26-30); Mon Nov 2 and Tue Nov 3 make 22.
"""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.counting import Pause
from foiatrack.core.models import Event
from foiatrack.core.vocabulary import Direction, EventKind, Outcome
from foiatrack.services.figures import as_date, day_of, paused_working_days, request_figures, working_days
from foiatrack.services.jurisdictions import make_rules_context

D = dt.date
CONTEXT = make_rules_context()
CALENDAR = CONTEXT.calendar("US")
SENT = Event(EventKind.SUBMITTED, D(2026, 10, 1), id=1)


DUE = D(2026, 10, 30)


def _figures(*events: Event, due: dt.date | None = DUE):  # type: ignore[no-untyped-def]
    return request_figures(events, "US", CONTEXT.catalog, CALENDAR, due)


def test_days_to_the_first_answer_and_to_the_decision_skip_weekends_and_columbus_day() -> None:
    figures = _figures(SENT, Event(EventKind.ACKNOWLEDGED, D(2026, 10, 8), id=2),
                       Event(EventKind.FINAL_DETERMINATION, D(2026, 10, 30), id=3, outcome=Outcome.DENIED))
    assert (figures.clock_start, figures.first_response_on, figures.first_response_days) == (
        D(2026, 10, 1), D(2026, 10, 8), 5)
    assert (figures.determined_on, figures.determination_days, figures.paused_days) == (D(2026, 10, 30), 20, 0)
    assert figures.answered_on_time is True
    assert figures.through == D(2026, 10, 30)


def test_a_decision_a_day_after_the_due_date_is_late() -> None:
    late = _figures(SENT, Event(EventKind.FINAL_DETERMINATION, D(2026, 11, 2), id=2, outcome=Outcome.FULL_GRANT))
    assert (late.determination_days, late.answered_on_time) == (21, False)
    assert _figures(SENT, Event(EventKind.FINAL_DETERMINATION, D(2026, 11, 2), id=2, outcome=Outcome.FULL_GRANT),
                    due=None).answered_on_time is None


def test_the_clock_counts_from_receipt_when_the_agency_logged_one() -> None:
    received = Event(EventKind.RECEIVED, D(2026, 10, 5), id=2)
    figures = _figures(SENT, received, Event(EventKind.ACKNOWLEDGED, D(2026, 10, 8), id=3))
    assert (figures.clock_start, figures.first_response_days) == (D(2026, 10, 5), 3)


def test_a_clarification_pause_is_taken_off_the_count() -> None:
    # Asked Tue Oct 6, answered Tue Oct 13: Oct 7, 8, 9 and 13 stood still (Columbus Day does not count).
    figures = _figures(SENT, Event(EventKind.CLARIFICATION_REQUESTED, D(2026, 10, 6), id=2),
                       Event(EventKind.CLARIFICATION_ANSWERED, D(2026, 10, 13), id=3),
                       Event(EventKind.FINAL_DETERMINATION, D(2026, 11, 3), id=4, outcome=Outcome.FULL_GRANT),
                       due=D(2026, 11, 3))
    assert (figures.determination_days, figures.paused_days) == (22 - 4, 4)
    assert figures.first_response_days == 18  # the clarification request is no answer
    assert figures.through == D(2026, 11, 3)


def test_a_withdrawal_is_neither_an_answer_nor_a_decision() -> None:
    figures = _figures(SENT, Event(EventKind.FINAL_DETERMINATION, D(2026, 10, 20), id=2, outcome=Outcome.WITHDRAWN))
    assert figures.withdrawn_on == D(2026, 10, 20)
    assert (figures.first_response_on, figures.determined_on, figures.determination_days) == (None, None, None)
    assert figures.answered_on_time is None


def test_an_answer_we_sent_is_not_the_agencys_first_response() -> None:
    ours = Event(EventKind.ACKNOWLEDGED, D(2026, 10, 8), id=2, direction=Direction.OUTGOING)
    assert _figures(SENT, ours).first_response_on is None


def test_without_a_sent_or_received_date_nothing_is_counted() -> None:
    figures = _figures(Event(EventKind.FINAL_DETERMINATION, D(2026, 10, 8), id=2, outcome=Outcome.DENIED))
    assert figures.clock_start is None
    assert (figures.determined_on, figures.determination_days) == (D(2026, 10, 8), None)
    empty = _figures()
    assert empty.through is None and empty.columns()["stats_through"] is None


def test_the_cached_columns_name_every_figure() -> None:
    figures = _figures(SENT, Event(EventKind.ACKNOWLEDGED, D(2026, 10, 8), id=2))
    columns = figures.columns()
    assert columns["first_response_days"] == 5 and columns["clock_start"] == D(2026, 10, 1)
    assert columns["stats_through"] == D(2026, 10, 8)


def test_working_days_are_never_negative_and_an_open_pause_runs_to_the_end() -> None:
    assert working_days(CALENDAR, D(2026, 10, 30), D(2026, 10, 1), ()) == 0
    assert working_days(CALENDAR, D(2026, 10, 1), D(2026, 10, 1), ()) == 0
    open_pause = Pause(start=D(2026, 10, 26), end=None, reason="fee estimate")
    assert paused_working_days(CALENDAR, D(2026, 10, 1), D(2026, 10, 30), [open_pause]) == 4  # Oct 27-30
    assert working_days(CALENDAR, D(2026, 10, 1), D(2026, 10, 30), [open_pause]) == 16
    before = Pause(start=D(2026, 9, 1), end=D(2026, 9, 30), reason="clarification")
    assert paused_working_days(CALENDAR, D(2026, 10, 1), D(2026, 10, 30), [before]) == 0


@pytest.mark.parametrize(("stored", "expected"), [
    ("2026-10-01", D(2026, 10, 1)),
    ("2026-10-01 00:00:00.000000", D(2026, 10, 1)),
    (D(2026, 10, 1), D(2026, 10, 1)),
    (None, None),
])
def test_dates_read_back_as_sqlite_text_or_as_dates_are_the_same_day(stored: object, expected: object) -> None:
    assert as_date(stored) == expected


def test_a_stored_value_that_is_no_date_is_an_error_not_a_guess() -> None:
    with pytest.raises(ValueError):
        day_of("October 1st")

"""Overdue and very-overdue as of a given day, and business days elapsed."""

from __future__ import annotations

import datetime as dt

from foiatrack.core.deadlines import assess_lateness

D = dt.date.fromisoformat
RECEIVED = ("2025-11-19", "received")  # federal response due Thu 2025-12-18


def test_not_overdue_on_the_due_date(run, cal) -> None:
    result = assess_lateness(run("US", RECEIVED), D("2025-12-18"), cal("US"))
    assert not result.overdue and not result.very_overdue
    assert (result.days_overdue, result.working_days_overdue) == (0, 0)
    assert result.working_days_elapsed == 20


def test_overdue_the_day_after(run, cal) -> None:
    result = assess_lateness(run("US", RECEIVED), D("2025-12-19"), cal("US"))
    assert result.overdue and not result.very_overdue
    assert (result.days_overdue, result.working_days_overdue) == (1, 1)


def test_very_overdue_after_twenty_more_working_days(run, cal) -> None:
    deadlines = run("US", RECEIVED)
    # Working days after Thu 12-18: 12-19, 22, 23, 29, 30, 31, 01-02, 05..09, 12..16, 20, 21, 22 (20th), 23.
    on_20th = assess_lateness(deadlines, D("2026-01-22"), cal("US"))
    assert on_20th.working_days_overdue == 20 and not on_20th.very_overdue
    on_21st = assess_lateness(deadlines, D("2026-01-23"), cal("US"))
    assert on_21st.working_days_overdue == 21 and on_21st.very_overdue
    assert on_21st.days_overdue == 36
    assert assess_lateness(deadlines, D("2025-12-30"), cal("US"), very_overdue_after=3).very_overdue


def test_elapsed_excludes_tolled_days(run, cal) -> None:
    deadlines = run(
        "US", RECEIVED, ("2025-12-01", "clarification_requested"), ("2025-12-05", "clarification_answered")
    )
    result = assess_lateness(deadlines, D("2025-12-29"), cal("US"))
    assert result.working_days_elapsed == 20 and not result.overdue


def test_open_pause_stops_elapsed_and_lateness(run, cal) -> None:
    deadlines = run("US", RECEIVED, ("2025-12-01", "clarification_requested"))
    result = assess_lateness(deadlines, D("2026-03-02"), cal("US"))
    assert not result.overdue
    assert result.working_days_elapsed == 7


def test_determined_request_is_never_overdue(run, cal) -> None:
    deadlines = run("US", RECEIVED, ("2025-12-30", "final_determination", {"outcome": "full_grant"}))
    assert not assess_lateness(deadlines, D("2026-06-01"), cal("US")).overdue


def test_pending_appeal_decision_is_what_counts(run, cal) -> None:
    deadlines = run(
        "US",
        RECEIVED,
        ("2025-12-15", "final_determination", {"outcome": "denied"}),
        ("2026-01-05", "appeal_filed"),
    )
    assert not assess_lateness(deadlines, D("2026-02-03"), cal("US")).overdue
    assert assess_lateness(deadlines, D("2026-02-04"), cal("US")).overdue


def test_before_the_clock_starts(run, cal) -> None:
    result = assess_lateness(run("US", RECEIVED), D("2025-11-01"), cal("US"))
    assert result.working_days_elapsed == 0 and not result.overdue
    nothing = run("US", ("2025-11-19", "note"))
    assert assess_lateness(nothing, D("2026-01-01"), cal("US")).working_days_elapsed == 0


def test_laws_without_deadline_are_never_overdue(run, cal) -> None:
    deadlines = run("US-TX", ("2025-06-11", "received"))
    result = assess_lateness(deadlines, D("2026-06-11"), cal("US-TX"))
    assert not result.overdue and result.working_days_elapsed > 200

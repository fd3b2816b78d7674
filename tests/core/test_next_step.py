"""The dashboard's "next step": which deadline runs and what to do, from a request's cached dates."""

from __future__ import annotations

import datetime as dt

from foiatrack.core.next_step import next_step
from foiatrack.core.vocabulary import Status

TODAY = dt.date(2026, 12, 3)


def test_overdue_response_asks_for_a_follow_up_and_says_since_when_one_may_sue() -> None:
    step = next_step(Status.ACKNOWLEDGED, TODAY, due_date=dt.date(2026, 11, 19), response_due=dt.date(2026, 11, 19),
                     may_sue_from=dt.date(2026, 11, 20))
    assert step.deadline == "Response" and step.passed and step.date == dt.date(2026, 11, 19)
    assert step.step == "send a follow-up; may sue since 2026-11-20"


def test_extended_response_is_named_as_such() -> None:
    step = next_step(Status.IN_PROGRESS, TODAY, due_date=dt.date(2026, 12, 17), response_due=dt.date(2026, 12, 3),
                     extended_due=dt.date(2026, 12, 17))
    assert step.deadline == "Response (extended)" and not step.passed
    assert "2026-12-17" in step.step


def test_adverse_determination_gives_the_appeal_date_and_marks_it_passed_later() -> None:
    open_window = next_step(Status.DENIED, TODAY, appeal_due=dt.date(2026, 12, 15))
    assert (open_window.deadline, open_window.step, open_window.passed) == ("Your appeal", "appeal by 2026-12-15",
                                                                             False)
    closed = next_step(Status.PARTIALLY_GRANTED, TODAY, appeal_due=dt.date(2026, 11, 30))
    assert closed.passed and "closed 2026-11-30" in closed.step


def test_appeal_decision_due_and_overdue() -> None:
    pending = next_step(Status.APPEALED, TODAY, appeal_decision_due=dt.date(2026, 12, 24))
    assert pending.deadline == "Decision on appeal" and pending.step == "decision on appeal due 2026-12-24"
    late = next_step(Status.APPEALED, TODAY, appeal_decision_due=dt.date(2026, 11, 2),
                     may_sue_from=dt.date(2026, 11, 3))
    assert late.passed and late.step == "follow up on the appeal; may sue since 2026-11-03"


def test_paused_draft_closed_and_no_time_limit() -> None:
    assert "clarification" in next_step(Status.WAITING_CLARIFICATION, TODAY).step
    assert next_step(Status.DRAFT, TODAY).step == "send the request"
    assert next_step(Status.GRANTED, TODAY).date is None
    follow = next_step(Status.SUBMITTED, TODAY, response_due=dt.date(2026, 11, 1))  # a state without a limit
    assert follow.deadline.startswith("Follow-up") and follow.passed


def test_where_an_acknowledgement_answers_the_first_deadline_it_is_named_until_one_comes() -> None:
    # New York (Pub. Off. Law § 89(3)(a)): grant, deny or acknowledge within 5 business days.
    waiting = next_step(Status.SUBMITTED, TODAY, due_date=dt.date(2026, 12, 7), response_due=dt.date(2026, 12, 7),
                        acknowledgement_answers=True)
    assert (waiting.deadline, waiting.step, waiting.passed) == (
        "Acknowledgement", "wait; follow up if not acknowledged by 2026-12-07", False)
    late = next_step(Status.SUBMITTED, TODAY, due_date=dt.date(2026, 11, 30), response_due=dt.date(2026, 11, 30),
                     acknowledgement_answers=True)
    assert (late.deadline, late.step, late.passed) == ("Acknowledgement", "send a follow-up: not even acknowledged",
                                                       True)
    acknowledged = next_step(Status.ACKNOWLEDGED, TODAY, due_date=dt.date(2026, 12, 29),
                             response_due=dt.date(2026, 11, 30), extended_due=dt.date(2026, 12, 29),
                             acknowledgement_answers=True)
    assert acknowledged.deadline == "Response (extended)"
    elsewhere = next_step(Status.SUBMITTED, TODAY, due_date=dt.date(2026, 12, 7), response_due=dt.date(2026, 12, 7))
    assert elsewhere.deadline == "Response"

"""Dashboard lists and per-agency statistics, checked against dates counted by hand.

The federal calendar of November-December 2025: Thanksgiving is Thu 2025-11-27; Dec 24-26 are closed
(Christmas Eve and the day after by executive order), so the hand counts below name the days they skip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from foiatrack.core.vocabulary import AWAITING_AGENCY, EventKind, Outcome, Status
from foiatrack.services.demo import load_demo
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.queries import RequestFilter, list_requests
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.settings import read_very_overdue_threshold, set_very_overdue_threshold
from foiatrack.services.statistics import (
    STATISTICS_DEFINITION,
    agency_statistics,
    dashboard_lists,
    has_requests,
    reminder_digest,
    request_counts_by_agency,
    status_counts,
)
from foiatrack.services.trash import move_to_trash, restore_from_trash
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database

RECEIVED = dt.date(2025, 11, 19)  # Wed
AS_OF = dt.date(2026, 2, 2)


def _file(db: Database, agency: str, subject: str, received: dt.date = RECEIVED, sample: bool = False) -> int:
    return file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject=subject),
                                       sent_on=received, received_on=received, is_sample=sample))[0]


def _log(db: Database, request_id: int, kind: EventKind, day: dt.date, **fields: object) -> None:
    log_event(db, request_id, NewEvent(kind=kind, date=day, **fields))  # type: ignore[arg-type]


@pytest.fixture
def hand_db(db: Database) -> Database:
    """Four ICE requests and one FBI request whose numbers are counted by hand in the tests."""
    # A: acknowledged after 5 working days, decided after 11 (Thanksgiving skipped): on time (due Dec 18).
    a = _file(db, "ICE", "A")
    _log(db, a, EventKind.ACKNOWLEDGED, dt.date(2025, 11, 26))
    _log(db, a, EventKind.FINAL_DETERMINATION, dt.date(2025, 12, 5), outcome=Outcome.FULL_GRANT)
    # B: clarification asked Mon Dec 1, answered Fri Dec 5 (4 working days paused), decided Mon Jan 12.
    b = _file(db, "ICE", "B")
    _log(db, b, EventKind.TRACKING_NUMBER, dt.date(2025, 11, 20), tracking_number="B-1")
    _log(db, b, EventKind.CLARIFICATION_REQUESTED, dt.date(2025, 12, 1))
    _log(db, b, EventKind.CLARIFICATION_ANSWERED, dt.date(2025, 12, 5))
    _log(db, b, EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 12), outcome=Outcome.DENIED)
    # C: never answered; its due date (Dec 18) has passed by AS_OF: counts as late.
    _file(db, "ICE", "C")
    # D: withdrawn: not in the on-time share, not a determination.
    d = _file(db, "ICE", "D")
    _log(db, d, EventKind.FINAL_DETERMINATION, dt.date(2025, 12, 1), outcome=Outcome.WITHDRAWN)
    # E: another agency, filed just before AS_OF and not yet due: not counted in the share.
    _file(db, "FBI", "E", received=dt.date(2026, 1, 28))
    return db


def test_definition_text_is_published() -> None:
    assert "First response" in STATISTICS_DEFINITION and "On time" in STATISTICS_DEFINITION


def test_agency_statistics_count_working_days_with_pauses_excluded(hand_db: Database) -> None:
    stats = agency_statistics(hand_db, AS_OF)
    ice = next(a for a in stats.agencies if a.abbreviation == "ICE")
    assert ice.requests == 4
    # First responses: A 5 (Nov 20,21,24,25,26); B 1 (Nov 20); D's withdrawal is no agency response.
    assert ice.responded == 2
    assert ice.median_first_response == 3.0
    # Determinations: A 11 working days (Nov 20, 21, 24, 25, 26, 28, Dec 1-5). B: Nov 20 .. Jan 12 is
    # 6 (Nov) + 5 + 5 + 5 + 2 (Dec 22, 23) + 3 (Dec 29-31) + 1 (Jan 2) + 5 + 1 = 33 working days, skipping
    # Thanksgiving, Dec 24-26 and Jan 1; minus Dec 2-5 (4 paused) = 29. Median of 11 and 29.
    assert ice.determined == 2
    assert ice.median_determination == 20.0
    # On time: A yes; B no (due date moved by the pause but Jan 12 is later still); C late (unanswered,
    # past due); D withdrawn, left out.
    assert (ice.on_time, ice.on_time_counted) == (1, 3)
    assert ice.on_time_share == pytest.approx(1 / 3)
    fbi = next(a for a in stats.agencies if a.abbreviation == "FBI")
    assert (fbi.requests, fbi.responded, fbi.on_time_counted) == (1, 0, 0)
    assert fbi.median_first_response is None and fbi.on_time_share is None
    assert stats.overall.requests == 5 and stats.overall.on_time_counted == 3


def test_statistics_ignore_events_after_the_as_of_day(hand_db: Database) -> None:
    ice = agency_statistics(hand_db, dt.date(2025, 12, 10)).for_agency(
        next(a.agency_id for a in agency_statistics(hand_db, AS_OF).agencies if a.abbreviation == "ICE"))
    assert ice is not None
    assert ice.determined == 1  # only A was decided by Dec 10
    assert ice.median_determination == 11.0
    assert (ice.on_time, ice.on_time_counted) == (1, 1)  # B and C were not yet due on Dec 10


def test_single_agency_scope_matches_the_full_run(hand_db: Database) -> None:
    everything = agency_statistics(hand_db, AS_OF)
    ice = next(a for a in everything.agencies if a.abbreviation == "ICE")
    alone = agency_statistics(hand_db, AS_OF, agency_id=ice.agency_id)
    assert alone.overall == ice
    assert [a.agency_id for a in alone.agencies] == [ice.agency_id]


def test_sample_data_can_be_left_out(hand_db: Database) -> None:
    _file(hand_db, "ICE", "sample", sample=True)
    with_sample = agency_statistics(hand_db, AS_OF)
    without = agency_statistics(hand_db, AS_OF, include_sample=False)
    assert with_sample.overall.requests == 6 and without.overall.requests == 5
    assert sum(status_counts(hand_db, include_sample=False).values()) == 5
    assert sum(request_counts_by_agency(hand_db).values()) == 6
    assert sum(request_counts_by_agency(hand_db, include_sample=False).values()) == 5


def test_statistics_read_in_a_fixed_number_of_queries(hand_db: Database) -> None:
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("x")

    event.listen(hand_db.engine, "before_cursor_execute", count)
    try:
        agency_statistics(hand_db, AS_OF)
        few = len(statements)
        for n in range(10):
            _file(hand_db, "ICE", f"more {n}")
        statements.clear()
        agency_statistics(hand_db, AS_OF)
    finally:
        event.remove(hand_db.engine, "before_cursor_execute", count)
    assert len(statements) == few <= 6


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = open_workspace(tmp_path / "t.db")
    load_demo(database)
    yield database
    database.close()


def test_dashboard_lists_on_the_sample_data(demo: Database) -> None:
    today = dt.date.today()
    lists = dashboard_lists(demo, today)
    assert lists.overdue and lists.overdue_total == len(lists.overdue)
    lateness = [r.days_overdue for r in lists.overdue]
    assert lateness == sorted(lateness, reverse=True) and min(lateness) > 0
    for row in lists.overdue:
        assert lists.working_days_overdue[row.id] > 0
        assert (row.id in lists.very_overdue) == (lists.working_days_overdue[row.id] > lists.very_overdue_threshold)
    assert {r.id for r in lists.due_within_7}.isdisjoint(r.id for r in lists.due_within_14)
    for row in lists.due_within_7:
        assert row.due_date is not None and today <= row.due_date <= today + dt.timedelta(days=7)
    for row in lists.due_within_14:
        assert row.due_date is not None and today + dt.timedelta(days=7) < row.due_date <= today + dt.timedelta(days=14)
    for row in lists.appeal_closing:
        # An adverse determination, or a deemed denial: silence past the deadline (65 P.S. § 67.901).
        deemed = row.status in AWAITING_AGENCY and row.due_date is not None and row.due_date < today
        assert row.status in (Status.DENIED, Status.PARTIALLY_GRANTED, Status.NO_RECORDS) or deemed
        assert row.appeal_due is not None and today <= row.appeal_due <= today + dt.timedelta(days=30)
    assert lists.may_sue
    for row in lists.may_sue:
        assert row.status in AWAITING_AGENCY and row.may_sue_from is not None and row.may_sue_from <= today
    assert sum(lists.status_counts.values()) == sum(status_counts(demo).values())


def test_very_overdue_follows_the_threshold(demo: Database) -> None:
    version = set_very_overdue_threshold(demo, 365, expected_version=read_very_overdue_threshold(demo).version)
    assert not dashboard_lists(demo).very_overdue
    set_very_overdue_threshold(demo, 1, expected_version=version)
    lists = dashboard_lists(demo)
    assert lists.very_overdue == {rid for rid, days in lists.working_days_overdue.items() if days > 1}
    assert lists.very_overdue_total == len(lists.very_overdue)


def test_lists_are_cut_at_the_limit_but_counted_in_full(demo: Database) -> None:
    full = dashboard_lists(demo, limit=None)
    assert len(full.overdue) >= 2
    cut = dashboard_lists(demo, limit=1)
    assert len(cut.overdue) == 1 and cut.overdue[0].id == full.overdue[0].id
    assert cut.overdue_total == len(full.overdue) and cut.truncated


def test_sample_only_database_has_empty_lists_without_samples(demo: Database) -> None:
    lists = dashboard_lists(demo, include_sample=False)
    assert not lists.overdue and lists.overdue_total == 0 and not lists.status_counts
    assert agency_statistics(demo, include_sample=False).overall.requests == 0


def test_reminder_digest_names_what_became_overdue_and_what_is_due_tomorrow(demo: Database) -> None:
    lists = dashboard_lists(demo, limit=None)
    row = lists.overdue[-1]  # the least late one
    assert row.due_date is not None
    became_late_on = row.due_date + dt.timedelta(days=1)
    digest = reminder_digest(demo, became_late_on)
    assert row.id in [r.id for r in digest.became_overdue]
    assert f"#{row.id}" in digest.text() and "became overdue" in digest.text()
    day_before = row.due_date - dt.timedelta(days=1)
    assert row.id in [r.id for r in reminder_digest(demo, day_before).due_tomorrow]
    # A week away: everything that fell due meanwhile is reported once.
    week = reminder_digest(demo, became_late_on + dt.timedelta(days=6), since=became_late_on - dt.timedelta(days=1))
    assert row.id in [r.id for r in week.became_overdue]
    quiet = reminder_digest(demo, dt.date(1999, 1, 4))
    assert quiet.text() == ""


def test_statistics_are_remembered_until_something_changes(hand_db: Database) -> None:
    first = agency_statistics(hand_db, AS_OF)
    assert agency_statistics(hand_db, AS_OF) is first or hand_db.engine.dialect.name != "sqlite"
    _file(hand_db, "FBI", "one more", received=dt.date(2026, 1, 5))
    again = agency_statistics(hand_db, AS_OF)
    assert again.overall.requests == first.overall.requests + 1
    fbi = next(a for a in again.agencies if a.abbreviation == "FBI")
    request_id = next(r.id for r in list_requests(hand_db, RequestFilter(text="one more")))
    _log(hand_db, request_id, EventKind.ACKNOWLEDGED, dt.date(2026, 1, 7))
    after = next(a for a in agency_statistics(hand_db, AS_OF).agencies if a.abbreviation == "FBI")
    assert (fbi.responded, after.responded) == (0, 1) and after.median_first_response == 2.0
    other_day = agency_statistics(hand_db, dt.date(2026, 1, 6))
    assert next(a for a in other_day.agencies if a.abbreviation == "FBI").responded == 0


def test_the_dashboards_lists_are_remembered_until_anyone_changes_something(hand_db: Database) -> None:
    """A refresh with nothing new reads nothing; a change made here, or through another connection to the
    same file (the command line beside the app), is in the next lists."""
    first = dashboard_lists(hand_db, AS_OF)
    assert dashboard_lists(hand_db, AS_OF) is first or hand_db.engine.dialect.name != "sqlite"
    late = _file(hand_db, "FBI", "late one", received=dt.date(2025, 12, 1))  # due 2025-12-30: late by AS_OF
    again = dashboard_lists(hand_db, AS_OF)
    assert late in [r.id for r in again.overdue] and late not in [r.id for r in first.overdue]
    other = open_workspace(hand_db.location)  # another connection, as another process would have
    try:
        _log(other, late, EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 20), outcome=Outcome.FULL_GRANT)
    finally:
        other.close()
    assert late not in [r.id for r in dashboard_lists(hand_db, AS_OF).overdue]
    assert dashboard_lists(hand_db, AS_OF, appeal_within=10).appeal_within == 10  # asked differently: read again


def test_has_requests_counts_any_request_outside_the_trash(db: Database) -> None:
    assert not has_requests(db)
    sample = _file(db, "ICE", "A sample", sample=True)
    assert has_requests(db), "sample requests count: the first-run offer is not made again"
    move_to_trash(db, [sample])
    assert not has_requests(db), "the trash does not count"
    restore_from_trash(db, [sample])
    assert has_requests(db)
    assert has_requests(db) == bool(sum(status_counts(db).values()))

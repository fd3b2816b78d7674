"""The dashboard's values built from the statements' rows: list rows as values, the action lists and the
very-overdue count in working days, the tallies' medians and statistics (the small database's dates are
counted by hand in tests/dashboard_db.py)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from dashboard_db import make_dashboard_db, sqlite_statements
from fresh_interpreter import database_libraries_after

from foiatrack.core.vocabulary import Status
from foiatrack.services.dashboard_read import (
    DEFAULT_VERY_OVERDUE,
    STATISTICS_DEFINITION,
    AgencyStatistics,
    Tally,
    _very_overdue_count,
    add_counts,
    agency_names,
    finish_statistics,
    median,
    new_tallies,
    read_agency_counts,
    read_cached_tallies,
    read_lists,
    read_status_counts,
    rules_context,
    summary_from_row,
    very_overdue_threshold,
)
from foiatrack.services.derive import recompute_all
from foiatrack.store.dashboard_sql import DUE_WITHIN, DashboardSQL

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 3)
DAYS = (TODAY, dt.date(2026, 12, 24), dt.date(2026, 12, 28), dt.date(2027, 1, 4))

ROW = (7, "Contracts", "Federal Bureau of Investigation", "FBI", 267, "US", "submitted", "2026-01-28", "T-1",
       "2026-02-26", None, "2026-02-26", None, "2026-02-27", 0, None, "contracts, police", None)


def test_a_row_becomes_a_summary_with_dates_tags_and_days_late() -> None:
    summary = summary_from_row(ROW, dt.date(2026, 3, 2))
    assert (summary.id, summary.agency_abbreviation, summary.status) == (7, "FBI", Status.SUBMITTED)
    assert summary.sent_on == dt.date(2026, 1, 28) and summary.due_date == dt.date(2026, 2, 26)
    assert summary.extended_due is None and summary.may_sue_from == dt.date(2026, 2, 27)
    assert summary.tags == ("contracts", "police") and summary.is_sample is False
    assert summary.days_overdue == 4  # Feb 26 to Mar 2, calendar days
    assert summary_from_row(ROW, dt.date(2026, 2, 26)).days_overdue == 0  # due today: not late
    untagged = summary_from_row((*ROW[:16], None, None), dt.date(2026, 3, 2))
    assert untagged.tags == ()
    assert summary.to_json()["due"] == "2026-02-26" and summary.to_json()["appeal_due"] is None
    assert summary.to_json()["tags"] == ["contracts", "police"]


def test_rows_of_one_list_share_their_repeated_values() -> None:
    shared: dict[object, Any] = {}
    first = summary_from_row(ROW, TODAY, shared)
    second = summary_from_row((8, *ROW[1:2], "".join(["Federal Bureau ", "of Investigation"]), *ROW[3:]),
                              TODAY, shared)
    assert first.agency is second.agency and first.tags is second.tags and first.due_date is second.due_date
    assert summary_from_row(ROW, TODAY) == first  # the same values without sharing


def test_the_threshold_is_the_stored_setting_or_twenty() -> None:
    def sql_with(rows: Sequence[Sequence[Any]]) -> DashboardSQL:
        def run(_statement: str, parameters: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
            assert parameters == {"key": "very_overdue_working_days"}
            return rows
        return DashboardSQL(run, text_dates=True)

    assert very_overdue_threshold(sql_with([])) == DEFAULT_VERY_OVERDUE == 20
    assert very_overdue_threshold(sql_with([("35",)])) == 35


@pytest.mark.parametrize("values", [[], [4], [1, 3], [1, 1, 10], [2, 9, 9, 3], [5, 1, 5, 1, 5, 8]])
def test_the_median_of_counted_values_is_the_median_written_out(values: list[int]) -> None:
    expected = statistics.median(values) if values else None
    assert median(Counter(values)) == expected


def test_the_median_takes_the_mean_of_the_middle_two() -> None:
    assert median(Counter({1: 2, 4: 2})) == 2.5
    assert median(Counter({1: 3, 40: 1})) == 1.0


def test_statistics_are_finished_from_tallies_with_an_overall_row() -> None:
    tallies = new_tallies()
    tallies[2] = Tally(requests=3, first=Counter({4: 1, 6: 1}), final=Counter({10: 1}), on_time=1, counted=2)
    tallies[9] = Tally(requests=1, first=Counter({2: 1}), counted=1)
    names = {2: ("zoning board", "ZB"), 5: ("Archive", "")}
    result = finish_statistics(names, tallies, TODAY, False, None)
    assert [a.agency for a in result.agencies] == ["Agency 9", "zoning board"]  # by name, any case
    zoning = result.for_agency(2)
    assert zoning is not None and zoning.display_name == "zoning board (ZB)"
    assert (zoning.responded, zoning.median_first_response, zoning.median_determination) == (2, 5.0, 10.0)
    assert zoning.on_time_share == 0.5
    overall = result.overall
    assert (overall.agency_id, overall.agency, overall.requests) == (0, "All agencies", 4)
    assert (overall.responded, overall.median_first_response, overall.on_time, overall.on_time_counted) == (
        3, 4.0, 1, 3)
    assert result.for_agency(5) is None
    one = finish_statistics(names, {2: tallies[2]}, TODAY, False, 2).overall
    assert (one.agency_id, one.display_name, one.requests) == (2, "zoning board (ZB)", 3)


def test_no_share_without_a_request_to_count() -> None:
    nothing = AgencyStatistics(1, "Archive", "", 0, 0, None, 0, None, 0, 0)
    assert nothing.on_time_share is None and nothing.display_name == "Archive"


def test_the_definition_is_the_published_text() -> None:
    assert STATISTICS_DEFINITION.startswith("* **Requests**: every request filed with the agency")
    assert STATISTICS_DEFINITION.rstrip().endswith("due dates are the ones computed today.")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("dashboard-read") / "small.db"
    return path, make_dashboard_db(path)


def test_the_lists_of_the_small_database(small: tuple[Path, dict[str, int]]) -> None:
    """As of Thu 2026-02-19: C and D are due in 7 days (Feb 26); A is late since Thu 2025-12-18 by 39
    working days, counted by hand: Dec 19, 22, 23 (3; Dec 24-26 closed by executive order), Dec 29-31 and
    Jan 2 (7; New Year's Day), Jan 5-16 (17), Jan 20-23 (21; Martin Luther King Day), Jan 26-Feb 13 (36),
    Feb 17-19 (39; Presidents' Day)."""
    path, ids = small
    with sqlite_statements(path) as sql:
        context = rules_context(sql)
        as_of = dt.date(2026, 2, 19)
        lists = read_lists(sql, context, 20, as_of, True, 30, None)
        assert [r.id for r in lists.overdue] == [ids["A"]] and lists.overdue_total == 1
        assert lists.working_days_overdue == {ids["A"]: 39}
        assert lists.very_overdue == {ids["A"]} and lists.very_overdue_total == 1
        assert [r.id for r in lists.due_within_7] == [ids["D"], ids["C"]] and lists.due_within_14 == ()
        assert [r.id for r in lists.may_sue] == [ids["A"]]
        assert lists.status_counts == {Status.DENIED: 1, Status.SUBMITTED: 3}
        assert not lists.truncated
        # Not very overdue at a threshold of 39; the sample request left out; one row a list.
        strict = read_lists(sql, context, 39, as_of, False, 30, 1)
        assert strict.very_overdue == frozenset() and strict.very_overdue_total == 0
        assert [r.id for r in strict.due_within_7] == [ids["C"]]
        assert strict.status_counts == {Status.DENIED: 1, Status.SUBMITTED: 2}
        # A week later the 14-day list holds the days 8 to 14 only.
        week_before = read_lists(sql, context, 20, dt.date(2026, 2, 13), True, 30, None)
        assert week_before.due_within_7 == () and [r.id for r in week_before.due_within_14] == [ids["D"], ids["C"]]
        late = read_lists(sql, context, 20, dt.date(2026, 3, 2), True, 30, 2)
        assert late.overdue_total == 3 and len(late.overdue) == 2 and late.truncated


def test_the_cached_tallies_of_the_small_database(small: tuple[Path, dict[str, int]]) -> None:
    path, _ids = small
    with sqlite_statements(path) as sql:
        context = rules_context(sql)
        names = agency_names(sql)
        ice = next(aid for aid, (_name, abbreviation) in names.items() if abbreviation == "ICE")
        tallies = new_tallies()
        assert read_cached_tallies(sql, context, dt.date(2026, 3, 2), True, None, tallies) is False
        result = finish_statistics(names, tallies, dt.date(2026, 3, 2), True, None)
        assert [a.abbreviation for a in result.agencies] == ["FBI", "ICE"]
        by_ice = result.for_agency(ice)
        assert by_ice is not None
        assert (by_ice.requests, by_ice.responded, by_ice.median_first_response, by_ice.on_time,
                by_ice.on_time_counted) == (2, 1, 11.0, 1, 2)
        assert (result.overall.requests, result.overall.on_time, result.overall.on_time_counted) == (4, 1, 4)
        # Before B's determination its cache does not hold: left to the caller.
        assert read_cached_tallies(sql, context, dt.date(2025, 12, 4), True, ice, new_tallies()) is True


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    path = tmp_path_factory.mktemp("dashboard-read") / "generated.db"
    database = generate(path, 300, today=TODAY, attachments=0)
    recompute_all(database)  # the generator leaves the caches to the first open
    database.close()
    yield path


@pytest.mark.parametrize("threshold", [0, 1, 5, 20, 60])
def test_the_very_overdue_count_is_the_count_of_each_late_date_past_the_threshold(generated: Path,
                                                                                  threshold: int) -> None:
    """The count walks each jurisdiction's due dates from the latest back; it equals asking every date."""
    connection = sqlite3.connect(generated)
    try:
        sql = DashboardSQL(lambda statement, parameters: connection.execute(statement, dict(parameters)).fetchall(),
                           text_dates=True)
        context = rules_context(sql)
        for as_of in DAYS:
            late = sql.late_counts(as_of, True)
            expected = sum(count for due, code, count in late
                           if context.calendar(code).working_days_between(dt.date.fromisoformat(due), as_of)
                           > threshold)
            assert _very_overdue_count(late, context, threshold, as_of) == expected
            assert len({code for _due, code, _count in late}) > 3  # several calendars
    finally:
        connection.close()


def test_the_values_load_without_sqlalchemy() -> None:
    assert database_libraries_after("import foiatrack.services.dashboard_read") == []


def _generated_statements(connection: sqlite3.Connection) -> DashboardSQL:
    return DashboardSQL(lambda statement, parameters: connection.execute(statement, dict(parameters)).fetchall(),
                        text_dates=True)


@pytest.mark.parametrize("limit", [None, 1, 7, 40])
def test_the_week_and_the_fortnight_come_from_one_statement_as_from_two(generated: Path, tmp_path: Path,
                                                                         limit: int | None) -> None:
    """The due-within-7 list is the front of the due-within-14 one (both in due-date order, ties by id),
    also when the limit cuts them: read_lists reads the fortnight once and gives what the two statements
    give. A copy of the generated data has 120 requests due over the three weeks from TODAY, several a day."""
    path = tmp_path / "due-soon.db"
    shutil.copy(generated, path)
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("UPDATE requests SET due_date = date(?, '+' || (id % 21) || ' days') "
                               "WHERE id IN (SELECT id FROM requests ORDER BY id LIMIT 120)", (TODAY.isoformat(),))
        sql = _generated_statements(connection)
        context = rules_context(sql)
        for as_of in (TODAY, TODAY + dt.timedelta(days=3)):
            lists = read_lists(sql, context, 20, as_of, True, 30, limit)
            week = [summary_from_row(r, as_of) for r in sql.request_list(DUE_WITHIN, as_of, days=7, limit=limit)]
            fortnight = [summary_from_row(r, as_of)
                         for r in sql.request_list(DUE_WITHIN, as_of, days=14, limit=limit)]
            if limit is None:  # 5 or 6 requests a day, and the generated ones due then
                assert len(fortnight) > len(week) >= 40
            else:  # the limit cuts both lists
                assert len(week) == len(fortnight) == limit
            assert list(lists.due_within_7) == week
            assert list(lists.due_within_14) == [r for r in fortnight if r.id not in {w.id for w in week}]
    finally:
        connection.close()


def test_the_agencies_counts_add_up_to_the_counts_of_every_request(generated: Path) -> None:
    """The counts kept per agency (read again for an agency whose requests changed) add up to the counts
    read over every request: by status (in the same order), late, and very late in working days."""
    connection = sqlite3.connect(generated)
    try:
        sql = _generated_statements(connection)
        context = rules_context(sql)
        for as_of in DAYS:
            for include_sample in (True, False):
                parts = read_agency_counts(sql, context, 20, as_of, include_sample, None)
                assert len(parts) > 5
                total = add_counts(parts.values())
                late = sql.late_counts(as_of, include_sample)
                statuses = read_status_counts(sql, include_sample)
                assert list(total.statuses.items()) == list(statuses.items())
                assert total.overdue == sum(count for _due, _code, count in late) > 0
                assert total.very_overdue == _very_overdue_count(late, context, 20, as_of)
                agency = max(parts, key=lambda a: parts[a].overdue)
                assert read_agency_counts(sql, context, 20, as_of, include_sample, agency) == {agency: parts[agency]}
    finally:
        connection.close()

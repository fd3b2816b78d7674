"""The dashboard's lists and counts and the agency statistics read indexes, never every request's row.

On 50,000 requests a query that walks the requests table (or an index in table order and then each
row) costs hundreds of milliseconds where the index alone costs a few. SQLite has no statistics in a
foiatrack database, so its planner decides from the schema alone: the plan on the sample data is the
plan on a large database. Each statement the services run is asked for its plan (``EXPLAIN QUERY
PLAN``); no statement may scan the requests table itself, and none but the trash's may use the trash's
index.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from sqlalchemy import event

from foiatrack.services import statistics
from foiatrack.services.demo import load_demo
from foiatrack.services.queries import RequestFilter, list_requests
from foiatrack.services.statistics import _compute_statistics, agency_statistics, dashboard_lists
from foiatrack.services.trash import list_trash
from foiatrack.services.workspace import Database, open_workspace
from foiatrack.store.dashboard_sql import DashboardSQL

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    path = tmp_path / "plans.db"
    database = open_workspace(str(path))
    load_demo(database, TODAY)
    yield database, path
    database.close()


def _plans(database: Database, path: Path, action) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(statement, its plan) for every SELECT *action* runs on the requests table."""
    seen: list[tuple[str, tuple[object, ...] | dict[str, object]]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and "requests" in statement:
            seen.append((statement, parameters))

    original = statistics.dashboard_sql

    def dashboard_sql(session):  # type: ignore[no-untyped-def]
        # The dashboard's statements run on the driver's own connection on SQLite, past SQLAlchemy's events.
        sql = original(session)

        def run(statement, parameters):  # type: ignore[no-untyped-def]
            remember(None, None, statement, dict(parameters), None, False)
            return sql.run(statement, parameters)

        return DashboardSQL(run, sql.text_dates)

    event.listen(database.engine, "before_cursor_execute", remember)
    try:
        with patch.object(statistics, "dashboard_sql", dashboard_sql):
            action()
    finally:
        event.remove(database.engine, "before_cursor_execute", remember)
    connection = sqlite3.connect(path)
    try:
        return [(statement, " / ".join(str(row[-1]) for row in
                                       connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)))
                for statement, parameters in seen]
    finally:
        connection.close()


def _table_scans(plans: list[tuple[str, str]]) -> list[str]:
    """Plans that read every request's row: a plain scan of the table, or a search on "not in the
    trash" alone (every request matches it, so it is a scan in index order plus a lookup per row)."""
    return [plan for _statement, plan in plans
            if ("SCAN requests" in plan and "COVERING INDEX" not in plan.split("SCAN requests", 1)[1][:40])
            or "(deleted_at=?)" in plan]


def test_the_dashboards_lists_and_counts_read_indexes(sample: tuple[Database, Path]) -> None:
    database, path = sample
    plans = _plans(database, path, lambda: dashboard_lists(database, TODAY, appeal_within=30))
    assert len(plans) >= 6  # four lists (the week's is the fortnight's front), the status and late counts
    assert _table_scans(plans) == []
    assert [plan for _s, plan in plans if "ix_requests_in_trash" in plan] == []


def test_the_agency_statistics_read_one_covering_index(sample: tuple[Database, Path]) -> None:
    database, path = sample
    plans = _plans(database, path, lambda: _compute_statistics(database, TODAY, True, None))
    assert _table_scans(plans) == []
    assert any("COVERING INDEX ix_requests_statistics" in plan for _s, plan in plans)


def test_the_agency_statistics_counts_sort_nothing(sample: tuple[Database, Path]) -> None:
    """The per-agency counts follow the statistics index's order: no temporary B-tree sorts every request
    to group them (a full reading, as at start-up, and one agency's, as after a change)."""
    database, path = sample
    plans = _plans(database, path, lambda: _compute_statistics(database, TODAY, True, None))
    counts = [plan for statement, plan in plans if "answered_on_time" in statement]
    assert counts, plans
    assert all("COVERING INDEX ix_requests_statistics" in plan and "TEMP B-TREE" not in plan for plan in counts), counts
    plans = _plans(database, path, lambda: _compute_statistics(database, TODAY, True, 1))
    counts = [plan for statement, plan in plans if "answered_on_time" in statement]
    assert counts and all("TEMP B-TREE" not in plan for plan in counts), counts


def test_the_trash_reads_only_its_own_index(sample: tuple[Database, Path]) -> None:
    database, path = sample
    plans = _plans(database, path, lambda: list_trash(database))
    assert any("ix_requests_in_trash" in plan for _s, plan in plans)
    assert _table_scans(plans) == []


def test_the_appeal_window_list_reads_only_the_window(sample: tuple[Database, Path]) -> None:
    """Each branch of "adverse, or silent past the deadline" reads a (status, appeal due) range of the
    index: a search on the status alone would read every denied or waiting request to keep a few."""
    database, path = sample
    plans = _plans(database, path, lambda: list_requests(
        database, RequestFilter(as_of=TODAY, appeal_closing_within=30, limit=500)))
    searches = [part for _s, plan in plans for part in plan.split(" / ") if "ix_requests_status_appeal" in part]
    assert len(searches) == 2  # the adverse statuses, and the silent requests past their deadline
    assert all("appeal_due>? AND appeal_due<?" in part for part in searches), searches


def test_a_refresh_after_a_change_reads_the_agencys_index_range(sample: tuple[Database, Path]) -> None:
    """After one request changed, its agency's counts and statistics are read again: each a search on
    that agency in a covering index, not a walk through every request."""
    database, path = sample
    dashboard_lists(database, TODAY, appeal_within=30)
    agency_statistics(database, TODAY)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE requests SET notes = 'seen' WHERE id = (SELECT min(id) FROM requests)")
    connection.close()
    plans = _plans(database, path, lambda: (dashboard_lists(database, TODAY, appeal_within=30),
                                            agency_statistics(database, TODAY)))
    assert _table_scans(plans) == []
    per_agency = [plan for statement, plan in plans if "agency_id = :agency_id" in statement]
    assert len(per_agency) == 4  # the status and late counts, the statistics' counts and days
    assert all("COVERING INDEX" in plan and "(agency_id=?" in plan for plan in per_agency), per_agency

"""The dashboard's statements, run through sqlite3 on a small database made with the services (its dates
are counted by hand in tests/dashboard_db.py): each list, count and cached figure, and the services
reading through the same text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from dashboard_db import make_dashboard_db, sqlite_statements
from fresh_interpreter import database_libraries_after

from foiatrack.services.dashboard_read import rules_context
from foiatrack.services.directory_bundle import bundle_version
from foiatrack.services.statistics import dashboard_lists
from foiatrack.services.workspace import open_workspace
from foiatrack.store.dashboard_sql import APPEAL_CLOSING, DUE_WITHIN, MAY_SUE, OVERDUE, SUMMARY_COLUMNS, DashboardSQL
from foiatrack.store.database import Database
from foiatrack.store.revisions import head_revision


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("dashboard-sql") / "small.db"
    return path, make_dashboard_db(path)


def _ids(rows: object) -> list[int]:
    return [row[0] for row in rows]  # type: ignore[attr-defined]


def test_the_overdue_list_holds_what_is_past_its_due_date(small: tuple[Path, dict[str, int]]) -> None:
    path, ids = small
    with sqlite_statements(path) as sql:
        assert _ids(sql.request_list(OVERDUE, dt.date(2025, 12, 18))) == []  # due that day: not late yet
        assert _ids(sql.request_list(OVERDUE, dt.date(2025, 12, 19))) == [ids["A"]]
        # Most late first; C and D (due the same day) newest first.
        assert _ids(sql.request_list(OVERDUE, dt.date(2026, 3, 2))) == [ids["A"], ids["D"], ids["C"]]
        assert _ids(sql.request_list(OVERDUE, dt.date(2026, 3, 2), include_sample=False)) == [ids["A"], ids["C"]]
        assert _ids(sql.request_list(OVERDUE, dt.date(2026, 3, 2), limit=1)) == [ids["A"]]


def test_a_list_row_carries_the_summary_columns(small: tuple[Path, dict[str, int]]) -> None:
    path, ids = small
    with sqlite_statements(path) as sql:
        (row,) = sql.request_list(OVERDUE, dt.date(2025, 12, 19))
    assert len(row) == len(SUMMARY_COLUMNS.split(", "))
    assert (row[0], row[1], row[3]) == (ids["A"], "A", "ICE")
    assert (row[5], row[6], row[7], row[11], row[13], row[14]) == (
        "US", "submitted", "2025-11-19", "2025-12-18", "2025-12-19", 0)


def test_due_within_counts_the_days_from_the_as_of_day(small: tuple[Path, dict[str, int]]) -> None:
    path, ids = small
    with sqlite_statements(path) as sql:
        assert _ids(sql.request_list(DUE_WITHIN, dt.date(2026, 2, 19), days=7)) == [ids["D"], ids["C"]]
        assert _ids(sql.request_list(DUE_WITHIN, dt.date(2026, 2, 18), days=7)) == []  # Feb 25: a day short
        assert _ids(sql.request_list(DUE_WITHIN, dt.date(2026, 2, 26), days=0)) == [ids["D"], ids["C"]]
        assert _ids(sql.request_list(DUE_WITHIN, dt.date(2026, 2, 27), days=7)) == []  # already past


def test_a_suit_is_listed_from_its_day_while_the_agency_is_silent(small: tuple[Path, dict[str, int]]) -> None:
    path, ids = small
    with sqlite_statements(path) as sql:
        assert _ids(sql.request_list(MAY_SUE, dt.date(2025, 12, 18))) == []
        assert _ids(sql.request_list(MAY_SUE, dt.date(2025, 12, 19))) == [ids["A"]]  # B was decided
        assert _ids(sql.request_list(MAY_SUE, dt.date(2026, 2, 27))) == [ids["A"], ids["D"], ids["C"]]


def test_an_appeal_window_is_listed_when_it_closes_within_the_days(small: tuple[Path, dict[str, int]]) -> None:
    path, ids = small
    with sqlite_statements(path) as sql:
        (appeal_due,) = {row[12] for row in sql.request_list(APPEAL_CLOSING, dt.date(2025, 12, 5), days=3650)}
        closes = dt.date.fromisoformat(appeal_due)
        assert _ids(sql.request_list(APPEAL_CLOSING, closes - dt.timedelta(days=10), days=10)) == [ids["B"]]
        assert _ids(sql.request_list(APPEAL_CLOSING, closes - dt.timedelta(days=11), days=10)) == []
        assert _ids(sql.request_list(APPEAL_CLOSING, closes + dt.timedelta(days=1), days=10)) == []  # closed


def test_an_unknown_list_is_refused(small: tuple[Path, dict[str, int]]) -> None:
    path, _ids = small
    with sqlite_statements(path) as sql, pytest.raises(ValueError, match="soon"):
        sql.request_list("soon", dt.date(2026, 1, 1))


def test_counts_by_status_and_late_counts_by_due_date(small: tuple[Path, dict[str, int]]) -> None:
    path, _ids = small
    with sqlite_statements(path) as sql:
        assert sorted(sql.status_counts(True)) == [("denied", 1), ("submitted", 3)]
        assert sorted(sql.status_counts(False)) == [("denied", 1), ("submitted", 2)]
        assert sorted(sql.late_counts(dt.date(2026, 3, 2), True)) == [("2025-12-18", "US", 1),
                                                                      ("2026-02-26", "US", 2)]
        assert sorted(sql.late_counts(dt.date(2026, 3, 2), False)) == [("2025-12-18", "US", 1),
                                                                       ("2026-02-26", "US", 1)]
        assert sql.late_counts(dt.date(2025, 12, 18), True) == []


def test_the_cached_figures_per_agency(small: tuple[Path, dict[str, int]]) -> None:
    """As of 2026-03-02: ICE's A is late and unanswered, B decided on time (both in the share, one on
    time); FBI's C and D are past their due date unanswered (two counted, none on time)."""
    path, _ids = small
    with sqlite_statements(path) as sql:
        stamp = rules_context(sql).stamp
        agencies = {abbreviation: aid for aid, _name, abbreviation in sql.agency_names()}
        ice, fbi = agencies["ICE"], agencies["FBI"]
        as_of = dt.date(2026, 3, 2)
        fixed = ["US"]
        assert sorted(sql.cached_counts(as_of, stamp, True, None, fixed)) == [(ice, 2, 2, 2, 1), (fbi, 2, 2, 2, 0)]
        assert sql.cached_counts(as_of, stamp, False, fbi, fixed) == [(fbi, 1, 1, 1, 0)]
        # The on-time share counts only jurisdictions with a fixed deadline.
        assert sorted(sql.cached_counts(as_of, stamp, True, None, [])) == [(ice, 2, 2, 0, 0), (fbi, 2, 2, 0, 0)]
        assert sql.cached_days(as_of, stamp, True, None) == [(ice, 11, 11, 1)]
        # Other rules than the cache was computed under: nothing holds, no days are read.
        assert sorted(sql.cached_counts(as_of, "other", True, None, fixed)) == [(ice, 0, 2, 0, 0), (fbi, 0, 2, 0, 0)]
        assert sql.cached_days(as_of, "other", True, None) == []
        # A day before B's determination: B's figures read an event after it, so its cache does not hold.
        assert sql.cached_counts(dt.date(2025, 12, 4), stamp, True, ice, fixed)[0][1:3] == (1, 2)
        assert sql.cached_days(dt.date(2025, 12, 4), stamp, True, None) == []


def test_names_settings_closures_and_the_schema(small: tuple[Path, dict[str, int]]) -> None:
    path, _ids = small
    with sqlite_statements(path) as sql:
        names = {abbreviation: name for _aid, name, abbreviation in sql.agency_names()}
        assert names["FBI"] == "Federal Bureau of Investigation"
        assert sql.setting("directory_version") == json.dumps(bundle_version())
        assert sql.setting("no such setting") is None
        assert sql.closure_days() == []
        assert sql.schema_revision() == head_revision()
        stamp = rules_context(sql).stamp
        assert sql.stale_count(stamp) == 0
        assert sql.stale_count("older rules") == 4


def test_closure_days_come_by_date(tmp_path: Path) -> None:
    from foiatrack.services.closures import add_closure

    path = tmp_path / "closed.db"
    database = open_workspace(path)
    try:
        add_closure(database, dt.date(2026, 12, 31), "Office closed")
        add_closure(database, dt.date(2026, 12, 24), "Christmas Eve", "US-NY")
    finally:
        database.close()
    with sqlite_statements(path) as sql:
        assert sql.closure_days() == [("2026-12-24", "Christmas Eve", "US-NY"), ("2026-12-31", "Office closed", None)]


def test_the_services_read_through_the_same_statements(small: tuple[Path, dict[str, int]]) -> None:
    """One copy of the SQL: the services' dashboard queries are the store module's text."""
    from unittest.mock import patch

    from sqlalchemy import event

    from foiatrack.services import statistics

    path, _ids = small
    database: Database = open_workspace(path)
    seen: list[str] = []
    event.listen(database.engine, "before_cursor_execute",
                 lambda _c, _k, statement, *_rest: seen.append(statement))
    original = statistics.dashboard_sql

    def observed(session):  # type: ignore[no-untyped-def]
        # On SQLite the statements run on the driver's own connection, past SQLAlchemy's events.
        sql = original(session)

        def run(statement, parameters):  # type: ignore[no-untyped-def]
            seen.append(statement)
            return sql.run(statement, parameters)

        return DashboardSQL(run, sql.text_dates)

    try:
        with patch.object(statistics, "dashboard_sql", observed):
            dashboard_lists(database, dt.date(2026, 12, 4))
    finally:
        database.close()
    listed = [s for s in seen if s.startswith(f"SELECT {SUMMARY_COLUMNS} FROM requests")]
    assert len(listed) == 4  # overdue, due within 14 days (the first 7 are its front), appeal windows, may sue


def test_the_statements_load_without_sqlalchemy() -> None:
    assert database_libraries_after("import foiatrack.store.dashboard_sql") == []

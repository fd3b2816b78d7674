"""The statistics' covering index is ordered so the medians' numbers are grouped without sorting (0014).

The per-agency medians read (agency, working days to first response, to determination, how many) from
``ix_requests_statistics``; with those columns first after the agency, SQLite groups them in the
index's order instead of through a temporary B-tree of every request. Moving between 0013 and 0014 only
rebuilds the index: no row changes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from foiatrack.services.demo import load_demo
from foiatrack.services.workspace import open_workspace
from foiatrack.store.dashboard_sql import DashboardSQL
from foiatrack.store.database import _alembic_config, create_db_engine, database_url

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "sample.db"
    database = open_workspace(str(path))
    load_demo(database, TODAY)
    database.close()
    yield path


def _plan(path: Path) -> str:
    plans: list[str] = []
    connection = sqlite3.connect(path)

    def run(statement: str, parameters: object) -> list[tuple[object, ...]]:
        plans.extend(str(row[-1]) for row in connection.execute("EXPLAIN QUERY PLAN " + statement, parameters))
        return []

    try:
        DashboardSQL(run, text_dates=True).cached_days(TODAY, "stamp", True, None)
    finally:
        connection.close()
    return " / ".join(plans)


def _index_columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [str(row[2]) for row in connection.execute("PRAGMA index_info(ix_requests_statistics)")]


def _everything(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("requests", "events", "agencies")}


def test_the_medians_numbers_are_grouped_in_the_indexs_order(sample: Path) -> None:
    plan = _plan(sample)
    assert "COVERING INDEX ix_requests_statistics" in plan
    assert "TEMP B-TREE" not in plan, plan


def test_moving_between_0013_and_0014_rebuilds_the_index_and_keeps_every_row(sample: Path) -> None:
    before = _everything(sample)
    assert before["requests"] and before["events"]
    engine = create_db_engine(database_url(str(sample)))
    try:
        command.downgrade(_alembic_config(engine), "0013")
        assert _index_columns(sample)[:3] == ["agency_id", "jurisdiction", "rules_version"]
        assert "TEMP B-TREE" in _plan(sample), "the old order sorts: this test can tell them apart"
        assert _everything(sample) == before
        command.upgrade(_alembic_config(engine), "head")
    finally:
        engine.dispose()
    assert _index_columns(sample)[:4] == ["agency_id", "first_response_days", "determination_days", "jurisdiction"]
    assert len(_index_columns(sample)) == 14
    assert _everything(sample) == before

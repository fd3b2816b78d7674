"""Is a database file the whole foiatrack schema? (Checked before a restore replaces anything.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from foiatrack.store.database import create_db_engine, database_url, head_revision, known_revisions, open_database
from foiatrack.store.schema_check import schema_problems, unreadable_tables


def _problems(path: Path, *, require_head: bool = True) -> list[str]:
    engine = create_db_engine(database_url(path))
    try:
        with engine.connect() as connection:
            return schema_problems(connection, require_head=require_head)
    finally:
        engine.dispose()


@pytest.fixture
def whole(tmp_path: Path) -> Path:
    path = tmp_path / "whole.db"
    open_database(path).close()
    return path


def _sql(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)


def test_a_current_database_has_no_problems(whole: Path) -> None:
    assert _problems(whole) == []
    engine = create_db_engine(database_url(whole))
    with engine.connect() as connection:
        assert unreadable_tables(connection) == []
    engine.dispose()


def test_a_file_that_is_not_foiatrack_says_so(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    _sql(other, "CREATE TABLE notes (id INTEGER)")
    assert _problems(other) == ["it is not a foiatrack database (no schema version)"]


def test_a_version_table_with_two_rows_or_an_unknown_version_is_refused(whole: Path) -> None:
    _sql(whole, "INSERT INTO alembic_version VALUES ('0001_something_else')")
    assert _problems(whole) == ["its schema version table holds 2 rows instead of one"]
    _sql(whole, "DELETE FROM alembic_version", "INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    assert _problems(whole) == ["it comes from a newer version of foiatrack (schema 9999_from_the_future)"]


def test_an_older_schema_is_not_current_unless_older_is_allowed(whole: Path) -> None:
    older = known_revisions()[head_revision()]
    assert older is not None
    _sql(whole, f"UPDATE alembic_version SET version_num = '{older}'")
    assert _problems(whole) == [f"its schema {older} is not the current one ({head_revision()})"]
    assert _problems(whole, require_head=False) == []


def test_a_missing_table_and_a_missing_column_are_named(whole: Path) -> None:
    _sql(whole, "PRAGMA foreign_keys = OFF", "DROP TABLE audit_log", "ALTER TABLE agencies DROP COLUMN website")
    problems = _problems(whole)
    assert "table audit_log is missing" in problems
    assert "table agencies lacks column(s) website" in problems
    assert len(problems) == 2


def test_a_table_that_cannot_be_read_is_named(whole: Path) -> None:
    _sql(whole, "PRAGMA foreign_keys = OFF", "DROP TABLE audit_log")
    engine = create_db_engine(database_url(whole))
    with engine.connect() as connection:
        problems = unreadable_tables(connection)
        assert [p.split(":")[0] for p in problems] == ["table audit_log"]
        assert connection.execute(text("SELECT 1")).scalar() == 1  # still usable afterwards
    engine.dispose()

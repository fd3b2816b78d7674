"""The schema the migrations build is the schema the code declares (tables, columns, indexes).

A database is only ever created by running the migrations, so an index or column declared in
``foiatrack.store.schema`` but missing from a migration (or the reverse) would go unnoticed on a fresh
database and silently differ on an upgraded one. Full-text search is made by migrations 0003 (SQLite's
FTS5 ``search_*`` tables) and 0004 (PostgreSQL's ``search_vector`` columns and their indexes) in each
backend's own dialect and is not declared as models; it is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import backends
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from foiatrack.store.database import open_database
from foiatrack.store.schema import Base


@pytest.fixture(params=backends.BACKENDS)
def migrated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    if request.param == "sqlite":
        database = open_database(tmp_path / "fresh.db")
    else:
        with backends.empty_database(request.getfixturevalue("postgres_admin")) as url:
            database = open_database(url)
            yield database
            database.close()
            return
    yield database
    database.close()


def _is_full_text_search(difference: tuple[object, ...]) -> bool:
    kind = difference[0]
    if kind == "remove_table":
        return str(getattr(difference[1], "name", "")).startswith("search_")
    if kind == "remove_index":
        return str(getattr(difference[1], "name", "")).endswith("_search_vector")
    if kind == "remove_column":
        return getattr(difference[3], "name", "") == "search_vector"
    return False


def test_migrations_build_the_declared_schema(migrated) -> None:  # type: ignore[no-untyped-def]
    with migrated.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = [d for d in compare_metadata(context, Base.metadata)
                       if not (isinstance(d, tuple) and _is_full_text_search(d))]
    assert differences == []


def test_each_migration_file_is_its_own_revision_in_one_line() -> None:
    """Two branches that each add "the next" migration must not both land as that number: Alembic would
    keep one of the two files under the id and skip the other without a word."""
    versions = Path(open_database.__code__.co_filename).parent / "migrations" / "versions"
    found: dict[str, tuple[str, str | None]] = {}
    for path in sorted(versions.glob("[0-9][0-9][0-9][0-9]_*.py")):
        text = path.read_text(encoding="utf-8")
        revision = re.search(r'^revision = ["\'](\w+)["\']', text, re.MULTILINE)
        down = re.search(r'^down_revision = (?:["\'](\w+)["\']|None)', text, re.MULTILINE)
        assert revision is not None and down is not None, path.name
        assert revision.group(1) == path.name[:4], f"{path.name} says revision {revision.group(1)}"
        assert revision.group(1) not in found, f"revision {revision.group(1)} twice"
        found[revision.group(1)] = (path.name, down.group(1))
    numbers = sorted(found)
    assert [found[n][1] for n in numbers] == [None, *numbers[:-1]]  # each revises the one before it

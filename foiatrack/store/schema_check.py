"""Is this the whole foiatrack schema? Every table and column the program needs, at a known revision.

Used before a restore replaces anything (a file holding only ``alembic_version`` and two empty tables is
not a backup) and by ``foiatrack check`` on a server, where SQLite's page-level integrity check does not
exist.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, inspect, select, text

from foiatrack.store.database import head_revision, known_revisions
from foiatrack.store.schema import Base


def schema_problems(connection: Connection, *, require_head: bool = True) -> list[str]:
    """What is missing or wrong, in words (empty when the schema is whole)."""
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    if "alembic_version" not in tables:
        return ["it is not a foiatrack database (no schema version)"]
    versions = [row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))]
    if len(versions) != 1:
        return [f"its schema version table holds {len(versions)} rows instead of one"]
    if versions[0] not in known_revisions():
        return [f"it comes from a newer version of foiatrack (schema {versions[0]})"]
    if require_head and versions[0] != head_revision():
        return [f"its schema {versions[0]} is not the current one ({head_revision()})"]
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            problems.append(f"table {table.name} is missing")
            continue
        present = {column["name"] for column in inspector.get_columns(table.name)}
        missing = [column.name for column in table.columns if column.name not in present]
        if missing:
            problems.append(f"table {table.name} lacks column(s) {', '.join(missing)}")
    return problems


def unreadable_tables(connection: Connection) -> list[str]:
    """Tables whose rows cannot all be read (a damaged server table fails here)."""
    problems = []
    for table in Base.metadata.sorted_tables:
        try:
            connection.execute(select(func.count()).select_from(table)).scalar()
        except Exception as exc:
            from foiatrack.store.errors import describe_database_error

            problems.append(f"table {table.name}: {describe_database_error(exc)}")
            connection.rollback()
    return problems

"""Moving one person's database onto a team's PostgreSQL server (``foiatrack migrate-to URL``).

The target must be a new, empty database: it is migrated to the current schema, every table is copied in
dependency order in chunks, sequences are moved past the copied ids, and then every table is verified on
both sides: the same number of rows and the same SHA-256 over the rows in key order. One transaction on
the target: a failed or unverified copy leaves it as empty as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from foiatrack.core.errors import UserError
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database, open_database
from foiatrack.store.schema import (
    AgencyRow,
    AttachmentRow,
    AttachmentTextRow,
    BatchRow,
    BlobRow,
    ClosureDayRow,
    EventRow,
    RequestRow,
    SettingRow,
    TagRow,
    table_of,
)

# Parents before children, so every foreign key points at a row already copied.
TABLES: tuple[Table, ...] = tuple(
    table_of(model)
    for model in (AgencyRow, BatchRow, RequestRow, TagRow, EventRow, BlobRow, AttachmentRow, AttachmentTextRow,
                  SettingRow, ClosureDayRow)
)
CHUNK_ROWS = 5000
CHUNK_BLOBS = 50


@dataclass(frozen=True, slots=True)
class TableCheck:
    table: str
    rows: int
    sha256: str


@dataclass(frozen=True, slots=True)
class MigrationReport:
    target: str
    tables: tuple[TableCheck, ...]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _canonical(value: Any) -> bytes:
    """One spelling per value on both databases (dates, decimals, booleans and bytes differ in type)."""
    if value is None:
        return b"\x00"
    if isinstance(value, bytes | memoryview):
        return b"b" + bytes(value)
    if isinstance(value, bool):
        return b"1" if value else b"0"
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds").encode()
    if isinstance(value, dt.date):
        return value.isoformat().encode()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").encode()
    return str(value).encode("utf-8")


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def table_checksum(connection: Connection, table: Table) -> TableCheck:
    digest = hashlib.sha256()
    count = 0
    for row in connection.execution_options(yield_per=CHUNK_ROWS).execute(_ordered(table)):
        count += 1
        for value in row:
            digest.update(_canonical(value))
            digest.update(b"\x1f")
        digest.update(b"\x1e")
    return TableCheck(table.name, count, digest.hexdigest())


def _rows(connection: Connection, table: Table) -> Iterable[list[dict[str, Any]]]:
    size = CHUNK_BLOBS if table.name == "blobs" else CHUNK_ROWS
    result = connection.execution_options(yield_per=size).execute(_ordered(table))
    for partition in result.mappings().partitions(size):
        yield [dict(row) for row in partition]


def _agencies_parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {row["id"]: row for row in rows}
    ordered: list[dict[str, Any]] = []
    placed: set[int] = set()

    def place(row: dict[str, Any]) -> None:
        if row["id"] in placed:
            return
        parent = row.get("parent_id")
        if parent in by_id and parent not in placed and parent != row["id"]:
            placed.add(row["id"])  # guards against a cycle
            place(by_id[parent])
            placed.discard(row["id"])
        placed.add(row["id"])
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered


def migrate_to(source: Database, target_url: str, progress: Callable[[str, int], None] | None = None
               ) -> MigrationReport:
    """Copy *source* into the empty database at *target_url* and verify every table."""
    import time

    started = time.perf_counter()
    if "://" not in target_url or target_url.startswith("sqlite"):
        raise UserError("migrate-to: give a server database URL such as postgresql+psycopg://user@host/dbname")
    from foiatrack.core.secrets import hide_password
    from foiatrack.services.server import connection_url

    # Like the app: a URL without a password takes the one kept in the system keychain.
    target = open_database(connection_url(target_url))
    target_url = hide_password(target_url)
    try:
        with target.engine.connect() as connection:
            for table in TABLES:
                if connection.scalar(select(func.count()).select_from(table)):
                    raise UserError(f"migrate-to: the target database is not empty (table {table.name} has rows); "
                                    "create a new database for the team and try again")
        with source.engine.connect() as reader, target.engine.begin() as writer:
            for table in TABLES:
                copied = 0
                for chunk in _rows(reader, table):
                    if table.name == "agencies":
                        chunk = _agencies_parents_first(chunk)
                    writer.execute(table.insert(), chunk)
                    copied += len(chunk)
                    if progress:
                        progress(table.name, copied)
            if target.engine.dialect.name == "postgresql":
                for table in TABLES:
                    if "id" in table.c and table.c.id.autoincrement is not False and table.c.id.primary_key:
                        writer.execute(text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                        ))
            checks = []
            for table in TABLES:
                expected = table_checksum(reader, table)
                actual = table_checksum(writer, table)
                if expected != actual:
                    raise UserError(
                        f"migrate-to: table {table.name} did not copy faithfully ({expected.rows} rows here, "
                        f"{actual.rows} there, checksums {'differ' if expected.rows == actual.rows else 'n/a'}); "
                        "nothing was kept on the server"
                    )
                checks.append(expected)
        return MigrationReport(target_url, tuple(checks), time.perf_counter() - started)
    finally:
        target.close()


def migrate_file_to(source_target: str | None, target_url: str,
                    progress: Callable[[str, int], None] | None = None) -> MigrationReport:
    source = open_workspace(source_target)
    try:
        if not source.is_sqlite:
            raise UserError("migrate-to: the source must be a local database file")
        return migrate_to(source, target_url, progress)
    finally:
        source.close()

"""Build a larger bench database by repeating the requests of a built one, in SQL.

    uv run python bench/replicate.py SOURCE.db TARGET.db --times 10

``bench/generate.py`` writes every request's life in Python and recomputes every cache through the
real code path: right, but on a busy 2-core machine 500,000 requests take hours. This copies SOURCE
(which must already be at the current schema: open it once with ``foiatrack --db SOURCE list``) and
appends ``times - 1`` copies of its requests, each with its tags, events, attachments and attachment
texts, under new ids, in SQLite's own INSERT ... SELECT. The copies keep their cached figures (status,
deadlines, statistics): those depend only on the request's own events and jurisdiction, which are
copied unchanged. The full-text index is filled by the database's own triggers, as for any insert.
The result has the source's mix of ages, states and agencies, ``times`` times over.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

# table -> {column: the id column whose offset it takes}; every other column is copied as it is
_SHIFTS: dict[str, dict[str, str]] = {
    "requests": {"id": "requests"},
    "request_tags": {"request_id": "requests"},
    "events": {"id": "events", "request_id": "requests"},
    "attachments": {"id": "attachments", "event_id": "events"},
    "attachment_texts": {"attachment_id": "attachments"},
}


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def replicate(source: Path, target: Path, times: int) -> int:
    """Copy *source* to *target* and repeat its requests until there are *times* as many; their count."""
    if times < 1:
        raise SystemExit("replicate: --times must be a whole number of at least 1")
    if target.exists():
        raise SystemExit(f"replicate: {target} exists; choose a new file")
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        if connection.execute("SELECT count(*) FROM requests WHERE external_key IS NOT NULL OR batch_id IS NOT NULL"
                              ).fetchone()[0]:
            raise SystemExit("replicate: the source has imported or batched requests; use a generated database")
        top = {table: connection.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
               for table in ("requests", "events", "attachments")}
        for copy_number in range(1, times):
            connection.execute("BEGIN")
            for table, shifts in _SHIFTS.items():
                columns = _columns(connection, table)
                values = [f"{name} + {top[shifts[name]] * copy_number}" if name in shifts else name
                          for name in columns]
                # Only the original rows are read (the copies have larger ids): each copy is the source again.
                first = next(iter(shifts))
                connection.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} "
                                   f"FROM {table} WHERE {first} <= {top[shifts[first]]}")
            connection.execute("COMMIT")
            print(f"copy {copy_number} of {times - 1} written", flush=True)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(connection.execute("SELECT count(*) FROM requests").fetchone()[0])
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args()
    started = time.perf_counter()
    count = replicate(args.source, args.target, args.times)
    print(f"{count} requests in {args.target} after {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()

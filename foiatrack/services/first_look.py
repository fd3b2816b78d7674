"""The app's first dashboard, read with the standard library's ``sqlite3`` before SQLAlchemy is imported.

Importing SQLAlchemy (its ORM above all) costs more processor time than the whole bare window; a user
starting the app wants the numbers first. So, for a SQLite database that is ready as it stands, the
start-up reads the dashboard's lists, counts and per-agency statistics here, on a read-only connection in
one transaction, with the same statements and the same code that build the values in the services
(:mod:`foiatrack.store.dashboard_sql`, :mod:`foiatrack.services.dashboard_read`), and fills the window;
the database is then opened as always.

"Ready as it stands" means opening it would change nothing the dashboard shows: its schema is at the
migrations' head (nothing to migrate), its copy of the agency directory is the bundled one (nothing to
bring up to date), every request's cached dates and figures were computed under today's rules, holidays
and closure days (nothing to recompute), and none of those figures needs the events for the day asked
(no event dated after it). Otherwise, or when the file is new, empty, unreadable or not a foiatrack
database, there is no first look and the app starts as it always did.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foiatrack.services.dashboard_read import (
    DEFAULT_LIST_LIMIT,
    DashboardLists,
    Statistics,
    agency_names,
    finish_statistics,
    new_tallies,
    read_cached_tallies,
    read_lists,
    rules_context,
    very_overdue_threshold,
)
from foiatrack.services.directory_bundle import VERSION_KEY, bundle_version
from foiatrack.store.dashboard_sql import DashboardSQL
from foiatrack.store.locations import database_url
from foiatrack.store.revisions import head_revision


@dataclass(frozen=True, slots=True)
class FirstLook:
    """What the dashboard shows, read before the database was opened; the options it was read for."""

    lists: DashboardLists
    statistics: Statistics
    include_sample: bool
    appeal_within: int


def sqlite_file(location: str) -> Path | None:
    """The file *location* names, if it is a path (not a URL) to a file that exists and is not empty."""
    if "://" in location or not location or location == ":memory:":
        return None
    path = Path(location).expanduser()
    try:
        return path if path.is_file() and path.stat().st_size > 0 else None
    except OSError:
        return None


def first_look(location: str, as_of: dt.date | None = None, *, include_sample: bool = True,
               appeal_within: int = 30, limit: int | None = DEFAULT_LIST_LIMIT) -> FirstLook | None:
    """The dashboard's values for the database at *location*, or None when the app must open the
    database first (see the module docstring). Never writes, never raises for a database it cannot use."""
    path = sqlite_file(location)
    if path is None:
        return None
    day = as_of or dt.date.today()
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for every statement below
        return _read(connection, day, include_sample, appeal_within, limit)
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None  # not ours, damaged, or from another version: the usual path explains it
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, as_of: dt.date, include_sample: bool, appeal_within: int,
          limit: int | None) -> FirstLook | None:
    def run(statement: str, parameters: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return connection.execute(statement, dict(parameters)).fetchall()

    sql = DashboardSQL(run, text_dates=True)
    if sql.schema_revision() != head_revision():
        return None
    stored = sql.setting(VERSION_KEY)
    if stored is None or json.loads(stored) != bundle_version():
        return None
    context = rules_context(sql)
    if sql.stale_count(context.stamp):
        return None
    tallies = new_tallies()
    if read_cached_tallies(sql, context, as_of, include_sample, None, tallies):
        return None  # some figures must be derived from the events for this day: the services do that
    statistics = finish_statistics(agency_names(sql), tallies, as_of, include_sample, None)
    lists = read_lists(sql, context, very_overdue_threshold(sql), as_of, include_sample, appeal_within, limit)
    return FirstLook(lists, statistics, include_sample, appeal_within)


class PendingDatabase:
    """The database a window is built for while it is still being opened (the first look is on screen).

    The window and its pages keep this handle for as long as they show that database: once
    :meth:`attach` has handed it the opened :class:`~foiatrack.store.database.Database`, every attribute
    is that database's. Before then, only where the file is (``path``, ``location``, ``is_sqlite``) can be
    asked; anything else opens the database there and then on the main thread (through *open_now*, which
    attaches it), and waits for it on any other (background work started early starts a moment later).
    Either fails if it could not be opened.
    """

    def __init__(self, location: str, open_now: Callable[[], object] | None = None) -> None:
        self.location = database_url(location)
        self.path: Path | None = Path(self.location.removeprefix("sqlite:///"))
        self.is_sqlite = True
        self.open_now = open_now
        self._database: Any = None
        self._settled = threading.Event()

    @property
    def settled(self) -> bool:
        """Opened, or given up on."""
        return self._settled.is_set()

    @property
    def opened(self) -> bool:
        return self._database is not None

    def attach(self, database: Any) -> None:
        """The opened database (a :class:`~foiatrack.store.database.Database` of the same file)."""
        self._database = database
        self._settled.set()

    def give_up(self) -> None:
        """The database could not be opened: whatever waits for it fails."""
        self._settled.set()

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
        else:
            self.give_up()

    def __getattr__(self, name: str) -> Any:
        # Only for what the instance itself lacks: the opened database's engine, sessions and the rest.
        if name.startswith("__") or name in ("_database", "_settled", "open_now"):
            raise AttributeError(name)
        if not self._settled.is_set() and threading.current_thread() is threading.main_thread():
            if self.open_now is not None:
                self.open_now()  # the main thread would wait for itself
            if not self._settled.is_set():  # asked while the database is being opened (a message box's loop)
                raise RuntimeError(f"{self.path}: the database is not open yet")
        self._settled.wait()
        if self._database is None:
            raise RuntimeError(f"{self.path}: the database could not be opened")
        return getattr(self._database, name)

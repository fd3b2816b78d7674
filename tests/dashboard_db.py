"""A small database for the dashboard's statements, made with the services, whose every date is counted by
hand (the federal calendar: Thanksgiving Thu 2025-11-27, Presidents' Day Mon 2026-02-16).

* ICE "A", received Wed 2025-11-19, never answered: due Thu 2025-12-18 (20 working days), a suit possible
  from Fri 2025-12-19.
* ICE "B", received the same day, denied Fri 2025-12-05: 11 working days to its first response and
  determination (Nov 20-26 are 5, Thanksgiving skipped, Nov 28 and Dec 1-5 are 6 more); no due date left.
* FBI "C", received Wed 2026-01-28: due Thu 2026-02-26 (Jan 29-30, three weeks less Presidents' Day, Feb
  23-26: 20 working days).
* FBI "D", as "C" but sample data.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace
from foiatrack.store.dashboard_sql import DashboardSQL

AUTUMN, WINTER = dt.date(2025, 11, 19), dt.date(2026, 1, 28)


def make_dashboard_db(path: Path) -> dict[str, int]:
    """The four requests above in a new database at *path*; their ids by subject."""
    database = open_workspace(path)
    try:
        def file(agency: str, subject: str, received: dt.date, sample: bool = False) -> int:
            return file_request(database, NewRequest(agencies=(agency,), fields=RequestFields(subject=subject),
                                                     sent_on=received, received_on=received, is_sample=sample))[0]

        ids = {"A": file("ICE", "A", AUTUMN), "B": file("ICE", "B", AUTUMN)}
        log_event(database, ids["B"], NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2025, 12, 5),
                                               outcome=Outcome.DENIED))
        ids |= {"C": file("FBI", "C", WINTER), "D": file("FBI", "D", WINTER, sample=True)}
    finally:
        database.close()
    return ids


@contextmanager
def sqlite_statements(path: Path) -> Iterator[DashboardSQL]:
    """The dashboard's statements run through the standard library's sqlite3, as the first look does."""
    connection = sqlite3.connect(path)
    try:
        yield DashboardSQL(lambda statement, parameters: connection.execute(statement, dict(parameters)).fetchall(),
                           text_dates=True)
    finally:
        connection.close()

"""The deadline calendar: open deadlines as all-day iCalendar events (RFC 5545).

Each deadline has a UID that stays the same across exports, ``request-<id>-<deadline>-<database>@foiatrack``
(the database part keeps two databases' request 12 apart), so a calendar that imports or subscribes to
the file again updates the event instead of adding a second one. ``SEQUENCE`` is the request's version
counter, which rises whenever the request or its events change, so clients accept the newer copy;
``DTSTAMP`` is the time of the export and ``LAST-MODIFIED`` the request's last change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

PRODUCT_ID = "-//foiatrack//Public-records deadlines//EN"


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One deadline on the calendar."""

    request_id: int
    name: str  # 'response_due', 'extended_due', 'appeal_due', 'appeal_decision_due', 'follow_up'
    date: dt.date
    summary: str
    description: str
    sequence: int
    last_modified: dt.datetime | None = None
    categories: tuple[str, ...] = ()


def item_uid(item: CalendarItem, database_uid: str) -> str:
    return f"request-{item.request_id}-{item.name.replace('_', '-')}-{database_uid}@foiatrack"


def build_calendar(items: Iterable[CalendarItem], database_uid: str, *, stamp: dt.datetime | None = None,
                   name: str = "foiatrack deadlines") -> bytes:
    """The ``.ics`` bytes for *items* (all-day events, transparent: a deadline does not block time)."""
    from icalendar import Calendar, Event

    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for item in items:
        event = Event()
        event.add("uid", item_uid(item, database_uid))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.date)
        event.add("dtend", item.date + dt.timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("sequence", item.sequence)
        event.add("transp", "TRANSPARENT")
        if item.last_modified is not None:
            event.add("last-modified", item.last_modified.replace(tzinfo=dt.UTC))
        if item.categories:
            event.add("categories", list(item.categories))
        calendar.add_component(event)
    return calendar.to_ical()

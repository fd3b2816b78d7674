"""The values every layer shares: an event's direction defaults to its kind's, an agency's name as shown,
and an edit in a request's history as one line."""

from __future__ import annotations

import datetime as dt

from foiatrack.core.models import Agency, AuditEntry, Event
from foiatrack.core.vocabulary import Direction, EventKind


def test_an_event_without_a_direction_takes_its_kinds() -> None:
    assert Event(EventKind.SUBMITTED, dt.date(2026, 10, 1)).direction is Direction.OUTGOING
    assert Event(EventKind.ACKNOWLEDGED, dt.date(2026, 10, 5)).direction is Direction.INCOMING
    assert Event(EventKind.NOTE, dt.date(2026, 10, 5)).direction is Direction.INTERNAL
    given = Event(EventKind.ACKNOWLEDGED, dt.date(2026, 10, 5), direction=Direction.OUTGOING)
    assert given.direction is Direction.OUTGOING  # what was given is kept
    assert Event(EventKind.NOTE, dt.date(2026, 10, 5)).id == 0  # not recorded yet


def test_an_agency_is_shown_with_its_abbreviation_and_known_as_the_users_or_the_directorys() -> None:
    assert Agency(id=1, name="Federal Bureau of Investigation", abbreviation="FBI").display_name == (
        "Federal Bureau of Investigation (FBI)")
    assert Agency(id=2, name="Zephyr Port Authority").display_name == "Zephyr Port Authority"
    assert Agency(id=2, name="Zephyr Port Authority").user_created
    assert not Agency(id=1, name="FBI", directory_key="fbi").user_created


def test_an_edit_in_the_history_reads_as_one_line() -> None:
    at = dt.datetime(2026, 12, 3, 9, 30)
    edited = AuditEntry(at, "ben", "event edited", 4, {"summary": ["a", "b"], "due_date": [None, "2026-12-04"]})
    assert edited.describe() == "Event edited by ben (fields: summary, due date)"
    deleted = AuditEntry(at, "", "event deleted", 4, {"kind": ["note", None]})
    assert deleted.describe() == "Event deleted by unknown (it held: kind)"
    assert AuditEntry(at, "ben", "request edited", None, {}).describe() == "Request edited by ben (fields: nothing)"

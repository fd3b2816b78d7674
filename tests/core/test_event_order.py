"""The one event-order check: impossible orders refused, odd ones warned about."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.event_order import check_event_order
from foiatrack.core.models import Event
from foiatrack.core.vocabulary import Direction, EventKind

D = dt.date


def ev(id_: int, kind: EventKind, day: dt.date) -> Event:
    return Event(id=id_, request_id=1, date=day, kind=kind, direction=Direction.INTERNAL)


SENT = [ev(1, EventKind.SUBMITTED, D(2025, 11, 19))]


@pytest.mark.parametrize("kind", [EventKind.RECEIVED, EventKind.FINAL_DETERMINATION, EventKind.ACKNOWLEDGED])
def test_agency_events_before_sending_are_refused(kind: EventKind) -> None:
    with pytest.raises(UserError, match="before the request was sent"):
        check_event_order(SENT, ev(0, kind, D(2025, 11, 18)))
    assert check_event_order(SENT, ev(0, kind, D(2025, 11, 19))) == []


def test_sending_after_the_agency_answered_is_refused() -> None:
    with pytest.raises(UserError, match="cannot be sent"):
        check_event_order([ev(2, EventKind.RECEIVED, D(2025, 11, 10))], ev(0, EventKind.SUBMITTED, D(2025, 11, 19)))


def test_an_appeal_decision_needs_an_appeal() -> None:
    with pytest.raises(UserError, match="log the appeal first"):
        check_event_order(SENT, ev(0, EventKind.APPEAL_DECISION, D(2026, 3, 2)))
    appealed = [*SENT, ev(2, EventKind.APPEAL_FILED, D(2026, 2, 2))]
    assert check_event_order(appealed, ev(0, EventKind.APPEAL_DECISION, D(2026, 3, 2))) == []


def test_an_appeal_without_a_determination_is_only_odd() -> None:
    warnings = check_event_order(SENT, ev(0, EventKind.APPEAL_FILED, D(2026, 2, 2)))
    assert warnings and "no determination" in warnings[0]


def test_notes_may_come_before_sending() -> None:
    assert check_event_order(SENT, ev(0, EventKind.NOTE, D(2025, 10, 1))) == []

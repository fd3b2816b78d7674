"""Status follows the event log: one case per event kind, plus the orderings that matter."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.models import Event
from foiatrack.core.status import derive_status, latest_tracking_number
from foiatrack.core.vocabulary import EventKind, Outcome, Status

K = EventKind


def ev(day: int, kind: EventKind, outcome: Outcome | None = None, tracking: str | None = None, eid: int = 0) -> Event:
    return Event(id=eid or day, request_id=1, date=dt.date(2025, 1, day), kind=kind,
                 direction=kind.default_direction, outcome=outcome, tracking_number=tracking)


SENT = [ev(2, K.SUBMITTED), ev(3, K.RECEIVED)]


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], Status.DRAFT),
        ([ev(1, K.NOTE)], Status.DRAFT),
        ([ev(2, K.SUBMITTED)], Status.SUBMITTED),
        (SENT, Status.SUBMITTED),
        ([*SENT, ev(5, K.ACKNOWLEDGED)], Status.ACKNOWLEDGED),
        ([*SENT, ev(5, K.TRACKING_NUMBER, tracking="X")], Status.ACKNOWLEDGED),
        ([*SENT, ev(5, K.CLARIFICATION_REQUESTED)], Status.WAITING_CLARIFICATION),
        ([*SENT, ev(5, K.CLARIFICATION_REQUESTED), ev(7, K.CLARIFICATION_ANSWERED)], Status.IN_PROGRESS),
        ([*SENT, ev(5, K.FEE_ESTIMATE)], Status.WAITING_FEES),
        ([*SENT, ev(5, K.FEE_ESTIMATE), ev(6, K.FEE_PAID)], Status.IN_PROGRESS),
        ([*SENT, ev(5, K.FEE_WAIVER_DECISION, Outcome.DENIED)], Status.IN_PROGRESS),
        ([*SENT, ev(5, K.EXPEDITE_DECISION, Outcome.FULL_GRANT)], Status.IN_PROGRESS),
        ([*SENT, ev(5, K.EXTENSION)], Status.IN_PROGRESS),
        ([*SENT, ev(5, K.INTERIM_RELEASE)], Status.RELEASED_IN_PART),
        ([*SENT, ev(5, K.INTERIM_RELEASE), ev(6, K.EXTENSION)], Status.RELEASED_IN_PART),
        ([*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.FULL_GRANT)], Status.GRANTED),
        ([*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT)], Status.PARTIALLY_GRANTED),
        ([*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.DENIED)], Status.DENIED),
        ([*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.NO_RECORDS)], Status.NO_RECORDS),
        ([*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.WITHDRAWN)], Status.WITHDRAWN),
        ([*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.OTHER)], Status.CLOSED),
        ([*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.DENIED), ev(12, K.APPEAL_FILED)], Status.APPEALED),
        ([*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.DENIED), ev(12, K.APPEAL_FILED),
          ev(20, K.APPEAL_DECISION, Outcome.PARTIAL_GRANT)], Status.APPEAL_DECIDED),
        ([*SENT, ev(20, K.LAWSUIT_FILED)], Status.IN_LITIGATION),
        ([*SENT, ev(5, K.LETTER)], Status.SUBMITTED),
    ],
    ids=lambda value: value.value if isinstance(value, Status) else None,
)
def test_status_follows_events(events: list[Event], expected: Status) -> None:
    assert derive_status(events) is expected


def test_events_are_replayed_in_date_order_not_entry_order() -> None:
    # Logged late: the determination was entered before the acknowledgement that preceded it.
    events = [ev(9, K.FINAL_DETERMINATION, Outcome.DENIED, eid=1), ev(2, K.SUBMITTED, eid=2),
              ev(4, K.ACKNOWLEDGED, eid=3)]
    assert derive_status(events) is Status.DENIED


def test_paperwork_after_a_determination_does_not_reopen_it() -> None:
    events = [*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.FULL_GRANT), ev(12, K.FEE_ESTIMATE)]
    assert derive_status(events) is Status.GRANTED


def test_litigation_survives_a_later_agency_determination() -> None:
    events = [*SENT, ev(10, K.LAWSUIT_FILED), ev(20, K.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT)]
    assert derive_status(events) is Status.IN_LITIGATION


def test_withdrawal_ends_the_request_whatever_follows() -> None:
    events = [*SENT, ev(9, K.FINAL_DETERMINATION, Outcome.WITHDRAWN), ev(12, K.ACKNOWLEDGED)]
    assert derive_status(events) is Status.WITHDRAWN


def test_latest_tracking_number_wins_for_appeals() -> None:
    events = [ev(3, K.TRACKING_NUMBER, tracking="2025-ICFO-1"), ev(20, K.APPEAL_FILED),
              ev(22, K.TRACKING_NUMBER, tracking="2025-ICAP-9")]
    assert latest_tracking_number(events) == "2025-ICAP-9"

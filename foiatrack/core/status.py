"""Status derived from the event log.

The log is replayed in date order (ties in the order they were logged). Before a final determination the
agency is working and tolling events (clarification, fees) move the request in and out of waiting states;
a determination fixes the outcome; afterwards only an appeal, its decision, a lawsuit or a withdrawal move
it on. Notes and letters never change status.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from foiatrack.core.models import Event
from foiatrack.core.vocabulary import EventKind, Outcome, Status

_DETERMINATION_STATUS: dict[Outcome, Status] = {
    Outcome.FULL_GRANT: Status.GRANTED,
    Outcome.PARTIAL_GRANT: Status.PARTIALLY_GRANTED,
    Outcome.DENIED: Status.DENIED,
    Outcome.NO_RECORDS: Status.NO_RECORDS,
    Outcome.WITHDRAWN: Status.WITHDRAWN,
    Outcome.OTHER: Status.CLOSED,
}

# Events that mean "the agency is working on it" while no determination has been made.
_PROGRESS_KINDS = frozenset(
    {
        EventKind.FEE_WAIVER_DECISION,
        EventKind.EXPEDITE_DECISION,
        EventKind.EXTENSION,
        EventKind.CLARIFICATION_ANSWERED,
        EventKind.FEE_PAID,
        EventKind.FEE_ANSWERED,
    }
)


def chronological(events: Iterable[Event]) -> list[Event]:
    """Events in the order they happened; same-day events in the order they were logged."""
    return sorted(events, key=lambda e: (e.date, e.id))


def derive_status(events: Sequence[Event]) -> Status:
    """The request's status after replaying *events*."""
    status = Status.DRAFT
    determined = False
    for event in chronological(events):
        kind = event.kind
        if status is Status.WITHDRAWN:
            break
        if kind is EventKind.LAWSUIT_FILED:
            status = Status.IN_LITIGATION
        elif kind is EventKind.FINAL_DETERMINATION:
            determined = True
            if status is not Status.IN_LITIGATION or event.outcome is Outcome.WITHDRAWN:
                status = _DETERMINATION_STATUS[event.outcome or Outcome.OTHER]
        elif kind is EventKind.APPEAL_FILED:
            if status is not Status.IN_LITIGATION:
                status = Status.APPEALED
        elif kind is EventKind.APPEAL_DECISION:
            if status is not Status.IN_LITIGATION:
                status = Status.APPEAL_DECIDED
        elif status is Status.IN_LITIGATION or determined:
            continue  # the agency's later paperwork does not reopen a decided request
        else:
            status = _before_determination(status, kind)
    return status


def _before_determination(status: Status, kind: EventKind) -> Status:
    if kind in (EventKind.SUBMITTED, EventKind.RECEIVED):
        return Status.SUBMITTED if status is Status.DRAFT else status
    if kind in (EventKind.ACKNOWLEDGED, EventKind.TRACKING_NUMBER):
        return Status.ACKNOWLEDGED if status in (Status.DRAFT, Status.SUBMITTED) else status
    if kind is EventKind.CLARIFICATION_REQUESTED:
        return Status.WAITING_CLARIFICATION
    if kind is EventKind.FEE_ESTIMATE:
        return Status.WAITING_FEES
    if kind is EventKind.INTERIM_RELEASE:
        return Status.RELEASED_IN_PART
    if kind in _PROGRESS_KINDS:
        if kind is EventKind.CLARIFICATION_ANSWERED and status is not Status.WAITING_CLARIFICATION:
            return status if status is not Status.DRAFT else Status.IN_PROGRESS
        if kind in (EventKind.FEE_PAID, EventKind.FEE_ANSWERED) and status is not Status.WAITING_FEES:
            return status if status is not Status.DRAFT else Status.IN_PROGRESS
        return Status.RELEASED_IN_PART if status is Status.RELEASED_IN_PART else Status.IN_PROGRESS
    return status  # notes, letters


def latest_tracking_number(events: Sequence[Event]) -> str | None:
    """The most recent tracking number any event recorded (appeals often get a new one)."""
    number = None
    for event in chronological(events):
        if event.tracking_number:
            number = event.tracking_number
    return number

"""Status derived from the event log.

The log is replayed in date order (ties in the order they were logged). Before a final determination the
agency is working and tolling events (clarification, fees) move the request in and out of waiting states;
a determination fixes the outcome; afterwards only an appeal, its decision, a lawsuit or a withdrawal move
it on. Notes and letters never change status.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from foiatrack.core.event_kinds import KindSpec, PauseReason, StatusEffect
from foiatrack.core.models import Event
from foiatrack.core.vocabulary import Outcome, Status

_DETERMINATION_STATUS: dict[Outcome, Status] = {
    Outcome.FULL_GRANT: Status.GRANTED,
    Outcome.PARTIAL_GRANT: Status.PARTIALLY_GRANTED,
    Outcome.DENIED: Status.DENIED,
    Outcome.NO_RECORDS: Status.NO_RECORDS,
    Outcome.WITHDRAWN: Status.WITHDRAWN,
    Outcome.OTHER: Status.CLOSED,
}

# While no determination is made, a requester's answer returns the request from waiting on it.
_WAITING: dict[PauseReason, Status] = {
    PauseReason.CLARIFICATION: Status.WAITING_CLARIFICATION,
    PauseReason.FEES: Status.WAITING_FEES,
}


def chronological(events: Iterable[Event]) -> list[Event]:
    """Events in the order they happened; same-day events in the order they were logged."""
    return sorted(events, key=lambda e: (e.date, e.id))


def derive_status(events: Sequence[Event]) -> Status:
    """The request's status after replaying *events*."""
    status = Status.DRAFT
    determined = False
    for event in chronological(events):
        effect = event.kind.spec.status
        if status is Status.WITHDRAWN:
            break
        if effect is StatusEffect.LAWSUIT:
            status = Status.IN_LITIGATION
        elif effect is StatusEffect.DETERMINATION:
            determined = True
            if status is not Status.IN_LITIGATION or event.outcome is Outcome.WITHDRAWN:
                status = _DETERMINATION_STATUS[event.outcome or Outcome.OTHER]
        elif effect is StatusEffect.APPEAL:
            if status is not Status.IN_LITIGATION:
                status = Status.APPEALED
        elif effect is StatusEffect.APPEAL_DECISION:
            if status is not Status.IN_LITIGATION:
                status = Status.APPEAL_DECIDED
        elif status is Status.IN_LITIGATION or determined:
            continue  # the agency's later paperwork does not reopen a decided request
        else:
            status = _before_determination(status, event.kind.spec)
    return status


def _before_determination(status: Status, spec: KindSpec) -> Status:
    effect = spec.status
    if effect is StatusEffect.SENT:
        return Status.SUBMITTED if status is Status.DRAFT else status
    if effect is StatusEffect.ACKNOWLEDGED:
        return Status.ACKNOWLEDGED if status in (Status.DRAFT, Status.SUBMITTED) else status
    if effect is StatusEffect.WAITING and spec.pause is not None:
        return _WAITING[spec.pause]
    if effect is StatusEffect.INTERIM:
        return Status.RELEASED_IN_PART
    if effect is StatusEffect.ANSWER and spec.pause is not None and status is not _WAITING[spec.pause]:
        return status if status is not Status.DRAFT else Status.IN_PROGRESS
    if effect in (StatusEffect.ANSWER, StatusEffect.PROGRESS):
        return Status.RELEASED_IN_PART if status is Status.RELEASED_IN_PART else Status.IN_PROGRESS
    return status  # notes, letters


def latest_tracking_number(events: Sequence[Event]) -> str | None:
    """The most recent tracking number any event recorded (appeals often get a new one)."""
    number = None
    for event in chronological(events):
        if event.tracking_number:
            number = event.tracking_number
    return number

"""The table of event kinds: whole, consistent, and what the status and clock engines read from it.

Every consumer of the table (dialog, command line, wording, importer, letters, intake, storage) is checked
kind by kind in ``tests/test_event_kinds_everywhere.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import count

import pytest

from foiatrack.core.event_kinds import (
    EVENT_FIELDS,
    KINDS,
    Clock,
    Direction,
    EventKind,
    Outcome,
    PauseReason,
    Stage,
    Statistics,
    StatusEffect,
    describe_kinds,
    kinds_where,
    letter_names,
)
from foiatrack.core.models import Event
from foiatrack.core.rules import default_catalog
from foiatrack.core.status import derive_status
from foiatrack.core.timeline import read_timeline
from foiatrack.core.vocabulary import Status

_ids = count(1)


def _event(kind: EventKind, day: dt.date, **fields: object) -> Event:
    return Event(kind, day, id=next(_ids), request_id=1, **fields)  # type: ignore[arg-type]


def test_every_kind_has_one_entry_and_every_entry_is_a_kind() -> None:
    assert list(KINDS) == list(EventKind)


@pytest.mark.parametrize("kind", list(EventKind), ids=str)
def test_an_entry_is_consistent(kind: EventKind) -> None:
    spec = KINDS[kind]
    assert spec.label and spec.label[0].isupper()
    assert len(kind.value) <= 40  # events.kind is String(40)
    assert set(spec.fields) <= EVENT_FIELDS.keys()
    assert set(spec.required) <= set(spec.fields)
    assert all(message and not message.endswith(".") for message in spec.required.values())
    assert ("outcome" in spec.fields) == bool(spec.outcomes)
    assert (spec.clock in (Clock.PAUSE, Clock.RESUME)) == (spec.pause is not None)
    assert (spec.status in (StatusEffect.WAITING, StatusEffect.ANSWER)) <= (spec.pause is not None)
    assert (spec.clock is Clock.SIDE_DECISION) == bool(spec.decides)
    assert (spec.intake_rank is None) == (not spec.intake_fields)
    if spec.statistics is Statistics.PAUSE:
        assert spec.clock in (Clock.PAUSE, Clock.RESUME)
    if spec.statistics is Statistics.FIRST_RESPONSE or spec.answers:
        assert spec.direction is Direction.INCOMING  # only the agency's replies answer its deadlines
    if spec.direction is Direction.OUTGOING and spec.clock is Clock.RESUME:
        assert not spec.after_sending  # a requester's answer to the agency may be dated any day


def test_intake_ranks_are_distinct() -> None:
    ranks = [s.intake_rank for s in KINDS.values() if s.intake_rank is not None]
    assert len(ranks) == len(set(ranks))


def test_fee_answered_is_one_entry_ending_the_fee_pause() -> None:
    spec = KINDS[EventKind.FEE_ANSWERED]
    assert (spec.label, spec.direction) == ("Fee letter answered", Direction.OUTGOING)
    assert (spec.clock, spec.pause, spec.status, spec.statistics) == (
        Clock.RESUME, PauseReason.FEES, StatusEffect.ANSWER, Statistics.PAUSE)
    assert spec.fields == () and spec.required == {}
    # What the engines make of it: the same as a payment.
    start = dt.date(2025, 3, 3)
    events = [_event(EventKind.SUBMITTED, start), _event(EventKind.RECEIVED, start),
              _event(EventKind.FEE_ESTIMATE, dt.date(2025, 3, 10), amount=300)]
    assert derive_status(events) is Status.WAITING_FEES
    answered = [*events, _event(EventKind.FEE_ANSWERED, dt.date(2025, 3, 17))]
    paid = [*events, _event(EventKind.FEE_PAID, dt.date(2025, 3, 17))]
    assert derive_status(answered) is derive_status(paid) is Status.IN_PROGRESS
    rule = default_catalog().get("US")
    assert read_timeline(answered, rule).pauses == read_timeline(paid, rule).pauses
    (pause,) = read_timeline(answered, rule).pauses
    assert (pause.start, pause.end) == (dt.date(2025, 3, 10), dt.date(2025, 3, 17))


def test_appeal_acknowledged_is_one_entry_the_appeal_clock_counts_from() -> None:
    spec = KINDS[EventKind.APPEAL_ACKNOWLEDGED]
    assert (spec.label, spec.direction, spec.stage) == ("Appeal acknowledged", Direction.INCOMING, Stage.APPEAL)
    assert spec.fields == ("received", "appeal_number") and list(spec.required) == ["received"]
    assert spec.clock is Clock.APPEAL_RECEIPT and spec.status is StatusEffect.NONE
    events = [_event(EventKind.SUBMITTED, dt.date(2025, 3, 3)),
              _event(EventKind.FINAL_DETERMINATION, dt.date(2025, 3, 20), outcome=Outcome.DENIED),
              _event(EventKind.APPEAL_FILED, dt.date(2025, 4, 1))]
    acknowledged = [*events, _event(EventKind.APPEAL_ACKNOWLEDGED, dt.date(2025, 4, 9),
                                    received=dt.date(2025, 4, 3), appeal_number="A-1")]
    assert derive_status(acknowledged) is derive_status(events) is Status.APPEALED
    timeline = read_timeline(acknowledged, default_catalog().get("US"))
    receipt = timeline.appeal_receipt(timeline.appeals[0])
    assert receipt is not None and receipt.received == dt.date(2025, 4, 3)


def test_a_status_effect_is_read_from_the_table() -> None:
    """A kind's status comes from its entry alone: another kind with the same entry moves a request alike."""
    for kind in EventKind:
        twin = next((k for k in EventKind if k is not kind and KINDS[k].status is KINDS[kind].status
                     and KINDS[k].pause is KINDS[kind].pause), None)
        if twin is None:
            continue
        base = [_event(EventKind.SUBMITTED, dt.date(2025, 3, 3))]
        first = derive_status([*base, _event(kind, dt.date(2025, 3, 5), outcome=Outcome.DENIED)])
        second = derive_status([*base, _event(twin, dt.date(2025, 3, 5), outcome=Outcome.DENIED)])
        assert first is second, (kind, twin)


def test_an_event_without_direction_takes_its_kinds() -> None:
    for kind in EventKind:
        assert Event(kind, dt.date(2025, 1, 2)).direction is KINDS[kind].direction
    assert Event(EventKind.NOTE, dt.date(2025, 1, 2), direction=Direction.INCOMING).direction is Direction.INCOMING
    # A copy keeps the direction it was given.
    assert replace(Event(EventKind.NOTE, dt.date(2025, 1, 2)), summary="x").direction is Direction.INTERNAL


def test_lookups() -> None:
    assert kinds_where(statistics=Statistics.CLOCK_START) == (EventKind.SUBMITTED, EventKind.RECEIVED)
    assert letter_names()["fee_decision"] == (EventKind.FEE_ESTIMATE, EventKind.FEE_WAIVER_DECISION)
    assert "appeal_acknowledged (--received required, --appeal-number)" in describe_kinds()
    assert "fee_answered;" in describe_kinds()

"""Logging, editing and deleting events: each kind's required fields, the request's status following its
events, and stale edits refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from foiatrack.core.errors import ConflictError, UserError
from foiatrack.core.event_kinds import KINDS
from foiatrack.core.vocabulary import Direction, EventKind, Outcome, Status
from foiatrack.services.events import NewEvent, delete_event, log_event, update_event, validate_event
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request

SENT = dt.date(2026, 10, 1)


@pytest.mark.parametrize(("new", "field"), [
    (NewEvent(kind=EventKind.FINAL_DETERMINATION, date=SENT), "outcome"),
    (NewEvent(kind=EventKind.FEE_ESTIMATE, date=SENT), "amount"),
    (NewEvent(kind=EventKind.TRACKING_NUMBER, date=SENT, tracking_number="  "), "tracking_number"),
    (NewEvent(kind=EventKind.APPEAL_ACKNOWLEDGED, date=SENT), "received"),
    (NewEvent(kind=EventKind.ACKNOWLEDGED, date=SENT, received=SENT + dt.timedelta(days=1)), "received"),
    (NewEvent(kind=EventKind.ACKNOWLEDGED, date=SENT, expected_by=SENT - dt.timedelta(days=1)), "expected_by"),
    (NewEvent(kind=EventKind.INTERIM_RELEASE, date=SENT, pages_released=-1), "pages_released"),
    (NewEvent(kind=EventKind.FEE_ESTIMATE, date=SENT, amount=Decimal("-5")), "amount"),
    (NewEvent(kind=EventKind.NOTE, date=SENT, summary="x" * 501), "summary"),
    (NewEvent(kind=EventKind.NOTE, date=dt.date.today() + dt.timedelta(days=400)), "date"),
])
def test_an_event_missing_what_its_kind_needs_is_refused_by_field(new: NewEvent, field: str) -> None:
    with pytest.raises(UserError) as caught:
        validate_event(new)
    assert caught.value.field == field
    assert caught.value.message.startswith(f"{field}: ")


def test_a_valid_event_is_cleaned_and_takes_its_kinds_direction() -> None:
    cleaned = validate_event(NewEvent(kind=EventKind.FINAL_DETERMINATION, date=SENT, summary="  Denied in full ",
                                      outcome=Outcome.DENIED, exemptions=("b6", "(b)(7)(C)")))
    assert cleaned.summary == "Denied in full"
    assert cleaned.direction is Direction.INCOMING
    assert cleaned.exemptions == ("(b)(6)", "(b)(7)(C)")
    assert validate_event(NewEvent(kind=EventKind.SUBMITTED, date=SENT)).direction is Direction.OUTGOING


def test_the_status_follows_the_events_and_a_deletion_undoes_it(db) -> None:  # type: ignore[no-untyped-def]
    [request_id] = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Logs"),
                                               sent_on=SENT))
    assert request_detail(db, request_id).request.status is Status.SUBMITTED
    denial = log_event(db, request_id, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 10, 20),
                                                outcome=Outcome.DENIED))
    assert denial.summary  # a summary is written for the timeline when none is given
    assert request_detail(db, request_id).request.status is Status.DENIED
    delete_event(db, denial.id, expected_version=denial.version)
    detail = request_detail(db, request_id)
    assert detail.request.status is Status.SUBMITTED
    assert [e.kind for e in detail.events] == [EventKind.SUBMITTED]


def test_an_event_edit_from_a_stale_version_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    [request_id] = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Logs"),
                                               sent_on=SENT))
    note = log_event(db, request_id, NewEvent(kind=EventKind.NOTE, date=SENT, summary="Called the office"))
    edited = update_event(db, note.id, NewEvent(kind=EventKind.NOTE, date=SENT, summary="Called twice"),
                          expected_version=note.version)
    assert edited.summary == "Called twice" and edited.version > note.version
    with pytest.raises(ConflictError):
        update_event(db, note.id, NewEvent(kind=EventKind.NOTE, date=SENT, summary="Lost"),
                     expected_version=note.version)
    assert [e.summary for e in request_detail(db, request_id).events][-1] == "Called twice"


def test_an_event_on_a_missing_request_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught:
        log_event(db, 999_999, NewEvent(kind=EventKind.NOTE, date=SENT))
    assert caught.value.field in ("id", "request")


def test_a_required_field_is_asked_for_by_the_kinds_own_message(db) -> None:  # type: ignore[no-untyped-def]
    (request_id,) = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Logs"),
                                                sent_on=dt.date(2026, 10, 1)))
    for kind, spec in KINDS.items():
        for name, message in spec.required.items():
            with pytest.raises(UserError) as refused:
                log_event(db, request_id, NewEvent(kind, dt.date(2026, 10, 5)))
            assert (refused.value.field, str(refused.value)) == (name, f"{name}: {message}")


def test_deleting_an_event_names_the_version_it_read(db) -> None:  # type: ignore[no-untyped-def]
    """A deletion is an edit: it cannot be asked for without the version read, and a stale one is refused,
    so nobody deletes an event over a change they never saw."""
    [request_id] = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Logs"),
                                               sent_on=SENT))
    note = log_event(db, request_id, NewEvent(kind=EventKind.NOTE, date=dt.date(2026, 10, 20), summary="one"))
    with pytest.raises(TypeError):
        delete_event(db, note.id)  # type: ignore[call-arg]
    edited = update_event(db, note.id, NewEvent(kind=EventKind.NOTE, date=note.date, summary="two"),
                          expected_version=note.version)
    with pytest.raises(ConflictError):
        delete_event(db, note.id, expected_version=note.version)
    assert [e.summary for e in request_detail(db, request_id).events if e.id == note.id] == ["two"]
    delete_event(db, note.id, expected_version=edited.version)
    assert note.id not in [e.id for e in request_detail(db, request_id).events]

"""Undo puts requests back exactly as a snapshot found them: fields, tags, events and their files; a
request filed since goes to the trash; a request changed since (elsewhere) is left alone, whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from foiatrack.core.errors import ConflictError, UserError
from foiatrack.core.vocabulary import EventKind
from foiatrack.services.events import NewEvent, delete_event, log_event
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, set_tags, update_request
from foiatrack.services.trash import empty_trash, list_trash, move_to_trash
from foiatrack.services.undo import (
    new_request_ids_after,
    restore_snapshot,
    state_tokens,
    take_snapshot,
)

SENT = dt.date(2026, 10, 1)


def _file(db, subject: str = "Harbour dredging permits") -> int:  # type: ignore[no-untyped-def]
    return file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject=subject, tags=("ports",)),
                                       sent_on=SENT))[0]


def _picture(db, request_id: int):  # type: ignore[no-untyped-def]
    """What a user sees of the request, without the counters every change moves on."""
    detail = request_detail(db, request_id, as_of=dt.date(2026, 10, 2))
    request = replace(detail.request, version=0)
    events = tuple((e.id, e.kind, e.date, e.details, tuple(a.filename for a in e.attachments))
                   for e in detail.events)
    return request.subject, request.tags, request.status, request.response_due, events


def test_undoing_a_logged_event_with_a_file_takes_both_away_and_puts_the_dates_back(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    before = _picture(db, request_id)
    snapshot = take_snapshot(db, [request_id, request_id])
    assert snapshot.request_ids == (request_id,)  # a request named twice is taken once
    letter = tmp_path / "denial.txt"
    letter.write_text("Your request is denied.", encoding="utf-8")
    log_event(db, request_id, NewEvent(kind=EventKind.ACKNOWLEDGED, date=dt.date(2026, 10, 5)), attachments=[letter])
    assert _picture(db, request_id) != before
    assert restore_snapshot(db, snapshot) == (request_id,)
    assert _picture(db, request_id) == before


def test_undoing_a_deleted_event_brings_it_back_with_its_file(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    letter = tmp_path / "ack.txt"
    letter.write_text("We received your request about dredging.", encoding="utf-8")
    event = log_event(db, request_id, NewEvent(kind=EventKind.ACKNOWLEDGED, date=dt.date(2026, 10, 5),
                                               details="acknowledged by e-mail"), attachments=[letter])
    before = _picture(db, request_id)
    snapshot = take_snapshot(db, [request_id])
    delete_event(db, event.id, expected_version=event.version)
    assert all(e[0] != event.id for e in _picture(db, request_id)[4])
    restore_snapshot(db, snapshot)
    assert _picture(db, request_id) == before
    assert before[4][-1][4] == ("ack.txt",)


def test_undoing_an_edit_and_a_tagging_puts_the_fields_and_tags_back(db) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    before = _picture(db, request_id)
    snapshot = take_snapshot(db, [request_id])
    version = request_detail(db, request_id).request.version
    update_request(db, request_id, RequestFields(subject="Something else entirely", tags=("ports",)),
                   expected_version=version)
    set_tags(db, [request_id], add=("urgent",), remove=("ports",))
    assert _picture(db, request_id)[:2] == ("Something else entirely", ("urgent",))
    restore_snapshot(db, snapshot)
    assert _picture(db, request_id) == before


def test_undoing_a_filing_moves_the_new_request_to_the_trash_where_it_can_be_found(db) -> None:  # type: ignore[no-untyped-def]
    kept = _file(db, "Filed before")
    assert new_request_ids_after(db) == kept
    snapshot = take_snapshot(db, [kept + 1])  # taken before "New request": the next id has no request yet
    assert snapshot.requests[0].exists is False
    filed = _file(db, "Filed by mistake")
    assert filed == kept + 1
    restore_snapshot(db, snapshot)
    assert [t.id for t in list_trash(db)] == [filed]
    restore_snapshot(db, snapshot)
    assert [t.id for t in list_trash(db)] == [filed]  # undone twice: still once in the trash
    assert _picture(db, kept)[0] == "Filed before"


def test_a_request_changed_since_the_change_is_not_undone_at_all(db) -> None:  # type: ignore[no-untyped-def]
    first, second = _file(db, "First"), _file(db, "Second")
    snapshot = take_snapshot(db, [first, second])
    set_tags(db, [first, second], add=("batch",))
    tokens = state_tokens(db, [first, second])
    log_event(db, second, NewEvent(kind=EventKind.NOTE, date=dt.date(2026, 10, 6), details="phoned them"))
    with pytest.raises(ConflictError, match=f"^request {second}: it has changed since “Tag requests” "):
        restore_snapshot(db, snapshot, unchanged_since=tokens, label="Tag requests")
    assert "batch" in _picture(db, first)[1]  # neither request was put back
    assert state_tokens(db, [first]) == {first: tokens[first]}


def test_tokens_do_not_move_without_a_change_and_say_absent_for_no_request(db) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    tokens = state_tokens(db, [request_id, 424_242])
    assert tokens[424_242] == "absent"
    assert state_tokens(db, [request_id, 424_242]) == tokens
    move_to_trash(db, [request_id])
    assert state_tokens(db, [request_id]) != {request_id: tokens[request_id]}


def test_a_request_deleted_for_good_can_no_longer_be_put_back(db) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    snapshot = take_snapshot(db, [request_id])
    move_to_trash(db, [request_id])
    empty_trash(db)
    with pytest.raises(UserError, match=f"^request {request_id}: it was deleted for good"):
        restore_snapshot(db, snapshot)

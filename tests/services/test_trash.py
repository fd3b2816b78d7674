"""The trash keeps every event and file; lists, statistics, search and exports leave it out; undo puts
requests back exactly as they were."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services.demo import load_demo
from foiatrack.services.events import NewEvent, delete_event, log_event, update_event
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, set_tags
from foiatrack.services.search import search
from foiatrack.services.statistics import dashboard_lists, status_counts
from foiatrack.services.trash import (
    empty_trash,
    list_trash,
    move_to_trash,
    remove_sample_data,
    restore_from_trash,
)
from foiatrack.services.undo import restore_snapshot, take_snapshot


def _same(events) -> tuple:  # type: ignore[no-untyped-def]
    """Events compared without their version counter (undo is a change like any other: it counts up)."""
    return tuple(replace(e, version=0) for e in events)


def _file(db, subject: str = "Drone flight logs", attach: Path | None = None) -> int:  # type: ignore[no-untyped-def]
    request_id = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject=subject),
                                             sent_on=dt.date(2026, 10, 1)))[0]
    log_event(db, request_id, NewEvent(kind=EventKind.ACKNOWLEDGED, date=dt.date(2026, 10, 5),
                                       details="zeppelin acknowledgement"),
              attachments=[attach] if attach else ())
    return request_id


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "ack.txt"
    path.write_text("We received your request about zeppelins.")
    return path


def test_delete_moves_to_trash_and_restore_brings_back_events_and_files(db, letter: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db, attach=letter)
    before = request_detail(db, request_id)
    assert move_to_trash(db, [request_id]).changed == (request_id,)
    assert [r.id for r in list_requests(db)] == []
    assert sum(status_counts(db).values()) == 0
    assert search(db, "zeppelin") == []
    trashed = list_trash(db)
    assert [(t.id, t.events, t.files) for t in trashed] == [(request_id, 2, 1)]
    assert move_to_trash(db, [request_id]).unchanged == (request_id,)

    assert restore_from_trash(db, [request_id]).changed == (request_id,)
    after = request_detail(db, request_id)
    assert after.events == before.events
    assert after.events[-1].attachments[0].filename == "ack.txt"
    assert [r.id for r in list_requests(db)] == [request_id]
    assert {hit.request_id for hit in search(db, "zeppelin")} == {request_id}


def test_unknown_id_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    with pytest.raises(UserError, match="no request with id 999"):
        move_to_trash(db, [request_id, 999])
    assert list_trash(db) == []


def test_empty_trash_deletes_for_good_and_only_what_is_in_it(db, letter: Path) -> None:  # type: ignore[no-untyped-def]
    gone, kept = _file(db, attach=letter), _file(db, "Other", attach=letter)
    move_to_trash(db, [gone])
    assert empty_trash(db) == 1
    assert list_trash(db) == []
    assert [r.id for r in list_requests(db)] == [kept]
    # the shared file is still there for the request that kept it
    assert request_detail(db, kept).events[-1].attachments[0].filename == "ack.txt"


def test_logging_on_a_trashed_request_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    move_to_trash(db, [request_id])
    with pytest.raises(UserError, match="in the trash"):
        log_event(db, request_id, NewEvent(kind=EventKind.NOTE, date=dt.date(2026, 10, 6)))


def test_sample_data_removed_in_one_step_and_loaded_back(tmp_path: Path) -> None:
    from foiatrack.services.workspace import open_workspace

    db = open_workspace(tmp_path / "demo.db")
    try:
        load_demo(db)
        real = _file(db)
        assert remove_sample_data(db) == 21
        assert [r.id for r in list_requests(db)] == [real]
        lists = dashboard_lists(db)
        assert sum(lists.status_counts.values()) == 1
        result = load_demo(db)
        assert result.added == 20 and result.already_present == 0
        assert len(list_requests(db)) == 22
    finally:
        db.close()


def test_undo_of_logging_editing_deleting_an_event(db, letter: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db, attach=letter)
    original = request_detail(db, request_id)
    snapshot = take_snapshot(db, [request_id])
    event = log_event(db, request_id, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 10, 20),
                                               outcome=Outcome.FULL_GRANT))
    assert request_detail(db, request_id).request.status.value == "granted"
    restore_snapshot(db, snapshot)
    assert _same(request_detail(db, request_id).events) == _same(original.events)
    assert request_detail(db, request_id).request.status == original.request.status

    acknowledged = original.events[-1]
    snapshot = take_snapshot(db, [request_id])
    update_event(db, acknowledged.id, NewEvent(kind=EventKind.NOTE, date=dt.date(2026, 10, 7)),
                 expected_version=acknowledged.version)
    restore_snapshot(db, snapshot)
    assert _same(request_detail(db, request_id).events) == _same(original.events)

    snapshot = take_snapshot(db, [request_id])
    restored = next(e for e in request_detail(db, request_id).events if e.id == acknowledged.id)
    delete_event(db, acknowledged.id, expected_version=restored.version)  # as read after the undo
    assert len(request_detail(db, request_id).events) == 1
    restore_snapshot(db, snapshot)
    restored = request_detail(db, request_id)
    assert _same(restored.events) == _same(original.events)
    assert restored.events[-1].attachments[0].filename == "ack.txt"
    assert {hit.request_id for hit in search(db, "zeppelins")} == {request_id}
    del event


def test_undo_of_tagging_deleting_and_filing(db) -> None:  # type: ignore[no-untyped-def]
    first, second = _file(db), _file(db, "Second")
    snapshot = take_snapshot(db, [first, second])
    set_tags(db, [first, second], add=("urgent",))
    restore_snapshot(db, snapshot)
    assert all(r.tags == () for r in list_requests(db))

    snapshot = take_snapshot(db, [first, second])
    move_to_trash(db, [first, second])
    restore_snapshot(db, snapshot)
    assert {r.id for r in list_requests(db)} == {first, second}

    snapshot = take_snapshot(db, [second + 1])
    (third,) = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Third")))
    assert third == second + 1
    restore_snapshot(db, snapshot)
    assert [t.id for t in list_trash(db)] == [third]


def test_moving_to_the_trash_and_back_is_in_the_audit_trail(db) -> None:  # type: ignore[no-untyped-def]
    from foiatrack.services.queries import audit_trail

    request_id = _file(db)
    move_to_trash(db, [request_id])
    restore_from_trash(db, [request_id])
    entries = audit_trail(db, request_id)
    assert [e.action for e in entries] == ["request moved to trash", "request restored"]
    assert all(e.actor for e in entries)
    from foiatrack.ui.timeline import audit_text

    shown = audit_text(entries).splitlines()
    assert shown[0].endswith(f"Request moved to trash by {entries[0].actor}")
    assert shown[1].endswith(f"Request restored by {entries[1].actor}")


def test_an_undo_that_would_take_away_a_later_change_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    """Undo puts requests back as they were; if anything happened to them after the change being undone
    (a note, an attachment, a tag, an edit), nothing is undone."""
    from foiatrack.core.errors import ConflictError
    from foiatrack.services.undo import state_tokens

    [request_id] = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Logs"),
                                               sent_on=dt.date(2026, 10, 1)))
    snapshot = take_snapshot(db, [request_id])
    log_event(db, request_id, NewEvent(kind=EventKind.ACKNOWLEDGED, date=dt.date(2026, 10, 5)))
    after = state_tokens(db, [request_id])
    note = log_event(db, request_id, NewEvent(kind=EventKind.NOTE, date=dt.date(2026, 10, 6), summary="called"))
    assert state_tokens(db, [request_id]) != after  # a note moves no request column, but it is seen
    with pytest.raises(ConflictError, match="nothing was undone"):
        restore_snapshot(db, snapshot, unchanged_since=after, label="Log acknowledgement")
    assert [e.kind for e in request_detail(db, request_id).events][-2:] == [EventKind.ACKNOWLEDGED, EventKind.NOTE]
    delete_event(db, note.id, expected_version=note.version)
    set_tags(db, [request_id], add=("police",))
    assert state_tokens(db, [request_id]) != after  # a tag is seen too
    restore_snapshot(db, snapshot, unchanged_since=state_tokens(db, [request_id]))
    assert [e.kind for e in request_detail(db, request_id).events] == [EventKind.SUBMITTED]

"""Undo: a snapshot of requests taken before a change, and putting them back as they were.

One mechanism serves every change a user can undo (logging, editing or deleting an event, editing,
filing or deleting a request, tagging): before the change the caller takes a :class:`Snapshot` of the
requests it touches; undoing restores each request's own fields, tags, events and attachments from it, in
one transaction, and recomputes the derived dates. Files are stored once by content (blobs) and kept when
an event is deleted, so an attachment comes back with its event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from foiatrack.core.errors import ConflictError, UserError
from foiatrack.services.dashboard_read import TAG_SEPARATOR
from foiatrack.services.derive import refresh_request
from foiatrack.services.events import lock_requests
from foiatrack.store.database import Database
from foiatrack.store.schema import (
    AttachmentRow,
    AttachmentTextRow,
    Base,
    BlobRow,
    EventRow,
    RequestRow,
    TagRow,
    table_of,
)

# The request's own columns restored by undo; the derived cache is recomputed, the version counter
# moves on (undo is a change like any other for other windows watching the database).
_REQUEST_SKIP = {"id", "version", "status", "sent_on", "tracking_number", "response_due", "extended_due", "due_date",
                 "appeal_due", "appeal_decision_due", "may_sue_from", "rules_version", "updated_at"}


@dataclass(frozen=True, slots=True)
class RequestState:
    request_id: int
    exists: bool
    columns: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    events: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The state of some requests at one moment (what undo returns them to)."""

    requests: tuple[RequestState, ...]

    @property
    def request_ids(self) -> tuple[int, ...]:
        return tuple(state.request_id for state in self.requests)


def _columns(row: Base, skip: Iterable[str] = ()) -> dict[str, Any]:
    table = table_of(type(row))
    return {c.key: getattr(row, c.key) for c in table.columns if c.key not in skip and c.key != "search_vector"}


def take_snapshot(db: Database, request_ids: Iterable[int]) -> Snapshot:
    """The current state of *request_ids*; an id with no request yet is recorded as absent."""
    states = []
    with db.read_session() as session:
        for request_id in dict.fromkeys(request_ids):
            row = session.get(RequestRow, request_id)
            if row is None:
                states.append(RequestState(request_id, exists=False))
                continue
            events = []
            for event in session.scalars(select(EventRow).where(EventRow.request_id == request_id)):
                attachments = []
                for attachment in event.attachments:
                    text = session.get(AttachmentTextRow, attachment.id)
                    attachments.append({**_columns(attachment), "text": text.text if text else None})
                events.append({**_columns(event), "attachments": tuple(attachments)})
            states.append(RequestState(request_id, True, _columns(row, _REQUEST_SKIP),
                                       tuple(t.tag for t in row.tags), tuple(events)))
    return Snapshot(tuple(states))


def new_request_ids_after(db: Database) -> int:
    """The largest request id now: requests filed after this have larger ids (for undoing "New request")."""
    with db.read_session() as session:
        return session.scalar(select(RequestRow.id).order_by(RequestRow.id.desc()).limit(1)) or 0


def state_tokens(db: Database, request_ids: Iterable[int]) -> dict[int, str]:
    """What each request is now, in a word: taken right after a change, it says whether anything has
    happened to the request since (see :func:`restore_snapshot`)."""
    with db.read_session() as session:
        return {request_id: _token(session, request_id) for request_id in dict.fromkeys(request_ids)}


def _token(session: Session, request_id: int) -> str:
    """The request's version, trash mark and tags, and every event's and attachment's id and version: a
    note logged by another window moves no request column (so not the request's version), but it adds an
    event id here."""
    row = session.get(RequestRow, request_id)
    if row is None:
        return "absent"
    events = session.execute(select(EventRow.id, EventRow.version).where(EventRow.request_id == request_id)
                             .order_by(EventRow.id)).all()
    attachments = session.scalars(select(AttachmentRow.id).join(EventRow, AttachmentRow.event_id == EventRow.id)
                                  .where(EventRow.request_id == request_id).order_by(AttachmentRow.id)).all()
    tags = sorted(tag.tag for tag in row.tags)
    return f"{row.version}|{row.deleted_at}|{[tuple(e) for e in events]}|{list(attachments)}|{tags}"


def restore_snapshot(db: Database, snapshot: Snapshot, *, unchanged_since: Mapping[int, str] | None = None,
                     label: str = "this change") -> tuple[int, ...]:
    """Put the snapshot's requests back as they were (one transaction); returns their ids.

    A request that did not exist at the snapshot (it was filed since) goes to the trash, from which it can
    still be restored. A request deleted for good since (the trash was emptied) cannot come back.

    Args:
        unchanged_since: each request's :func:`state_tokens` right after the change being undone. If any
            request has changed since (an event logged from the command line, by another user, through
            Add correspondence), nothing is undone (ConflictError): putting the request back would
            silently take that later change away too.
        label: the change's name, for that message.
    """
    with db.session() as session:
        lock_requests(session, [state.request_id for state in snapshot.requests])
        for request_id, token in (unchanged_since or {}).items():
            if _token(session, request_id) != token:
                raise ConflictError(
                    f"request {request_id}: it has changed since \u201c{label}\u201d (an event or an edit made "
                    "elsewhere: the command line, another window or user, or a letter read in); undoing "
                    "it would also take that change away, so nothing was undone", field="request")
        for state in snapshot.requests:
            row = session.get(RequestRow, state.request_id)
            if not state.exists:
                if row is not None and row.deleted_at is None:
                    row.deleted_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
                continue
            if row is None:
                raise UserError(f"request {state.request_id}: it was deleted for good (the trash was emptied); "
                                "this change can no longer be undone", field="request")
            _restore_request(session, row, state)
    return snapshot.request_ids


def _restore_request(session: Session, row: RequestRow, state: RequestState) -> None:
    for key, value in state.columns.items():
        setattr(row, key, value)
    if tuple(t.tag for t in row.tags) != state.tags:
        row.tags = [TagRow(tag=t) for t in state.tags]
    row.tags_text = TAG_SEPARATOR.join(state.tags)
    row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    session.flush()
    session.expire(row, ["agency"])  # the agency may have changed back
    wanted = {e["id"]: e for e in state.events}
    current = {e.id: e for e in row.events}
    for event_id, unwanted in current.items():
        if event_id not in wanted:
            row.events.remove(unwanted)
    session.flush()
    for event_id, values in wanted.items():
        event = current.get(event_id)
        columns = {k: v for k, v in values.items() if k != "attachments"}
        if event is None:
            event = EventRow(**columns)
            row.events.append(event)
        else:
            for key, value in columns.items():
                if key != "version":  # the version counter moves on (SQLAlchemy's version_id_col)
                    setattr(event, key, value)
        session.flush()
        _restore_attachments(session, event, values["attachments"])
    session.flush()
    session.expire(row, ["events"])
    refresh_request(session, row)


def _restore_attachments(session: Session, event: EventRow, attachments: tuple[dict[str, Any], ...]) -> None:
    wanted = {a["id"]: a for a in attachments}
    for attachment in list(event.attachments):
        if attachment.id not in wanted:
            event.attachments.remove(attachment)
    present = {a.id for a in event.attachments}
    for attachment_id, values in wanted.items():
        if attachment_id in present:
            continue
        if session.get(BlobRow, values["sha256"]) is None:
            raise UserError(f"attachment {values['filename']}: its file is no longer stored; this change can no "
                            "longer be undone", field="attachment")
        columns = {k: v for k, v in values.items() if k != "text"}
        session.add(AttachmentRow(**columns))
        session.flush()
        if values["text"]:
            session.add(AttachmentTextRow(attachment_id=attachment_id, text=values["text"]))
    session.flush()
    session.expire(event, ["attachments"])

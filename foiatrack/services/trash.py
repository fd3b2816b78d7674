"""The trash: deleting a request moves it here with every event and file; it can be restored until the
trash is emptied.

A request in the trash keeps its row (``deleted_at`` is set), so restoring is exact. Every list,
statistic, search and export leaves such rows out (see :mod:`foiatrack.services.queries`). Emptying the
trash deletes the rows for good, with their events and attachments, and the stored files no other
attachment uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from foiatrack.core.errors import NotFoundError, UserError
from foiatrack.store.audit import record
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, AttachmentRow, BlobRow, EventRow, RequestRow


@dataclass(frozen=True, slots=True)
class TrashedRequest:
    """One request in the trash, with what would be lost by emptying it."""

    id: int
    subject: str
    agency: str
    status: str
    deleted_at: dt.datetime
    events: int
    files: int
    is_sample: bool

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "subject": self.subject, "agency": self.agency, "status": self.status,
                "deleted_at": self.deleted_at.isoformat(timespec="seconds"), "events": self.events,
                "files": self.files, "sample": self.is_sample}


@dataclass(frozen=True, slots=True)
class TrashChange:
    """What a trash operation did: the requests it changed and those that needed nothing."""

    changed: tuple[int, ...]
    unchanged: tuple[int, ...] = ()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _rows(session: Session, ids: Iterable[int]) -> list[RequestRow]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise UserError("id: name at least one request", field="id")
    rows = {row.id: row for row in session.scalars(select(RequestRow).where(RequestRow.id.in_(wanted)))}
    missing = [i for i in wanted if i not in rows]
    if missing:
        listed = ", ".join(str(i) for i in missing)
        raise NotFoundError(f"id: no request with id {listed}; `foiatrack list` and `foiatrack trash` show the ids",
                            field="id")
    return [rows[i] for i in wanted]


def move_to_trash(db: Database, request_ids: Iterable[int]) -> TrashChange:
    """Move requests to the trash (one transaction; all or nothing). Events and files are kept."""
    with db.session() as session:
        rows = _rows(session, request_ids)
        now = _now()
        changed = []
        for row in rows:
            if row.deleted_at is None:
                row.deleted_at = now
                row.updated_at = now
                record(session, request_id=row.id, action="request moved to trash", changes={})
                changed.append(row.id)
        return TrashChange(tuple(changed), tuple(r.id for r in rows if r.id not in changed))


def restore_from_trash(db: Database, request_ids: Iterable[int]) -> TrashChange:
    """Bring requests back from the trash exactly as they were."""
    with db.session() as session:
        rows = _rows(session, request_ids)
        changed = []
        for row in rows:
            if row.deleted_at is not None:
                row.deleted_at = None
                row.updated_at = _now()
                record(session, request_id=row.id, action="request restored", changes={})
                changed.append(row.id)
        return TrashChange(tuple(changed), tuple(r.id for r in rows if r.id not in changed))


def list_trash(db: Database) -> list[TrashedRequest]:
    """What is in the trash, most recently deleted first."""
    events = (select(EventRow.request_id, func.count().label("n")).group_by(EventRow.request_id).subquery())
    files = (select(EventRow.request_id, func.count(AttachmentRow.id).label("n"))
             .join(AttachmentRow, AttachmentRow.event_id == EventRow.id).group_by(EventRow.request_id).subquery())
    query = (select(RequestRow.id, RequestRow.subject, AgencyRow.name, RequestRow.status, RequestRow.deleted_at,
                    func.coalesce(events.c.n, 0), func.coalesce(files.c.n, 0), RequestRow.is_sample)
             .join(AgencyRow, AgencyRow.id == RequestRow.agency_id)
             .outerjoin(events, events.c.request_id == RequestRow.id)
             .outerjoin(files, files.c.request_id == RequestRow.id)
             .where(RequestRow.deleted_at.is_not(None))
             .order_by(RequestRow.deleted_at.desc(), RequestRow.id.desc()))
    with db.read_session() as session:
        return [TrashedRequest(*row) for row in session.execute(query)]


def trash_count(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(RequestRow)
                              .where(RequestRow.deleted_at.is_not(None))) or 0


def empty_trash(db: Database, request_ids: Iterable[int] | None = None) -> int:
    """Delete requests in the trash for good (all of them, or those of *request_ids*); returns how many.

    Files no remaining attachment refers to are deleted too, so the database shrinks by what was removed.
    """
    with db.session() as session:
        query = select(RequestRow).where(RequestRow.deleted_at.is_not(None))
        if request_ids is not None:
            wanted = list(request_ids)
            rows = _rows(session, wanted)
            live = [r.id for r in rows if r.deleted_at is None]
            if live:
                raise UserError(f"id: request {live[0]} is not in the trash; delete it first", field="id")
            query = query.where(RequestRow.id.in_(wanted))
        rows = list(session.scalars(query))
        if not rows:
            return 0
        ids = [row.id for row in rows]
        hashes = set(session.scalars(select(AttachmentRow.sha256).join(EventRow, EventRow.id == AttachmentRow.event_id)
                                     .where(EventRow.request_id.in_(ids))))
        for row in rows:
            session.delete(row)
        session.flush()
        if hashes:  # only the files of what was deleted, and only those nothing else still uses
            still_used = select(AttachmentRow.sha256).where(AttachmentRow.sha256.in_(hashes))
            session.execute(delete(BlobRow).where(BlobRow.sha256.in_(hashes), BlobRow.sha256.not_in(still_used)))
        return len(rows)


def remove_sample_data(db: Database) -> int:
    """Move every sample request (from ``foiatrack demo``) to the trash in one step; returns how many."""
    with db.session() as session:
        rows = list(session.scalars(select(RequestRow).where(RequestRow.is_sample.is_(True),
                                                             RequestRow.deleted_at.is_(None))))
        now = _now()
        for row in rows:
            row.deleted_at = now
            row.updated_at = now
        return len(rows)


def sample_request_ids(db: Database) -> list[int]:
    """The sample requests outside the trash."""
    with db.read_session() as session:
        return list(session.scalars(select(RequestRow.id).where(RequestRow.is_sample.is_(True),
                                                                RequestRow.deleted_at.is_(None))))


def require_not_trashed(row: RequestRow) -> None:
    """Refuse changes to a request in the trash: restore it first."""
    if row.deleted_at is not None:
        raise UserError(f"request {row.id}: it is in the trash; restore it first (`foiatrack undelete {row.id}`)",
                        field="request")

"""What a user typically does before the dashboard refreshes: log one event on one request, or edit one.

Shared by bench/run.py (the services) and bench/gui_child.py (the app). Each change goes to a request of
another agency in turn, still waiting for the agency, so each one moves some figure (the agency's first
responses, the lists) and each refresh has one agency's requests changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import RequestFields, update_request
from foiatrack.store.database import Database
from foiatrack.store.schema import RequestRow


def waiting_requests(db: Database, count: int) -> list[int]:
    """*count* requests awaiting the agency (outside the trash), one agency after another."""
    with db.read_session() as session:
        rows = session.execute(select(RequestRow.id, RequestRow.agency_id).where(
            RequestRow.status.in_(("submitted", "acknowledged")), RequestRow.deleted_at.is_(None))
            .order_by(RequestRow.id)).all()
    by_agency: dict[int, list[int]] = {}
    for request_id, agency_id in rows:
        by_agency.setdefault(agency_id, []).append(request_id)
    chosen: list[int] = []
    rank = 0
    while len(chosen) < count and any(len(ids) > rank for ids in by_agency.values()):
        chosen.extend(ids[rank] for ids in by_agency.values() if len(ids) > rank)
        rank += 1
    return chosen


def log_one(db: Database, candidates: list[int], day: dt.date) -> int:
    """Log an interim release dated *day* on the first of *candidates* that takes it (one whose events
    end later than *day* refuses it); the request changed."""
    while candidates:
        request_id = candidates.pop(0)
        try:
            log_event(db, request_id, NewEvent(kind=EventKind.INTERIM_RELEASE, date=day, pages_released=3))
        except UserError:
            continue
        return request_id
    raise RuntimeError("no request left to log an event on")


def edit_one(db: Database, request_id: int) -> int:
    """Edit the request as its form would: every field as it is, the notes with one line more."""
    request = request_detail(db, request_id).request
    values = {field.name: getattr(request, field.name) for field in dataclasses.fields(RequestFields)}
    values["notes"] = (values["notes"] + "\nChased by phone.").strip()
    update_request(db, request_id, RequestFields(**values), expected_version=request.version)
    return request_id

"""Logging, editing and deleting events. Each call is one transaction that also refreshes the request's
derived status and deadlines, so the cache is never stale."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from foiatrack.core.dates import check_date_range
from foiatrack.core.errors import ConflictError, NotFoundError, UserError
from foiatrack.core.event_kinds import EVENT_FIELDS, KINDS
from foiatrack.core.event_order import check_event_order
from foiatrack.core.exemptions import parse_exemptions
from foiatrack.core.limits import MAX_LONG_TEXT, MAX_TRACKING, check_amount, check_text, check_whole_number
from foiatrack.core.models import Event
from foiatrack.services.attachments import FileContent, read_file, store_attachment
from foiatrack.services.derive import refresh_request
from foiatrack.services.requests import load_request_row
from foiatrack.services.search import NotExtracted, extract_text
from foiatrack.services.trash import require_not_trashed
from foiatrack.store.audit import actor, differences, os_user, record
from foiatrack.store.convert import EXEMPTION_SEPARATOR, to_event
from foiatrack.store.database import Database
from foiatrack.store.errors import retry_transient
from foiatrack.store.schema import EventRow, RequestRow

# An event about to be logged is an Event with id 0 (one value type for every layer); the name stays for
# the callers that build one.
NewEvent = Event


def validate_event(new: NewEvent, jurisdiction: str | None = None) -> NewEvent:
    """Check the fields the kind needs; raise a UserError naming the field otherwise.

    Exemptions are read by the one parser (:mod:`foiatrack.core.exemptions`); *jurisdiction* is the
    request's, so a state request may cite its own law ("Gov. Code § 7927.705") and a federal one may not.
    """
    check_date_range(new.date, "date")
    if new.date > dt.date.today() + dt.timedelta(days=366):
        raise UserError(f"date: {new.date.isoformat()} is more than a year ahead; events record what happened",
                        field="date")
    kind = new.kind
    spec = KINDS[kind]
    for name, message in spec.required.items():
        value = getattr(new, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise UserError(f"{name}: {message}", field=name)
    if new.outcome is not None and "outcome" in spec.fields and new.outcome not in spec.outcomes:
        raise UserError(f"outcome: a {kind.label.lower()} cannot be '{new.outcome.value}'; use one of: "
                        + ", ".join(o.value for o in spec.outcomes), field="outcome")
    if new.received is not None:
        check_date_range(new.received, "received")
        if new.received > new.date:
            raise UserError(f"received: {new.received.isoformat()} is after the event's date "
                            f"{new.date.isoformat()}; the agency cannot confirm a receipt before it happens",
                            field="received")
    if new.expected_by is not None:
        check_date_range(new.expected_by, "expected_by")
        if new.expected_by < new.date:
            raise UserError(f"expected_by: {new.expected_by.isoformat()} is before the event's date "
                            f"{new.date.isoformat()}; give the completion date the agency stated",
                            field="expected_by")
    if new.appeal_number is not None and len(new.appeal_number.strip()) > 100:
        raise UserError("appeal_number: at most 100 characters", field="appeal_number")
    for name in ("pages_released", "pages_withheld", "extension_days"):
        value = getattr(new, name)
        if value is not None and value < 0:
            raise UserError(f"{name}: cannot be negative", field=name)
        check_whole_number(value, name)
    if new.extension_days is not None and new.extension_days > 366:
        raise UserError("extension_days: more than a year is not an extension a law allows", field="extension_days")
    if new.amount is not None and new.amount < 0:
        raise UserError("amount: cannot be negative", field="amount")
    check_amount(new.amount, "amount")
    check_text(new.details, "details", max_length=MAX_LONG_TEXT)
    check_text(new.summary, "summary", max_length=MAX_LONG_TEXT)
    if len(new.summary) > 500:
        raise UserError("summary: at most 500 characters; put the rest in details", field="summary")
    for name in ("tracking_number", "appeal_number"):
        check_text((getattr(new, name) or "").strip(), name, max_length=MAX_TRACKING, single_line=True)
    exemptions = tuple(parse_exemptions(new.exemptions, jurisdiction=jurisdiction))
    return replace(new, summary=new.summary.strip(), tracking_number=(new.tracking_number or "").strip() or None,
                   exemptions=exemptions, appeal_number=(new.appeal_number or "").strip() or None)


def _author(session: Session, given: str) -> str:
    """Who logged the event: on a server always the database role (it is what the server checked); on a
    local file the name given, else the operating-system user."""
    if session.get_bind().dialect.name == "postgresql":
        return actor(session)
    return given or os_user()


def _default_summary(new: NewEvent) -> str:
    if new.summary:
        return new.summary
    parts = [new.kind.label]
    if new.outcome is not None:
        parts.append(f"({new.outcome.label.lower()})")
    if new.tracking_number:
        parts.append(new.tracking_number)
    if new.appeal_number:
        parts.append(f"no. {new.appeal_number}")
    if new.received is not None:
        parts.append(f"(received {new.received.isoformat()})")
    if new.expected_by is not None:
        parts.append(f"(expected by {new.expected_by.isoformat()})")
    if new.amount is not None:
        parts.append(f"${new.amount:,.2f}")
    return " ".join(parts)


def event_row_values(new: NewEvent) -> dict[str, object]:
    """The ``events`` columns for a validated event (logging, the sample data and imports share it)."""
    return {
        "date": new.date,
        "kind": new.kind.value,
        "direction": new.direction.value,
        "summary": _default_summary(new),
        "details": new.details,
        "tracking_number": new.tracking_number,
        "amount": new.amount,
        "pages_released": new.pages_released,
        "pages_withheld": new.pages_withheld,
        "exemptions": EXEMPTION_SEPARATOR.join(new.exemptions),
        "outcome": new.outcome.value if new.outcome else None,
        "extension_days": new.extension_days,
        "received": new.received,
        "appeal_number": new.appeal_number,
        "expected_by": new.expected_by,
    }


def new_event_row(session: Session, new: Event, jurisdiction: str | None = None) -> EventRow:
    """The row for *new*, validated and signed by who logged it (filing a request adds its first events
    through this, as logging does)."""
    cleaned = validate_event(new, jurisdiction)
    return EventRow(created_by=_author(session, cleaned.created_by), **event_row_values(cleaned))


def log_event(db: Database, request_id: int, new: NewEvent, attachments: Sequence[str | os.PathLike[str]] = (),
              contents: Sequence[FileContent] = ()) -> Event:
    """Record *new* on the request, with files attached, and refresh its status and deadlines."""
    return log_events(db, [request_id], new, attachments, contents)[0]


def log_events(db: Database, request_ids: list[int], new: NewEvent,
               attachments: Sequence[str | os.PathLike[str]] = (),
               contents: Sequence[FileContent] = ()) -> list[Event]:
    """Record the same event on several requests at once (e.g. one appeal letter covering a batch)."""
    validate_event(replace(new, exemptions=()))  # everything but the exemptions, read per request below
    files = [read_file(path) for path in attachments] + list(contents)  # read before writing anything
    texts = [_searchable_text(f) for f in files]
    return _log_events(db, request_ids, new, files, texts)


@retry_transient
def _log_events(db: Database, request_ids: list[int], new: NewEvent, files: list[FileContent],
                texts: list[str | NotExtracted | None]) -> list[Event]:
    results = []
    with db.session() as session:
        lock_requests(session, request_ids)
        author = _author(session, new.created_by)
        for request_id in request_ids:
            row = load_request_row(session, request_id, for_update=True)
            require_not_trashed(row)
            cleaned = validate_event(new, row.jurisdiction)
            _check_order(row.events, cleaned)
            event = EventRow(created_by=author, **event_row_values(cleaned))
            row.events.append(event)
            session.flush()
            for content, extracted in zip(files, texts, strict=True):
                store_attachment(session, event.id, content, extracted)
            session.flush()
            refresh_request(session, row)
            session.refresh(event)
            results.append(to_event(event))
    return results


def _check_order(rows: Sequence[EventRow], new: NewEvent, event_id: int = 0) -> list[str]:
    """The one order check (:mod:`foiatrack.core.event_order`) for the request's events with *new*."""
    existing = [to_event(e, with_attachments=False) for e in rows]
    return check_event_order(existing, replace(new, id=event_id))


def lock_requests(session: Session, request_ids: Sequence[int]) -> None:
    """Lock the requests' rows in id order (PostgreSQL), so that two writers touching the same requests
    in different orders queue up instead of deadlocking. SQLite's write transaction already holds the
    whole database."""
    if session.get_bind().dialect.name == "postgresql" and request_ids:
        session.execute(select(RequestRow.id).where(RequestRow.id.in_(sorted(set(request_ids))))
                        .order_by(RequestRow.id).with_for_update())


_AUDITED = ("date", "kind", "direction", "summary", "details", *EVENT_FIELDS)


def _event_values(event: EventRow) -> dict[str, object]:
    return {name: getattr(event, name) for name in _AUDITED}


def _conflict(event_id: int) -> ConflictError:
    return ConflictError(f"event {event_id}: it was changed elsewhere since you opened it; reload the request to "
                         "see the other change, then apply yours again")


@retry_transient
def update_event(db: Database, event_id: int, new: NewEvent, *, expected_version: int) -> Event:
    """Save an edited event; refused (ConflictError) if anyone saved it since *expected_version* was read."""
    validate_event(replace(new, exemptions=()))
    try:
        with db.session() as session:
            event = _locked_event(session, event_id)
            if event.version != expected_version:
                raise _conflict(event_id)
            cleaned = validate_event(new, event.request.jurisdiction)
            _check_order(event.request.events, cleaned, event.id)
            before = _event_values(event)
            for key, value in event_row_values(cleaned).items():
                setattr(event, key, value)
            changes = differences(before, _event_values(event))
            if changes:
                record(session, request_id=event.request_id, event_id=event.id, action="event edited",
                       changes=changes)
            session.flush()
            refresh_request(session, event.request)
            session.flush()
            return to_event(event)
    except StaleDataError:
        raise _conflict(event_id) from None


def _locked_event(session: Session, event_id: int) -> EventRow:
    """The event, after locking its request (the request first: the same order as logging uses)."""
    request_id = session.scalar(select(EventRow.request_id).where(EventRow.id == event_id))
    if request_id is None:
        raise NotFoundError(f"event: no event with id {event_id}", field="event")
    load_request_row(session, request_id, for_update=True)
    event = session.get(EventRow, event_id, populate_existing=True)
    if event is None:
        raise NotFoundError(f"event: no event with id {event_id} (it was deleted elsewhere)", field="event")
    return event


def _searchable_text(content: FileContent) -> str | NotExtracted | None:
    if content.text is not None:
        return content.text
    try:
        return extract_text(content.filename, content.media_type, content.data)
    except NotExtracted as failure:  # the file attaches all the same, marked "text not extracted"
        return failure


def add_attachments(db: Database, event_id: int, paths: Sequence[str | os.PathLike[str]],
                    contents: Sequence[FileContent] = ()) -> Event:
    files = [read_file(path) for path in paths] + list(contents)
    texts = [_searchable_text(f) for f in files]
    with db.session() as session:
        event = session.get(EventRow, event_id)
        if event is None:
            raise NotFoundError(f"event: no event with id {event_id}", field="event")
        for content, extracted in zip(files, texts, strict=True):
            store_attachment(session, event.id, content, extracted)
        session.flush()
        session.refresh(event)
        return to_event(event)


@retry_transient
def delete_event(db: Database, event_id: int, *, expected_version: int,
                 expected_request_version: int | None = None) -> None:
    """Delete an event (recorded in the request's audit trail); refused (ConflictError) if anyone saved
    it since *expected_version* was read: a deletion must not throw away an edit its author never saw."""
    with db.session() as session:
        event = _locked_event(session, event_id)
        request = event.request
        if expected_request_version is not None and request.version != expected_request_version:
            raise ConflictError(f"request {request.id}: it was changed elsewhere; reload before deleting")
        if event.version != expected_version:
            raise _conflict(event_id)
        record(session, request_id=request.id, event_id=event.id, action="event deleted",
               changes={key: [pair[1], None] for key, pair in differences({}, _event_values(event)).items()
                        if pair[1] not in (None, "")})
        request.events.remove(event)
        session.flush()
        refresh_request(session, request)

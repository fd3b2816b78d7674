"""Exporting requests (CSV, XLSX) and the deadline calendar (.ics): reading the database in bulk.

Requests and events are read with one query each, as a stream (rows go to the file as they are read),
so a 50,000-request export keeps little in memory: the request keys, which the events refer to.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from foiatrack.core.deadlines import Deadlines
from foiatrack.core.errors import UserError
from foiatrack.core.models import Event
from foiatrack.exchange.ics import CalendarItem
from foiatrack.services.derive import derive
from foiatrack.services.exchange.common import database_uid, request_key
from foiatrack.services.jurisdictions import load_rules_context
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, EventRow, RequestRow


@dataclass(frozen=True, slots=True)
class ExportResult:
    files: tuple[str, ...]
    requests: int
    events: int

    def to_json(self) -> dict[str, object]:
        return {"files": list(self.files), "requests": self.requests, "events": self.events}


def export_file(db: Database, path: str | os.PathLike[str], *, include_sample: bool = True) -> ExportResult:
    """Export every request by the suffix of *path*: ``.csv`` (plus ``<name>-events.csv``), ``.xlsx``
    (sheets Requests and Events) or ``.ics`` (the open deadlines, see :func:`export_calendar`).

    Raises:
        UserError: an unknown suffix, or the file cannot be written.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".ics":
        return export_calendar(db, target, include_sample=include_sample)
    if suffix not in (".csv", ".xlsx"):
        raise UserError(f"{target.name}: export writes .csv, .xlsx or .ics files; end the name with one of them",
                        field="file")
    from foiatrack.exchange.export import write_export

    uid = database_uid(db)
    with db.read_session() as session:
        connection = session.connection()
        requests = _export_requests(connection, uid, include_sample)
        events = _export_events(connection, uid, include_sample)
        files, request_count, event_count = write_export(target, requests, events)
    return ExportResult(tuple(str(f) for f in files), request_count, event_count)


def _exported(query: Select[Any], include_sample: bool) -> Select[Any]:
    """*query* (which reads the requests table) kept to the requests an export holds."""
    r = RequestRow.__table__.c
    query = query.where(r.deleted_at.is_(None))
    return query if include_sample else query.where(r.is_sample.is_(False))


def _export_requests(connection: Any, uid: str, include_sample: bool) -> Iterator[tuple[Any, ...]]:
    """The requests as rows of the export's REQUEST_COLUMNS, in its order: one query, the derived status
    and deadlines read from the columns kept on each request, the agency joined, the tags from their
    cached text. Plain rows, not mappings or objects: this reads every request."""
    r = RequestRow.__table__.c
    query = (select(r.id, r.external_key, r.batch_id, AgencyRow.name, r.jurisdiction, r.subject,
                    r.records_sought, r.records_from, r.records_to, r.requester_name, r.requester_organisation,
                    r.delivery_method, r.fee_category, r.fee_limit, r.fee_waiver_requested,
                    r.fee_waiver_justification, r.expedite_requested, r.expedite_justification,
                    r.preferred_format, r.tags_text, r.notes, r.is_sample, r.status, r.sent_on, r.tracking_number,
                    r.response_due, r.extended_due, r.due_date, r.appeal_due, r.appeal_decision_due,
                    r.may_sue_from)
             .join(AgencyRow, AgencyRow.id == r.agency_id).order_by(r.id))
    batches: dict[int, str] = {}
    for (request_id, external_key, batch_id, agency, jurisdiction, subject, records_sought, records_from,
         records_to, requester_name, requester_organisation, delivery_method, fee_category, fee_limit,
         fee_waiver_requested, fee_waiver_justification, expedite_requested, expedite_justification,
         preferred_format, tags, notes, is_sample, *derived) in connection.execute(_exported(query, include_sample)):
        key = request_key(uid, request_id, external_key)
        batch = None
        if batch_id is not None:
            batch = batches.setdefault(batch_id, f"batch-{len(batches) + 1}")
        yield (key, agency, jurisdiction, subject, records_sought, records_from, records_to, requester_name,
               requester_organisation, delivery_method, fee_category, fee_limit, bool(fee_waiver_requested),
               fee_waiver_justification, bool(expedite_requested), expedite_justification, preferred_format,
               tags, notes, batch, bool(is_sample), *derived)


def _export_events(connection: Any, uid: str, include_sample: bool) -> Iterator[tuple[Any, ...]]:
    """The events of the exported requests as rows of EVENT_COLUMNS, in one query: the request's key is
    made again from its id, not remembered from the requests, so memory does not grow with them."""
    from foiatrack.exchange.export import EVENT_COLUMNS

    e, r = EventRow.__table__.c, RequestRow.__table__.c
    query = (select(e.request_id, r.external_key, *(e[name] for name, _ in EVENT_COLUMNS[1:]))
             .join(RequestRow.__table__, r.id == e.request_id).order_by(e.request_id, e.date, e.id))
    for request_id, external_key, *values in connection.execute(_exported(query, include_sample)):
        yield (request_key(uid, request_id, external_key), *values)


# -- calendar -------------------------------------------------------------------------------------------

_AWAITING = ("submitted", "acknowledged", "in_progress", "released_in_part")
_CALENDAR_DATES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_AWAITING, ("response_due", "extended_due", "follow_up")),
    "appealed": ("appeal_decision_due",),
    **dict.fromkeys(("denied", "partially_granted", "no_records"), ("appeal_due",)),
}


def calendar_items(db: Database, *, include_sample: bool = True) -> list[CalendarItem]:
    """Every open deadline: the agency's response (and extended) dates while it owes a determination,
    the appeal decision date while an appeal is pending, the requester's appeal deadline after an
    adverse determination. Past dates are included: an overdue deadline is still open."""
    r = RequestRow.__table__.c
    query = (select(r.id, r.subject, r.jurisdiction, r.status, r.version, r.updated_at, r.expedite_requested,
                    r.tracking_number, AgencyRow.name, AgencyRow.abbreviation, AgencyRow.rule_overrides)
             .join(AgencyRow, AgencyRow.id == r.agency_id)
             .where(r.status.in_(list(_CALENDAR_DATES)), r.deleted_at.is_(None))
             .order_by(r.id))
    if not include_sample:
        query = query.where(r.is_sample.is_(False))
    items: list[CalendarItem] = []
    with db.read_session() as session:
        context = load_rules_context(session)
        rows = session.execute(query).all()
        for start in range(0, len(rows), 500):
            part = rows[start:start + 500]
            events = _events_of(session, [row.id for row in part])
            for row in part:
                derived = derive(context, row.jurisdiction, json.loads(row.rule_overrides or "{}"),
                                 events.get(row.id, []), row.expedite_requested)
                if derived.deadlines is not None:
                    items.extend(_items(row, derived.deadlines))
    return items


def _items(row: Any, deadlines: Deadlines) -> list[CalendarItem]:
    found = []
    agency = row.abbreviation or row.name
    for name in _CALENDAR_DATES[row.status]:
        date = getattr(deadlines, name)
        if date is None:
            continue
        facts = [f"Request #{row.id}: {row.subject}", f"Agency: {row.name}"]
        if row.tracking_number:
            facts.append(f"Tracking number: {row.tracking_number}")
        if date.citation:
            facts.append(f"Citation: {date.citation}")
        found.append(CalendarItem(
            request_id=row.id, name=name, date=date.date, summary=f"{date.label}: {agency} - {row.subject}"[:250],
            description=date.explanation + "\n\n" + "\n".join(facts), sequence=row.version,
            last_modified=row.updated_at, categories=("FOIA", agency),
        ))
    return found


def _events_of(session: Session, request_ids: Sequence[int]) -> dict[int, list[Event]]:
    from foiatrack.store.convert import event_from_mapping

    grouped: dict[int, list[Event]] = {}
    table = EventRow.__table__
    for row in session.execute(select(table).where(table.c.request_id.in_(request_ids))).mappings():
        grouped.setdefault(row["request_id"], []).append(event_from_mapping(row))
    return grouped


def export_calendar(db: Database, path: str | os.PathLike[str], *, include_sample: bool = True) -> ExportResult:
    """Write the open deadlines as an ``.ics`` file (see :mod:`foiatrack.exchange.ics`); ``events`` in
    the result counts the deadlines, ``requests`` the requests they belong to."""
    from foiatrack.exchange.ics import build_calendar
    from foiatrack.files import atomic_output

    items = calendar_items(db, include_sample=include_sample)
    data = build_calendar(items, database_uid(db))
    with atomic_output(path) as handle:
        handle.write(data)
    return ExportResult((str(path),), len({item.request_id for item in items}), len(items))

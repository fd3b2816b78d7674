"""Filing and editing requests (one transaction per user action)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from foiatrack.core.dates import check_date_range
from foiatrack.core.errors import ConflictError, NotFoundError, UserError
from foiatrack.core.limits import MAX_ID, MAX_LONG_TEXT, MAX_TRACKING, check_amount, check_text
from foiatrack.core.models import Event, Request
from foiatrack.core.vocabulary import DeliveryMethod, EventKind, FeeCategory
from foiatrack.services.agencies import resolve_agency
from foiatrack.services.dashboard_read import TAG_SEPARATOR
from foiatrack.services.derive import refresh_request
from foiatrack.services.jurisdictions import require_jurisdiction
from foiatrack.services.trash import require_not_trashed
from foiatrack.store.audit import differences, record
from foiatrack.store.convert import to_request
from foiatrack.store.database import Database
from foiatrack.store.errors import retry_transient
from foiatrack.store.schema import BatchRow, RequestRow, TagRow

MAX_SUBJECT = 500


@dataclass(frozen=True, slots=True)
class RequestFields:
    """What the requester decides. Shared by "new request" and "edit request"."""

    subject: str
    records_sought: str = ""
    records_from: dt.date | None = None
    records_to: dt.date | None = None
    jurisdiction: str | None = None  # None: the agency's jurisdiction
    requester_name: str = ""
    requester_organisation: str = ""
    delivery_method: DeliveryMethod | None = None
    fee_category: FeeCategory | None = None
    fee_limit: Decimal | None = None
    fee_waiver_requested: bool = False
    fee_waiver_justification: str = ""
    expedite_requested: bool = False
    expedite_justification: str = ""
    preferred_format: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NewRequest:
    """A request to file with one or more agencies (several agencies make a linked batch)."""

    agencies: tuple[str, ...]
    fields: RequestFields
    sent_on: dt.date | None = None
    received_on: dt.date | None = None
    tracking_number: str | None = None
    external_key: str | None = None
    is_sample: bool = False


def parse_money(text: str, field_name: str) -> Decimal:
    shown = str(text)[:40]
    try:
        value = Decimal(text.strip().lstrip("$").replace(",", ""))
    except (InvalidOperation, AttributeError, ValueError):
        raise UserError(f"{field_name}: '{shown}' is not an amount; use a number such as 250 or 49.50",
                        field=field_name) from None
    check_amount(value, field_name)
    return value.quantize(Decimal("0.01"))


def normalise_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags are trimmed, lower-cased, de-duplicated and sorted."""
    cleaned = {t.strip().lower() for t in tags if t and t.strip()}
    for tag in cleaned:
        if "," in tag:
            raise UserError(f"tags: '{tag}' contains a comma; give each tag separately", field="tags")
        if len(tag) > 80:
            raise UserError(f"tags: '{tag[:20]}...' is longer than 80 characters", field="tags")
    return tuple(sorted(cleaned))


def validate_fields(values: RequestFields) -> RequestFields:
    """Check what a user typed; returns the cleaned fields or raises a UserError naming the field."""
    check_text(values.subject or "", "subject", max_length=MAX_LONG_TEXT)
    subject = " ".join((values.subject or "").split())
    if not subject:
        raise UserError("subject: a request needs a subject (a short description of the records)", field="subject")
    if len(subject) > MAX_SUBJECT:
        raise UserError(f"subject: at most {MAX_SUBJECT} characters; put the detail in records sought",
                        field="subject")
    for name in ("records_from", "records_to"):
        value = getattr(values, name)
        if value is not None:
            check_date_range(value, name)
    if values.records_from and values.records_to and values.records_from > values.records_to:
        raise UserError("records_to: the date range ends before it starts", field="records_to")
    check_amount(values.fee_limit, "fee_limit")
    for name in ("records_sought", "notes", "fee_waiver_justification", "expedite_justification"):
        check_text(getattr(values, name), name, max_length=MAX_LONG_TEXT)
    for name, length in (("requester_name", 300), ("requester_organisation", 300), ("preferred_format", 200)):
        check_text(getattr(values, name), name, max_length=length, single_line=True)
    if values.jurisdiction:
        require_jurisdiction(values.jurisdiction)
    return replace(
        values,
        subject=subject,
        jurisdiction=values.jurisdiction.strip().upper() if values.jurisdiction else None,
        tags=normalise_tags(values.tags),
    )


def file_request(db: Database, new: NewRequest) -> list[int]:
    """File a request with each named agency; returns the new request ids (one per agency)."""
    cleaned = validate_fields(new.fields)
    if not new.agencies:
        raise UserError("agency: name at least one agency", field="agency")
    if new.sent_on is not None:
        check_date_range(new.sent_on, "sent")
    if new.received_on is not None:
        check_date_range(new.received_on, "received")
    if new.tracking_number:
        check_text(new.tracking_number.strip(), "tracking_number", max_length=MAX_TRACKING, single_line=True)
    from foiatrack.services.events import new_event_row  # events builds on this module

    def first_events(agency: str) -> list[Event]:
        """What filing records at once; added through the same path as logging (validated, with its author)."""
        events = []
        if new.sent_on is not None:
            events.append(Event(EventKind.SUBMITTED, new.sent_on, summary=f"Request sent to {agency}"))
        if new.received_on is not None:
            events.append(Event(EventKind.RECEIVED, new.received_on, summary=f"Received by {agency}"))
        if new.tracking_number:
            number = new.tracking_number.strip()
            events.append(Event(EventKind.TRACKING_NUMBER, new.sent_on or dt.date.today(),
                                summary=f"Tracking number {number}", tracking_number=number))
        return events

    with db.session() as session:
        agencies = [resolve_agency(session, ref) for ref in new.agencies]
        if len({a.id for a in agencies}) != len(agencies):
            raise UserError("agency: the same agency is named twice", field="agency")
        batch_id = None
        if len(agencies) > 1:
            batch = BatchRow(subject=cleaned.subject)
            session.add(batch)
            session.flush()
            batch_id = batch.id
        ids = []
        for index, agency in enumerate(agencies):
            key = new.external_key if len(agencies) == 1 or new.external_key is None else f"{new.external_key}#{index}"
            row = new_request_row(session, cleaned, agency.id, cleaned.jurisdiction or agency.jurisdiction,
                                  batch_id, key)
            row.is_sample = new.is_sample
            row.events.extend(new_event_row(session, event, row.jurisdiction) for event in first_events(agency.name))
            session.flush()
            refresh_request(session, row)
            ids.append(row.id)
        return ids


def new_request_row(session: Session, values: RequestFields, agency_id: int, jurisdiction: str,
                    batch_id: int | None, external_key: str | None) -> RequestRow:
    """A new request row with the validated *values* (filing, the sample data and imports share it)."""
    row = RequestRow(agency_id=agency_id, jurisdiction=jurisdiction, batch_id=batch_id, external_key=external_key)
    _apply(row, values)
    session.add(row)
    return row


def _apply(row: RequestRow, values: RequestFields) -> None:
    for f in fields(RequestFields):
        if f.name in ("tags", "jurisdiction"):
            continue
        value = getattr(values, f.name)
        if f.name in ("delivery_method", "fee_category"):
            value = value.value if value is not None else None
        setattr(row, f.name, value)
    row.tags = [TagRow(tag=t) for t in values.tags]
    row.tags_text = TAG_SEPARATOR.join(values.tags)


_AUDITED = (*(f.name for f in fields(RequestFields)), "agency_id")


def _audited_values(row: RequestRow) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(row, name) for name in _AUDITED if name != "tags"}
    values["tags"] = row.tags_text
    return values


@retry_transient
def update_request(db: Database, request_id: int, values: RequestFields, *, agency: str | None = None,
                   expected_version: int) -> Request:
    """Save edits; refuse if someone else saved the request since *expected_version* was read.

    The version is required: an edit that does not say which version it started from would silently
    overwrite whatever another user saved in between. The change is kept in the request's audit trail.
    """
    cleaned = validate_fields(values)
    try:
        with db.session() as session:
            row = load_request_row(session, request_id, for_update=True)
            require_not_trashed(row)
            if row.version != expected_version:
                raise ConflictError(
                    f"request {request_id}: it was changed elsewhere since you opened it; reload it to see the "
                    "other change, then apply yours again"
                )
            before = _audited_values(row)
            if agency is not None:
                row.agency_id = resolve_agency(session, agency).id
            row.jurisdiction = cleaned.jurisdiction or row.jurisdiction
            _apply(row, cleaned)
            changes = differences(before, _audited_values(row))
            if changes:
                record(session, request_id=row.id, action="request edited", changes=changes)
            session.flush()
            refresh_request(session, row)
            session.flush()
            return to_request(row)
    except StaleDataError:
        # Another writer saved between our read and our write: the versioned UPDATE matched no row and
        # the whole transaction was rolled back.
        raise ConflictError(f"request {request_id}: it was changed elsewhere while saving; reload it to see "
                            "the other change, then apply yours again") from None


def load_request_row(session: Session, request_id: int, *, for_update: bool = False) -> RequestRow:
    """The request's row; *for_update* locks it until the transaction ends (PostgreSQL ``FOR UPDATE``;
    SQLite's write transactions already hold the database lock), so concurrent writers to one request
    queue up instead of one failing on a stale version."""
    row = None
    if 0 < request_id <= MAX_ID:
        row = session.get(RequestRow, request_id, with_for_update={"of": RequestRow} if for_update else None)
    if row is None:
        raise NotFoundError(f"request: no request with id {request_id}; `foiatrack list` shows the ids",
                            field="request")
    return row


def set_tags(db: Database, request_ids: list[int], add: tuple[str, ...] = (), remove: tuple[str, ...] = ()) -> None:
    """Add and remove tags on several requests in one transaction."""
    add_tags, remove_tags = normalise_tags(add), set(normalise_tags(remove))
    with db.session() as session:
        for request_id in request_ids:
            row = load_request_row(session, request_id, for_update=True)
            current = {t.tag for t in row.tags}
            wanted = (current | set(add_tags)) - remove_tags
            if wanted != current:
                row.tags = [TagRow(tag=t) for t in sorted(wanted)]
                row.tags_text = TAG_SEPARATOR.join(sorted(wanted))
                row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def delete_request(db: Database, request_id: int) -> None:
    with db.session() as session:
        session.delete(load_request_row(session, request_id))


def batch_siblings(db: Database, request_id: int) -> list[int]:
    """Ids of the other requests filed in the same batch."""
    with db.read_session() as session:
        row = load_request_row(session, request_id)
        if row.batch_id is None:
            return []
        ids = session.scalars(select(RequestRow.id).where(RequestRow.batch_id == row.batch_id)).all()
        return [i for i in ids if i != request_id]

"""ORM rows to core objects. Callers get plain frozen dataclasses that outlive the session."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from foiatrack.core.models import Agency, AttachmentInfo, Event, Request
from foiatrack.core.vocabulary import DeliveryMethod, Direction, EventKind, FeeCategory, Outcome, Status
from foiatrack.store.directory_values import is_edited
from foiatrack.store.schema import AgencyRow, AttachmentRow, EventRow, RequestRow

EXEMPTION_SEPARATOR = "; "


def to_agency(row: AgencyRow) -> Agency:
    return Agency(
        id=row.id,
        name=row.name,
        abbreviation=row.abbreviation,
        parent_id=row.parent_id,
        parent_name=row.parent.name if row.parent is not None else None,
        jurisdiction=row.jurisdiction,
        foia_email=row.foia_email,
        portal_url=row.portal_url,
        mailing_address=row.mailing_address,
        phone=row.phone,
        appeal_address=row.appeal_address,
        notes=row.notes,
        rule_overrides=json.loads(row.rule_overrides or "{}"),
        emails=tuple(json.loads(row.emails or "[]")),
        fax=row.fax or "",
        website=row.website or "",
        appeal_email=row.appeal_email or "",
        appeal_url=row.appeal_url or "",
        appeal_source=row.appeal_source or "",
        appeal_checked=row.appeal_checked or "",
        request_time_stats=json.loads(row.request_time_stats or "{}"),
        source=row.source or "",
        as_of=row.as_of or "",
        directory_key=row.directory_key,
        edited=_edited(row),
        version=row.version or 1,
    )


def _edited(row: AgencyRow) -> bool:
    return is_edited(row)


def to_attachment(row: AttachmentRow) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        event_id=row.event_id,
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        added_at=row.added_at,
        text_extracted=row.text_status != "not_extracted",
    )


def split_exemptions(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(";") if part.strip())


def to_event(row: EventRow, *, with_attachments: bool = True) -> Event:
    return Event(
        id=row.id,
        request_id=row.request_id,
        date=row.date,
        kind=EventKind(row.kind),
        direction=Direction(row.direction),
        summary=row.summary,
        details=row.details,
        tracking_number=row.tracking_number,
        amount=row.amount,
        pages_released=row.pages_released,
        pages_withheld=row.pages_withheld,
        exemptions=split_exemptions(row.exemptions),
        outcome=Outcome(row.outcome) if row.outcome else None,
        extension_days=row.extension_days,
        received=row.received,
        appeal_number=row.appeal_number,
        expected_by=row.expected_by,
        created_by=row.created_by,
        created_at=row.created_at,
        attachments=tuple(to_attachment(a) for a in row.attachments) if with_attachments else (),
        version=row.version,
    )


def event_from_mapping(row: Mapping[Any, Any]) -> Event:  # a RowMapping: keys are column names
    """A core Event from a plain ``events`` table row (fast path for bulk recomputation)."""
    outcome = row["outcome"]
    return Event(
        id=row["id"],
        request_id=row["request_id"],
        date=row["date"],
        kind=EventKind(row["kind"]),
        direction=Direction(row["direction"]),
        summary=row["summary"],
        tracking_number=row["tracking_number"],
        amount=row["amount"],
        exemptions=split_exemptions(row["exemptions"]),
        outcome=Outcome(outcome) if outcome else None,
        extension_days=row["extension_days"],
        received=row.get("received"),
        appeal_number=row.get("appeal_number"),
        expected_by=row.get("expected_by"),
    )


def to_request(row: RequestRow, tags: tuple[str, ...] | None = None) -> Request:
    return Request(
        id=row.id,
        subject=row.subject,
        agency_id=row.agency_id,
        agency_name=row.agency.name,
        agency_abbreviation=row.agency.abbreviation,
        jurisdiction=row.jurisdiction,
        records_sought=row.records_sought,
        records_from=row.records_from,
        records_to=row.records_to,
        requester_name=row.requester_name,
        requester_organisation=row.requester_organisation,
        delivery_method=DeliveryMethod(row.delivery_method) if row.delivery_method else None,
        fee_category=FeeCategory(row.fee_category) if row.fee_category else None,
        fee_limit=row.fee_limit,
        fee_waiver_requested=row.fee_waiver_requested,
        fee_waiver_justification=row.fee_waiver_justification,
        expedite_requested=row.expedite_requested,
        expedite_justification=row.expedite_justification,
        preferred_format=row.preferred_format,
        tags=tags if tags is not None else tuple(t.tag for t in row.tags),
        notes=row.notes,
        batch_id=row.batch_id,
        is_sample=row.is_sample,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        status=Status(row.status),
        sent_on=row.sent_on,
        tracking_number=row.tracking_number,
        response_due=row.response_due,
        extended_due=row.extended_due,
        due_date=row.due_date,
        appeal_due=row.appeal_due,
        appeal_decision_due=row.appeal_decision_due,
        may_sue_from=row.may_sue_from,
    )

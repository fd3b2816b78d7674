"""The sample data set (``foiatrack demo``): realistic requests in every status, marked as samples.

Historical requests keep their real dates; the others are placed relative to the day of loading so the
dashboard shows overdue, due-soon and appealable requests whenever it is opened. Each request carries a
stable key, so loading twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from foiatrack.core.models import OrganisationProfile
from foiatrack.core.vocabulary import DeliveryMethod, EventKind, FeeCategory, Outcome
from foiatrack.resources import resource_path
from foiatrack.services.agencies import seed_directory
from foiatrack.services.attachments import FileContent, content_from_bytes, store_attachment
from foiatrack.services.derive import refresh_request
from foiatrack.services.events import NewEvent, event_row_values, validate_event
from foiatrack.services.jurisdictions import load_rules_context
from foiatrack.services.requests import RequestFields, new_request_row, validate_fields
from foiatrack.services.search import extract_text
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, BatchRow, EventRow, RequestRow

KEY_PREFIX = "demo:"


@dataclass(frozen=True, slots=True)
class DemoResult:
    added: int
    already_present: int


def _event_date(spec: dict[str, Any], today: dt.date) -> dt.date:
    if "date" in spec:
        return dt.date.fromisoformat(spec["date"])
    return today - dt.timedelta(days=int(spec["ago"]))


def _request_fields(spec: dict[str, Any]) -> RequestFields:
    def date_or_none(key: str) -> dt.date | None:
        return dt.date.fromisoformat(spec[key]) if key in spec else None

    return validate_fields(RequestFields(
        subject=spec["subject"],
        records_sought=spec.get("records_sought", ""),
        records_from=date_or_none("records_from"),
        records_to=date_or_none("records_to"),
        requester_name=spec.get("requester_name", ""),
        requester_organisation=spec.get("requester_organisation", ""),
        delivery_method=DeliveryMethod(spec["delivery_method"]) if "delivery_method" in spec else None,
        fee_category=FeeCategory(spec["fee_category"]) if "fee_category" in spec else None,
        fee_limit=Decimal(str(spec["fee_limit"])) if "fee_limit" in spec else None,
        fee_waiver_requested=spec.get("fee_waiver_requested", False),
        fee_waiver_justification=spec.get("fee_waiver_justification", ""),
        expedite_requested=spec.get("expedite_requested", False),
        expedite_justification=spec.get("expedite_justification", ""),
        notes=spec.get("notes", ""),
        tags=tuple(spec.get("tags", ())),
    ))


def _new_event(spec: dict[str, Any], today: dt.date) -> NewEvent:
    return validate_event(NewEvent(
        kind=EventKind(spec["kind"]),
        date=_event_date(spec, today),
        summary=spec.get("summary", ""),
        details=spec.get("details", ""),
        tracking_number=spec.get("tracking_number"),
        amount=Decimal(str(spec["amount"])) if "amount" in spec else None,
        pages_released=spec.get("pages_released"),
        pages_withheld=spec.get("pages_withheld"),
        exemptions=tuple(spec.get("exemptions", ())),
        outcome=Outcome(spec["outcome"]) if "outcome" in spec else None,
        extension_days=spec.get("extension_days"),
        created_by="sample data",
    ))


def load_demo(db: Database, today: dt.date | None = None) -> DemoResult:
    """Load the sample data set in one transaction; requests already loaded are skipped."""
    today = today or dt.date.today()
    with resource_path("demo.toml").open("rb") as handle:
        data = tomllib.load(handle)
    added = present = 0
    with db.session() as session:
        seed_directory(session)
        # The letterhead is the user's: the sample letterhead is used only for sample requests' letters
        # (services.letters) and never written to the settings.
        context = load_rules_context(session)
        existing = set(session.scalars(select(RequestRow.external_key).where(RequestRow.external_key.like("demo:%"))))
        # Sample data moved to the trash (`demo --remove`) comes back rather than being loaded twice.
        trashed = list(session.scalars(select(RequestRow).where(RequestRow.external_key.like("demo:%"),
                                                                RequestRow.deleted_at.is_not(None))))
        restored = set()
        for row in trashed:
            row.deleted_at = None
            restored.add(row.external_key)
        for spec in data["request"]:
            fields = _request_fields(spec)
            agencies = [_agency(session, ref) for ref in spec["agencies"]]
            keys = [f"{KEY_PREFIX}{spec['key']}" + (f"#{i}" if len(agencies) > 1 else "") for i in range(len(agencies))]
            if all(key in existing for key in keys):
                if any(key in restored for key in keys):
                    added += 1
                else:
                    present += 1
                continue
            batch_id = None
            if len(agencies) > 1:
                batch = BatchRow(subject=fields.subject)
                session.add(batch)
                session.flush()
                batch_id = batch.id
            for agency, key in zip(agencies, keys, strict=True):
                if key in existing:
                    continue
                row = new_request_row(session, fields, agency.id, agency.jurisdiction, batch_id, key)
                row.is_sample = True
                session.flush()
                for event_spec in spec.get("events", ()):
                    _add_event(session, row, event_spec, today, agency.name)
                refresh_request(session, row, context)
            added += 1
    return DemoResult(added, present)


def _agency(session: Session, reference: str) -> AgencyRow:
    row = session.scalar(select(AgencyRow).where(AgencyRow.abbreviation == reference))
    if row is None:
        row = session.scalar(select(AgencyRow).where(AgencyRow.name == reference))
    if row is None:  # the shipped data set names only agencies of the shipped directory
        raise LookupError(f"demo data names unknown agency {reference!r}")
    return row


def _add_event(session: Session, row: RequestRow, spec: dict[str, Any], today: dt.date, agency: str) -> None:
    new = _new_event(spec, today)

    event = EventRow(created_by=new.created_by, **event_row_values(new))
    row.events.append(event)
    session.flush()
    if "attach" in spec:
        document = _sample_document(spec["attach"], new, row.subject, agency)
        text = extract_text(document.filename, document.media_type, document.data, trusted=True)
        store_attachment(session, event.id, document, text)


def _sample_document(kind: str, event: NewEvent, subject: str, agency: str) -> FileContent:
    """A small PDF letter standing in for the agency's real one."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, invariant=True)
    lines = [
        agency,
        "",
        event.date.strftime("%B %d, %Y"),
        "",
        f"Re: {subject}",
        "",
        f"SAMPLE DOCUMENT ({kind}): {event.summary}",
    ]
    if event.exemptions:
        lines.append("Exemptions applied: " + ", ".join(event.exemptions))
    if event.pages_released is not None:
        lines.append(f"Pages released: {event.pages_released}; pages withheld: {event.pages_withheld or 0}")
    text = canvas.beginText(72, 720)
    text.setFont("Helvetica", 11)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return content_from_bytes(f"{event.date.isoformat()} {kind} letter.pdf", buffer.getvalue(), "application/pdf")


@functools.cache
def demo_profile() -> OrganisationProfile:
    """The sample letterhead: signs the sample requests' letters while the user's letterhead is empty."""
    with resource_path("demo.toml").open("rb") as handle:
        return OrganisationProfile(**tomllib.load(handle)["profile"])

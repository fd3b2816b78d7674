"""Reading requests: the filtered list (CLI ``list``, the Requests table, the dashboard) and one request
in full (``show``, the detail page). Lists read the cached columns only, so they are one query."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import selectinload

from foiatrack.core.deadlines import Deadlines, Lateness, assess_lateness
from foiatrack.core.limits import MAX_DAYS_AHEAD, MAX_SEARCH, check_text, check_whole_number
from foiatrack.core.models import Agency, AuditEntry, Event, Request
from foiatrack.core.vocabulary import Status
from foiatrack.services.dashboard_read import RequestSummary
from foiatrack.services.dashboard_read import summary_from_row as _summary
from foiatrack.services.derive import derive
from foiatrack.services.jurisdictions import load_rules_context
from foiatrack.services.requests import load_request_row
from foiatrack.services.settings import very_overdue_threshold
from foiatrack.store.audit import trail
from foiatrack.store.convert import to_agency, to_event, to_request
from foiatrack.store.dashboard_sql import ADVERSE_STATUSES, AWAITING_DECISION
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, AuditRow, EventRow, RequestRow, TagRow

_AWAITING = AWAITING_DECISION


@dataclass(frozen=True, slots=True)
class RequestFilter:
    status: tuple[Status, ...] = ()
    overdue: bool = False
    due_within: int | None = None
    appeal_closing_within: int | None = None
    may_sue: bool = False
    as_of: dt.date | None = None
    text: str = ""
    agency_id: int | None = None
    tag: str | None = None
    jurisdiction: str | None = None
    include_sample: bool = True
    limit: int | None = None


_SUMMARY_COLUMNS = (
    RequestRow.id, RequestRow.subject, AgencyRow.name, AgencyRow.abbreviation, RequestRow.agency_id,
    RequestRow.jurisdiction, RequestRow.status, RequestRow.sent_on, RequestRow.tracking_number,
    RequestRow.response_due, RequestRow.extended_due, RequestRow.due_date, RequestRow.appeal_due,
    RequestRow.may_sue_from, RequestRow.is_sample, RequestRow.batch_id, RequestRow.tags_text,
    RequestRow.appeal_decision_due,
)


_Columns = TypeVarTuple("_Columns")


def _filtered(query: Select[*_Columns], filters: RequestFilter, as_of: dt.date) -> Select[*_Columns]:
    conditions: list[ColumnElement[bool]] = [RequestRow.deleted_at.is_(None)]  # requests in the trash appear in no list
    if filters.status:
        conditions.append(RequestRow.status.in_([s.value for s in filters.status]))
    if filters.overdue:
        conditions.append(RequestRow.due_date < as_of)
    if filters.due_within is not None:
        check_whole_number(filters.due_within, "due_within", maximum=MAX_DAYS_AHEAD)
        conditions.append(RequestRow.due_date.between(as_of, as_of + dt.timedelta(days=filters.due_within)))
    if filters.appeal_closing_within is not None:
        # An adverse determination, or silence past the deadline where the law makes it a denial (the
        # engine sets appeal_due for a request still awaiting the agency only under such a law).
        # The window is repeated in both branches so that each reads a (status, appeal_due) range of the
        # index: left outside the OR, SQLite read every adverse or awaiting request to keep a few hundred.
        window = RequestRow.appeal_due.between(as_of, as_of + dt.timedelta(days=filters.appeal_closing_within))
        conditions.append(or_(and_(RequestRow.status.in_(ADVERSE_STATUSES), window),
                              and_(RequestRow.status.in_(_AWAITING), RequestRow.due_date < as_of, window)))
    if filters.may_sue:
        conditions.append(RequestRow.may_sue_from <= as_of)
    if filters.agency_id is not None:
        conditions.append(RequestRow.agency_id == filters.agency_id)
    if filters.jurisdiction:
        conditions.append(RequestRow.jurisdiction == filters.jurisdiction.upper())
    if filters.tag:
        conditions.append(RequestRow.id.in_(select(TagRow.request_id).where(TagRow.tag == filters.tag.lower())))
    if not filters.include_sample:
        conditions.append(RequestRow.is_sample.is_(False))
    if filters.text.strip():
        check_text(filters.text.strip(), "search", max_length=MAX_SEARCH, single_line=True)
        # % and _ are what the user typed, not wildcards.
        typed = filters.text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{typed}%"
        conditions.append(or_(
            func.lower(RequestRow.subject).like(pattern, escape="\\"),
            func.lower(AgencyRow.name).like(pattern, escape="\\"),
            func.lower(AgencyRow.abbreviation).like(pattern, escape="\\"),
            func.lower(func.coalesce(RequestRow.tracking_number, "")).like(pattern, escape="\\"),
        ))
    return query.where(and_(*conditions)) if conditions else query


def list_requests(db: Database, filters: RequestFilter | None = None) -> list[RequestSummary]:
    """Requests matching *filters*; overdue ones first (most late first), then by due date, then newest."""
    filters = filters or RequestFilter()
    as_of = filters.as_of or dt.date.today()
    query = select(*_SUMMARY_COLUMNS).join(AgencyRow, AgencyRow.id == RequestRow.agency_id)
    # Requests without a due date go last; when the filter itself requires a due date that term is left
    # out, so SQLite walks the due-date index in order and stops at the limit instead of sorting them all.
    dated = filters.overdue or filters.due_within is not None
    order = (*(() if dated else (RequestRow.due_date.is_(None),)), RequestRow.due_date, RequestRow.id.desc())
    if filters.limit:
        # The ids first, from an index where one covers the filter and the order (the dashboard's lists
        # on 50,000 requests), then only those rows: not thousands of rows read to keep a few hundred.
        ids = select(RequestRow.id)
        if filters.text.strip():
            ids = ids.join(AgencyRow, AgencyRow.id == RequestRow.agency_id)
        ids = _filtered(ids, filters, as_of).order_by(*order).limit(filters.limit)
        query = query.where(RequestRow.id.in_(ids.scalar_subquery())).order_by(*order)
    else:
        query = _filtered(query, filters, as_of).order_by(*order)
    summaries: list[RequestSummary] = []
    shared: dict[object, Any] = {}
    with db.read_session() as session:
        # Executed on the connection (Core rows, no ORM loading): a list of 50,000 stays fast. Read in
        # batches, each turned into values before the next is fetched, so the driver's rows for the whole
        # list never exist at once beside the values made from them.
        connection = session.connection()
        for batch in connection.execute(query).partitions(2000):
            summaries.extend(_summary(row, as_of, shared) for row in batch)
    return summaries


@dataclass(frozen=True, slots=True)
class RequestDetail:
    """Everything the detail page and ``show`` display about one request."""

    request: Request
    agency: Agency
    events: tuple[Event, ...]
    deadlines: Deadlines | None
    lateness: Lateness | None
    batch_siblings: tuple[tuple[int, str], ...]
    as_of: dt.date
    # Edits and deletions (who, when, what changed), oldest first; shown on the timeline.
    audit: tuple[AuditEntry, ...] = ()


def request_detail(db: Database, request_id: int, as_of: dt.date | None = None) -> RequestDetail:
    """One request with its events and freshly derived deadlines (with explanations)."""
    as_of = as_of or dt.date.today()
    with db.read_session() as session:
        row = load_request_row(session, request_id)
        events = tuple(
            to_event(e) for e in session.scalars(
                select(EventRow).where(EventRow.request_id == request_id)
                .options(selectinload(EventRow.attachments)).order_by(EventRow.date, EventRow.id)
            )
        )
        context = load_rules_context(session)
        agency = to_agency(row.agency)
        derived = derive(context, row.jurisdiction, agency.rule_overrides, list(events), row.expedite_requested)
        lateness = None
        if derived.deadlines is not None:
            lateness = assess_lateness(derived.deadlines, as_of, context.calendar(row.jurisdiction),
                                       very_overdue_threshold(session))
        siblings: tuple[tuple[int, str], ...] = ()
        if row.batch_id is not None:
            siblings = tuple(
                (sid, name) for sid, name in session.execute(
                    select(RequestRow.id, AgencyRow.name).join(AgencyRow)
                    .where(RequestRow.batch_id == row.batch_id, RequestRow.id != request_id)
                    .order_by(RequestRow.id)
                )
            )
        audit = tuple(_audit_entry(entry) for entry in trail(session, request_id))
        return RequestDetail(to_request(row), agency, events, derived.deadlines, lateness, siblings, as_of, audit)


def _audit_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(at=row.at, actor=row.actor, action=row.action, event_id=row.event_id,
                      changes=json.loads(row.changes or "{}"))


def audit_trail(db: Database, request_id: int) -> list[AuditEntry]:
    """Who edited or deleted what on the request, and when (oldest first)."""
    with db.read_session() as session:
        return [_audit_entry(entry) for entry in trail(session, request_id)]


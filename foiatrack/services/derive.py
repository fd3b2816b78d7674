"""Keeping the derived cache on each request row in step with its event log.

Status and deadlines are computed by pure core functions; this module feeds them the request's events, the
jurisdiction's rules, the agency's overrides and the calendar (with the user's closure days), and writes
the results onto the row in the caller's transaction. ``rules_version`` stamps which rules, holiday data
and closures were used, so a change of any of them triggers a full recompute (see :func:`recompute_all`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from foiatrack.core.deadlines import Deadlines, compute_deadlines
from foiatrack.core.models import Event
from foiatrack.core.status import derive_status, latest_tracking_number
from foiatrack.core.vocabulary import EventKind, Status
from foiatrack.services.jurisdictions import RulesContext, load_rules_context
from foiatrack.store.convert import event_from_mapping, to_event
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, EventRow, RequestRow


@dataclass(frozen=True, slots=True)
class Derived:
    status: Status
    deadlines: Deadlines | None


def derive(context: RulesContext, jurisdiction: str, overrides: dict[str, object], events: list[Event],
           expedite_requested: bool) -> Derived:
    """Status and deadlines of one request (pure given the context)."""
    status = derive_status(events)
    rule = context.catalog.get(jurisdiction)
    deadlines = None
    if any(e.kind in (EventKind.SUBMITTED, EventKind.RECEIVED) for e in events):
        deadlines = compute_deadlines(rule, events, context.calendar(jurisdiction), overrides,
                                      expedite_requested=expedite_requested)
    return Derived(status, deadlines)


def cached_values(events: list[Event], derived: Derived, stamp: str) -> dict[str, object]:
    """The derived columns of ``requests`` for these events."""
    deadlines = derived.deadlines

    def date_of(name: str) -> dt.date | None:
        value = getattr(deadlines, name, None) if deadlines is not None else None
        return value.date if value is not None else None

    ordered = sorted(events, key=lambda e: (e.date, e.id))
    return {
        "status": derived.status.value,
        "sent_on": next((e.date for e in ordered if e.kind is EventKind.SUBMITTED), None),
        "tracking_number": latest_tracking_number(ordered),
        "response_due": date_of("response_due") or date_of("follow_up"),
        "extended_due": date_of("extended_due"),
        "appeal_due": date_of("appeal_due"),
        "appeal_decision_due": date_of("appeal_decision_due"),
        "may_sue_from": date_of("may_sue_from"),
        # The agency owes an answer only while the status says so; the engine's agency_due is the date.
        "due_date": date_of("agency_due") if derived.status.awaits_agency else None,
        "rules_version": stamp,
    }


def refresh_request(session: Session, row: RequestRow, context: RulesContext | None = None) -> Derived:
    """Recompute *row*'s cached status and deadlines from its events (inside the caller's transaction)."""
    context = context or load_rules_context(session)
    events = [to_event(e, with_attachments=False) for e in row.events]
    overrides = json.loads(row.agency.rule_overrides or "{}")
    derived = derive(context, row.jurisdiction, overrides, events, row.expedite_requested)
    for key, value in cached_values(events, derived, context.stamp).items():
        setattr(row, key, value)
    return derived


def recompute_all(db: Database, *, only_stale: bool = False, progress: Callable[[int, int], None] | None = None,
                  chunk: int = 5000) -> int:
    """Recompute every request's cache (or only those stamped with other rules). Returns how many.

    Works in chunks: each chunk's requests and events are read with two plain queries and written back
    with one executemany UPDATE, so 50,000 requests take seconds and memory stays bounded. The cache is
    not a user's edit, so the version counter (used to detect conflicting edits) is left alone. One
    transaction for the whole run: a crash leaves the old cache intact.
    """
    with db.session() as session:
        return recompute_in_session(session, only_stale=only_stale, progress=progress, chunk=chunk)


def recompute_in_session(session: Session, *, only_stale: bool = False,
                         progress: Callable[[int, int], None] | None = None, chunk: int = 5000) -> int:
    """:func:`recompute_all` inside the caller's transaction (e.g. with the closure-day change)."""
    session.flush()
    context = load_rules_context(session)
    query = select(RequestRow.id, RequestRow.jurisdiction, RequestRow.agency_id, RequestRow.expedite_requested)
    if only_stale:
        query = query.where(RequestRow.rules_version != context.stamp)
    requests = session.execute(query.order_by(RequestRow.id)).all()
    overrides_by_agency = {
        agency_id: json.loads(text or "{}")
        for agency_id, text in session.execute(select(AgencyRow.id, AgencyRow.rule_overrides))
    }
    table = RequestRow.__table__
    done = 0
    for start in range(0, len(requests), chunk):
        part = requests[start : start + chunk]
        events_by_request = _events_for(session, part[0].id, part[-1].id)
        values = []
        for request_id, jurisdiction, agency_id, expedite in part:
            events = events_by_request.get(request_id, [])
            derived = derive(context, jurisdiction, overrides_by_agency.get(agency_id, {}), events, expedite)
            values.append({"b_id": request_id, **cached_values(events, derived, context.stamp)})
        session.execute(update(table).where(table.c.id == bindparam("b_id")), values)
        done += len(part)
        if progress:
            progress(done, len(requests))
    session.expire_all()
    return done


def _events_for(session: Session, first_id: int, last_id: int) -> dict[int, list[Event]]:
    """Events of the requests with ids in [first_id, last_id], as core objects, in one query."""
    table = EventRow.__table__
    rows = session.execute(
        select(table).where(table.c.request_id.between(first_id, last_id)).order_by(table.c.request_id)
    ).mappings()
    grouped: dict[int, list[Event]] = {}
    for row in rows:
        grouped.setdefault(row["request_id"], []).append(event_from_mapping(row))
    return grouped


def stale_count(db: Database) -> int:
    """How many requests carry a cache computed under other rules, holidays or closure days."""
    with db.read_session() as session:
        context = load_rules_context(session)
        return session.scalar(
            select(func.count()).select_from(RequestRow).where(RequestRow.rules_version != context.stamp)
        ) or 0

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

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from foiatrack.core.deadlines import Deadlines, compute_deadlines
from foiatrack.core.models import Event
from foiatrack.core.rules import with_preset_notes
from foiatrack.core.status import derive_status, latest_tracking_number
from foiatrack.core.vocabulary import EventKind, Status
from foiatrack.services.figures import Figures, request_figures
from foiatrack.services.jurisdictions import RulesContext, load_rules_context
from foiatrack.store.convert import event_from_mapping, to_event
from foiatrack.store.database import Database
from foiatrack.store.errors import retry_transient
from foiatrack.store.schema import AgencyRow, EventRow, RequestRow, table_of


@dataclass(frozen=True, slots=True)
class Derived:
    status: Status
    deadlines: Deadlines | None
    figures: Figures | None = None  # the statistics' figures, where the cache is to be written


def derive(context: RulesContext, jurisdiction: str, overrides: dict[str, object], events: list[Event],
           expedite_requested: bool) -> Derived:
    """Status and deadlines of one request (pure given the context)."""
    status = derive_status(events)
    rule = context.catalog.get(jurisdiction)
    deadlines = None
    if any(e.kind in (EventKind.SUBMITTED, EventKind.RECEIVED) for e in events):
        deadlines = compute_deadlines(rule, events, context.calendar(jurisdiction),
                                      with_preset_notes(context.catalog, overrides),
                                      expedite_requested=expedite_requested)
    return Derived(status, deadlines)


def derive_for_cache(context: RulesContext, jurisdiction: str, overrides: dict[str, object], events: list[Event],
                     expedite_requested: bool) -> Derived:
    """:func:`derive` plus the statistics' figures: everything :func:`cached_values` writes."""
    derived = derive(context, jurisdiction, overrides, events, expedite_requested)
    deadlines = derived.deadlines
    due = None  # as the statistics read it: coalesce(extended_due, response_due) of cached_values
    for name in ("extended_due", "response_due", "follow_up"):
        value = getattr(deadlines, name, None) if deadlines is not None else None
        if value is not None:
            due = value.date
            break
    figures = request_figures(events, jurisdiction, context.catalog, context.calendar(jurisdiction), due)
    return Derived(derived.status, deadlines, figures)


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
        **(derived.figures or _NO_FIGURES).columns(),
        "rules_version": stamp if derived.figures is not None else "",
    }


# Written when a caller derived no figures: the empty stamp marks the cache stale, so the statistics
# derive this request's figures from its events until the next recompute.
_NO_FIGURES = Figures(None, None, None, None, None, None, None, None, None)


def refresh_request(session: Session, row: RequestRow, context: RulesContext | None = None) -> Derived:
    """Recompute *row*'s cached status and deadlines from its events (inside the caller's transaction)."""
    context = context or load_rules_context(session)
    events = [to_event(e, with_attachments=False) for e in row.events]
    overrides = json.loads(row.agency.rule_overrides or "{}")
    derived = derive_for_cache(context, row.jurisdiction, overrides, events, row.expedite_requested)
    for key, value in cached_values(events, derived, context.stamp).items():
        setattr(row, key, value)
    return derived


# Requests per recompute transaction: small enough that a batch holds its row locks for a moment only
# (someone logging an event waits milliseconds, not the whole run), large enough to stay fast.
RECOMPUTE_BATCH = 500


def recompute_all(db: Database, *, only_stale: bool = False, progress: Callable[[int, int], None] | None = None,
                  chunk: int = RECOMPUTE_BATCH) -> int:
    """Recompute every request's cache (or only those stamped with other rules). Returns how many.

    Works in batches, each its own short transaction that first locks its requests' rows (in id order,
    ``FOR UPDATE`` on a server) and only then reads their events, so an event another user logs during
    the run is either already in what the batch reads or is logged after the batch, by a writer that then
    refreshes the request itself: a concurrent write is never overwritten with an older status. The cache
    is not a user's edit, so the version counter (used to detect conflicting edits) is left alone. A crash
    leaves each request either recomputed or with its old cache and old stamp (recomputed at the next
    start).
    """
    with db.read_session() as session:
        query = select(RequestRow.id)
        if only_stale:
            query = query.where(RequestRow.rules_version != load_rules_context(session).stamp)
        ids = list(session.scalars(query.order_by(RequestRow.id)))
    done = 0
    for start in range(0, len(ids), chunk):
        done += _recompute_batch(db, ids[start : start + chunk], only_stale)
        if progress:
            progress(start + len(ids[start : start + chunk]), len(ids))
    return done


@retry_transient
def _recompute_batch(db: Database, ids: list[int], only_stale: bool) -> int:
    with db.session() as session:
        return _recompute_ids(session, ids, load_rules_context(session), only_stale)


def recompute_in_session(session: Session, *, only_stale: bool = False,
                         progress: Callable[[int, int], None] | None = None, chunk: int = RECOMPUTE_BATCH) -> int:
    """:func:`recompute_all` inside the caller's transaction (e.g. with the closure-day change)."""
    session.flush()
    context = load_rules_context(session)
    query = select(RequestRow.id)
    if only_stale:
        query = query.where(RequestRow.rules_version != context.stamp)
    ids = list(session.scalars(query.order_by(RequestRow.id)))
    done = 0
    for start in range(0, len(ids), chunk):
        done += _recompute_ids(session, ids[start : start + chunk], context, only_stale)
        if progress:
            progress(start + len(ids[start : start + chunk]), len(ids))
    session.expire_all()
    return done


def _recompute_ids(session: Session, ids: list[int], context: RulesContext, only_stale: bool) -> int:
    """Lock the requests *ids* (id order), then read their events and write their cache."""
    if not ids:
        return 0
    query = (select(RequestRow.id, RequestRow.jurisdiction, RequestRow.agency_id, RequestRow.expedite_requested)
             .where(RequestRow.id.in_(ids)).order_by(RequestRow.id).with_for_update())
    if only_stale:  # another run may have done them meanwhile
        query = query.where(RequestRow.rules_version != context.stamp)
    requests = session.execute(query).all()
    if not requests:
        return 0
    agency_ids = {row.agency_id for row in requests}
    overrides_by_agency = {
        agency_id: json.loads(text or "{}")
        for agency_id, text in session.execute(
            select(AgencyRow.id, AgencyRow.rule_overrides).where(AgencyRow.id.in_(agency_ids)))
    }
    # Read after the lock: every event committed for these requests is seen (a new statement, a new snapshot).
    events_by_request = _events_for(session, [row.id for row in requests])
    values = []
    for request_id, jurisdiction, agency_id, expedite in requests:
        events = events_by_request.get(request_id, [])
        derived = derive_for_cache(context, jurisdiction, overrides_by_agency.get(agency_id, {}), events, expedite)
        values.append({"b_id": request_id, **cached_values(events, derived, context.stamp)})
    table = table_of(RequestRow)
    session.execute(update(table).where(table.c.id == bindparam("b_id")), values)
    return len(values)


def _events_for(session: Session, request_ids: list[int]) -> dict[int, list[Event]]:
    """Events of the requests *request_ids*, as core objects, in one query."""
    table = table_of(EventRow)
    rows = session.execute(
        select(table).where(table.c.request_id.in_(request_ids)).order_by(table.c.request_id)
    ).mappings()
    grouped: dict[int, list[Event]] = {}
    for row in rows:
        grouped.setdefault(row["request_id"], []).append(event_from_mapping(row))
    return grouped


def stale_count(db: Database) -> int:
    """How many requests carry a cache computed under other rules, holidays or closure days."""
    from foiatrack.services.statistics import dashboard_sql  # (it imports this module)

    with db.read_session() as session:
        return dashboard_sql(session).stale_count(load_rules_context(session).stamp)

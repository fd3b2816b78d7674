"""The derived columns each request carries (status, due dates, the statistics' figures): written with
every change, recomputed in batches, and a stale cache found and repaired."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from foiatrack.core.models import Event
from foiatrack.core.vocabulary import Direction, EventKind, Outcome, Status
from foiatrack.services.derive import cached_values, derive, derive_for_cache, recompute_all, stale_count
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.jurisdictions import load_rules_context
from foiatrack.services.queries import RequestFilter, list_requests
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.schema import RequestRow

# Received Thu 2026-10-01 (federal): response due Fri 2026-10-30 (Columbus Day, Mon 12 October, skipped);
# a 10-working-day extension runs to Mon 2026-11-16 (Veterans Day, Wed 11 November, skipped; hand-counted:
# Nov 2-6, 9, 10, 12, 13, 16).
RECEIVED = dt.date(2026, 10, 1)
DUE = dt.date(2026, 10, 30)
EXTENDED = dt.date(2026, 11, 16)


def _events(*kinds: tuple[EventKind, dt.date]) -> list[Event]:
    return [Event(id=i, request_id=1, date=day, kind=kind, direction=kind.default_direction)
            for i, (kind, day) in enumerate(kinds, start=1)]


def _row(db, request_id: int):  # type: ignore[no-untyped-def]
    [row] = [r for r in list_requests(db, RequestFilter(as_of=RECEIVED)) if r.id == request_id]
    return row


def test_derive_reads_status_and_deadlines_from_the_events(db) -> None:  # type: ignore[no-untyped-def]
    with db.read_session() as session:
        context = load_rules_context(session)
    draft = derive(context, "US", {}, [], False)
    assert (draft.status, draft.deadlines) == (Status.DRAFT, None)
    sent = derive(context, "US", {}, _events((EventKind.SUBMITTED, RECEIVED), (EventKind.RECEIVED, RECEIVED)), False)
    assert sent.status is Status.SUBMITTED
    assert sent.deadlines is not None and sent.deadlines.response_due is not None
    assert sent.deadlines.response_due.date == DUE
    extended = derive(context, "US", {}, _events((EventKind.RECEIVED, RECEIVED),
                                                 (EventKind.EXTENSION, dt.date(2026, 10, 20))), False)
    assert extended.deadlines is not None and extended.deadlines.extended_due is not None
    assert extended.deadlines.extended_due.date == EXTENDED


def test_the_cached_columns_say_what_the_agency_owes(db) -> None:  # type: ignore[no-untyped-def]
    with db.read_session() as session:
        context = load_rules_context(session)
    events = _events((EventKind.SUBMITTED, RECEIVED), (EventKind.RECEIVED, RECEIVED))
    values = cached_values(events, derive_for_cache(context, "US", {}, events, False), context.stamp)
    assert (values["status"], values["sent_on"], values["response_due"], values["due_date"]) == (
        "submitted", RECEIVED, DUE, DUE)
    assert values["rules_version"] == context.stamp
    answered = [*events, Event(id=3, request_id=1, date=dt.date(2026, 10, 20), kind=EventKind.FINAL_DETERMINATION,
                               direction=Direction.INCOMING, outcome=Outcome.FULL_GRANT)]
    values = cached_values(answered, derive_for_cache(context, "US", {}, answered, False), context.stamp)
    assert (values["status"], values["due_date"]) == ("granted", None)  # nothing is owed any more
    # Without the statistics' figures the stamp stays empty: the cache counts as stale.
    assert cached_values(events, derive(context, "US", {}, events, False), context.stamp)["rules_version"] == ""


def test_each_write_refreshes_the_requests_cache(db) -> None:  # type: ignore[no-untyped-def]
    [request_id] = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Logs"),
                                               sent_on=RECEIVED, received_on=RECEIVED))
    assert (_row(db, request_id).due_date, _row(db, request_id).extended_due) == (DUE, None)
    log_event(db, request_id, NewEvent(kind=EventKind.EXTENSION, date=dt.date(2026, 10, 20), extension_days=10))
    assert (_row(db, request_id).extended_due, _row(db, request_id).due_date) == (EXTENDED, EXTENDED)
    assert stale_count(db) == 0


def test_a_stale_or_damaged_cache_is_found_and_recomputed(db) -> None:  # type: ignore[no-untyped-def]
    ids = [file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject=f"Logs {n}"),
                                       sent_on=RECEIVED, received_on=RECEIVED))[0] for n in range(3)]
    with db.session() as session:  # as after a rules update: one cache from other rules, with a wrong date
        session.execute(update(RequestRow).where(RequestRow.id == ids[1])
                        .values(rules_version="older rules", due_date=dt.date(2030, 1, 1)))
    assert stale_count(db) == 1
    assert recompute_all(db, only_stale=True) == 1
    assert stale_count(db) == 0
    assert _row(db, ids[1]).due_date == DUE
    seen: list[tuple[int, int]] = []
    assert recompute_all(db, chunk=2, progress=lambda done, total: seen.append((done, total))) == len(ids)
    assert seen == [(2, 3), (3, 3)]
    assert {_row(db, i).due_date for i in ids} == {DUE}

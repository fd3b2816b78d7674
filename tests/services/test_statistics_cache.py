"""The statistics read from the figures cached on each request equal the statistics derived from every
event, on varied data: several jurisdictions and calendars, clarifications and fee waits that pause the
clock, withdrawals, answers before the clock start, drafts, sample data, events after the "as of" day,
and caches gone stale."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import func, select, update

from foiatrack.core.vocabulary import Direction, EventKind, Outcome
from foiatrack.services.derive import recompute_all
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.statistics import _compute_statistics, agency_statistics
from foiatrack.store.database import Database
from foiatrack.store.schema import RequestRow

AGENCIES = ("ICE", "FBI", "CDCR", "NYPD", "ISP", "DHS")
START = dt.date(2025, 9, 1)


def _life(rng: random.Random, db: Database, request_id: int, sent: dt.date) -> None:
    day = sent

    def log(kind: EventKind, gap: int, **fields: object) -> None:
        nonlocal day
        day = day + dt.timedelta(days=gap)
        log_event(db, request_id, NewEvent(kind=kind, date=day, **fields))  # type: ignore[arg-type]

    if rng.random() < 0.8:
        log(EventKind.RECEIVED, rng.choice((0, 1, 3)))
    if day > sent and rng.random() < 0.1:  # an answer dated before the logged receipt (never before sending)
        log(EventKind.ACKNOWLEDGED, -1)
    if rng.random() < 0.6:
        log(EventKind.ACKNOWLEDGED, rng.randint(1, 12))
    if rng.random() < 0.3:
        log(EventKind.TRACKING_NUMBER, rng.randint(0, 5), tracking_number=f"T-{request_id}")
    if rng.random() < 0.3:
        log(EventKind.CLARIFICATION_REQUESTED, rng.randint(1, 10))
        if rng.random() < 0.7:
            log(EventKind.CLARIFICATION_ANSWERED, rng.randint(1, 12))
    if rng.random() < 0.25:
        log(EventKind.FEE_ESTIMATE, rng.randint(1, 15), amount=120)
        if rng.random() < 0.5:
            log(EventKind.FEE_PAID, rng.randint(1, 10), amount=120)
        elif rng.random() < 0.5:
            log(EventKind.FEE_ANSWERED, rng.randint(1, 10))
    if rng.random() < 0.2:
        log(EventKind.INTERIM_RELEASE, rng.randint(5, 30), pages_released=10)
    if rng.random() < 0.2:
        log(EventKind.INTERIM_RELEASE, rng.randint(1, 5), direction=Direction.OUTGOING, pages_released=1)
    if rng.random() < 0.15:  # decided on the due date itself: on time
        with db.read_session() as session:
            row = session.get(RequestRow, request_id)
            due = row.extended_due or row.response_due if row is not None else None
        if due is not None and due >= day:
            day = due
            log(EventKind.FINAL_DETERMINATION, 0, outcome=Outcome.FULL_GRANT)
    if rng.random() < 0.6:
        outcome = rng.choice((Outcome.FULL_GRANT, Outcome.PARTIAL_GRANT, Outcome.DENIED, Outcome.NO_RECORDS,
                              Outcome.WITHDRAWN))
        log(EventKind.FINAL_DETERMINATION, rng.randint(5, 60), outcome=outcome,
            exemptions=("(b)(6)",) if outcome in (Outcome.PARTIAL_GRANT, Outcome.DENIED) else ())
        if outcome is Outcome.WITHDRAWN and rng.random() < 0.5:
            log(EventKind.FINAL_DETERMINATION, rng.randint(1, 20), outcome=Outcome.FULL_GRANT)


@pytest.fixture
def varied_db(db: Database) -> Database:
    rng = random.Random(1717)
    for number in range(70):
        agency = rng.choice(AGENCIES)
        draft = rng.random() < 0.08
        sent = START + dt.timedelta(days=rng.randint(0, 120))
        (request_id,) = file_request(db, NewRequest(
            agencies=(agency,), fields=RequestFields(subject=f"Request {number}"),
            sent_on=None if draft else sent, is_sample=rng.random() < 0.15))
        if not draft:
            _life(rng, db, request_id, sent)
    return db


def _both(db: Database, as_of: dt.date, **scope: object) -> None:
    include_sample = bool(scope.get("include_sample", True))
    agency_id = scope.get("agency_id")
    cached = _compute_statistics(db, as_of, include_sample, agency_id, cached=True)  # type: ignore[arg-type]
    derived = _compute_statistics(db, as_of, include_sample, agency_id, cached=False)  # type: ignore[arg-type]
    assert cached == derived


def test_cached_statistics_equal_the_full_derivation(varied_db: Database) -> None:
    with varied_db.read_session() as session:
        responded = session.scalar(select(func.count()).where(RequestRow.first_response_days.is_not(None)))
        determined = session.scalar(select(func.count()).where(RequestRow.determination_days.is_not(None)))
        paused = session.scalar(select(func.count()).where(RequestRow.paused_days > 0))
        withdrawn = session.scalar(select(func.count()).where(RequestRow.withdrawn_on.is_not(None)))
        agency_ids = sorted(set(session.scalars(select(RequestRow.agency_id))))
    assert responded and determined and paused and withdrawn  # the data exercises every figure
    # Late: every figure comes from the cache. Earlier days: requests with later events are derived.
    for as_of in (dt.date(2026, 12, 31), dt.date(2025, 11, 15), dt.date(2025, 10, 1), dt.date(2025, 8, 1)):
        _both(varied_db, as_of)
        _both(varied_db, as_of, include_sample=False)
        for agency_id in agency_ids:
            _both(varied_db, as_of, agency_id=agency_id)


def test_stale_caches_are_derived_from_the_events_until_recomputed(varied_db: Database) -> None:
    as_of = dt.date(2026, 12, 31)
    before = agency_statistics(varied_db, as_of)
    with varied_db.session() as session:  # as a migration or a change of rules leaves them
        session.execute(update(RequestRow).where(RequestRow.id % 2 == 0).values(
            rules_version="", first_response_days=None, determination_days=None, answered_on_time=None))
    assert _compute_statistics(varied_db, as_of, True, None) == before
    recompute_all(varied_db, only_stale=True)
    assert _compute_statistics(varied_db, as_of, True, None) == before

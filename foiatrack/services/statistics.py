"""Dashboard numbers: the action lists (overdue, due soon, appeal windows, may sue) and honest per-agency
statistics.

The lists read only the cached columns of ``requests`` through :func:`list_requests`, one query each. The
statistics need facts the cache does not hold (when the agency first answered), so they read the events,
but in bulk: one aggregate query for every request's key dates and one small query for the events that
pause the clock. Nothing here runs a query per request: 50,000 requests with 450,000 events take about
half a second, and nothing at all while the database is unchanged (the answer is remembered; SQLite).

What is counted, exactly (the "honest statistics" promise; the app shows this text):

* **Requests**: every request filed with the agency (drafts included), sample data only if asked for.
* **Clock start**: the first logged *received* date, else the first *sent* date (as the deadline engine).
* **First response**: the earliest incoming *acknowledged*, *tracking number*, *interim release* or
  *final determination* event (a withdrawal is the requester's act, not a response). One dated before
  the clock start counts as 0 working days.
* **Determination**: the earliest *final determination* whose outcome is not *withdrawn*.
* **Working days**: counted in ``(clock start, event]`` on the calendar of the request's jurisdiction
  (weekends, public holidays and the user's closure days skipped), minus the working days during which
  the clock was paused waiting on the requester (clarification, fees), as the jurisdiction's rules toll.
* **Medians** are over the requests that have had a first response (or determination) by the "as of"
  day; requests still waiting are not in the median but are in the on-time share.
* **On time**: a determination on or before the due date (the extended date when an extension was
  claimed). The share's denominator is every request of a jurisdiction with a fixed deadline that was
  either determined, or is still undetermined with its due date already past: a request that is late
  and still unanswered counts as late, not as missing. Withdrawn requests are left out.
* Events dated after the "as of" day are ignored; due dates are the ones computed today.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, TypeVar

from sqlalchemy import (
    ColumnElement,
    Engine,
    Row,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from foiatrack.core.calendars import WorkCalendar
from foiatrack.core.vocabulary import AWAITING_AGENCY, Direction, EventKind, Outcome, Status
from foiatrack.services.changes import engine_data_version
from foiatrack.services.figures import FIRST_RESPONSE_KINDS as _FIRST_RESPONSE_KINDS
from foiatrack.services.figures import PAUSE_KINDS as _PAUSE_KINDS
from foiatrack.services.figures import START_KINDS as _START_KINDS
from foiatrack.services.figures import as_date as _date
from foiatrack.services.figures import day_of as _day
from foiatrack.services.figures import pauses as _pauses
from foiatrack.services.figures import working_days as _working_days
from foiatrack.services.jurisdictions import load_rules_context
from foiatrack.services.queries import RequestFilter, RequestSummary, list_requests
from foiatrack.services.settings import very_overdue_threshold
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, EventRow, RequestRow

# A SELECT, and a row, of whatever columns the query names (each query's docstring lists them).
_Query = Select[*tuple[Any, ...]]
_Row = Row[*tuple[Any, ...]]

STATISTICS_DEFINITION = __doc__.split("What is counted, exactly", 1)[1].split(":", 1)[1].strip()

@dataclass(frozen=True, slots=True)
class AgencyStatistics:
    """One agency's numbers (or all agencies', with ``agency_id`` 0)."""

    agency_id: int
    agency: str
    abbreviation: str
    requests: int
    responded: int  # requests with a first response by the as-of day
    median_first_response: float | None  # working days, tolled days excluded
    determined: int
    median_determination: float | None
    on_time: int
    on_time_counted: int  # the share's denominator (see the module docstring)

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.on_time_counted if self.on_time_counted else None

    @property
    def display_name(self) -> str:
        return f"{self.agency} ({self.abbreviation})" if self.abbreviation else self.agency


@dataclass(frozen=True, slots=True)
class Statistics:
    as_of: dt.date
    include_sample: bool
    agencies: tuple[AgencyStatistics, ...]  # agencies with at least one request, by name
    overall: AgencyStatistics

    def for_agency(self, agency_id: int) -> AgencyStatistics | None:
        return next((a for a in self.agencies if a.agency_id == agency_id), None)


@dataclass(frozen=True, slots=True)
class DashboardLists:
    """What needs doing, as of a day.

    Each list holds at most ``limit`` rows (the most urgent); the ``*_total`` fields count them all, so a
    screen can say "500 of 2,113 shown" instead of silently cutting. ``working_days_overdue`` is keyed by
    request id, for the rows shown.
    """

    as_of: dt.date
    overdue: tuple[RequestSummary, ...]  # most late first
    overdue_total: int
    very_overdue_total: int
    working_days_overdue: dict[int, int]
    very_overdue: frozenset[int]
    very_overdue_threshold: int
    due_within_7: tuple[RequestSummary, ...]
    due_within_14: tuple[RequestSummary, ...]  # due in 8-14 days (the first week is in due_within_7)
    appeal_closing: tuple[RequestSummary, ...]
    appeal_within: int
    may_sue: tuple[RequestSummary, ...]
    status_counts: dict[Status, int] = field(default_factory=dict)
    limit: int | None = None

    @property
    def truncated(self) -> bool:
        return self.limit is not None and len(self.overdue) < self.overdue_total


DEFAULT_LIST_LIMIT = 500


def dashboard_lists(db: Database, as_of: dt.date | None = None, *, include_sample: bool = True,
                    appeal_within: int = 30, limit: int | None = DEFAULT_LIST_LIMIT) -> DashboardLists:
    """The dashboard's action lists, each one indexed query on the cached columns.

    Like the statistics, the answer is remembered while the database is unchanged (SQLite only): a
    refresh with nothing new costs nothing, and any committed change, by this app or another process,
    reads them again.

    Args:
        limit: At most this many rows per list (``None``: all, e.g. for the printed overdue report).
    """
    day = as_of or dt.date.today()
    return _remembered(db, ("lists", day, include_sample, appeal_within, limit), DashboardLists,
                       lambda: _dashboard_lists(db, day, include_sample, appeal_within, limit))


def _dashboard_lists(db: Database, as_of: dt.date, include_sample: bool, appeal_within: int,
                     limit: int | None) -> DashboardLists:
    every = RequestFilter(as_of=as_of, include_sample=include_sample, limit=limit)

    def rows(**criteria: Any) -> list[RequestSummary]:  # RequestFilter's fields, checked by replace()
        return list_requests(db, replace(every, **criteria))

    overdue = rows(overdue=True)
    due_7 = rows(due_within=7)
    week = {r.id for r in due_7}
    due_14 = [r for r in rows(due_within=14) if r.id not in week]
    appeal = sorted(rows(appeal_closing_within=appeal_within), key=lambda r: (r.appeal_due, r.id))
    may_sue = sorted(rows(may_sue=True, status=tuple(AWAITING_AGENCY)), key=lambda r: (r.may_sue_from, r.id))
    with db.read_session() as session:
        threshold = very_overdue_threshold(session)
        context = load_rules_context(session)
        counts = _status_counts(session, include_sample)
        # Late requests counted per (due date, jurisdiction): a few thousand pairs, not one row per request.
        late = session.connection().execute(_scope(
            select(type_coerce(RequestRow.due_date, String), RequestRow.jurisdiction, func.count())
            .where(RequestRow.due_date < as_of)
            .group_by(RequestRow.due_date, RequestRow.jurisdiction), include_sample, None)).all()
    overdue_total = sum(count for _due, _code, count in late)
    total_very = 0
    for due_text, jurisdiction, count in late:
        due = _date(due_text)
        if due is not None and context.calendar(jurisdiction).working_days_between(due, as_of) > threshold:
            total_very += count
    working = {
        r.id: context.calendar(r.jurisdiction).working_days_between(r.due_date, as_of)
        for r in overdue if r.due_date is not None
    }
    very = frozenset(rid for rid, days in working.items() if days > threshold)
    return DashboardLists(
        as_of=as_of, overdue=tuple(overdue), overdue_total=max(overdue_total, len(overdue)),
        very_overdue_total=total_very, working_days_overdue=working, very_overdue=very,
        very_overdue_threshold=threshold, due_within_7=tuple(due_7), due_within_14=tuple(due_14),
        appeal_closing=tuple(appeal), appeal_within=appeal_within, may_sue=tuple(may_sue),
        status_counts=counts, limit=limit,
    )


def status_counts(db: Database, *, include_sample: bool = True) -> dict[Status, int]:
    with db.read_session() as session:
        return _status_counts(session, include_sample)


def has_requests(db: Database) -> bool:
    """Whether any request is outside the trash (sample ones count): the first-run offer of sample data
    asks this at every start, and stopping at the first request is cheaper than counting them all."""
    with db.read_session() as session:
        first = session.execute(select(RequestRow.id).where(RequestRow.deleted_at.is_(None)).limit(1)).first()
        return first is not None


def _status_counts(session: Session, include_sample: bool) -> dict[Status, int]:
    query = select(RequestRow.status, func.count()).where(RequestRow.deleted_at.is_(None)).group_by(RequestRow.status)
    if not include_sample:
        query = query.where(RequestRow.is_sample.is_(False))
    return {Status(status): count for status, count in session.execute(query)}


# -- statistics --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tally:
    """One agency's counts. The working-day figures are kept as how many requests took each number of
    days (a few hundred distinct values, however many requests): the medians need no more, and the
    database can count them without handing over one row per request."""

    requests: int = 0
    first: Counter[int] = field(default_factory=Counter)
    final: Counter[int] = field(default_factory=Counter)
    on_time: int = 0
    counted: int = 0


def agency_statistics(db: Database, as_of: dt.date | None = None, *, include_sample: bool = True,
                      agency_id: int | None = None) -> Statistics:
    """Per-agency statistics as of a day (see the module docstring for what is counted).

    The answer is remembered while the database is unchanged (SQLite only, see :class:`_ChangeWatch`),
    so showing the dashboard again, or toggling back, costs nothing; any committed change recomputes.

    Args:
        agency_id: Only this agency (the agencies page); the overall row is then that agency's.
    """
    day = as_of or dt.date.today()
    return _remembered(db, ("statistics", day, include_sample, agency_id), Statistics,
                       lambda: _compute_statistics(db, day, include_sample, agency_id))


_Answer = TypeVar("_Answer", "Statistics", "DashboardLists")


def _remembered(db: Database, key: tuple[object, ...], kind: type[_Answer], compute: Callable[[], _Answer]) -> _Answer:
    """*compute()*, or the answer it gave for *key* while nothing has been committed since (SQLite only:
    see :class:`_ChangeWatch`; on a server every call computes)."""
    watch = _ChangeWatch.of(db)
    version = watch.version() if watch is not None else None
    if watch is None or version is None:
        return compute()
    cached = watch.cache.get(key)
    if cached is not None and cached[0] == version and isinstance(cached[1], kind):
        return cached[1]
    answer = compute()
    watch.remember(key, version, answer)
    return answer


class _ChangeWatch:
    """Answers remembered for one SQLite database, each with the data version it was computed at.

    The version is the one change detector's (:func:`foiatrack.services.changes.data_version`): any commit,
    by this process or another, moves it, so a remembered answer is used only while nothing was committed.
    Server databases have no such counter; there nothing is remembered. Dropped with the engine.
    """

    _watches: ClassVar[weakref.WeakKeyDictionary[Engine, _ChangeWatch]] = weakref.WeakKeyDictionary()
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, engine: Engine) -> None:
        self._engine = weakref.ref(engine)
        # (what was asked) -> (the data version it was answered at, the answer)
        self.cache: dict[tuple[object, ...], tuple[tuple[int, int], Statistics | DashboardLists]] = {}

    @classmethod
    def of(cls, db: Database) -> _ChangeWatch | None:
        engine = db.engine
        if engine.dialect.name != "sqlite":
            return None
        with cls._lock:
            watch = cls._watches.get(engine)
            if watch is None:
                watch = cls._watches[engine] = cls(engine)
            return watch

    def remember(self, key: tuple[object, ...], version: tuple[int, int],
                 answer: Statistics | DashboardLists) -> None:
        if len(self.cache) >= 16:
            self.cache.pop(next(iter(self.cache)))
        self.cache[key] = (version, answer)

    def version(self) -> tuple[int, int] | None:
        engine = self._engine()
        return engine_data_version(engine) if engine is not None else None


def _compute_statistics(db: Database, as_of: dt.date, include_sample: bool, agency_id: int | None, *,
                        cached: bool = True) -> Statistics:
    """The statistics from the figures cached on each request where they hold for *as_of* (one
    aggregate query and one query for the medians' numbers), derived from the events for the rest
    (requests with events after *as_of*, or a cache computed under other rules). ``cached=False``
    derives everything from the events (tests compare the two)."""
    tallies: dict[int, _Tally] = defaultdict(_Tally)
    with db.read_session() as session:
        context = load_rules_context(session)
        connection = session.connection()
        text_dates = connection.dialect.name == "sqlite"
        to_date = dt.date.fromisoformat if text_dates else _day
        names = {aid: (name, abbr) for aid, name, abbr in connection.execute(
            select(AgencyRow.id, AgencyRow.name, AgencyRow.abbreviation))}
        derive_only = None
        stale = False
        if cached:
            valid = _cache_holds(as_of, context.stamp)
            for agency, jurisdiction, holds, count, counted, on_time in connection.execute(
                    _cached_counts_query(as_of, include_sample, agency_id, valid)):
                if not holds:
                    stale = True  # derived from the events below
                    continue
                tally = tallies[agency]
                tally.requests += count
                if context.catalog.get(jurisdiction).response is not None:  # a fixed deadline to be late for
                    tally.counted += counted or 0
                    tally.on_time += on_time or 0
            r = RequestRow.__table__.c
            for agency, first_days, final_days, count in connection.execute(_scope(
                    select(r.agency_id, r.first_response_days, r.determination_days, func.count()).where(
                        valid, or_(r.first_response_days.is_not(None), r.determination_days.is_not(None)))
                    .group_by(r.agency_id, r.first_response_days, r.determination_days),
                    include_sample, agency_id)).all():
                tally = tallies[agency]
                if first_days is not None:
                    tally.first[first_days] += count
                if final_days is not None:
                    tally.final[final_days] += count
            derive_only = ~valid
        requests: Sequence[_Row] = []
        pause_rows: Sequence[_Row] = []
        if not cached or stale:
            requests = connection.execute(
                _requests_query(as_of, include_sample, agency_id, connection.dialect.name, derive_only)).all()
            pause_rows = connection.execute(_pause_query(as_of, include_sample, agency_id, derive_only)).all()
    pause_events = _pause_events(pause_rows)
    # ISO text compares like the dates it spells, so on-time checks need no conversion on SQLite.
    as_of_key: object = as_of.isoformat() if text_dates else as_of
    rules: dict[str, tuple[WorkCalendar, bool]] = {}
    for request_id, agency, jurisdiction, due_key, received, sent, first_key, final_key, withdrawn in requests:
        tally = tallies[agency]
        tally.requests += 1
        start_key = received or sent
        if start_key is None:
            continue
        rule = rules.get(jurisdiction)
        if rule is None:
            rule = rules[jurisdiction] = (context.calendar(jurisdiction),
                                          context.catalog.get(jurisdiction).response is not None)
        calendar, fixed_deadline = rule
        if first_key is not None or final_key is not None:
            start = to_date(start_key)
            waits = pause_events.get(request_id)
            paused = _pauses(jurisdiction, received, sent, waits, context.catalog) if waits else ()
            if first_key is not None:
                tally.first[_working_days(calendar, start, to_date(first_key), paused)] += 1
            if final_key is not None:
                tally.final[_working_days(calendar, start, to_date(final_key), paused)] += 1
        if withdrawn or due_key is None or not fixed_deadline:
            continue
        if final_key is not None or due_key < as_of_key:
            tally.counted += 1
            if final_key is not None and final_key <= due_key:
                tally.on_time += 1
    overall = _Tally()
    for tally in tallies.values():
        overall.requests += tally.requests
        overall.first.update(tally.first)
        overall.final.update(tally.final)
        overall.counted += tally.counted
        overall.on_time += tally.on_time
    rows = []
    for aid, tally in tallies.items():
        name, abbreviation = names.get(aid, (f"Agency {aid}", ""))
        rows.append(_result(aid, name, abbreviation, tally))
    rows.sort(key=lambda a: a.agency.lower())
    if agency_id is not None:
        name, abbreviation = names.get(agency_id, (f"Agency {agency_id}", ""))
        total = _result(agency_id, name, abbreviation, overall)
    else:
        total = _result(0, "All agencies", "", overall)
    return Statistics(as_of, include_sample, tuple(rows), total)


def _result(agency_id: int, name: str, abbreviation: str, tally: _Tally) -> AgencyStatistics:
    return AgencyStatistics(
        agency_id=agency_id, agency=name, abbreviation=abbreviation, requests=tally.requests,
        responded=tally.first.total(), median_first_response=_median(tally.first), determined=tally.final.total(),
        median_determination=_median(tally.final), on_time=tally.on_time, on_time_counted=tally.counted,
    )


def _median(counts: Counter[int]) -> float | None:
    """The median of the values *counts* holds (value -> how many times), as ``statistics.median``
    would give over the values written out: the middle one, or the mean of the middle two."""
    size = counts.total()
    if size == 0:
        return None
    low_rank, high_rank = (size - 1) // 2, size // 2  # 0-based ranks of the middle value(s)
    low = high = None
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if low is None and seen > low_rank:
            low = value
        if seen > high_rank:
            high = value
            break
    assert low is not None and high is not None
    return (low + high) / 2


def _scope(query: _Query, include_sample: bool, agency_id: int | None) -> _Query:
    query = query.where(RequestRow.deleted_at.is_(None))  # the trash counts for nothing
    if not include_sample:
        query = query.where(RequestRow.is_sample.is_(False))
    if agency_id is not None:
        query = query.where(RequestRow.agency_id == agency_id)
    return query


def _scoped_events(query: _Query, include_sample: bool, agency_id: int | None) -> _Query:
    if include_sample and agency_id is None:
        return query
    return query.where(EventRow.__table__.c.request_id.in_(_scope(select(RequestRow.id), include_sample, agency_id)))


def _requests_query(as_of: dt.date, include_sample: bool, agency_id: int | None, dialect: str,
                    only: ColumnElement[bool] | None = None) -> _Query:
    """Every request in scope with its due date and key event dates, in one pass (GROUP BY request).

    Columns: id, agency, jurisdiction, due (extended, else initial), received, sent, first response,
    determination (not withdrawn), withdrawn (0/1). Dates are ISO text on SQLite.
    """
    e = EventRow.__table__.c
    r = RequestRow.__table__.c
    kinds = [k.value for k in (*_START_KINDS, *_FIRST_RESPONSE_KINDS)]

    def first(condition: ColumnElement[bool]) -> ColumnElement[str]:
        return type_coerce(func.min(case((condition, e.date))), String)

    final = e.kind == EventKind.FINAL_DETERMINATION.value
    not_withdrawn = func.coalesce(e.outcome, literal("")) != Outcome.WITHDRAWN.value
    # "kind || ''" keeps SQLite on the (request_id, date) index rather than the kind index: walking each
    # request's few events is several times faster than 300,000 lookups through the kind index.
    kind = (e.kind + literal("")) if dialect == "sqlite" else e.kind
    joined = RequestRow.__table__.outerjoin(
        EventRow.__table__, and_(e.request_id == r.id, e.date <= as_of, kind.in_(kinds)))
    query = select(
        r.id, r.agency_id, r.jurisdiction, type_coerce(func.coalesce(r.extended_due, r.response_due), String),
        first(e.kind == EventKind.RECEIVED.value),
        first(e.kind == EventKind.SUBMITTED.value),
        first(and_(e.kind.in_([k.value for k in _FIRST_RESPONSE_KINDS]), e.direction == Direction.INCOMING.value,
                   or_(~final, not_withdrawn))),
        first(and_(final, not_withdrawn)),
        func.max(case((and_(final, e.outcome == Outcome.WITHDRAWN.value), 1), else_=0)),
    ).select_from(joined).group_by(r.id)  # the other columns depend on the primary key
    if only is not None:
        query = query.where(only)
    return _scope(query, include_sample, agency_id)


def _cache_holds(as_of: dt.date, stamp: str) -> ColumnElement[bool]:
    """Requests whose cached figures are the as-of answer: computed under today's rules, and no event
    they read is dated after *as_of* (see :mod:`foiatrack.services.figures`)."""
    r = RequestRow.__table__.c
    return and_(r.rules_version == stamp, or_(r.stats_through.is_(None), r.stats_through <= as_of))


def _cached_counts_query(as_of: dt.date, include_sample: bool, agency_id: int | None,
                         valid: ColumnElement[bool]) -> _Query:
    """Per agency, jurisdiction and whether the cache holds: requests, and the on-time share's
    denominator and numerator as if the jurisdiction had a fixed deadline (the caller keeps them only
    where it has, and only where the cache holds)."""
    r = RequestRow.__table__.c
    due = func.coalesce(r.extended_due, r.response_due)
    counted = and_(r.withdrawn_on.is_(None), due.is_not(None), r.clock_start.is_not(None),
                   or_(r.determined_on.is_not(None), due < as_of))
    holds = case((valid, 1), else_=0)
    query = select(
        r.agency_id, r.jurisdiction, holds, func.count(),
        func.sum(case((counted, 1), else_=0)),
        func.sum(case((and_(counted, r.answered_on_time.is_(True)), 1), else_=0)),
    ).group_by(r.agency_id, r.jurisdiction, holds)
    return _scope(query, include_sample, agency_id)


def _pause_query(as_of: dt.date, include_sample: bool, agency_id: int | None,
                 only: ColumnElement[bool] | None = None) -> _Query:
    """The clarification and fee events (few): only they can pause a response clock.

    Determinations are not read: a pause that begins after the first determination cannot overlap the
    intervals measured (they end at the first response or the determination), so leaving them out
    changes no number.
    """
    e = EventRow.__table__.c
    query = select(e.id, e.request_id, type_coerce(e.date, String), e.kind).where(
        e.kind.in_([k.value for k in _PAUSE_KINDS]), e.date <= as_of)
    if only is not None:
        query = query.where(e.request_id.in_(select(RequestRow.id).where(only)))
    return _scoped_events(query, include_sample, agency_id)


def _pause_events(rows: Iterable[_Row]) -> dict[int, tuple[tuple[int, object, str], ...]]:
    """Each request's clarification and fee events as plain ``(id, date, kind)`` tuples."""
    grouped: dict[int, list[tuple[int, object, str]]] = defaultdict(list)
    for event_id, request_id, day, kind in rows:
        grouped[request_id].append((event_id, day, kind))
    return {request_id: tuple(sorted(events)) for request_id, events in grouped.items()}


def request_counts_by_agency(db: Database, *, include_sample: bool = True) -> dict[int, int]:
    """How many requests each agency has (agencies without any are absent): one GROUP BY."""
    query = _scope(select(RequestRow.agency_id, func.count()).group_by(RequestRow.agency_id), include_sample, None)
    with db.read_session() as session:
        return {agency_id: count for agency_id, count in session.execute(query)}


@dataclass(frozen=True, slots=True)
class ReminderDigest:
    """What changed for the reminder: requests that became overdue since the last check, and those due
    tomorrow (the last working chance to chase them before they are late)."""

    as_of: dt.date
    became_overdue: tuple[RequestSummary, ...]
    due_tomorrow: tuple[RequestSummary, ...]
    overdue_total: int

    def text(self, limit: int = 5) -> str:
        """One short paragraph; empty when there is nothing new to say."""
        parts = []
        for rows, singular, plural in ((self.became_overdue, "became overdue", "became overdue"),
                                       (self.due_tomorrow, "is due tomorrow", "are due tomorrow")):
            if not rows:
                continue
            named = "; ".join(f"#{r.id} {r.agency_abbreviation or r.agency}: {r.subject}" for r in rows[:limit])
            more = f" and {len(rows) - limit} more" if len(rows) > limit else ""
            what = f"1 request {singular}" if len(rows) == 1 else f"{len(rows)} requests {plural}"
            parts.append(f"{what}: {named}{more}.")
        if parts and self.overdue_total:
            parts.append(f"{self.overdue_total} overdue in all.")
        return " ".join(parts)


def reminder_digest(db: Database, today: dt.date | None = None, since: dt.date | None = None, *,
                    include_sample: bool = True) -> ReminderDigest:
    """Requests whose due date fell in ``[since, today)`` (they became overdue; *since* defaults to
    yesterday) and those due tomorrow, from the cached due dates (three small indexed queries)."""
    today = today or dt.date.today()
    since = min(since or today - dt.timedelta(days=1), today - dt.timedelta(days=1))
    became = list_requests(db, RequestFilter(as_of=since, due_within=(today - since).days - 1,
                                             include_sample=include_sample))
    became = [_late_as_of(r, today) for r in became if r.due_date is not None and r.due_date < today]
    tomorrow = today + dt.timedelta(days=1)
    due = list_requests(db, RequestFilter(as_of=today, due_within=1, include_sample=include_sample))
    with db.read_session() as session:
        total = session.scalar(_scope(select(func.count()).select_from(RequestRow).where(
            RequestRow.due_date < today), include_sample, None)) or 0
    return ReminderDigest(today, tuple(became), tuple(r for r in due if r.due_date == tomorrow), total)


def _late_as_of(row: RequestSummary, today: dt.date) -> RequestSummary:
    return replace(row, days_overdue=(today - row.due_date).days if row.due_date else 0)

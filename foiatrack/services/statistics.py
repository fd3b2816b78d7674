"""Dashboard numbers: the action lists (overdue, due soon, appeal windows, may sue) and honest per-agency
statistics.

The lists and counts, and the statistics from the figures cached on each request, are the statements of
:mod:`foiatrack.store.dashboard_sql` turned into values by :mod:`foiatrack.services.dashboard_read`, the
same that fill the app's first dashboard before SQLAlchemy loads. Where a request's cached figures do not
hold for the "as of" day, the statistics read the events, but in bulk: one aggregate query for every
request's key dates and one small query for the events that pause the clock. Nothing here runs a query
per request, and nothing at all while the database is unchanged (the answer is remembered; SQLite).

What is counted is :data:`foiatrack.services.dashboard_read.STATISTICS_DEFINITION` (the app shows it).
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
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
    text,
    type_coerce,
)
from sqlalchemy.orm import Session

from foiatrack.core.calendars import WorkCalendar
from foiatrack.core.vocabulary import Direction, EventKind, Outcome, Status
from foiatrack.services.changes import engine_data_version
from foiatrack.services.dashboard_read import (  # the values are defined there, without SQLAlchemy
    DEFAULT_LIST_LIMIT,
    Counts,
    DashboardLists,
    KnownRows,
    RequestSummary,
    Statistics,
    Tally,
    add_counts,
    agency_names,
    finish_statistics,
    new_tallies,
    read_agency_counts,
    read_cached_tallies,
    read_lists,
    read_status_counts,
    rules_context,
)
from foiatrack.services.dashboard_read import (
    STATISTICS_DEFINITION as STATISTICS_DEFINITION,
)
from foiatrack.services.dashboard_read import (
    AgencyStatistics as AgencyStatistics,
)
from foiatrack.services.dashboard_read import very_overdue_threshold as threshold_of
from foiatrack.services.figures import FIRST_RESPONSE_KINDS as _FIRST_RESPONSE_KINDS
from foiatrack.services.figures import PAUSE_KINDS as _PAUSE_KINDS
from foiatrack.services.figures import START_KINDS as _START_KINDS
from foiatrack.services.figures import day_of as _day
from foiatrack.services.figures import pauses as _pauses
from foiatrack.services.figures import working_days as _working_days
from foiatrack.services.jurisdictions import RulesContext
from foiatrack.services.queries import RequestFilter, list_requests
from foiatrack.store.dashboard_sql import DashboardSQL
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyChangeRow, EventRow, RequestRow

# A SELECT, and a row, of whatever columns the query names (each query's docstring lists them).
_Query = Select[*tuple[Any, ...]]
_Row = Row[*tuple[Any, ...]]


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
    watch = _ChangeWatch.of(db)
    with db.read_session() as session:
        # On SQLite the counts are added up from each agency's, remembered per agency (see _per_agency).
        counts = _change_counts(session) if watch is not None else {}
        sql = dashboard_sql(session)
        context = rules_context(sql)
        threshold = threshold_of(sql)
        totals = None
        if watch is not None:
            totals = add_counts(_per_agency(
                watch, ("counts", as_of, include_sample, context.stamp, threshold), counts,
                lambda agency: read_agency_counts(sql, context, threshold, as_of, include_sample, agency)).values())
        return read_lists(sql, context, threshold, as_of, include_sample, appeal_within, limit,
                          _known_rows(db.engine), totals)


_KNOWN_ROWS: weakref.WeakKeyDictionary[Engine, KnownRows] = weakref.WeakKeyDictionary()
_KNOWN_ROWS_LOCK = threading.Lock()


def _known_rows(engine: Engine) -> KnownRows:
    """The list rows last read from this database, kept while its engine lives (any backend: a row is
    reused only when equal in every column, see :class:`KnownRows`)."""
    with _KNOWN_ROWS_LOCK:
        known = _KNOWN_ROWS.get(engine)
        if known is None:
            known = _KNOWN_ROWS[engine] = KnownRows()
        return known


def dashboard_sql(session: Session) -> DashboardSQL:
    """The dashboard's statements (:mod:`foiatrack.store.dashboard_sql`) on *session*'s connection.

    On SQLite they run on the driver's own connection (the session's, in its transaction): the rows are
    the plain tuples the app's first look reads, without SQLAlchemy making a row object of each (about a
    third of a refresh's time on 50,000 requests)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        driver = connection.connection.driver_connection
        assert driver is not None  # a live connection: the session has just handed it out

        def run_plain(statement: str, parameters: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
            cursor = driver.execute(statement, dict(parameters))
            try:
                rows: list[tuple[Any, ...]] = cursor.fetchall()
                return rows
            finally:
                cursor.close()

        return DashboardSQL(run_plain, text_dates=True)

    def run(statement: str, parameters: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return connection.execute(text(statement), dict(parameters)).all()

    return DashboardSQL(run, text_dates=False)


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
    return read_status_counts(dashboard_sql(session), include_sample)


# -- statistics --------------------------------------------------------------------------------------------


def agency_statistics(db: Database, as_of: dt.date | None = None, *, include_sample: bool = True,
                      agency_id: int | None = None) -> Statistics:
    """Per-agency statistics as of a day (see the module docstring for what is counted).

    The answer is remembered while the database is unchanged (SQLite only, see :class:`_ChangeWatch`),
    so showing the dashboard again, or toggling back, costs nothing; any committed change recomputes.

    Args:
        agency_id: Only this agency (the agencies page); the overall row is then that agency's.
    """
    day = as_of or dt.date.today()
    if agency_id is None:
        return _remembered(db, ("statistics", day, include_sample, None), Statistics,
                           lambda: _statistics_after_changes(db, day, include_sample))
    return _remembered(db, ("statistics", day, include_sample, agency_id), Statistics,
                       lambda: _compute_statistics(db, day, include_sample, agency_id))


_Answer = TypeVar("_Answer", Statistics, DashboardLists)


def _remembered(db: Database, key: tuple[object, ...], kind: type[_Answer], compute: Callable[[], _Answer]) -> _Answer:
    """*compute()*, or the answer it gave for *key* while nothing has been committed since (SQLite only:
    see :class:`_ChangeWatch`; on a server every call computes). A new answer equal to the one given
    before is that same object."""
    watch = _ChangeWatch.of(db)
    version = watch.version() if watch is not None else None
    if watch is None or version is None:
        return compute()
    cached = watch.cache.get(key)
    if cached is not None and cached[0] == version and isinstance(cached[1], kind):
        return cached[1]
    answer = compute()
    if cached is not None and isinstance(cached[1], kind) and cached[1] == answer:
        # Something was committed, but not what this answer shows: the answer given before is given again,
        # the very object, so that a page showing it can tell at once that its tables are right as they are.
        answer = cached[1]
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
        # (what, day, options, rules stamp...) -> (the agencies' change counts, each agency's part then)
        self._parts: dict[tuple[object, ...], tuple[dict[int, int], dict[int, Any]]] = {}
        self._parts_lock = threading.Lock()

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

    def known_parts(self, key: tuple[object, ...]) -> tuple[dict[int, int], dict[int, Any]] | None:
        """The agencies' parts last read for *key*, with the change counts they were read at."""
        with self._parts_lock:
            return self._parts.get(key)

    def remember_parts(self, key: tuple[object, ...], counts: dict[int, int], parts: dict[int, Any]) -> None:
        """Keep *parts* (never changed afterwards: a later reading makes a new dict) for *key*."""
        with self._parts_lock:
            self._parts.pop(key, None)
            if len(self._parts) >= 8:
                self._parts.pop(next(iter(self._parts)))
            self._parts[key] = (counts, parts)

    def version(self) -> tuple[int, int] | None:
        engine = self._engine()
        return engine_data_version(engine) if engine is not None else None


def _compute_statistics(db: Database, as_of: dt.date, include_sample: bool, agency_id: int | None, *,
                        cached: bool = True) -> Statistics:
    """The statistics from the figures cached on each request where they hold for *as_of* (one
    aggregate query and one query for the medians' numbers), derived from the events for the rest
    (requests with events after *as_of*, or a cache computed under other rules). ``cached=False``
    derives everything from the events (tests compare the two)."""
    with db.read_session() as session:
        sql = dashboard_sql(session)
        context = rules_context(sql)
        names = agency_names(sql)
        tallies = _tallies(session, sql, context, as_of, include_sample, agency_id, cached=cached)
    return finish_statistics(names, tallies, as_of, include_sample, agency_id)


def _statistics_after_changes(db: Database, as_of: dt.date, include_sample: bool) -> Statistics:
    """Every agency's statistics, reading again only the agencies whose requests or events changed since
    the last reading for the same day, options and rules (see :func:`_per_agency`); the overall row is
    recombined from the agencies' tallies, which keep the medians' numbers. On a server, everything is read."""
    watch = _ChangeWatch.of(db)
    if watch is None:
        return _compute_statistics(db, as_of, include_sample, None)
    with db.read_session() as session:
        counts = _change_counts(session)  # first: what is read below is at least as new
        sql = dashboard_sql(session)
        context = rules_context(sql)
        names = agency_names(sql)
        tallies = _per_agency(watch, ("statistics", as_of, include_sample, context.stamp), counts,
                              lambda agency: _tallies(session, sql, context, as_of, include_sample, agency))
    return finish_statistics(names, tallies, as_of, include_sample, None)


_Part = TypeVar("_Part", Tally, Counts)
FILE_MARK = 0  # the file's own mark in agency_changes (migration 0016; agency ids start at 1)


def _change_counts(session: Session) -> dict[int, int]:
    """Each agency's change mark (migrations 0015 and 0016; an agency without one counts as 0), and the
    file's own mark under :data:`FILE_MARK`."""
    return {agency: changes for agency, changes in session.execute(
        select(AgencyChangeRow.agency_id, AgencyChangeRow.changes))}


def _per_agency(watch: _ChangeWatch, key: tuple[object, ...], counts: dict[int, int],
                read: Callable[[int | None], dict[int, _Part]]) -> dict[int, _Part]:
    """Each agency's part of an answer (its statistics' tallies, its counts), read by *read* (every
    agency's with None), remembered per agency with its change counter.

    SQLite's triggers (migrations 0015 and 0016) give an agency a new random mark in the same transaction
    as any change to its requests or their events, whoever writes; *counts* (the marks) were read in the
    transaction that reads the parts, before them. A mark does not come back (a backup restored and
    changed again gets new ones), so a remembered part is used only while its agency's mark is the one
    it was read at, and only the agencies whose mark moved are read again. What else the answer depends on
    (the day, the options, the rules and closure days, the threshold) is in *key*."""
    known = watch.known_parts(key)
    # The file's own mark (migration 0016) changes when the file is another one's (a backup from before
    # the marks, restored): nothing remembered holds then.
    if known is None or FILE_MARK not in counts or counts[FILE_MARK] != known[0].get(FILE_MARK):
        parts = read(None)
    else:
        known_counts, known_parts = known
        changed = {agency for agency in counts.keys() | known_counts.keys()
                   if counts.get(agency, 0) != known_counts.get(agency, 0)}
        parts = {agency: part for agency, part in known_parts.items() if agency not in changed}
        for agency in sorted(changed):
            parts.update(read(agency))
    watch.remember_parts(key, counts, parts)
    return parts


def _tallies(session: Session, sql: DashboardSQL, context: RulesContext, as_of: dt.date, include_sample: bool,
             agency_id: int | None, *, cached: bool = True) -> dict[int, Tally]:
    """Each agency's tallies (of *agency_id* alone if given): see :func:`_compute_statistics`."""
    connection = session.connection()
    tallies = new_tallies()
    text_dates = connection.dialect.name == "sqlite"
    to_date = dt.date.fromisoformat if text_dates else _day
    derive_only = None
    stale = False
    if cached:
        stale = read_cached_tallies(sql, context, as_of, include_sample, agency_id, tallies)
        derive_only = ~_cache_holds(as_of, context.stamp)
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
    return dict(tallies)


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

"""The dashboard's values (action lists, counts, per-agency statistics) and how they are read from the
statements of :mod:`foiatrack.store.dashboard_sql`, on any connection.

The services (:mod:`foiatrack.services.statistics`) read them through SQLAlchemy; the app's first
dashboard reads them through ``sqlite3`` before SQLAlchemy is imported (:mod:`foiatrack.services.first_look`).
Both build the values here, from the same statements, so the two cannot differ. This module imports
neither SQLAlchemy nor the store's tables.

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
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from foiatrack.core.vocabulary import Status
from foiatrack.services.figures import as_date
from foiatrack.services.jurisdictions import RulesContext, make_rules_context
from foiatrack.store.dashboard_sql import APPEAL_CLOSING, DUE_WITHIN, MAY_SUE, OVERDUE, DashboardSQL

STATISTICS_DEFINITION = __doc__.split("What is counted, exactly", 1)[1].split(":", 1)[1].strip()

TAG_SEPARATOR = ", "  # between the tags of a request in its tags_text column
DEFAULT_LIST_LIMIT = 500
VERY_OVERDUE_KEY = "very_overdue_working_days"
DEFAULT_VERY_OVERDUE = 20
_STATUS = {status.value: status for status in Status}
_DATES = object()  # the key, in a list's shared values, of the dates read from their text


@dataclass(frozen=True, slots=True)
class RequestSummary:
    """One row of a request list: the request's own facts and its cached derived dates."""

    id: int
    subject: str
    agency: str
    agency_abbreviation: str
    agency_id: int
    jurisdiction: str
    status: Status
    sent_on: dt.date | None
    tracking_number: str | None
    response_due: dt.date | None
    extended_due: dt.date | None
    due_date: dt.date | None
    appeal_due: dt.date | None
    may_sue_from: dt.date | None
    days_overdue: int
    tags: tuple[str, ...]
    is_sample: bool
    batch_id: int | None
    appeal_decision_due: dt.date | None = None

    def to_json(self) -> dict[str, object]:
        def iso(value: dt.date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "id": self.id,
            "subject": self.subject,
            "agency": self.agency,
            "agency_abbreviation": self.agency_abbreviation,
            "jurisdiction": self.jurisdiction,
            "status": self.status.value,
            "sent": iso(self.sent_on),
            "tracking_number": self.tracking_number,
            "response_due": iso(self.response_due),
            "extended_due": iso(self.extended_due),
            "due": iso(self.due_date),
            "appeal_due": iso(self.appeal_due),
            "may_sue_from": iso(self.may_sue_from),
            "appeal_decision_due": iso(self.appeal_decision_due),
            "days_overdue": self.days_overdue,
            "tags": list(self.tags),
            "sample": self.is_sample,
        }



def summary_from_row(row: Sequence[Any], as_of: dt.date, shared: dict[object, Any] | None = None) -> RequestSummary:
    """One list row as a value. With *shared*, the values many rows repeat (an agency's name, a date, a tag
    list) are kept once for the whole list: the driver makes a new object for each row's copy, which on
    50,000 requests comes to tens of megabytes."""
    (request_id, subject, agency, abbreviation, agency_id, jurisdiction, status, sent_on, tracking, response_due,
     extended_due, due_date, appeal_due, may_sue_from, is_sample, batch_id, tags_text, appeal_decision_due) = row
    # Dates are ISO text from sqlite3 (and from SQLAlchemy's text() on SQLite), dates otherwise.
    days = (sent_on, response_due, extended_due, due_date, appeal_due, may_sue_from, appeal_decision_due)
    tags = tuple(tags_text.split(TAG_SEPARATOR)) if tags_text else ()
    if shared is None:
        sent_on, response_due, extended_due, due_date, appeal_due, may_sue_from, appeal_decision_due = (
            as_date(day) for day in days)
    else:
        one = shared.setdefault
        agency, abbreviation, jurisdiction, tags = one(agency, agency), one(abbreviation, abbreviation), \
            one(jurisdiction, jurisdiction), one(tags, tags)
        # Each date's text is read once for the whole list (a few hundred dates, thousands of cells).
        dates: dict[object, dt.date | None] = shared.setdefault(_DATES, {})
        sent_on, response_due, extended_due, due_date, appeal_due, may_sue_from, appeal_decision_due = (
            dates[day] if day in dates else dates.setdefault(day, as_date(day)) for day in days)
    days_overdue = (as_of - due_date).days if due_date is not None and due_date < as_of else 0
    return RequestSummary(
        id=request_id, subject=subject, agency=agency, agency_abbreviation=abbreviation, agency_id=agency_id,
        jurisdiction=jurisdiction, status=_STATUS[status], sent_on=sent_on, tracking_number=tracking,
        response_due=response_due, extended_due=extended_due, due_date=due_date, appeal_due=appeal_due,
        may_sue_from=may_sue_from, days_overdue=days_overdue, tags=tags, is_sample=bool(is_sample), batch_id=batch_id,
        appeal_decision_due=appeal_decision_due,
    )




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


def rules_context(sql: DashboardSQL) -> RulesContext:
    """The deadline rules with the closure days stored in the database."""
    days = ((as_date(day), name, where) for day, name, where in sql.closure_days())
    # The day column is NOT NULL: the filter only tells the type checker so.
    return make_rules_context(tuple((day, name, where) for day, name, where in days if day is not None))


def very_overdue_threshold(sql: DashboardSQL) -> int:
    """Working days past the due date after which a request counts as very overdue."""
    stored = sql.setting(VERY_OVERDUE_KEY)
    return int(json.loads(stored)) if stored is not None else DEFAULT_VERY_OVERDUE


def read_status_counts(sql: DashboardSQL, include_sample: bool) -> dict[Status, int]:
    return {Status(status): count for status, count in sql.status_counts(include_sample)}


class KnownRows:
    """The list rows read last time, each with the value made of it, for one database.

    A refresh after a change reads the lists again, but most of their rows are the ones read before: a
    row equal in every column (and read for the same day, which the days overdue depend on) gives the
    value made before, instead of a new one made from the same columns. Only what the last reading held
    is kept (a few thousand rows at most). The day and the rows are replaced together, in one
    assignment, so a reading on another thread never pairs one day with the other day's rows."""

    def __init__(self) -> None:
        self.last: tuple[dt.date, dict[tuple[Any, ...], RequestSummary]] | None = None


@dataclass(frozen=True, slots=True)
class Counts:
    """The dashboard's counts (of every request, or of one agency's): by status, late, very late."""

    statuses: dict[Status, int]
    overdue: int
    very_overdue: int


def read_agency_counts(sql: DashboardSQL, context: RulesContext, threshold: int, as_of: dt.date,
                       include_sample: bool, agency_id: int | None) -> dict[int, Counts]:
    """Each agency's :class:`Counts` (of *agency_id* alone if given): the parts :func:`add_counts` adds up."""
    statuses: dict[int, dict[Status, int]] = defaultdict(dict)
    for agency, status, count in sql.agency_status_counts(include_sample, agency_id):
        statuses[agency][_STATUS[status]] = count
    late: dict[int, list[Sequence[Any]]] = defaultdict(list)
    for agency, due, jurisdiction, count in sql.agency_late_counts(as_of, include_sample, agency_id):
        late[agency].append((due, jurisdiction, count))
    return {agency: Counts(statuses.get(agency, {}), sum(count for _d, _j, count in late.get(agency, ())),
                           _very_overdue_count(late.get(agency, ()), context, threshold, as_of))
            for agency in statuses.keys() | late.keys()}


def add_counts(parts: Iterable[Counts]) -> Counts:
    """Every agency's counts added up; the statuses in the order the database's GROUP BY gives them."""
    statuses: Counter[Status] = Counter()
    overdue = very = 0
    for part in parts:
        statuses.update(part.statuses)
        overdue += part.overdue
        very += part.very_overdue
    return Counts({status: statuses[status] for status in sorted(statuses, key=lambda s: s.value)}, overdue, very)


def read_lists(sql: DashboardSQL, context: RulesContext, threshold: int, as_of: dt.date, include_sample: bool,
               appeal_within: int, limit: int | None, known: KnownRows | None = None,
               counts: Counts | None = None) -> DashboardLists:
    """The dashboard's action lists as of *as_of*, each one indexed query on the cached columns. With
    *known*, rows equal to those of the last reading keep their values (see :class:`KnownRows`); with
    *counts*, those are the counts (added up from each agency's, see :func:`read_agency_counts`) instead
    of counting every request."""
    shared: dict[object, Any] = {}
    last = known.last if known is not None else None
    before = last[1] if last is not None and last[0] == as_of else {}
    made: dict[tuple[Any, ...], RequestSummary] = {}

    def rows(which: str, days: int = 0) -> list[RequestSummary]:
        values = []
        for row in sql.request_list(which, as_of, days=days, include_sample=include_sample, limit=limit):
            key = tuple(row)
            value = made.get(key) or before.get(key)
            if value is None:
                value = summary_from_row(row, as_of, shared)
            made[key] = value
            values.append(value)
        return values

    overdue = rows(OVERDUE)
    # The first week's list is the front of the fortnight's: both are in due-date order, so the requests
    # due within 7 days come before any due later, and the fortnight's first rows (at most the limit) are
    # exactly the week's. One statement for both.
    fortnight = rows(DUE_WITHIN, 14)
    last_of_week = as_of + dt.timedelta(days=7)
    due_7 = [r for r in fortnight if r.due_date is not None and r.due_date <= last_of_week]
    week = {r.id for r in due_7}
    due_14 = [r for r in fortnight if r.id not in week]
    appeal = sorted(rows(APPEAL_CLOSING, appeal_within), key=lambda r: (r.appeal_due, r.id))
    may_sue = sorted(rows(MAY_SUE), key=lambda r: (r.may_sue_from, r.id))
    if counts is None:
        late = sql.late_counts(as_of, include_sample)
        counts = Counts(read_status_counts(sql, include_sample), sum(count for _due, _code, count in late),
                        _very_overdue_count(late, context, threshold, as_of))
    # Working days late, counted once per (jurisdiction, due date): the late requests share a few dates.
    late_by: dict[tuple[str, dt.date], int] = {}
    working = {}
    for r in overdue:
        if r.due_date is not None:
            key = (r.jurisdiction, r.due_date)
            days = late_by.get(key)
            if days is None:
                days = late_by[key] = context.calendar(r.jurisdiction).working_days_between(r.due_date, as_of)
            working[r.id] = days
    very = frozenset(rid for rid, days in working.items() if days > threshold)
    if known is not None:
        known.last = (as_of, made)
    return DashboardLists(
        as_of=as_of, overdue=tuple(overdue), overdue_total=max(counts.overdue, len(overdue)),
        very_overdue_total=counts.very_overdue, working_days_overdue=working, very_overdue=very,
        very_overdue_threshold=threshold, due_within_7=tuple(due_7), due_within_14=tuple(due_14),
        appeal_closing=tuple(appeal), appeal_within=appeal_within, may_sue=tuple(may_sue),
        status_counts=counts.statuses, limit=limit,
    )


def _very_overdue_count(late: Sequence[Sequence[Any]], context: RulesContext, threshold: int,
                        as_of: dt.date) -> int:
    """How many of the late requests, counted per (due date, jurisdiction), are more than *threshold*
    working days late. The working days late only grow as the due date moves earlier, so each
    jurisdiction's dates are walked from the latest back to the first one past the threshold: every
    earlier date is past it too (a few dozen calendar look-ups, not one per date). The dates are sorted
    as the driver gives them (ISO text sorts as the dates it spells) and only those looked up are read
    as dates: a late list of thousands of dates is not parsed whole at every refresh."""
    by_jurisdiction: dict[str, list[tuple[Any, int]]] = defaultdict(list)
    for due_value, jurisdiction, count in late:
        if due_value is not None:
            by_jurisdiction[jurisdiction].append((due_value, count))
    total = 0
    for jurisdiction, dated in by_jurisdiction.items():
        calendar = context.calendar(jurisdiction)
        dated.sort(reverse=True)
        for position, (due_value, _count) in enumerate(dated):
            due = as_date(due_value)
            if due is not None and calendar.working_days_between(due, as_of) > threshold:
                total += sum(count for _due, count in dated[position:])
                break
    return total


@dataclass(slots=True)
class Tally:
    """One agency's counts. The working-day figures are kept as how many requests took each number of
    days (a few hundred distinct values, however many requests): the medians need no more, and the
    database can count them without handing over one row per request."""

    requests: int = 0
    first: Counter[int] = field(default_factory=Counter)
    final: Counter[int] = field(default_factory=Counter)
    on_time: int = 0
    counted: int = 0


def read_cached_tallies(sql: DashboardSQL, context: RulesContext, as_of: dt.date, include_sample: bool,
                        agency_id: int | None, tallies: dict[int, Tally]) -> bool:
    """Add to *tallies* the figures cached on the requests where they hold for *as_of*; whether any
    request's cache does not hold (those are left for the caller to derive from the events)."""
    stale = False
    fixed_deadline = [rule.code for rule in context.catalog if rule.response is not None]  # to be late for
    for agency, held, count, counted, on_time in sql.cached_counts(
            as_of, context.stamp, include_sample, agency_id, fixed_deadline):
        held = held or 0
        stale = stale or held < count
        if not held:
            continue
        tally = tallies[agency]
        tally.requests += held
        tally.counted += counted or 0
        tally.on_time += on_time or 0
    for agency, first_days, final_days, count in sql.cached_days(as_of, context.stamp, include_sample, agency_id):
        tally = tallies[agency]
        if first_days is not None:
            tally.first[first_days] += count
        if final_days is not None:
            tally.final[final_days] += count
    return stale


def new_tallies() -> dict[int, Tally]:
    return defaultdict(Tally)


def agency_names(sql: DashboardSQL) -> dict[int, tuple[str, str]]:
    """Each agency's (name, abbreviation) by id."""
    return {aid: (name, abbreviation) for aid, name, abbreviation in sql.agency_names()}


def finish_statistics(names: dict[int, tuple[str, str]], tallies: dict[int, Tally], as_of: dt.date,
                      include_sample: bool, agency_id: int | None) -> Statistics:
    """The statistics from each agency's tallies (names from :func:`agency_names`), and the overall row."""
    overall = Tally()
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


def _result(agency_id: int, name: str, abbreviation: str, tally: Tally) -> AgencyStatistics:
    return AgencyStatistics(
        agency_id=agency_id, agency=name, abbreviation=abbreviation, requests=tally.requests,
        responded=tally.first.total(), median_first_response=median(tally.first), determined=tally.final.total(),
        median_determination=median(tally.final), on_time=tally.on_time, on_time_counted=tally.counted,
    )


def median(counts: Counter[int]) -> float | None:
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

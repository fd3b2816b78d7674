"""The per-request figures behind the agency statistics, computed from one request's events.

They are cached on the request row with its status and deadlines (:mod:`foiatrack.services.derive`),
so the dashboard's statistics are one aggregate query plus medians instead of a pass over every event.
The definitions are those of :mod:`foiatrack.services.statistics` (its docstring is the published
text), and this module holds the pieces both use: the pause replay and the working-day count.

A cached figure is the as-of answer for every day on or after ``through``: the latest date of any event
the figures read (clock starts, first responses, determinations, withdrawals, and the clarification and
fee events that pause the clock). For an earlier day the statistics derive the figures from the events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from foiatrack.core.calendars import WorkCalendar
from foiatrack.core.counting import Pause
from foiatrack.core.event_kinds import Statistics, kinds_where
from foiatrack.core.models import Event
from foiatrack.core.rules import JurisdictionCatalog
from foiatrack.core.timeline import read_timeline
from foiatrack.core.vocabulary import Direction, EventKind, Outcome

# Each kind's role in the statistics is its ``statistics`` in the table of event kinds.
FIRST_RESPONSE_KINDS = kinds_where(statistics=Statistics.FIRST_RESPONSE)
START_KINDS = kinds_where(statistics=Statistics.CLOCK_START)
PAUSE_KINDS = kinds_where(statistics=Statistics.PAUSE)
_READ_KINDS = frozenset((*FIRST_RESPONSE_KINDS, *START_KINDS, *PAUSE_KINDS))
_PAUSE_KIND_OF = {kind.value: kind for kind in PAUSE_KINDS}


@dataclass(frozen=True, slots=True)
class Figures:
    """One request's statistics figures (working days exclude the days the clock was paused)."""

    clock_start: dt.date | None  # first received, else first sent
    first_response_on: dt.date | None
    first_response_days: int | None
    determined_on: dt.date | None  # first final determination that is not a withdrawal
    determination_days: int | None
    paused_days: int | None  # working days paused between the clock start and the determination
    withdrawn_on: dt.date | None  # first final determination that is a withdrawal
    answered_on_time: bool | None  # determined on or before the (extended) due date; None: no such pair
    through: dt.date | None  # the figures hold as of this day and every later one

    def columns(self) -> dict[str, object]:
        """The cached columns of ``requests``."""
        return {
            "clock_start": self.clock_start, "first_response_on": self.first_response_on,
            "first_response_days": self.first_response_days, "determined_on": self.determined_on,
            "determination_days": self.determination_days, "paused_days": self.paused_days,
            "withdrawn_on": self.withdrawn_on, "answered_on_time": self.answered_on_time,
            "stats_through": self.through,
        }


def request_figures(events: Sequence[Event], jurisdiction: str, catalog: JurisdictionCatalog,
                    calendar: WorkCalendar, due: dt.date | None) -> Figures:
    """The figures of one request from all its events; *due* is the extended, else initial, due date."""
    read = [e for e in events if e.kind in _READ_KINDS]
    received = min((e.date for e in read if e.kind is EventKind.RECEIVED), default=None)
    sent = min((e.date for e in read if e.kind is EventKind.SUBMITTED), default=None)
    first = min((e.date for e in read if e.kind in FIRST_RESPONSE_KINDS and e.direction is Direction.INCOMING
                 and not _is_withdrawal(e)), default=None)
    finals = [e for e in read if e.kind is EventKind.FINAL_DETERMINATION]
    determined = min((e.date for e in finals if not _is_withdrawal(e)), default=None)
    withdrawn = min((e.date for e in finals if _is_withdrawal(e)), default=None)
    through = max((e.date for e in read), default=None)
    start = received or sent
    first_days = final_days = paused_days = None
    if start is not None and (first is not None or determined is not None):
        waits = tuple(sorted((e.id, e.date, e.kind.value) for e in read if e.kind in PAUSE_KINDS))
        paused = pauses(jurisdiction, received, sent, waits, catalog) if waits else ()
        if first is not None:
            first_days = working_days(calendar, start, first, paused)
        if determined is not None:
            final_days = working_days(calendar, start, determined, paused)
            paused_days = paused_working_days(calendar, start, determined, paused)
    on_time = determined <= due if determined is not None and due is not None else None
    return Figures(start, first, first_days, determined, final_days, paused_days, withdrawn, on_time, through)


def _is_withdrawal(event: Event) -> bool:
    return event.kind is EventKind.FINAL_DETERMINATION and event.outcome == Outcome.WITHDRAWN


def working_days(calendar: WorkCalendar, start: dt.date, end: dt.date, paused: Iterable[Pause]) -> int:
    """Working days in ``(start, end]`` less those during which the clock stood still."""
    if end <= start:
        return 0
    return max(calendar.working_days_between(start, end) - paused_working_days(calendar, start, end, paused), 0)


def paused_working_days(calendar: WorkCalendar, start: dt.date, end: dt.date, paused: Iterable[Pause]) -> int:
    """Working days in ``(start, end]`` during which the clock stood still (overlaps counted twice, as the
    statistics have always subtracted each pause on its own)."""
    days = 0
    for pause in paused:
        low = max(pause.start, start)
        high = min(pause.end or end, end)
        if high > low:
            days += calendar.working_days_between(low, high)
    return days


def pauses(jurisdiction: str, received: object, sent: object, events: tuple[tuple[int, object, str], ...],
           catalog: JurisdictionCatalog) -> tuple[Pause, ...]:
    """The request's pauses, replayed by the deadline engine's own tolling rules (which need the clock
    start: only the agency's requests after it can pause the clock). *events* are ``(id, date, kind)``
    of the clarification and fee events; dates may be ISO text (SQLite) or dates.

    Memoised on exactly these inputs: after one event is logged, the next recomputation replays only the
    requests whose waits or clock start changed, not the thousands that did not.
    """
    _CATALOGS.setdefault(id(catalog), catalog)  # held, so the id stays this catalog's for the memo's life
    return _replayed_pauses(id(catalog), jurisdiction, received, sent, events)


_CATALOGS: dict[int, JurisdictionCatalog] = {}


@lru_cache(maxsize=100_000)
def _replayed_pauses(catalog_id: int, jurisdiction: str, received: object, sent: object,
                     events: tuple[tuple[int, object, str], ...]) -> tuple[Pause, ...]:
    catalog = _CATALOGS[catalog_id]
    timeline = [Event(id=event_id, request_id=0, date=day_of(day), kind=_PAUSE_KIND_OF[kind],
                      direction=_PAUSE_KIND_OF[kind].default_direction) for event_id, day, kind in events]
    for kind, value in ((EventKind.RECEIVED, received), (EventKind.SUBMITTED, sent)):
        if value is not None:
            timeline.append(Event(id=0, request_id=0, date=day_of(value), kind=kind,
                                  direction=kind.default_direction))
    return read_timeline(timeline, catalog.get(jurisdiction)).pauses


def as_date(value: object) -> dt.date | None:
    """SQLite hands back ISO text (the Date type's processor is skipped for speed), other servers dates."""
    return None if value is None else day_of(value)


def day_of(value: object) -> dt.date:
    """:func:`as_date` of a value known to be there (a NOT NULL column, or one checked for NULL)."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])

"""Counting one time limit, and saying how it was counted.

Every derived date must be checkable by its reader with a paper calendar, so the arithmetic and the
sentence that explains it are produced together here: the rule and its citation, the starting day, the
pauses, the holidays skipped (by name; weekends go without saying) and the roll-forward of a deadline that
lands on a non-working day. :mod:`foiatrack.core.deadlines` decides *which* limits apply and from when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from foiatrack.core.calendars import WorkCalendar
from foiatrack.core.dates import weekday_label
from foiatrack.core.rules import JurisdictionRule, Period, Unit

ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=8192)
def day(value: dt.date) -> str:
    """'Thu 2025-12-18' (memoised: explanations repeat the same few dates many times)."""
    return weekday_label(value)


def join(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def singular(term: str) -> str:
    return term[:-1] if term.endswith("s") else term


@dataclass(frozen=True, slots=True)
class Pause:
    """A stretch during which the response clock stood still (the agency was waiting on the requester).

    The clock stops after ``start`` (the day the agency asked; that day counts) and resumes after ``end``
    (the day the requester answered; that day does not count, like the day of receipt). ``end`` is
    ``None`` while the agency is still waiting.
    """

    start: dt.date
    end: dt.date | None
    reason: str


@dataclass(frozen=True, slots=True)
class Count:
    """The result of counting a period: the deadline, the day before any roll-forward, and the sentence."""

    due: dt.date | None  # None while paused
    nominal: dt.date | None
    text: str
    pauses: tuple[Pause, ...] = ()
    paused_days: int = 0  # in the period's unit, completed pauses only
    ignored: tuple[str, ...] = ()  # pauses that could not stop the clock, as warnings
    open_since: dt.date | None = None
    used: int = 0  # days of the period used before the open pause
    span: str = ""  # "20 working days": the length counted, in the law's words


def _advance(period: Period, start: dt.date, days: int, cal: WorkCalendar) -> tuple[dt.date, dt.date]:
    """(due, nominal) *days* after *start* in the period's unit, rolled forward where the rule says."""
    if period.unit is Unit.WORKING:
        due = cal.add_working_days(start, days)[0] if days else cal.on_or_after(start)
        return due, due
    nominal = start + dt.timedelta(days=days)
    if period.roll_forward and not cal.is_working_day(nominal):
        return cal.on_or_after(nominal), nominal
    return nominal, nominal


def _elapsed(period: Period, start: dt.date, end: dt.date, cal: WorkCalendar) -> int:
    if period.unit is Unit.WORKING:
        return cal.working_days_between(start, end)
    return (end - start).days


def _tail(rule: JurisdictionRule, period: Period, due: dt.date, nominal: dt.date, cal: WorkCalendar,
          spans: Sequence[tuple[dt.date, dt.date]], verb: str) -> str:
    """', skipping ...: due X' or the roll-forward clause, and a warning about a non-working last day."""
    if period.unit is Unit.WORKING:
        named = [f"{day(d)} {name}" for a, b in spans for d, name in cal.holidays_between(a, b)]
        return f", skipping {join(named)}: {verb} {day(due)}" if named else f": {verb} {day(due)}"
    if due != nominal:
        passed = []
        current = nominal
        while current < due:
            reason = cal.holiday_name(current)
            passed.append(f"{day(current)} {reason}" if reason else day(current))
            current += ONE_DAY
        term = singular(rule.working_day_term)
        under = f"under {period.roll_forward_citation} " if period.roll_forward_citation else ""
        return (f" end on {day(nominal)}, which is not a {term}; {under}the deadline moves past "
                f"{join(passed)} to the next {term}: {verb} {day(due)}")
    text = f": {verb} {day(due)}"
    if not cal.is_working_day(due):
        text += (f"; that is not a {singular(rule.working_day_term)}, and this rule does not move the "
                 f"deadline to the next one")
    return text


def count(rule: JurisdictionRule, period: Period, start: dt.date, cal: WorkCalendar, *,
          days: int | None = None, from_what: str = "", pauses: Sequence[Pause] = (),
          pause_citation: str = "", lead: str = "", verb: str = "due") -> Count:
    """Count *period* (or *days* of its unit) from *start*, pausing the clock for *pauses*.

    The start day is not counted. A pause that begins after the clock has already run out cannot stop it
    (the law lets the agency toll only within its time limit) and is reported in ``ignored``.
    """
    n = period.days if days is None else days
    assert n is not None, "count() needs a number of days"
    words = rule.unit_words(period.unit)
    head = f"{lead or f'{n} {words} under {period.citation}'} from {day(start)}{from_what}"
    span = f"{n} {words}"
    if not pauses:
        due, nominal = _advance(period, start, n, cal)
        return Count(due, nominal, head + _tail(rule, period, due, nominal, cal, [(start, due)], verb), span=span)

    remaining, cursor = n, start
    spans: list[tuple[dt.date, dt.date]] = []
    effective: list[Pause] = []
    ignored: list[str] = []
    paused_days = 0
    for pause in pauses:
        if pause.end is not None and pause.end <= cursor:
            continue  # over before the clock started (or resumed): nothing to pause
        stop = max(pause.start, cursor)
        due_now, _ = _advance(period, cursor, remaining, cal)
        if stop > due_now:
            ignored.append(f"The {pause.reason} of {day(pause.start)} came after the deadline of "
                           f"{day(due_now)} had passed, so it does not pause the clock.")
            continue
        remaining = max(0, remaining - _elapsed(period, cursor, stop, cal))
        spans.append((cursor, stop))
        if pause.end is None:
            used = n - remaining
            effective.append(Pause(stop, None, pause.reason))
            text = (f"{head}: the clock has been paused since {day(stop)} ({pause.reason}) with {used} of "
                    f"{n} {words} used; it resumes when you answer")
            return Count(None, None, text, tuple(effective), paused_days, tuple(ignored), stop, used, span)
        resume = max(pause.end, stop)
        effective.append(Pause(stop, resume, pause.reason))
        paused_days += _elapsed(period, stop, resume, cal)
        cursor = resume
    due, nominal = _advance(period, cursor, remaining, cal)
    spans.append((cursor, due))
    if effective:
        stretches = join([f"from {day(p.start)} to {day(p.end)} ({p.reason})" for p in effective if p.end])
        head += f", not counting {paused_days} {words} paused {stretches}"
        if pause_citation:
            head += f" under {pause_citation}"
    return Count(due, nominal, head + _tail(rule, period, due, nominal, cal, spans, verb), tuple(effective),
                 paused_days, tuple(ignored), span=span)

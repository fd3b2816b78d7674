"""Working-day calendars: which days count, and why the others do not.

Public-records deadlines are counted in working (business) days of the agency's jurisdiction: federal
FOIA skips weekends, the legal public holidays of 5 U.S.C. § 6103 (with their observed dates) and the
government-wide closures ordered by executive order; a state law skips that state's holidays. The holiday
data comes from the ``holidays`` package, so a new executive-order closure arrives with a package update
(and :data:`HOLIDAYS_VERSION` enters the rules version stamp, which triggers a recompute). Users add their
own closure days (an agency's office closure).

Speed matters: every request's deadlines are recomputed when rules change, tens of thousands at a time.
Holiday tables are therefore built once per (calendar, year) and turned into a prefix count of working
days, so adding *n* working days or counting the working days between two dates is one list lookup.
The ``holidays`` package itself loads only when a table is missing: it imports every country it knows
(hundreds of modules), so a caller may hand in the tables computed by an earlier run of the same package
version (:func:`preload_year_holidays`; the services keep them in the user's cache folder).
"""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache


def _holidays_version() -> str:
    """The installed ``holidays`` version, read from its distribution's folder name (importing the
    package to ask would load it whole)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin:
        found = sorted(Path(spec.origin).parent.parent.glob("holidays-*.dist-info"))
        if len(found) == 1:
            return found[0].name.removeprefix("holidays-").removesuffix(".dist-info")
    import holidays

    return str(getattr(holidays, "__version__", "unknown"))


HOLIDAYS_VERSION: str = _holidays_version()

YearTable = tuple[tuple[int, str], ...]
_preloaded: dict[tuple[str, int], YearTable] = {}
_computed: dict[tuple[str, int], YearTable] = {}


def preload_year_holidays(tables: Mapping[tuple[str, int], YearTable]) -> None:
    """Tables of ``(CalendarSpec.key, year)`` from an earlier run with this :data:`HOLIDAYS_VERSION`."""
    _preloaded.update(tables)


def computed_year_holidays() -> dict[tuple[str, int], YearTable]:
    """The tables this process computed with the ``holidays`` package (to keep for the next run)."""
    return dict(_computed)

# Half-day closings leave the office open for the other half: the day still counts as a working day.
_HALF_DAY_MARK = "half-day"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_OBSERVED = ("", "sunday", "weekend")


@dataclass(frozen=True, slots=True)
class HolidayRule:
    """One holiday kept in the rules data (where the ``holidays`` package's list is not the law's).

    Either a fixed ``month``/``day``, or the ``nth`` ``weekday`` (0 = Monday; ``nth = -1``: the last) of
    ``month``, plus ``offset`` days (the day after Thanksgiving is the fourth Thursday of November + 1).
    ``observed``: ``"sunday"`` moves a Sunday holiday to Monday; ``"weekend"`` also a Saturday one to Friday.
    """

    name: str
    month: int
    day: int = 0
    weekday: int = -1
    nth: int = 0
    offset: int = 0
    observed: str = ""
    citation: str = ""
    verified: bool = True

    def date_in(self, year: int) -> dt.date:
        if self.day:
            return dt.date(year, self.month, self.day)
        if self.nth > 0:
            first = dt.date(year, self.month, 1)
            day = first + dt.timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1))
        else:
            following = dt.date(year + (self.month == 12), self.month % 12 + 1, 1)
            last = following - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)
        return day + dt.timedelta(days=self.offset)

    def days_in(self, year: int) -> list[tuple[dt.date, str]]:
        """The holiday in *year*, and the weekday it is observed on when it falls on a weekend."""
        day = self.date_in(year)
        flag = "" if self.verified else " (judicial holiday not yet verified)"
        found = [(day, self.name + flag)]
        if self.observed and day.weekday() == 6:
            found.append((day + dt.timedelta(days=1), f"{self.name} (observed){flag}"))
        elif self.observed == "weekend" and day.weekday() == 5:
            found.append((day - dt.timedelta(days=1), f"{self.name} (observed){flag}"))
        return found


@dataclass(frozen=True, slots=True)
class CalendarSpec:
    """Which public holidays a jurisdiction's calendar takes from the ``holidays`` package.

    Attributes:
        subdiv: ``""`` for the federal calendar, else the state's code (``"CA"``).
        categories: ``holidays`` categories; federal uses ``("public", "government")`` so that executive-
            order closures count, states use ``("public",)`` (their own public holidays, not federal ones).
        exclude: holiday names that are not office closures (matched with or without " (observed)").
        country: the ``holidays`` country code.
    """

    subdiv: str = ""
    categories: tuple[str, ...] = ("public", "government")
    exclude: tuple[str, ...] = ()
    country: str = "US"
    # "holidays": the package's list (plus ``rules``); "rules": only the holidays listed in ``rules``.
    source: str = "holidays"
    rules: tuple[HolidayRule, ...] = ()

    @property
    def key(self) -> str:
        """Short stable text for cache keys and version stamps."""
        base = f"{self.country}/{self.subdiv or '-'}/{','.join(self.categories)}/{'|'.join(self.exclude)}"
        return base if self.source == "holidays" and not self.rules else f"{base}/{self.source}/{len(self.rules)}"


FEDERAL = CalendarSpec(subdiv="", categories=("public", "government"), exclude=("Inauguration Day",))


def _keep(name: str, exclude: tuple[str, ...]) -> bool:
    if _HALF_DAY_MARK in name:
        return False
    return not any(name == x or name.startswith(x + " (") for x in exclude)


@lru_cache(maxsize=4096)
def year_holidays(spec: CalendarSpec, year: int) -> tuple[tuple[int, str], ...]:
    """The non-working holidays of *year* as sorted ``(ordinal, name)`` pairs, memoised per spec and year.

    Each category is read separately and the first category listing a date names it, so the federal
    calendar says "Martin Luther King Jr. Day" once rather than the package's merged double name.
    """
    known = _preloaded.get((spec.key, year))
    if known is not None:
        return known
    import holidays  # slow to import: only when no earlier run left this table

    names: dict[dt.date, str] = {}
    for rule in spec.rules:
        for day, name in rule.days_in(year):
            if day.year == year:
                names[day] = f"{names[day]}; {name}" if day in names else name
        # An observed day that crosses into the next or previous year (Sat 1 January -> Fri 31 December).
        for other in (year - 1, year + 1):
            for day, name in rule.days_in(other):
                if day.year == year:
                    names[day] = f"{names[day]}; {name}" if day in names else name
    categories = spec.categories if spec.source == "holidays" else ()
    for category in categories:
        listed = holidays.country_holidays(
            spec.country, subdiv=spec.subdiv or None, categories=(category,), years=year
        )
        for day, merged in listed.items():
            if day.year != year or day in names:
                continue
            parts = [p for p in merged.split("; ") if _keep(p, spec.exclude)]
            if parts:
                names[day] = "; ".join(dict.fromkeys(parts))
    table = tuple(sorted((day.toordinal(), name) for day, name in names.items()))
    _computed[(spec.key, year)] = table
    return table


class _Index:
    """Immutable lookup tables for a span of whole years (swapped in whole, so reads need no lock)."""

    __slots__ = ("base", "count", "first_year", "last_ord", "last_year", "named", "named_weekdays", "working")

    def __init__(self, spec: CalendarSpec, closures: Mapping[int, str], first: int, last: int) -> None:
        self.first_year, self.last_year = first, last
        self.base = dt.date(first, 1, 1).toordinal()
        self.last_ord = dt.date(last, 12, 31).toordinal()
        named: dict[int, str] = {}
        for year in range(first, last + 1):
            named.update(year_holidays(spec, year))
        for ordinal, name in closures.items():
            if self.base <= ordinal <= self.last_ord:
                named[ordinal] = f"{named[ordinal]}; {name}" if ordinal in named else name
        self.named = named
        count: list[int] = []
        working: list[int] = []
        total = 0
        for ordinal in range(self.base, self.last_ord + 1):
            if (ordinal - 1) % 7 < 5 and ordinal not in named:  # date.fromordinal(1) is a Monday
                total += 1
                working.append(ordinal)
            count.append(total)
        self.count = count  # count[o - base]: working days on or before ordinal o
        self.working = working  # ordinals of the working days, ascending
        self.named_weekdays = sorted(o for o in named if (o - 1) % 7 < 5)


class WorkCalendar:
    """Weekends, public holidays and closure days of one jurisdiction, with working-day arithmetic.

    Day counting follows the deadline laws: the start day itself is never counted, so "5 working days from
    Monday" is the following Monday when no holiday intervenes. Build calendars through
    :func:`calendar_for`, which shares them; the tables grow lazily to cover the years asked about.
    """

    def __init__(
        self,
        spec: CalendarSpec = FEDERAL,
        closures: Mapping[dt.date, str] | Iterable[tuple[dt.date, str]] | None = None,
        name: str = "",
    ) -> None:
        items = closures.items() if isinstance(closures, Mapping) else (closures or ())
        self.spec = spec
        self.closures: dict[dt.date, str] = dict(sorted(items))
        self.name = name or spec.key
        self._closure_ords = {d.toordinal(): n for d, n in self.closures.items()}
        self._index: _Index | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"WorkCalendar({self.name!r}, closures={len(self.closures)})"

    # -- table maintenance -------------------------------------------------------------------------------

    def _covering(self, ordinal: int) -> _Index:
        index = self._index
        if index is not None and index.base <= ordinal <= index.last_ord:
            return index
        return self._grow(dt.date.fromordinal(ordinal).year)

    def _grow(self, year: int, *, ahead: int = 2) -> _Index:
        with self._lock:
            index = self._index
            if index is None:
                first, last = year - 1, year + ahead
            else:
                first, last = min(index.first_year, year - 1), max(index.last_year, year + ahead)
                if (first, last) == (index.first_year, index.last_year):
                    return index
            first, last = max(first, dt.MINYEAR), min(last, dt.MAXYEAR - 1)
            self._index = _Index(self.spec, self._closure_ords, first, last)
            return self._index

    # -- queries -------------------------------------------------------------------------------------------

    def is_working_day(self, day: dt.date) -> bool:
        """False on Saturdays, Sundays, holidays and closure days."""
        ordinal = day.toordinal()
        if (ordinal - 1) % 7 >= 5:
            return False
        return ordinal not in self._covering(ordinal).named

    def holiday_name(self, day: dt.date) -> str | None:
        """The holiday or closure on *day*, or ``None``."""
        ordinal = day.toordinal()
        return self._covering(ordinal).named.get(ordinal)

    def non_working_reason(self, day: dt.date) -> str | None:
        """Why *day* is not a working day ('Thanksgiving Day', 'Saturday'), ``None`` for a working day."""
        name = self.holiday_name(day)
        if name is not None:
            return name
        weekday = day.weekday()
        return _WEEKDAY_NAMES[weekday] if weekday >= 5 else None

    def holidays_between(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
        """Holidays and closures on weekdays in ``(start, end]``: the non-working days worth naming."""
        low, high = start.toordinal(), end.toordinal()
        if high <= low:
            return []
        self._covering(low)
        index = self._covering(high)
        named = index.named_weekdays
        found = named[bisect_right(named, low) : bisect_right(named, high)]
        return [(dt.date.fromordinal(o), index.named[o]) for o in found]

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in ``(start, end]``; negative when *end* is before *start*."""
        low, high = start.toordinal(), end.toordinal()
        self._covering(low)
        index = self._covering(high)
        return index.count[high - index.base] - index.count[low - index.base]

    def add_working_days(self, start: dt.date, days: int) -> tuple[dt.date, list[tuple[dt.date, str]]]:
        """The *days*-th working day after *start* and the named non-working days skipped on the way.

        *start* is not counted (it may itself be a holiday or weekend); with ``days == 0`` the answer is
        *start*. Weekends are not listed among the skipped days: every reader knows about them.
        """
        if days < 0:
            raise ValueError("add_working_days counts forward only")
        if days == 0:
            return start, []
        low = start.toordinal()
        index = self._covering(low)
        target = index.count[low - index.base] + days
        while target > len(index.working):
            index = self._grow(index.last_year + max(2, days // 200 + 1), ahead=0)
        due = index.working[target - 1]
        named = index.named_weekdays
        skipped = [
            (dt.date.fromordinal(o), index.named[o])
            for o in named[bisect_right(named, low) : bisect_left(named, due)]
        ]
        return dt.date.fromordinal(due), skipped

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after *day*."""
        return self.add_working_days(day, 1)[0]

    def on_or_after(self, day: dt.date) -> dt.date:
        """*day* itself if it is a working day, else the next one (a deadline rolled forward)."""
        return day if self.is_working_day(day) else self.next_working_day(day)


def _closure_key(
    closures: Mapping[dt.date, str] | Iterable[tuple[dt.date, str]] | None,
) -> tuple[tuple[dt.date, str], ...]:
    if not closures:
        return ()
    items = closures.items() if isinstance(closures, Mapping) else closures
    return tuple(sorted(items))


@lru_cache(maxsize=256)
def _shared_calendar(spec: CalendarSpec, closures: tuple[tuple[dt.date, str], ...]) -> WorkCalendar:
    return WorkCalendar(spec, closures)


def calendar_for(
    rule_or_spec: object,
    closures: Mapping[dt.date, str] | Iterable[tuple[dt.date, str]] | None = None,
) -> WorkCalendar:
    """The shared calendar of a jurisdiction rule (anything with a ``calendar`` spec) or of a spec.

    Calendars are cached per (spec, closure days), so every request of a jurisdiction reuses one set of
    tables. *closures* maps dates to names ('Office closed: flood').
    """
    spec = rule_or_spec if isinstance(rule_or_spec, CalendarSpec) else getattr(rule_or_spec, "calendar", None)
    if not isinstance(spec, CalendarSpec):
        raise TypeError(f"calendar_for needs a CalendarSpec or a rule with one, not {type(rule_or_spec)!r}")
    return _shared_calendar(spec, _closure_key(closures))


def closure_items(
    closures: Mapping[dt.date, str] | Iterable[tuple[dt.date, str]] | None,
) -> tuple[tuple[dt.date, str], ...]:
    """Closures in a canonical sorted form (for version stamps and cache keys)."""
    return _closure_key(closures)

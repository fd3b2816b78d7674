"""Properties that must hold for any dates, not just the hand-checked ones."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foiatrack.core.calendars import FEDERAL, calendar_for
from foiatrack.core.deadlines import compute_deadlines, deadline_for_receipt
from foiatrack.core.models import Event
from foiatrack.core.rules import Unit, default_catalog
from foiatrack.core.vocabulary import EventKind

CATALOG = default_catalog()
CODES = CATALOG.codes()
dates = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2090, 12, 31))
FAST = settings(max_examples=150, deadline=None)
# A pause rule for California, so tolling is also exercised on a calendar-day rule with roll-forward.
CA_TOLLING = {"tolling": {"citation": "test", "clarification": True, "fees": True}}


def _event(i: int, date: dt.date, kind: EventKind) -> Event:
    return Event(id=i, request_id=1, date=date, kind=kind, direction=kind.default_direction)


def _main_date(code: str, received: dt.date, overrides=None, pauses=()) -> dt.date | None:
    rule = CATALOG.get(code)
    events = [_event(0, received, EventKind.RECEIVED)]
    for i, (start, end) in enumerate(pauses, 1):
        events.append(_event(2 * i, start, EventKind.CLARIFICATION_REQUESTED))
        events.append(_event(2 * i + 1, end, EventKind.CLARIFICATION_ANSWERED))
    result = compute_deadlines(rule, events, calendar_for(rule), overrides)
    main = result.response_due or result.follow_up
    return main.date if main else None


@pytest.mark.parametrize("code", [c for c in CODES if (CATALOG.get(c).response or CATALOG.get(c).follow_up)])
@FAST
@given(received=dates)
def test_working_day_deadlines_fall_on_working_days(code: str, received: dt.date) -> None:
    rule = CATALOG.get(code)
    calendar = calendar_for(rule)
    result = deadline_for_receipt(rule, received, calendar)
    for derived in result.all_dates():
        period = getattr(
            rule,
            {
                "response_due": "response",
                "follow_up": "follow_up",
                "acknowledgement_due": "acknowledgement",
            }.get(derived.name, ""),
            None,
        )
        if period is not None and (period.unit is Unit.WORKING or period.roll_forward):
            assert calendar.is_working_day(derived.date), derived.explanation
            assert derived.date > received


@pytest.mark.parametrize("code", CODES)
@FAST
@given(first=dates, gap=st.integers(min_value=0, max_value=400))
def test_later_receipt_never_gives_an_earlier_due_date(code: str, first: dt.date, gap: int) -> None:
    later = first + dt.timedelta(days=gap)
    assert _main_date(code, first) <= _main_date(code, later)


@pytest.mark.parametrize(("code", "overrides"), [("US", None), ("US-CA", CA_TOLLING)])
@FAST
@given(
    received=dates, ask=st.integers(min_value=0, max_value=60), wait=st.integers(min_value=0, max_value=90)
)
def test_tolling_never_shortens_a_deadline(
    code: str, overrides, received: dt.date, ask: int, wait: int
) -> None:
    start = received + dt.timedelta(days=ask)
    plain = _main_date(code, received, overrides)
    tolled = _main_date(code, received, overrides, [(start, start + dt.timedelta(days=wait))])
    assert tolled >= plain


@FAST
@given(
    received=dates, ask=st.integers(min_value=0, max_value=25), wait=st.integers(min_value=0, max_value=40)
)
def test_tolling_adds_exactly_the_paused_working_days(received: dt.date, ask: int, wait: int) -> None:
    rule = CATALOG.get("US")
    calendar = calendar_for(rule)
    asked, paid = received + dt.timedelta(days=ask), received + dt.timedelta(days=ask + wait)
    events = [
        _event(0, received, EventKind.RECEIVED),
        _event(1, asked, EventKind.FEE_ESTIMATE),
        _event(2, paid, EventKind.FEE_PAID),
    ]
    result = compute_deadlines(rule, events, calendar)
    counted = calendar.working_days_between(received, result.response_due.date) - result.tolled_days
    if calendar.is_working_day(paid) or not result.pauses:
        assert counted == 20
    else:
        # A pause on the very last day that ends on a non-working day resumes on the next working day.
        assert counted in (20, 21)


@FAST
@given(start=dates, n=st.integers(min_value=0, max_value=400))
def test_add_and_count_working_days_agree(start: dt.date, n: int) -> None:
    calendar = calendar_for(FEDERAL)
    due, skipped = calendar.add_working_days(start, n)
    assert calendar.working_days_between(start, due) == n
    if n:
        assert calendar.is_working_day(due)
    assert all(start < day < due and not calendar.is_working_day(day) for day, _ in skipped)


@FAST
@given(received=dates, days=st.integers(min_value=0, max_value=40))
def test_extension_never_ends_before_the_response(received: dt.date, days: int) -> None:
    for code in ("US", "US-CA", "US-PA"):
        rule = CATALOG.get(code)
        events = [_event(0, received, EventKind.RECEIVED)]
        events.append(
            Event(
                id=1,
                request_id=1,
                date=received + dt.timedelta(days=1),
                kind=EventKind.EXTENSION,
                direction=EventKind.EXTENSION.default_direction,
                extension_days=days,
            )
        )
        result = compute_deadlines(rule, events, calendar_for(rule))
        assert result.extended_due.date >= result.response_due.date

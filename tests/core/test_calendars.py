"""Working-day calendars: federal holidays and closures, state holidays, user closures, arithmetic."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from foiatrack.core.calendars import FEDERAL, HOLIDAYS_VERSION, CalendarSpec, WorkCalendar, calendar_for

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def federal() -> WorkCalendar:
    return calendar_for(FEDERAL)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        ("2024-12-24", "Christmas Eve"),  # executive-order closure
        ("2025-01-09", "National Day of Mourning for former President Jimmy Carter"),
        ("2025-12-24", "Christmas Eve"),
        ("2025-12-26", "Day After Christmas"),
        ("2025-11-27", "Thanksgiving Day"),
        ("2027-12-31", "New Year's Day (observed)"),  # 2028-01-01 is a Saturday
        ("2026-07-03", "Independence Day (observed)"),
        ("2025-01-20", "Martin Luther King Jr. Day"),
        ("2025-10-13", "Columbus Day"),
    ],
)
def test_federal_non_working_days(federal: WorkCalendar, day: str, name: str) -> None:
    assert not federal.is_working_day(D(day))
    assert federal.holiday_name(D(day)) == name


@pytest.mark.parametrize(
    "day",
    [
        "2021-01-20",  # Inauguration Day (Wed): a holiday only around Washington, DC
        "2017-01-20",  # Inauguration Day (Fri)
        "2015-12-24",  # half-day closing by executive order: still a working day
        "2025-04-18",  # Good Friday is no federal holiday
        "2025-11-28",  # the day after Thanksgiving is no federal holiday
        "2025-02-12",  # Lincoln's Birthday is a New York holiday, not a federal one
    ],
)
def test_federal_working_days(federal: WorkCalendar, day: str) -> None:
    assert federal.is_working_day(D(day))


def test_inauguration_day_not_in_package_without_subdivision() -> None:
    """Guards the assumption behind FEDERAL.exclude: holidays lists it for DC only."""
    table = holidays.country_holidays("US", categories=("public", "government"), years=2021)
    assert D("2021-01-20") not in table
    assert D("2021-01-20") in holidays.country_holidays("US", subdiv="DC", years=2021)


def test_weekends_are_not_working_days(federal: WorkCalendar) -> None:
    assert not federal.is_working_day(D("2025-11-22"))  # Saturday
    assert not federal.is_working_day(D("2025-11-23"))  # Sunday
    assert federal.non_working_reason(D("2025-11-22")) == "Saturday"
    assert federal.non_working_reason(D("2025-11-24")) is None


def test_add_working_days_names_skipped_holidays(federal: WorkCalendar) -> None:
    due, skipped = federal.add_working_days(D("2025-11-19"), 20)
    assert due == D("2025-12-18")
    assert skipped == [(D("2025-11-27"), "Thanksgiving Day")]
    due, skipped = federal.add_working_days(D("2025-12-18"), 10)
    assert due == D("2026-01-07")
    assert [s[0] for s in skipped] == [D("2025-12-24"), D("2025-12-25"), D("2025-12-26"), D("2026-01-01")]


def test_add_working_days_from_a_weekend_and_zero(federal: WorkCalendar) -> None:
    # Received on Saturday 2025-11-22: day 1 is Monday 2025-11-24.
    assert federal.add_working_days(D("2025-11-22"), 1)[0] == D("2025-11-24")
    assert federal.add_working_days(D("2025-11-22"), 0) == (D("2025-11-22"), [])
    with pytest.raises(ValueError):
        federal.add_working_days(D("2025-11-22"), -1)


def test_next_working_day_and_on_or_after(federal: WorkCalendar) -> None:
    assert federal.next_working_day(D("2025-12-23")) == D("2025-12-29")
    assert federal.on_or_after(D("2025-12-23")) == D("2025-12-23")
    assert federal.on_or_after(D("2025-12-24")) == D("2025-12-29")


def test_working_days_between(federal: WorkCalendar) -> None:
    assert federal.working_days_between(D("2025-11-19"), D("2025-12-18")) == 20
    assert federal.working_days_between(D("2025-12-18"), D("2025-11-19")) == -20
    assert federal.working_days_between(D("2025-12-18"), D("2025-12-18")) == 0


def test_long_spans_grow_the_tables(federal: WorkCalendar) -> None:
    due, _ = federal.add_working_days(D("2025-01-02"), 2500)  # about ten years
    assert federal.working_days_between(D("2025-01-02"), due) == 2500
    assert federal.add_working_days(D("1990-07-03"), 1)[0] == D("1990-07-05")  # 1990-07-04 Independence Day


def test_user_closures_are_named_non_working_days() -> None:
    closures = {D("2025-12-05"): "Office closed: flood"}
    calendar = calendar_for(FEDERAL, closures)
    assert not calendar.is_working_day(D("2025-12-05"))
    due, skipped = calendar.add_working_days(D("2025-11-19"), 20)
    assert due == D("2025-12-19")
    assert (D("2025-12-05"), "Office closed: flood") in skipped
    assert calendar_for(FEDERAL, closures) is calendar  # shared per (spec, closures)
    assert calendar_for(FEDERAL) is not calendar


@pytest.mark.parametrize(
    ("code", "day", "working"),
    [
        ("US-CA", "2025-03-31", False),  # Cesar Chavez Day
        ("US-CA", "2025-11-28", False),  # Day After Thanksgiving
        ("US-CA", "2025-10-13", False),  # Columbus Day: a judicial holiday (Gov. Code § 6700, CCP § 135)
        ("US-CA", "2025-02-12", False),  # Lincoln Day: a judicial holiday the holidays package lacks
        ("US-CA", "2025-09-26", False),  # Native American Day, 4th Friday of September
        ("US-CA", "2025-09-09", True),  # Admission Day: excepted by CCP § 135
        ("US-CA", "2028-02-15", True),  # Susan B. Anthony Day: commemorative, excluded
        ("US-NY", "2025-02-12", False),  # Lincoln's Birthday
        ("US-NY", "2025-11-04", False),  # Election Day
        ("US-TX", "2025-12-26", False),
        ("US-IL", "2025-03-03", False),  # Casimir Pulaski Day
        ("US-WA", "2025-11-28", False),  # Native American Heritage Day
        ("US-MA", "2025-04-21", False),  # Patriots' Day
        ("US-MA", "2025-04-18", True),  # Good Friday is not a Massachusetts holiday
        ("US-NJ", "2025-04-18", False),  # Good Friday is a New Jersey holiday
        ("US-PA", "2025-11-28", False),
        ("US-GA", "2025-12-26", False),  # Georgia observes Washington's Birthday after Christmas
        ("US-FL", "2025-11-28", False),
        ("US", "2024-12-24", False),
        ("US-CA", "2024-12-24", True),  # federal executive-order closures do not close state offices
    ],
)
def test_state_calendars(cal, code: str, day: str, working: bool) -> None:
    assert cal(code).is_working_day(D(day)) is working


def test_holidays_between_lists_weekday_holidays_only(federal: WorkCalendar) -> None:
    found = federal.holidays_between(D("2026-07-01"), D("2026-07-10"))
    assert found == [(D("2026-07-03"), "Independence Day (observed)")]  # not Sat 2026-07-04


def test_spec_key_and_version() -> None:
    assert holidays.__version__ == HOLIDAYS_VERSION
    assert CalendarSpec(subdiv="CA", categories=("public",)).key == "US/CA/public/"
    with pytest.raises(TypeError):
        calendar_for("US")

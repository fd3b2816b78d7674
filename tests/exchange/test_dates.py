"""Dates as people type them into spreadsheets: accepted forms, the US reading, and clear refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.exchange.dates import DateProblem, parse_date

OCT_20 = dt.date(2020, 10, 20)


@pytest.mark.parametrize("text", [
    "2020-10-20", "2020/10/20", "2020-10-20T09:30:00", "2020-10-20 00:00:00", "10/20/2020", "10-20-2020",
    "10/20/20", "Oct 20, 2020", "October 20, 2020", "Oct. 20 2020", "oct 20 2020", "20-Oct-2020", "20 October 2020",
    "20-Oct-20", "  10/20/2020  ", "Oct 20th, 2020", "10/20/2020 3:15 PM",
])
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == OCT_20


def test_excel_date_cells_and_plain_dates() -> None:
    assert parse_date(dt.datetime(2020, 10, 20, 14, 5)) == OCT_20
    assert parse_date(OCT_20) == OCT_20


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_cells_are_no_date(value: object) -> None:
    assert parse_date(value) is None


def test_ambiguous_numeric_dates_are_month_first() -> None:
    assert parse_date("03/04/2020") == dt.date(2020, 3, 4)


def test_two_digit_years_follow_the_usual_pivot() -> None:
    assert parse_date("1/2/68") == dt.date(2068, 1, 2)
    assert parse_date("1/2/69") == dt.date(1969, 1, 2)


@pytest.mark.parametrize(("text", "fragment"), [
    ("20/10/2020", "looks like day/month/year"),
    ("20.10.2020", "ambiguous"),
    ("2020-02-30", "not a real date"),
    ("Foo 20, 2020", "not a month name"),
    ("next Tuesday", "is not a date"),
    ("1850-01-01", "out of range"),
    ("13/13/2020", "not a real date"),
])
def test_refusals_say_why_and_what_is_accepted(text: str, fragment: str) -> None:
    with pytest.raises(DateProblem, match=fragment):
        parse_date(text)


def test_excel_serials_are_read_as_days_but_other_numbers_are_refused() -> None:
    # 46088 is what Excel stores for 3/7/2026 (checked: 2026-03-07 - 1899-12-30 = 46088 days).
    assert parse_date(46088) == parse_date("46088") == parse_date(46088.0) == dt.date(2026, 3, 7)
    assert parse_date(44124) == dt.date(2020, 10, 20)
    for number in (2020, 12, 46088.5, 99999):
        with pytest.raises(DateProblem, match="is a number"):
            parse_date(number)

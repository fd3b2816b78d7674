"""Dates at the program's boundaries: ISO YYYY-MM-DD only, within a plausible range, refused in one line."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.dates import MAX_YEAR, MIN_YEAR, check_date_range, iso, parse_iso_date, weekday_label
from foiatrack.core.errors import UserError


@pytest.mark.parametrize("text", [" 2026-11-26 ", "2026-11-26"])
def test_an_iso_date_is_read_with_or_without_spaces(text: str) -> None:
    assert parse_iso_date(text) == dt.date(2026, 11, 26)


@pytest.mark.parametrize("text", ["2026-02-29", "26-11-2026", "11/26/2026", "20261126", "2026-W48-4", "", "today"])
def test_anything_else_names_the_field_and_the_form(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_iso_date(text, "sent")
    assert str(caught.value) == f"sent: '{text}' is not a valid date; use YYYY-MM-DD, e.g. 2025-11-19"
    assert caught.value.field == "sent"


@pytest.mark.parametrize(("text", "ok"), [("1967-07-04", True), (f"{MIN_YEAR - 1}-12-31", False),
                                          (f"{MAX_YEAR}-12-31", True), (f"{MAX_YEAR + 1}-01-01", False)])
def test_the_range_runs_from_the_first_foia_year(text: str, ok: bool) -> None:
    if ok:
        assert parse_iso_date(text, "due").isoformat() == text
    else:
        with pytest.raises(UserError, match=rf"^due: {text} is out of range; dates must fall between 1967 and 2199$"):
            parse_iso_date(text, "due")


def test_a_date_already_a_date_is_range_checked_too() -> None:
    assert check_date_range(dt.date(2026, 1, 1)) == dt.date(2026, 1, 1)
    with pytest.raises(UserError, match=r"^date: 0202-01-01 is out of range"):
        check_date_range(dt.date(202, 1, 1))


def test_dates_are_written_as_iso_and_with_their_weekday() -> None:
    assert (iso(dt.date(2026, 7, 3)), iso(None)) == ("2026-07-03", None)
    assert weekday_label(dt.date(2026, 7, 3)) == "Fri 2026-07-03"  # Independence Day observed

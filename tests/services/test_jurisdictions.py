"""The rules as the program uses them: unknown codes, closure days in the calendars, the rules stamp that
tells when cached deadlines are stale, and the preview of ``foiatrack deadline``.

Hand-checked: received Thu 2026-10-01 under the federal FOIA, 20 working days skipping Columbus Day
(Mon 2026-10-12) is Fri 2026-10-30; a closure on Tue 2026-10-20 makes it Mon 2026-11-02.
"""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.errors import UserError
from foiatrack.services.jurisdictions import (
    acknowledging_jurisdictions,
    deadline_preview,
    make_rules_context,
    require_jurisdiction,
)

RECEIVED = dt.date(2026, 10, 1)
STORM = dt.date(2026, 10, 20)


def _due(deadlines) -> dt.date:  # type: ignore[no-untyped-def]
    assert deadlines.response_due is not None
    return deadlines.response_due.date


def test_a_code_is_found_whatever_its_case_and_an_unknown_one_lists_the_codes() -> None:
    assert require_jurisdiction(" us-ny ").code == "US-NY"
    with pytest.raises(UserError, match=r"^jurisdiction: 'Gondor' is not known; use one of: .*US-CA") as caught:
        require_jurisdiction("Gondor")
    assert caught.value.field == "jurisdiction"


def test_the_preview_counts_working_days_around_a_federal_holiday() -> None:
    deadlines = deadline_preview("US", RECEIVED)
    assert _due(deadlines) == dt.date(2026, 10, 30)
    assert "Columbus Day" in deadlines.response_due.explanation  # type: ignore[union-attr]


def test_a_closure_day_counts_only_in_its_own_jurisdiction() -> None:
    assert _due(deadline_preview("US", RECEIVED, closures=((STORM, "storm", None),))) == dt.date(2026, 11, 2)
    assert _due(deadline_preview("US", RECEIVED, closures=((STORM, "storm", "US"),))) == dt.date(2026, 11, 2)
    assert _due(deadline_preview("US", RECEIVED, closures=((STORM, "storm", "US-CA"),))) == dt.date(2026, 10, 30)


def test_the_preview_refuses_an_unknown_code() -> None:
    with pytest.raises(UserError, match="jurisdiction: 'XX' is not known"):
        deadline_preview("XX", RECEIVED)


def test_the_rules_stamp_changes_with_the_closure_days_and_only_with_them() -> None:
    plain = make_rules_context().stamp
    assert make_rules_context().stamp == plain
    storm = make_rules_context(((STORM, "storm", None),)).stamp
    assert storm != plain
    assert make_rules_context(((STORM, "storm", "US-CA"),)).stamp not in (plain, storm)
    assert make_rules_context(((STORM, "flood", None),)).stamp != storm  # a renamed closure is a new stamp too


def test_a_context_builds_each_jurisdictions_calendar_once_with_its_closures() -> None:
    context = make_rules_context(((STORM, "storm", "US-CA"),))
    calendar = context.calendar("us-ca")
    assert context.calendar("US-CA") is calendar
    assert calendar.is_working_day(STORM) is False
    assert context.calendar("US").is_working_day(STORM) is True


def test_new_york_is_a_law_an_acknowledgement_answers_first() -> None:
    codes = acknowledging_jurisdictions()
    assert "US-NY" in codes
    assert "US" not in codes

"""A jurisdiction's rules as data: the words its law uses for days, the periods it sets, whether it has a
fixed deadline at all."""

from __future__ import annotations

from dataclasses import replace

from foiatrack.core.rule_model import RULE_NAMES, Unit
from foiatrack.core.rules import default_catalog

CATALOG = default_catalog()


def test_days_are_named_as_the_law_names_them() -> None:
    federal = CATALOG.get("US")
    assert federal.unit_words(Unit.WORKING) == "working days"
    assert federal.unit_words(Unit.CALENDAR) == "calendar days"
    business = replace(federal, working_day_term="business days")
    assert business.unit_words(Unit.WORKING) == "business days"


def test_the_periods_are_those_the_law_sets_in_a_fixed_order() -> None:
    federal = CATALOG.get("US")
    periods = federal.periods()
    assert periods and periods[0] is federal.response
    assert len(periods) == sum(getattr(federal, name) is not None for name in RULE_NAMES)
    assert federal.has_fixed_deadline
    silent = replace(federal, response=None)
    assert not silent.has_fixed_deadline
    assert federal.response not in silent.periods()

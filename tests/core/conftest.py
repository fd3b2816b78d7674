"""Shared helpers for the core tests: the shipped rules, calendars and a compact way to write event logs."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping

import pytest

from foiatrack.core.calendars import WorkCalendar, calendar_for
from foiatrack.core.deadlines import Deadlines, compute_deadlines
from foiatrack.core.models import Event
from foiatrack.core.rules import JurisdictionCatalog, default_catalog
from foiatrack.core.vocabulary import EventKind, Outcome

_ids = itertools.count(1)


def make_event(date: str, kind: str, *, outcome: str | None = None, days: int | None = None,
               received: str | None = None, expected_by: str | None = None,
               appeal_number: str | None = None) -> Event:
    """An event from ISO text and enum values.

    e.g. ``make_event("2025-12-15", "final_determination", outcome="denied")``.
    """
    kind_ = EventKind(kind)
    return Event(
        id=next(_ids),
        request_id=1,
        date=dt.date.fromisoformat(date),
        kind=kind_,
        direction=kind_.default_direction,
        outcome=Outcome(outcome) if outcome else None,
        extension_days=days,
        received=dt.date.fromisoformat(received) if received else None,
        expected_by=dt.date.fromisoformat(expected_by) if expected_by else None,
        appeal_number=appeal_number,
    )


@pytest.fixture(scope="session")
def catalog() -> JurisdictionCatalog:
    return default_catalog()


@pytest.fixture(scope="session")
def cal(catalog: JurisdictionCatalog) -> Callable[..., WorkCalendar]:
    def build(code: str, closures: Mapping[dt.date, str] | None = None) -> WorkCalendar:
        return calendar_for(catalog.get(code), closures)

    return build


@pytest.fixture(scope="session")
def ev() -> Callable[..., Event]:
    return make_event


@pytest.fixture(scope="session")
def run(catalog: JurisdictionCatalog, cal: Callable[..., WorkCalendar]) -> Callable[..., Deadlines]:
    """run("US", ("2025-11-19", "received"), ("2025-12-15", "final_determination", {"outcome": "denied"}))"""

    def compute(
        code: str,
        *events: tuple,
        overrides: Mapping[str, object] | None = None,
        closures: Mapping[dt.date, str] | None = None,
        expedite: bool = False,
    ) -> Deadlines:
        built = [make_event(e[0], e[1], **(e[2] if len(e) > 2 else {})) for e in events]
        return compute_deadlines(
            catalog.get(code), built, cal(code, closures), overrides, expedite_requested=expedite
        )

    return compute

"""The deadline rules as the rest of the program uses them: the shipped catalog, calendars that include
the user's closure days, the rules version stamp, and a preview of the dates for a receipt date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from foiatrack.core.calendars import HOLIDAYS_VERSION, WorkCalendar, calendar_for
from foiatrack.core.deadlines import Deadlines, deadline_for_receipt
from foiatrack.core.rules import (
    JurisdictionCatalog,
    JurisdictionRule,
    default_catalog,
    rules_version,
    with_preset_notes,
)
from foiatrack.services import holiday_cache

if TYPE_CHECKING:  # SQLAlchemy loads when closure days are first read: the first dashboard needs none of it
    from sqlalchemy.orm import Session

ALL_JURISDICTIONS = "*"


def jurisdiction_catalog() -> JurisdictionCatalog:
    return default_catalog()


@cache
def acknowledging_jurisdictions() -> frozenset[str]:
    """Codes of the laws under which a written acknowledgement meets the first response deadline (the
    agency then owes its answer by a later date: New York's ``after_acknowledgement``)."""
    catalog = default_catalog()
    return frozenset(code for code, rule in catalog.jurisdictions.items() if rule.after_acknowledgement is not None)


def require_jurisdiction(code: str) -> JurisdictionRule:
    """The rules for *code*; an unknown code is a UserError listing the accepted codes."""
    return default_catalog().get(code)


@dataclass
class RulesContext:
    """Rules, closure days and the stamp for one unit of work; calendars are built once per jurisdiction."""

    catalog: JurisdictionCatalog
    closures: tuple[tuple[dt.date, str, str | None], ...]
    stamp: str
    _calendars: dict[str, WorkCalendar] = field(default_factory=dict)

    def calendar(self, code: str) -> WorkCalendar:
        key = code.upper()
        calendar = self._calendars.get(key)
        if calendar is None:
            rule = self.catalog.get(key)
            days = {day: name for day, name, where in self.closures if where in (None, key)}
            calendar = self._calendars[key] = calendar_for(rule, days)
        return calendar


def make_rules_context(closures: tuple[tuple[dt.date, str, str | None], ...] = ()) -> RulesContext:
    holiday_cache.load()
    catalog = default_catalog()
    stamp = rules_version(catalog.text, HOLIDAYS_VERSION,
                          [(day, f"{where or ALL_JURISDICTIONS}: {name}") for day, name, where in closures])
    return RulesContext(catalog, closures, stamp)


def load_rules_context(session: Session) -> RulesContext:
    """The rules context with the closure days stored in this database."""
    from sqlalchemy import select

    from foiatrack.store.schema import ClosureDayRow

    rows = session.execute(
        select(ClosureDayRow.date, ClosureDayRow.name, ClosureDayRow.jurisdiction).order_by(ClosureDayRow.date)
    ).all()
    return make_rules_context(tuple((day, name, where) for day, name, where in rows))


def deadline_preview(code: str, received: dt.date, overrides: dict[str, object] | None = None,
                     closures: tuple[tuple[dt.date, str, str | None], ...] = ()) -> Deadlines:
    """The statutory dates for a request received on *received* (``foiatrack deadline``)."""
    context = make_rules_context(closures)
    rule = context.catalog.get(code)
    return deadline_for_receipt(rule, received, context.calendar(rule.code),
                                with_preset_notes(context.catalog, overrides))

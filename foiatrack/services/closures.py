"""Closure days: days an office was closed that no holiday calendar knows (a storm, a move).

Changing them changes the rules version stamp, so every affected request's deadlines are recomputed in
the same transaction as the change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from foiatrack.core.dates import check_date_range
from foiatrack.core.errors import NotFoundError, UserError
from foiatrack.services.derive import recompute_in_session
from foiatrack.services.jurisdictions import require_jurisdiction
from foiatrack.store.database import Database
from foiatrack.store.schema import ClosureDayRow


@dataclass(frozen=True, slots=True)
class ClosureDay:
    id: int
    date: dt.date
    name: str
    jurisdiction: str | None  # None: every jurisdiction


def list_closures(db: Database) -> list[ClosureDay]:
    with db.read_session() as session:
        rows = session.scalars(select(ClosureDayRow).order_by(ClosureDayRow.date)).all()
        return [ClosureDay(r.id, r.date, r.name, r.jurisdiction) for r in rows]


def add_closure(db: Database, day: dt.date, name: str, jurisdiction: str | None = None) -> ClosureDay:
    check_date_range(day, "date")
    if not name.strip():
        raise UserError("name: say why the office was closed (e.g. 'ICE FOIA office closed: relocation')",
                        field="name")
    code = require_jurisdiction(jurisdiction).code if jurisdiction else None
    with db.session() as session:
        clash = session.scalar(select(ClosureDayRow).where(ClosureDayRow.date == day,
                                                          ClosureDayRow.jurisdiction.is_(None) if code is None
                                                          else ClosureDayRow.jurisdiction == code))
        if clash is not None:
            raise UserError(f"date: {day.isoformat()} is already a closure day ({clash.name})", field="date")
        row = ClosureDayRow(date=day, name=name.strip(), jurisdiction=code)
        session.add(row)
        session.flush()
        recompute_in_session(session, only_stale=True)
        return ClosureDay(row.id, row.date, row.name, row.jurisdiction)


def remove_closure(db: Database, closure_id: int) -> None:
    with db.session() as session:
        row = session.get(ClosureDayRow, closure_id)
        if row is None:
            raise NotFoundError(f"closure: no closure day with id {closure_id}", field="closure")
        session.delete(row)
        recompute_in_session(session, only_stale=True)

"""The agency directory: seeding from resources/agencies.toml, lookup by name/abbreviation/id, edits."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from foiatrack.core.errors import NotFoundError, UserError
from foiatrack.core.models import Agency
from foiatrack.resources import resource_path
from foiatrack.services.jurisdictions import require_jurisdiction
from foiatrack.store.convert import to_agency
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, RequestRow

_DIRECTORY_FIELDS = ("abbreviation", "foia_email", "portal_url", "mailing_address", "phone", "appeal_address", "notes")


def seed_directory(session: Session) -> int:
    """Add the shipped directory's agencies that the database lacks (by name). Returns how many."""
    with resource_path("agencies.toml").open("rb") as handle:
        entries = tomllib.load(handle)["agency"]
    existing = {name for (name,) in session.execute(select(AgencyRow.name))}
    added: dict[str, AgencyRow] = {}
    for entry in entries:
        if entry["name"] in existing:
            continue
        row = AgencyRow(
            name=entry["name"],
            jurisdiction=entry.get("jurisdiction", "US"),
            rule_overrides=json.dumps(entry.get("rule_overrides", {}), sort_keys=True),
            **{key: entry.get(key, "") for key in _DIRECTORY_FIELDS},
        )
        session.add(row)
        added[row.name] = row
    session.flush()
    for entry in entries:
        if entry["name"] in added and entry.get("parent"):
            parent = session.scalar(select(AgencyRow).where(AgencyRow.name == entry["parent"]))
            added[entry["name"]].parent_id = parent.id if parent else None
    return len(added)


def resolve_agency(session: Session, reference: str | int) -> AgencyRow:
    """Find an agency by id, exact name or abbreviation (case-insensitive).

    Raises:
        NotFoundError: naming the reference and how to list the agencies.
    """
    text = str(reference).strip()
    row: AgencyRow | None = None
    if text.isdigit():
        row = session.get(AgencyRow, int(text))
    if row is None and text:
        lowered = text.lower()
        row = session.scalar(select(AgencyRow).where(func.lower(AgencyRow.name) == lowered))
        if row is None:
            by_abbreviation = select(AgencyRow).where(func.lower(AgencyRow.abbreviation) == lowered)
            matches = session.scalars(by_abbreviation).all()
            if len(matches) > 1:
                names = "; ".join(m.name for m in matches)
                raise UserError(f"agency: '{text}' matches several agencies ({names}); use the full name",
                                field="agency")
            row = matches[0] if matches else None
    if row is None:
        raise NotFoundError(
            f"agency: no agency '{text}'; give an id, name or abbreviation from `foiatrack agencies`, "
            "or add it with `foiatrack agencies --add NAME --jurisdiction CODE`",
            field="agency",
        )
    return row


@dataclass(frozen=True, slots=True)
class AgencyChanges:
    name: str
    jurisdiction: str = "US"
    abbreviation: str = ""
    parent_id: int | None = None
    foia_email: str = ""
    portal_url: str = ""
    mailing_address: str = ""
    phone: str = ""
    appeal_address: str = ""
    notes: str = ""


def _validate(session: Session, changes: AgencyChanges, agency_id: int | None) -> None:
    if not changes.name.strip():
        raise UserError("name: an agency needs a name", field="name")
    require_jurisdiction(changes.jurisdiction)
    clash = session.scalar(
        select(AgencyRow.id).where(func.lower(AgencyRow.name) == changes.name.strip().lower())
    )
    if clash is not None and clash != agency_id:
        raise UserError(f"name: an agency named '{changes.name}' already exists", field="name")
    if changes.parent_id is not None and changes.parent_id == agency_id:
        raise UserError("parent: an agency cannot be its own parent", field="parent")


def add_agency(db: Database, changes: AgencyChanges) -> Agency:
    with db.session() as session:
        _validate(session, changes, None)
        row = AgencyRow(rule_overrides="{}", **_fields(changes))
        session.add(row)
        session.flush()
        return to_agency(row)


def update_agency(db: Database, agency_id: int, changes: AgencyChanges) -> Agency:
    with db.session() as session:
        row = session.get(AgencyRow, agency_id)
        if row is None:
            raise NotFoundError(f"agency: no agency with id {agency_id}", field="agency")
        _validate(session, changes, agency_id)
        for key, value in _fields(changes).items():
            setattr(row, key, value)
        session.flush()
        return to_agency(row)


def _fields(changes: AgencyChanges) -> dict[str, object]:
    values = {key: getattr(changes, key) for key in AgencyChanges.__slots__}  # type: ignore[attr-defined]
    values["name"] = changes.name.strip()
    values["jurisdiction"] = changes.jurisdiction.strip().upper()
    return values


def list_agencies(db: Database) -> list[Agency]:
    with db.read_session() as session:
        rows = session.scalars(select(AgencyRow).order_by(AgencyRow.name)).all()
        return [to_agency(row) for row in rows]


def get_agency(db: Database, agency_id: int) -> Agency:
    with db.read_session() as session:
        row = session.get(AgencyRow, agency_id)
        if row is None:
            raise NotFoundError(f"agency: no agency with id {agency_id}", field="agency")
        return to_agency(row)


def find_agency(db: Database, reference: str | int) -> Agency:
    """An agency by id, name or abbreviation (see :func:`resolve_agency`)."""
    with db.read_session() as session:
        return to_agency(resolve_agency(session, reference))


def delete_agency(db: Database, agency_id: int) -> None:
    """Delete an agency that has no requests (requests are never deleted as a side effect)."""
    with db.session() as session:
        row = session.get(AgencyRow, agency_id)
        if row is None:
            raise NotFoundError(f"agency: no agency with id {agency_id}", field="agency")
        used = session.scalar(select(func.count()).select_from(RequestRow).where(RequestRow.agency_id == agency_id))
        if used:
            raise UserError(f"agency: {row.name} has {used} request(s); it cannot be deleted", field="agency")
        session.delete(row)

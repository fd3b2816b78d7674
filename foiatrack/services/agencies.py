"""The agency directory: seeding from resources/agencies.toml, lookup by name/abbreviation/id, edits."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from foiatrack.core.agency_search import rank_agencies
from foiatrack.core.errors import ConflictError, NotFoundError, UserError
from foiatrack.core.models import Agency
from foiatrack.services.jurisdictions import require_jurisdiction
from foiatrack.store.convert import to_agency
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, RequestRow


def seed_directory(session: Session) -> int:
    """Bring the database's agency directory up to date with the bundled one. Returns how many were added."""
    from foiatrack.services.directory import sync_directory

    return sync_directory(session).added


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
    fax: str = ""
    website: str = ""
    appeal_email: str = ""
    appeal_url: str = ""
    appeal_source: str = ""
    appeal_checked: str = ""


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


def update_agency(db: Database, agency_id: int, changes: AgencyChanges, *, expected_version: int) -> Agency:
    """Save a user's edit of an agency; refuse it if someone else saved the agency since
    *expected_version* was read (the version is required: an edit that does not say what it started
    from would silently overwrite the other change)."""
    with db.session() as session:
        row = _locked_agency(session, agency_id)
        if row.version != expected_version:
            raise ConflictError(f"agency: {row.name} was changed elsewhere since you opened it; reload it to see "
                                "the other change, then apply yours again", field="agency")
        _validate(session, changes, agency_id)
        for key, value in _fields(changes, row).items():
            setattr(row, key, value)
        row.version += 1
        session.flush()
        return to_agency(row)


def _locked_agency(session: Session, agency_id: int) -> AgencyRow:
    """The agency's row, locked until the transaction ends (PostgreSQL ``FOR UPDATE``; a SQLite write
    transaction already holds the database), so two saves of one agency queue up."""
    row = session.get(AgencyRow, agency_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"agency: no agency with id {agency_id}", field="agency")
    return row


def _fields(changes: AgencyChanges, row: AgencyRow | None = None) -> dict[str, object]:
    values = {key: getattr(changes, key) for key in AgencyChanges.__slots__}
    values["name"] = changes.name.strip()
    values["jurisdiction"] = changes.jurisdiction.strip().upper()
    # The e-mail shown and edited is the first of the agency's list; the others stay behind it.
    others = [e for e in json.loads(row.emails or "[]")[1:]] if row is not None else []
    email = changes.foia_email.strip()
    values["emails"] = json.dumps([email, *(e for e in others if e.lower() != email.lower())] if email else others)
    return values


def list_agencies(db: Database) -> list[Agency]:
    with db.read_session() as session:
        query = select(AgencyRow).options(selectinload(AgencyRow.parent)).order_by(AgencyRow.name)
        return [to_agency(row) for row in session.scalars(query)]


def search_agencies(db: Database, text: str, *, limit: int | None = None) -> list[Agency]:
    """The directory's agencies matching *text*, best first (see :mod:`foiatrack.core.agency_search`)."""
    return rank_agencies(text, list_agencies(db), limit=limit)


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


def set_appeal_office(db: Database, agency_id: int, address: str, *, email: str = "", source: str = "") -> Agency:
    """Record where an agency's appeals go (typed by the user, e.g. from its decision letter).

    Raises:
        UserError: neither an address nor an e-mail was given.
    """
    address, email = address.strip(), email.strip()
    if not address and not email:
        raise UserError("appeal address: type where appeals go (the office's mailing address or e-mail)",
                        field="appeal_address")
    with db.session() as session:
        row = _locked_agency(session, agency_id)
        row.appeal_address = address
        row.appeal_email = email or row.appeal_email
        row.appeal_source = source.strip() or "typed by you"
        row.appeal_checked = dt.date.today().isoformat()
        row.version += 1  # an open agency editor must not now save the old appeal office over this one
        session.flush()
        return to_agency(row)


def agency_of_request(db: Database, request_id: int) -> Agency:
    with db.read_session() as session:
        request = session.get(RequestRow, request_id)
        if request is None:
            raise NotFoundError(f"request: no request with id {request_id}", field="id")
        return to_agency(request.agency)

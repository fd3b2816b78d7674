"""Saving the appeal office a decision letter names to the agency of the request it answers.

Where the directory has no citable appeal office (the regulations say "the address in the agency's
response"), the letter is the source: it is saved with ``appeal_source`` "<agency>'s letter of <date>
(<file>)" and ``appeal_checked`` the day it was applied, in the same transaction as the letter's events.

An office already on the agency is never replaced silently: by default (``foiatrack intake --apply``) the
letter's office is saved only when the agency has none; replacing one takes the user's explicit choice
(the dialog's checkbox), and then only if the agency was not changed since the proposal was read.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from foiatrack.core.errors import ConflictError
from foiatrack.intake.appeal_office import AppealOffice
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, RequestRow

_APPEAL_FIELDS = ("appeal_address", "appeal_email", "appeal_url")


@dataclass(frozen=True, slots=True)
class AgencyAppeal:
    """The appeal office the matched request's agency has now, as the proposal was read."""

    agency_id: int
    short_name: str  # "ICE": the abbreviation, else the name
    version: int
    current: str  # one line: the office now on file, "" when none
    source: str  # where the current office comes from
    user_edited: bool  # the current office is the user's own (typed or edited), not the bundled one

    @property
    def has_office(self) -> bool:
        return bool(self.current)


def agency_appeal(db: Database, request_id: int) -> AgencyAppeal | None:
    """The appeal office on file for the agency of *request_id* (None: no such request)."""
    with db.read_session() as session:
        request = session.get(RequestRow, request_id)
        return None if request is None else _state(request.agency)


def _state(row: AgencyRow) -> AgencyAppeal:
    lines = [line.strip() for line in (row.appeal_address or "").splitlines() if line.strip()]
    parts = [f"{lines[0]}, {lines[-1]}" if len(lines) > 1 else (lines[0] if lines else ""),
             (row.appeal_email or "").strip(), (row.appeal_url or "").strip()]
    baseline = json.loads(row.directory_values or "{}")
    edited = row.directory_key is None or any(
        (getattr(row, name) or "").strip() != str(baseline.get(name) or "").strip() for name in _APPEAL_FIELDS)
    return AgencyAppeal(agency_id=row.id, short_name=(row.abbreviation or "").strip() or row.name.strip(),
                        version=row.version, current="; ".join(p for p in parts if p),
                        source=(row.appeal_source or "").strip(), user_edited=edited and any(parts))


def letter_source(short_name: str, letter_date: dt.date | None, file: str) -> str:
    """``appeal_source`` for an office read from a letter: "ICE's letter of 2026-11-20 (ice-final.txt)"."""
    when = letter_date.isoformat() if letter_date else "undated"
    return f"{short_name}'s letter of {when} ({Path(file).name})"


def save_from_letter(session: Session, request: RequestRow, office: AppealOffice | None, *, file: str,
                     letter_date: dt.date | None, choice: bool | None = None,
                     expected_version: int | None = None, expected_agency: int | None = None,
                     today: dt.date | None = None) -> str:
    """Save *office* to the request's agency inside the caller's transaction; returns what became of it
    ("" when the letter names no office).

    *choice* None: save only when the agency has no appeal office. True: save even over one (the user
    ticked it), refusing with ConflictError when the agency changed since *expected_version* was read.
    False: do not save. *expected_agency*: the agency the user was shown; another one is not saved to.
    """
    if office is None or not office.found:
        return ""
    agency = session.get(AgencyRow, request.agency_id, with_for_update=True)
    if agency is None:  # the request's agency row is held by a foreign key; kept for type narrowing
        return ""
    state = _state(agency)
    if expected_agency is not None and agency.id != expected_agency:
        return f"not saved: the request chosen is with {state.short_name}, not the agency the proposal named"
    if choice is False:
        return f"not saved as {state.short_name}'s appeal office (not ticked)"
    if _same(agency, office):
        return f"already {state.short_name}'s appeal office"
    if choice is None and state.has_office:
        whose = "your own" if state.user_edited else f"from {state.source or 'the directory'}"
        return (f"not saved: {state.short_name} already has an appeal office ({state.current}; {whose}); "
                f"to replace it, tick \u201cSave as {state.short_name}'s appeal office\u201d in the app or use "
                f"`foiatrack agencies --edit {state.short_name} --appeal-address ...`")
    if choice is True and expected_version is not None and agency.version != expected_version:
        raise ConflictError(f"agency: {state.short_name} was changed elsewhere since this letter was read; "
                            "reopen the letter to see its appeal office now", field="agency")
    agency.appeal_address = office.address
    agency.appeal_email = office.email
    agency.appeal_url = office.url
    agency.appeal_source = letter_source(state.short_name, letter_date, file)
    agency.appeal_checked = (today or dt.date.today()).isoformat()
    agency.version += 1  # an agency editor opened before this must not save its old office over this one
    return f"saved as {state.short_name}'s appeal office"


def _same(agency: AgencyRow, office: AppealOffice) -> bool:
    def norm(value: str) -> str:
        return " ".join(value.split()).lower()
    return (norm(agency.appeal_address or "") == norm(office.address)
            and norm(agency.appeal_email or "") == norm(office.email)
            and norm(agency.appeal_url or "") == norm(office.url))

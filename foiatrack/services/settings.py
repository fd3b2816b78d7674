"""User settings kept in the database: organisation profile, thresholds, follow-up periods."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy.orm import Session

from foiatrack.core.errors import UserError
from foiatrack.core.models import OrganisationProfile
from foiatrack.store.database import Database
from foiatrack.store.settings import get_setting, set_setting

PROFILE_KEY = "organisation_profile"
VERY_OVERDUE_KEY = "very_overdue_working_days"
DEFAULT_VERY_OVERDUE = 20


def get_profile(db: Database) -> OrganisationProfile:
    with db.read_session() as session:
        stored = get_setting(session, PROFILE_KEY, {}) or {}
    known = {f.name for f in fields(OrganisationProfile)}
    return OrganisationProfile(**{k: v for k, v in stored.items() if k in known})


def save_profile(db: Database, profile: OrganisationProfile) -> None:
    for f in fields(OrganisationProfile):
        value = getattr(profile, f.name)
        if "\x00" in value:
            raise UserError(f"{f.name}: the text contains a NUL character", field=f.name)
    with db.session() as session:
        set_setting(session, PROFILE_KEY, asdict(profile))


def very_overdue_threshold(session: Session) -> int:
    """Working days past the due date after which a request counts as very overdue (default 20)."""
    return int(get_setting(session, VERY_OVERDUE_KEY, DEFAULT_VERY_OVERDUE))


def get_very_overdue_threshold(db: Database) -> int:
    with db.read_session() as session:
        return very_overdue_threshold(session)


def set_very_overdue_threshold(db: Database, days: int) -> None:
    if not 1 <= days <= 365:
        raise UserError("very_overdue: give a number of working days from 1 to 365", field="very_overdue")
    with db.session() as session:
        set_setting(session, VERY_OVERDUE_KEY, days)

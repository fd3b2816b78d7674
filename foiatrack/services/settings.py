"""User settings kept in the database: the letterhead, thresholds, follow-up periods.

The letterhead (stored under the historical key "organisation_profile") is the user's own: who signs
the letters and where answers go. The sample data never writes it; a letter for a real request is refused
while it is empty or still holds sample text, so no appeal goes out over a made-up name and a 555 number.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Generic, TypeVar

from foiatrack.core.errors import UserError
from foiatrack.core.models import OrganisationProfile

if TYPE_CHECKING:  # the store (and SQLAlchemy) load when a setting is first read, not with the window
    from sqlalchemy.orm import Session

    from foiatrack.store.database import Database

T = TypeVar("T")

PROFILE_KEY = "organisation_profile"
VERY_OVERDUE_KEY = "very_overdue_working_days"
DEFAULT_VERY_OVERDUE = 20


LETTERHEAD_FIELDS = tuple(f.name for f in fields(OrganisationProfile))
WHERE_TO_FILL = "Settings > Letterhead in the app, or `foiatrack profile --name ... --address ...`"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# What only sample data says: the sample organisation's marker, the reserved example domains and the
# 555-01xx numbers set aside for fiction.
_SAMPLE_MARKERS = re.compile(r"\(sample|\bsample data\b|@example\.(?:org|com|net)\b|\b555-01\d\d\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Versioned(Generic[T]):
    """A setting as read, with the version an edit of it must name when it is saved."""

    value: T
    version: int


def get_profile(db: Database) -> OrganisationProfile:
    """The letterhead as stored; the sample letterhead older versions wrote on `demo` reads as empty."""
    return read_profile(db).value


def read_profile(db: Database) -> Versioned[OrganisationProfile]:
    """The letterhead and its version, for an editor that will save it (:func:`save_profile`)."""
    with db.read_session() as session:
        from foiatrack.store.settings import get_versioned

        stored, version = get_versioned(session, PROFILE_KEY, {})
    stored = stored or {}
    profile = OrganisationProfile(**{k: str(v) for k, v in stored.items() if k in LETTERHEAD_FIELDS})
    return Versioned(OrganisationProfile() if profile == _sample_profile() else profile, version)


def check_profile(profile: OrganisationProfile) -> None:
    """What a letter needs from the letterhead, checked wherever it is typed (Settings, `foiatrack profile`)."""
    for name in LETTERHEAD_FIELDS:
        if "\x00" in getattr(profile, name):
            raise UserError(f"{name}: the text contains a NUL character", field=name)
    if not profile.name.strip():
        raise UserError("name: letters are signed with this name; fill it in", field="name")
    if profile.email.strip() and not _EMAIL.match(profile.email.strip()):
        raise UserError(f"email: '{profile.email}' is not an email address (name@example.org)", field="email")


def save_profile(db: Database, profile: OrganisationProfile, *, expected_version: int
                 ) -> Versioned[OrganisationProfile]:
    """Store the letterhead (fields trimmed; the address keeps its lines) after :func:`check_profile`,
    unless someone saved it since *expected_version* was read (ConflictError). The version is required:
    a save that does not say what it started from would silently overwrite the other editor's change."""
    cleaned = replace(profile, **{name: getattr(profile, name).strip() for name in LETTERHEAD_FIELDS})
    cleaned = replace(cleaned, address="\n".join(line.strip() for line in cleaned.address.splitlines()
                                                 if line.strip()))
    check_profile(cleaned)
    with db.session() as session:
        from foiatrack.store.settings import edit_setting

        version = edit_setting(session, PROFILE_KEY, asdict(cleaned), expected_version=expected_version,
                               label="letterhead")
    return Versioned(cleaned, version)


def update_profile(db: Database, **changes: str | None) -> Versioned[OrganisationProfile]:
    """Change only the fields given (``None`` leaves a field as it is): what `foiatrack profile --x` does.

    The fields are applied to the letterhead as read, and saved over that version: if another editor
    saves in between, this change is refused (ConflictError) rather than undoing theirs."""
    given = {k: v for k, v in changes.items() if v is not None}
    unknown = set(given) - set(LETTERHEAD_FIELDS)
    if unknown:
        raise UserError(f"{sorted(unknown)[0]}: not a letterhead field; fields: {', '.join(LETTERHEAD_FIELDS)}")
    current = read_profile(db)
    if not given:
        return current
    if "address" in given:  # "100 Main St\nOakland, CA" or "100 Main St; Oakland, CA" on a command line
        given["address"] = "\n".join(part.strip() for part in re.split(r"\n|\\n|;", given["address"] or ""))
    return save_profile(db, replace(current.value, **given), expected_version=current.version)


def letterhead_problem(profile: OrganisationProfile) -> str | None:
    """Why *profile* cannot sign a real letter, with where to fix it; None when it can."""
    missing = [name for name in ("name", "address") if not getattr(profile, name).strip()]
    if missing:
        return (f"letterhead: the letter needs your {' and '.join(missing)} (who signs it and where the agency "
                f"answers); fill in the letterhead under {WHERE_TO_FILL}")
    sample = sample_text(profile)
    if sample:
        field_name, value = sample
        return (f"letterhead: {field_name} still holds sample text ('{value}'); put your own under "
                f"{WHERE_TO_FILL}")
    return None


def sample_text(profile: OrganisationProfile) -> tuple[str, str] | None:
    """The first letterhead field holding sample-data text, as (field, value)."""
    sample = _sample_profile()
    for name in LETTERHEAD_FIELDS:
        value = getattr(profile, name).strip()
        if not value:
            continue
        if _SAMPLE_MARKERS.search(value) or (name != "title" and value == getattr(sample, name).strip()):
            return name, value.splitlines()[0]
    return None


def _sample_profile() -> OrganisationProfile:
    from foiatrack.services.demo import demo_profile  # the sample data set is read only when needed

    return demo_profile()


def very_overdue_threshold(session: Session) -> int:
    """Working days past the due date after which a request counts as very overdue (default 20)."""
    from foiatrack.store.settings import get_setting

    return int(get_setting(session, VERY_OVERDUE_KEY, DEFAULT_VERY_OVERDUE))


def get_very_overdue_threshold(db: Database) -> int:
    return read_very_overdue_threshold(db).value


def read_very_overdue_threshold(db: Database) -> Versioned[int]:
    with db.read_session() as session:
        from foiatrack.store.settings import get_versioned

        days, version = get_versioned(session, VERY_OVERDUE_KEY, DEFAULT_VERY_OVERDUE)
    return Versioned(int(days), version)


def set_very_overdue_threshold(db: Database, days: int, *, expected_version: int) -> int:
    """Save the threshold over the version the editor read (ConflictError if it changed); the new version."""
    if not 1 <= days <= 365:
        raise UserError("very_overdue: give a number of working days from 1 to 365", field="very_overdue")
    with db.session() as session:
        from foiatrack.store.settings import edit_setting

        return edit_setting(session, VERY_OVERDUE_KEY, days, expected_version=expected_version,
                            label="very-overdue threshold")

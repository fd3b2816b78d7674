"""The words of the domain: event kinds, outcomes, statuses, fee categories, delivery methods.

Event kinds, directions and outcomes are defined with the table of event kinds
(:mod:`foiatrack.core.event_kinds`) and re-exported here.

Every enum's value is the stable text stored in the database and used on the command line; labels are
for people. Adding a member is fine; renaming a value needs a data migration.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

# The event vocabulary lives with the table of event kinds; imported here so the domain's words stay in one
# import ("from foiatrack.core.vocabulary import EventKind, Outcome, Status").
from foiatrack.core.event_kinds import Direction, EventKind, Outcome

__all__ = ["AWAITING_AGENCY", "DeliveryMethod", "Direction", "EventKind", "FeeCategory", "Outcome", "Status",
           "choices", "parse_enum"]


class Status(StrEnum):
    """Where a request stands, derived from its events by :func:`foiatrack.core.status.derive_status`."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    WAITING_CLARIFICATION = "waiting_clarification"
    WAITING_FEES = "waiting_fees"
    RELEASED_IN_PART = "released_in_part"
    GRANTED = "granted"
    PARTIALLY_GRANTED = "partially_granted"
    DENIED = "denied"
    NO_RECORDS = "no_records"
    APPEALED = "appealed"
    APPEAL_DECIDED = "appeal_decided"
    IN_LITIGATION = "in_litigation"
    WITHDRAWN = "withdrawn"
    # A final determination with outcome "other" (e.g. referred elsewhere): finished, not adverse.
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def awaits_agency(self) -> bool:
        """True while the agency owes the requester a determination (the response clock matters)."""
        return self in AWAITING_AGENCY

    @property
    def is_closed(self) -> bool:
        return self in (Status.GRANTED, Status.WITHDRAWN, Status.APPEAL_DECIDED, Status.CLOSED)


_STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: "Draft",
    Status.SUBMITTED: "Submitted",
    Status.ACKNOWLEDGED: "Acknowledged",
    Status.IN_PROGRESS: "In progress",
    Status.WAITING_CLARIFICATION: "Waiting on clarification",
    Status.WAITING_FEES: "Waiting on fees",
    Status.RELEASED_IN_PART: "Released in part",
    Status.GRANTED: "Granted",
    Status.PARTIALLY_GRANTED: "Partially granted",
    Status.DENIED: "Denied",
    Status.NO_RECORDS: "No records",
    Status.APPEALED: "Appealed",
    Status.APPEAL_DECIDED: "Appeal decided",
    Status.IN_LITIGATION: "In litigation",
    Status.WITHDRAWN: "Withdrawn",
    Status.CLOSED: "Closed (other outcome)",
}

AWAITING_AGENCY = frozenset(
    {
        Status.SUBMITTED,
        Status.ACKNOWLEDGED,
        Status.IN_PROGRESS,
        Status.RELEASED_IN_PART,
        Status.APPEALED,
    }
)


class FeeCategory(StrEnum):
    """Fee categories of 5 U.S.C. § 552(a)(4)(A)(ii)."""

    COMMERCIAL = "commercial"
    EDUCATIONAL = "educational"
    NEWS_MEDIA = "news_media"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            FeeCategory.COMMERCIAL: "Commercial use",
            FeeCategory.EDUCATIONAL: "Educational or noncommercial scientific institution",
            FeeCategory.NEWS_MEDIA: "Representative of the news media",
            FeeCategory.OTHER: "All other requesters",
        }[self]


class DeliveryMethod(StrEnum):
    PORTAL = "portal"
    EMAIL = "email"
    MAIL = "mail"
    FAX = "fax"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


E = TypeVar("E", bound=StrEnum)


def choices(enum_type: type[StrEnum]) -> str:
    """'a, b, c': the accepted values, for error messages."""
    return ", ".join(member.value for member in enum_type)


def parse_enum(enum_type: type[E], text: str, field: str) -> E:
    """Parse a stored/CLI value (case and dash tolerant) or raise a UserError listing the choices."""
    from foiatrack.core.errors import UserError

    key = (text or "").strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum_type(key)
    except ValueError:
        raise UserError(
            f"{field}: '{text}' is not accepted; use one of: {choices(enum_type)}", field=field
        ) from None

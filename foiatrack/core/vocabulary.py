"""The words of the domain: event kinds, outcomes, statuses, fee categories, delivery methods.

Every enum's value is the stable text stored in the database and used on the command line; labels are
for people. Adding a member is fine; renaming a value needs a data migration.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar


class EventKind(StrEnum):
    """What happened to a request. The event log is the truth; status and deadlines derive from it."""

    SUBMITTED = "submitted"
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    TRACKING_NUMBER = "tracking_number"
    CLARIFICATION_REQUESTED = "clarification_requested"
    CLARIFICATION_ANSWERED = "clarification_answered"
    FEE_ESTIMATE = "fee_estimate"
    FEE_PAID = "fee_paid"
    # The requester answered a fee letter (agreed to pay, narrowed or contested): ends the fee pause
    # like a payment does (5 U.S.C. § 552(a)(6)(A)(ii)(II)).
    FEE_ANSWERED = "fee_answered"
    FEE_WAIVER_DECISION = "fee_waiver_decision"
    EXPEDITE_DECISION = "expedite_decision"
    EXTENSION = "extension"
    INTERIM_RELEASE = "interim_release"
    FINAL_DETERMINATION = "final_determination"
    APPEAL_FILED = "appeal_filed"
    # The agency confirms it received the appeal: the decision clock counts from that receipt.
    APPEAL_ACKNOWLEDGED = "appeal_acknowledged"
    APPEAL_DECISION = "appeal_decision"
    LAWSUIT_FILED = "lawsuit_filed"
    NOTE = "note"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def default_direction(self) -> Direction:
        return _KIND_DIRECTIONS.get(self, Direction.INCOMING)


_KIND_LABELS: dict[EventKind, str] = {
    EventKind.SUBMITTED: "Request sent",
    EventKind.RECEIVED: "Received by agency",
    EventKind.ACKNOWLEDGED: "Acknowledged",
    EventKind.TRACKING_NUMBER: "Tracking number assigned",
    EventKind.CLARIFICATION_REQUESTED: "Clarification requested",
    EventKind.CLARIFICATION_ANSWERED: "Clarification answered",
    EventKind.FEE_ESTIMATE: "Fee estimate",
    EventKind.FEE_PAID: "Fee paid",
    EventKind.FEE_ANSWERED: "Fee letter answered",
    EventKind.FEE_WAIVER_DECISION: "Fee waiver decision",
    EventKind.EXPEDITE_DECISION: "Expedited processing decision",
    EventKind.EXTENSION: "Extension claimed",
    EventKind.INTERIM_RELEASE: "Interim release",
    EventKind.FINAL_DETERMINATION: "Final determination",
    EventKind.APPEAL_FILED: "Appeal filed",
    EventKind.APPEAL_ACKNOWLEDGED: "Appeal acknowledged",
    EventKind.APPEAL_DECISION: "Appeal decision",
    EventKind.LAWSUIT_FILED: "Lawsuit filed",
    EventKind.NOTE: "Note",
    EventKind.LETTER: "Letter",
}


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTERNAL = "internal"


_KIND_DIRECTIONS: dict[EventKind, Direction] = {
    EventKind.SUBMITTED: Direction.OUTGOING,
    EventKind.CLARIFICATION_ANSWERED: Direction.OUTGOING,
    EventKind.FEE_PAID: Direction.OUTGOING,
    EventKind.FEE_ANSWERED: Direction.OUTGOING,
    EventKind.APPEAL_FILED: Direction.OUTGOING,
    EventKind.LAWSUIT_FILED: Direction.OUTGOING,
    EventKind.LETTER: Direction.OUTGOING,
    EventKind.NOTE: Direction.INTERNAL,
}


class Outcome(StrEnum):
    """Outcome of a final determination, an appeal decision or a fee-waiver/expedite decision."""

    FULL_GRANT = "full_grant"
    PARTIAL_GRANT = "partial_grant"
    DENIED = "denied"
    NO_RECORDS = "no_records"
    WITHDRAWN = "withdrawn"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_adverse(self) -> bool:
        """Adverse determinations open the requester's appeal window (5 U.S.C. § 552(a)(6)(A)(i))."""
        return self in (Outcome.PARTIAL_GRANT, Outcome.DENIED, Outcome.NO_RECORDS)


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

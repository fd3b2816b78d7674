"""Plain data objects the layers pass to each other.

Repositories in :mod:`foiatrack.store` return these, never live ORM rows, so that the UI and the CLI can
hold them after the database session closed, and so the core can be tested with values built by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from foiatrack.core.vocabulary import DeliveryMethod, Direction, EventKind, FeeCategory, Outcome, Status


@dataclass(frozen=True, slots=True)
class Agency:
    id: int
    name: str
    abbreviation: str = ""
    parent_id: int | None = None
    parent_name: str | None = None
    jurisdiction: str = "US"
    foia_email: str = ""
    portal_url: str = ""
    mailing_address: str = ""
    phone: str = ""
    appeal_address: str = ""
    notes: str = ""
    # Overrides of the jurisdiction's rules for this agency, e.g. DHS components' 90 *working* day appeal
    # window under 6 C.F.R. § 5.8(a)(1). Keys are rule names of the deadline engine.
    rule_overrides: dict[str, object] = field(default_factory=dict)
    emails: tuple[str, ...] = ()
    fax: str = ""
    website: str = ""
    appeal_email: str = ""
    appeal_url: str = ""
    # Where the appeal office comes from (a regulation's section or a page's URL) and the day it was checked.
    appeal_source: str = ""
    appeal_checked: str = ""
    # The agency's own reported processing days: {"2016": {"complex_median_days": 37, ...}, ...}.
    request_time_stats: dict[str, dict[str, float]] = field(default_factory=dict)
    # The edit counter the agency was read at; an edit must name it (services.agencies.update_agency).
    version: int = 1
    source: str = ""
    as_of: str = ""
    directory_key: str | None = None
    # True when the user changed a field the bundled directory gave (or created the agency).
    edited: bool = False

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name

    @property
    def user_created(self) -> bool:
        return self.directory_key is None


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    event_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime | None = None
    # False when the file's text could not be read within the limits ("text not extracted").
    text_extracted: bool = True


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened to a request: the one event value of every layer.

    Logged (``services.events.log_event``), it carries its ``id``, ``request_id``, author and files; about to
    be logged (the dialog's form, a ``log`` command, a planned import row, an intake proposal accepted) it has
    ``id`` 0. Structured fields are ``None`` where the kind does not use them (which ones it uses:
    :data:`foiatrack.core.event_kinds.KINDS`). A ``direction`` left out is the kind's usual one.
    """

    kind: EventKind
    date: dt.date
    summary: str = ""
    details: str = ""
    # Declared without None so readers need no check; None given (or left out) is replaced by the kind's
    # direction in __post_init__, before anyone can read it.
    direction: Direction = None  # type: ignore[assignment]
    tracking_number: str | None = None
    amount: Decimal | None = None
    pages_released: int | None = None
    pages_withheld: int | None = None
    exemptions: tuple[str, ...] = ()
    outcome: Outcome | None = None
    # Days claimed by an extension event, in the unit of the jurisdiction's extension rule.
    extension_days: int | None = None
    # The day the agency received something the requester sent (an appeal, on appeal_acknowledged).
    received: dt.date | None = None
    appeal_number: str | None = None
    # The approximate completion date an acknowledgement gave (N.Y. Pub. Off. Law § 89(3)(a)).
    expected_by: dt.date | None = None
    id: int = 0  # 0: not recorded yet
    request_id: int = 0
    created_by: str = ""
    created_at: dt.datetime | None = None
    attachments: tuple[AttachmentInfo, ...] = ()
    # Edits of the event name the version they started from; a stale one is refused.
    version: int = 1

    def __post_init__(self) -> None:
        if self.direction is None:
            object.__setattr__(self, "direction", self.kind.default_direction)


@dataclass(frozen=True, slots=True)
class Request:
    id: int
    subject: str
    agency_id: int
    agency_name: str
    jurisdiction: str
    records_sought: str = ""
    records_from: dt.date | None = None
    records_to: dt.date | None = None
    requester_name: str = ""
    requester_organisation: str = ""
    delivery_method: DeliveryMethod | None = None
    fee_category: FeeCategory | None = None
    fee_limit: Decimal | None = None
    fee_waiver_requested: bool = False
    fee_waiver_justification: str = ""
    expedite_requested: bool = False
    expedite_justification: str = ""
    preferred_format: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    batch_id: int | None = None
    is_sample: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int = 1
    # Cached, derived from the events (see foiatrack.services.derive).
    status: Status = Status.DRAFT
    sent_on: dt.date | None = None
    tracking_number: str | None = None
    response_due: dt.date | None = None
    extended_due: dt.date | None = None
    due_date: dt.date | None = None
    appeal_due: dt.date | None = None
    appeal_decision_due: dt.date | None = None
    may_sue_from: dt.date | None = None
    agency_abbreviation: str = ""


@dataclass(frozen=True, slots=True)
class OrganisationProfile:
    """Letterhead and signature used on every letter."""

    name: str = ""
    organisation: str = ""
    title: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One edit or deletion in a request's history: who, when, and ``{field: (before, after)}``."""

    at: dt.datetime
    actor: str
    action: str  # "request edited", "event edited", "event deleted", "request deleted"
    event_id: int | None
    changes: dict[str, list[object]]

    def describe(self) -> str:
        """One line for the timeline: 'event edited by ben: summary, date'."""
        fields = ", ".join(name.replace("_", " ") for name in self.changes) or "nothing"
        what = "fields" if self.action.endswith("edited") else "it held"
        return f"{self.action.capitalize()} by {self.actor or 'unknown'} ({what}: {fields})"

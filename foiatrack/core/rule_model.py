"""The vocabulary of jurisdiction rules: periods, tolling, notes and the rules of one jurisdiction.

Plain frozen dataclasses, separate from the parsing in :mod:`foiatrack.core.rules` so that the counting
code can depend on the shapes without pulling in the data-file machinery.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from foiatrack.core.calendars import CalendarSpec

RULE_NAMES = (
    "response",
    "follow_up",
    "extension",
    "acknowledgement",
    "expedite_decision",
    "appeal_window",
    "appeal_decision",
    "after_acknowledgement",
)
# Keys an agency's rule_overrides may use (see the header of resources/jurisdictions.toml).
OVERRIDE_KEYS = (*RULE_NAMES, "tolling")


class Unit(StrEnum):
    """How a period counts: working (business) days of the jurisdiction's calendar, or calendar days."""

    WORKING = "working"
    CALENDAR = "calendar"


@dataclass(frozen=True, slots=True)
class Period:
    """One time limit: so many working or calendar days, with its citation.

    ``days`` is ``None`` only for an extension without a statutory maximum (New York's "date certain").
    """

    name: str
    days: int | None
    unit: Unit
    citation: str
    verified: bool = True
    roll_forward: bool = False
    roll_forward_citation: str = ""
    label: str = ""
    note: str = ""
    counted_from: str = ""
    notice_within_period: bool = False
    extendable: bool = False


@dataclass(frozen=True, slots=True)
class Tolling:
    """Which requester-side waits pause the response clock, and how often (federal: one clarification)."""

    citation: str
    clarification: bool = True
    fees: bool = True
    clarification_max: int | None = None
    verified: bool = True


@dataclass(frozen=True, slots=True)
class Note:
    """A rule shown to users but not computed (e.g. the Texas Attorney General's ruling period)."""

    text: str
    citation: str = ""
    verified: bool = True


@dataclass(frozen=True, slots=True)
class JurisdictionRule:
    """Everything the deadline engine needs to know about one public-records law."""

    code: str
    name: str
    statute: str
    statute_citation: str
    calendar: CalendarSpec
    working_day_term: str = "working days"
    appeal_to: str = ""
    calendar_description: str = ""
    response: Period | None = None
    follow_up: Period | None = None
    extension: Period | None = None
    acknowledgement: Period | None = None
    expedite_decision: Period | None = None
    appeal_window: Period | None = None
    appeal_decision: Period | None = None
    # New York: an acknowledgement within the response period sets the next date (its own approximate
    # date, else this many days after it).
    after_acknowledgement: Period | None = None
    tolling: Tolling | None = None
    constructive_exhaustion: str = ""  # citation; empty where the law has no such rule
    # Where silence past the deadline is a denial the requester may appeal (PA, IL, NJ, NY).
    deemed_denial: Note | None = None
    notes: tuple[Note, ...] = ()
    # Letters: whom to address ("Records Access Officer") and the appeal body's address where it is not
    # the agency itself (Pennsylvania's Office of Open Records), with the source it was checked against.
    records_officer: str = ""
    appeal_office: str = ""
    appeal_office_source: str = ""

    @property
    def has_fixed_deadline(self) -> bool:
        return self.response is not None

    def unit_words(self, unit: Unit) -> str:
        """'working days' / 'business days' / 'calendar days', as the law itself says."""
        return self.working_day_term if unit is Unit.WORKING else "calendar days"

    def periods(self) -> list[Period]:
        return [p for p in (getattr(self, n) for n in RULE_NAMES) if p is not None]

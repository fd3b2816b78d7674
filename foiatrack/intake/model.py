"""What intake reads (a :class:`Letter`) and what it proposes (a :class:`Proposal` of events)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from foiatrack.core.vocabulary import EventKind, Outcome

# Field names in the order a person reads a proposal; the JSON contract uses the same names.
FIELDS: tuple[str, ...] = (
    "date", "received", "expected_by", "tracking_number", "appeal_number", "outcome", "exemptions",
    "pages_released", "pages_withheld", "amount", "extension_days",
)


@dataclass(frozen=True, slots=True)
class Letter:
    """A piece of correspondence as text, with what its envelope says.

    Attributes:
        text: The letter's text (an e-mail's body followed by the text of its attachments).
        source: Where the text came from: "text layer", "ocr", "email body", "plain text", "docx"...
        date: The envelope date (an e-mail's Date header), used when the letter itself shows none.
        sender: The sender's address ("foia@agency.gov"), empty when unknown.
        subject: The e-mail's subject line, empty when unknown.
    """

    text: str
    source: str = "plain text"
    date: dt.date | None = None
    sender: str = ""
    subject: str = ""


@dataclass(slots=True)
class ProposedEvent:
    """One event the letter reports, with the sentence each field came from.

    ``evidence`` maps a field name ("kind", "date", "pages_released"...) to the quoted sentence;
    ``unsure`` maps a field left empty to the reason it was left empty.
    """

    kind: EventKind
    date: dt.date | None = None
    received: dt.date | None = None
    expected_by: dt.date | None = None
    tracking_number: str | None = None
    appeal_number: str | None = None
    outcome: Outcome | None = None
    exemptions: tuple[str, ...] = ()
    pages_released: int | None = None
    pages_withheld: int | None = None
    amount: Decimal | None = None
    extension_days: int | None = None
    # For appeal decisions: the words of the decision (affirmed, remanded, reversed, partly).
    appeal_result: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    unsure: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The JSON contract: kind, date, and only the fields that were found, plus evidence."""
        out: dict[str, object] = {"kind": self.kind.value, "date": _iso(self.date)}
        for name in FIELDS[1:]:
            value = getattr(self, name)
            if value is None or value == ():
                continue
            if isinstance(value, dt.date):
                out[name] = value.isoformat()
            elif isinstance(value, Outcome):
                out[name] = value.value
            elif isinstance(value, Decimal):
                out[name] = float(value)
            elif isinstance(value, tuple):
                out[name] = list(value)
            else:
                out[name] = value
        if self.appeal_result:
            out["appeal_result"] = self.appeal_result
        out["evidence"] = dict(self.evidence)
        if self.unsure:
            out["unsure"] = dict(self.unsure)
        return out


@dataclass(slots=True)
class Proposal:
    """Everything understood from one letter, before it is matched to a request.

    ``numbers`` are the reference numbers found (tracking and appeal), in order of appearance;
    ``notes`` say what could not be understood at all.
    """

    events: list[ProposedEvent]
    letter_date: dt.date | None
    tracking_numbers: list[str] = field(default_factory=list)
    appeal_numbers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None

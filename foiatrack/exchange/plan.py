"""One spreadsheet row to one request and its events, with every problem found (pure: no database).

How a plain tracking sheet becomes an event log, so that deadlines and statistics work for it:

* "Date Sent" is a *submitted* event, "Date Received" a *received* event, "Date Acknowledged" an
  *acknowledged* event, a tracking number a *tracking number* event (dated the acknowledgement, else the
  receipt, else the sent date, as ``foiatrack add --tracking`` does).
* The status (or a separate "Disposition"/"Outcome" column, which refines a bare "Closed") becomes the
  events it implies: "Denied" is a *final determination* with outcome *denied*; "Appealed" a
  determination followed by an *appeal*; "Litigation" a *lawsuit*; and so on (see
  :mod:`foiatrack.exchange.values`). A determination is dated "Date Closed"/"Response Date", an appeal
  "Date Appealed". When the file has no date for a step, the step is dated the latest date the row does
  give (sent, received, ...), and the event's details say that the real date is unknown, so a reader
  of the chronology is never misled; the import report counts these rows, because a determination dated
  too early makes the appeal window look shorter than it is.
* A "Date Closed" without a status is a determination whose outcome is not known (*other*).

When the file comes with an events table (a foiatrack export), the events are taken from it instead and
the status and date columns of the requests sheet, which foiatrack derived, are ignored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from foiatrack.core.errors import UserError
from foiatrack.core.models import Event
from foiatrack.core.vocabulary import Direction, EventKind, Outcome, parse_enum
from foiatrack.exchange.cells import match_key
from foiatrack.exchange.columns import EVENT_FIELDS, FIELDS, ColumnMatch
from foiatrack.exchange.dates import DateProblem, parse_date
from foiatrack.exchange.exemption_cells import tidy_exemptions
from foiatrack.exchange.values import (
    CellProblem,
    StatusSteps,
    as_amount,
    as_bool,
    as_count,
    as_delivery,
    as_fee_category,
    as_jurisdiction,
    as_text,
)
from foiatrack.exchange.vocabulary import StatusVocabulary, UnknownStatus

MAX_SUBJECT = 500
SHORT_SUBJECT = 200
_LONG_TEXT = frozenset({"records_sought", "notes", "fee_waiver_justification", "expedite_justification"})
# The steps a closing date dates: a determination, an appeal's decision, or the lawsuit that ended it.
_CLOSING = frozenset({EventKind.FINAL_DETERMINATION, EventKind.APPEAL_DECISION, EventKind.LAWSUIT_FILED})
_REQUEST_TEXT = ("records_sought", "requester_name", "requester_organisation", "fee_waiver_justification",
                 "expedite_justification", "preferred_format", "notes")


@dataclass(slots=True)
class EventSpec:
    """An event read from a file: the one event value (:class:`foiatrack.core.models.Event`) and where it
    came from. A thin adapter, not a second event type: the importer must name the column and line of any
    problem with the event, and tell an author left blank (the importer's name is used) from one given."""

    event: Event
    column: str = ""  # the header to name in an error about this event
    line: int = 0
    created_by: str | None = None  # None: the importer's default


@dataclass(slots=True)
class PlannedRow:
    """A row read and checked; ``errors`` are ``(column header, message)`` pairs."""

    line: int
    values: dict[str, str]
    agency: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    events: list[EventSpec] = field(default_factory=list)
    key: str | None = None
    tracking_number: str | None = None
    sent: dt.date | None = None
    batch: str | None = None
    sample: bool = False
    date_unknown: bool = False
    columns: Mapping[str, str] = field(default_factory=dict)  # field -> the header to name in a message
    agency_ref: Any = None  # set by the importer's database side
    event_rows: list[dict[str, Any]] = field(default_factory=list)  # the events, checked, as table rows
    core_events: list[Any] = field(default_factory=list)  # the same, as core Events for the deadline engine
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unknown_statuses: list[tuple[str, str]] = field(default_factory=list)  # (header, word as written)


def import_key(agency: str, tracking: str | None, subject: str, sent: dt.date | None, requester: str) -> str:
    """The identity of an imported row, so importing the same file twice adds nothing.

    With a tracking number it is the agency and that number (an agency's numbers are unique, and a
    corrected subject in a later copy of the sheet is still the same request); without one, the agency,
    the subject, the sent date and the requester. Names are compared case- and space-insensitively.
    """
    if tracking:
        basis = f"t\x1f{match_key(agency)}\x1f{match_key(tracking)}"
    else:
        basis = f"h\x1f{match_key(agency)}\x1f{match_key(subject)}\x1f{sent or ''}\x1f{match_key(requester)}"
    return "import:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:40]


def shorten(text: str, limit: int = SHORT_SUBJECT) -> str:
    """The start of *text*, cut at a word boundary, for a subject line."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut.rstrip(",;:.-") + "…"


class RowPlanner:
    """Reads rows of one table. *events_by_key* comes from the file's events table, if it has one;
    *default_agency* is the agency of rows that name none (``import --agency``); *statuses* reads the
    status words (the built-in ones and the user's)."""

    def __init__(self, matches: Sequence[ColumnMatch], jurisdictions: frozenset[str], source: str,
                 events_by_key: Mapping[str, list[EventSpec]] | None = None, *,
                 default_agency: str | None = None, statuses: StatusVocabulary | None = None) -> None:
        self.columns = {m.field: m for m in matches if m.field}
        self.jurisdictions = jurisdictions
        self.source = source
        self.events_by_key = events_by_key
        self.default_agency = " ".join((default_agency or "").split())
        self.statuses = statuses or StatusVocabulary()
        self.headers = {name: self.columns[name].header if name in self.columns else label
                        for name, label in FIELDS.items()}

    def header(self, name: str) -> str:
        return self.headers.get(name, name)

    def plan(self, line: int, cells: Sequence[object]) -> PlannedRow:
        raw = {name: cells[m.index] if m.index < len(cells) else None for name, m in self.columns.items()}
        row = PlannedRow(line, {name: as_text(value) for name, value in raw.items() if value is not None},
                         columns=self.headers)

        def read(name: str, reader: Callable[[object], Any], default: Any = None) -> Any:
            value = raw.get(name)
            if value is None:
                return default
            try:
                return reader(value)
            except UnknownStatus as unknown:
                row.unknown_statuses.append((self.header(name), unknown.word))
                row.errors.append((self.header(name), str(unknown)))
                return default
            except (CellProblem, DateProblem) as problem:
                row.errors.append((self.header(name), str(problem)))
                return default

        text = {name: self._text(raw.get(name), name) for name in (*_REQUEST_TEXT, "subject", "agency")}
        row.agency = " ".join(text["agency"].split()) or self.default_agency
        if not row.agency:
            row.errors.append((self.header("agency"), "every request needs an agency (or import with --agency "
                                                      "NAME to give the rows that name none)"))
        subject, records = text["subject"], text["records_sought"]
        if not subject.strip() and records.strip():
            subject = shorten(records, 120)
        elif len(" ".join(subject.split())) > MAX_SUBJECT:
            records = subject + ("\n\n" + records if records.strip() else "")
            row.warnings.append(f"line {line}: the subject is {len(subject):,} characters; its start is the "
                                "subject and the whole text is kept in the records sought")
            subject = shorten(subject)
        tags = tuple(t.strip() for part in self._text(raw.get("tags"), "tags").split(";") for t in part.split(","))
        row.fields = {
            **{name: text[name] for name in _REQUEST_TEXT},
            "subject": subject,
            "records_sought": records,
            "records_from": read("records_from", parse_date),
            "records_to": read("records_to", parse_date),
            "jurisdiction": read("jurisdiction", lambda v: as_jurisdiction(v, self.jurisdictions)),
            "delivery_method": read("delivery_method", as_delivery),
            "fee_category": read("fee_category", as_fee_category),
            "fee_limit": read("fee_limit", as_amount),
            "fee_waiver_requested": read("fee_waiver_requested", as_bool, False),
            "expedite_requested": read("expedite_requested", as_bool, False),
            "tags": tuple(t for t in tags if t),
        }
        row.fields["fee_waiver_requested"] |= bool(text["fee_waiver_justification"].strip())
        row.fields["expedite_requested"] |= bool(text["expedite_justification"].strip())
        row.batch = as_text(raw.get("batch")).strip() or None
        row.sample = read("sample", as_bool, False)
        row.key = as_text(raw.get("key")).strip() or None
        if row.key is not None and len(row.key) > 200:
            row.errors.append((self.header("key"), "at most 200 characters"))
        if self.events_by_key is not None:
            if row.key is None:
                row.errors.append((self.header("key"), "the file has an events table, so every request needs "
                                                       "its key"))
            else:
                row.events = list(self.events_by_key.get(row.key, ()))
                # The request's number, so that a request filed here (with `add`) is recognised by its
                # agency and tracking number when its export comes back.
                numbers = [s.event.tracking_number for s in row.events
                           if s.event.kind is EventKind.TRACKING_NUMBER and s.event.tracking_number]
                row.tracking_number = numbers[-1] if numbers else None
            return row
        self._events(row, raw, read)
        return row

    def _status_reader(self, name: str) -> Callable[[object], StatusSteps | None]:
        """Reads a status column; one headed "Appeal ..." holds the appeal's disposition."""
        appeal = "appeal" in self.header(name).casefold()
        return lambda value: self.statuses.read(value, appeal=appeal)

    def _text(self, value: object, name: str) -> str:
        text = as_text(value)
        return text if name in _LONG_TEXT else text.strip()

    def _events(self, row: PlannedRow, raw: Mapping[str, object], read: Callable[..., Any]) -> None:
        dates = {name: read(name, parse_date) for name in ("sent", "received", "acknowledged", "closed", "appealed")}
        sent, received = dates["sent"], dates["received"]
        row.sent = sent
        for name in ("received", "acknowledged", "closed", "appealed"):
            if sent is not None and dates[name] is not None and dates[name] < sent:
                row.errors.append((self.header(name), f"{dates[name].isoformat()} is before the date sent "
                                                      f"({sent.isoformat()})"))
        if dates["closed"] and dates["appealed"] and dates["appealed"] < dates["closed"]:
            row.errors.append((self.header("appealed"), "the appeal is dated before the determination"))
        steps: StatusSteps = read("status", self._status_reader("status")) or StatusSteps()
        refined: StatusSteps | None = read("outcome", self._status_reader("outcome"))
        if refined is not None:
            steps = _combine(steps, refined)
        if dates["closed"] is not None and not steps.steps:
            if raw.get("status") is not None and not row.unknown_statuses:
                row.errors.append((self.header("closed"), f"a closing date is given but the status "
                                                          f"'{as_text(raw['status'])}' says the request is open"))
            steps = StatusSteps((EventKind.FINAL_DETERMINATION,), Outcome.OTHER)
        elif dates["closed"] is not None and not _CLOSING & set(steps.steps) and not row.unknown_statuses:
            # "Acknowledged" with a closing date: which one is wrong is the user's to say; taking either
            # would silently drop the other (the closing date used to be dropped).
            said = raw.get("status") if raw.get("status") is not None else raw.get("outcome")
            row.errors.append((self.header("closed"), f"a closing date is given but the status "
                                                      f"'{as_text(said)}' says the request is open"))
        agency = row.agency
        where = f"Imported from {self.source}, line {row.line}."
        if sent is not None:
            row.events.append(EventSpec(Event(EventKind.SUBMITTED, sent, f"Request sent to {agency}", where),
                                        column=self.header("sent")))
        if received is not None:
            row.events.append(EventSpec(Event(EventKind.RECEIVED, received, f"Received by {agency}"),
                                        column=self.header("received")))
        known = [d for d in (sent, received, dates["acknowledged"]) if d is not None]
        if dates["acknowledged"] is not None:
            row.events.append(EventSpec(Event(EventKind.ACKNOWLEDGED, dates["acknowledged"]),
                                        column=self.header("acknowledged")))
        tracking = self._text(raw.get("tracking_number"), "tracking_number") or None
        if tracking is not None and len(tracking) > 100:
            row.errors.append((self.header("tracking_number"), "at most 100 characters"))
            tracking = None
        row.tracking_number = tracking
        if tracking:
            day = dates["acknowledged"] or received or sent or dates["closed"]
            if day is None:
                row.errors.append((self.header("tracking_number"), "a tracking number needs a date: give the date "
                                                                    "sent"))
            else:
                row.events.append(EventSpec(Event(EventKind.TRACKING_NUMBER, day, tracking_number=tracking),
                                            column=self.header("tracking_number")))
        own = {EventKind.FINAL_DETERMINATION: dates["closed"], EventKind.APPEAL_FILED: dates["appealed"],
               EventKind.LAWSUIT_FILED: dates["closed"] if EventKind.FINAL_DETERMINATION not in steps.steps else None}
        if EventKind.APPEAL_DECISION in steps.steps:
            # An appeal disposition ("Completely Affirmed"): the closing date is the appeal decision's.
            own[EventKind.FINAL_DETERMINATION] = None
            own[EventKind.APPEAL_DECISION] = dates["closed"]
        # The disposition as written goes with the last decision it describes ("Other Reasons - Moot").
        decisions = [k for k in steps.steps if k in (EventKind.FINAL_DETERMINATION, EventKind.APPEAL_DECISION)]
        reason_kind = decisions[-1] if decisions and steps.reason else None
        status_column = self.header("status" if raw.get("status") is not None else "outcome")
        for kind in steps.steps:
            if kind is EventKind.ACKNOWLEDGED and dates["acknowledged"] is not None:
                continue
            day = own.get(kind)
            details = ""
            if day is None:
                day = max(known, default=None)
                if day is None:
                    row.errors.append((status_column, f"the status needs a date: give {self.header('sent')} or "
                                                      f"{self.header('closed')}"))
                    return
                row.date_unknown = True
                details = (f"The imported file ({self.source}, line {row.line}) gives no date for this; "
                           f"{day.isoformat()}, the latest date it does give, stands in for it.")
            known.append(day)
            event = Event(kind, day, details=details)
            if kind is EventKind.FINAL_DETERMINATION:
                # Exemptions tidied here ("N/A" is none, "b6 b7c" two codes); read by the one exemption
                # parser when the event is checked, which knows the request's jurisdiction.
                event = replace(event, outcome=steps.outcome or Outcome.OTHER,
                                exemptions=tidy_exemptions(raw.get("exemptions")),
                                pages_released=read("pages_released", as_count),
                                pages_withheld=read("pages_withheld", as_count))
                if event.outcome is Outcome.OTHER and refined is None and raw.get("status") is None:
                    event = replace(event, details=(event.details + " The outcome is not given in the imported "
                                                                    "file.").strip())
            elif kind is EventKind.APPEAL_DECISION:
                event = replace(event, outcome=steps.appeal_outcome or Outcome.OTHER)
            if kind is reason_kind:
                said = f"Disposition in the imported file: {steps.reason}"
                if kind is EventKind.FINAL_DETERMINATION and event.outcome is Outcome.OTHER:
                    event = replace(event, summary=shorten(f"Closed for other reasons: {steps.reason}"))
                event = replace(event, details=f"{said}\n{event.details}".strip())
            spec = EventSpec(event, column=status_column)
            row.events.append(spec)


def _combine(status: StatusSteps, refined: StatusSteps) -> StatusSteps:
    """A status column refined by a disposition column ("Closed" + "Partial grant", "Closed" +
    "Other Reasons - Fee-Related Reason", "Appeal closed" + "Completely Affirmed")."""
    if not status.steps:
        return refined
    if not (status.determined and refined.determined):
        return status
    if len(refined.steps) > len(status.steps) and refined.steps[:len(status.steps)] == status.steps:
        return refined
    vague = (None, Outcome.OTHER)
    return StatusSteps(status.steps,
                       refined.outcome if refined.outcome not in vague else status.outcome,
                       refined.appeal_outcome if refined.appeal_outcome not in vague else status.appeal_outcome,
                       refined.reason or status.reason)


def read_event_rows(rows: Iterable[tuple[int, Sequence[object]]], columns: Mapping[str, int],
                    ) -> tuple[dict[str, list[EventSpec]], list[tuple[int, str, str, str]]]:
    """The events table of a foiatrack export, grouped by request key.

    Returns the events and the problems as ``(line, column label, message, request key)``.
    """
    grouped: dict[str, list[EventSpec]] = {}
    problems: list[tuple[int, str, str, str]] = []
    for field_name in ("key", "date", "kind"):
        if field_name not in columns:
            problems.append((0, EVENT_FIELDS[field_name], "the events table has no such column", ""))
    if problems:
        return grouped, problems
    for line, cells in rows:
        def cell(name: str, cells: Sequence[object] = cells) -> object:
            index = columns.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        def read(name: str, reader: Callable[[object], Any], line: int = line) -> Any:
            value = cell(name)
            if value is None:
                return None
            try:
                return reader(value)
            except (CellProblem, DateProblem) as problem:
                problems.append((line, EVENT_FIELDS[name], str(problem), as_text(cell("key")).strip()))
                return None
            except UserError as problem:
                problems.append((line, EVENT_FIELDS[name], problem.message.split(": ", 1)[-1],
                                 as_text(cell("key")).strip()))
                return None

        key = as_text(cell("key")).strip()
        day = read("date", parse_date)
        kind = read("kind", lambda v: parse_enum(EventKind, as_text(v), 'kind'))
        if not key or day is None or kind is None:
            for name, value in (("key", key), ("date", day), ("kind", kind)):
                if not value and cell(name) is None:
                    problems.append((line, EVENT_FIELDS[name], "every event needs one", key))
            continue
        direction = read("direction", lambda v: parse_enum(Direction, as_text(v), 'direction'))
        grouped.setdefault(key, []).append(EventSpec(Event(
            kind=kind, date=day, direction=direction,
            summary=as_text(cell("summary")), details=as_text(cell("details")),
            tracking_number=as_text(cell("tracking_number")).strip() or None,
            amount=read("amount", as_amount), pages_released=read("pages_released", as_count),
            pages_withheld=read("pages_withheld", as_count),
            exemptions=(as_text(cell("exemptions")),) if as_text(cell("exemptions")).strip() else (),
            outcome=read("outcome", lambda v: parse_enum(Outcome, as_text(v), 'outcome')),
            extension_days=read("extension_days", as_count),
            received=read("received", parse_date), appeal_number=as_text(cell("appeal_number")).strip() or None,
            expected_by=read("expected_by", parse_date),
        ), created_by=as_text(cell("created_by")), column=EVENT_FIELDS["date"], line=line))
    return grouped, problems

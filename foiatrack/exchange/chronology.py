"""The chronology of one request: a PDF a lawyer can attach to a complaint or an appeal.

It states the parties and the request, then numbers every event in date order (what happened, who did
it, the documents that came with it), then sets out each statutory deadline with its citation, the
explanation of how it was counted, and whether the agency met it; last, the documents with their
SHA-256 digests, so anyone can check that a copy is the document logged.

Whether a deadline was met (:func:`assess`) is judged from the events on or before the "as of" day:
the agency's response deadlines by its first final determination, the acknowledgement deadline by its
first acknowledgement (or anything showing it had the request: a tracking number, a release, a
determination), the appeal decision by a decision after the last appeal, and the requester's own appeal
deadline by an appeal filed after the determination.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Spacer

from foiatrack.core.deadlines import Deadlines, DerivedDate
from foiatrack.core.event_kinds import deadline_answers
from foiatrack.core.models import Agency, Event, Request
from foiatrack.core.vocabulary import Direction, EventKind, Outcome
from foiatrack.exchange.pdf import Frame, day, heading, para, render, table, text

# Deadline name -> the kinds of agency reply that meet it (each kind's ``answers`` in the table of kinds).
_AGENCY_REPLIES = deadline_answers()
# A table row cannot be split across pages, so longer texts are printed after the table in full, and the
# table refers to them.
LONG_TEXT = 700
EXCERPT = 400
_VERDICT_WORDS = {"met": "MET", "missed": "MISSED", "pending": "OPEN", "n/a": "NOT APPLICABLE"}
_BY = {Direction.OUTGOING: "Requester", Direction.INCOMING: "Agency", Direction.INTERNAL: "Note"}


@dataclass(frozen=True, slots=True)
class ChronologyData:
    """Everything the chronology prints, read by the service."""

    request: Request
    agency: Agency
    events: Sequence[Event]
    deadlines: Deadlines | None
    law: str  # 'United States (federal): Freedom of Information Act, 5 U.S.C. § 552'
    requester: str  # name and organisation
    requester_contact: str
    as_of: dt.date
    generated: dt.date
    batch: Sequence[tuple[int, str]] = ()


@dataclass(frozen=True, slots=True)
class Assessment:
    verdict: str  # 'met', 'missed', 'pending', 'n/a', 'info'
    text: str


def _days(count: int) -> str:
    return f"{count:,} day" + ("" if count == 1 else "s")


def assess(deadline: DerivedDate, events: Sequence[Event], as_of: dt.date,
           all_dates: Sequence[DerivedDate] = ()) -> Assessment:
    """Whether the obligation behind *deadline* was met by *as_of* (see the module docstring)."""
    seen = sorted((e for e in events if e.date <= as_of), key=lambda e: (e.date, e.id))
    due = deadline.date
    name = deadline.name
    withdrawn = next((e for e in seen if e.kind is EventKind.FINAL_DETERMINATION
                      and e.outcome is Outcome.WITHDRAWN), None)
    if name in _AGENCY_REPLIES:
        kinds = _AGENCY_REPLIES[name]
        reply = next((e for e in seen if e.kind in kinds and e.outcome is not Outcome.WITHDRAWN
                      and (name != "acknowledgement_due" or e.direction is Direction.INCOMING)), None)
        what = "acknowledgement" if name == "acknowledgement_due" else (
            "decision on expedited processing" if name == "expedite_decision_due" else "determination")
        if reply is not None:
            if reply.date <= due:
                early = (due - reply.date).days
                return Assessment("met", f"{what.capitalize()} on {day(reply.date)}"
                                  + (f", {_days(early)} early." if early else ", on the last day."))
            if name == "response_due" and any(d.name == "extended_due" for d in all_dates):
                return Assessment("info", f"Extended (see the extended deadline); {what} on {day(reply.date)}.")
            late = _days((reply.date - due).days)
            return Assessment("missed", f"{what.capitalize()} on {day(reply.date)}, {late} late.")
        if withdrawn is not None and withdrawn.date <= due:
            return Assessment("n/a", f"Request withdrawn on {day(withdrawn.date)}.")
        if as_of > due:
            if name == "response_due" and any(d.name == "extended_due" for d in all_dates):
                return Assessment("info", "Extended (see the extended deadline).")
            return Assessment("missed", f"No {what} as of {day(as_of)}: {_days((as_of - due).days)} late.")
        return Assessment("pending", f"{_days((due - as_of).days)} left.")
    if name == "appeal_decision_due":
        appeals = [e for e in seen if e.kind is EventKind.APPEAL_FILED]
        decision = next((e for e in seen if e.kind is EventKind.APPEAL_DECISION and appeals
                         and (e.date, e.id) > (appeals[-1].date, appeals[-1].id)), None)
        if decision is not None:
            verdict = "met" if decision.date <= due else "missed"
            late = "" if verdict == "met" else f", {_days((decision.date - due).days)} late"
            return Assessment(verdict, f"Appeal decided on {day(decision.date)}{late}.")
        if as_of > due:
            return Assessment("missed", f"No appeal decision as of {day(as_of)}: "
                                        f"{_days((as_of - due).days)} late.")
        return Assessment("pending", f"{_days((due - as_of).days)} left.")
    if name == "appeal_due":
        appeal = next((e for e in reversed(seen) if e.kind is EventKind.APPEAL_FILED), None)
        if appeal is not None:
            timely = "on time" if appeal.date <= due else "after the deadline"
            return Assessment("info", f"Appeal filed on {day(appeal.date)} ({timely}).")
        if as_of > due:
            return Assessment("info", "The window closed without an appeal being logged.")
        return Assessment("info", f"The requester's deadline: {_days((due - as_of).days)} left.")
    if name == "may_sue_from":
        lawsuit = next((e for e in seen if e.kind is EventKind.LAWSUIT_FILED), None)
        if lawsuit is not None:
            return Assessment("info", f"Lawsuit filed on {day(lawsuit.date)}.")
        return Assessment("info", "Available now." if as_of >= due else f"Available from {day(due)}.")
    return Assessment("info", "A reminder, not a statutory deadline." if not deadline.statutory else "")


def _excerpt(value: str, note: int) -> str:
    cut = value[:EXCERPT].rsplit(" ", 1)[0] or value[:EXCERPT]
    return f"{cut} … (continued in note {note} after the chronology)"


def _description(event: Event, documents: dict[int, int], long_texts: list[tuple[str, str]]) -> str:
    parts = [f"<b>{text(event.summary)}</b>"] if event.summary and event.summary != event.kind.label else []
    facts = []
    if event.outcome is not None and event.outcome.label.lower() not in event.summary.lower():
        facts.append(f"Outcome: {event.outcome.label.lower()}")
    if event.tracking_number and event.tracking_number not in event.summary:
        facts.append(f"Tracking no. {event.tracking_number}")
    if event.pages_released is not None:
        facts.append(f"{event.pages_released} pages released")
    if event.pages_withheld is not None:
        facts.append(f"{event.pages_withheld} pages withheld")
    if event.exemptions:
        facts.append("Exemptions: " + ", ".join(event.exemptions))
    if event.amount is not None:
        facts.append(f"Amount: ${event.amount:,.2f}")
    if event.extension_days is not None:
        facts.append(f"Extension: {event.extension_days} days")
    if event.appeal_number and event.appeal_number not in event.summary:
        facts.append(f"Appeal no. {event.appeal_number}")
    if event.received is not None:
        facts.append(f"Received by the agency {day(event.received)}")
    if event.expected_by is not None:
        facts.append(f"Expected by {day(event.expected_by)}")
    if facts:
        parts.append(text(" · ".join(facts)))
    if event.details:
        details = event.details
        if len(details) > LONG_TEXT:
            long_texts.append((f"{day(event.date)}, {event.kind.label}", details))
            details = _excerpt(details, len(long_texts))
        parts.append(f"<i>{text(details)}</i>")
    refs = [f"Doc. {documents[a.id]}" for a in event.attachments if a.id in documents]
    if refs:
        parts.append("Documents: " + ", ".join(refs) + ".")
    return "<br/>".join(parts)


def _facts(data: ChronologyData, long_texts: list[tuple[str, str]]) -> list[list[object]]:
    request = data.request

    def long(label: str, value: str) -> str:
        if len(value) <= LONG_TEXT:
            return value
        long_texts.append((label, value))
        return _excerpt(value, len(long_texts)).replace("after the chronology", "below")

    rows: list[list[object]] = [["Subject", request.subject]]
    if request.records_sought:
        rows.append(["Records sought", long("Records sought", request.records_sought)])
    if request.records_from or request.records_to:
        rows.append(["Date range of records", f"{day(request.records_from) or 'any date'} to "
                                              f"{day(request.records_to) or 'the date of the request'}"])
    sent = next((e.date for e in data.events if e.kind is EventKind.SUBMITTED), None)
    received = next((e.date for e in data.events if e.kind is EventKind.RECEIVED), None)
    rows.append(["Date sent", day(sent) or "Not sent (draft)"])
    if received:
        rows.append(["Date received by the agency", day(received)])
    numbers = list(dict.fromkeys(e.tracking_number for e in data.events if e.tracking_number))
    if numbers:
        rows.append(["Tracking number" + ("s" if len(numbers) > 1 else ""), ", ".join(numbers)])
    if request.delivery_method:
        rows.append(["Sent by", request.delivery_method.label])
    if request.fee_category:
        rows.append(["Fee category claimed", request.fee_category.label])
    if request.fee_waiver_requested:
        rows.append(["Fee waiver requested", long("Fee waiver requested", request.fee_waiver_justification) or "Yes"])
    if request.expedite_requested:
        rows.append(["Expedited processing requested",
                     long("Expedited processing requested", request.expedite_justification) or "Yes"])
    if data.batch:
        rows.append(["Filed together with", "; ".join(f"request #{i} to {name}" for i, name in data.batch)])
    rows.append([f"Status as of {data.as_of.isoformat()}", request.status.label])
    return rows


def _long_texts(found: list[tuple[str, str]], start: int) -> list[Flowable]:
    """Notes *start*.. in full, one paragraph per paragraph of the text (paragraphs split across pages)."""
    story: list[Flowable] = []
    for number, (label, value) in enumerate(found[start:], start=start + 1):
        story.append(para(f"Note {number}. {label}", "label"))
        for block in value.split("\n\n"):
            if block.strip():
                story.append(para(block.strip(), "body"))
    return story


def chronology_pdf(data: ChronologyData) -> bytes:
    """The chronology of one request (see the module docstring)."""
    request, agency = data.request, data.agency
    story: list[Flowable] = heading(
        "Chronology of a Public-Records Request", request.subject,
        f"Request #{request.id} · {data.law} · as of {day(data.as_of)}")
    address = agency.mailing_address.splitlines()
    if address and address[0].strip().casefold() == agency.name.casefold():
        address = address[1:]  # the directory's addresses often repeat the name
    agency_lines = [agency.display_name, *address, agency.foia_email]
    story.append(para("Parties", "h2"))
    story.append(table(None, [
        ["Requester", "\n".join(x for x in (data.requester, data.requester_contact) if x) or "Not recorded"],
        ["Agency", "\n".join(x for x in agency_lines if x)],
        ["Law", data.law],
    ], [1.6, 5.4], labels=True))
    story.append(para("The request", "h2"))
    long_texts: list[tuple[str, str]] = []
    story.append(table(None, _facts(data, long_texts), [1.6, 5.4], labels=True))
    story += _long_texts(long_texts, 0)
    shown = len(long_texts)

    documents: dict[int, int] = {}
    for event in data.events:
        for attachment in event.attachments:
            documents[attachment.id] = len(documents) + 1
    story.append(para("Chronology", "h2"))
    if data.events:
        story.append(table(["No.", "Date", "Event", "By", "Description"], [
            [str(n), day(e.date), e.kind.label, _BY[e.direction],
             para(_description(e, documents, long_texts), markup=True)]
            for n, e in enumerate(data.events, start=1)
        ], [0.4, 1.05, 1.2, 0.75, 3.6]))
        story += _long_texts(long_texts, shown)
    else:
        story.append(para("Nothing has been logged yet: the request is a draft.", "note"))

    story.append(para("Deadlines", "h2"))
    deadlines = data.deadlines
    if deadlines is None or not deadlines.all_dates():
        story.append(para("No deadline runs yet: no sent or received date is logged.", "note"))
    else:
        story.append(para(deadlines.clock_start_explanation, "note"))
        dates = deadlines.all_dates()
        rows = []
        for derived in dates:
            verdict = assess(derived, data.events, data.as_of, dates)
            basis = f"<b>{text(derived.citation)}</b><br/>{text(derived.explanation)}" if derived.citation \
                else text(derived.explanation)
            word = _VERDICT_WORDS.get(verdict.verdict)
            rows.append([para(derived.label, "cell_bold"), day(derived.date),
                         para(f"<b>{word}</b><br/>{text(verdict.text)}" if word else text(verdict.text), markup=True),
                         para(basis, markup=True)])
        story.append(table(["Deadline", "Date", "Agency's compliance", "Basis and how it was counted"], rows,
                           [1.15, 1.05, 1.55, 3.25]))
        if deadlines.warnings:
            story.append(Spacer(1, 4))
            story.append(para("Notes on the computation", "cell_bold"))
            for warning in deadlines.warnings:
                story.append(para("• " + text(warning), "bullet", markup=True))

    story.append(para("Documents", "h2"))
    if documents:
        rows = []
        for event in data.events:
            for attachment in event.attachments:
                rows.append([f"Doc. {documents[attachment.id]}", day(event.date),
                             f"{_BY[event.direction]}: {event.kind.label}",
                             para(f"{text(attachment.filename)}<br/><font size='6.5'>SHA-256 "
                                  f"{attachment.sha256}</font>", markup=True), f"{attachment.size:,} bytes"])
        story.append(table(["Doc.", "Date", "From / event", "File and SHA-256 digest", "Size"], rows,
                           [0.55, 1.05, 1.3, 3.2, 0.9], numeric=(4,)))
    else:
        story.append(para("No documents are attached to this request's events.", "note"))
    story.append(Spacer(1, 10))
    story.append(KeepTogether([para(
        f"Prepared on {day(data.generated)} by foiatrack from the request's event log. Deadlines are computed "
        "under the rules cited; a rule marked as not yet verified should be checked against the statute "
        "before it is relied on. The SHA-256 digest identifies each document: a copy whose digest matches is "
        "identical, byte for byte, to the document logged.", "note")]))
    short = request.subject if len(request.subject) <= 60 else request.subject[:59] + "…"
    frame = Frame(f"Chronology of request #{request.id}", f"Chronology of request #{request.id}: {short} "
                  f"({agency.abbreviation or agency.name})", data.generated, f"Chronology, request #{request.id}")
    return render(story, frame, subject=request.subject)

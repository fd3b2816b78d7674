"""Text and JSON renderings for the command line (kept apart from argument handling)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Sequence
from typing import Any

from foiatrack.core.dates import iso, weekday_label
from foiatrack.core.deadlines import Deadlines, Lateness
from foiatrack.core.models import Event, Request
from foiatrack.core.rules import JurisdictionCatalog, JurisdictionRule, Note, Period
from foiatrack.services.queries import RequestSummary


def request_json(request: Request) -> dict[str, Any]:
    return {
        "id": request.id,
        "subject": request.subject,
        "agency": request.agency_name,
        "agency_id": request.agency_id,
        "jurisdiction": request.jurisdiction,
        "status": request.status.value,
        "status_label": request.status.label,
        "records_sought": request.records_sought,
        "records_from": iso(request.records_from),
        "records_to": iso(request.records_to),
        "requester_name": request.requester_name,
        "requester_organisation": request.requester_organisation,
        "delivery_method": request.delivery_method.value if request.delivery_method else None,
        "fee_category": request.fee_category.value if request.fee_category else None,
        "fee_limit": str(request.fee_limit) if request.fee_limit is not None else None,
        "fee_waiver_requested": request.fee_waiver_requested,
        "expedite_requested": request.expedite_requested,
        "tags": list(request.tags),
        "notes": request.notes,
        "sent": iso(request.sent_on),
        "tracking_number": request.tracking_number,
        "response_due": iso(request.response_due),
        "extended_due": iso(request.extended_due),
        "due": iso(request.due_date),
        "appeal_due": iso(request.appeal_due),
        "appeal_decision_due": iso(request.appeal_decision_due),
        "may_sue_from": iso(request.may_sue_from),
        "sample": request.is_sample,
        "batch_id": request.batch_id,
        "version": request.version,
    }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "request_id": event.request_id,
        "date": event.date.isoformat(),
        "kind": event.kind.value,
        "direction": event.direction.value,
        "summary": event.summary,
        "details": event.details,
        "tracking_number": event.tracking_number,
        "amount": str(event.amount) if event.amount is not None else None,
        "pages_released": event.pages_released,
        "pages_withheld": event.pages_withheld,
        "exemptions": list(event.exemptions),
        "outcome": event.outcome.value if event.outcome else None,
        "extension_days": event.extension_days,
        "received": iso(event.received),
        "appeal_number": event.appeal_number,
        "expected_by": iso(event.expected_by),
        "created_by": event.created_by,
        "attachments": [
            {"id": a.id, "filename": a.filename, "size": a.size, "sha256": a.sha256, "media_type": a.media_type,
             "text_extracted": a.text_extracted}
            for a in event.attachments
        ],
    }


def deadlines_json(deadlines: Deadlines | None, lateness: Lateness | None) -> dict[str, Any]:
    if deadlines is None:
        return {"response_due": None, "extended_due": None, "explanation": "The request has not been sent yet.",
                "dates": []}
    dates = deadlines.all_dates()
    document: dict[str, Any] = {
        "jurisdiction": deadlines.jurisdiction,
        "clock_start": iso(deadlines.clock_start),
        "clock_start_explanation": deadlines.clock_start_explanation,
        "tolled_days": deadlines.tolled_days,
        "warnings": list(deadlines.warnings),
        "dates": [
            {"name": d.name, "label": d.label, "date": d.date.isoformat(), "explanation": d.explanation,
             "citation": d.citation, "verified": d.verified, "statutory": d.statutory}
            for d in dates
        ],
        "explanation": " ".join([deadlines.clock_start_explanation, *(d.explanation for d in dates)]).strip(),
        "notes": [{"text": n.text, "citation": n.citation, "verified": n.verified} for n in deadlines.notes],
        "deemed_denial": iso(deadlines.deemed_denial),
    }
    for d in ("response_due", "extended_due", "acknowledgement_due", "follow_up", "expedite_decision_due",
              "appeal_due", "appeal_decision_due", "may_sue_from", "agency_due"):
        value = getattr(deadlines, d)
        document[d] = value.date.isoformat() if value is not None else None
    if lateness is not None:
        document.update(
            overdue=lateness.overdue, very_overdue=lateness.very_overdue, days_overdue=lateness.days_overdue,
            working_days_overdue=lateness.working_days_overdue,
            working_days_elapsed=lateness.working_days_elapsed,
        )
    return document


def format_event_line(event: Event) -> str:
    extras = []
    if event.outcome is not None:
        extras.append(f"outcome: {event.outcome.label.lower()}")
    if event.tracking_number and event.tracking_number not in event.summary:
        extras.append(f"tracking {event.tracking_number}")
    if event.amount is not None:
        extras.append(f"${event.amount:,.2f}")
    if event.pages_released is not None or event.pages_withheld is not None:
        extras.append(f"{event.pages_released or 0} pages released, {event.pages_withheld or 0} withheld")
    if event.exemptions:
        extras.append("exemptions " + ", ".join(event.exemptions))
    if event.extension_days is not None:
        extras.append(f"{event.extension_days} days")
    if event.appeal_number and event.appeal_number not in event.summary:
        extras.append(f"appeal no. {event.appeal_number}")
    if event.received is not None and event.received.isoformat() not in event.summary:
        extras.append(f"received {event.received.isoformat()}")
    if event.expected_by is not None and event.expected_by.isoformat() not in event.summary:
        extras.append(f"expected by {event.expected_by.isoformat()}")
    if event.attachments:
        extras.append(f"{len(event.attachments)} file(s): " + ", ".join(
            a.filename + ("" if a.text_extracted else " (text not extracted)") for a in event.attachments))
    tail = f"  [{'; '.join(extras)}]" if extras else ""
    summary = event.summary or event.kind.label
    return f"{event.date.isoformat()}  {event.kind.label:<30} {summary}{tail}"


def format_deadlines(deadlines: Deadlines | None, lateness: Lateness | None, as_of: dt.date | None) -> str:
    if deadlines is None:
        return "Deadlines: none yet (the request has not been sent).\n"
    lines = ["Deadlines:"]
    if deadlines.clock_start_explanation:
        lines.append(f"  Clock start: {deadlines.clock_start_explanation}")
    for derived in deadlines.all_dates():
        flags = []
        if not derived.verified:
            flags.append("UNVERIFIED rule")
        if not derived.statutory:
            flags.append("not a statutory deadline")
        flag_text = f"  ({'; '.join(flags)})" if flags else ""
        lines.append(f"  {derived.label}: {weekday_label(derived.date)}{flag_text}")
        lines.append(f"      {derived.explanation}")
    if deadlines.tolled_days:
        lines.append(f"  Clock paused for {deadlines.tolled_days} day(s) in all.")
    for warning in deadlines.warnings:
        lines.append(f"  Warning: {warning}")
    for note in deadlines.untold_notes():
        lines.append(f"  Note: {note_text(note)}")
    if lateness is not None and as_of is not None:
        if lateness.overdue:
            level = "VERY OVERDUE" if lateness.very_overdue else "OVERDUE"
            lines.append(f"  As of {as_of.isoformat()}: {level} by {lateness.days_overdue} day(s) "
                         f"({lateness.working_days_overdue} working days).")
        else:
            lines.append(f"  As of {as_of.isoformat()}: not overdue; {lateness.working_days_elapsed} working "
                         "day(s) elapsed.")
    return "\n".join(lines) + "\n"


def note_text(note: Note) -> str:
    """'text (citation)', flagged when the rule still needs a second source."""
    cited = f" ({note.citation})" if note.citation else ""
    flag = " [UNVERIFIED]" if not note.verified else ""
    return f"{note.text}{cited}{flag}"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


def format_request_table(rows: Sequence[RequestSummary]) -> str:
    if not rows:
        return "No requests match.\n"
    width = shutil.get_terminal_size((120, 24)).columns
    subject_width = max(20, width - 74)  # the columns before the subject take 74 characters
    header = f"{'ID':>6}  {'STATUS':<24} {'DUE':<10} {'LATE':>5}  {'AGENCY':<10} {'SENT':<10}  SUBJECT"
    lines = [header]
    for row in rows:
        late = f"{row.days_overdue}d" if row.days_overdue else ""
        agency = row.agency_abbreviation or row.agency
        lines.append(
            f"{row.id:>6}  {row.status.label:<24} {iso(row.due_date) or '-':<10} {late:>5}  "
            f"{_cut(agency, 10):<10} {iso(row.sent_on) or '-':<10}  {_cut(row.subject, subject_width)}"
        )
    lines.append(f"{len(rows)} request(s)")
    return "\n".join(lines) + "\n"


def _period_text(rule: JurisdictionRule, period: Period) -> str:
    if period.days is None:
        amount = "no fixed number of days"
    else:
        amount = f"{period.days} {rule.unit_words(period.unit)}"
    flags = "" if period.verified else "  [UNVERIFIED]"
    roll = " (rolls to the next business day)" if period.roll_forward else ""
    if period.name == "extension" and period.counted_from == "receipt":
        amount += " after receipt"
    return f"{amount}{roll}; {period.citation}{flags}"


def _preset_lines(catalog: JurisdictionCatalog) -> list[str]:
    """Ready-made agency rule sets (DHS's appeal window and its postmark rule), with their notes."""
    lines = []
    for name, body in catalog.presets.items():
        lines.append(f"Agency rules '{name}':")
        for rule_name, fields in body.items():
            if isinstance(fields, dict):
                days = f"{fields.get('days')} {fields.get('unit', '')} days" if "days" in fields else ""
                label = fields.get("label") or rule_name.replace("_", " ").capitalize()
                lines.append(f"         {label}: {days}; {fields.get('citation', '')}")
                if fields.get("note"):
                    lines.append(f"         Note: {fields['note']}")
    return [*lines, ""] if lines else []


def jurisdictions_json(catalog: JurisdictionCatalog) -> list[dict[str, Any]]:
    documents = []
    for rule in catalog:
        rules = {}
        for period in rule.periods():
            rules[period.name] = {
                "days": period.days, "unit": period.unit.value, "citation": period.citation,
                "verified": period.verified, "roll_forward": period.roll_forward, "label": period.label,
            }
        documents.append({
            "code": rule.code, "name": rule.name, "statute": rule.statute, "statute_citation": rule.statute_citation,
            "calendar": rule.calendar_description, "rules": rules,
            "tolling": bool(rule.tolling), "constructive_exhaustion": rule.constructive_exhaustion or None,
            "fixed_deadline": rule.has_fixed_deadline,
            "deemed_denial": ({"citation": rule.deemed_denial.citation, "text": rule.deemed_denial.text,
                               "verified": rule.deemed_denial.verified} if rule.deemed_denial else None),
            "notes": [{"text": n.text, "citation": n.citation, "verified": n.verified} for n in rule.notes],
            "holidays": [{"name": h.name, "citation": h.citation, "verified": h.verified}
                         for h in rule.calendar.rules],
        })
    return documents


def format_jurisdictions(catalog: JurisdictionCatalog) -> str:
    lines = [f"Rules version {catalog.version}", ""]
    lines += _preset_lines(catalog)
    for rule in catalog:
        lines.append(f"{rule.code:<6} {rule.name}: {rule.statute} ({rule.statute_citation})")
        for period in rule.periods():
            label = period.label or period.name.replace("_", " ").capitalize()
            lines.append(f"         {label}: {_period_text(rule, period)}")
        if not rule.has_fixed_deadline:
            lines.append("         No fixed response deadline: foiatrack sets a follow-up date (not statutory).")
        if rule.deemed_denial is not None:
            lines.append(f"         Silence is a denial: {note_text(rule.deemed_denial)}")
        if rule.calendar_description:
            lines.append(f"         Calendar: {rule.calendar_description}")
        if rule.calendar.rules:
            names = ", ".join(h.name + ("" if h.verified else " [UNVERIFIED]") for h in rule.calendar.rules)
            lines.append(f"         Holidays kept in the rules: {names}")
        for note in rule.notes:
            lines.append(f"         Note: {note_text(note)}")
        lines.append("")
    return "\n".join(lines)

"""The variables letter templates see, built from a request, its agency, events and deadlines.

All formatting a letter needs is done here, once, in Python: dates as "November 19, 2025", money as
"$250.00", exemptions normalised, the recipient's address assembled. Templates then only choose words,
which keeps user-edited templates short and keeps the legal facts (citations, deadlines) in one place.

Fields without a value are *absent* (see :class:`~foiatrack.letters.sandbox.Record`): a template that
prints one fails with "request.tracking_number is missing" instead of printing a blank. Optional
sections test ``{% if request.fee_limit is defined %}``. Booleans are always present.

The variables, by name: ``today``, ``today_iso``, ``jurisdiction``, ``request``, ``agency``,
``requester``, ``letterhead``, ``determination``, ``appeal``, ``appeal_decision``, ``fee_decision``,
``expedite_decision``, ``clarification_request``, ``deadlines``, ``due``, ``overdue``,
``appeal_window``, ``mention_ogis``, ``additional_text``. See :func:`build_context` for each one's fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from foiatrack.core.event_kinds import KINDS, Stage, letter_names
from foiatrack.core.models import Agency, Event, OrganisationProfile, Request
from foiatrack.core.vocabulary import DeliveryMethod, EventKind, FeeCategory, Status
from foiatrack.letters.exemptions import describe_exemptions, exemptions_phrase
from foiatrack.letters.names import name_in_sentence, subject_in_sentence
from foiatrack.letters.sandbox import MarkdownText, Record, join_and

if TYPE_CHECKING:
    from foiatrack.core.deadlines import Deadlines
    from foiatrack.core.rule_model import JurisdictionRule

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_FEE_CATEGORY_CITATIONS = {
    FeeCategory.COMMERCIAL: "5 U.S.C. § 552(a)(4)(A)(ii)(I)",
    FeeCategory.EDUCATIONAL: "5 U.S.C. § 552(a)(4)(A)(ii)(II)",
    FeeCategory.NEWS_MEDIA: "5 U.S.C. § 552(a)(4)(A)(ii)(II)",
    FeeCategory.OTHER: "5 U.S.C. § 552(a)(4)(A)(ii)(III)",
}
FEDERAL_RESPONSE_CITATION = "5 U.S.C. § 552(a)(6)(A)(i)"
FEDERAL_APPEAL_CITATION = "5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)"
# Appeal numbers belong to the appeal, not the request: never offer them as the request's number.
_APPEAL_KINDS = tuple(kind for kind, spec in KINDS.items() if spec.stage is not Stage.REQUEST)


class JurisdictionInfo(Protocol):
    """What letters need to know about a jurisdiction; any object with these attributes will do."""

    @property
    def code(self) -> str: ...  # "US", "US-CA"

    @property
    def name(self) -> str: ...

    @property
    def statute(self) -> str: ...  # "Freedom of Information Act, 5 U.S.C. § 552"

    @property
    def response_rule_text(self) -> str: ...  # "20 working days"


@dataclass(frozen=True, slots=True)
class LetterJurisdiction:
    """A plain :class:`JurisdictionInfo`; :func:`jurisdiction_from_rule` makes one from the rules data."""

    code: str
    name: str
    statute: str
    response_rule_text: str = ""  # empty where the law sets no fixed time ("promptly")
    records_officer: str = ""  # whom request letters address: "Records Access Officer" (N.Y.)
    appeal_office: str = ""  # the appeal body's address where it is not the agency (PA, IL, MA)


def jurisdiction_from_rule(rule: JurisdictionRule) -> LetterJurisdiction:
    """What letters say about a jurisdiction of the deadline engine's catalogue.

    The statute is named with its citation ("Freedom of Information Act, 5 U.S.C. § 552") because
    letters cite it in that form; the response rule is "20 working days" in the law's own words for
    days, or empty for laws with no fixed deadline (Florida, Texas), which templates then ask to be
    answered promptly.
    """
    statute = rule.statute.strip()
    if rule.statute_citation.strip():
        statute = f"{statute}, {rule.statute_citation.strip()}"
    response = rule.response
    rule_text = ""
    if response is not None and response.days:
        rule_text = f"{response.days} {rule.unit_words(response.unit)}"
    return LetterJurisdiction(code=rule.code, name=rule.name, statute=statute, response_rule_text=rule_text,
                              records_officer=rule.records_officer, appeal_office=rule.appeal_office)


def long_date(value: dt.date) -> str:
    """ "November 19, 2025": the US letter style, independent of the process locale."""
    return f"{_MONTHS[value.month - 1]} {value.day}, {value.year}"


def money(amount: Decimal | float | int) -> str:
    return f"${Decimal(amount):,.2f}"


def build_context(
    request: Request,
    agency: Agency,
    events: Sequence[Event],
    profile: OrganisationProfile,
    deadlines: Deadlines | None,
    jurisdiction: JurisdictionInfo,
    today: dt.date,
    *,
    mention_ogis: bool = True,
    additional_text: str = "",
) -> dict[str, Any]:
    """Everything a template may print, for one request on the date *today*.

    Args:
        events: The request's events in any order (sorted here by date, then id).
        deadlines: Derived deadlines with their explanations; ``None`` falls back to the dates cached
            on *request* (then without explanations).
        jurisdiction: Any :class:`JurisdictionInfo`.
        today: The letter's date; also what "days late" and "timely" are measured against.
        mention_ogis: Whether appeals offer mediation by the Office of Government Information Services.
        additional_text: Words the user adds for this one letter (Markdown): the specific argument of
            an appeal, the explanation in a clarification letter. Absent from the context when empty.

    Returns:
        A dict of :class:`Record` values; the module docstring lists the names.
    """
    ordered = sorted(events, key=lambda e: (e.date, e.id))
    federal = jurisdiction.code.strip().upper() == "US"
    context: dict[str, Any] = {
        "today": long_date(today),
        "today_iso": today.isoformat(),
        "mention_ogis": mention_ogis,
        "additional_text": MarkdownText(additional_text.strip()) if additional_text.strip() else None,
        "jurisdiction": Record(
            "jurisdiction",
            {
                "code": jurisdiction.code,
                "name": jurisdiction.name,
                "statute": jurisdiction.statute,
                "response_rule_text": jurisdiction.response_rule_text,
                "federal": federal,
                # The salutation's addressee as the law names the officer; "FOIA Officer" federally.
                "records_officer": (getattr(jurisdiction, "records_officer", "")
                                    or ("FOIA Officer" if federal else "Records Officer")),
                "appeal_office": getattr(jurisdiction, "appeal_office", "") or None,
            },
        ),
        "request": _request_record(request, ordered),
        "agency": _agency_record(agency, request),
        "requester": _requester_record(request, profile),
        "letterhead": _letterhead(profile),
        "signature": _signature(profile),
        "deadlines": _deadlines_record(deadlines),
    }
    for name, kinds in letter_names().items():  # each kind's letter_name in the table of event kinds
        event = _latest(ordered, *kinds)
        if event is not None:
            context[name] = _event_record(name, event, today)
            finder = getattr(deadlines, "appeal_window_for", None)
            window = finder(event.id) if finder is not None else None
            if window is not None:
                context[name]["appeal_window"] = _window_record(f"{name}.appeal_window", window, today)
    due = _due(request, deadlines, federal, jurisdiction)
    if due is not None:
        context["due"] = due
        # Answered by the letter's date: a follow-up dated before the determination was still owed one.
        answered = any(e.kind in (EventKind.FINAL_DETERMINATION, EventKind.APPEAL_FILED) and e.date <= today
                       for e in ordered)
        due_date = dt.date.fromisoformat(due["iso"])
        if today > due_date and not answered:
            days = (today - due_date).days
            context["overdue"] = Record(
                "overdue", {"days": days, "days_text": f"{days} day" + ("" if days == 1 else "s")}
            )
    window = _appeal_window(request, deadlines, today, federal)
    if window is not None:
        context["appeal_window"] = window
    # Top-level names without a value are left out, like fields in a Record: "is defined" must mean set.
    return {key: value for key, value in context.items() if value is not None}


def _window_record(path: str, derived: Any, today: dt.date) -> Record:
    """An appeal deadline as letters use it: the date, its length and citation, and whether it passed."""
    record = _derived_record(path, derived)
    record["timely"] = today <= derived.date
    record["late"] = today > derived.date
    record["days_left"] = (derived.date - today).days
    return record


def _latest(events: Sequence[Event], *kinds: EventKind) -> Event | None:
    return next((e for e in reversed(events) if e.kind in kinds), None)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _request_record(request: Request, events: Sequence[Event]) -> Record:
    sent_on = request.sent_on or next((e.date for e in events if e.kind is EventKind.SUBMITTED), None)
    received = next((e.date for e in events if e.kind is EventKind.RECEIVED), None)
    numbers = _tracking_numbers(request, events)
    values: dict[str, Any] = {
        "id": request.id,
        "subject": request.subject.strip(),
        "subject_in_sentence": subject_in_sentence(request.subject, request.records_sought),
        "records_sought": request.records_sought.strip(),
        "fee_waiver_requested": request.fee_waiver_requested,
        "fee_waiver_justification": request.fee_waiver_justification.strip(),
        "expedite_requested": request.expedite_requested,
        "expedite_justification": request.expedite_justification.strip(),
        "preferred_format": request.preferred_format.strip(),
        "status": request.status.value,
        "status_label": request.status.label,
        # A request already in court gets no letter offering to avoid litigation.
        "in_litigation": request.status is Status.IN_LITIGATION
        or any(e.kind is EventKind.LAWSUIT_FILED for e in events),
        "tracking_number": numbers[0] if numbers else None,
        "tracking_numbers": numbers,
        "tracking_numbers_text": join_and(numbers) if numbers else None,
        "date_range": _date_range(request.records_from, request.records_to),
    }
    for key, value in (("sent_on", sent_on), ("received_on", received), ("records_from", request.records_from),
                       ("records_to", request.records_to)):  # fmt: skip
        if value is not None:
            values[key] = long_date(value)
            values[f"{key}_iso"] = value.isoformat()
    if request.fee_category is not None:
        values["fee_category"] = request.fee_category.value
        values["fee_category_label"] = request.fee_category.label
        values["fee_category_citation"] = _FEE_CATEGORY_CITATIONS[request.fee_category]
    if request.fee_limit is not None:
        values["fee_limit"] = money(request.fee_limit)
    if request.delivery_method is not None:
        values["delivery_method"] = request.delivery_method.value
        values["delivery_method_label"] = request.delivery_method.label
    return Record("request", values)


def _tracking_numbers(request: Request, events: Iterable[Event]) -> list[str]:
    numbers: list[str] = []
    candidates = [request.tracking_number or ""]
    candidates += [e.tracking_number or "" for e in events if e.kind not in _APPEAL_KINDS]
    for number in candidates:
        number = number.strip()
        if number and number not in numbers:
            numbers.append(number)
    return numbers


def _date_range(start: dt.date | None, end: dt.date | None) -> str | None:
    if start and end:
        return f"from {long_date(start)}, through {long_date(end)}"
    if start:
        return f"from {long_date(start)}, through the date of the search"
    if end:
        return f"through {long_date(end)}"
    return None


def _bare_name(name: str) -> str:
    """An agency's name without a leading "The", "U.S." or "United States", for "is this line its name"."""
    bare = name.strip().casefold()
    for prefix in ("the ", "u.s. ", "us ", "united states "):
        bare = bare.removeprefix(prefix)
    return bare


def _agency_record(agency: Agency, request: Request) -> Record:
    mailing = _lines(agency.mailing_address)
    # Directory addresses often begin with the agency's own name; the block names it once.
    same_name = bool(mailing) and _bare_name(mailing[0]) == _bare_name(agency.name)
    lines = [agency.name.strip(), *(mailing[1:] if same_name else mailing)]
    method = request.delivery_method
    if agency.foia_email and (method is DeliveryMethod.EMAIL or not mailing):
        lines.append(f"By email: {agency.foia_email.strip()}")
    elif agency.portal_url and method is DeliveryMethod.PORTAL:
        lines.append(f"Submitted through {agency.portal_url.strip()}")
    return Record(
        "agency",
        {
            "name": agency.name.strip(),
            # "the Department of State", "the U.S. Immigration and Customs Enforcement", "Amtrak".
            "name_in_sentence": name_in_sentence(agency.name),
            "abbreviation": agency.abbreviation.strip(),
            "display_name": agency.display_name,
            "short_name": agency.abbreviation.strip() or agency.name.strip(),
            "parent_name": (agency.parent_name or "").strip(),
            "email": agency.foia_email.strip(),
            "portal_url": agency.portal_url.strip(),
            "phone": agency.phone.strip(),
            "mailing_address": "\n".join(mailing),
            "address_block": "\n".join(lines),
            "appeal_address": "\n".join(_appeal_lines(agency)),
            "appeal_email": agency.appeal_email.strip(),
            "appeal_url": agency.appeal_url.strip(),
        },
    )


def _appeal_lines(agency: Agency) -> list[str]:
    """Where the appeal goes: the appeal office's address, else its e-mail or portal (some take only those)."""
    lines = _lines(agency.appeal_address)
    if lines:
        return lines
    if agency.appeal_email.strip():
        return [f"FOIA Appeals, {agency.name.strip()}", f"By email: {agency.appeal_email.strip()}"]
    if agency.appeal_url.strip():
        return [f"FOIA Appeals, {agency.name.strip()}", f"Submitted through {agency.appeal_url.strip()}"]
    return []


def _requester_record(request: Request, profile: OrganisationProfile) -> Record:
    address = _lines(profile.address)
    name = (request.requester_name or profile.name).strip()
    organisation = (request.requester_organisation or profile.organisation).strip()
    phone, email = profile.phone.strip(), profile.email.strip()
    ways = ([f"by telephone at {phone} (daytime)"] if phone else []) + ([f"by email at {email}"] if email else [])
    return Record(
        "requester",
        {
            "name": name,
            "organisation": organisation,
            # Who the letter speaks for, in running text: the organisation, else the person.
            "party": organisation or name,
            # Several requesters ("Mijente, Just Futures Law and the ACLU") take plural verbs.
            "plural": _several(organisation or name),
            # "by telephone at ... (daytime) or by email at ...": agencies such as ICE ask for a
            # daytime number, and a sentence built here reads right with either or both.
            "contact_text": " or ".join(ways),
            "title": profile.title.strip(),
            "address": "\n".join(address),
            "address_lines": address,
            "email": email,
            "phone": phone,
        },
    )


def _several(party: str) -> bool:
    """Whether *party* names several requesters: a list with commas or semicolons, or "A and B" where
    neither side is a single word (so "Smith and Jones LLP" stays one firm)."""
    if ";" in party or ", " in party:
        return True
    left, sep, right = party.partition(" and ")
    return bool(sep) and len(left.split()) > 1 and len(right.split()) > 1


def _letterhead(profile: OrganisationProfile) -> Record:
    """The letterhead: the user's organisation, else their name; address and contact below it.

    Only the letterhead (the user's profile) is printed here and in the signature, never the request's
    requester fields: one letter, one sender, so a title cannot end up under somebody else's name.
    """
    heading = profile.organisation.strip() or profile.name.strip()
    contact = [part.strip() for part in (profile.phone, profile.email) if part.strip()]
    return Record(
        "letterhead",
        {"name": heading, "address_lines": _lines(profile.address), "contact": "  ·  ".join(contact)},
    )


def _signature(profile: OrganisationProfile) -> Record:
    """Who signs: the letterhead's person, title and organisation (the one source of the signature)."""
    return Record(
        "signature",
        {"name": profile.name.strip(), "title": profile.title.strip(),
         "organisation": profile.organisation.strip(),
         "lines": [part.strip() for part in (profile.name, profile.title, profile.organisation) if part.strip()]},
    )


def _event_record(path: str, event: Event, today: dt.date) -> Record:
    exemptions = describe_exemptions(event.exemptions)
    values: dict[str, Any] = {
        "date": long_date(event.date),
        "iso": event.date.isoformat(),
        "days_since": (today - event.date).days,
        "kind": event.kind.value,
        "kind_label": event.kind.label,
        "summary": event.summary.strip(),
        "details": event.details.strip(),
        "tracking_number": (event.tracking_number or "").strip(),
        "pages_released": event.pages_released,
        "pages_withheld": event.pages_withheld,
        "extension_days": event.extension_days,
        "received": long_date(event.received) if event.received else None,
        "appeal_number": (event.appeal_number or "").strip(),
        "expected_by": long_date(event.expected_by) if event.expected_by else None,
        "exemptions": [
            Record(
                f"{path}.exemptions[{i}]",
                {"code": e.code, "name": e.name, "citation": e.citation, "description": e.description},
            )
            for i, e in enumerate(exemptions)
        ],
        "exemptions_text": exemptions_phrase(exemptions) if exemptions else None,
        # The files logged with it (the agency's letter): an appeal encloses them.
        "attachments": [a.filename for a in event.attachments] or None,
    }
    if event.outcome is not None:
        values["outcome"] = event.outcome.value
        values["outcome_label"] = event.outcome.label
        values["adverse"] = event.outcome.is_adverse
    if event.amount is not None:
        values["amount"] = money(event.amount)
    return Record(path, values)


def _derived_record(path: str, derived: Any) -> Record:
    return Record(
        path,
        {
            "date": long_date(derived.date),
            "iso": derived.date.isoformat(),
            "label": getattr(derived, "label", ""),
            "explanation": getattr(derived, "explanation", ""),
            "citation": getattr(derived, "citation", ""),
            "span": getattr(derived, "span", ""),
        },
    )


_DEADLINE_NAMES = ("response_due", "extended_due", "agency_due", "appeal_due", "appeal_decision_due", "may_sue_from")


def _deadlines_record(deadlines: Deadlines | None) -> Record:
    values: dict[str, Any] = {}
    for name in _DEADLINE_NAMES:
        derived = getattr(deadlines, name, None) if deadlines is not None else None
        if derived is not None and getattr(derived, "date", None) is not None:
            values[name] = _derived_record(f"deadlines.{name}", derived)
    return Record("deadlines", values)


def _due(request: Request, deadlines: Deadlines | None, federal: bool, jurisdiction: JurisdictionInfo) -> Record | None:
    """The date the agency's answer is due: the extended date if an extension was claimed."""
    fallback_citation = FEDERAL_RESPONSE_CITATION if federal else jurisdiction.statute
    extended = getattr(deadlines, "extended_due", None) if deadlines is not None else None
    for name in ("agency_due", "extended_due", "response_due"):
        derived = getattr(deadlines, name, None) if deadlines is not None else None
        if derived is not None and getattr(derived, "date", None) is not None:
            record = _derived_record("due", derived)
            record.setdefault("citation", fallback_citation)
            record["extended"] = extended is not None
            response = getattr(deadlines, "response_due", None)
            for key, source in (("response", response), ("extension", extended)):
                if source is not None and getattr(source, "span", ""):
                    record[f"{key}_span"] = source.span
                    record[f"{key}_citation"] = source.citation
            _fill_rule_words(record, jurisdiction, federal)
            return record
    cached = request.extended_due or request.due_date or request.response_due
    if cached is None:
        return None
    return Record(
        "due",
        {
            "date": long_date(cached),
            "iso": cached.isoformat(),
            "label": "Response due",
            "citation": fallback_citation,
            "extended": request.extended_due is not None,
        },
    )


def _fill_rule_words(record: Record, jurisdiction: JurisdictionInfo, federal: bool) -> None:
    """The words follow-ups and appeals cite: "20 working days under 5 U.S.C. § 552(a)(6)(A)(i),
    extended by 10 under § 552(a)(6)(B)(i)" (the second citation shortened when it shares the code)."""
    if "response_span" not in record and jurisdiction.response_rule_text:
        record["response_span"] = jurisdiction.response_rule_text
        record["response_citation"] = FEDERAL_RESPONSE_CITATION if federal else jurisdiction.statute
    span, citation = record.get("extension_span"), record.get("extension_citation")
    if span and citation:
        number = span.split()[0]
        if number.isdigit():
            record["extension_days"] = int(number)
        code = str(record.get("response_citation", "")).partition("§")[0]
        short = citation[len(code):] if code.strip() and citation.startswith(code) else citation
        record["extension_citation_short"] = short


def _appeal_window(request: Request, deadlines: Deadlines | None, today: dt.date, federal: bool) -> Record | None:
    derived = getattr(deadlines, "appeal_due", None) if deadlines is not None else None
    if derived is not None and getattr(derived, "date", None) is not None:
        record = _derived_record("appeal_window", derived)
        due_date = derived.date
    elif request.appeal_due is not None:
        due_date = request.appeal_due
        record = Record("appeal_window", {"date": long_date(due_date), "iso": due_date.isoformat()})
    else:
        return None
    if federal:
        record.setdefault("citation", FEDERAL_APPEAL_CITATION)
    record["timely"] = today <= due_date
    record["late"] = today > due_date
    record["days_left"] = (due_date - today).days
    return record

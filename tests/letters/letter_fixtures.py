"""Realistic requests for the letter tests, built from the core dataclasses.

(A module with its own name rather than conftest.py, so "from letter_fixtures import ..." cannot pick
up another folder's conftest.)

The main case follows the public facts of the 2020 Clearview AI request to ICE (reference file
public-records-law.md); dates, tracking numbers, people and the appeal address are made up for the
tests. Deadlines and jurisdictions are simple stand-ins with the attributes the letters code reads,
so these tests do not depend on the deadline engine.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from docx import Document as open_docx
from pypdf import PdfReader

from foiatrack.core.models import Agency, Event, OrganisationProfile, Request
from foiatrack.core.vocabulary import DeliveryMethod, EventKind, FeeCategory, Outcome
from foiatrack.letters import TemplateLibrary, render_letter
from foiatrack.letters.document import Document, Paragraph, Run


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name: str
    statute: str
    response_rule_text: str


@dataclass(frozen=True)
class Derived:
    date: dt.date
    label: str
    explanation: str
    citation: str


@dataclass(frozen=True)
class FakeDeadlines:
    response_due: Derived | None = None
    extended_due: Derived | None = None
    appeal_due: Derived | None = None
    appeal_decision_due: Derived | None = None
    agency_due: Derived | None = None
    may_sue_from: Derived | None = None


FEDERAL = Jurisdiction("US", "United States (federal)", "Freedom of Information Act, 5 U.S.C. § 552", "20 working days")
CALIFORNIA = Jurisdiction(
    "US-CA", "California", "California Public Records Act, Gov. Code § 7920.000 et seq.", "10 calendar days"
)

ICE = Agency(
    id=1,
    name="U.S. Immigration and Customs Enforcement",
    abbreviation="ICE",
    parent_name="U.S. Department of Homeland Security",
    foia_email="ice-foia@ice.dhs.gov",
    mailing_address="Freedom of Information Act Office\n500 12th Street SW, Stop 5009\nWashington, DC 20536-5009",
    phone="(866) 633-1182",
    appeal_address="Appeals Officer (test address)\nU.S. Immigration and Customs Enforcement\nWashington, DC 20536",
)
SFPD = Agency(
    id=2,
    name="San Francisco Police Department",
    jurisdiction="US-CA",
    foia_email="records@example.gov",
    mailing_address="Records Unit\n1245 3rd Street\nSan Francisco, CA 94158",
)
PROFILE = OrganisationProfile(
    name="José Núñez",
    organisation="Immigrant Rights Example Project",
    title="Staff Attorney",
    address="123 Example Street, Suite 4\nNew York, NY 10001",
    email="jnunez@example.org",
    phone="(212) 555-0147",
)
RECORDS = (
    "1. All contracts, purchase orders and licence agreements between ICE and Clearview AI, Inc.\n"
    "2. All communications between ICE personnel and Clearview AI, Inc. representatives.\n"
    "3. Records showing how many searches ICE personnel ran with Clearview AI, and which offices ran them."
)
SENT = dt.date(2020, 10, 19)
TRACKING = "2021-ICFO-00123"


def clearview_request(**changes: object) -> Request:
    base = Request(
        id=7,
        subject="ICE's use of Clearview AI facial recognition technology",
        agency_id=1,
        agency_name=ICE.name,
        jurisdiction="US",
        records_sought=RECORDS,
        records_from=dt.date(2019, 1, 1),
        requester_name="José Núñez",
        requester_organisation="Immigrant Rights Example Project",
        delivery_method=DeliveryMethod.EMAIL,
        sent_on=SENT,
    )
    return replace(base, **changes)


def full_request(**changes: object) -> Request:
    """Every optional section switched on."""
    return clearview_request(
        fee_category=FeeCategory.NEWS_MEDIA,
        fee_limit=Decimal("250"),
        fee_waiver_requested=True,
        fee_waiver_justification=(
            "The public knows almost nothing about how ICE uses facial recognition on immigrants. "
            "The Project publishes reports and briefs journalists; it will analyse and publish the records."
        ),
        expedite_requested=True,
        expedite_justification=(
            "ICE is using the technology now to locate people for arrest, and Congress is debating limits "
            "on its use this session: the public needs the records while that debate is under way."
        ),
        preferred_format="searchable PDF files, with spreadsheets in their native electronic format",
        **changes,
    )


def event(kind: EventKind, date: dt.date, event_id: int = 1, **fields: object) -> Event:
    return Event(id=event_id, request_id=7, date=date, kind=kind, direction=kind.default_direction, **fields)


def sent_events() -> list[Event]:
    return [
        event(EventKind.SUBMITTED, SENT, 1),
        event(EventKind.RECEIVED, dt.date(2020, 10, 20), 2),
    ]


def tracked_events() -> list[Event]:
    return [*sent_events(), event(EventKind.TRACKING_NUMBER, dt.date(2020, 10, 22), 3, tracking_number=TRACKING)]


def overdue_deadlines() -> FakeDeadlines:
    due = Derived(
        dt.date(2020, 11, 17),
        "Response due",
        "20 working days under 5 U.S.C. § 552(a)(6)(A)(i) from Mon 2020-10-19, skipping Wed 2020-11-11 "
        "Veterans Day: due Tue 2020-11-17",
        "5 U.S.C. § 552(a)(6)(A)(i)",
    )
    return FakeDeadlines(response_due=due, agency_due=due)


def determination_events(outcome: Outcome = Outcome.PARTIAL_GRANT, **fields: object) -> list[Event]:
    decided = event(
        EventKind.FINAL_DETERMINATION,
        dt.date(2021, 9, 3),
        4,
        outcome=outcome,
        **fields,
    )
    return [*tracked_events(), decided]


def withholding_fields() -> dict[str, object]:
    return {
        "exemptions": ("(b)(6)", "b7C", "Exemption 7(E)", "(b)(5)"),
        "pages_released": 212,
        "pages_withheld": 38,
        "summary": "Released in part; withheld under (b)(5), (b)(6), (b)(7)(C) and (b)(7)(E).",
    }


def normalised(text: str) -> str:
    """Whitespace collapsed (PDF text extraction breaks lines where the layout wrapped them) and curly
    quotes read as straight ones (the letters print “typographer’s quotes”; the expectations are typed)."""
    return " ".join(text.translate(CURLY).split())


CURLY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def docx_text(path: Path) -> str:
    doc = open_docx(str(path))
    parts = [p.text for p in doc.paragraphs]
    return normalised("\n".join(parts))


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    # Each page's "Page N of M" footer is dropped, so a sentence running over a page reads whole.
    pages = [re.sub(r"\s*Page \d+ of \d+\s*$", "", page.extract_text() or "") for page in reader.pages]
    return normalised("\n".join(pages))


def count(pattern: str, text: str) -> int:
    return len(re.findall(re.escape(pattern), text))


@dataclass(frozen=True)
class Case:
    """Everything build_context needs for one letter."""

    request: Request
    events: tuple[Event, ...] = ()
    deadlines: FakeDeadlines | None = None
    jurisdiction: Jurisdiction = FEDERAL
    agency: Agency = ICE
    today: dt.date = SENT
    profile: OrganisationProfile = PROFILE


def state_request(**changes: object) -> Request:
    values: dict[str, object] = {
        "agency_id": 2,
        "agency_name": SFPD.name,
        "jurisdiction": "US-CA",
        "subject": "SFPD use of facial recognition software",
        "records_sought": "All records of the Department's use of facial recognition software, including Clearview AI.",
        "sent_on": None,
    }
    return clearview_request(**{**values, **changes})


def state_cases() -> dict[str, Case]:
    """The state appeal templates, each for a request the agency left unanswered (a deemed denial), with
    the real rules and deadline engine; every appeal is dated within its window."""
    from foiatrack.core.calendars import calendar_for
    from foiatrack.core.deadlines import compute_deadlines
    from foiatrack.core.rules import default_catalog
    from foiatrack.letters import jurisdiction_from_rule

    cases = {}
    for name, code, received, today in (
        ("appeal-ny", "US-NY", dt.date(2025, 9, 8), dt.date(2025, 9, 25)),
        ("appeal-pa", "US-PA", dt.date(2025, 6, 30), dt.date(2025, 7, 15)),
        ("appeal-il", "US-IL", dt.date(2025, 2, 28), dt.date(2025, 3, 20)),
        ("appeal-ma", "US-MA", dt.date(2025, 4, 14), dt.date(2025, 5, 15)),
    ):
        rule = default_catalog().get(code)
        events = (event(EventKind.SUBMITTED, received, 1), event(EventKind.RECEIVED, received, 2))
        agency = replace(SFPD, name=f"{rule.name} Department of Records", jurisdiction=code)
        cases[name] = Case(state_request(jurisdiction=code, agency_name=agency.name), events,
                           compute_deadlines(rule, events, calendar_for(rule)),  # type: ignore[arg-type]
                           jurisdiction_from_rule(rule), agency=agency, today=today)  # type: ignore[arg-type]
    return cases


def builtin_cases() -> dict[str, Case]:
    """One realistic case per built-in template (the test suite checks none is missing)."""
    return {
        "federal-request": Case(full_request(sent_on=None)),
        "state-request": Case(state_request(fee_limit=Decimal("50")), jurisdiction=CALIFORNIA, agency=SFPD),
        "follow-up": Case(clearview_request(), tuple(tracked_events()), overdue_deadlines(), today=dt.date(2021, 3, 1)),
        "appeal-withholding": Case(
            clearview_request(), tuple(determination_events(**withholding_fields())), today=dt.date(2021, 10, 1)
        ),
        "appeal-inadequate-search": Case(
            clearview_request(), tuple(determination_events(Outcome.NO_RECORDS)), today=dt.date(2021, 10, 1)
        ),
        "appeal-fee-denial": Case(
            full_request(),
            (*tracked_events(), event(EventKind.FEE_WAIVER_DECISION, dt.date(2020, 11, 2), 5, outcome=Outcome.DENIED)),
            today=dt.date(2020, 11, 20),
        ),
        "appeal-expedite-denial": Case(
            full_request(),
            (*tracked_events(), event(EventKind.EXPEDITE_DECISION, dt.date(2020, 10, 29), 5, outcome=Outcome.DENIED)),
            today=dt.date(2020, 11, 5),
        ),
        "appeal-no-response": Case(
            clearview_request(), tuple(sent_events()), overdue_deadlines(), today=dt.date(2021, 3, 1)
        ),
        "clarification": Case(
            clearview_request(),
            (*tracked_events(), event(EventKind.CLARIFICATION_REQUESTED, dt.date(2020, 11, 2), 5)),
            today=dt.date(2020, 11, 9),
        ),
        **state_cases(),
    }


def context_for(case: Case, **options: object) -> dict[str, object]:
    from foiatrack.letters import build_context

    return build_context(
        case.request, case.agency, list(case.events), case.profile, case.deadlines, case.jurisdiction, case.today,
        **options,
    )  # fmt: skip


def render_both(template_name: str, case: Case, folder: Path, **options: object) -> dict[str, str]:
    """Render one letter to DOCX and PDF files and read each back as normalised text."""
    from foiatrack.letters import TemplateLibrary, render_letter, write_letter

    document = render_letter(TemplateLibrary().get(template_name), context_for(case, **options))
    texts = {}
    for suffix, reader in ((".docx", docx_text), (".pdf", pdf_text)):
        path = folder / f"{template_name}{suffix}"
        write_letter(document, path)
        texts[suffix] = reader(path)
    return texts


CASES_FOR_WRITERS = builtin_cases()


# --- documents for the writers' tests ------------------------------------------------------

def letter(name: str = "appeal-withholding") -> Document:
    """A built-in letter rendered for one of :data:`CASES_FOR_WRITERS`."""
    return render_letter(TemplateLibrary().get(name), context_for(CASES_FOR_WRITERS[name]))


def tiny(body: tuple = (), **changes: object) -> Document:  # type: ignore[type-arg]
    """A short letter with accents, bold and italic: what both writers must carry."""
    values: dict[str, object] = {
        "title": "Test",
        "author": "Nguyễn Thị Minh",
        "letterhead": ("Nguyễn Thị Minh", "1 Rue Exemple"),
        "date": "November 19, 2025",
        "recipient": ("José Núñez", "Some Office"),
        "subject": (Run("A "), Run("bold", bold=True), Run(" and "), Run("italic", italic=True)),
        "salutation": "Dear José Núñez:",
        "body": body
        or (Paragraph((Run("5 U.S.C. § 552 for Nguyễn Thị and José Núñez, "), Run("in italics", italic=True))),),
        "closing": "Sincerely,",
        "signature": ("Nguyễn Thị Minh",),
    }
    values.update(changes)
    return Document(**values)  # type: ignore[arg-type]

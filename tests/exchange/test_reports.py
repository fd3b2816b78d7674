"""PDF reports: what each says, page numbering, embedded fonts; and the deadline assessments behind them."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from foiatrack.core.deadlines import DerivedDate
from foiatrack.core.errors import UserError
from foiatrack.core.models import Event
from foiatrack.core.vocabulary import Direction, EventKind, Outcome
from foiatrack.exchange.chronology import assess
from foiatrack.services.attachments import content_from_bytes
from foiatrack.services.demo import load_demo
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.exchange import agency_report, chronology, overdue_report
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.database import Database

AS_OF = dt.date(2026, 1, 15)


def pages(path: Path) -> list[str]:
    """Each page's text, with runs of white space (line breaks inside table cells) made single spaces."""
    reader = PdfReader(path)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def fonts_embedded(path: Path) -> set[str]:
    """The base fonts of every page; fails if one is not embedded (no font file)."""
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            assert any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            names.add(str(font["/BaseFont"]))
    return names


def test_overdue_report(db: Database, tmp_path: Path) -> None:
    load_demo(db, today=AS_OF)
    path = overdue_report(db, tmp_path / "overdue.pdf", as_of=AS_OF)
    text = "\n".join(pages(path))
    assert "Overdue and Upcoming Public-Records Deadlines" in text
    assert "As of Thu 2026-01-15" in text
    for section in ("Overdue, most late first", "Due within 7 days", "Due in 8 to 14 days",
                    "Appeal windows closing within 30 days", "Requests where you may sue now"):
        assert section in text
    assert "Use of commercial data brokers for location data" in text
    assert "Page 1 of" in text
    assert all(name.endswith(("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic")) for name in
               fonts_embedded(path))
    assert PdfReader(path).metadata.title == "Overdue and upcoming deadlines"


def test_agency_report(db: Database, tmp_path: Path) -> None:
    load_demo(db, today=AS_OF)
    path = agency_report(db, tmp_path / "agencies.pdf", as_of=AS_OF)
    text = "\n".join(pages(path))
    assert "Agency Performance on Public-Records Requests" in text
    assert "U.S. Immigration and Customs Enforcement (ICE)" in text
    assert "All agencies" in text and "What is counted" in text
    fonts_embedded(path)


def test_reports_must_be_pdf_files(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"end the name with \.pdf"):
        overdue_report(db, tmp_path / "x.docx")


def _request_with_history(db: Database) -> int:
    fields = RequestFields(subject="Detention contracts", records_sought="Contracts. " * 1200,
                           requester_name="Nguyễn Thị Minh", requester_organisation="Departamento de Policía watch")
    request_id = file_request(db, NewRequest(agencies=("ICE",), fields=fields, sent_on=dt.date(2025, 11, 19),
                                             received_on=dt.date(2025, 11, 19), tracking_number="2026-ICFO-1"))[0]
    letter = content_from_bytes("denial letter.pdf", b"%PDF-1.4 the denial")
    log_event(db, request_id, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 1, 20),
                                       outcome=Outcome.DENIED, exemptions=("b5",), summary="Denied in full"),
              contents=[letter])
    log_event(db, request_id, NewEvent(kind=EventKind.APPEAL_FILED, date=dt.date(2026, 2, 2)))
    return request_id


def test_chronology(db: Database, tmp_path: Path) -> None:
    request_id = _request_with_history(db)
    path = chronology(db, request_id, tmp_path / "c.pdf", as_of=dt.date(2026, 3, 20))
    texts = pages(path)
    text = "\n".join(texts)
    assert "Chronology of a Public-Records Request" in text
    assert "Nguyễn Thị Minh" in text and "Departamento de Policía watch" in text
    assert "Freedom of Information Act, 5 U.S.C. § 552" in text
    for fragment in ("Request sent", "Received by agency", "Tracking number assigned", "Denied in full",
                     "Appeal filed", "Exemptions: (b)(5)", "Documents: Doc. 1"):
        assert fragment in text
    assert "MISSED" in text and "Determination on Tue 2026-01-20, 33 days late." in text
    assert "No appeal decision as of Fri 2026-03-20" in text
    assert "5 U.S.C. § 552(a)(6)(A)(i)" in text
    import hashlib

    digest = hashlib.sha256(b"%PDF-1.4 the denial").hexdigest()
    assert digest[:40] in text.replace("\n", "")
    assert len(texts) >= 3 and f"Page {len(texts)} of {len(texts)}" in texts[-1]
    fonts_embedded(path)


def test_chronology_of_a_draft(db: Database, tmp_path: Path) -> None:
    request_id = file_request(db, NewRequest(agencies=("CBP",), fields=RequestFields(subject="Draft")))[0]
    text = "\n".join(pages(chronology(db, request_id, tmp_path / "d.pdf")))
    assert "the request is a draft" in text and "No deadline runs yet" in text


def _derived(name: str, day: dt.date, statutory: bool = True) -> DerivedDate:
    return DerivedDate(name, name.replace("_", " ").capitalize(), day, "explanation", "citation",
                       statutory=statutory)


def _event(n: int, kind: EventKind, day: dt.date, outcome: Outcome | None = None,
           direction: Direction = Direction.INCOMING) -> Event:
    return Event(id=n, request_id=1, date=day, kind=kind, direction=direction, outcome=outcome)


DUE = dt.date(2026, 1, 10)


@pytest.mark.parametrize(("events", "as_of", "verdict", "fragment"), [
    ([_event(1, EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 6), Outcome.DENIED)], DUE, "met", "4 days early"),
    ([_event(1, EventKind.FINAL_DETERMINATION, DUE, Outcome.FULL_GRANT)], DUE, "met", "on the last day"),
    ([_event(1, EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 13), Outcome.DENIED)], dt.date(2026, 2, 1),
     "missed", "3 days late"),
    ([], dt.date(2026, 1, 11), "missed", "No determination as of Sun 2026-01-11: 1 day late"),
    ([], dt.date(2026, 1, 5), "pending", "5 days left"),
    ([_event(1, EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 3), Outcome.WITHDRAWN)], dt.date(2026, 2, 1),
     "n/a", "withdrawn"),
    ([_event(1, EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 6), Outcome.DENIED)], dt.date(2026, 1, 5),
     "pending", "left"),  # a determination after the as-of day is not known yet
])
def test_assess_response_deadline(events: list[Event], as_of: dt.date, verdict: str, fragment: str) -> None:
    found = assess(_derived("response_due", DUE), events, as_of)
    assert found.verdict == verdict
    assert fragment in found.text


def test_assess_other_deadlines() -> None:
    appeal = _event(1, EventKind.APPEAL_FILED, dt.date(2026, 1, 2), direction=Direction.OUTGOING)
    decided = _event(2, EventKind.APPEAL_DECISION, dt.date(2026, 1, 12), Outcome.DENIED)
    assert assess(_derived("appeal_decision_due", DUE), [appeal, decided], dt.date(2026, 2, 1)).verdict == "missed"
    assert assess(_derived("appeal_due", DUE), [appeal], dt.date(2026, 2, 1)).text.endswith("(on time).")
    lawsuit = _event(3, EventKind.LAWSUIT_FILED, dt.date(2026, 3, 1), direction=Direction.OUTGOING)
    assert "Lawsuit filed" in assess(_derived("may_sue_from", DUE), [lawsuit], dt.date(2026, 4, 1)).text
    extended = [_derived("response_due", DUE), _derived("extended_due", dt.date(2026, 1, 24))]
    late = [_event(1, EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 20), Outcome.DENIED)]
    assert assess(extended[0], late, dt.date(2026, 2, 1), extended).verdict == "info"
    assert assess(extended[1], late, dt.date(2026, 2, 1), extended).verdict == "met"
    ack = assess(_derived("acknowledgement_due", DUE), [_event(1, EventKind.TRACKING_NUMBER, dt.date(2026, 1, 2))],
                 dt.date(2026, 2, 1))
    assert ack.verdict == "met"
    assert "reminder" in assess(_derived("follow_up", DUE, statutory=False), [], DUE).text


def test_pdf_bytes_are_reproducible(db: Database, tmp_path: Path) -> None:
    request_id = _request_with_history(db)
    first = chronology(db, request_id, tmp_path / "1.pdf", as_of=AS_OF).read_bytes()
    second = chronology(db, request_id, tmp_path / "2.pdf", as_of=AS_OF).read_bytes()
    assert first == second
    assert PdfReader(io.BytesIO(first)).pages

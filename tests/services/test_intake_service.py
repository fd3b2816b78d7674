"""Matching letters to requests and logging them: asks when unsure, writes once, one transaction."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind
from foiatrack.services import intake
from foiatrack.services.agencies import AgencyChanges, add_agency
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.database import Database

LETTERS = Path(__file__).parents[1] / "intake" / "letters"


def new_request(db: Database, agency: str, subject: str, tracking: str | None = None) -> int:
    return file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject=subject),
                                       sent_on=dt.date(2026, 1, 2), tracking_number=tracking))[0]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_own_letter_is_matched_by_its_number(db: Database) -> None:
    """Each letter of the three sets finds its request among requests for all of them."""
    expected_ids = {}
    for folder in ("samples", "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"):
        for want in json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8")).values():
            number = want.get("tracking_number")
            if number not in expected_ids:
                expected_ids[number] = new_request(db, "ICE", f"Request {number}", number)
    for folder in ("samples", "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"):
        for name, want in json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8")).items():
            item = intake.read_item(db, LETTERS / folder / name)
            assert (name, item.request_id) == (name, expected_ids[want["tracking_number"]])


def test_an_appeal_number_logged_earlier_matches_the_appeal_decision(db: Database, tmp_path: Path) -> None:
    request_id = new_request(db, "EOIR", "Immigration judge reviews")
    other = new_request(db, "EOIR", "Something else", "2026-99999")
    from foiatrack.services.events import NewEvent, log_event

    log_event(db, request_id, NewEvent(kind=EventKind.APPEAL_ACKNOWLEDGED, date=dt.date(2026, 4, 7),
                                       received=dt.date(2026, 4, 3), appeal_number="A-2026-02211"))
    letter = write(tmp_path, "decision.txt", "June 18, 2026\n\nRe: Appeal No. A-2026-02211\n\nAfter carefully "
                                             "considering your appeal, I am affirming EOIR's action on your request.")
    item = intake.read_item(db, letter)
    assert (item.request_id, item.matched_by) == (request_id, "appeal_number")
    assert item.request_id != other


def test_same_number_on_two_requests_is_settled_by_subject_words_or_asked(db: Database, tmp_path: Path) -> None:
    first = new_request(db, "DOS", "Cables on removal flights to Central America", "F-2026-01234")
    new_request(db, "DOS", "Visa denials statistics", "F-2026-01234")
    item = intake.read_item(db, LETTERS / "samples" / "s01-dos-ack.txt")
    assert (item.request_id, item.matched_by) == (first, "tracking_number+subject")
    new_request(db, "DOS", "Removal flights to Central America: cables", "F-2026-01234")
    item = intake.read_item(db, LETTERS / "samples" / "s01-dos-ack.txt")
    assert item.request_id is None and len(item.candidates) == 3 and "--request" in item.message


def test_sender_domain_then_subject_words(db: Database, tmp_path: Path) -> None:
    add_agency(db, AgencyChanges(name="Example State Patrol", jurisdiction="US-WA", foia_email="pdr@wsp.example.gov"))
    overtime = new_request(db, "Example State Patrol", "Trooper overtime spending")
    item = intake.read_item(db, LETTERS / "samples" / "s03-wsp-fee.eml")
    assert (item.request_id, item.matched_by) == (overtime, "sender_domain")
    new_request(db, "Example State Patrol", "Crash reports on I-5 bridges")
    item = intake.read_item(db, LETTERS / "samples" / "s03-wsp-fee.eml")
    assert item.request_id is None and {c.request_id for c in item.candidates} >= {overtime}
    letter = write(tmp_path, "bridges.eml", "From: pdr@wsp.example.gov\nSubject: Your request\nDate: Thu, 05 Feb "
                   "2026 10:00:00 -0800\n\nThe estimated cost for the crash reports on the bridges is $10.00.\n")
    item = intake.read_item(db, letter)
    assert item.matched_by == "sender_domain+subject"


def test_letterhead_names_the_agency(db: Database, tmp_path: Path) -> None:
    request_id = new_request(db, "FBI", "Riverside water protest")
    new_request(db, "ICE", "Riverside water protest")
    letter = write(tmp_path, "fbi.txt", "Federal Bureau of Investigation\nWashington, D.C.\n\nApril 2, 2026\n\n"
                   "This acknowledges receipt of your FOIPA request.")
    item = intake.read_item(db, letter)
    assert (item.request_id, item.matched_by) == (request_id, "agency_name")


def test_a_word_letterhead_in_the_page_header_names_the_agency(db: Database, tmp_path: Path) -> None:
    from docx import Document

    request_id = new_request(db, "FBI", "Riverside water protest")
    new_request(db, "ICE", "Riverside water protest")
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Federal Bureau of Investigation"
    for line in ("April 2, 2026", "This acknowledges receipt of your FOIPA request."):
        document.add_paragraph(line)
    letter = tmp_path / "fbi.docx"
    document.save(str(letter))
    item = intake.read_item(db, letter)
    assert (item.request_id, item.matched_by) == (request_id, "agency_name")


def test_nothing_to_go_on_asks(db: Database, tmp_path: Path) -> None:
    new_request(db, "FBI", "Riverside water protest")
    letter = write(tmp_path, "x.txt", "April 2, 2026\n\nThis acknowledges receipt of your request.")
    item = intake.read_item(db, letter)
    assert item.request_id is None and item.message
    with pytest.raises(UserError, match="choose one with --request"):
        intake.apply_item(db, item)


def test_apply_logs_every_event_attaches_the_letter_once_and_not_twice(db: Database, tmp_path: Path) -> None:
    request_id = new_request(db, "DOS", "Removal flight cables", "F-2026-01234")
    letter = tmp_path / "ack.txt"
    shutil.copy(LETTERS / "samples" / "s01-dos-ack.txt", letter)
    item = intake.read_item(db, letter)
    applied = intake.apply_item(db, item)
    assert len(applied.event_ids) == 2 and not applied.skipped
    detail = request_detail(db, request_id)
    logged = [e for e in detail.events if e.id in applied.event_ids]
    assert [(e.kind, e.date) for e in logged] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 1, 12)),
                                                  (EventKind.EXTENSION, dt.date(2026, 1, 12))]
    assert logged[0].received == dt.date(2026, 1, 8) and logged[1].extension_days == 10
    assert [a.filename for e in logged for a in e.attachments] == ["ack.txt"]
    again = intake.read_item(db, letter)
    assert again.already_logged
    second = intake.apply_item(db, again)
    assert second.event_ids == () and "already" in second.skipped
    assert len(request_detail(db, request_id).events) == len(detail.events)


def test_a_bad_event_writes_nothing(db: Database, tmp_path: Path) -> None:
    request_id = new_request(db, "DOS", "Removal flight cables", "F-2026-01234")
    before = len(request_detail(db, request_id).events)
    letter = write(tmp_path, "x.txt", "Case Number: F-2026-01234\n\nThis acknowledges receipt of your request. "
                   "This completes the processing of your request.")
    item = intake.read_item(db, letter)  # no date and no outcome
    with pytest.raises(UserError):
        intake.apply_item(db, item)
    assert len(request_detail(db, request_id).events) == before


def test_a_number_printed_with_an_office_prefix_still_matches(db: Database, tmp_path: Path) -> None:
    request_id = new_request(db, "ICE", "Trooper body cameras", "26-1402")
    letter = write(tmp_path, "x.txt", "May 19, 2026\n\nRe: Public Records Request PRR 26-1402\n\nPlease find attached "
                                      "64 pages responsive to your request.")
    assert intake.read_item(db, letter).request_id == request_id


def test_letterhead_with_parent_and_component_goes_to_the_component(db: Database, tmp_path: Path) -> None:
    new_request(db, "Department of Homeland Security", "Detention contracts")
    ice = new_request(db, "ICE", "Detention contracts")
    letter = write(tmp_path, "x.txt", "U.S. Department of Homeland Security\nU.S. Immigration and Customs "
                                      "Enforcement\n\nMarch 9, 2026\n\nThis acknowledges receipt of your request.")
    item = intake.read_item(db, letter)
    assert (item.request_id, item.matched_by) == (ice, "agency_name")


def test_an_office_code_above_the_request_number_is_not_logged_as_the_tracking_number(
        db: Database, tmp_path: Path) -> None:
    request_id = new_request(db, "DOI", "Dam safety inspections", "BOR-2026-00912")
    letter = write(tmp_path, "x.txt", "IN REPLY REFER TO:\n84-21000\n\nNovember 2, 2026\n\nRe: Freedom of Information "
                                      "Act Request BOR-2026-00912\n\nWe are releasing 12 pages in full. This "
                                      "completes the processing of your request.")
    item = intake.read_item(db, letter)
    assert item.request_id == request_id
    assert item.to_json()["tracking_number"] == "BOR-2026-00912"
    assert [e.tracking_number for e in item.proposal.events] == ["BOR-2026-00912"]
    assert "BOR-2026-00912" in item.proposal.events[0].evidence["tracking_number"]
    intake.apply_item(db, item)
    assert request_detail(db, request_id).request.tracking_number == "BOR-2026-00912"

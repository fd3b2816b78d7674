"""Why a letter was not matched to a request, and what to do, in words a user understands: the window's
``why_unmatched`` and the command line's ``message`` (which names --request)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foiatrack.services import intake
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.database import Database

# Agencies of the directory every workspace starts with (their FOIA e-mail addresses are at *.dhs.gov).
ICE, CBP = "U.S. Immigration and Customs Enforcement", "U.S. Customs and Border Protection"
USCIS, DHS = "U.S. Citizenship and Immigration Services", "Department of Homeland Security"


def new_request(db: Database, agency: str, subject: str, tracking: str | None = None) -> int:
    return file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject=subject),
                                       sent_on=dt.date(2026, 1, 2), tracking_number=tracking))[0]


def letter(tmp_path: Path, sender: str, body: str, name: str = "letter.eml") -> Path:
    path = tmp_path / name
    path.write_text(f"From: {sender}\nSubject: Your request\nDate: Mon, 09 Mar 2026 10:00:00 -0400\n\n{body}\n",
                    encoding="utf-8")
    return path


def test_a_number_no_request_has_and_two_requests_of_the_sender(db: Database, tmp_path: Path) -> None:
    new_request(db, ICE, "Detainee transfers")
    new_request(db, ICE, "Detention standards inspections")
    item = intake.read_item(db, letter(tmp_path, "ice-foia@ice.dhs.gov", "This acknowledges receipt of your FOIA "
                                       "request, received on March 3, 2026, and assigned number 2026-ICFO-31417."))
    assert item.request_id is None and len(item.candidates) == 2
    assert item.why_unmatched == ("No request has tracking number 2026-ICFO-31417; the sender's domain ice.dhs.gov "
                                  "matches two ICE requests without a number, and the letter's subject does not "
                                  "tell them apart")
    assert item.message == item.why_unmatched + ": choose one with --request ID"
    assert item.to_json()["message"] == item.message


def test_a_department_domain_that_matches_several_agencies(db: Database, tmp_path: Path) -> None:
    for name, subject in ((ICE, "Transfers"), (USCIS, "Asylum backlog"), (DHS, "Fusion centres")):
        new_request(db, name, subject)
    item = intake.read_item(db, letter(tmp_path, "foia@dhs.gov", "This acknowledges receipt of your request."))
    assert item.request_id is None
    assert item.why_unmatched == ("The sender's domain dhs.gov matches three requests to three agencies (ICE, "
                                  "USCIS, DHS), and the letter's subject does not tell them apart")


def test_the_same_number_on_two_requests(db: Database, tmp_path: Path) -> None:
    new_request(db, CBP, "Detainee transfers", "CBP-FO-2026-087765")
    new_request(db, CBP, "Checkpoint stops", "CBP-FO-2026-087765")
    item = intake.read_item(db, letter(tmp_path, "foia@cbp.dhs.gov", "Your request CBP-FO-2026-087765 is "
                                       "acknowledged."))
    assert item.why_unmatched == ("two CBP requests have tracking number CBP-FO-2026-087765, and the letter's subject "
                                  "does not tell them apart")


def test_nothing_to_go_on_says_what_was_looked_for(db: Database, tmp_path: Path) -> None:
    new_request(db, ICE, "Detainee transfers")
    item = intake.read_item(db, letter(tmp_path, "records@city.example.gov", "This acknowledges receipt of your "
                                       "request."))
    assert item.why_unmatched == ("The letter has no tracking number, none of your agencies has an e-mail address at "
                                  "city.example.gov, and its letterhead names none of your agencies")
    assert item.message.endswith(": choose one with --request ID")


def test_a_shared_portal_is_said_to_be_one(db: Database, tmp_path: Path) -> None:
    new_request(db, ICE, "Detainee transfers")
    item = intake.read_item(db, letter(tmp_path, "noreply@cityofx.govqa.us", "This acknowledges receipt of your "
                                       "request."))
    assert "the sender's domain cityofx.govqa.us is a portal or mail service many agencies use" in item.why_unmatched


def test_no_requests_yet(db: Database, tmp_path: Path) -> None:
    item = intake.read_item(db, letter(tmp_path, "foia@dhs.gov", "Your request 2026-ICFO-31417 is acknowledged."))
    assert item.message == item.why_unmatched == ("There are no requests yet: file the request first, then add this "
                                                  "letter")


def test_a_number_no_request_has_and_nothing_else_to_go_on(db: Database, tmp_path: Path) -> None:
    new_request(db, ICE, "Detainee transfers", "2026-ICFO-00001")
    new_request(db, ICE, "Body camera policy")
    item = intake.read_item(db, letter(tmp_path, "records@city.example.gov", "Your request 26-0912 is "
                                       "acknowledged."))
    assert item.request_id is None
    assert item.why_unmatched == ("No request has tracking number 26-0912; neither the sender's domain "
                                  "city.example.gov nor the letterhead points to one of your requests still without "
                                  "a number")


def test_one_shared_word_is_no_lead_two_are(db: Database, tmp_path: Path) -> None:
    police = new_request(db, "Massachusetts State Police", "State police cooperation with ICE at courthouses")
    flights = new_request(db, CBP, "Removal flights from Arizona airfields")
    item = intake.read_item(db, letter(tmp_path, "records@city.example.gov", "United States Department of State\n\n"
                                       "This acknowledges receipt of your request for cables about removal "
                                       "flights.", name="state.eml"))
    assert item.request_id is None
    offered = [c.request_id for c in item.candidates]
    assert police not in offered, "the word 'state' alone says nothing about the request"
    assert flights in offered, "'removal' and 'flights' together are worth offering"
    assert item.why_unmatched.endswith("; some open requests share words with its subject")

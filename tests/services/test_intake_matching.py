"""Matching a letter whose number is on no request: a request with a number of its own is another one, so
the sender, the letterhead or the subject may only point to a request still without a number; else it asks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foiatrack.core.vocabulary import EventKind
from foiatrack.services import intake
from foiatrack.services.agencies import AgencyChanges, add_agency
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.database import Database

LETTER = ("From: records@patrol.example.gov\nSubject: Public Records Request P-26-0077\n"
          "Date: Thu, 05 Feb 2026 10:00:00 -0800\n\nThank you for your public records request, which the Patrol "
          "received on February 2, 2026, for trooper overtime spending. We will respond by March 6, 2026.\n")


def new_request(db: Database, subject: str, tracking: str | None = None) -> int:
    return file_request(db, NewRequest(agencies=("Example Patrol",), fields=RequestFields(subject=subject),
                                       sent_on=dt.date(2026, 1, 2), tracking_number=tracking))[0]


def letter(tmp_path: Path) -> Path:
    path = tmp_path / "ack.eml"
    path.write_text(LETTER, encoding="utf-8")
    return path


def add_patrol(db: Database) -> None:
    add_agency(db, AgencyChanges(name="Example Patrol", jurisdiction="US-WA", foia_email="pdr@patrol.example.gov"))


def test_the_only_request_without_a_number_is_matched_by_sender(db: Database, tmp_path: Path) -> None:
    add_patrol(db)
    new_request(db, "Crash reports on bridges", "P-25-0912")
    overtime = new_request(db, "Trooper overtime spending")
    item = intake.read_item(db, letter(tmp_path))
    assert (item.request_id, item.matched_by) == (overtime, "sender_domain")


def test_a_request_with_another_number_is_never_guessed(db: Database, tmp_path: Path) -> None:
    add_patrol(db)
    new_request(db, "Trooper overtime spending", "P-25-0912")
    item = intake.read_item(db, letter(tmp_path))
    assert item.request_id is None
    assert item.message.startswith("No request has tracking number P-26-0077, and each of your requests has another "
                                   "number already")


def test_the_number_once_recorded_matches(db: Database, tmp_path: Path) -> None:
    add_patrol(db)
    new_request(db, "Trooper overtime spending", "P-25-0912")
    overtime = new_request(db, "Trooper overtime spending, 2026", "P-26-0077")
    item = intake.read_item(db, letter(tmp_path))
    assert (item.request_id, item.matched_by) == (overtime, "tracking_number")


def test_a_request_filed_after_a_letter_was_read_is_matched_by_the_next_one(db: Database, tmp_path: Path) -> None:
    # The requests are kept between letters only while nobody commits: the request filed in between counts.
    add_patrol(db)
    new_request(db, "Trooper overtime spending", "P-25-0912")
    assert intake.read_item(db, letter(tmp_path)).request_id is None
    overtime = new_request(db, "Trooper overtime spending, 2026", "P-26-0077")
    item = intake.read_item(db, letter(tmp_path))
    assert (item.request_id, item.matched_by) == (overtime, "tracking_number")


def test_a_number_logged_after_a_letter_was_read_is_matched_by_the_next_one(db: Database, tmp_path: Path) -> None:
    add_patrol(db)
    new_request(db, "Crash reports on bridges", "P-25-0912")
    overtime = new_request(db, "Trooper overtime spending")
    intake.read_item(db, letter(tmp_path))
    log_event(db, overtime, NewEvent(kind=EventKind.ACKNOWLEDGED, date=dt.date(2026, 2, 5),
                                     tracking_number="P-26-0077"))
    item = intake.read_item(db, letter(tmp_path))
    assert (item.request_id, item.matched_by) == (overtime, "tracking_number")


def test_the_caseload_is_read_once_for_letters_read_while_nobody_commits(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On SQLite and on a server alike: a second letter with no commit in between reuses the requests read for the
    first (a caseload of tens of thousands of requests is costly to read per letter); a commit makes the next read."""
    add_patrol(db)
    overtime = new_request(db, "Trooper overtime spending, 2026", "P-26-0077")
    reads = []
    read = intake._read_known_requests
    monkeypatch.setattr(intake, "_read_known_requests", lambda d: reads.append(1) or read(d))
    for _ in range(3):
        assert intake.read_item(db, letter(tmp_path)).request_id == overtime
    assert len(reads) == 1
    new_request(db, "Crash reports on bridges", "P-25-0912")
    assert intake.read_item(db, letter(tmp_path)).request_id == overtime
    assert len(reads) == 2

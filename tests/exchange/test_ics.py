"""The .ics deadline calendar: open deadlines only, all-day, explained, stable UIDs, rising SEQUENCE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services.demo import load_demo
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.exchange import database_uid, export_file
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database


def events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def request(db: Database, sent: dt.date) -> int:
    return file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Detention contracts"),
                                       sent_on=sent, received_on=sent, tracking_number="2026-ICFO-1"))[0]


def test_open_deadlines_are_all_day_events_with_explanations(db: Database, tmp_path: Path) -> None:
    request_id = request(db, dt.date(2025, 11, 19))
    result = export_file(db, tmp_path / "d.ics")
    assert (result.requests, result.events) == (1, 1)
    (uid, event), = events(tmp_path / "d.ics").items()
    assert uid == f"request-{request_id}-response-due-{database_uid(db)}@foiatrack"
    assert event.decoded("DTSTART") == dt.date(2025, 12, 18)
    assert event.decoded("DTEND") == dt.date(2025, 12, 19)
    assert str(event["SUMMARY"]) == "Response due: ICE - Detention contracts"
    description = str(event["DESCRIPTION"])
    assert "5 U.S.C. § 552(a)(6)(A)(i)" in description and "Thanksgiving" in description
    assert "Tracking number: 2026-ICFO-1" in description
    assert str(event["TRANSP"]) == "TRANSPARENT"


def test_uids_are_stable_and_sequence_rises_when_the_request_changes(db: Database, tmp_path: Path) -> None:
    request_id = request(db, dt.date(2025, 11, 19))
    export_file(db, tmp_path / "one.ics")
    export_file(db, tmp_path / "two.ics")
    one, two = events(tmp_path / "one.ics"), events(tmp_path / "two.ics")
    assert list(one) == list(two)
    log_event(db, request_id, NewEvent(kind=EventKind.EXTENSION, date=dt.date(2025, 12, 10), extension_days=10))
    export_file(db, tmp_path / "three.ics")
    three = events(tmp_path / "three.ics")
    uid = next(iter(one))
    assert uid in three  # the same event, updated
    assert int(three[uid]["SEQUENCE"]) > int(one[uid]["SEQUENCE"])
    assert any("extended-due" in u for u in three)


def test_closed_requests_have_no_deadlines_and_adverse_ones_their_appeal_window(db: Database,
                                                                               tmp_path: Path) -> None:
    granted = request(db, dt.date(2025, 6, 2))
    log_event(db, granted, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2025, 6, 20),
                                    outcome=Outcome.FULL_GRANT))
    denied = file_request(db, NewRequest(agencies=("CBP",), fields=RequestFields(subject="Denied one"),
                                         sent_on=dt.date(2025, 6, 2)))[0]
    log_event(db, denied, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2025, 6, 20),
                                   outcome=Outcome.DENIED))
    export_file(db, tmp_path / "c.ics")
    found = events(tmp_path / "c.ics")
    assert [uid.split("-" + database_uid(db))[0] for uid in found] == [f"request-{denied}-appeal-due"]


def test_two_databases_do_not_share_uids(db: Database, tmp_path: Path) -> None:
    other = open_workspace(tmp_path / "other.db")
    try:
        request(db, dt.date(2025, 11, 19))
        request(other, dt.date(2025, 11, 19))
        export_file(db, tmp_path / "a.ics")
        export_file(other, tmp_path / "b.ics")
        assert not set(events(tmp_path / "a.ics")) & set(events(tmp_path / "b.ics"))
    finally:
        other.close()


def test_demo_calendar_covers_each_kind_of_open_deadline(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    export_file(db, tmp_path / "demo.ics")
    names = {uid.split("-", 2)[2].rsplit("-", 1)[0] for uid in events(tmp_path / "demo.ics")}
    assert {"response-due", "appeal-due", "appeal-decision-due"} <= names

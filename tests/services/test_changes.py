"""What a write changed (read from what its transaction flushed) and the one change detector."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.agencies import AgencyChanges, add_agency
from foiatrack.services.changes import change_stamp, data_version, recorded
from foiatrack.services.closures import add_closure
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.requests import NewRequest, RequestFields, file_request, set_tags
from foiatrack.services.settings import read_very_overdue_threshold, set_very_overdue_threshold
from foiatrack.services.statistics import agency_statistics
from foiatrack.services.trash import move_to_trash, restore_from_trash
from foiatrack.services.workspace import Database, open_workspace


def _file(db: Database, subject: str = "Body cameras") -> int:
    return file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject=subject)))[0]


def test_filing_and_logging_name_the_request_they_changed(db: Database) -> None:
    (request_id,), changes = recorded(lambda: file_request(db, NewRequest(agencies=("ICE",),
                                                                          fields=RequestFields(subject="A"))))
    assert request_id in changes.requests
    assert not changes.agencies and not changes.trash and not changes.all_requests
    other = _file(db, "B")
    _, changes = recorded(lambda: log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2026, 1, 5),
                                                                     summary="called")))
    assert changes.requests == frozenset({request_id}), "the other request did not change"
    assert changes.touches_request(request_id) and not changes.touches_request(other)


def test_tags_trash_agencies_and_settings_are_each_said(db: Database) -> None:
    first, second = _file(db, "A"), _file(db, "B")
    _, tags = recorded(lambda: set_tags(db, [first], add=("police",)))
    assert tags.tags and first in tags.requests and second not in tags.requests
    _, trash = recorded(lambda: move_to_trash(db, [second]))
    assert trash.trash and second in trash.requests and not trash.tags
    _, back = recorded(lambda: restore_from_trash(db, [second]))
    assert back.trash and second in back.requests
    _, agency = recorded(lambda: add_agency(db, AgencyChanges(name="Office of Tests", jurisdiction="US-NY")))
    assert agency.agencies and not agency.requests
    version = read_very_overdue_threshold(db).version
    _, setting = recorded(lambda: set_very_overdue_threshold(db, 45, expected_version=version))
    assert setting.settings and setting.any_requests, "a threshold moves what the lists show"
    _, closure = recorded(lambda: add_closure(db, dt.date(2026, 2, 2), "Snow day"))
    assert closure.settings and closure.touches_request(first)


def test_a_read_records_nothing(db: Database) -> None:
    _file(db)
    _, changes = recorded(lambda: agency_statistics(db, dt.date(2026, 3, 1)))
    assert changes.empty


def test_the_change_stamp_sees_a_commit_from_another_connection(db: Database, db_target: str) -> None:
    """Another process (the command line beside the app) writes through a connection of its own."""
    _file(db)
    before = change_stamp(db)
    assert change_stamp(db) == before, "nothing was committed"
    other = open_workspace(db_target)
    try:
        log_event(other, 1, NewEvent(EventKind.NOTE, dt.date(2026, 1, 6), summary="from elsewhere"))
    finally:
        other.close()
    assert change_stamp(db) != before


def test_data_version_moves_with_every_commit_on_sqlite_and_is_none_on_a_server(db: Database) -> None:
    version = data_version(db)
    if not db.is_sqlite:
        assert version is None
        return
    assert version is not None
    _file(db)
    assert data_version(db) != version


def test_statistics_are_recomputed_after_a_commit_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "stats.db"
    app = open_workspace(path)
    try:
        day = dt.date(2026, 3, 1)
        assert agency_statistics(app, day).overall.requests == 0
        cli = open_workspace(path)
        try:
            file_request(cli, NewRequest(agencies=("ICE",), fields=RequestFields(subject="x"), sent_on=day))
        finally:
            cli.close()
        assert agency_statistics(app, day).overall.requests == 1
    finally:
        app.close()


def test_the_change_stamp_sees_settings_and_closure_days_changed_from_another_connection(
        db: Database, db_target: str) -> None:
    """A teammate saves the letterhead, a threshold, an import mapping or a closure day: on a server the
    token must move as it does for a request (SQLite's data_version moves with any commit)."""
    from foiatrack.services.closures import list_closures, remove_closure
    from foiatrack.services.exchange import save_import_mapping
    from foiatrack.services.settings import update_profile

    _file(db)
    other = open_workspace(db_target)
    try:
        edits = {
            "letterhead": lambda: update_profile(other, name="Jordan Lee"),
            "letterhead again, same length": lambda: update_profile(other, name="Jordan Lea"),
            "threshold": lambda: set_very_overdue_threshold(
                other, 45, expected_version=read_very_overdue_threshold(other).version),
            "import mapping": lambda: save_import_mapping(other, {"Tracking": "tracking_number"}),
            "closure day added": lambda: add_closure(other, dt.date(2026, 2, 2), "Snow day"),
            "closure day removed": lambda: remove_closure(other, list_closures(other)[0].id),
            "another closure day added": lambda: add_closure(other, dt.date(2026, 2, 3), "Ice day"),
        }
        for what, edit in edits.items():
            before = change_stamp(db)
            edit()
            assert change_stamp(db) != before, f"{what} was not seen"
    finally:
        other.close()

"""Opening the user's database: created with the agency directory on first use, found at the default
place, and never showing deadlines computed under other rules."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from foiatrack.services.agencies import list_agencies
from foiatrack.services.derive import stale_count
from foiatrack.services.directory import VERSION_KEY, bundle_version
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace
from foiatrack.store.schema import RequestRow
from foiatrack.store.settings import get_setting, set_setting


def test_a_new_database_is_created_with_the_whole_directory(tmp_path: Path) -> None:
    target = tmp_path / "nested" / "new.db"
    target.parent.mkdir()
    db = open_workspace(target)
    try:
        assert target.exists()
        agencies = list_agencies(db)
        assert any(a.abbreviation == "FBI" for a in agencies)
        with db.read_session() as session:
            assert get_setting(session, VERSION_KEY) == bundle_version()
    finally:
        db.close()
    again = open_workspace(target)
    try:
        assert len(list_agencies(again)) == len(agencies)  # opened twice, seeded once
    finally:
        again.close()


def test_without_a_target_it_opens_foiatrack_db_or_the_users_data_folder(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "chosen.db"
    monkeypatch.setenv("FOIATRACK_DB", str(chosen))
    open_workspace().close()
    assert chosen.exists()
    monkeypatch.delenv("FOIATRACK_DB")
    db = open_workspace()
    db.close()
    # tests/conftest.py points XDG_DATA_HOME into a folder of this test's own
    assert (Path(os.environ["XDG_DATA_HOME"]) / "foiatrack" / "foiatrack.db").exists()


def test_deadlines_cached_under_other_rules_are_recomputed_on_open(db_target: str) -> None:
    db = open_workspace(db_target)
    try:
        request_id = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Stale dates"),
                                                 sent_on=dt.date(2026, 10, 1)))[0]
        with db.session() as session:
            row = session.get(RequestRow, request_id)
            row.rules_version, row.response_due = "rules of long ago", dt.date(2030, 1, 1)
        assert stale_count(db) == 1
    finally:
        db.close()
    db = open_workspace(db_target)
    try:
        assert stale_count(db) == 0
        assert request_detail(db, request_id).request.response_due == dt.date(2026, 10, 30)
    finally:
        db.close()


def test_an_older_directory_is_brought_up_to_date_on_open(db_target: str) -> None:
    db = open_workspace(db_target)
    try:
        with db.session() as session:
            set_setting(session, VERSION_KEY, "an older directory")
    finally:
        db.close()
    db = open_workspace(db_target)
    try:
        with db.read_session() as session:
            assert get_setting(session, VERSION_KEY) == bundle_version()
    finally:
        db.close()

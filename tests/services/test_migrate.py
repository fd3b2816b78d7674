"""Moving a laptop's database onto a team's PostgreSQL server, verified row by row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import backends
import pytest
from dbdump import dump

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind
from foiatrack.services.attachments import content_from_bytes
from foiatrack.services.demo import load_demo
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.migrate import TABLES, migrate_to
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.search import search
from foiatrack.services.workspace import open_workspace

pytestmark = pytest.mark.skipif(not backends.postgres_available(),
                                reason="needs PostgreSQL's server programs (CI installs them)")


@pytest.fixture
def laptop(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_workspace(tmp_path / "laptop.db")
    load_demo(db)
    log_event(db, 3, NewEvent(EventKind.NOTE, dt.date(2026, 1, 2), details="Nguyễn Thị Minh called; José Núñez"),
              contents=[content_from_bytes("notes.txt", "née Müller, § 552(b)(6)".encode())])
    yield db
    db.close()


def test_every_row_arrives_and_is_verified(laptop, postgres_admin: str) -> None:  # type: ignore[no-untyped-def]
    with backends.empty_database(postgres_admin) as url:
        report = migrate_to(laptop, url)
        assert [t.table for t in report.tables] == [t.name for t in TABLES]
        assert {t.table: t.rows for t in report.tables}["requests"] == 21
        server = open_workspace(url)
        try:
            assert [r.to_json() for r in list_requests(server)] == [r.to_json() for r in list_requests(laptop)]
            here, there = request_detail(laptop, 3), request_detail(server, 3)
            assert there.events == here.events
            assert there.deadlines == here.deadlines
            assert search(server, "nunez")[0].request_id == 3
            # New rows continue after the copied ids.
            (new_id,) = file_request(server, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Team")))
            assert new_id == 22
        finally:
            server.close()


def test_a_target_with_data_is_refused_untouched(laptop, postgres_admin: str) -> None:  # type: ignore[no-untyped-def]
    with backends.fresh_database(postgres_admin) as url:  # already holds the agency directory
        before = dump(url)
        with pytest.raises(UserError, match="not empty"):
            migrate_to(laptop, url)
        assert dump(url) == before


def test_a_local_file_is_not_a_server(laptop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="server database URL"):
        migrate_to(laptop, str(tmp_path / "other.db"))


def test_cli_migrate_to_prints_the_verified_tables(laptop, postgres_admin: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from foiatrack.cli import main

    with backends.empty_database(postgres_admin) as url:
        assert main(["--db", str(laptop.path), "migrate-to", url]) == 0
        out = capsys.readouterr().out
        assert "requests" in out and "verified" in out and "Copied and verified" in out

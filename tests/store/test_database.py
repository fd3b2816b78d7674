"""Opening databases: migrations on open, refusal of foreign or newer files, private file mode."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import backends
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from foiatrack.core.errors import UserError
from foiatrack.store.database import (
    _alembic_config,
    create_db_engine,
    database_url,
    head_revision,
    open_database,
)


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


@pytest.fixture(params=backends.BACKENDS)
def empty_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it yet, on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "old.db")
    else:
        with backends.empty_database(request.getfixturevalue("postgres_admin")) as url:
            yield url


FIRST_SCHEMA_ROWS = [
    ("INSERT INTO agencies (id, name, abbreviation, jurisdiction, foia_email, portal_url, mailing_address, phone,"
     " appeal_address, notes, rule_overrides, created_at) VALUES (1, 'U.S. Immigration and Customs Enforcement',"
     " 'ICE', 'US', 'ice-foia@ice.dhs.gov', '', '', '', '', '', '{}', '2025-01-01 00:00:00')", {}),
    ("INSERT INTO requests (id, subject, records_sought, agency_id, jurisdiction, requester_name,"
     " requester_organisation, fee_waiver_requested, fee_waiver_justification, expedite_requested,"
     " expedite_justification, preferred_format, notes, is_sample, created_at, updated_at, version, status,"
     " rules_version) VALUES (1, 'Clearview AI contracts', 'All contracts', 1, 'US', '', '', false, '', false,"
     " '', '', '', false, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1, 'submitted', 'old')", {}),
    ("INSERT INTO events (id, request_id, date, kind, direction, summary, details, exemptions, created_by,"
     " created_at) VALUES (1, 1, '2025-11-19', 'submitted', 'outgoing', 'Sent', '', '', 'me',"
     " '2025-11-19 10:00:00')", {}),
    ("INSERT INTO request_tags (request_id, tag) VALUES (1, 'surveillance'), (1, 'clearview')", {}),
    ("INSERT INTO blobs (sha256, size, data) VALUES ('ab', 3, :data)", {"data": b"\x01\x02\x03"}),
    ("INSERT INTO attachments (id, event_id, filename, media_type, size, sha256, added_at)"
     " VALUES (1, 1, 'letter.pdf', 'application/pdf', 3, 'ab', '2025-11-19 10:00:00')", {}),
]


def _fill_first_schema(target: str) -> None:
    """Rows written the way the first released schema stores them (plain SQL, not today's models)."""
    engine = create_engine(database_url(target))
    with engine.begin() as connection:
        for statement, parameters in FIRST_SCHEMA_ROWS:
            connection.execute(text(statement), parameters)
        if connection.dialect.name == "postgresql":
            # The rows carry their ids, as a real database's would; move the id sequences past them as
            # inserting them through the application would have.
            for table in ("agencies", "requests", "events", "attachments"):
                connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))
    engine.dispose()


def test_a_database_of_the_first_schema_upgrades_with_every_row(empty_target: str) -> None:
    engine = create_db_engine(database_url(empty_target))
    command.upgrade(_alembic_config(engine), _revisions()[0])
    engine.dispose()
    _fill_first_schema(empty_target)

    from foiatrack.services.queries import list_requests, request_detail
    from foiatrack.services.search import search
    from foiatrack.services.workspace import open_workspace

    db = open_workspace(empty_target)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    detail = request_detail(db, 1, as_of=dt.date(2025, 11, 20))
    assert detail.request.subject == "Clearview AI contracts"
    assert detail.agency.abbreviation == "ICE"
    # The old ICE row was matched to the bundled directory's ICE (not duplicated) and gained its appeal window.
    assert detail.agency.directory_key == "DHS/u-s-immigration-customs-enforcement"
    assert [e.kind.value for e in detail.events] == ["submitted"]
    assert detail.events[0].attachments[0].filename == "letter.pdf"
    # The stale cache was recomputed on open under the current rules.
    assert detail.request.response_due == dt.date(2025, 12, 18)
    assert detail.request.tags == ("clearview", "surveillance")
    assert list_requests(db)[0].tags == ("clearview", "surveillance")
    assert [hit.request_id for hit in search(db, "clearview contracts")] == [1]  # rows indexed on upgrade
    db.close()


def test_a_new_database_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sqlite_pragmas_are_on(tmp_path: Path) -> None:
    db = open_database(tmp_path / "p.db")
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    db.close()


def test_a_file_that_is_not_a_foiatrack_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="not a foiatrack database"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 100)
    before = path.read_bytes()
    with pytest.raises(UserError, match="cannot be opened"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before

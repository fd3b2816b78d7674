"""The safety commands as a user runs them: back up, check, restore (the replaced database kept aside),
and the SQL that lets a team member in."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from foiatrack.cli import main
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "foia.db"
    db = open_workspace(path)
    file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Drone logs"),
                                sent_on=dt.date(2026, 10, 1)))
    db.close()
    return path


def test_back_up_check_and_restore(capsys: pytest.CaptureFixture[str], database: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    code, out, _ = _run(capsys, "--db", str(database), "backup", str(backup))
    assert code == 0 and out.startswith(f"Backed up 1 requests and 1 events to {backup} (")
    code, out, _ = _run(capsys, "--db", str(backup), "check")
    assert (code, out) == (0, "The database passed SQLite's integrity check.\n")
    other = tmp_path / "other.db"
    open_workspace(other).close()
    code, out, _ = _run(capsys, "--db", str(other), "restore", str(backup), "--json")
    assert code == 0
    assert '"requests": 1' in out and '"previous_kept_at": "' in out
    with sqlite3.connect(other) as connection:
        assert connection.execute("SELECT subject FROM requests").fetchall() == [("Drone logs",)]


def test_a_file_that_is_no_backup_is_refused_and_nothing_is_replaced(capsys: pytest.CaptureFixture[str],
                                                                     database: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    before = database.read_bytes()
    code, _, err = _run(capsys, "--db", str(database), "restore", str(junk))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert database.read_bytes() == before


def test_a_server_database_is_not_restored_from_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "--db", "postgresql+psycopg://dana:s3cr3t@db.example.org/foia", "restore",
                        str(tmp_path / "backup.db"))
    assert code == 1
    assert "restore: this is a server database; restore it with the server's own tools" in err
    assert "s3cr3t" not in err


def test_the_team_grant_sql_can_be_printed_without_a_server(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", "postgresql+psycopg://owner@db.example.org/foia", "team-grant", "ben",
                        "--print")
    assert code == 0
    statements = out.strip().splitlines()
    assert statements and all(s.endswith(";") for s in statements)
    assert any("ben" in s for s in statements) and any("foia" in s for s in statements)

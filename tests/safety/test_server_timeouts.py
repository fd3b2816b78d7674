"""Statement timeouts for real on a team server: a statement that waits on another user's lock ends with
the statement-timeout message (not a hang, nothing saved), in the app's services and on the command line.
(A server that accepts connections but never answers: tests/ui/test_server_dialog.py and
tests/safety/test_secrets.py.)

No test sleeps a fixed time: each waits for a condition (the server showing the statement waiting on the
lock), with a generous bound only so that a broken timeout fails the test instead of hanging the suite.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import backends
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

from foiatrack.cli import main
from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, update_request
from foiatrack.services.workspace import Database, open_workspace

needs_postgres = pytest.mark.skipif(not backends.postgres_available(),
                                    reason="PostgreSQL's server programs are not installed")
BOUND_S = 120  # only so that a timeout that does not work fails instead of hanging


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + BOUND_S
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.02)


@pytest.fixture
def team_url(postgres_admin: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    # Short enough for a test, long enough that the statement is seen waiting on the lock first.
    monkeypatch.setenv("FOIATRACK_STATEMENT_TIMEOUT", "3")
    with backends.fresh_database(postgres_admin) as url:
        yield url


@pytest.fixture
def team(team_url: str) -> Iterator[tuple[Database, int]]:
    db = open_workspace(team_url)
    (request_id,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Body cameras"),
                                                sent_on=dt.date(2026, 11, 2)))
    yield db, request_id
    db.close()


def _connection(url: str) -> Iterator[Connection]:
    engine = create_engine(url)
    with engine.connect() as connection:
        yield connection
    engine.dispose()


@pytest.fixture
def observer(postgres_admin: str) -> Iterator[Connection]:
    """A connection that watches the server's activity (who waits on a lock)."""
    yield from _connection(postgres_admin)


@pytest.fixture
def colleague(team_url: str) -> Iterator[Connection]:
    """Another user's session on the same database, free to hold locks."""
    yield from _connection(team_url)


def _hold_row_lock(connection: Connection, request_id: int) -> None:
    connection.execute(text("SELECT id FROM requests WHERE id = :id FOR UPDATE"), {"id": request_id})


def _waiting_on_a_lock(connection: Connection) -> bool:
    waiting = connection.execute(text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )).scalar()
    return bool(waiting)


def _run_blocked(action: Callable[[], Any], observer: Connection) -> BaseException | None:
    """Run *action* on a thread while a lock blocks it; returns what it raised (None if it returned)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action()
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    wait_until(lambda: _waiting_on_a_lock(observer) or bool(outcome), "the statement waiting on the lock")
    thread.join(BOUND_S)
    assert outcome, "the statement never ended: no statement timeout"
    return outcome[0]


@needs_postgres
def test_an_edit_waiting_on_another_users_lock_ends_with_the_timeout_message(
        team: tuple[Database, int], colleague: Connection, observer: Connection) -> None:
    db, request_id = team
    before = request_detail(db, request_id).request
    with colleague.begin():
        _hold_row_lock(colleague, request_id)
        error = _run_blocked(lambda: update_request(db, request_id, RequestFields(subject="Renamed"),
                                                    expected_version=before.version), observer)
    assert isinstance(error, UserError), repr(error)
    assert error.message == ("database: the database server did not answer in time "
                                              "(statement timeout); nothing was saved")
    after = request_detail(db, request_id).request
    assert (after.subject, after.version) == (before.subject, before.version)
    # The lock released, the same edit goes through on the same long-running connection pool.
    update_request(db, request_id, RequestFields(subject="Renamed"), expected_version=before.version)
    assert request_detail(db, request_id).request.subject == "Renamed"


@needs_postgres
def test_a_command_waiting_on_a_lock_ends_with_one_line(team: tuple[Database, int], team_url: str,
                                                        colleague: Connection, observer: Connection,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db, request_id = team
    capsys.readouterr()
    with colleague.begin():
        _hold_row_lock(colleague, request_id)
        result = _run_blocked(lambda: main(["--db", team_url, "log", str(request_id), "acknowledged",
                                            "--date", "2026-11-04"]), observer)
    captured = capsys.readouterr()
    assert result is None, repr(result)
    assert captured.err.count("\n") == 1 and "statement timeout" in captured.err, captured.err
    assert "Traceback" not in captured.err and "INSERT" not in captured.err
    assert not [e for e in request_detail(db, request_id).events if e.kind is EventKind.ACKNOWLEDGED]

"""A real server restart under a long-running process (the app, a `recompute` in progress): the team's
PostgreSQL server is stopped with ``pg_ctl`` and started again while the process holds pooled connections.

The next action after the restart works without the user seeing anything (one new connection replaces the
dead ones); an action while the server is down ends in one line that names neither the password nor the
request's data. The test runs its own cluster, so the session's shared server is never restarted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import backends
import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from foiatrack.cli import main
from foiatrack.core.vocabulary import EventKind
from foiatrack.services.errors import describe_error
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database, open_workspace

pytestmark = pytest.mark.skipif(backends.postgres_bin() is None,
                                reason="needs PostgreSQL's server programs (pg_ctl) to restart a server")

PASSWORD = "Restart-pw-5150"  # the test server trusts loopback connections; the password must still never show
SUBJECT = "Informant payments ledger"


@pytest.fixture
def server() -> Iterator[backends.Cluster]:
    with backends.dedicated_cluster() as cluster:
        yield cluster


@pytest.fixture
def team_url(server: backends.Cluster) -> str:
    backends._execute_autocommit(server.admin_url, "CREATE DATABASE team")
    return make_url(server.admin_url).set(database="team", password=PASSWORD).render_as_string(hide_password=False)


class Connects:
    """Counts the new server connections an engine opens."""

    def __init__(self, db: Database) -> None:
        self.count = 0
        event.listen(db.engine, "connect", self._connected)

    def _connected(self, *_args: object) -> None:
        self.count += 1


def _one_line_without_secrets(text: str) -> None:
    assert text.count("\n") <= 1 and "Traceback" not in text, text
    assert PASSWORD not in text and SUBJECT not in text and "INSERT" not in text and "SELECT" not in text, text


def test_the_first_action_after_a_restart_just_works(server: backends.Cluster, team_url: str) -> None:
    db = open_workspace(team_url)  # the app, open all day
    try:
        (request_id,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject=SUBJECT),
                                                    sent_on=dt.date(2026, 11, 2)))
        assert list_requests(db)
        assert db.engine.pool.checkedin() >= 1, "the process holds a pooled connection across the restart"
        connects = Connects(db)

        server.stop()
        server.start()
        # A read first (the dashboard refreshing): no error, one new connection for the dead one.
        assert [r.id for r in list_requests(db)] == [request_id]
        assert connects.count == 1, "one new connection replaces the one the restart closed"

        server.stop()
        server.start()
        # A write first: the event is logged once, with no error and no second try seen by the user.
        log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2026, 11, 20), summary="after the restart"))
        assert connects.count == 2
        detail = request_detail(db, request_id)
        assert [e.summary for e in detail.events if e.kind is EventKind.NOTE] == ["after the restart"]
        assert connects.count == 2
    finally:
        db.close()


def test_an_action_while_the_server_is_down_is_one_line_then_the_next_one_works(
        server: backends.Cluster, team_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_workspace(team_url)
    try:
        (request_id,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject=SUBJECT),
                                                    sent_on=dt.date(2026, 11, 2)))
        server.stop()

        for action in (lambda: list_requests(db),
                       lambda: log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2026, 11, 20),
                                                                  summary=SUBJECT))):
            with pytest.raises(Exception) as raised:
                action()
            message = describe_error(raised.value)  # what the app's message box and the command line show
            assert message is not None, f"not described for the user: {raised.value!r}"
            assert message.startswith("database: the database server cannot be reached"), message
            _one_line_without_secrets(message)

        capsys.readouterr()
        code = main(["--db", team_url, "show", str(request_id)])  # a command started while it is down
        captured = capsys.readouterr()
        assert code == 1 and captured.err.count("\n") == 1 and "cannot be reached" in captured.err, captured.err
        _one_line_without_secrets(captured.err + captured.out)

        server.start()
        log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2026, 11, 21), summary="back up"))
        notes = [e.summary for e in request_detail(db, request_id).events if e.kind is EventKind.NOTE]
        assert notes == ["back up"], "nothing was half-saved while the server was down"
    finally:
        db.close()

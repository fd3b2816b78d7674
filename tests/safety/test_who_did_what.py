"""On a server, events and edits record the database role that made them; team-grant lets a role work."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from foiatrack.cli import main
from foiatrack.core.vocabulary import EventKind
from foiatrack.services.events import NewEvent, log_event, update_event
from foiatrack.services.queries import audit_trail, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.server import team_grant_sql
from foiatrack.services.workspace import open_workspace


def test_team_grant_refuses_odd_role_names() -> None:
    from foiatrack.core.errors import UserError

    with pytest.raises(UserError, match="role"):
        team_grant_sql('ben"; DROP TABLE requests; --', "foia")
    assert any("REVOKE UPDATE, DELETE" in s and "audit_log" in s for s in team_grant_sql("ben", "foia"))


def test_a_granted_role_logs_and_edits_under_its_own_name(db_target: str, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    if "://" not in db_target:
        pytest.skip("roles exist on a server")
    role = f"ben_{uuid.uuid4().hex[:8]}"
    owner = open_workspace(db_target)
    with owner.engine.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    try:
        (request_id,) = file_request(owner, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Team"),
                                                       sent_on=dt.date(2025, 11, 19)))
        monkeypatch.setenv("USER", "ana")  # the machine's login name must not be what is recorded
        assert main(["--db", db_target, "team-grant", role]) == 0
        assert role in capsys.readouterr().out
        as_ben = make_url(db_target).set(username=role).render_as_string(hide_password=False)
        ben = open_workspace(as_ben)
        event = log_event(ben, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20), summary="ben called"))
        assert event.created_by == role
        update_event(ben, event.id, NewEvent(EventKind.NOTE, event.date, summary="ben called twice"),
                     expected_version=event.version)
        trail = audit_trail(ben, request_id)
        assert [(e.actor, e.action) for e in trail] == [(role, "event edited")]
        assert request_detail(ben, request_id).audit == tuple(trail)
        # The trail can be added to, never rewritten.
        with ben.engine.connect() as connection, pytest.raises(Exception, match="permission denied"):
            connection.execute(text("DELETE FROM audit_log"))
        ben.close()
    finally:
        with owner.engine.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
        owner.close()
        with owner.engine.begin() as connection:
            connection.execute(text(f'DROP ROLE "{role}"'))
        owner.close()

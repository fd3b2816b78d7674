"""Two windows or two processes on one database: no "database is locked" under normal use, and a stale
edit is refused with a message instead of silently overwriting the other."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from foiatrack.core.errors import ConflictError
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, update_request
from foiatrack.services.workspace import open_workspace


@pytest.fixture
def shared(db_target: str) -> str:
    """One database (SQLite file or PostgreSQL database) that several windows or processes open."""
    path = db_target
    db = open_workspace(path)
    file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Shared request"),
                                sent_on=dt.date(2025, 11, 19)))
    db.close()
    return path


def _fields(db, request_id: int, **changes: object) -> RequestFields:  # type: ignore[no-untyped-def]
    request = request_detail(db, request_id).request
    return dataclasses.replace(RequestFields(subject=request.subject, notes=request.notes), **changes)


def test_second_window_saving_a_stale_copy_is_refused(shared: str) -> None:
    window_a, window_b = open_workspace(shared), open_workspace(shared)
    version_a = request_detail(window_a, 1).request.version
    version_b = request_detail(window_b, 1).request.version
    update_request(window_a, 1, _fields(window_a, 1, notes="A's note"), expected_version=version_a)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        update_request(window_b, 1, _fields(window_b, 1, notes="B's note"), expected_version=version_b)
    assert request_detail(window_b, 1).request.notes == "A's note"
    window_a.close()
    window_b.close()


EDITOR = textwrap.dedent("""
    import os, sys, time, dataclasses
    from foiatrack.core.errors import ConflictError
    from foiatrack.services.queries import request_detail
    from foiatrack.services.requests import RequestFields, update_request
    from foiatrack.services.workspace import open_workspace
    db = open_workspace(sys.argv[1])
    request = request_detail(db, 1).request
    print("read", flush=True)
    while not os.path.exists(sys.argv[2]):
        time.sleep(0.005)
    try:
        update_request(db, 1, RequestFields(subject=request.subject, notes=sys.argv[3]),
                       expected_version=request.version)
        print("saved", flush=True)
    except ConflictError as error:
        print("conflict", error.message, flush=True)
""")


def test_two_processes_editing_at_once_one_wins_one_is_told(shared: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    editors = [subprocess.Popen([sys.executable, "-c", EDITOR, shared, str(go), f"note {n}"],
                                stdout=subprocess.PIPE, text=True) for n in (1, 2)]
    for editor in editors:
        assert editor.stdout is not None and editor.stdout.readline().strip() == "read"
    go.touch()
    outputs = [editor.communicate(timeout=60)[0].strip() for editor in editors]
    assert sorted(o.split(" ")[0] for o in outputs) == ["conflict", "saved"], outputs
    winner = outputs.index("saved")
    db = open_workspace(shared)
    assert request_detail(db, 1).request.notes == f"note {winner + 1}"  # no lost update
    db.close()


WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from foiatrack.core.vocabulary import EventKind
    from foiatrack.services.events import NewEvent, log_event
    from foiatrack.services.workspace import open_workspace
    db = open_workspace(sys.argv[1])
    for i in range(int(sys.argv[2])):
        # A new tracking number each time changes the request's cached columns, so every writer also
        # updates the request row.
        log_event(db, 1, NewEvent(EventKind.TRACKING_NUMBER, dt.date(2025, 12, 1), summary=f"{sys.argv[3]} {i}",
                                  tracking_number=f"{sys.argv[3]}-{i}"))
""")


def test_several_processes_writing_at_once_never_see_database_locked(shared: str) -> None:
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, shared, "40", f"w{n}"],
                                stderr=subprocess.PIPE, text=True) for n in range(4)]
    errors = [w.communicate(timeout=180)[1] for w in writers]
    assert all(w.returncode == 0 for w in writers), errors
    assert not any("locked" in e for e in errors)
    db = open_workspace(shared)
    notes = [e for e in request_detail(db, 1).events if e.summary.startswith("w")]
    assert len(notes) == 160
    db.close()

"""Changes made elsewhere: the watcher announces a teammate's change once, takes this window's own writes as
the new baseline, says when the database cannot be reached, and the note offers a reload."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from foiatrack.core.errors import UserError
from foiatrack.services import changes
from foiatrack.services.changes import Changes
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database, open_workspace
from foiatrack.ui.change_watch import ChangedNote, ChangeWatcher
from foiatrack.ui.dataflow import hub
from foiatrack.ui.tasks import wait_for_tasks

NEVER_MS = 3_600_000  # the timer never fires by itself during a test: the test calls check()


@pytest.fixture
def watcher(qtbot: Any, blank_db: Database) -> Iterator[ChangeWatcher]:
    watching = ChangeWatcher(blank_db, interval_ms=NEVER_MS)
    with qtbot.waitSignal(watching.polled):
        watching.start()
    yield watching
    watching.stop()
    wait_for_tasks()


def teammate_files(db: Database, subject: str) -> None:
    other = open_workspace(db.location)
    try:
        file_request(other, NewRequest(agencies=("FBI",), fields=RequestFields(subject=subject)))
    finally:
        other.close()


def recorder(db: Database) -> list[Changes]:
    heard: list[Changes] = []
    hub(db).changed.connect(heard.append)
    return heard


def test_a_change_made_elsewhere_is_announced_once(qtbot: Any, blank_db: Database, watcher: ChangeWatcher) -> None:
    heard = recorder(blank_db)
    teammate_files(blank_db, "Filed by a colleague")
    with qtbot.waitSignal(watcher.polled):
        watcher.check()
    assert heard == [Changes.everything(elsewhere=True)]
    with qtbot.waitSignal(watcher.polled):
        watcher.check()
    assert len(heard) == 1, "the same state is not news twice"


def test_nothing_changed_means_nothing_announced(qtbot: Any, blank_db: Database, watcher: ChangeWatcher) -> None:
    heard = recorder(blank_db)
    with qtbot.waitSignal(watcher.polled):
        watcher.check()
    assert heard == []


def test_this_windows_own_write_is_the_new_baseline(qtbot: Any, blank_db: Database, watcher: ChangeWatcher) -> None:
    file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Mine")))
    with qtbot.waitSignal(watcher.polled):
        hub(blank_db).announce(Changes(all_requests=True))  # how the app's own writes are announced
    heard = recorder(blank_db)
    with qtbot.waitSignal(watcher.polled):
        watcher.check()
    assert heard == [], "saving a request does not look like someone else's work"


def test_a_stopped_watcher_does_not_ask(qtbot: Any, blank_db: Database, watcher: ChangeWatcher) -> None:
    watcher.stop()
    assert not watcher.is_running()
    polled: list[None] = []
    watcher.polled.connect(lambda: polled.append(None))
    watcher.check()
    assert wait_for_tasks()
    assert polled == []


def test_an_unreachable_database_is_said_in_one_line(qtbot: Any, blank_db: Database, watcher: ChangeWatcher,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def down(_db: Database) -> tuple[object, ...]:
        raise UserError("the server at db.example.org:5432 did not answer")

    monkeypatch.setattr(changes, "change_stamp", down)  # the watcher asks the service module at each check
    with qtbot.waitSignal(watcher.unreachable) as said:
        watcher.check()
    assert said.args == ["Could not check the database for changes: the server at db.example.org:5432 did not answer"]


def test_another_database_is_watched_from_its_current_state(qtbot: Any, blank_db: Database, watcher: ChangeWatcher,
                                                           tmp_path: Any) -> None:
    second = open_workspace(tmp_path / "second.db")
    try:
        with qtbot.waitSignal(watcher.polled):
            watcher.set_database(second)
        assert watcher.db is second
        heard = recorder(second)
        teammate_files(second, "Elsewhere in the second")
        with qtbot.waitSignal(watcher.polled):
            watcher.check()
        assert heard == [Changes.everything(elsewhere=True)]
    finally:
        watcher.stop()
        wait_for_tasks()
        second.close()


def test_the_note_offers_a_reload(qtbot: Any) -> None:
    note = ChangedNote()
    qtbot.addWidget(note)
    assert note.isHidden()
    assert note.accessibleName() == "Changed elsewhere — reload"
    note.say()
    assert note.text() == "Changed elsewhere. Reload (F5)"
    assert not note.isHidden()
    note.say("Request #4 changed elsewhere.")
    assert note.text() == "Request #4 changed elsewhere. Reload (F5)"

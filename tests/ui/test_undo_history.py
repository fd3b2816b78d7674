"""The window's undo history on its own: steps named for the Edit menu, at most fifty kept, found from any
widget of the window, and an undo that puts the requests back as they were (or is refused when someone
changed them since).

(Undo from the Edit menu with the trash is tested in test_trash_undo.py and test_window_edit.py.)
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from foiatrack.core.errors import UserError
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, update_request
from foiatrack.services.undo import take_snapshot
from foiatrack.services.workspace import Database
from foiatrack.ui.tasks import wait_for_tasks
from foiatrack.ui.undo import MAX_STEPS, UndoHistory, history_of, plural, record_change


@pytest.fixture
def request_id(blank_db: Database) -> int:
    return file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Stingray use")))[0]


@pytest.fixture
def history(qtbot: Any, blank_db: Database) -> UndoHistory:
    made = UndoHistory(blank_db)
    yield made
    wait_for_tasks()


def subject(db: Database, request_id: int) -> str:
    return request_detail(db, request_id).request.subject


def rename(db: Database, request_id: int, text: str) -> None:
    update_request(db, request_id, RequestFields(subject=text),
                   expected_version=request_detail(db, request_id).request.version)


def rename_recorded(qtbot: Any, history: UndoHistory, db: Database, request_id: int) -> None:
    """Rename the request to "Cell-site simulators" as the app does: snapshot, change, record the step."""
    before = take_snapshot(db, [request_id])
    rename(db, request_id, "Cell-site simulators")
    history.record("Edit request", before)
    qtbot.waitUntil(history.idle)


def test_counts_are_said_in_words() -> None:
    assert plural(1) == "1 request"
    assert plural(3) == "3 requests"
    assert plural(1204, "event") == "1,204 events"


def test_a_recorded_step_is_named_for_the_edit_menu(qtbot: Any, history: UndoHistory, blank_db: Database,
                                                    request_id: int) -> None:
    assert not history.can_undo() and history.next_label() is None
    with qtbot.waitSignal(history.changed):
        history.record("Edit request", take_snapshot(blank_db, [request_id]))
    assert history.can_undo() and history.next_label() == "Edit request"
    qtbot.waitUntil(history.idle)
    history.clear()
    assert not history.can_undo()


def test_at_most_fifty_steps_are_kept_the_oldest_go(qtbot: Any, history: UndoHistory, blank_db: Database,
                                                   request_id: int) -> None:
    snapshot = take_snapshot(blank_db, [request_id])
    for number in range(MAX_STEPS + 2):
        history.record(f"Step {number}", snapshot)
    qtbot.waitUntil(history.idle)
    assert MAX_STEPS == 50 and len(history.steps) == 50
    assert history.steps[0].label == "Step 2" and history.next_label() == "Step 51"


def test_undo_puts_the_request_back_and_says_which(qtbot: Any, history: UndoHistory, blank_db: Database,
                                                   request_id: int) -> None:
    rename_recorded(qtbot, history, blank_db, request_id)
    with qtbot.waitSignal(history.undone) as undone:
        assert history.undo()
    assert undone.args == ["Edit request", (request_id,)]
    assert subject(blank_db, request_id) == "Stingray use"
    qtbot.waitUntil(history.idle)
    assert not history.can_undo()
    assert not history.undo(), "nothing left to undo"


def test_a_change_made_since_by_someone_else_is_not_undone(qtbot: Any, history: UndoHistory, blank_db: Database,
                                                           request_id: int) -> None:
    rename_recorded(qtbot, history, blank_db, request_id)
    rename(blank_db, request_id, "A colleague's better subject")
    refused: list[BaseException] = []
    history.undo(on_error=refused.append)
    qtbot.waitUntil(lambda: refused != [])
    assert isinstance(refused[0], UserError)
    assert subject(blank_db, request_id) == "A colleague's better subject", "the later change is kept"
    qtbot.waitUntil(history.idle)
    assert not history.can_undo(), "a step that can never be undone leaves the menu"


def test_the_history_is_found_from_any_widget_of_its_window(qtbot: Any, history: UndoHistory, blank_db: Database,
                                                            request_id: int) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.undo_history = history  # type: ignore[attr-defined]  # as MainWindow holds it
    inner = QLabel(QWidget(window))
    assert history_of(inner) is history
    record_change(inner, "Tag 1 request", take_snapshot(blank_db, [request_id]))
    assert history.next_label() == "Tag 1 request"
    lone = QLabel()
    qtbot.addWidget(lone)
    assert history_of(lone) is None
    record_change(lone, "Nowhere", take_snapshot(blank_db, [request_id]))  # outside a window: nothing happens
    record_change(inner, "No snapshot", None)
    assert history.next_label() == "Tag 1 request"
    qtbot.waitUntil(history.idle)


def test_another_database_starts_with_no_steps(qtbot: Any, history: UndoHistory, blank_db: Database,
                                               request_id: int, tmp_path: Any) -> None:
    from foiatrack.services.workspace import open_workspace

    history.record("Edit request", take_snapshot(blank_db, [request_id]))
    qtbot.waitUntil(history.idle)
    other = open_workspace(tmp_path / "other.db")
    try:
        history.set_database(other)
        assert history.db is other and not history.can_undo()
    finally:
        other.close()

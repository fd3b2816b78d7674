"""The window's database commands: a new database never overwrites a file, opening runs in the background
(a good file switches every page; a bad one is explained and the open database stays, untouched; a second
open meanwhile is refused), pausing stops all use of the database until it resumes, and reminders and
change watching start for the database shown."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from foiatrack.services import workspace
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.statistics import status_counts
from foiatrack.services.workspace import Database, open_workspace
from foiatrack.ui import window_database
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.server_dialog import LAST_DATABASE_KEY, ServerDialog
from foiatrack.ui.tasks import run_task, tasks_running
from foiatrack.ui.window_database import settle_background_work


def choose_file(monkeypatch: pytest.MonkeyPatch, kind: str, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, kind, staticmethod(lambda *_a, **_k: (str(path), "")))


def test_a_new_database_never_replaces_an_existing_file(
        monkeypatch: pytest.MonkeyPatch, answer: Any, window: MainWindow, demo_db: Database, tmp_path: Path) -> None:
    existing = tmp_path / "taken.db"
    existing.write_bytes(b"someone's file")
    choose_file(monkeypatch, "getSaveFileName", existing)
    asked = answer("warning", QMessageBox.StandardButton.Ok)
    window.new_db_action.trigger()
    assert asked == [("New database", f"{existing} already exists; use Open database to open it")]
    assert existing.read_bytes() == b"someone's file"
    assert window.db is demo_db


def test_cancelling_the_file_choice_changes_nothing(monkeypatch: pytest.MonkeyPatch, window: MainWindow,
                                                    demo_db: Database) -> None:
    choose_file(monkeypatch, "getSaveFileName", "")
    window.new_database()
    choose_file(monkeypatch, "getOpenFileName", "")
    window.open_database()
    assert window.db is demo_db


def open_in_background(qtbot: Any, window: MainWindow) -> None:
    """File > Open database, then wait until the window is done opening (switched or refused)."""
    window.open_db_action.trigger()
    qtbot.waitUntil(lambda: window.opening is None)


def test_a_file_that_is_no_database_is_explained_and_the_open_one_stays(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, answer: Any, window: MainWindow, demo_db: Database,
        tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not a database" * 100)
    choose_file(monkeypatch, "getOpenFileName", junk)
    asked = answer("warning", QMessageBox.StandardButton.Ok)
    pages_before = dict(window.pages.items())
    open_in_background(qtbot, window)
    assert len(asked) == 1 and asked[0][0] == "Open database"
    assert asked[0][1].startswith(f"{junk}: cannot be opened as a foiatrack database"), asked[0][1]
    assert "Traceback" not in asked[0][1]
    assert junk.read_bytes() == b"this is not a database" * 100, "a file that is not ours is left untouched"
    assert window.db is demo_db
    assert dict(window.pages.items()) == pages_before, "the pages were not rebuilt"
    assert all(page.db is demo_db for page in window.pages.values())
    assert window.open_db_action.isEnabled() and window.page_scroll.isEnabled()
    assert window.requests_page.model.total_count() == sum(status_counts(demo_db).values())


def _newer(path: Path) -> Path:
    open_workspace(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    return path


def _a_folder(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize(("make", "message"), [
    (_newer, "{path}: this database was written by a newer version of foiatrack (schema 9999_from_the_future); "
             "update foiatrack to open it. Nothing was changed."),
    (_a_folder, "{path}: cannot be opened as a foiatrack database (unable to open database file)"),
], ids=["newer", "unreadable"])
def test_a_file_that_cannot_be_opened_is_refused_in_one_message_and_the_open_one_stays(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, answer: Any, window: MainWindow, demo_db: Database,
        tmp_path: Path, make: Any, message: str) -> None:
    path = make(tmp_path / "chosen.db")
    choose_file(monkeypatch, "getOpenFileName", path)
    asked = answer("warning", QMessageBox.StandardButton.Ok)
    open_in_background(qtbot, window)
    assert asked == [("Open database", message.format(path=path))]
    assert window.db is demo_db and all(page.db is demo_db for page in window.pages.values())
    assert window.settings.value(LAST_DATABASE_KEY) in (None, "", str(demo_db.path))
    assert window.menuBar().isEnabled() and window.open_db_action.isEnabled()


def test_a_locked_file_is_waited_for_in_the_background_then_refused(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, answer: Any, window: MainWindow, demo_db: Database,
        tmp_path: Path) -> None:
    locked = tmp_path / "locked.db"
    open_workspace(locked).close()
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # another program writing: not even a read gets through
    choose_file(monkeypatch, "getOpenFileName", locked)
    asked = answer("warning", QMessageBox.StandardButton.Ok)
    try:
        window.open_db_action.trigger()
        assert window.statusBar().currentMessage() == "Opening locked.db…"
        assert window.opening == str(locked), "the window waits for the lock without freezing"
        qtbot.waitUntil(lambda: window.opening is None)
    finally:
        holder.rollback()
        holder.close()
    assert asked == [("Open database", f"{locked}: cannot be opened as a foiatrack database (database is locked)")]
    assert window.db is demo_db


def test_opening_a_good_file_switches_every_page(monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow,
                                                 demo_db: Database, tmp_path: Path) -> None:
    other_path = tmp_path / "team.db"
    other = open_workspace(other_path)
    file_request(other, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Only in the team file")))
    other.close()
    for name in ("requests", "agencies", "templates", "settings"):
        assert window.show_page(name)
    old_pages = set(window.pages.values())
    choose_file(monkeypatch, "getOpenFileName", other_path)
    open_in_background(qtbot, window)
    assert window.db is not demo_db and window.db.path == other_path
    assert window.current_page_name() == "dashboard"
    assert window.windowTitle() == "foiatrack — team.db"
    assert window.settings.value(LAST_DATABASE_KEY) == str(other_path)
    assert not old_pages & set(window.pages.values()), "every page is built anew for the new database"
    for name in ("dashboard", "requests", "agencies", "templates", "settings"):
        assert window.show_page(name)
        assert window.pages[name].db is window.db, name
    window.show_page("requests")
    qtbot.waitUntil(lambda: not window.requests_page.is_loading() and window.requests_page.model.total_count() == 1)
    assert window.open_db_action.isEnabled() and window.page_scroll.isEnabled()


def drag_letter(window: MainWindow, folder: Path) -> QDragEnterEvent:
    """A letter dragged over the window; the event says whether the window would take it."""
    letter = folder / "letter.txt"
    letter.write_text("Dear Requester:\nWe received your request.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(event)
    return event


def test_a_second_open_while_one_runs_is_refused(monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow,
                                                 demo_db: Database, tmp_path: Path) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    for path in (first, second):
        file_request(made := open_workspace(path), NewRequest(agencies=("FBI",), fields=RequestFields(subject="x")))
        made.close()
    release = threading.Event()
    started: list[str] = []

    def held_open(path: str) -> Database:
        started.append(path)
        assert release.wait(30), "the test never let the open finish"
        return open_workspace(path)

    monkeypatch.setattr(workspace, "open_workspace", held_open)  # the window asks the service at each open
    choose_file(monkeypatch, "getOpenFileName", first)
    window.open_db_action.trigger()
    try:
        qtbot.waitUntil(lambda: started == [str(first)])
        assert window.opening == str(first)
        assert window.statusBar().currentMessage() == "Opening first.db…"
        assert not window.open_db_action.isEnabled() and not window.new_db_action.isEnabled()
        assert not window.backup_action.isEnabled() and not window.page_actions["requests"].isEnabled()
        assert window.quit_action.isEnabled(), "the window can still be closed"
        assert not window.page_scroll.isEnabled() and not window.menuBar().isEnabled()
        assert window.db is demo_db
        window.open_db_action.trigger()  # off: nothing happens
        assert window.switch_database(str(second)) is False
        assert window.statusBar().currentMessage() == "Already opening first.db: wait for it to finish."
        assert not drag_letter(window, tmp_path).isAccepted(), "no letter is taken in for the database leaving"
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.opening is None)
    assert drag_letter(window, tmp_path).isAccepted()
    assert started == [str(first)], "the second file was never opened"
    assert window.db.path == first
    assert window.open_db_action.isEnabled() and window.page_actions["requests"].isEnabled()
    assert window.page_scroll.isEnabled() and window.menuBar().isEnabled()
    assert not window.undo_action.isEnabled(), "each action is back as it was (nothing to undo)"


def test_unsaved_settings_are_asked_about_before_another_database_opens(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, answer: Any, window: MainWindow, demo_db: Database,
        tmp_path: Path) -> None:
    assert window.show_page("settings")
    settings = window.pages["settings"]
    qtbot.waitUntil(lambda: not settings.loader.busy and settings.threshold.value() > 0)
    settings.threshold.setValue(settings.threshold.value() + 3)
    choose_file(monkeypatch, "getOpenFileName", tmp_path / "other.db")
    asked = answer("question", QMessageBox.StandardButton.Cancel)
    window.open_db_action.trigger()
    assert [title for title, _text in asked] == ["Unsaved changes"] and "threshold" in asked[0][1]
    assert window.opening is None and window.db is demo_db, "Cancel: nothing is opened"
    assert not (tmp_path / "other.db").exists()
    assert window.pages["settings"] is settings and settings.dirty, "the typing is still on screen"
    settings.threshold.setValue(settings.threshold.value() - 3)  # nothing left to ask about at the close


def test_closing_the_window_while_a_file_opens_closes_that_file_instead_of_showing_it(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow, demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "late.db"
    release = threading.Event()
    opened: list[Database] = []
    closed: list[Database] = []

    def held_open(location: str) -> Database:
        assert release.wait(30), "the test never let the open finish"
        opened.append(open_workspace(location))
        return opened[-1]

    real_close = Database.close
    monkeypatch.setattr(Database, "close", lambda db: closed.append(db) or real_close(db))
    monkeypatch.setattr(workspace, "open_workspace", held_open)  # the window asks the service at each open
    choose_file(monkeypatch, "getOpenFileName", path)
    window.open_db_action.trigger()
    assert window.opening == str(path)

    def leave_then_let_it_finish() -> bool:  # the user closes the window; the open finishes as it closes
        release.set()
        return True

    monkeypatch.setattr(window, "leave_pages", leave_then_let_it_finish)
    window.close()
    qtbot.waitUntil(lambda: window.opening is None)
    assert len(opened) == 1 and opened[0] in closed, "the file opened for a closed window is closed again"
    assert window.db is demo_db and demo_db not in closed


def test_opening_a_database_with_requests_offers_no_samples(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow, demo_db: Database, tmp_path: Path) -> None:
    from foiatrack.services.demo import load_demo

    other_path = tmp_path / "team.db"
    other = open_workspace(other_path)
    load_demo(other)
    other.close()
    offered: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: offered.append(box.text()) or 0)
    choose_file(monkeypatch, "getOpenFileName", other_path)
    open_in_background(qtbot, window)
    assert window.db.path == other_path
    assert window.current_page_name() == "dashboard"
    settle_background_work()  # an offer made after a background count would have been asked by now
    assert offered == []


def test_opening_an_empty_database_offers_the_samples(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                                      window: MainWindow, tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    open_workspace(empty).close()
    offered: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: offered.append(box.text()) or 0)
    choose_file(monkeypatch, "getOpenFileName", empty)
    open_in_background(qtbot, window)
    assert window.db.path == empty
    assert len(offered) == 1 and "no requests yet" in offered[0]


def test_a_cancelled_server_dialog_keeps_the_database(monkeypatch: pytest.MonkeyPatch, window: MainWindow,
                                                      demo_db: Database) -> None:
    monkeypatch.setattr(ServerDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    window.connect_action.trigger()
    assert window.db is demo_db


def test_pausing_stops_every_use_of_the_database_until_resumed(qtbot: Any, window: MainWindow) -> None:
    window.start_watching()
    window.start_reminders()
    assert window.watcher.is_running()
    window.pause_database()
    assert not window.isEnabled()
    assert not window.watcher.is_running()
    assert not tasks_running()
    window.resume_database()
    assert window.isEnabled()
    assert window.watcher.is_running(), "watching resumes where it was on"
    window.watcher.stop()


def test_reminders_start_once_for_the_database_shown(qtbot: Any, window: MainWindow) -> None:
    window.start_reminders()
    first = window.reminders
    assert first is not None
    window.start_reminders()
    assert window.reminders is not None and window.reminders is not first
    window.reminders.message.emit("2 requests are due this week")
    assert window.statusBar().currentMessage() == "2 requests are due this week"
    window.reminders.stop()


def test_settling_delivers_work_that_starts_more_work(qtbot: Any) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    delivered: list[str] = []
    run_task(owner, lambda: "first", lambda _r: run_task(owner, lambda: "second", delivered.append))
    settle_background_work()
    assert delivered == ["second"]
    assert not tasks_running()


def test_the_welcome_offer_names_both_choices(monkeypatch: pytest.MonkeyPatch, qtbot: Any, blank_db: Database,
                                               ui_settings: Any) -> None:
    main = MainWindow(blank_db, ui_settings)
    qtbot.addWidget(main)
    buttons: list[list[str]] = []

    def start_blank(box: QMessageBox) -> int:
        found = box.findChildren(QPushButton)
        buttons.append(sorted(b.text() for b in found))
        next(b for b in found if b.text() == "&Start blank").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", start_blank)
    main.offer_sample_data()
    qtbot.waitUntil(lambda: buttons != [])
    assert buttons == [["&Load sample data", "&Start blank"]]
    assert sum(status_counts(blank_db).values()) == 0, "a blank start stays blank"
    main.close()
    window_database.wait_for_tasks()

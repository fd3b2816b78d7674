"""The window's database commands: a new database never overwrites a file, an unreadable file is explained
and the open database stays, pausing stops all use of the database until it resumes, and reminders and
change watching start for the database shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from foiatrack.services.statistics import status_counts
from foiatrack.services.workspace import Database
from foiatrack.ui import window_database
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.server_dialog import ServerDialog
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


def test_a_file_that_is_no_database_is_explained_and_the_open_one_stays(
        monkeypatch: pytest.MonkeyPatch, answer: Any, window: MainWindow, demo_db: Database, tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not a database" * 100)
    choose_file(monkeypatch, "getOpenFileName", junk)
    asked = answer("warning", QMessageBox.StandardButton.Ok)
    window.open_db_action.trigger()
    assert len(asked) == 1 and asked[0][0] == "Open database"
    assert "Traceback" not in asked[0][1]
    assert window.db is demo_db
    assert window.requests_page.model.total_count() == sum(status_counts(demo_db).values())


def test_opening_a_database_with_requests_offers_no_samples(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow, demo_db: Database, tmp_path: Path) -> None:
    from foiatrack.services.demo import load_demo
    from foiatrack.services.workspace import open_workspace

    other_path = tmp_path / "team.db"
    other = open_workspace(other_path)
    load_demo(other)
    other.close()
    offered: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: offered.append(box.text()) or 0)
    choose_file(monkeypatch, "getOpenFileName", other_path)
    window.open_database()
    assert window.db.path == other_path
    assert window.current_page_name() == "dashboard"
    settle_background_work()  # an offer made after a background count would have been asked by now
    assert offered == []


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

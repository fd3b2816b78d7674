"""File > Restore from backup…: shows what the backup holds, replaces the data, keeps the old database."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from foiatrack.services.backup import backup_database
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.restore_dialog import RestoreDialog, restore_keeping_old, set_aside
from foiatrack.ui.tasks import wait_for_tasks


def subjects(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT subject FROM requests")}
    finally:
        connection.close()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def confirm_restore(monkeypatch: pytest.MonkeyPatch, accept: bool = True) -> list[str]:
    """Answer the confirmation dialog; returns the texts it showed."""
    shown: list[str] = []

    def exec_(dialog: RestoreDialog) -> int:
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    return shown


def test_restore_replaces_the_data_and_keeps_the_old_database(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                                              answer: Any, window: MainWindow, demo_db: Database,
                                                              tmp_path: Path) -> None:
    backup = tmp_path / "monday.db"
    info = backup_database(demo_db, backup)
    file_request(demo_db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Filed after the backup")))
    live = demo_db.path
    assert live is not None and "Filed after the backup" in subjects(live)

    choose_file(monkeypatch, backup)
    shown = confirm_restore(monkeypatch)
    told = answer("information", QMessageBox.StandardButton.Ok)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(told))

    text = "\n".join(shown)
    assert str(backup) in text and f"{info.requests:,}" in text and f"{info.events:,}" in text
    assert "Schema:" in text and "Size:" in text and "kept in its folder" in text and "Kept as:" in text
    assert window.db is not demo_db and window.db.path == live and window.isEnabled()
    assert "Filed after the backup" not in subjects(live)
    (kept,) = live.parent.glob("t.replaced-*.db")
    assert "Filed after the backup" in subjects(kept), "the replaced database is kept, with its last change"
    assert str(kept) in told[0][1]
    assert window.stack.currentWidget() is window.pages["dashboard"]
    window.show_page("requests")
    qtbot.waitUntil(lambda: not window.requests_page.is_loading() and window.requests_page.model.total_count() > 0)
    assert window.requests_page.model.total_count() == info.requests
    window.close()
    wait_for_tasks()
    window.db.close()


def test_cancelling_the_confirmation_changes_nothing(monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow,
                                                     demo_db: Database, tmp_path: Path) -> None:
    backup = tmp_path / "b.db"
    backup_database(demo_db, backup)
    file_request(demo_db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Still here")))
    choose_file(monkeypatch, backup)
    shown = confirm_restore(monkeypatch, accept=False)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert window.db is demo_db and "Still here" in subjects(demo_db.path)
    assert not list(tmp_path.glob("*.replaced-*"))


def test_a_file_that_is_no_backup_is_explained(monkeypatch: pytest.MonkeyPatch, qtbot: Any, answer: Any,
                                               window: MainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("shopping list")
    choose_file(monkeypatch, junk)
    warned = answer("warning", QMessageBox.StandardButton.Ok)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(warned))
    assert warned[0][0] == "Restore from backup" and "not a foiatrack backup" in warned[0][1]
    assert "Traceback" not in warned[0][1]


def test_a_damaged_database_is_renamed_aside_whole_and_put_back_if_the_restore_fails(demo_db: Database,
                                                                                       tmp_path: Path) -> None:
    backup = tmp_path / "good.db"
    backup_database(demo_db, backup)
    live = demo_db.path
    assert live is not None
    demo_db.close()
    original = live.read_bytes()
    kept = restore_keeping_old(live, backup, damaged=True)
    assert kept is not None and kept.read_bytes() == original and ".damaged-" in kept.name
    assert subjects(live) == subjects(backup)

    from foiatrack.core.errors import UserError

    bad = tmp_path / "bad.db"
    bad.write_text("not a backup")
    before = live.read_bytes()
    with pytest.raises(UserError):
        restore_keeping_old(live, bad, damaged=True)
    assert live.read_bytes() == before, "a bad backup is refused before anything moves"
    moved = set_aside(live)
    assert not live.exists() and moved.read_bytes() == before


def test_the_confirmation_is_labelled(qtbot: Any, demo_db: Database, tmp_path: Path, accessible: Any,
                                      mnemonics: Any) -> None:
    info = backup_database(demo_db, tmp_path / "b.db")
    assert demo_db.path is not None
    dialog = RestoreDialog(info, demo_db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert accessible(dialog) == [] and mnemonics(dialog) == {}
    assert not dialog.restore_button.isDefault(), "replacing everything takes more than a stray Enter"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_kept_copy_is_named_on_one_unbroken_line(qtbot: Any, demo_db: Database, tmp_path: Path) -> None:
    info = backup_database(demo_db, tmp_path / "b.db")
    assert demo_db.path is not None
    dialog = RestoreDialog(info, demo_db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.kept_label
    assert label.text() == f"{demo_db.path.stem}.replaced-<date>-<time>.db"
    assert not label.wordWrap()
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), "the name is shown whole"

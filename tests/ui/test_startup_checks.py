"""Start-up safety: a damaged database is found, the latest automatic backup is offered and restored with
the damaged file kept; a healthy one gets today's automatic backup; the last database is opened again."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from foiatrack.services.backup import automatic_backup, latest_automatic_backup
from foiatrack.services.demo import load_demo
from foiatrack.services.paths import backups_dir
from foiatrack.services.queries import list_requests
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database, open_workspace
from foiatrack.ui import app as app_module
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.server_dialog import LAST_DATABASE_KEY
from foiatrack.ui.startup_checks import StartupGuard, database_problems, start_location
from foiatrack.ui.tasks import wait_for_tasks


def corrupt(path: Path, offset: int | None = None) -> bytes:
    """Overwrite one page-sized stretch of *path* (the middle unless *offset* says) with garbage."""
    data = bytearray(path.read_bytes())
    start = offset if offset is not None else len(data) // 2 // 4096 * 4096
    data[start:start + 4096] = bytes((i * 37 + 11) % 256 for i in range(4096))
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def backed_up(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A database with the sample data and today's automatic backup, then a request the backup lacks."""
    path = tmp_path / "live.db"
    db = open_workspace(path)
    load_demo(db)
    assert automatic_backup(db) is not None
    in_backup = sorted(r.subject for r in list_requests(db))
    file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Filed after the backup")))
    db.close()
    yield path, in_backup


def click(monkeypatch: pytest.MonkeyPatch, button_text: str) -> list[str]:
    """Answer custom message boxes by clicking *button_text*; returns their texts."""
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_a_damaged_database_at_start_is_restored_from_the_latest_automatic_backup(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, answer: Any, backed_up: tuple[Path, list[str]]) -> None:
    path, in_backup = backed_up
    damaged = corrupt(path)
    asked = click(monkeypatch, "&Restore the latest backup")
    told = answer("information", QMessageBox.StandardButton.Ok)
    # The dashboard, loading as the window shows, may read the damaged page before the check has run:
    # it says so in a box of its own. Nothing else may warn.
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, title, text, *_a, **_k: warned.append((title, text)) or QMessageBox.StandardButton.Ok))
    windows: list[MainWindow] = []

    def run_event_loop(app: QApplication) -> int:  # what app.exec() would do, until the restore is done
        # The window run_app showed: a window closed by an earlier test may still be listed until it is
        # deleted, in no particular order.
        windows.extend(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qtbot.waitUntil(lambda: bool(told))
        windows[0].show_page("requests")
        qtbot.waitUntil(lambda: not windows[0].requests_page.is_loading()
                        and windows[0].requests_page.model.total_count() > 0)
        windows[0].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert app_module.run_app(str(path)) == 0
    wait_for_tasks()

    assert asked and "is damaged" in asked[0] and "latest automatic backup" in asked[0]
    assert all(title == "Dashboard" and "malformed" in text for title, text in warned), warned
    (kept,) = path.parent.glob("live.damaged-*.db")
    assert kept.read_bytes() == damaged, "the damaged file is kept byte for byte, not overwritten"
    assert str(kept) in told[0][1]
    assert windows[0].requests_page.model.total_count() == len(in_backup)
    reopened = open_workspace(path)
    assert sorted(r.subject for r in list_requests(reopened)) == in_backup
    assert database_problems(reopened) == ""
    reopened.close()


def test_quitting_at_the_damage_message_leaves_the_file_alone(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                                               backed_up: tuple[Path, list[str]],
                                                               ui_settings: QSettings) -> None:
    path, _ = backed_up
    damaged = corrupt(path)
    click(monkeypatch, "&Quit")
    db = open_workspace(path)
    # Opened on a page that reads no requests: which pages the damage hits depends on the file's layout,
    # and only the guard's check is under test here.
    ui_settings.setValue("window/page", "settings")
    window = MainWindow(db, ui_settings)
    qtbot.addWidget(window)
    quits: list[bool] = []
    guard = StartupGuard(window, window, quit_app=lambda: quits.append(True))
    with qtbot.waitSignal(guard.checked) as found:
        guard.start()
    assert found.args and found.args[0]
    qtbot.waitUntil(lambda: bool(quits))
    window.close()
    wait_for_tasks()
    db.close()
    assert path.read_bytes() == damaged and not list(path.parent.glob("live.damaged-*"))


def test_a_file_that_cannot_even_be_opened_is_offered_its_backup(monkeypatch: pytest.MonkeyPatch, qapp: Any,
                                                                  answer: Any,
                                                                  backed_up: tuple[Path, list[str]]) -> None:
    path, in_backup = backed_up
    corrupt(path, offset=4096)  # the schema's page: opening itself fails
    asked = click(monkeypatch, "&Restore the latest automatic backup")
    told = answer("information", QMessageBox.StandardButton.Ok)
    db = app_module.open_database_interactively(str(path))
    assert db is not None
    assert "cannot be opened" in asked[0] and "Restore its latest automatic backup" in asked[0]
    assert sorted(r.subject for r in list_requests(db)) == in_backup
    assert "kept at" in told[0][1] and list(path.parent.glob("live.damaged-*.db"))
    db.close()


def test_a_healthy_database_gets_todays_automatic_backup_once(qtbot: Any, window: MainWindow,
                                                              demo_db: Database) -> None:
    guard = StartupGuard(window, window, backup_delay_ms=0)
    with qtbot.waitSignal(guard.checked) as checked:
        guard.start()
    assert checked.args == [""]
    with qtbot.waitSignal(guard.backedUp) as first:
        pass
    assert demo_db.path is not None
    assert first.args[0] == latest_automatic_backup(demo_db.path) and first.args[0].parent == backups_dir()
    assert "automatic backup" in window.statusBar().currentMessage()
    with qtbot.waitSignal(guard.backedUp) as second:
        guard.take_automatic_backup()
    assert second.args == [None], "one a day"


def test_the_backup_setting_keeps_n_daily_copies(qtbot: Any, window: MainWindow, demo_db: Database) -> None:
    from foiatrack.services.backup import auto_backup_keep

    window.show_page("settings")
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: page.backups_keep.value() == 7)
    page.backups_keep.setValue(3)
    with qtbot.waitSignal(page.answered):  # saved on the writer thread
        page.save_backups_button.click()
    assert auto_backup_keep(demo_db) == 3 and page.backups_status.text() == "Saved."
    page.backups_keep.setValue(0)
    assert page.backups_keep.text() == "off"
    with qtbot.waitSignal(page.answered):
        page.save_backups_button.click()
    assert auto_backup_keep(demo_db) == 0 and "off" in page.backups_status.text()


def test_the_last_database_opens_again_unless_another_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                               ui_settings: QSettings) -> None:
    assert start_location(None, ui_settings) is None
    ui_settings.setValue(LAST_DATABASE_KEY, "postgresql+psycopg://ana@db.example.org:5432/foia")
    assert start_location(None, ui_settings) == "postgresql+psycopg://ana@db.example.org:5432/foia"
    assert start_location("other.db", ui_settings) == "other.db"
    monkeypatch.setenv("FOIATRACK_DB", str(tmp_path / "env.db"))
    assert start_location(None, ui_settings) is None, "the environment's database wins over the last one"
    monkeypatch.delenv("FOIATRACK_DB")
    gone = tmp_path / "deleted.db"
    ui_settings.setValue(LAST_DATABASE_KEY, str(gone))
    assert start_location(None, ui_settings) is None, "a file that has gone is not recreated empty"
    gone.write_bytes(b"")
    assert start_location(None, ui_settings) == str(gone)
    assert os.environ.get("FOIATRACK_DB") is None


def test_a_server_that_cannot_be_reached_at_start_offers_to_connect_again(monkeypatch: pytest.MonkeyPatch,
                                                                         qapp: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from foiatrack.ui.server_dialog import ServerDialog

    boxes: list[str] = []
    answers = iter(["C&onnect…", "&Quit"])

    def exec_(box: QMessageBox) -> int:
        boxes.append(box.text())
        wanted = next(answers)
        next(b for b in box.findChildren(QPushButton) if b.text() == wanted).click()
        return 0

    offered: list[str] = []

    def connect_dialog(dialog: ServerDialog) -> int:
        offered.append(dialog.url.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(ServerDialog, "exec", connect_dialog)
    assert app_module.open_database_interactively("postgresql://ana:hunter2@127.0.0.1:1/foia") is None
    assert offered == ["postgresql://ana@127.0.0.1:1/foia"], "the password is typed again, not shown"
    assert len(boxes) == 2 and "Connect again" in boxes[0]
    assert all("hunter2" not in text for text in boxes)


def test_the_window_shown_at_start_up_is_left_out_of_later_collections(monkeypatch: pytest.MonkeyPatch,
                                                                        qapp: QApplication) -> None:
    """Started as `foiatrack gui` starts it (the modules loaded with the collector off), the window and
    what was loaded for it are frozen once shown: the UI thread's collector does not walk them as the
    dashboard is first painted. Opened another way (the tests), nothing is frozen."""
    from types import SimpleNamespace

    import foiatrack.ui.ready as ready

    def window() -> Any:
        return SimpleNamespace(pages={"dashboard": object()}, db=SimpleNamespace(close=lambda: None),
                               current_page_name=lambda: "dashboard")

    monkeypatch.setattr(ready, "exit_when_ready", lambda _app, _window, _page: 0)
    monkeypatch.setattr(app_module, "skip_collection_at_exit", lambda: None)
    # Start from nothing frozen: what an earlier test in this process froze may be freed while this one runs, and
    # the count would fall for reasons of its own.
    gc.unfreeze()
    try:
        assert app_module.run_window(qapp, window(), exit_when_ready=True) == 0
        assert gc.get_freeze_count() == 0
        assert app_module.run_window(qapp, window(), exit_when_ready=True, freeze_window=True) == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_app_loads_its_modules_without_garbage_collection_and_turns_it_back_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`foiatrack gui` imports the app with the collector off; run_app turns it on, leaving out what the
    imports made (frozen), so later collections do not walk the modules again."""
    from foiatrack.cli import main

    collecting: list[bool] = []

    def run_app(_db: str | None = None, *, exit_when_ready: bool = False) -> int:
        collecting.append(gc.isenabled())
        app_module.collect_from_now_on()
        collecting.append(gc.isenabled())
        return 0

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app_module, "run_app", run_app)
    frozen = gc.get_freeze_count()
    was_on = gc.isenabled()  # the tests' own collector (tests/ui/conftest.py) keeps it off
    try:
        assert main(["gui"]) == 0
        assert collecting == [False, True], "off while the modules load, on again once the app runs"
        assert gc.get_freeze_count() > frozen, "what was made before is left out of later collections"
        frozen = gc.get_freeze_count()
        app_module.collect_from_now_on()
        assert gc.get_freeze_count() == frozen, "with the collector on (the app opened another way) nothing changes"
    finally:
        if was_on:
            gc.enable()
        else:
            gc.disable()
        gc.unfreeze()

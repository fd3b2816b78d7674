"""Driving the pages and dialogs through their loads opens no database session on the UI thread.

The companion of ``test_dataflow_ui_thread.py`` (which reads the source): here the database itself refuses
to be read on the UI thread while the window and the dialogs load, so a read hidden behind a helper is
caught too, and so is a connection taken below the sessions (opening a file, a backup). The pages and the
dialogs they open are driven in one test; the menus (File > Open database, connecting to a server, backup
and restore, export and import, the reports, print and its preview, search, the trash, undo) and the
dialogs opened from the requests, request and agencies pages in the other. Start-up (building the window)
is left out: it is measured and shaped on its own.
"""

from __future__ import annotations

import sqlite3
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QThread
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import event
from sqlalchemy.pool import Pool

from foiatrack.services.queries import list_requests
from foiatrack.services.workspace import Database
from foiatrack.ui.tasks import tasks_running


def _ui_frames() -> str:
    """Where in foiatrack/ui the read came from (the innermost app frames)."""
    frames = [f for f in traceback.extract_stack() if "/foiatrack/" in f.filename.replace("\\", "/")]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-6:]))


@pytest.fixture
def ui_thread_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[bool], list[str]]]:
    """``watch(True)`` starts recording sessions opened on the UI thread; returns the list of them."""
    from foiatrack.store.database import Database as StoreDatabase

    recorded: list[str] = []
    watching = [False]

    def guard(name: str) -> Any:
        real = getattr(StoreDatabase, name)

        def opened(self: Any, *args: Any, **kwargs: Any) -> Any:
            app = QCoreApplication.instance()
            if watching[0] and app is not None and QThread.currentThread() is app.thread():
                recorded.append(f"{name}: {_ui_frames()}")
            return real(self, *args, **kwargs)
        return opened

    for name in ("session", "read_session"):
        monkeypatch.setattr(StoreDatabase, name, guard(name))

    def on_ui_thread() -> bool:
        app = QCoreApplication.instance()
        return watching[0] and app is not None and QThread.currentThread() is app.thread()

    # Below the sessions: any connection taken from any engine (opening a file, its migrations, a backup's
    # check), and SQLite files opened directly (the backup copy), on the UI thread.
    def checkout(*_args: Any) -> None:
        if on_ui_thread():
            recorded.append(f"connection: {_ui_frames()}")

    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        if on_ui_thread():
            recorded.append(f"sqlite3.connect: {_ui_frames()}")
        return real_connect(*args, **kwargs)

    event.listen(Pool, "checkout", checkout)
    monkeypatch.setattr(sqlite3, "connect", connect)

    def watch(on: bool) -> list[str]:
        watching[0] = on
        return recorded

    try:
        yield watch
    finally:
        watching[0] = False
        event.remove(Pool, "checkout", checkout)


def _settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not tasks_running())
    QCoreApplication.sendPostedEvents()


def _window_and_files(qtbot: Any, db: Database, ui_settings: Any, folder: Path) -> tuple[Any, int, Path]:
    """The main window on *db*, settled (start-up: not watched), a request of it, and a spreadsheet to import."""
    from foiatrack.ui.main_window import MainWindow

    window = MainWindow(db, ui_settings)
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot)
    spreadsheet = folder / "tracker.csv"
    spreadsheet.write_text("Agency,Subject,Date Sent\nFBI,Body camera retention policy,2025-10-01\n",
                           encoding="utf-8")
    return window, list_requests(db)[0].id, spreadsheet


def test_every_page_and_the_dialogs_load_off_the_ui_thread(qtbot: Any, demo_db: Database, ui_settings: Any,
                                                            ui_thread_reads: Callable[[bool], list[str]],
                                                            tmp_path: Path) -> None:
    from foiatrack.ui.import_dialog import ImportDialog
    from foiatrack.ui.intake_dialog import IntakeDialog
    from foiatrack.ui.letter_dialog import LetterDialog
    from foiatrack.ui.new_request_dialog import NewRequestDialog

    window, request_id, spreadsheet = _window_and_files(qtbot, demo_db, ui_settings, tmp_path)
    letter = tmp_path / "letter.txt"
    letter.write_text(f"Dear Requester:\nWe received your request on January 8, 2026. Request #{request_id}.\n",
                      encoding="utf-8")

    reads = ui_thread_reads(True)
    for name in ("dashboard", "requests", "agencies", "templates", "settings"):
        assert window.show_page(name)
        _settle(qtbot)
    window.open_request(request_id)
    _settle(qtbot)
    assert window.detail_page.detail is not None and window.detail_page.detail.request.id == request_id

    letters = LetterDialog(demo_db, [request_id], window)
    qtbot.addWidget(letters)
    _settle(qtbot)
    assert letters.document is not None or letters.status.text()
    importing = ImportDialog(demo_db, str(spreadsheet), window)
    qtbot.addWidget(importing)
    _settle(qtbot)
    assert importing.report is not None and importing.report.added == 1
    new = NewRequestDialog(demo_db, window)
    qtbot.addWidget(new)
    _settle(qtbot)
    assert new.agencies.model.rowCount() > 0
    intake = IntakeDialog(demo_db, [str(letter)], window)
    qtbot.addWidget(intake)
    _settle(qtbot)
    assert intake.item is not None and len(intake.request_ids) > 1
    ui_thread_reads(False)

    assert reads == [], "database sessions opened on the UI thread:\n" + "\n".join(reads)
    for dialog in (letters, importing, new, intake):
        dialog.close()
    window.close()
    _settle(qtbot)



def _answer_dialogs(monkeypatch: pytest.MonkeyPatch, qtbot: Any, folder: Path, seen: list[str]) -> None:
    """Each modal dialog the menus open first waits for its own loads, then is recorded and cancelled;
    the print dialog prints to a PDF file in *folder*; message boxes are recorded."""
    from foiatrack.ui.agency_form import AgencyDialog
    from foiatrack.ui.requests_page import TagDialog
    from foiatrack.ui.trash_dialog import TrashDialog

    def settled_then_cancelled(dialog: QDialog) -> int:
        _settle(qtbot)
        seen.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    for dialog in (AgencyDialog, TagDialog, TrashDialog, QPrintPreviewDialog):
        monkeypatch.setattr(dialog, "exec", settled_then_cancelled)

    def printed_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(folder / "printed.pdf"))
        seen.append("QPrintDialog")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", printed_to_file)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.windowTitle()) or 0)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, title, *_a, **_k: seen.append(title)))


def test_the_menus_and_the_dialogs_they_open_read_off_the_ui_thread(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, demo_db: Database, ui_settings: Any,
        ui_thread_reads: Callable[[bool], list[str]], tmp_path: Path) -> None:
    from foiatrack.services.workspace import open_workspace
    from foiatrack.ui.appeal_office_box import AppealOfficeBox
    from foiatrack.ui.import_dialog import ImportDialog
    from foiatrack.ui.restore_dialog import RestoreDialog
    from foiatrack.ui.server_dialog import ServerDialog

    window, request_id, spreadsheet = _window_and_files(qtbot, demo_db, ui_settings, tmp_path)
    other = tmp_path / "other.db"
    open_workspace(other).close()
    seen: list[str] = []
    _answer_dialogs(monkeypatch, qtbot, tmp_path, seen)
    saved: list[str] = []

    def save_as(_parent: Any, title: str, start: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        path = tmp_path / f"{len(saved)}-{Path(start).name}"
        saved.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(chosen[-1]), "")))
    monkeypatch.setattr(ImportDialog, "open", lambda dialog: seen.append("ImportDialog"))
    monkeypatch.setattr(RestoreDialog, "exec",
                        lambda dialog: seen.append("RestoreDialog") or QDialog.DialogCode.Accepted)

    reads = ui_thread_reads(True)
    # The requests page's dialogs: tags, and an event logged on the selection.
    assert window.show_page("requests")
    _settle(qtbot)
    window.requests_page.select_ids([request_id])
    window.requests_page.tag_selected()
    event_dialog = window.requests_page.log_event_on_selected()
    assert event_dialog is not None
    _settle(qtbot)
    event_dialog.reject()
    # The agencies page's dialog, and the letter window's box asking where appeals go.
    assert window.show_page("agencies")
    _settle(qtbot)
    # (selected through the selection model: QTableView.selectRow would read the modifiers an earlier key click left)
    agencies = window.pages["agencies"].table
    agencies.selectionModel().setCurrentIndex(agencies.model().index(0, 0),
                                              QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
    window.pages["agencies"].edit_agency()
    window.pages["agencies"].add_agency()
    office = AppealOfficeBox(demo_db, lambda: None)
    qtbot.addWidget(office)
    with qtbot.waitSignal(office.asked):
        office.ask_for(request_id)
    # Edit: search, the trash; reload.
    window.search_action.trigger()
    assert window.search_dialog is not None
    window.search_dialog.query.setText("records")
    window.search_dialog.run_search()
    _settle(qtbot)
    window.trash_action.trigger()
    window.reload_action.trigger()
    _settle(qtbot)
    # Print: the dashboard's report (its preview), the request page's print dialog.
    assert window.show_page("dashboard")
    _settle(qtbot)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: "QPrintPreviewDialog" in seen)
    window.open_request(request_id)
    _settle(qtbot)
    window.print_action.trigger()
    event_dialog = window.detail_page.open_event_dialog()  # the request page's own event dialog
    assert event_dialog is not None
    _settle(qtbot)
    event_dialog.reject()
    # File: exports, the reports, the archives, import, backup.
    window.menuBar().actions()[0].menu().aboutToShow.emit()  # the request's own reports are on for it
    for action in window.exchange_actions:
        if action.menu() is None and action.isEnabled() and not action.text().startswith("&Import"):
            action.trigger()
            _settle(qtbot)
    chosen.append(spreadsheet)
    next(a for a in window.exchange_actions if a.text().startswith("&Import")).trigger()
    _settle(qtbot)
    window.backup_action.trigger()
    _settle(qtbot)
    backup = tmp_path / next(p.name for p in tmp_path.glob("*foiatrack-backup-*.db"))
    # Edit: the sample data removed, and the removal undone.
    window.remove_samples_action.trigger()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Undone: Remove the sample data.")
    _settle(qtbot)
    # File: a server that does not answer (nothing listens on port 1), then restore that backup, then open
    # another database.
    def connect_and_fail(dialog: ServerDialog) -> int:
        dialog.url.setText("postgresql://ana@127.0.0.1:1/foia")
        dialog.password.setText("not-kept")
        dialog.start_connecting()
        qtbot.waitUntil(lambda: not dialog.is_connecting())
        seen.append("ServerDialog")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ServerDialog, "exec", connect_and_fail)
    window.connect_action.trigger()
    assert window.db is demo_db
    chosen.append(backup)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: "RestoreDialog" in seen and window.isEnabled() and window.db is not demo_db)
    _settle(qtbot)
    chosen.append(other)
    window.open_db_action.trigger()
    qtbot.waitUntil(lambda: window.opening is None)
    _settle(qtbot)
    ui_thread_reads(False)

    assert reads == [], "database connections opened on the UI thread:\n" + "\n".join(reads)
    assert window.db.path == other
    assert {"TagDialog", "AgencyDialog", "TrashDialog", "QPrintPreviewDialog", "QPrintDialog", "ImportDialog",
            "ServerDialog", "RestoreDialog"} <= set(seen), seen
    assert saved == ["Export requests", "Export deadlines to calendar", "Overdue report", "Agency performance report",
                     "Chronology", "Correspondence archive", "Correspondence archive", "Back up the database"]
    window.close()
    _settle(qtbot)
    window.db.close()

"""The File menu's spreadsheet, calendar, report and archive commands.

Each command asks where (or which file), runs its service in the background and then says what it did,
offering to open what it wrote. The window hands over only what the commands need: the current database
(asked for at each use, since the user can open another one), a callback that reloads the pages after
an import, and the id of the request on screen, if any, for the per-request commands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from foiatrack.core.errors import UserError
from foiatrack.ui.tasks import run_task
from foiatrack.ui.widgets import show_error

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from types import ModuleType

    from foiatrack.services.exchange import ArchiveResult, ExportResult, ImportReport
    from foiatrack.services.workspace import Database

XLSX_FILTER = "Excel workbook (*.xlsx)"
CSV_FILTER = "CSV, with the events in a second file (*.csv)"
ICS_FILTER = "Calendar (*.ics)"
PDF_FILTER = "PDF (*.pdf)"
ZIP_FILTER = "Zip archive (*.zip)"


def _exchange() -> ModuleType:
    """The exchange services, loaded when a command first runs: they bring the spreadsheet, calendar and
    PDF libraries, which the window does not need to open."""
    from foiatrack.services import exchange

    return exchange


def with_suffix(path: str, suffixes: tuple[str, ...], default: str) -> str:
    """*path* as typed if it ends in one of *suffixes*, else with *default* added (the filter chosen)."""
    return path if Path(path).suffix.lower() in suffixes else path + default


def show_result(parent: QWidget, title: str, text: str, path: str | None = None, open_text: str = "&Open") -> None:
    """Say what a command did; with *path*, offer to open the file in the program the system uses."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    open_button = box.addButton(open_text, QMessageBox.ButtonRole.ActionRole) if path else None
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    box.exec()
    if path and box.clickedButton() is open_button and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
        show_error(parent, title, UserError(f"No program opens {Path(path).name} here; the file is at {path}"))


class ExchangeActions(QObject):
    """The commands and their shared state: the window, the callbacks and the last folder used."""

    def __init__(self, window: QWidget, db_provider: Callable[[], Database],
                 current_request: Callable[[], int | None]) -> None:
        super().__init__(window)
        self.db_provider = db_provider
        self.current_request = current_request
        self.folder = Path.home()

    @property
    def window(self) -> QWidget:
        """The window, as this object's Qt parent rather than a Python attribute: run_task's callbacks
        hold this object and can be released on a worker thread, where they must not hold the last
        reference to a window."""
        return cast(QWidget, self.parent())

    # --- asking and running --------------------------------------------------------------------------
    def ask_save(self, title: str, name: str, filters: str) -> tuple[str, str]:
        path, chosen = QFileDialog.getSaveFileName(self.window, title, str(self.folder / name), filters)
        if path:
            self.folder = Path(path).parent
        return path, chosen

    def run(self, title: str, busy: str, work: Callable[[Database], Any], done: Callable[[Any], None]) -> None:
        """Run *work* with the current database in the background (it must not touch widgets), then *done*."""
        db = self.db_provider()
        self.say(busy)

        def failed(error: BaseException) -> None:
            self.say("")
            show_error(self.window, title, error)

        def finished(result: Any) -> None:
            self.say("")
            done(result)

        run_task(self, lambda: work(db), finished, failed)

    def say(self, text: str) -> None:
        """A line in the window's status bar while a command runs (when the window has one)."""
        if isinstance(self.window, QMainWindow):
            if text:
                self.window.statusBar().showMessage(text)
            else:
                self.window.statusBar().clearMessage()

    def wrote(self, title: str, path: str) -> Callable[[Any], None]:
        return lambda _result: show_result(self.window, title, f"Wrote {path}.", path)

    # --- the commands --------------------------------------------------------------------------------
    def import_spreadsheet(self) -> None:
        from foiatrack.ui.import_dialog import FILE_FILTER, ImportDialog  # with the exchange services

        path, _ = QFileDialog.getOpenFileName(self.window, "Import spreadsheet", str(self.folder), FILE_FILTER)
        if not path:
            return
        self.folder = Path(path).parent
        dialog = ImportDialog(self.db_provider(), path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.open()

    def _imported(self, report: ImportReport) -> None:
        name = Path(report.path).name
        text = f"Imported {report.added:,} request{'s' if report.added != 1 else ''} from {name}."
        left = [f"{n:,} {what}" for n, what in ((report.already_present, "already present"),
                                                 (report.duplicates, "repeated in the file"),
                                                 (report.invalid, "invalid")) if n]
        if left:
            text += f" Left out: {', '.join(left)}."
        if report.agencies_created:
            text += f" New agencies: {', '.join(report.agencies_created)}."
        if report.rejected_file:
            text += f" The invalid rows and their problems are in {report.rejected_file}."
        show_result(self.window, "Import spreadsheet", text, report.rejected_file, "&Open the invalid rows")

    def export_requests(self) -> None:
        name = f"foiatrack-requests-{dt.date.today().isoformat()}.xlsx"
        path, chosen = self.ask_save("Export requests", name, f"{XLSX_FILTER};;{CSV_FILTER}")
        if not path:
            return
        path = with_suffix(path, (".xlsx", ".csv"), ".csv" if chosen == CSV_FILTER else ".xlsx")

        def done(result: ExportResult) -> None:
            files = " and ".join(result.files)
            show_result(self.window, "Export requests",
                        f"Wrote {result.requests:,} requests and {result.events:,} events to {files}.", result.files[0])

        self.run("Export requests", f"Exporting to {path}…", lambda db: _exchange().export_file(db, path), done)

    def export_deadlines(self) -> None:
        path, _ = self.ask_save("Export deadlines to calendar", "foiatrack-deadlines.ics", ICS_FILTER)
        if not path:
            return
        path = with_suffix(path, (".ics",), ".ics")

        def done(result: ExportResult) -> None:
            show_result(self.window, "Export deadlines",
                        f"Wrote {result.events:,} open deadlines of {result.requests:,} requests to {path}. "
                        "Importing the file again updates these events instead of adding copies.", path)

        self.run("Export deadlines", f"Writing {path}…", lambda db: _exchange().export_calendar(db, path), done)

    def pdf_report(self, kind: str) -> None:
        """The overdue (``"overdue"``) or agency performance (``"agencies"``) report as a PDF."""
        title, stem, make = {
            "overdue": ("Overdue report", "overdue-requests", _exchange().overdue_report),
            "agencies": ("Agency performance report", "agency-performance", _exchange().agency_report),
        }[kind]
        path, _ = self.ask_save(title, f"{stem}-{dt.date.today().isoformat()}.pdf", PDF_FILTER)
        if not path:
            return
        path = with_suffix(path, (".pdf",), ".pdf")
        self.run(title, f"Writing {path}…", lambda db: make(db, path), self.wrote(title, path))

    def chronology_report(self) -> None:
        request_id = self.current_request()
        if request_id is None:
            return
        title = "Chronology"
        path, _ = self.ask_save(title, f"request-{request_id}-chronology.pdf", PDF_FILTER)
        if not path:
            return
        path = with_suffix(path, (".pdf",), ".pdf")
        self.run(title, f"Writing {path}…", lambda db: _exchange().chronology(db, request_id, path),
                 self.wrote(title, path))

    def zip_archive(self, every: bool) -> None:
        """The correspondence archive of the request on screen, or (*every*) of all requests."""
        request_id = None if every else self.current_request()
        if not every and request_id is None:
            return
        title = "Correspondence archive"
        name = f"foiatrack-archive-{dt.date.today().isoformat()}.zip" if every else f"request-{request_id}.zip"
        path, _ = self.ask_save(title, name, ZIP_FILTER)
        if not path:
            return
        path = with_suffix(path, (".zip",), ".zip")
        ids = None if request_id is None else [request_id]

        def done(result: ArchiveResult) -> None:
            chronologies = f"{result.requests:,} chronolog{'y' if result.requests == 1 else 'ies'}"
            documents = f"{result.documents:,} document{'' if result.documents == 1 else 's'}"
            show_result(self.window, title, f"Wrote {result.path}: {chronologies} and {documents}.", result.path)

        self.run(title, f"Writing {path}…", lambda db: _exchange().archive(db, ids, path), done)


def add_exchange_actions(menu: QMenu, window: QWidget, db_provider: Callable[[], Database],
                         current_request: Callable[[], int | None]) -> list[QAction]:
    """Add Import, Export, the calendar and a Reports submenu to *menu* (the File menu); returns the actions.

    Call it where the commands belong in the menu (after Backup): they are appended. The per-request
    commands are enabled when the menu opens, only while *current_request* names a request.
    """
    commands = ExchangeActions(window, db_provider, current_request)

    def action(text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
        made = QAction(text, window)
        if shortcut:
            made.setShortcut(QKeySequence(shortcut))
            window.addAction(made)  # the shortcut works whatever has focus, menu open or not
        made.triggered.connect(lambda _checked=False: slot())
        return made

    if menu.actions() and not menu.actions()[-1].isSeparator():
        menu.addSeparator()
    importing = action("&Import spreadsheet…", commands.import_spreadsheet, "Ctrl+I")
    exporting = action("&Export requests…", commands.export_requests)
    calendar = action("Export deadlines to &calendar (.ics)…", commands.export_deadlines)
    overdue = action("&Overdue report (PDF)…", lambda: commands.pdf_report("overdue"))
    agencies = action("&Agency performance report (PDF)…", lambda: commands.pdf_report("agencies"))
    chronology_action = action("&Chronology of this request (PDF)…", commands.chronology_report)
    archive_one = action("Correspondence archive of &this request (.zip)…", lambda: commands.zip_archive(False))
    archive_all = action("Correspondence archive of a&ll requests (.zip)…", lambda: commands.zip_archive(True))
    for made in (importing, exporting, calendar):
        menu.addAction(made)
    reports = menu.addMenu("Repor&ts")  # Alt+R is Restore from backup
    for made in (overdue, agencies, chronology_action):
        reports.addAction(made)
    reports.addSeparator()
    reports.addAction(archive_one)
    reports.addAction(archive_all)

    def update() -> None:
        has_request = current_request() is not None
        chronology_action.setEnabled(has_request)
        archive_one.setEnabled(has_request)

    # Not evaluated now: the window may still be building what current_request() looks at.
    chronology_action.setEnabled(False)
    archive_one.setEnabled(False)
    menu.aboutToShow.connect(update)
    reports.aboutToShow.connect(update)
    return [importing, exporting, calendar, reports.menuAction(), overdue, agencies, chronology_action, archive_one,
            archive_all]

"""The main window: a thin shell that builds the pages for one database and wires them together.

The window is put together from small parts, each in its own module: menus and shortcuts
(``window_menus``), page navigation and reloading (``window_pages``), letters dropped on the window
(``window_drops``), database commands such as open, back up and restore (``window_database``) and edit
commands such as undo and the trash (``window_edit``); where it opens and how large is ``window_geometry``.
The window keeps UI state only (geometry, last page, the last database) in QSettings; everything else is in
the database. Other work behind the File and Edit entries lives in its own modules: start-up checks and
backups (``startup_checks``), restores (``restore_dialog``), team servers (``server_dialog``), changes made
elsewhere (``change_watch``) and full-text search (``search_dialog``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QMainWindow, QScrollArea, QWidget

from foiatrack.ui.change_watch import ChangedNote, ChangeWatcher
from foiatrack.ui.reminders import Reminders
from foiatrack.ui.startup_checks import StartupGuard
from foiatrack.ui.tasks import wait_for_tasks
from foiatrack.ui.undo import UndoHistory
from foiatrack.ui.window_database import DatabaseCommands, settle_background_work
from foiatrack.ui.window_drops import LetterDrops
from foiatrack.ui.window_edit import EditCommands
from foiatrack.ui.window_geometry import fit_window_to, restore_geometry, save_geometry
from foiatrack.ui.window_menus import WindowMenus
from foiatrack.ui.window_pages import DETAIL, PAGE_NAMES, PageNavigation, PageStack, build_pages

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database
    from foiatrack.ui.search_dialog import SearchDialog

__all__ = ["DETAIL", "PAGE_NAMES", "MainWindow", "build_pages", "fit_window_to", "settle_background_work"]


class MainWindow(WindowMenus, PageNavigation, LetterDrops, DatabaseCommands, EditCommands, QMainWindow):
    """Pages Dashboard, Requests, Agencies, Templates, Settings (Ctrl+1..5) and the request page."""

    def __init__(self, db: Database, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings or QSettings()
        self.pages: dict[str, QWidget] = {}
        self.reminders: Reminders | None = None
        self.search_dialog: SearchDialog | None = None
        self.watcher = ChangeWatcher(db, self)
        self.watcher.unreachable.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.guard = StartupGuard(self, self)
        self.undo_history = UndoHistory(db, self)  # found by pages through their parents (ui.undo)
        self._watching = False
        self._fitted = False
        self.opening: str | None = None  # the database file being opened in the background (File > Open)
        self.closing = False
        self._off_while_opening: list[QAction] = []
        self.stack = PageStack()
        # The pages scroll when the window is smaller than they would like (150 % scaling on a laptop):
        # the window itself never grows past the screen.
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        self.setCentralWidget(self.page_scroll)
        self.changed_note = ChangedNote()
        self.changed_note.clicked.connect(self.reload_now)
        self.location = QLabel()
        self.location.setAccessibleName("Database location")
        self.statusBar().addPermanentWidget(self.changed_note)
        self.statusBar().addPermanentWidget(self.location)
        self._build_actions()
        self._build_pages()
        self._restore_state()
        self.setAcceptDrops(True)  # agency letters dropped anywhere on the window go to intake

    def print_page(self) -> None:
        page = self.stack.currentWidget()
        print_report = getattr(page, "print_report", None)
        if print_report is not None:  # a page with a PDF report prints that PDF (the dashboard)
            print_report()
            return
        make_html = getattr(page, "printable_html", None)
        if make_html is None:
            self.statusBar().showMessage("This page has nothing to print; letters print from Write letter.", 5000)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(make_html())
        document.print_(printer)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._watching:
            self.watcher.check()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the frame (title bar, borders) is known once shown: keep it on screen too
            self._fitted = True
            if not self.isMaximized() and not self.isFullScreen():
                fit_window_to(self, self.screen().availableGeometry())

    # --- state ---------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        restore_geometry(self, self.settings)
        page = str(self.settings.value("window/page", "dashboard"))
        self.show_page(page if page in PAGE_NAMES else "dashboard")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_pages():
            event.ignore()
            return
        self.closing = True  # a database still opening is closed when it arrives, not shown
        save_geometry(self, self.settings)
        name = self.current_page_name()
        self.settings.setValue("window/page", "requests" if name == DETAIL else name)
        self.settings.sync()
        self.watcher.stop()
        self.guard.stop()
        wait_for_tasks()
        event.accept()

"""The main window: a thin shell that builds the pages for one database and wires them together.

Each page gets only the database handle; pages talk to each other through signals routed here
(``openRequest`` from any list opens the request page; a change on one page reloads the others). The
window keeps UI state only (geometry, last page) in QSettings; everything else is in the database.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.services.backup import backup_database
from foiatrack.services.demo import load_demo
from foiatrack.services.queries import status_counts
from foiatrack.services.workspace import Database, open_workspace
from foiatrack.ui.agencies_page import AgenciesPage
from foiatrack.ui.dashboard_page import DashboardPage
from foiatrack.ui.reminders import Reminders
from foiatrack.ui.request_detail import RequestDetailPage
from foiatrack.ui.requests_page import RequestsPage
from foiatrack.ui.settings_page import SettingsPage
from foiatrack.ui.tasks import run_task, wait_for_tasks
from foiatrack.ui.templates_page import TemplatesPage
from foiatrack.ui.widgets import show_error

DETAIL = "request"
PAGE_NAMES = {"dashboard": "&Dashboard", "requests": "&Requests", "agencies": "&Agencies",
              "templates": "&Templates", "settings": "&Settings"}


def build_pages(db: Database, parent: QWidget) -> dict[str, QWidget]:
    """The five pages of :data:`PAGE_NAMES`, each given only the database."""
    return {
        "dashboard": DashboardPage(db, parent),
        "requests": RequestsPage(db, parent),
        "agencies": AgenciesPage(db, parent),
        "templates": TemplatesPage(db, parent),
        "settings": SettingsPage(db, parent),
    }


class MainWindow(QMainWindow):
    """Pages Dashboard, Requests, Agencies, Templates, Settings (Ctrl+1..5) and the request page."""

    def __init__(self, db: Database, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings or QSettings()
        self.pages: dict[str, QWidget] = {}
        self.reminders: Reminders | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.location = QLabel()
        self.location.setAccessibleName("Database location")
        self.statusBar().addPermanentWidget(self.location)
        self._build_actions()
        self._build_pages()
        self._restore_state()

    # --- actions and menus ---------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work whatever page has focus
        return action

    def _build_actions(self) -> None:
        self.new_request_action = self._action("&New request…", self.new_request, QKeySequence.StandardKey.New)
        self.new_db_action = self._action("New &database…", self.new_database)
        self.open_db_action = self._action("&Open database…", self.open_database, QKeySequence.StandardKey.Open)
        self.backup_action = self._action("&Backup…", self.backup)
        self.print_action = self._action("&Print…", self.print_page, QKeySequence.StandardKey.Print)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.find_action = self._action("&Find requests", self.focus_find, QKeySequence.StandardKey.Find)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_request_action)
        file_menu.addSeparator()
        for action in (self.new_db_action, self.open_db_action, self.backup_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.menuBar().addMenu("&Edit").addAction(self.find_action)

        self.page_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        toolbar = QToolBar("Pages")
        toolbar.setObjectName("pages")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setAccessibleName("Pages")
        go_menu = self.menuBar().addMenu("&Go")
        for number, (name, title) in enumerate(PAGE_NAMES.items(), start=1):
            action = self._action(title, lambda _checked=False, n=name: self.show_page(n), f"Ctrl+{number}")
            action.setCheckable(True)
            action.setToolTip(f"{title} (Ctrl+{number})")
            group.addAction(action)
            toolbar.addAction(action)
            go_menu.addAction(action)
            self.page_actions[name] = action
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, toolbar)

    # --- pages ---------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        """Build every page for the current database (again after switching databases)."""
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = build_pages(self.db, self)
        self.pages[DETAIL] = RequestDetailPage(self.db, self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.requests_page.openRequest.connect(self.open_request)
        self.requests_page.requestsChanged.connect(self._data_changed)
        self.detail_page.openRequest.connect(self.open_request)
        self.detail_page.requestChanged.connect(lambda _id: self._data_changed(reload_requests=True))
        self.detail_page.backRequested.connect(lambda: self.show_page("requests"))
        self.pages["dashboard"].openRequest.connect(self.open_request)
        self.pages["agencies"].openRequest.connect(self.open_request)
        # Thresholds, closure days and the like change derived dates: reload what shows them.
        self.pages["settings"].settingsChanged.connect(lambda: self._data_changed(reload_requests=True))
        if self.reminders is not None:
            self.start_reminders()
        self.location.setText(str(self.db.path or self.db.location))
        self.setWindowTitle(f"foiatrack — {self.db.path.name if self.db.path else self.db.location}")
        self.requests_page.refresh()

    @property
    def requests_page(self) -> RequestsPage:
        return self.pages["requests"]  # type: ignore[return-value]

    @property
    def detail_page(self) -> RequestDetailPage:
        return self.pages[DETAIL]  # type: ignore[return-value]

    def current_page_name(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def show_page(self, name: str) -> bool:
        """Switch pages; leaving the request page with unsaved edits asks first."""
        if self.stack.currentWidget() is self.detail_page and name != DETAIL and not self.detail_page.maybe_leave():
            self.page_actions["requests"].setChecked(True)
            return False
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        action = self.page_actions.get(name) or self.page_actions["requests"]
        action.setChecked(True)
        if name not in (DETAIL, "requests") and hasattr(page, "refresh"):
            page.refresh()
        return True

    def open_request(self, request_id: int) -> None:
        detail = self.detail_page
        if detail.request_id != request_id and not detail.maybe_leave():
            return
        detail.load(request_id)
        self.show_page(DETAIL)
        detail.tabs.setFocus()

    def _data_changed(self, reload_requests: bool = False) -> None:
        if reload_requests:
            self.requests_page.refresh()
        dashboard = self.pages.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "refresh") and self.stack.currentWidget() is dashboard:
            dashboard.refresh()

    # --- commands ------------------------------------------------------------------------------------
    def new_request(self) -> None:
        if self.show_page("requests"):
            self.requests_page.new_request()

    def focus_find(self) -> None:
        if self.show_page("requests"):
            self.requests_page.focus_find()

    def print_page(self) -> None:
        page = self.stack.currentWidget()
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

    def backup(self) -> None:
        suggested = str(Path.home() / f"foiatrack-backup-{dt.date.today().isoformat()}.db")
        path, _ = QFileDialog.getSaveFileName(self, "Back up the database", suggested, "Database (*.db)")
        if not path:
            return
        db = self.db
        self.statusBar().showMessage("Backing up…")
        run_task(self, lambda: backup_database(db, path),
                 lambda info: self.statusBar().showMessage(
                     f"Backed up {info.requests:,} requests and {info.events:,} events to {info.path}", 10000),
                 lambda error: show_error(self, "Backup", error))

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New database", str(Path.home() / "foiatrack.db"),
                                              "Database (*.db)")
        if path:
            if Path(path).exists():
                show_error(self, "New database", UserError(f"{path} already exists; use Open database to open it"))
                return
            self.switch_database(path)

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open database", str(Path.home()), "Database (*.db);;All files (*)")
        if path:
            self.switch_database(path)

    def switch_database(self, path: str) -> bool:
        if not self.detail_page.maybe_leave():
            return False
        try:
            db = open_workspace(path)
        except UserError as error:
            show_error(self, "Open database", error)
            return False
        wait_for_tasks()
        old, self.db = self.db, db
        self._build_pages()
        old.close()
        self.show_page("dashboard")
        self.offer_sample_data()
        return True

    def offer_sample_data(self) -> None:
        """On an empty database, offer the sample data set (marked as samples) or a blank start."""
        if sum(status_counts(self.db).values()):
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Welcome to foiatrack",
                          "This database has no requests yet. Load the sample data to see how foiatrack works? "
                          "Sample requests are marked and can be deleted later.", parent=self)
        load = box.addButton("&Load sample data", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Start blank", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(load)
        box.exec()
        if box.clickedButton() is load:
            self.load_sample_data()

    def load_sample_data(self) -> None:
        db = self.db
        self.statusBar().showMessage("Loading the sample data…")
        run_task(self, lambda: load_demo(db), lambda _result: self._sample_loaded(),
                 lambda error: show_error(self, "Sample data", error))

    def _sample_loaded(self) -> None:
        self.statusBar().showMessage("Sample data loaded.", 5000)
        self._data_changed(reload_requests=True)
        current = self.stack.currentWidget()
        if hasattr(current, "refresh") and current is not self.requests_page:
            current.refresh()

    def start_reminders(self) -> None:
        """Daily deadline reminders (tray notification or status bar) for the open database."""
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders.deleteLater()
        self.reminders = Reminders(self.db, self)
        self.reminders.message.connect(lambda text: self.statusBar().showMessage(text, 30_000))
        self.reminders.start()

    # --- state ---------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        page = str(self.settings.value("window/page", "dashboard"))
        self.show_page(page if page in PAGE_NAMES else "dashboard")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.detail_page.maybe_leave():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        name = self.current_page_name()
        self.settings.setValue("window/page", "requests" if name == DETAIL else name)
        self.settings.sync()
        wait_for_tasks()
        event.accept()

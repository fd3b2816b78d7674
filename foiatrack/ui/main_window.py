"""The main window: a thin shell that builds the pages for one database and wires them together.

Each page gets only the database handle; pages talk to each other through signals routed here
(``openRequest`` from any list opens the request page; a change on one page reloads the others). The
window keeps UI state only (geometry, last page, the last database) in QSettings; everything else is in
the database. The work behind the newer File and Edit entries lives in their own modules: start-up
checks and backups (``startup_checks``), restores (``restore_dialog``), team servers (``server_dialog``),
changes made elsewhere (``change_watch``) and full-text search (``search_dialog``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRect, QSettings, QSize, Qt, QThreadPool
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.services.backup import backup_database
from foiatrack.services.demo import load_demo
from foiatrack.services.queries import status_counts
from foiatrack.services.trash import move_to_trash, remove_sample_data, sample_request_ids
from foiatrack.services.undo import take_snapshot
from foiatrack.services.workspace import Database, open_workspace
from foiatrack.ui.agencies_page import AgenciesPage
from foiatrack.ui.change_watch import ChangedNote, ChangeWatcher, reload_what_is_shown
from foiatrack.ui.dashboard_page import DashboardPage
from foiatrack.ui.exchange_actions import add_exchange_actions
from foiatrack.ui.help_menu import add_help_menu
from foiatrack.ui.icons import icon
from foiatrack.ui.reminders import Reminders
from foiatrack.ui.request_detail import RequestDetailPage
from foiatrack.ui.requests_page import RequestsPage
from foiatrack.ui.restore_dialog import restore_from_backup
from foiatrack.ui.search_dialog import SearchDialog
from foiatrack.ui.server_dialog import LAST_DATABASE_KEY, ServerDialog, public_location, remember_location, short_name
from foiatrack.ui.settings_page import SettingsPage
from foiatrack.ui.startup_checks import StartupGuard
from foiatrack.ui.tasks import run_task, wait_for_tasks
from foiatrack.ui.templates_page import TemplatesPage
from foiatrack.ui.trash_dialog import TrashDialog
from foiatrack.ui.undo import UndoHistory, plural
from foiatrack.ui.widgets import show_error

DETAIL = "request"
PAGE_NAMES = {"dashboard": "&Dashboard", "requests": "&Requests", "agencies": "&Agencies",
              "templates": "&Templates", "settings": "&Settings"}


def settle_background_work() -> None:
    """Wait for background work and deliver its results until none is left.

    A result may start follow-up work (the dashboard loads in two steps); pages about to be deleted must
    not own work that is still running, or its result would be sent from a deleted object.
    """
    for _ in range(20):
        wait_for_tasks()
        QCoreApplication.sendPostedEvents()
        if QThreadPool.globalInstance().activeThreadCount() == 0:
            return


def fit_window_to(window: QWidget, room: QRect) -> None:
    """Keep the window inside the available screen (a geometry saved on a larger screen or at another
    scale factor would otherwise reach past the edges)."""
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), room.right() - width - extra_w + 1)
    y = min(max(window.y(), room.top()), room.bottom() - height - extra_h + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


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
        self.search_dialog: SearchDialog | None = None
        self.watcher = ChangeWatcher(db, self)
        self.watcher.changedElsewhere.connect(self._changed_elsewhere)
        self.watcher.unreachable.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.guard = StartupGuard(self, self)
        self.undo_history = UndoHistory(db, self)  # found by pages through their parents (ui.undo)
        self._watching = False
        self._requests_stale = False
        self.stack = QStackedWidget()
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
        self.connect_action = self._action("Connect to &server…", self.connect_to_server)
        self.backup_action = self._action("&Backup…", self.backup)
        self.restore_action = self._action("&Restore from backup…", self.restore_backup)
        self.print_action = self._action("&Print…", self.print_page, QKeySequence.StandardKey.Print)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.search_action = self._action("&Search requests, events and documents…", self.open_search,
                                          QKeySequence.StandardKey.Find)
        self.find_action = self._action("&Filter the requests list", self.focus_find, "Ctrl+Shift+F")
        self.reload_action = self._action("Re&load", self.reload_now, QKeySequence.StandardKey.Refresh)
        self.intake_action = self._action("&Add correspondence…", self.add_correspondence, "Ctrl+Shift+O")
        self.intake_action.setToolTip("Read agency letters (PDF, e-mail, Word, text) and log what they say; "
                                      "you can also drop the files on the window")
        self.undo_action = self._action("Nothing to &undo", self.undo, QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_history.changed.connect(self._update_undo)
        self.delete_action = self._action("&Delete requests", self.delete_requests)
        self.delete_action.setToolTip("Move the selected requests (or the one open) to the trash")
        self.trash_action = self._action("Tras&h…", self.open_trash)
        self.load_samples_action = self._action("&Load the sample data", self.load_sample_data)
        self.remove_samples_action = self._action("Remove the sa&mple data", self.remove_sample_data)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_request_action)
        file_menu.addAction(self.intake_action)
        file_menu.addSeparator()
        for action in (self.new_db_action, self.open_db_action, self.connect_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        self.exchange_actions = add_exchange_actions(file_menu, self, lambda: self.db, self.refresh_all,
                                                     self.current_request_id)
        file_menu.addSeparator()
        file_menu.addAction(self.trash_action)
        file_menu.addAction(self.load_samples_action)
        file_menu.addAction(self.remove_samples_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.reload_action)

        self.page_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        toolbar = QToolBar("Pages")
        toolbar.setObjectName("pages")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setAccessibleName("Pages")
        go_menu = self.menuBar().addMenu("&Go")
        for number, (name, title) in enumerate(PAGE_NAMES.items(), start=1):
            action = self._action(title, lambda _checked=False, n=name: self.show_page(n), f"Ctrl+{number}")
            action.setCheckable(True)
            action.setIcon(icon(name))
            action.setToolTip(f"{title.replace('&', '')} (Ctrl+{number})")
            group.addAction(action)
            toolbar.addAction(action)
            go_menu.addAction(action)
            self.page_actions[name] = action
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, toolbar)
        self.help_actions = add_help_menu(self, lambda: public_location(self.db))

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
        self.requests_page.trashed.connect(self._trashed)
        self.detail_page.openRequest.connect(self.open_request)
        self.detail_page.requestChanged.connect(lambda _id: self._data_changed(reload_requests=True))
        self.detail_page.requestChanged.connect(lambda _id: self.changed_note.hide())
        self.detail_page.backRequested.connect(lambda: self.show_page("requests"))
        self.pages["dashboard"].openRequest.connect(self.open_request)
        self.pages["agencies"].openRequest.connect(self.open_request)
        # Thresholds, closure days and the like change derived dates: reload what shows them.
        self.pages["settings"].settingsChanged.connect(lambda: self._data_changed(reload_requests=True))
        if self.reminders is not None:
            self.start_reminders()
        self.location.setText(public_location(self.db))
        self.setWindowTitle(f"foiatrack — {short_name(self.db)}")
        self.requests_page.find.setToolTip("Filter the list by subject, agency, tracking number or tag "
                                           "(Ctrl+Shift+F; Ctrl+F searches everything)")
        # Loaded when first shown: on a large database filling the table would compete with the page
        # the window opens on (usually the dashboard) for the same two processor cores.
        self._requests_stale = True

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
        current = self.stack.currentWidget()
        if current is self.detail_page and name != DETAIL and not self.detail_page.maybe_leave():
            self.page_actions["requests"].setChecked(True)
            return False
        page = self.pages[name]
        leave = getattr(current, "maybe_leave", None)
        if current is not self.detail_page and current is not page and leave is not None and not leave():
            self._check_current_page()
            return False
        self.stack.setCurrentWidget(page)
        self.changed_note.hide()
        action = self.page_actions.get(name) or self.page_actions["requests"]
        action.setChecked(True)
        if name not in (DETAIL, "requests") and hasattr(page, "refresh"):
            page.refresh()
        if name == "requests" and self._requests_stale:
            self._requests_stale = False
            self.requests_page.refresh()
        return True

    def open_request(self, request_id: int) -> None:
        detail = self.detail_page
        if detail.request_id != request_id and not detail.maybe_leave():
            return
        detail.load(request_id)
        self.show_page(DETAIL)
        detail.tabs.setFocus()

    def current_request_id(self) -> int | None:
        """The request open on the request page, if that page is showing."""
        return self.detail_page.request_id if self.stack.currentWidget() is self.detail_page else None

    def refresh_all(self) -> None:
        """Reload every page (after an import or a restore); a request with unsaved edits is kept as it is."""
        for page in self.pages.values():
            if page is not self.detail_page and hasattr(page, "refresh"):
                page.refresh()
        self._requests_stale = False
        if self.detail_page.dirty:
            self.changed_note.say()
        elif self.detail_page.request_id is not None:
            self.detail_page.reload()
        self.watcher.acknowledge()

    def reload_now(self) -> None:
        """F5 (and the "changed elsewhere" note): reload everything, asking first about unsaved edits."""
        if self.detail_page.maybe_leave():
            self.changed_note.hide()
            self.refresh_all()

    def _changed_elsewhere(self) -> None:
        """Someone else changed requests or events: reload what is on screen, the rest when it is shown."""
        current = self.stack.currentWidget()
        self._requests_stale = current is not self.requests_page
        reload_what_is_shown(current, self.detail_page, (self.requests_page, self.pages["dashboard"],
                                                         self.pages["agencies"]), self.changed_note)

    def _data_changed(self, reload_requests: bool = False) -> None:
        self.watcher.acknowledge()
        if reload_requests:
            self.requests_page.refresh()
        dashboard = self.pages.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "refresh") and self.stack.currentWidget() is dashboard:
            dashboard.refresh()

    # --- commands ------------------------------------------------------------------------------------
    def new_request(self) -> None:
        if self.show_page("requests"):
            self.requests_page.new_request()

    # --- correspondence intake -----------------------------------------------------------------------
    def add_correspondence(self, paths: list[str] | None = None) -> None:
        """Open the intake dialog on *paths* (asks for files when None); on a request page, that request
        is offered when a letter's own numbers and sender do not say which request it answers."""
        from foiatrack.ui.intake_dialog import FILE_FILTER, IntakeDialog, letter_files

        if not paths:
            chosen, _ = QFileDialog.getOpenFileNames(self, "Add correspondence", "", FILE_FILTER)
            paths = chosen
        files = letter_files(list(paths or []))
        if not files:
            if paths:
                self.statusBar().showMessage("Only agency letters can be added: .pdf, .eml, .msg, .txt, .docx",
                                             10_000)
            return
        preferred = self.current_request_id() if self.current_page_name() == DETAIL else None
        dialog = IntakeDialog(self.db, files, self, preferred_request=preferred)
        dialog.logged.connect(lambda _id: self._data_changed(reload_requests=True))
        dialog.exec()
        if dialog.logged_count:
            self.statusBar().showMessage(f"Logged {dialog.logged_count} event(s) from the correspondence.", 10_000)
            if self.current_page_name() == DETAIL and self.current_request_id() is not None:
                self.open_request(self.current_request_id())  # type: ignore[arg-type]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from foiatrack.ui.intake_dialog import letter_files

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if letter_files([url.toLocalFile() for url in urls if url.isLocalFile()]):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.add_correspondence(paths)

    def focus_find(self) -> None:
        if self.show_page("requests"):
            self.requests_page.focus_find()

    def open_search(self) -> None:
        """Ctrl+F: the full-text search window (kept between uses, with its last words and hits)."""
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.db, self)
            self.search_dialog.openRequest.connect(self.open_request)
        self.search_dialog.start()

    # --- undo and the trash ----------------------------------------------------------------------------
    def _update_undo(self) -> None:
        label = self.undo_history.next_label()
        self.undo_action.setEnabled(label is not None)
        self.undo_action.setText(f"&Undo {label}" if label else "Nothing to &undo")

    def undo(self) -> None:
        """Ctrl+Z: undo the last change made in this window (unsaved edits of a request are asked about first)."""
        if not self.undo_history.can_undo() or not self.detail_page.maybe_leave():
            return
        try:
            step = self.undo_history.undo()
        except UserError as error:
            show_error(self, "Undo", error)
            return
        if step is not None:
            self.refresh_all()
            self.statusBar().showMessage(f"Undone: {step.label}.", 8000)

    def delete_requests(self) -> None:
        """Edit > Delete requests: the selection on the Requests page, or the request open on its page."""
        current = self.stack.currentWidget()
        if current is self.requests_page:
            if not self.requests_page.delete_selected():
                self.statusBar().showMessage("Select the requests to delete first.", 5000)
            return
        request_id = self.current_request_id()
        if request_id is None:
            self.statusBar().showMessage("Open a request, or select requests on the Requests page, to delete them.",
                                         5000)
            return
        if not self.detail_page.maybe_leave():
            return
        snapshot = take_snapshot(self.db, [request_id])
        try:
            move_to_trash(self.db, [request_id])
        except UserError as error:
            show_error(self, "Delete", error)
            return
        self.undo_history.record("Delete request", snapshot)
        self.detail_page.dirty = False
        self.show_page("requests")
        self.requests_page.refresh()
        self._trashed("Delete request")
        self._data_changed()

    def _trashed(self, label: str) -> None:
        self.statusBar().showMessage(f"{label}: moved to the trash with every event and file. Ctrl+Z undoes; "
                                     "File › Trash restores.", 10_000)

    def open_trash(self) -> None:
        dialog = TrashDialog(self.db, self)
        dialog.changed.connect(lambda: self._data_changed(reload_requests=True))
        dialog.exec()
        dialog.deleteLater()

    def remove_sample_data(self) -> None:
        """File > Remove the sample data: every sample request to the trash in one step (Ctrl+Z undoes)."""
        if not self.detail_page.maybe_leave():
            return
        ids = sample_request_ids(self.db)
        if not ids:
            self.statusBar().showMessage("There is no sample data to remove.", 5000)
            return
        snapshot = take_snapshot(self.db, ids)
        count = remove_sample_data(self.db)
        self.undo_history.record("Remove the sample data", snapshot)
        if self.current_request_id() in ids:
            self.show_page("requests")
        self.refresh_all()
        self.statusBar().showMessage(f"Moved {plural(count)} of sample data to the trash. Ctrl+Z undoes; "
                                     "File › Trash restores or deletes them for good.", 10_000)

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
        self.use_database(db)
        self.offer_sample_data()
        return True

    def connect_to_server(self) -> None:
        """File > Connect to server…: a team's PostgreSQL database instead of the file."""
        if not self.detail_page.maybe_leave():
            return
        last = str(self.settings.value(LAST_DATABASE_KEY, "") or "")
        dialog = ServerDialog(self, url=last if last.startswith("postgresql") else "")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.database is not None:
            self.use_database(dialog.database)
            self.offer_sample_data()
        dialog.deleteLater()

    def use_database(self, db: Database) -> None:
        """Show *db* from now on (and open it at the next start); the previous database is closed."""
        settle_background_work()
        old, self.db = self.db, db
        self.undo_history.set_database(db)
        self._build_pages()
        if old is not db:
            old.close()
        self.watcher.set_database(db)
        if self.search_dialog is not None:
            self.search_dialog.set_database(db)
        remember_location(self.settings, db)
        self.show_page("dashboard")
        if self.guard.started:
            self.guard.start()

    def restore_backup(self) -> None:
        if self.detail_page.maybe_leave():
            restore_from_backup(self)

    def pause_database(self) -> None:
        """Stop every use of the database (timers, input, background work) while it is replaced."""
        self.watcher.stop()
        self.guard.stop()
        if self.reminders is not None:
            self.reminders.stop()
        self.setEnabled(False)
        settle_background_work()

    def resume_database(self, db: Database | None = None) -> None:
        """After :meth:`pause_database`: go on with *db* (a reopened or restored database) or the old one."""
        self.setEnabled(True)
        if db is not None:
            self.use_database(db)
        elif self.reminders is not None:
            self.reminders.start()
        if self._watching:
            self.watcher.start()

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

    def start_watching(self) -> None:
        """Poll for changes made elsewhere (every 15 s and whenever the window is activated)."""
        self._watching = True
        self.watcher.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._watching:
            self.watcher.check()
        super().changeEvent(event)

    # --- state ---------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        room = self.screen().availableGeometry()
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # a first start: roomy, but never larger than the screen (a 1024×700 laptop panel)
            self.resize(min(1280, room.width()), min(820, room.height()))
        fit_window_to(self, room)
        page = str(self.settings.value("window/page", "dashboard"))
        self.show_page(page if page in PAGE_NAMES else "dashboard")

    def _check_current_page(self) -> None:
        current = self.stack.currentWidget()
        name = next((n for n, page in self.pages.items() if page is current), "requests")
        (self.page_actions.get(name) or self.page_actions["requests"]).setChecked(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings_page = self.pages.get("settings")
        if not self.detail_page.maybe_leave() or (settings_page is not None and not settings_page.maybe_leave()):
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        name = self.current_page_name()
        self.settings.setValue("window/page", "requests" if name == DETAIL else name)
        self.settings.sync()
        self.watcher.stop()
        self.guard.stop()
        wait_for_tasks()
        event.accept()

"""File-menu commands of the main window about the database itself: new, open, connect to a server,
back up, restore, the sample data, and the background work (reminders, watching for changes) tied to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from foiatrack.core.errors import UserError
from foiatrack.ui.dataflow import Loader, write
from foiatrack.ui.reminders import Reminders
from foiatrack.ui.restore_dialog import restore_from_backup
from foiatrack.ui.server_dialog import LAST_DATABASE_KEY, ServerDialog, remember_location
from foiatrack.ui.tasks import results_pending, run_task, wait_for_tasks
from foiatrack.ui.widgets import show_error
from foiatrack.ui.window_base import WindowParts

if TYPE_CHECKING:  # the services (and SQLAlchemy) load with the first command that needs them
    from foiatrack.services.workspace import Database


def settle_background_work() -> None:
    """Wait for background work and deliver its results until none is left.

    A result may start follow-up work (the dashboard loads in two steps); pages about to be deleted must
    not own work that is still running, or its result would be sent from a deleted object.
    """
    for _ in range(20):
        wait_for_tasks()
        QCoreApplication.sendPostedEvents()
        # Not "no thread busy": a follow-up started by a delivered answer may already have finished with
        # its own answer still queued, and that one must be delivered too.
        if not results_pending():
            return


def _open_and_count(path: str) -> tuple[Database, bool]:
    """Open the database at *path* and say whether it is empty (the sample-data offer); in the background.
    If the count fails, the database just opened is closed again: the window keeps the one it shows."""
    from foiatrack.services.statistics import has_requests
    from foiatrack.services.workspace import open_workspace

    db = open_workspace(path)
    try:
        return db, not has_requests(db)
    except BaseException:
        db.close()
        raise


class DatabaseCommands(WindowParts):
    """Which database the window shows, and what runs against it."""

    def backup(self) -> None:
        suggested = str(Path.home() / f"foiatrack-backup-{dt.date.today().isoformat()}.db")
        path, _ = QFileDialog.getSaveFileName(self, "Back up the database", suggested, "Database (*.db)")
        if not path:
            return
        from foiatrack.services.backup import backup_database

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
        """Open (creating or upgrading) the database at *path* in the background, then show it.

        Meanwhile the window says so, its actions and pages are off, and a second open is refused. The
        window switches only once the new database is open and read: a failure (not a database, a newer
        schema, an unreadable or locked file) is shown and the current database stays, untouched.
        Returns whether the open was started.
        """
        if self.opening is not None:
            self.statusBar().showMessage(f"Already opening {Path(self.opening).name}: wait for it to finish.",
                                         10_000)
            return False
        if not self.leave_pages():
            return False
        self.opening = path
        self._set_opening_state(True)
        self.statusBar().showMessage(f"Opening {Path(path).name}…")
        run_task(self, lambda: _open_and_count(path), self._opened, self._open_failed)
        return True

    def _opened(self, result: tuple[Database, bool]) -> None:
        db, empty = result
        self.opening = None
        if self.closing:  # the window was closed while the file opened: nobody will show it
            db.close()
            return
        self._set_opening_state(False)
        self.statusBar().clearMessage()
        self.use_database(db)
        if empty:
            self._ask_about_samples()

    def _open_failed(self, error: BaseException) -> None:
        self.opening = None
        self._set_opening_state(False)
        self.statusBar().clearMessage()
        if not self.closing:
            show_error(self, "Open database", error)

    def _set_opening_state(self, busy: bool) -> None:
        """While a database opens: the menu bar and every action but Quit (Ctrl+Q) off, the pages off (no edit
        can start on the database about to be replaced), a wait cursor over them. Afterwards the actions
        turned off here are on again; one that was off already (Remove the sample data while it runs) is
        left to its owner."""
        if busy:
            self._off_while_opening = [action for action in self.actions()
                                       if action.isEnabled() and action is not self.quit_action]
            for action in self._off_while_opening:
                action.setEnabled(False)
        else:
            for action in self._off_while_opening:
                action.setEnabled(True)
            self._off_while_opening = []
        self.menuBar().setEnabled(not busy)
        self.page_scroll.setEnabled(not busy)
        if busy:
            self.page_scroll.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.page_scroll.unsetCursor()

    def leave_pages(self) -> bool:
        """Before the window shows another database: unsaved edits on the request page or the settings page
        are saved, discarded or kept (Cancel: False)."""
        if not self.leave_detail():
            return False
        settings_page = self.pages.get("settings")  # None if never built: nothing typed there
        if settings_page is None:
            return True
        from foiatrack.ui.settings_page import SettingsPage  # loaded with the page

        assert isinstance(settings_page, SettingsPage)
        return settings_page.maybe_leave()

    def connect_to_server(self) -> None:
        """File > Connect to server…: a team's PostgreSQL database instead of the file."""
        if not self.leave_pages():
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
        if self.leave_detail():
            restore_from_backup(self)

    def pause_database(self) -> None:
        """Stop every use of the database (timers, input, background work) while it is replaced."""
        self.watcher.stop()
        self.guard.stop()
        if self.reminders is not None:
            self.reminders.stop()
        self.setEnabled(False)
        for loader in self.findChildren(Loader):  # answers read from the database being replaced are dropped
            loader.cancel()
        settle_background_work()

    def resume_database(self, db: Database | None = None) -> None:
        """After :meth:`pause_database`: go on with *db* (a reopened or restored database) or the old one."""
        self.setEnabled(True)
        if db is not None:
            self.use_database(db)
        else:
            self.refresh_all()  # the loads cancelled by the pause: the page on screen reads again
            if self.reminders is not None:
                self.reminders.start()
        if self._watching:
            self.watcher.start()

    def offer_sample_data(self) -> None:
        """On an empty database, offer the sample data set (marked as samples) or a blank start. The count
        is read in the background; the offer is made only if the window still shows that database."""
        from foiatrack.services.statistics import has_requests

        db = self.db

        def counted(has: bool) -> None:
            if not has and db is self.db and self.opening is None and not self.closing:
                self._ask_about_samples()

        run_task(self, lambda: has_requests(db), counted, lambda error: show_error(self, "Sample data", error))

    def _ask_about_samples(self) -> None:
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
        from foiatrack.services.demo import load_demo

        db = self.db
        self.statusBar().showMessage("Loading the sample data…")
        write(self, db, lambda: load_demo(db),
              lambda _result: self.statusBar().showMessage("Sample data loaded.", 5000),
              lambda error: show_error(self, "Sample data", error))

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

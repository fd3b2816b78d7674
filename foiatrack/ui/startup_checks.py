"""Start-up safety: which database to open, a quick integrity check, and today's automatic backup.

The check reads the whole file, which on a 50,000-request database takes about 0.4 s when the file is in
the page cache and over 3 s when it is not (the first start after a reboot). So it runs in the background
while the window fills; when it finds damage the user is offered the latest automatic backup, another
backup file, or quitting. The damaged file is always kept (renamed aside), never overwritten or deleted.
Today's automatic backup is taken a few seconds later, after the first screens have loaded, and only
from a database that passed the check (a damaged copy must not push a good one out of the rotation).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from foiatrack.core.errors import UserError
from foiatrack.services.paths import DB_ENV
from foiatrack.ui.restore_dialog import (
    DatabaseHost,
    choose_backup,
    confirm_and_restore,
    restore_keeping_old,
    run_restore,
    saved_text,
)
from foiatrack.ui.server_dialog import LAST_DATABASE_KEY
from foiatrack.ui.tasks import run_task

if TYPE_CHECKING:  # the backups' services (and SQLAlchemy) load when first used, not with the window
    from foiatrack.services.backup import BackupInfo
    from foiatrack.services.workspace import Database

AUTO_BACKUP_DELAY_MS = 5_000  # after the dashboard has loaded: the copy reads the whole file too

# What the user picked in the damaged-database message: a backup file, or None to quit.
AskRecovery: TypeAlias = "Callable[[str, str, BackupInfo | None, QWidget | None], Path | None]"


def start_location(db_arg: str | None, settings: QSettings) -> str | None:
    """The database to open at start: ``--db``, else ``$FOIATRACK_DB``, else the one open last time.

    A remembered file that has since gone is not recreated empty; the default database opens instead.
    """
    if db_arg or os.environ.get(DB_ENV):
        return db_arg or None
    last = str(settings.value(LAST_DATABASE_KEY, "") or "")
    if last.startswith("postgresql") or (last and Path(last).is_file()):
        return last
    return None


def database_problems(db: Database) -> str:
    """'' when SQLite's quick check passes (or the database is a server's), else what is wrong.

    A check that cannot even run ("database disk image is malformed") is itself the finding.
    """
    if db.path is None:
        return ""
    from foiatrack.services.backup import check_database

    try:
        return check_database(db, quick=True)
    except Exception as exc:  # sqlite3 reports badly damaged files by raising, not in the check's rows
        return str(exc) or type(exc).__name__


def describe_backup(backup: Path | None) -> BackupInfo | None:
    """*backup* checked and described, or None when there is none or it is unusable too."""
    if backup is None:
        return None
    from foiatrack.services.backup import inspect_backup

    try:
        return inspect_backup(backup)
    except UserError:
        return None


def ask_how_to_recover(location: str, problems: str, latest: BackupInfo | None,
                       parent: QWidget | None = None) -> Path | None:
    """The damaged-database message; returns the backup to restore, or None to quit."""
    offer = (f"The latest automatic backup, saved {saved_text(latest.path)}, holds {latest.requests:,} requests "
             f"and {latest.events:,} events." if latest else "There is no usable automatic backup of it.")
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, "The database is damaged",
                          f"The database {location} is damaged, so foiatrack will not work on it.\n\n"
                          f"SQLite reports: {problems[:300]}\n\n{offer} Restoring keeps the damaged file beside "
                          "it (renamed), so nothing is deleted.", parent=parent)
        restore = box.addButton("&Restore the latest backup", QMessageBox.ButtonRole.AcceptRole) if latest else None
        choose = box.addButton("&Choose a backup file…", QMessageBox.ButtonRole.ActionRole)
        box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or choose)
        box.exec()
        clicked = box.clickedButton()
        if latest is not None and clicked is restore:
            return latest.path
        if clicked is not choose:
            return None
        chosen = choose_backup(parent, "Choose a backup to restore")
        if chosen is not None:
            return chosen


def latest_backup_for(location: str) -> BackupInfo | None:
    """The usable automatic backup of the database file at *location*, if there is one."""
    path = Path(location).expanduser()
    if "://" in location or not path.is_file():
        return None
    from foiatrack.services.backup import latest_automatic_backup

    return describe_backup(latest_automatic_backup(path))


def restore_unopenable(location: str, latest: BackupInfo, parent: QWidget | None = None) -> None:
    """Restore *latest* over a database file that could not even be opened, keeping the damaged file.

    Raises:
        UserError: the backup turned out unusable; nothing was changed.
    """
    kept = restore_keeping_old(Path(location).expanduser(), latest.path, damaged=True)
    QMessageBox.information(parent, "Restored",
                            f"Restored {latest.requests:,} requests and {latest.events:,} events from {latest.path}."
                            f"\n\nThe damaged database is kept at {kept}.")


class StartupGuard(QObject):
    """Checks the host's database in the background, offers recovery, then takes today's backup.

    :meth:`start` again after the window switches to another database file.
    """

    checked = Signal(str)  # the problems found ('' = none), for the status bar, tests and timing
    backedUp = Signal(object)  # the new automatic backup's path, or None when today's already exists

    def __init__(self, host: DatabaseHost, parent: QObject | None = None, *,
                 ask: AskRecovery = ask_how_to_recover, quit_app: Callable[[], None] | None = None,
                 backup_delay_ms: int = AUTO_BACKUP_DELAY_MS) -> None:
        super().__init__(parent)
        self.host = host
        self.started = False
        self._ask = ask
        self._quit = quit_app or self._close_and_exit
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.setInterval(backup_delay_ms)
        self._backup_timer.timeout.connect(self.take_automatic_backup)

    def start(self) -> None:
        self.started = True
        self._backup_timer.stop()
        db = self.host.db
        if db.path is None:
            return
        run_task(self, lambda: database_problems(db), lambda problems: self._checked(db, problems),
                 lambda error: self._checked(db, str(error)))

    def stop(self) -> None:
        """No automatic backup now (the database is being replaced or closed)."""
        self._backup_timer.stop()

    def _checked(self, db: Database, problems: str) -> None:
        if db is not self.host.db:
            return  # the window moved on to another database meanwhile
        self.checked.emit(problems)
        if not problems:
            self._backup_timer.start()
            return
        from foiatrack.services.backup import latest_automatic_backup

        path = db.path
        self.host.statusBar().showMessage("The database is damaged.")
        run_task(self, lambda: describe_backup(latest_automatic_backup(path)) if path else None,
                 lambda latest: self._offer_recovery(db, problems, latest))

    def _offer_recovery(self, db: Database, problems: str, latest: BackupInfo | None) -> None:
        backup = self._ask(str(db.path), problems, latest, self.host.window())
        if backup is None:
            self._quit()
        elif latest is not None and backup == latest.path:
            run_restore(self.host, latest, damaged=True)
        else:
            confirm_and_restore(self.host, backup, damaged=True,
                                on_cancel=lambda: self._offer_recovery(db, problems, latest))

    def _close_and_exit(self) -> None:
        self.host.window().close()
        QApplication.exit(1)

    def take_automatic_backup(self) -> None:
        """Today's rotating backup, in the background; the status bar says where it went (or why not)."""
        db = self.host.db
        if db.path is None:
            return
        bar = self.host.statusBar()

        def done(path: Path | None) -> None:
            if path is not None:
                bar.showMessage(f"Today's automatic backup is saved in {path}", 10_000)
            self.backedUp.emit(path)

        def failed(error: BaseException) -> None:
            text = error.message if isinstance(error, UserError) else str(error)
            bar.showMessage(f"The automatic backup failed: {text}", 60_000)

        from foiatrack.services.backup import automatic_backup

        run_task(self, lambda: automatic_backup(db), done, failed)

"""Restoring a backup over the open database: say what the backup holds, keep what it replaces, reopen.

A restore replaces everything, so the confirmation shows what is about to come back (requests, events,
when the backup was taken) and where the database it replaces will be kept; nothing is ever deleted. The
copy runs in the background with the window paused (no timers, no input), then the window reopens the
database and rebuilds its pages.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.services.paths import backups_dir
from foiatrack.ui.tasks import run_task
from foiatrack.ui.widgets import display_date, show_error

if TYPE_CHECKING:  # the services behind a restore (and SQLAlchemy) load when one is made, not with the window
    from foiatrack.services.backup import BackupInfo
    from foiatrack.services.workspace import Database

BACKUP_FILTER = "foiatrack backup (*.db);;All files (*)"


class DatabaseHost(Protocol):
    """What a restore needs from the window: its database, and a way to stop using it and to adopt another."""

    db: Database

    def pause_database(self) -> None: ...  # no timers, no input, no background work on self.db

    def resume_database(self, db: Database | None = None) -> None: ...  # adopt *db*, or go on with self.db

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...  # the window itself: parent of the dialogs and owner of the work


def size_text(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:,.1f} {unit}"
    return f"{size:,} bytes"


def saved_text(path: Path) -> str:
    """When the backup file was written, as the user's locale writes dates."""
    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return f"{display_date(stamp.date())} {stamp.strftime('%H:%M')}"


def kept_name(path: Path) -> str:
    """How restore_database names the database it replaces (with the date and time of the restore)."""
    return f"{path.stem}.replaced-<date>-<time>{path.suffix or '.db'}"


class RestoreDialog(QDialog):
    """Confirms a restore: what the backup holds, and that the current database is kept, not deleted."""

    def __init__(self, info: BackupInfo, current: Path, parent: QWidget | None = None, damaged: bool = False) -> None:
        from foiatrack.services.backup import head_revision

        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        heading = QLabel("<b>Replace the open database with this backup?</b>")
        heading.setAccessibleName("Replace the open database with this backup?")
        form = QFormLayout()
        schema = ("up to date" if info.schema == head_revision()
                  else f"{info.schema}, from an older foiatrack (upgraded when it is opened)")
        for label, value in (("Backup file:", str(info.path)), ("Saved:", saved_text(info.path)),
                             ("Requests:", f"{info.requests:,}"), ("Events:", f"{info.events:,}"),
                             ("Size:", size_text(info.size)), ("Schema:", schema)):
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(f"{label.rstrip(':')}: {value}")
            form.addRow(label, shown)
        what = "damaged database" if damaged else "database open now"
        kept = kept_name(current) if not damaged else f"{current.stem}.damaged-<date>-<time>.db"
        self.note = QLabel(f"The {what} is not deleted: it is kept in its folder under the name below. "
                           "Changes made since the backup was taken are only in that kept copy.")
        self.note.setWordWrap(True)
        self.note.setAccessibleName("What happens to the current database")
        kept_form = QFormLayout()
        # The kept file's name is one unbroken line: word wrap would split it at its hyphens, and a user
        # looking for that file must be able to read its name as it will appear in the folder.
        for label, value, wrap in (("Open now:" if not damaged else "Damaged:", str(current), True),
                                   ("Kept as:", kept, False)):
            shown = QLabel(value)
            shown.setWordWrap(wrap)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(f"{label.rstrip(':')}: {value}")
            kept_form.addRow(label, shown)
        self.kept_label = shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName("Restore")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.note)
        layout.addLayout(kept_form)
        layout.addWidget(buttons)
        cancel.setDefault(True)  # replacing everything takes a deliberate choice, not a stray Enter
        self.setMinimumWidth(min(560, self.fontMetrics().averageCharWidth() * 80))


def set_aside(path: Path, reason: str = "damaged") -> Path:
    """Rename the database (and its WAL files) to ``<name>.<reason>-<stamp>.db``: kept whole, never copied.

    A damaged file cannot be copied through SQLite (the copy fails its own check), but renaming keeps
    every byte for whoever tries to rescue it later.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.db'}")
    for suffix in ("-wal", "-shm"):  # the log first: a lone log must never meet a new main file
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{aside}{suffix}")
    os.replace(path, aside)
    return aside


def restore_keeping_old(path: Path, backup: Path, damaged: bool) -> Path | None:
    """Restore *backup* over *path*; returns where the replaced database was kept.

    A healthy database is copied aside by :func:`restore_database`; a damaged one (or one that turns out
    not to copy) is renamed aside whole first. A bad backup is refused before anything is touched.
    """
    from foiatrack.services.backup import inspect_backup, restore_database

    if not damaged:
        try:
            return restore_database(path, backup)
        except UserError:
            raise
        except Exception:  # the current file could not be copied aside: it is damaged after all
            pass
    inspect_backup(backup)
    kept = set_aside(path)
    try:
        restore_database(path, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        os.replace(kept, path)  # nothing restored: put the original back where it was
        raise
    return kept


def run_restore(host: DatabaseHost, info: BackupInfo, damaged: bool = False) -> None:
    """Close the host's database, restore *info*'s backup over it in the background, and reopen it."""
    old = host.db
    path = old.path
    if path is None:
        show_error(host.window(), "Restore from backup",
                   UserError("restore: this is a server database; restore it with the server's own tools"))
        return
    host.pause_database()
    host.statusBar().showMessage(f"Restoring {info.path.name}…")

    def work() -> tuple[Database, Path | None]:
        from foiatrack.services.workspace import open_workspace

        old.close()
        kept = restore_keeping_old(path, info.path, damaged)
        return open_workspace(path), kept

    def done(result: tuple[Database, Path | None]) -> None:
        db, kept = result
        host.resume_database(db)
        which = "damaged database" if damaged else "database it replaced"
        where = f"\n\nThe {which} is kept at {kept}." if kept else ""
        host.statusBar().showMessage(f"Restored {info.requests:,} requests from {info.path.name}.", 10_000)
        QMessageBox.information(host.window(), "Restored",
                                f"Restored {info.requests:,} requests and {info.events:,} events from "
                                f"{info.path}.{where}")

    def failed(error: BaseException) -> None:
        host.resume_database(None)
        host.statusBar().clearMessage()
        show_error(host.window(), "Restore from backup", error)

    run_task(host.window(), work, done, failed)


def choose_backup(parent: QWidget | None, title: str = "Restore from backup") -> Path | None:
    folder = backups_dir() if backups_dir().is_dir() else Path.home()
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), BACKUP_FILTER)
    return Path(chosen) if chosen else None


def confirm_and_restore(host: DatabaseHost, backup: Path, damaged: bool = False,
                        on_cancel: Callable[[], None] | None = None) -> None:
    """Check *backup* in the background, show what it holds, and restore it if the user agrees."""
    widget = host.window()
    host.statusBar().showMessage("Checking the backup…")

    def inspected(info: BackupInfo) -> None:
        host.statusBar().clearMessage()
        current = host.db.path
        if current is None:
            return
        dialog = RestoreDialog(info, current, widget, damaged=damaged)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            run_restore(host, info, damaged)
        elif on_cancel is not None:
            on_cancel()

    def failed(error: BaseException) -> None:
        host.statusBar().clearMessage()
        show_error(widget, "Restore from backup", error)
        if on_cancel is not None:
            on_cancel()

    from foiatrack.services.backup import inspect_backup

    run_task(widget, lambda: inspect_backup(backup), inspected, failed)


def restore_from_backup(host: DatabaseHost) -> None:
    """File > Restore from backup…: choose a backup file, see what it holds, restore it."""
    if host.db.path is None:
        show_error(host.window(), "Restore from backup",
                   UserError("restore: this is a server database; restore it with the server's own tools"))
        return
    backup = choose_backup(host.window())
    if backup is not None:
        confirm_and_restore(host, backup)

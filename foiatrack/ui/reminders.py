"""Daily reminders while the app is open: what became overdue, and what is due tomorrow.

Deadlines slip by quietly; a reminder on the day a request becomes late (and the day before it is due)
is when chasing it helps most. The check runs when the app starts and again whenever the date has
changed (tested every half hour, so a laptop waking from sleep catches up). Where the desktop has a
system tray the reminder is a tray notification; elsewhere it is a non-modal status message through
:attr:`Reminders.message`, which the main window shows in its status bar. Nothing here ever opens a
modal dialog: a reminder must not interrupt typing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from foiatrack.ui.dataflow import Loader

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.services.statistics import ReminderDigest
    from foiatrack.services.workspace import Database

CHECK_INTERVAL_MS = 30 * 60 * 1000
TITLE = "foiatrack: deadlines"


class Reminders(QObject):
    """Checks the deadlines on :meth:`start` and once a day after that.

    Give it a parent (the main window) so that Qt deletes it with the window: deleting it from Python
    right after a background check has delivered its result trips a PySide 6.12 fault ("shared QObject
    was deleted directly").

    Args:
        clock: Today's date (tests pass a fixed day); the system date by default.
    """

    message = Signal(str)  # the reminder text, where no system tray can show it
    checked = Signal(object)  # the ReminderDigest of each check (for tests and the status bar)

    def __init__(self, db: Database, parent: QObject | None = None, *,
                 clock: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._clock = clock or dt.date.today
        self._last_day: dt.date | None = None
        self._tray: QSystemTrayIcon | None = None
        self.loader = Loader(self)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now, then keep checking while the app is open."""
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Look for news unless today was already checked (runs in the background)."""
        today = self._clock()
        if self._last_day == today:
            return
        since = self._last_day  # after a day (or a week) away, everything that fell due meanwhile
        self._last_day = today
        db = self.db
        from foiatrack.services.statistics import reminder_digest  # (and SQLAlchemy) once the window is up

        self.loader.load(lambda: reminder_digest(db, today, since), self._deliver, self._failed)

    def _deliver(self, digest: ReminderDigest) -> None:
        self.checked.emit(digest)
        text = digest.text()
        if text:
            self.notify(text)

    def _failed(self, error: BaseException) -> None:
        self._last_day = None  # try again at the next tick
        self.message.emit(f"Could not check the deadlines: {error}")

    def notify(self, text: str) -> None:
        """A tray notification where the desktop offers one, else the :attr:`message` signal."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.message.emit(text)
            return
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip("foiatrack")
        self._tray.show()
        self._tray.showMessage(TITLE, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

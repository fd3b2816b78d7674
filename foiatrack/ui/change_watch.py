"""Noticing changes made elsewhere: a teammate on the server, another window, the command line.

Every 15 seconds, and whenever the window is activated, the one change detector
(:func:`~foiatrack.services.changes.change_stamp`) is read in the background. When it moved and the move
was not this window's own doing, ``Changes.everything(elsewhere=True)`` is announced on the database's
change signal (:func:`~foiatrack.ui.dataflow.hub`), the same signal the app's own writes use: the page on
screen reloads, the others when they are next shown. The app's own writes are announced on that signal
too; the watcher takes each as the new baseline, so saving a request does not look like someone else's work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from foiatrack.core.errors import UserError
from foiatrack.services.change_values import Changes
from foiatrack.ui.dataflow import Loader, hub

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database

POLL_INTERVAL_MS = 15_000


class ChangeWatcher(QObject):
    """Polls the database's change stamp; see the module docstring."""

    unreachable = Signal(str)  # the poll failed (server down, network gone): worth a status-bar line
    polled = Signal()  # each answer, changed or not (tests wait on it)

    def __init__(self, db: Database, parent: QObject | None = None, interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.db = db
        self._stamp: tuple[object, ...] | None = None
        # One question at a time; our own change asks again, and the answer to the older question is dropped.
        self.loader = Loader(self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        hub(db).changed.connect(self._announced)

    def start(self) -> None:
        self.acknowledge()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.loader.cancel()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def set_database(self, db: Database) -> None:
        """Watch *db* from now on (its current state is the baseline)."""
        hub(self.db).changed.disconnect(self._announced)
        self.db = db
        self._stamp = None
        self.loader.cancel()
        hub(db).changed.connect(self._announced)
        if self.is_running():
            self.acknowledge()

    def _announced(self, changes: Changes) -> None:
        if not changes.elsewhere:
            self.acknowledge()

    def acknowledge(self) -> None:
        """This window changed something: take the new state as the baseline instead of reporting it."""
        self._ask(baseline=True)

    def check(self) -> None:
        """Ask (in the background) whether anything changed; cheap, and skipped while a question is open."""
        if not self.loader.busy and self._timer.isActive():
            self._ask(baseline=False)

    def _ask(self, baseline: bool) -> None:
        db = self.db
        from foiatrack.services.changes import change_stamp  # (and SQLAlchemy) once the window is up

        self.loader.load(lambda: change_stamp(db), lambda stamp: self._answered(db, baseline, stamp), self._failed)

    def _answered(self, db: Database, baseline: bool, stamp: tuple[object, ...]) -> None:
        if db is not self.db:
            return
        if baseline or self._stamp is None:
            self._stamp = stamp
        elif stamp != self._stamp:
            self._stamp = stamp
            hub(db).announce(Changes.everything(elsewhere=True))
        self.polled.emit()

    def _failed(self, error: BaseException) -> None:
        text = error.message if isinstance(error, UserError) else str(error).splitlines()[0] if str(error) else ""
        self.unreachable.emit(f"Could not check the database for changes: {text or type(error).__name__}")


class ChangedNote(QPushButton):
    """The status-bar note shown instead of reloading under unsaved edits; clicking it (or F5) reloads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Changed elsewhere — reload")
        self.setToolTip("Someone else changed the data shown; F5 reloads (unsaved edits are asked about)")
        self.hide()

    def say(self, text: str = "Changed elsewhere.") -> None:
        self.setText(f"{text} Reload (F5)")
        self.show()

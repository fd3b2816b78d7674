"""Noticing changes made elsewhere: a teammate on the server, another window, the command line.

Every 15 seconds, and whenever the window is activated, :func:`change_token` is read in the background (one
small aggregate query, about 30 ms on 50,000 requests). When it moved and the move was not this window's
own doing, :attr:`ChangeWatcher.changedElsewhere` fires and the window reloads what it shows. The window
reports its own changes with :meth:`ChangeWatcher.acknowledge`, so saving a request does not look like
someone else's work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from foiatrack.core.errors import UserError
from foiatrack.services.queries import RequestDetail, request_detail
from foiatrack.services.server import change_token
from foiatrack.ui.tasks import run_task

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database
    from foiatrack.ui.request_detail import RequestDetailPage

POLL_INTERVAL_MS = 15_000


class ChangeWatcher(QObject):
    """Polls the database's change token; see the module docstring."""

    changedElsewhere = Signal()
    unreachable = Signal(str)  # the poll failed (server down, network gone): worth a status-bar line
    polled = Signal()  # each answer, changed or not (tests wait on it)

    def __init__(self, db: Database, parent: QObject | None = None, interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.db = db
        self._token: tuple[object, ...] | None = None
        self._generation = 0  # bumped by our own changes: answers to older questions are stale
        self._in_flight = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.acknowledge()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._generation += 1

    def is_running(self) -> bool:
        return self._timer.isActive()

    def set_database(self, db: Database) -> None:
        """Watch *db* from now on (its current state is the baseline)."""
        self.db = db
        self._token = None
        if self.is_running():
            self.acknowledge()

    def acknowledge(self) -> None:
        """This window changed something: take the new state as the baseline instead of reporting it."""
        self._generation += 1
        self._ask(baseline=True)

    def check(self) -> None:
        """Ask (in the background) whether anything changed; cheap, and skipped while a question is open."""
        if not self._in_flight and self._timer.isActive():
            self._ask(baseline=False)

    def _ask(self, baseline: bool) -> None:
        db, generation = self.db, self._generation
        self._in_flight = True
        run_task(self, lambda: change_token(db), lambda token: self._answered(db, generation, baseline, token),
                 self._failed)

    def _answered(self, db: Database, generation: int, baseline: bool, token: tuple[object, ...]) -> None:
        self._in_flight = False
        if db is not self.db or generation != self._generation:
            return
        if baseline or self._token is None:
            self._token = token
        elif token != self._token:
            self._token = token
            self.changedElsewhere.emit()
        self.polled.emit()

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
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


def reload_what_is_shown(current: QWidget, detail: RequestDetailPage, refreshable: tuple[QWidget, ...],
                         note: ChangedNote) -> None:
    """After a change made elsewhere: reload the page on screen, but never a request under unsaved edits.

    Only pages that show requests and events reload (what the change token covers); the settings page,
    for one, would lose what the user is typing.
    """
    if current is detail:
        if detail.dirty:
            note.say()
        else:
            refresh_detail(detail, note.say)
    elif current in refreshable:
        current.refresh()  # type: ignore[attr-defined]


def _same(old: RequestDetail | None, new: RequestDetail) -> bool:
    return old is not None and (old.request, old.events) == (new.request, new.events)


def refresh_detail(page: RequestDetailPage, on_gone: Callable[[str], None]) -> None:
    """Reload the request page if its request changed elsewhere; say so if it was deleted.

    The request is read in the background first, so an unchanged request is not redrawn (the timeline
    keeps its place) and a deleted one gives a note instead of an error box popping up from a timer.
    """
    request_id = page.request_id
    if request_id is None:
        return
    db = page.db

    def arrived(detail: RequestDetail) -> None:
        if page.request_id == request_id and not page.dirty and not _same(page.detail, detail):
            page.load(request_id)

    def failed(error: BaseException) -> None:
        if isinstance(error, UserError) and page.request_id == request_id:
            on_gone("This request was deleted elsewhere.")

    run_task(page, lambda: request_detail(db, request_id), arrived, failed)

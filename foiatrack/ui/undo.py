"""Edit > Undo (Ctrl+Z): the last changes made in this window, each undone by putting the requests it
touched back as they were (:mod:`foiatrack.services.undo`).

Pages record a change with :func:`record_change` right after it succeeds, giving the snapshot taken just
before it and a name for the Edit menu ("Log acknowledgement", "Delete 3 requests"). Text fields keep
their own Ctrl+Z while they have the focus.

Nothing here touches the database on the UI thread: the state tokens of a recorded step are read on the
database's writer thread (queued right behind the change, so before any later write or undo), and an undo
runs there too. A step's ``after`` tokens are therefore only ever read and written on the writer thread,
one job at a time, and need no lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from foiatrack.core.errors import ConflictError
from foiatrack.ui.dataflow import write

if TYPE_CHECKING:  # the undo services (and SQLAlchemy) load with the first change recorded
    from foiatrack.services.undo import Snapshot
    from foiatrack.services.workspace import Database

MAX_STEPS = 50


@dataclass(frozen=True, slots=True)
class UndoStep:
    label: str
    snapshot: Snapshot
    # Each request's state token right after the change (services.undo.state_tokens): the step is undone
    # only while the requests are still as it left them. Moved on when a later step is undone. Filled and
    # moved on by jobs on the writer thread only (see the module docstring).
    after: dict[int, str] = field(default_factory=dict)


class UndoHistory(QObject):
    """The window's undo steps for one database (cleared when another database is opened)."""

    changed = Signal()
    undone = Signal(str, tuple)  # the step's label, the request ids put back

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.steps: list[UndoStep] = []
        self._undoing = False
        self._reading = 0  # token reads queued on the writer, not answered yet

    def set_database(self, db: Database) -> None:
        self.db = db
        self.clear()

    def idle(self) -> bool:
        """Nothing of the history's is running on the writer (no token read, no undo)."""
        return not self._undoing and not self._reading

    def record(self, label: str, snapshot: Snapshot) -> None:
        step = UndoStep(label, snapshot)
        self.steps.append(step)
        del self.steps[:-MAX_STEPS]
        self.changed.emit()
        db, ids = self.db, snapshot.request_ids

        def read_tokens() -> None:  # on the writer thread: right behind the change, before any later write
            from foiatrack.services.undo import state_tokens

            step.after.update(state_tokens(db, ids))

        def read(_result: None) -> None:
            self._reading -= 1

        def failed(_error: BaseException) -> None:
            # Without its tokens the step could undo a later change made elsewhere unseen: it leaves the menu.
            self._reading -= 1
            if step in self.steps:
                self.steps.remove(step)
                self.changed.emit()

        self._reading += 1
        write(self, db, read_tokens, read, failed)

    def clear(self) -> None:
        self.steps.clear()
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self.steps) and not self._undoing

    def next_label(self) -> str | None:
        return self.steps[-1].label if self.steps else None

    def undo(self, on_done: Callable[[UndoStep], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> bool:
        """Start undoing the last step on the writer thread; False if there is nothing to undo or an undo is
        already on its way. *on_done(step)* runs when it is undone; *on_error(error)* when it is refused (a
        UserError; the step is kept, unless it can never be undone) or fails."""
        if not self.can_undo():
            return False
        step = self.steps[-1]
        earlier = self.steps[:-1]
        db = self.db

        def work() -> tuple[int, ...]:
            from foiatrack.services.undo import restore_snapshot, state_tokens

            ids = restore_snapshot(db, step.snapshot, unchanged_since=step.after, label=step.label)
            # The steps before it now start from what the undo left, not from what this step had made.
            now = state_tokens(db, ids)
            for before in earlier:
                before.after.update({rid: token for rid, token in now.items() if rid in before.after})
            return ids

        def done(ids: tuple[int, ...]) -> None:
            self._undoing = False
            if step in self.steps:
                self.steps.remove(step)
            self.changed.emit()
            self.undone.emit(step.label, ids)
            if on_done is not None:
                on_done(step)

        def failed(error: BaseException) -> None:
            self._undoing = False
            if isinstance(error, ConflictError) and step in self.steps:
                # Changed since by someone else: this step can no longer be undone without losing that
                # change. It leaves the menu; an earlier step on other requests can still be undone.
                self.steps.remove(step)
            self.changed.emit()
            if on_error is not None:
                on_error(error)

        self._undoing = True
        self.changed.emit()  # the Edit menu shows Undo unavailable until this one is done
        write(self, db, work, done, failed)  # announced: the pages reload
        return True


def history_of(widget: QWidget | None) -> UndoHistory | None:
    """The undo history of the window *widget* is in (dialogs included), if it has one."""
    while widget is not None:
        history = getattr(widget, "undo_history", None)
        if isinstance(history, UndoHistory):
            return history
        widget = widget.parentWidget()
    return None


def record_change(widget: QWidget | None, label: str, snapshot: Snapshot | None) -> None:
    """Offer the change just made from *widget* for Ctrl+Z (nothing happens outside a main window)."""
    history = history_of(widget)
    if history is not None and snapshot is not None:
        history.record(label, snapshot)


def plural(count: int, word: str = "request") -> str:
    return f"{count:,} {word}" + ("" if count == 1 else "s")

"""Edit > Undo (Ctrl+Z): the last changes made in this window, each undone by putting the requests it
touched back as they were (:mod:`foiatrack.services.undo`).

Pages record a change with :func:`record_change` right after it succeeds, giving the snapshot taken just
before it and a name for the Edit menu ("Log acknowledgement", "Delete 3 requests"). Text fields keep
their own Ctrl+Z while they have the focus.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from foiatrack.core.errors import ConflictError
from foiatrack.services.undo import Snapshot, restore_snapshot, state_tokens
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import write_now

MAX_STEPS = 50


@dataclass(frozen=True, slots=True)
class UndoStep:
    label: str
    snapshot: Snapshot
    # Each request's state token right after the change (services.undo.state_tokens): the step is undone
    # only while the requests are still as it left them. Moved on when a later step is undone.
    after: dict[int, str] = field(default_factory=dict)


class UndoHistory(QObject):
    """The window's undo steps for one database (cleared when another database is opened)."""

    changed = Signal()
    undone = Signal(str, tuple)  # the step's label, the request ids put back

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.steps: list[UndoStep] = []

    def set_database(self, db: Database) -> None:
        self.db = db
        self.clear()

    def record(self, label: str, snapshot: Snapshot) -> None:
        self.steps.append(UndoStep(label, snapshot, state_tokens(self.db, snapshot.request_ids)))
        del self.steps[:-MAX_STEPS]
        self.changed.emit()

    def clear(self) -> None:
        self.steps.clear()
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self.steps)

    def next_label(self) -> str | None:
        return self.steps[-1].label if self.steps else None

    def undo(self) -> UndoStep | None:
        """Undo the last step; raises UserError (and keeps the step) when it can no longer be undone."""
        if not self.steps:
            return None
        step = self.steps[-1]
        db = self.db
        try:  # announced: the pages reload
            ids = write_now(db, lambda: restore_snapshot(db, step.snapshot, unchanged_since=step.after,
                                                         label=step.label))
        except ConflictError:
            # Changed since by someone else: this step can no longer be undone without losing that change.
            # It leaves the menu; an earlier step on other requests can still be undone.
            self.steps.pop()
            self.changed.emit()
            raise
        self.steps.pop()
        # The steps before it now start from what the undo left, not from what this step had made.
        now = state_tokens(db, ids)
        for earlier in self.steps:
            earlier.after.update({rid: token for rid, token in now.items() if rid in earlier.after})
        self.changed.emit()
        self.undone.emit(step.label, ids)
        return step


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

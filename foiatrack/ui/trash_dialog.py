"""File > Trash: the requests moved to the trash, to restore or delete for good (with a confirmation).

The list loads off the UI thread (a :class:`~foiatrack.ui.dataflow.Loader`); restoring and emptying run on
the database's writer thread, the dialog's buttons off until the answer is in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.vocabulary import Status
from foiatrack.services.trash import TrashedRequest, empty_trash, list_trash, restore_from_trash
from foiatrack.services.undo import Snapshot, take_snapshot
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import Loader, write
from foiatrack.ui.table_model import AnyIndex, RowTableModel
from foiatrack.ui.undo import plural, record_change
from foiatrack.ui.widgets import confirm, fit_to_screen, show_error

SUBJECT, AGENCY, STATUS, DELETED, KEPT = range(5)
HEADERS = ("Subject", "Agency", "Status", "Deleted", "Kept")


class TrashModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TrashedRequest] = []

    def set_rows(self, rows: Sequence[TrashedRequest]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> TrashedRequest:
        return self._rows[row]

    def headers(self) -> Sequence[str]:
        return HEADERS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            subject = item.subject + (" (sample)" if item.is_sample else "")
            return (subject, item.agency, Status(item.status).label, item.deleted_at.strftime("%Y-%m-%d %H:%M"),
                    f"{plural(item.events, 'event')}, {plural(item.files, 'file')}")[index.column()]
        return None


class TrashDialog(QDialog):
    """Lists the trash; Restore brings the selected requests back, Empty trash deletes all for good."""

    changed = Signal()  # a restore or an emptying was committed
    loaded = Signal()  # the list shows what is in the trash now

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.loader = Loader(self)
        self._writing = False  # a restore or an emptying is on the writer
        self.setWindowTitle("Trash")
        self.model = TrashModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Requests in the trash")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.restore_button = QPushButton("&Restore")
        self.empty_button = QPushButton("&Empty trash…")
        self.close_button = close = QPushButton("Close")
        close.clicked.connect(self.accept)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 820, 460)
        self.note.setText("Loading the trash…")
        self.refresh()

    def refresh(self) -> None:
        """Load the list in the background; it is shown when the answer comes in."""
        db = self.db
        self.loader.load(lambda: list_trash(db), self._show, lambda error: show_error(self, "Trash", error))
        self._update_buttons()

    def _show(self, rows: list[TrashedRequest]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.note.setText(f"{plural(len(rows))} in the trash, each with every event and file. Restore "
                              "brings them back as they were; emptying the trash deletes them for good.")
            self.select_row(0)
        else:
            self.note.setText("The trash is empty. Requests you delete wait here until you empty it.")
        self._update_buttons()
        self.loaded.emit()

    def select_row(self, row: int) -> None:
        """Select one row alone. (QTableView.selectRow reads the keyboard's modifiers as a click would: with Shift
        or Ctrl held it would extend or toggle the selection instead.)"""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, flags)

    @property
    def busy(self) -> bool:
        """A restore or an emptying is on the writer, or the list is loading."""
        return self._writing or self.loader.busy

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.restore_button.setEnabled(idle and bool(self.table.selectionModel().selectedRows()))
        self.empty_button.setEnabled(idle and self.model.rowCount() > 0)
        self.close_button.setEnabled(not self._writing)  # closing waits for the answer (see done)

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.item(row).id for row in rows]

    def _start(self, doing: str) -> None:
        self._writing = True
        self.note.setText(doing)
        self.setCursor(Qt.CursorShape.WaitCursor)
        self._update_buttons()

    def _finish(self) -> None:
        self._writing = False
        self.unsetCursor()
        self._update_buttons()

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.busy:
            return
        db = self.db

        def work() -> Snapshot:  # on the writer thread: the snapshot and the restore are one user action
            snapshot = take_snapshot(db, ids)
            restore_from_trash(db, ids)
            return snapshot

        def done(snapshot: Snapshot) -> None:
            self._finish()
            record_change(self.parentWidget(), f"Restore {plural(len(ids))}", snapshot)
            self.refresh()
            self.changed.emit()

        self._start(f"Restoring {plural(len(ids))}…")
        write(self, db, work, done, lambda error: self._failed("Restore", error))

    def empty(self) -> None:
        count = self.model.rowCount()
        if not count or self.busy or not confirm(
                self, "Empty the trash", f"Delete {plural(count)} in the trash for good, with every event and file?"
                "\n\nThis cannot be undone.", yes="Delete for good"):
            return
        db, doomed = self.db, [self.model.item(row).id for row in range(count)]

        def done(_result: object) -> None:
            self._finish()
            self.refresh()
            self.changed.emit()

        self._start(f"Deleting {plural(count)} for good…")
        write(self, db, lambda: empty_trash(db, doomed), done, lambda error: self._failed("Empty the trash", error))

    def done(self, result: int) -> None:
        """Closing waits for a restore or an emptying on its way: its answer (and the pages' reload) would
        be lost with the dialog."""
        if not self._writing:
            super().done(result)

    def _failed(self, title: str, error: BaseException) -> None:
        self._finish()
        self.refresh()  # the note and buttons as the trash is now
        show_error(self, title, error)

"""Closure days on the settings page: the list, and the row for adding one.

A closure day changes deadlines (it is not a working day), so adding or removing one recomputes every
affected request; that can take seconds on a large database, so it runs in the background and the
controls stay disabled until it is done.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.services.closures import ClosureDay, add_closure, list_closures, remove_closure
from foiatrack.services.jurisdictions import jurisdiction_catalog
from foiatrack.ui.dashboard_models import IdRole, SortProxy, SortRole
from foiatrack.ui.dashboard_views import configure_table
from foiatrack.ui.dataflow import Loader, write
from foiatrack.ui.table_model import RowTableModel
from foiatrack.ui.widgets import DateField, ErrorLabel, FieldErrors, display_date

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.services.workspace import Database

AnyIndex = QModelIndex | QPersistentModelIndex
ALL = "All jurisdictions"


class ClosureModel(RowTableModel):
    HEADERS = ("Date", "Why the office was closed", "Applies to")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClosureDay] = []

    def set_closures(self, closures: Sequence[ClosureDay]) -> None:
        self.beginResetModel()
        self._rows = list(closures)
        self.endResetModel()

    def closures(self) -> list[ClosureDay]:
        return list(self._rows)

    def headers(self) -> Sequence[str]:
        return self.HEADERS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        closure = self._rows[index.row()]
        values = (closure.date, closure.name, closure.jurisdiction or ALL)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_date(closure.date) if index.column() == 0 else values[index.column()]
        if role == SortRole:
            return values[index.column()]
        if role == IdRole:
            return closure.id
        return None


class ClosuresBox(QGroupBox):
    """The closure days with Add and Remove; emits :attr:`changed` after deadlines were recomputed."""

    changed = Signal()
    busy = Signal(bool)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__("Closure days (not working days; deadlines move)", parent)
        self.db = db
        self.loader = Loader(self)  # a list read before the latest add or remove never replaces a newer one
        self.model = ClosureModel(self)
        proxy = SortProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        configure_table(self.table, proxy, "Closure days")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setMinimumHeight(120)
        self.date = DateField("date", "Closure date")
        self.name = QLineEdit()
        self.name.setAccessibleName("Why the office was closed")
        self.name.setPlaceholderText("e.g. ICE FOIA office closed: relocation")
        self.jurisdiction = QComboBox()
        self.jurisdiction.setAccessibleName("Closure applies to")
        self.jurisdiction.addItem(ALL, None)
        for rule in jurisdiction_catalog():
            self.jurisdiction.addItem(f"{rule.code} — {rule.name}", rule.code)
        self.add_button = QPushButton("Add c&losure day")
        self.remove_button = QPushButton("Remove selected da&y")
        self.general = ErrorLabel("Closure day")
        self.errors = FieldErrors(self.general)
        self.date_error = ErrorLabel("Closure date")
        self.name_error = ErrorLabel("Reason")
        self.errors.register("date", self.date, self.date_error)
        self.errors.register("name", self.name, self.name_error)
        self.errors.register("jurisdiction", self.jurisdiction, self.general)
        self.progress = QLabel()
        self.progress.setAccessibleName("Closure days status")

        row = QHBoxLayout()
        for text, widget, stretch in (("&Date:", self.date, 0), ("Rea&son:", self.name, 1),
                                      ("Applies &to:", self.jurisdiction, 0)):
            label = QLabel(text)
            label.setBuddy(widget.focusProxy() or widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        row.addWidget(self.add_button)
        errors_row = QHBoxLayout()
        errors_row.addWidget(self.date_error)
        errors_row.addWidget(self.name_error, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(row)
        layout.addLayout(errors_row)
        layout.addWidget(self.general)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    def refresh(self) -> None:
        db = self.db
        self.loader.load(lambda: list_closures(db), self.model.set_closures)

    def add(self) -> bool | None:
        """Check the entry here (date, reason), then add it and recompute in the background."""
        self.errors.clear()
        try:
            day = self.date.value()
            if day is None:
                raise UserError("date: give the day the office was closed (YYYY-MM-DD)", field="date")
        except UserError as error:
            self.errors.show(error)
            return False
        name, code, db = self.name.text(), self.jurisdiction.currentData(), self.db
        self._run(lambda: add_closure(db, day, name, code), f"Added {day.isoformat()}; deadlines recomputed.",
                  clear=True)

    def selected_closure(self) -> ClosureDay | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        closure_id = index.sibling(index.row(), 0).data(IdRole)
        return next((c for c in self.model.closures() if c.id == closure_id), None)

    def remove(self) -> None:
        closure = self.selected_closure()
        if closure is None:
            self.general.show_message("Select the closure day to remove in the list first.")
            return
        db = self.db
        self._run(lambda: remove_closure(db, closure.id),
                  f"Removed {closure.date.isoformat()}; deadlines recomputed.")

    def _run(self, work: Any, done_text: str, clear: bool = False) -> None:
        self._set_busy(True)
        self.progress.setText("Recomputing deadlines…")

        def finished(_result: object) -> None:
            self._set_busy(False)
            self.progress.setText(done_text)
            if clear:
                self.date.set_value(None)
                self.name.clear()
            self.refresh()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.progress.clear()
            if isinstance(error, UserError):
                self.errors.show(error)
            else:
                self.general.show_message(f"Something went wrong: {error}")

        write(self, self.db, work, finished, failed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.add_button, self.remove_button, self.date, self.name, self.jurisdiction):
            widget.setEnabled(not busy)
        if busy:  # this group's own busy state: the page's other groups stay as they are
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()
        self.busy.emit(busy)

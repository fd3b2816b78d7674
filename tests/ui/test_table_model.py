"""The shared table model: row and column counts, and the header answers every table gives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from foiatrack.ui.table_model import RowTableModel


class Fruit(RowTableModel):
    def __init__(self, rows: list[tuple[str, int]]) -> None:
        super().__init__()
        self._rows = rows

    def headers(self) -> Sequence[str]:
        return ("Name", "Count")

    def header_tooltip(self, section: int) -> str | None:
        return "How many are in the bowl" if section == 1 else None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return str(self._rows[index.row()][index.column()])
        return None


def test_counts_rows_and_columns_of_a_flat_table(qtmodeltester: Any) -> None:
    model = Fruit([("apple", 3), ("pear", 1), ("plum", 7)])
    assert model.rowCount() == 3
    assert model.columnCount() == 2
    assert model.index(2, 1).data() == "7"
    # A flat table: no row has children.
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0
    qtmodeltester.check(model)


def test_headers_are_shown_read_aloud_and_explained() -> None:
    model = Fruit([])
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal) == "Name"
    assert model.headerData(1, horizontal, Qt.ItemDataRole.AccessibleTextRole) == "Count"
    assert model.headerData(1, horizontal, Qt.ItemDataRole.ToolTipRole) == "How many are in the bowl"
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_no_header_outside_the_columns_or_on_the_side() -> None:
    model = Fruit([("apple", 3)])
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(-1, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None


def test_an_empty_table_has_its_columns_but_no_rows() -> None:
    model = Fruit([])
    assert model.rowCount(QModelIndex()) == 0
    assert model.columnCount(QModelIndex()) == 2

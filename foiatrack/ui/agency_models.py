"""The agency directory as a table model, with a find-as-you-type proxy.

The request count sits beside each agency because it decides what may be done with it: an agency with
requests cannot be deleted (its requests would lose their agency), so the page can say so before the
user tries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from foiatrack.core.agency_search import AgencyIndex
from foiatrack.core.models import Agency
from foiatrack.ui.dashboard_models import IdRole, SortProxy, SortRole
from foiatrack.ui.table_model import RowTableModel

NAME, ABBREVIATION, JURISDICTION, PARENT, REQUESTS = range(5)
HEADERS = ("Name", "Abbreviation", "Jurisdiction", "Part of", "Requests")
SHORT_HEADERS = ("Name", "Abbr.", "Jurisdiction", "Part of", "Requests")  # what fits on screen
AnyIndex = QModelIndex | QPersistentModelIndex


class AgencyTableModel(RowTableModel):
    """Agencies with their request counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Agency] = []
        self._counts: dict[int, int] = {}

    def set_agencies(self, agencies: Sequence[Agency], counts: dict[int, int]) -> None:
        self.beginResetModel()
        self._rows = list(agencies)
        self._counts = dict(counts)
        self.endResetModel()

    def agency(self, row: int) -> Agency:
        return self._rows[row]

    def agencies(self) -> list[Agency]:
        return list(self._rows)

    def request_count(self, agency_id: int) -> int:
        return self._counts.get(agency_id, 0)

    def row_of(self, agency_id: int) -> int | None:
        return next((n for n, a in enumerate(self._rows) if a.id == agency_id), None)

    def headers(self) -> Sequence[str]:
        return HEADERS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return SHORT_HEADERS[section]
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agency = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (agency.name, agency.abbreviation, agency.jurisdiction, agency.parent_name or "",
                    str(self._counts.get(agency.id, 0)))[column]
        if role == SortRole:
            if column == REQUESTS:
                return self._counts.get(agency.id, 0)
            return (agency.name, agency.abbreviation, agency.jurisdiction, agency.parent_name or "")[column].casefold()
        if role == IdRole:
            return agency.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REQUESTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                return agency.name + (f"\n{agency.notes}" if agency.notes else "")
            if column == PARENT and agency.parent_name:
                return agency.parent_name
        return None


class AgencyFilterProxy(SortProxy):
    """Shows the agencies matching the typed text, best match first (the directory's one search).

    While text is typed, rows are ordered by how well they match (see foiatrack.core.agency_search);
    with the find box empty, the header the user clicked decides the order.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rank: dict[int, int] | None = None
        self._index: AgencyIndex[Agency] | None = None
        self._indexed: list[Agency] | None = None

    def set_text(self, text: str) -> None:
        model = self.sourceModel()
        self.beginFilterChange()
        if not text.strip() or not isinstance(model, AgencyTableModel):
            self._rank = None
        else:
            agencies = model.agencies()
            if self._index is None or self._indexed != agencies:
                self._index, self._indexed = AgencyIndex(agencies), agencies
            self._rank = {row: n for n, row in enumerate(self._index.search_indices(text))}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        if self._rank is not None:
            self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self._rank is None or source_row in self._rank

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        if self._rank is not None:
            return self._rank.get(left.row(), 1 << 30) < self._rank.get(right.row(), 1 << 30)
        return super().lessThan(left, right)

    def agency_id(self, index: AnyIndex) -> int | None:
        return self.request_id(index)

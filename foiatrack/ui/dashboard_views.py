"""Table views shared by the dashboard and the agencies page.

:class:`RequestTable` is a read-only, sortable list of requests whose every row opens its request: Enter
or a double click (Qt's "activated") emits :attr:`RequestTable.openRequest` with the request id, so the
lists work the same by keyboard and by mouse.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from foiatrack.services.dashboard_read import RequestSummary
from foiatrack.ui.chips import StatusChipDelegate
from foiatrack.ui.dashboard_models import Column, ListContext, RequestListModel, SortProxy
from foiatrack.ui.widgets import FlexibleColumn


def configure_table(view: QTableView, model: QAbstractItemModel, accessible_name: str) -> None:
    """The common look: whole-row selection, sortable headers, first column stretching, no row numbers."""
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    # Columns sized to their contents measure only the first rows: measuring all of them asks the Python
    # model for every cell on every layout, which holds up the background work of a refresh.
    header.setResizeContentsPrecision(60)


class RequestTable(QTableView):
    """A list of requests with chosen columns; activating a row emits its request id."""

    openRequest = Signal(int)

    def __init__(self, columns: Sequence[Column], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = RequestListModel(columns, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.source)
        configure_table(self, self.proxy, accessible_name)
        for column in range(1, len(columns)):
            self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            if columns[column].header == "Status":
                self.setItemDelegateForColumn(column, StatusChipDelegate(self))
        # The subject takes what the others leave; a "Next step" (the last column) gives way before the
        # table would scroll sideways, so on a small screen what to do still shows, shortened.
        steps = [number for number, column in enumerate(columns) if column.header == "Next step"]
        self.subject_fit = FlexibleColumn(self, 0, minimum=160, gives_way=steps[0] if steps else None,
                                          gives_way_minimum=140)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order until a header is clicked
        self.activated.connect(self._activated)

    def set_rows(self, rows: Sequence[RequestSummary], context: ListContext | None = None) -> None:
        self.source.set_rows(rows, context)

    def request_id_at(self, row: int) -> int | None:
        return self.proxy.request_id(self.proxy.index(row, 0))

    def current_request_id(self) -> int | None:
        index = self.currentIndex()
        return self.proxy.request_id(index) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        request_id = self.proxy.request_id(index)
        if request_id is not None:
            self.openRequest.emit(request_id)

"""The request tables of the dashboard and agencies page: read-only, sortable, and Enter opens a request."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView
from summaries import summary

from foiatrack.ui.chips import StatusChipDelegate
from foiatrack.ui.dashboard_models import DUE_COLUMNS, ListContext
from foiatrack.ui.dashboard_views import RequestTable, configure_table

AS_OF = dt.date(2025, 10, 20)


@pytest.fixture
def table(qtbot: Any) -> RequestTable:
    view = RequestTable(DUE_COLUMNS, "Due this week")
    qtbot.addWidget(view)
    view.set_rows([summary(4, "Budget", due_date=dt.date(2025, 10, 24)),
                   summary(9, "Audit", due_date=dt.date(2025, 10, 21))], ListContext(AS_OF, {}, frozenset()))
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_common_look_is_read_only_whole_rows_and_sortable(qtbot: Any) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(2, 2)
    configure_table(view, model, "Overdue requests")
    assert view.model() is model
    assert view.accessibleName() == "Overdue requests"
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.isSortingEnabled()
    assert not view.tabKeyNavigation(), "Tab leaves the table"
    assert view.verticalHeader().isHidden()


def test_rows_keep_the_services_order_until_a_header_is_clicked(table: RequestTable) -> None:
    assert [table.request_id_at(r) for r in range(2)] == [4, 9]
    table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # Due
    assert [table.request_id_at(r) for r in range(2)] == [9, 4]
    assert table.request_id_at(5) is None


def test_the_status_column_is_drawn_as_chips(table: RequestTable) -> None:
    status = [c.header for c in DUE_COLUMNS].index("Status")
    assert isinstance(table.itemDelegateForColumn(status), StatusChipDelegate)
    assert not isinstance(table.itemDelegateForColumn(0), StatusChipDelegate)


def test_enter_on_a_row_opens_its_request(qtbot: Any, table: RequestTable) -> None:
    table.setFocus()
    table.setCurrentIndex(table.proxy.index(1, 0))
    assert table.current_request_id() == 9
    with qtbot.waitSignal(table.openRequest) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [9]


def test_a_double_click_opens_the_request_under_the_mouse(qtbot: Any, table: RequestTable) -> None:
    where = table.visualRect(table.proxy.index(0, 1)).center()
    opened: list[int] = []
    table.openRequest.connect(opened.append)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [], "a single click selects; it does not open"
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [4]


def test_no_current_row_means_no_request(qtbot: Any) -> None:
    view = RequestTable(DUE_COLUMNS, "Due")
    qtbot.addWidget(view)
    assert view.current_request_id() is None

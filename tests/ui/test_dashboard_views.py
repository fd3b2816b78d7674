"""The request tables of the dashboard and agencies page: read-only, sortable, and Enter opens a request."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from summaries import summary

from foiatrack.core.vocabulary import Status
from foiatrack.services.dashboard_read import AgencyStatistics, RequestSummary
from foiatrack.ui.chips import StatusChipDelegate
from foiatrack.ui.dashboard_models import (
    DUE_COLUMNS,
    MAY_SUE_COLUMNS,
    OVERDUE_COLUMNS,
    AgencyStatsModel,
    ListContext,
    TotalLastProxy,
)
from foiatrack.ui.dashboard_views import FittedColumns, RequestTable, configure_table

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


# --- columns sized to their contents, without Qt measuring them cell by cell ------------------------------

def varied_rows(count: int) -> list[RequestSummary]:
    """Rows whose every column varies in length: agencies, statuses, dates, lateness and next steps."""
    agencies = [("Federal Bureau of Investigation", "FBI"), ("Department of Homeland Security", ""),
                ("Wisconsin State Patrol", "WSP"), ("New York City Police Department", "NYPD")]
    statuses = [Status.SUBMITTED, Status.ACKNOWLEDGED, Status.WAITING_FEES, Status.APPEALED, Status.DENIED]
    rows = []
    for number in range(count):
        agency, abbreviation = agencies[number % len(agencies)]
        rows.append(summary(number + 1, f"Subject {number}", agency=agency, agency_abbreviation=abbreviation,
                            status=statuses[number % len(statuses)], days_overdue=(number * 37) % 400,
                            due_date=AS_OF - dt.timedelta(days=(number * 37) % 400),
                            appeal_due=AS_OF + dt.timedelta(days=number % 20) if number % 3 else None,
                            may_sue_from=AS_OF - dt.timedelta(days=number % 9)))
    return rows


def qt_content_widths(view: QTableView, columns: range) -> dict[int, int]:
    """What Qt's own ResizeToContents gives each column of *view* as it stands (the reference)."""
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    return {column: header.sectionSize(column) for column in columns}


def shown_table(qtbot: Any, columns: Any, rows: list[RequestSummary], context: ListContext) -> RequestTable:
    view = RequestTable(columns, "List")
    qtbot.addWidget(view)
    view.set_rows(rows, context)
    view.resize(1400, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("columns", [OVERDUE_COLUMNS, DUE_COLUMNS, MAY_SUE_COLUMNS])
@pytest.mark.parametrize("count", [12, 90])
def test_the_columns_are_as_wide_as_qt_would_size_them_to_their_contents(qtbot: Any, columns: Any,
                                                                         count: int) -> None:
    """Every measured column, the bold (very overdue) rows and the status chips included, comes out as
    Qt's ResizeToContents sizes it on the same rows (90: more rows than Qt measures)."""
    rows = varied_rows(count)
    very = frozenset(row.id for row in rows[::4])
    context = ListContext(AS_OF, {row.id: row.days_overdue * 5 // 7 for row in rows}, very)
    view = shown_table(qtbot, columns, rows, context)
    header = view.horizontalHeader()
    step = [c.header for c in columns].index("Next step")
    ours = {column: view.fitted.width(column) for column in range(1, len(columns))}
    applied = {column: header.sectionSize(column) for column in range(1, len(columns)) if column != step}
    qts = qt_content_widths(view, range(1, len(columns)))
    for column, width in ours.items():
        assert abs(width - qts[column]) <= 2, (columns[column].header, width, qts[column])
    assert applied == {column: ours[column] for column in applied}, "the widths measured are the widths shown"


def test_a_sort_measures_the_rows_now_shown_first(qtbot: Any) -> None:
    rows = varied_rows(90)
    rows[80] = summary(81, "Late one", agency="Agency whose name is long enough to be noticed",
                       agency_abbreviation="", due_date=AS_OF)
    view = shown_table(qtbot, DUE_COLUMNS, rows, ListContext(AS_OF, {}, frozenset()))
    header = view.horizontalHeader()
    narrow = header.sectionSize(1)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the long agency name sorts first
    assert view.request_id_at(0) == 81
    assert header.sectionSize(1) > narrow
    assert header.sectionSize(1) == qt_content_widths(view, range(1, 2))[1]


def test_a_long_value_still_fits_after_a_refill(qtbot: Any) -> None:
    context = ListContext(AS_OF, {}, frozenset())
    view = shown_table(qtbot, DUE_COLUMNS, varied_rows(5), context)
    header = view.horizontalHeader()
    before = header.sectionSize(1)
    longer = varied_rows(5)
    longer[3] = summary(4, "Budget", agency="Office of the Inspector General, Department of Transportation",
                        agency_abbreviation="")
    view.set_rows(longer, context)
    cell = view.proxy.index(3, 1)
    assert cell.data() == "Office of the Inspector General, Department of Transportation"
    assert header.sectionSize(1) > before
    assert header.sectionSize(1) >= view.sizeHintForIndex(cell).width(), "the whole name shows, not cut short"
    view.set_rows(varied_rows(5), context)
    assert header.sectionSize(1) == before, "and the column narrows again when the long name is gone"


def test_a_table_filled_while_hidden_is_sized_when_shown(qtbot: Any) -> None:
    view = RequestTable(DUE_COLUMNS, "List")
    qtbot.addWidget(view)
    view.set_rows(varied_rows(8), ListContext(AS_OF, {}, frozenset()))
    view.resize(1400, 400)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    shown = {column: header.sectionSize(column) for column in (1, 2, 3, 4, 5)}
    assert shown == qt_content_widths(view, range(1, 6))


def test_a_larger_font_widens_the_columns(qtbot: Any) -> None:
    view = shown_table(qtbot, DUE_COLUMNS, varied_rows(8), ListContext(AS_OF, {}, frozenset()))
    header = view.horizontalHeader()
    before = header.sectionSize(1)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    assert header.sectionSize(1) > before
    assert header.sectionSize(1) == qt_content_widths(view, range(1, 2))[1]


def test_the_measured_columns_are_not_measured_by_qt(qtbot: Any) -> None:
    view = shown_table(qtbot, DUE_COLUMNS, varied_rows(8), ListContext(AS_OF, {}, frozenset()))
    header = view.horizontalHeader()
    modes = {header.sectionResizeMode(column) for column in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes


def test_the_statistics_columns_are_sized_as_qt_would(qtbot: Any) -> None:
    model = AgencyStatsModel()
    proxy = TotalLastProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    configure_table(view, proxy, "Statistics")
    fitted = FittedColumns(view, range(1, 5), model)
    agencies = [AgencyStatistics(n, f"Agency {n}", "", 10 ** (n % 5), n, 3.5 * n, n, 100.0 + n, n, 2 * n)
                for n in range(1, 9)]
    total = AgencyStatistics(0, "All agencies", "", 123456, 8, 12.5, 9, 200.0, 7, 70)
    model.set_rows(agencies, total)
    view.resize(1000, 300)
    view.show()
    qtbot.waitExposed(view)
    ours = {column: view.horizontalHeader().sectionSize(column) for column in range(1, 5)}
    assert ours == {column: fitted.width(column) for column in range(1, 5)}
    assert ours == qt_content_widths(view, range(1, 5))


def test_a_refresh_with_equal_rows_leaves_the_table_alone(qtbot: Any) -> None:
    context = ListContext(AS_OF, {}, frozenset())
    view = shown_table(qtbot, DUE_COLUMNS, varied_rows(6), context)
    view.setCurrentIndex(view.proxy.index(2, 0))
    resets: list[str] = []
    changes: list[str] = []
    view.proxy.modelReset.connect(lambda: resets.append("reset"))
    view.proxy.dataChanged.connect(lambda *_args: changes.append("changed"))
    view.set_rows(varied_rows(6), ListContext(AS_OF, {}, frozenset()))  # equal rows, new objects
    assert resets == [] and changes == []
    assert view.current_request_id() == view.request_id_at(2)


def test_a_changed_row_shows_and_the_selection_stays(qtbot: Any) -> None:
    context = ListContext(AS_OF, {}, frozenset())
    view = shown_table(qtbot, DUE_COLUMNS, varied_rows(6), context)
    view.setCurrentIndex(view.proxy.index(1, 0))
    selected = view.current_request_id()
    resets: list[str] = []
    changed_rows: list[tuple[int, int]] = []
    view.source.modelReset.connect(lambda: resets.append("reset"))
    view.source.dataChanged.connect(lambda first, last, *_r: changed_rows.append((first.row(), last.row())))
    rows = varied_rows(6)
    rows[4] = dataclasses.replace(rows[4], subject="Renamed request")
    view.set_rows(rows, context)
    assert resets == [], "same number of rows: changed in place"
    assert changed_rows == [(4, 4)], "only the changed row"
    assert view.proxy.index(4, 0).data() == "Renamed request"
    assert view.current_request_id() == selected
    assert view.selectionModel().isRowSelected(1)


def test_a_context_change_updates_the_rows_it_touches(qtbot: Any) -> None:
    rows = varied_rows(4)
    view = shown_table(qtbot, OVERDUE_COLUMNS, rows, ListContext(AS_OF, {}, frozenset()))
    changed_rows: list[tuple[int, int]] = []
    view.source.dataChanged.connect(lambda first, last, *_r: changed_rows.append((first.row(), last.row())))
    view.set_rows(rows, ListContext(AS_OF, {rows[2].id: 25}, frozenset({rows[2].id})))
    assert changed_rows == [(2, 2)]
    assert "25 working" in view.proxy.index(2, 4).data()


def test_more_rows_reset_the_table_but_keep_the_selected_request(qtbot: Any) -> None:
    context = ListContext(AS_OF, {}, frozenset())
    view = shown_table(qtbot, DUE_COLUMNS, varied_rows(5), context)
    view.setCurrentIndex(view.proxy.index(3, 0))
    selected = view.current_request_id()
    resets: list[str] = []
    view.proxy.modelReset.connect(lambda: resets.append("reset"))
    view.set_rows([summary(999, "New first"), *varied_rows(5)], context)
    assert resets == ["reset"]
    assert view.current_request_id() == selected
    assert view.request_id_at(view.currentIndex().row()) == selected


def test_equal_statistics_are_not_reset_and_a_changed_one_shows(qtbot: Any) -> None:
    def stat(agency_id: int, name: str, requests: int) -> AgencyStatistics:
        return AgencyStatistics(agency_id=agency_id, agency=name, abbreviation="", requests=requests, responded=0,
                                median_first_response=None, determined=0, median_determination=None, on_time=0,
                                on_time_counted=0)

    model = AgencyStatsModel()
    model.set_rows([stat(1, "Alpha", 3), stat(2, "Beta", 4)], stat(0, "All agencies", 7))
    resets: list[str] = []
    changed_rows: list[int] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.dataChanged.connect(lambda first, _last, *_r: changed_rows.append(first.row()))
    model.set_rows([stat(1, "Alpha", 3), stat(2, "Beta", 4)], stat(0, "All agencies", 7))
    assert resets == [] and changed_rows == []
    model.set_rows([stat(1, "Alpha", 3), stat(2, "Beta", 5)], stat(0, "All agencies", 8))
    assert resets == [] and changed_rows == [1]
    assert model.index(1, 1).data() == "5"

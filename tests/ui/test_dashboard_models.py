"""The dashboard's and agencies page's models: request lists with chosen columns, agency statistics, and
requests per status; what each cell says, how it sorts, and which cells are late or bold."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from summaries import summary

from foiatrack.core.vocabulary import Status
from foiatrack.services.statistics import AgencyStatistics
from foiatrack.ui.dashboard_models import (
    AGENCY_REQUEST_COLUMNS,
    DUE_COLUMNS,
    OVERDUE_COLUMNS,
    AgencyStatsModel,
    IdRole,
    ListContext,
    RequestListModel,
    SortProxy,
    SortRole,
    StatusCountModel,
    StatusRole,
    TotalLastProxy,
    days_text,
    share_text,
)
from foiatrack.ui.palette import colours
from foiatrack.ui.widgets import display_date

AS_OF = dt.date(2025, 11, 14)
DISPLAY = Qt.ItemDataRole.DisplayRole


def texts(model: Any, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_days_are_counted_in_words() -> None:
    assert days_text(1) == "1 day"
    assert days_text(0) == "0 days"
    assert days_text(3, "working day") == "3 working days"


@pytest.fixture
def overdue(qapp: Any) -> RequestListModel:
    model = RequestListModel(OVERDUE_COLUMNS)
    late = summary(7, "Stingray use", days_overdue=15, tracking_number="FBI-1")
    very = summary(8, "Drones", agency_abbreviation="", agency="Office of Waste", days_overdue=46,
                   due_date=dt.date(2025, 9, 29), is_sample=True)
    model.set_rows([late, very], ListContext(AS_OF, {7: 10, 8: 33}, frozenset({8})))
    return model


def test_overdue_rows_say_how_late_and_what_to_do(qtmodeltester: Any, overdue: RequestListModel) -> None:
    qtmodeltester.check(overdue)
    assert list(overdue.headers()) == ["Subject", "Agency", "Deadline", "Due", "Late", "Next step"]
    assert texts(overdue, 0) == ["Stingray use", "FBI", "Response", display_date(dt.date(2025, 10, 30)),
                                 "15 days (10 working)", "send a follow-up; may sue since 2025-10-31"]
    # No abbreviation: the agency's name; a sample request says so; very overdue is flagged with ⚠.
    assert texts(overdue, 1)[:2] == ["Drones  [sample]", "Office of Waste"]
    assert texts(overdue, 1)[4] == "⚠ 46 days (33 working)"
    assert overdue.index(1, 0).data(IdRole) == 8


def test_passed_dates_are_in_the_palettes_late_colour(overdue: RequestListModel) -> None:
    late = QColor(colours().late)
    due = overdue.index(0, 3).data(Qt.ItemDataRole.ForegroundRole)
    assert due is not None and due.color() == late
    assert overdue.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None, "the subject is not a date"
    assert overdue.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is None, "late, but not very overdue"
    assert overdue.index(1, 4).data(Qt.ItemDataRole.ForegroundRole).color() == late


def test_very_overdue_rows_are_bold_and_say_why_in_the_tooltip(overdue: RequestListModel) -> None:
    assert overdue.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert overdue.index(1, 2).data(Qt.ItemDataRole.FontRole).bold()
    tip = overdue.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Very overdue (past the threshold set in Settings)." in tip
    assert tip.endswith("Enter or double-click opens the request.")
    assert overdue.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Stingray use\nFederal Bureau of Investigation · Submitted · FBI-1\nSent {display_date(dt.date(2025, 10, 1))}"
        "\nNext step: send a follow-up; may sue since 2025-10-31\nEnter or double-click opens the request.")


def test_days_late_are_right_aligned_and_sort_as_numbers(overdue: RequestListModel) -> None:
    assert overdue.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert overdue.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert overdue.index(0, 4).data(SortRole) == 15
    assert overdue.index(0, 3).data(SortRole) == dt.date(2025, 10, 30)
    assert overdue.index(0, 0).data(SortRole) == "stingray use"


def test_the_due_list_counts_the_days_left(qapp: Any) -> None:
    model = RequestListModel(DUE_COLUMNS)
    rows = [summary(1, "Today", due_date=AS_OF), summary(2, "Tomorrow", due_date=AS_OF + dt.timedelta(days=1)),
            summary(3, "Later", due_date=AS_OF + dt.timedelta(days=9), status=Status.ACKNOWLEDGED)]
    model.set_rows(rows, ListContext(AS_OF, {}, frozenset()))
    assert [model.index(r, 5).data() for r in range(3)] == ["today", "tomorrow", "in 9 days"]
    assert model.index(2, 2).data() == "Acknowledged"
    assert model.index(2, 2).data(StatusRole) == Status.ACKNOWLEDGED, "the status cell is drawn as a chip"
    assert model.index(2, 1).data(StatusRole) is None


def test_the_sort_proxy_sorts_dates_as_dates_and_blanks_last(qapp: Any) -> None:
    model = RequestListModel(AGENCY_REQUEST_COLUMNS)
    rows = [summary(1, "B", due_date=dt.date(2025, 12, 1)), summary(2, "a", due_date=None, status=Status.DRAFT),
            summary(3, "C", due_date=dt.date(2025, 2, 1))]
    model.set_rows(rows, ListContext(AS_OF, {}, frozenset()))
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C", "B", "a"], "a draft without a due date last"
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["a", "B", "C"], "case does not matter"
    assert proxy.request_id(proxy.index(0, 3)) == 2, "any cell of the row knows its request"


def stat(agency_id: int, agency: str, requests: int, **values: Any) -> AgencyStatistics:
    base: dict[str, Any] = dict(abbreviation="", responded=0, median_first_response=None, determined=0,
                                median_determination=None, on_time=0, on_time_counted=0)
    base.update(values)
    return AgencyStatistics(agency_id=agency_id, agency=agency, requests=requests, **base)


@pytest.fixture
def stats(qapp: Any) -> AgencyStatsModel:
    model = AgencyStatsModel()
    model.set_rows([stat(1, "Federal Bureau of Investigation", 12, abbreviation="FBI", responded=8,
                         median_first_response=14.5, determined=5, median_determination=40.0, on_time=3,
                         on_time_counted=4),
                    stat(2, "Environmental Protection Agency", 3, abbreviation="EPA")],
                   total=stat(0, "All agencies", 15, on_time=3, on_time_counted=4))
    return model


def test_agency_statistics_say_medians_with_their_counts(qtmodeltester: Any, stats: AgencyStatsModel) -> None:
    qtmodeltester.check(stats)
    assert texts(stats, 0) == ["Federal Bureau of Investigation (FBI)", "12", "14.5 (of 8)", "40 (of 5)",
                               "75% (3 of 4)"]
    assert texts(stats, 1) == ["Environmental Protection Agency (EPA)", "3", "–", "–", "–"]
    assert stats.index(2, 0).data() == "All agencies"
    assert stats.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert stats.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert stats.statistic(1).agency_id == 2
    assert share_text(stat(3, "X", 1)) == "–"


def test_agency_statistics_headers_explain_themselves(stats: AgencyStatsModel) -> None:
    horizontal = Qt.Orientation.Horizontal
    assert stats.headerData(2, horizontal) == "First response\n(median working days)"
    assert stats.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert stats.headerData(4, horizontal, Qt.ItemDataRole.ToolTipRole).startswith("Determinations on or before")


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_total_stays_last_whichever_way_a_column_sorts(stats: AgencyStatsModel, order: Qt.SortOrder) -> None:
    proxy = TotalLastProxy()
    proxy.setSourceModel(stats)
    proxy.sort(1, order)
    names = [proxy.index(r, 0).data() for r in range(3)]
    assert names[-1] == "All agencies"
    expected = ["Environmental Protection Agency (EPA)", "Federal Bureau of Investigation (FBI)"]
    assert names[:2] == (expected if order == Qt.SortOrder.AscendingOrder else expected[::-1])


def test_status_counts_follow_the_life_cycle_and_leave_out_zeros(qtmodeltester: Any) -> None:
    model = StatusCountModel()
    model.set_counts({Status.DENIED: 2, Status.SUBMITTED: 5, Status.GRANTED: 0, Status.DRAFT: 1})
    qtmodeltester.check(model)
    assert [texts(model, r) for r in range(model.rowCount())] == [["Draft", "1"], ["Submitted", "5"],
                                                                  ["Denied", "2"]]
    assert model.index(1, 1).data(SortRole) == 5
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.headerData(1, Qt.Orientation.Horizontal, DISPLAY) == "Requests"

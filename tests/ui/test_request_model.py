"""The Requests table's model: each column's text, the late and sample styling, sorting with blanks last,
the filter bar's conditions, and the proxy the view talks to."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from summaries import summary

from foiatrack.core.vocabulary import Status
from foiatrack.ui.palette import colours
from foiatrack.ui.request_model import (
    AGENCY,
    DAYS_LATE,
    DUE,
    HEADERS,
    SENT,
    STATUS,
    SUBJECT,
    TAGS,
    TRACKING,
    IdRole,
    RequestFilterProxy,
    RequestFilterSpec,
    RequestTableModel,
    SampleRole,
    SortRole,
    late_text,
)
from foiatrack.ui.widgets import display_date

ROWS = [
    summary(1, "Stingray use", days_overdue=15, tracking_number="FBI-22-1", tags=("police", "tech")),
    summary(2, "Water tests", agency="Environmental Protection Agency", agency_abbreviation="EPA", agency_id=2,
            status=Status.ACKNOWLEDGED, due_date=dt.date(2025, 12, 3)),
    summary(3, "budget 2024", agency="Office of Waste", agency_abbreviation="", agency_id=3,
            status=Status.DRAFT, sent_on=None, due_date=None, is_sample=True, tags=("money",)),
    summary(4, "Drone flights", days_overdue=1, tracking_number="fbi-22-9", tags=("tech",),
            due_date=dt.date(2025, 10, 31)),
]


@pytest.fixture
def model(qapp: Any) -> RequestTableModel:
    table = RequestTableModel()
    table.set_rows(ROWS)
    return table


def column(model: Any, number: int) -> list[str]:
    return [model.index(r, number).data() for r in range(model.rowCount())]


def test_late_days_are_flagged_in_words() -> None:
    assert late_text(0) == ""
    assert late_text(-3) == ""
    assert late_text(1) == "⚠ 1 day"
    assert late_text(1204) == "⚠ 1,204 days"


def test_each_column_says_what_the_user_reads(qtmodeltester: Any, model: RequestTableModel) -> None:
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)] == list(HEADERS)
    assert [model.index(0, c).data() for c in range(9)] == [
        "Stingray use", "FBI", "US", display_date(dt.date(2025, 10, 1)), "Submitted",
        display_date(dt.date(2025, 10, 30)), "⚠ 15 days", "FBI-22-1", "police, tech"]
    assert model.index(2, SUBJECT).data() == "[sample] budget 2024", "the marker leads, so a cut subject keeps it"
    assert model.index(2, AGENCY).data() == "Office of Waste"
    assert model.index(2, SENT).data() == "draft"
    assert model.index(2, DUE).data() == ""
    assert model.total_count() == 4
    assert model.index(1, 0).data(IdRole) == 2
    assert model.index(2, 0).data(SampleRole) is True


def test_late_rows_are_bold_with_dates_in_the_late_colour(model: RequestTableModel) -> None:
    late = QColor(colours().late)
    assert model.index(0, SUBJECT).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole).color() == late
    assert model.index(0, DAYS_LATE).data(Qt.ItemDataRole.ForegroundRole).color() == late
    assert model.index(0, AGENCY).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, SUBJECT).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, DAYS_LATE).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_sample_rows_are_italic_and_muted(model: RequestTableModel) -> None:
    assert model.index(2, STATUS).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(2, SUBJECT).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(colours().muted)
    assert "File › Remove the sample data takes it away." in model.index(2, SUBJECT).data(Qt.ItemDataRole.ToolTipRole)


def test_tooltips_give_the_whole_agency_tags_and_lateness(model: RequestTableModel) -> None:
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, AGENCY).data(tip) == "Federal Bureau of Investigation"
    assert model.index(0, TAGS).data(tip) == "police, tech"
    assert model.index(1, TAGS).data(tip) is None
    assert model.index(0, SUBJECT).data(tip) == "Stingray use"
    assert model.index(0, DAYS_LATE).data(tip) == (
        f"The agency's answer was due {display_date(dt.date(2025, 10, 30))}: 15 days ago.")
    assert model.index(1, DAYS_LATE).data(tip) is None


@pytest.mark.parametrize(("number", "ascending"), [
    (SUBJECT, ["budget 2024", "Drone flights", "Stingray use", "Water tests"]),
    (DUE, ["Stingray use", "Drone flights", "Water tests", "budget 2024"]),
    (DAYS_LATE, ["Water tests", "budget 2024", "Drone flights", "Stingray use"]),
    (TRACKING, ["Stingray use", "Drone flights", "Water tests", "budget 2024"]),
])
def test_sorting_is_by_native_values_with_blanks_last_both_ways(model: RequestTableModel, number: int,
                                                                 ascending: list[str]) -> None:
    def subjects() -> list[str]:
        return [model.summary(r).subject for r in range(model.rowCount())]

    model.sort(number, Qt.SortOrder.AscendingOrder)
    assert subjects() == ascending
    model.sort(number, Qt.SortOrder.DescendingOrder)
    blanks = {DUE: 1, TRACKING: 2}.get(number, 0)
    expected = ascending[::-1] if not blanks else ascending[:len(ascending) - blanks][::-1] + ascending[-blanks:]
    if number == DAYS_LATE:  # equal keys keep the order they had: the two on time stay as they were
        expected = ["Stingray use", "Drone flights", "Water tests", "budget 2024"]
    assert subjects() == expected


def test_the_sort_survives_new_rows(model: RequestTableModel) -> None:
    model.sort(SUBJECT, Qt.SortOrder.DescendingOrder)
    model.set_rows([*ROWS, summary(5, "Zoning records")])
    assert model.summary(0).subject == "Zoning records"
    assert model.index(0, SUBJECT).data(SortRole) == "zoning records"


def test_a_selected_row_follows_its_request_when_sorted(model: RequestTableModel) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(model.index(model.row_of(2) or 0, SUBJECT))
    model.sort(SUBJECT, Qt.SortOrder.AscendingOrder)
    assert kept.data() == "Water tests"
    assert kept.row() == 3


@pytest.mark.parametrize(("spec", "ids"), [
    (RequestFilterSpec(text="fbi tech"), [1, 4]),
    (RequestFilterSpec(text="FBI-22-9"), [4]),
    (RequestFilterSpec(text="police"), [1]),
    (RequestFilterSpec(status=Status.ACKNOWLEDGED), [2]),
    (RequestFilterSpec(agency_id=3), [3]),
    (RequestFilterSpec(tag="tech"), [1, 4]),
    (RequestFilterSpec(overdue_only=True), [1, 4]),
    (RequestFilterSpec(text="water", overdue_only=True), []),
])
def test_the_filter_keeps_the_rows_meeting_every_condition(model: RequestTableModel, spec: RequestFilterSpec,
                                                           ids: list[int]) -> None:
    model.set_spec(spec)
    assert [model.summary(r).id for r in range(model.rowCount())] == ids
    assert model.total_count() == 4, "filtered rows are still loaded"
    assert model.spec() == spec
    assert model.visible_overdue_count() == len([i for i in ids if i in (1, 4)])


def test_typing_more_letters_narrows_and_deleting_widens(model: RequestTableModel) -> None:
    assert RequestFilterSpec(text="dro").narrows(RequestFilterSpec(text="dr"))
    assert not RequestFilterSpec(text="d").narrows(RequestFilterSpec(text="dr"))
    assert not RequestFilterSpec(text="dr", tag="x").narrows(RequestFilterSpec(text="d"))
    model.set_spec(RequestFilterSpec(text="wa"))  # Water tests; the Office of Waste's budget
    assert column(model, SUBJECT) == ["Water tests", "[sample] budget 2024"]
    model.set_spec(RequestFilterSpec(text="wat"))
    assert column(model, SUBJECT) == ["Water tests"]
    model.set_spec(RequestFilterSpec(text=""))
    assert column(model, SUBJECT) == ["Stingray use", "Water tests", "[sample] budget 2024", "Drone flights"]


def test_a_filtered_out_request_has_no_row(model: RequestTableModel) -> None:
    model.set_spec(RequestFilterSpec(tag="money"))
    assert model.row_of(3) == 0
    assert model.row_of(1) is None
    assert model.row_of(99) is None


def test_the_proxy_passes_sorting_and_filtering_to_the_model(qtmodeltester: Any, model: RequestTableModel) -> None:
    proxy = RequestFilterProxy(model)
    qtmodeltester.check(proxy)
    proxy.set_spec(RequestFilterSpec(tag="tech"))
    assert proxy.visible_ids() == [1, 4]
    proxy.sort(SUBJECT, Qt.SortOrder.AscendingOrder)
    assert proxy.visible_ids() == [4, 1]
    assert proxy.request_id(proxy.index(1, STATUS)) == 1
    proxy.sort(42)  # a column that does not exist changes nothing
    assert proxy.visible_ids() == [4, 1]

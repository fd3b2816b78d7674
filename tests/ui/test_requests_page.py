"""The Requests page: the table model, filtering, sorting, and actions on a selection."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from foiatrack.core.vocabulary import EventKind, Status
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.workspace import Database
from foiatrack.ui import request_model as rm
from foiatrack.ui.requests_page import RequestsPage, TagDialog


@pytest.fixture
def page(qtbot: Any, demo_db: Database) -> RequestsPage:
    widget = RequestsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: not widget.is_loading() and widget.model.total_count() > 0)
    return widget


def column(page: RequestsPage, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [page.proxy.index(row, col).data(role) for row in range(page.proxy.rowCount())]


def select_rows(page: RequestsPage, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clear()
    for row in rows:
        selection.select(page.proxy.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_models_pass_the_model_tester(qtmodeltester: Any, page: RequestsPage) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_table_shows_every_request_with_its_columns(page: RequestsPage, demo_db: Database) -> None:
    expected = list_requests(demo_db)
    assert page.proxy.rowCount() == len(expected)
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(page.proxy.columnCount())]
    assert headers == ["Subject", "Agency", "Jurisdiction", "Sent", "Status", "Due", "Days late",
                       "Tracking number", "Tags"]
    assert page.count.text() == f"{len(expected)} requests · {sum(1 for r in expected if r.days_overdue)} overdue"


def test_late_rows_say_so_in_words_and_bold(page: RequestsPage) -> None:
    late_rows = [row for row in range(page.proxy.rowCount())
                 if page.proxy.index(row, rm.DAYS_LATE, ).data(rm.SortRole) > 0]
    assert late_rows, "the sample data has overdue requests"
    for row in late_rows:
        days = page.proxy.index(row, rm.DAYS_LATE).data(rm.SortRole)
        assert page.proxy.index(row, rm.DAYS_LATE).data() == f"⚠ {days:,} days"
        assert page.proxy.index(row, rm.SUBJECT).data(Qt.ItemDataRole.FontRole).bold()
    on_time = next(r for r in range(page.proxy.rowCount()) if r not in late_rows)
    assert page.proxy.index(on_time, rm.DAYS_LATE).data() == ""


def test_sample_rows_are_marked(page: RequestsPage) -> None:
    subjects = column(page, rm.SUBJECT)
    assert all(text.startswith("[sample] ") for text in subjects)


def test_find_box_filters_by_subject_agency_tracking_and_tag(qtbot: Any, page: RequestsPage) -> None:
    qtbot.keyClicks(page.find, "clearview")
    subjects = column(page, rm.SUBJECT)
    assert subjects and all("clearview" in s.lower() for s in subjects)
    assert page.count.text().startswith(f"{len(subjects)} of ")

    page.find.clear()
    qtbot.keyClicks(page.find, "2025-ICFO")  # a tracking number
    assert column(page, rm.TRACKING) and all("2025-ICFO" in t for t in column(page, rm.TRACKING))

    page.find.setText("surveillance")  # a tag, also found in some subjects
    assert all("surveillance" in (s + t).lower() for s, t in
               zip(column(page, rm.SUBJECT), column(page, rm.TAGS), strict=True))

    page.find.setText("no such request anywhere")
    assert page.proxy.rowCount() == 0
    page.find.clear()
    assert page.proxy.rowCount() == page.model.total_count()


def test_status_agency_tag_and_overdue_filters(page: RequestsPage) -> None:
    page.status_filter.setCurrentIndex(page.status_filter.findText(Status.SUBMITTED.label))
    assert column(page, rm.STATUS) and set(column(page, rm.STATUS)) == {"Submitted"}
    page.status_filter.setCurrentIndex(0)

    page.overdue.setChecked(True)
    late = column(page, rm.DAYS_LATE)
    assert late and all(text.startswith("⚠") for text in late)
    page.overdue.setChecked(False)

    page.agency_filter.setCurrentIndex(page.agency_filter.findText("U.S. Customs and Border Protection"))
    assert column(page, rm.AGENCY) and set(column(page, rm.AGENCY)) == {"CBP"}
    page.agency_filter.setCurrentIndex(0)

    page.tag_filter.setCurrentIndex(page.tag_filter.findText("asylum"))
    tags = column(page, rm.TAGS)
    assert tags and all("asylum" in t.split(", ") for t in tags)


def test_sorting_by_due_date_is_by_date_not_text(qtbot: Any, page: RequestsPage) -> None:
    # The table opens sorted by due date, earliest first: the most overdue request leads.
    dues = column(page, rm.DUE, rm.SortRole)
    dated = [d for d in dues if d is not None]
    assert all(isinstance(d, dt.date) for d in dated)
    assert dated == sorted(dated)
    assert dues[: len(dated)] == dated, "requests without a due date come last"
    late = column(page, rm.DAYS_LATE, rm.SortRole)
    assert late[0] == max(late), "the most overdue request is at the top"

    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, rm.DUE))
    dated = [d for d in column(page, rm.DUE, rm.SortRole) if d is not None]
    assert dated == sorted(dated, reverse=True), "a click on the header reverses the order"
    assert column(page, rm.DUE)[0] == page.proxy.index(0, rm.DUE).data()

    page.table.sortByColumn(rm.DAYS_LATE, Qt.SortOrder.DescendingOrder)
    late = column(page, rm.DAYS_LATE, rm.SortRole)
    assert all(isinstance(n, int) for n in late) and late == sorted(late, reverse=True)


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_filter_survives_sorting_and_reload(qtbot: Any, page: RequestsPage) -> None:
    page.find.setText("ice")
    shown = sorted(column(page, rm.SUBJECT))
    page.table.sortByColumn(rm.SUBJECT, Qt.SortOrder.DescendingOrder)
    assert sorted(column(page, rm.SUBJECT)) == shown
    assert column(page, rm.SUBJECT) == sorted(shown, key=lambda s: s.casefold(), reverse=True)
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert column(page, rm.SUBJECT) == sorted(shown, key=lambda s: s.casefold(), reverse=True)


def test_enter_and_double_click_open_the_request(qtbot: Any, page: RequestsPage) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(2, 0))
    with qtbot.waitSignal(page.openRequest) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.proxy.request_id(page.proxy.index(2, 0))]


def test_tag_several_requests(monkeypatch: pytest.MonkeyPatch, qtbot: Any, page: RequestsPage,
                              demo_db: Database) -> None:
    select_rows(page, [0, 1])
    ids = page.selected_ids()
    assert page.tag_button.isEnabled()

    def fill_and_accept(dialog: TagDialog) -> int:
        dialog.add_edit.setText("Coalition, urgent")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TagDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(page.loaded):  # tagged on the writer, then the table reloads
        page.tag_button.click()
    for request_id in ids:
        assert {"coalition", "urgent"} <= set(request_detail(demo_db, request_id).request.tags)
    assert page.selected_ids() == ids, "the selection is kept across the reload"
    page.tag_filter.setCurrentIndex(page.tag_filter.findText("urgent"))
    assert sorted(page.proxy.visible_ids()) == sorted(ids)


def test_log_the_same_event_on_several_requests(qtbot: Any, page: RequestsPage, demo_db: Database) -> None:
    select_rows(page, [0, 1, 2])
    ids = page.selected_ids()
    assert page.log_button.text() == "&Log event on 3…"
    page.log_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Log the same event on 3 requests"
    dialog.kind.set_value(EventKind.NOTE)
    dialog.summary.setText("Called the FOIA liaison about all three")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.dialog is None and not page.is_loading())
    for request_id in ids:
        summaries = [e.summary for e in request_detail(demo_db, request_id).events]
        assert "Called the FOIA liaison about all three" in summaries


def test_write_letters_for_the_selection(monkeypatch: pytest.MonkeyPatch, page: RequestsPage) -> None:
    opened: list[list[int]] = []

    class FakeLetterDialog:
        def __init__(self, db: Database, request_ids: list[int], parent: Any = None) -> None:
            opened.append(request_ids)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("foiatrack.ui.letter_dialog.LetterDialog", FakeLetterDialog)
    select_rows(page, [1, 3])
    assert page.letter_button.text() == "&Write 2 letters…"
    page.letter_button.click()
    assert opened == [page.selected_ids()]


def test_every_control_has_an_accessible_name(page: RequestsPage, accessible: Any) -> None:
    assert accessible(page) == []

"""The dashboard page on the sample data: lists, statistics, charts, opening requests, the report."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dashboard_fixtures as fx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from foiatrack.services.statistics import dashboard_lists
from foiatrack.store.database import Database
from foiatrack.ui import pdf_print
from foiatrack.ui.dashboard_models import IdRole
from foiatrack.ui.dashboard_page import APPEAL, DUE_7, MAY_SUE, OVERDUE, DashboardPage


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    yield from fx.sample_database(tmp_path)


@pytest.fixture
def page(qtbot: Any, sample_db: Database) -> DashboardPage:
    widget = DashboardPage(sample_db)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    return widget


def test_models_pass_the_model_tester(qtmodeltester: Any, page: DashboardPage) -> None:
    for table in page.list_tables:
        qtmodeltester.check(table.source)
        qtmodeltester.check(table.proxy)
    qtmodeltester.check(page.stats_model)
    qtmodeltester.check(page.stats_table.model())
    qtmodeltester.check(page.status_model)


def test_lists_match_the_service_and_mark_very_overdue(page: DashboardPage, sample_db: Database) -> None:
    expected = dashboard_lists(sample_db, dt.date.today())
    shown = [page.overdue_table.request_id_at(row) for row in range(page.overdue_table.proxy.rowCount())]
    assert shown == [r.id for r in expected.overdue] and shown
    assert page.appeal_table.source.rowCount() == len(expected.appeal_closing)
    assert page.may_sue_table.source.rowCount() == len(expected.may_sue) > 0
    assert page.due_7_table.source.rowCount() == len(expected.due_within_7)
    very_column = [c.header for c in page.overdue_table.source.columns].index("Late")
    for row in range(page.overdue_table.proxy.rowCount()):
        text = page.overdue_table.proxy.index(row, very_column).data()
        assert text.startswith("⚠") == (page.overdue_table.request_id_at(row) in expected.very_overdue)
    assert page.tiles[OVERDUE].text().startswith(f"{expected.overdue_total} ")
    assert page.list_tabs.tabText(MAY_SUE) == "May sue now"


def test_statistics_and_charts_are_filled(page: DashboardPage) -> None:
    assert page.statistics is not None and page.statistics.overall.requests == 21
    last = page.stats_model.rowCount() - 1
    assert page.stats_model.index(last, 0).data() == "All agencies"
    assert page.stats_model.index(last, 1).data() == "21"
    counts = page.lists.status_counts if page.lists else {}
    assert sum(n for _label, n in page.status_chart.bars()) == sum(counts.values())
    assert page.on_time_chart.bars()
    assert "on time" in page.on_time_chart.accessibleDescription()


def test_enter_on_a_row_opens_the_request(qtbot: Any, page: DashboardPage) -> None:
    table = page.overdue_table
    page.show_list(OVERDUE)
    index = table.proxy.index(0, 0)
    table.setCurrentIndex(index)
    with qtbot.waitSignal(page.openRequest) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [index.data(IdRole)]


def test_tiles_switch_the_list(qtbot: Any, page: DashboardPage) -> None:
    qtbot.mouseClick(page.tiles[APPEAL], Qt.MouseButton.LeftButton)
    assert page.list_tabs.currentIndex() == APPEAL
    page.list_tabs.setCurrentIndex(DUE_7)
    assert page.tiles[DUE_7].isChecked()


def test_sample_data_can_be_left_out_and_the_day_changed(qtbot: Any, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.loaded):
        page.include_sample.setChecked(False)
    assert page.overdue_table.source.rowCount() == 0
    assert page.statistics is not None and page.statistics.overall.requests == 0
    with qtbot.waitSignal(page.loaded):
        page.include_sample.setChecked(True)
    early = dt.date.today() - dt.timedelta(days=60)
    with qtbot.waitSignal(page.loaded):
        page.as_of.setDate(QDate(early.year, early.month, early.day))
    assert page.lists is not None and page.lists.as_of == early
    assert page.overdue_table.source.rowCount() < len(dashboard_lists(page.db).overdue)


def test_report_is_saved_as_pdf(qtbot: Any, page: DashboardPage, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "PDF (*.pdf)")))
    page.save_report_pdf()
    qtbot.waitUntil(lambda: page.status_label.text().startswith("Saved the overdue report"))
    saved = tmp_path / "report.pdf"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(saved).pages)
    assert "Overdue and Upcoming Public-Records Deadlines" in text
    assert page.lists is not None and " ".join(page.lists.overdue[0].subject.split()[:3]) in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_report_prints_the_saved_pdf_after_a_preview(qtbot: Any, page: DashboardPage, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[bytes] = []
    monkeypatch.setattr(pdf_print, "print_pdf", lambda _parent, data, _title: printed.append(data) or True)
    page.print_report()
    qtbot.waitUntil(lambda: bool(printed))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(printed[0])).pages)
    assert "Overdue and Upcoming Public-Records Deadlines" in text
    assert "very overdue" in page.printable_html()


def test_every_control_has_a_name_and_takes_focus(page: DashboardPage) -> None:
    assert fx.unnamed_controls(page) == []
    for widget in (page.as_of, page.include_sample, page.appeal_days, page.refresh_button, page.print_button,
                   page.pdf_button, *page.tiles, *page.list_tables, page.stats_table):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def _column(table: Any, header: str) -> int:
    return [c.header for c in table.source.columns].index(header)


def test_each_row_names_its_deadline_and_next_step(page: DashboardPage, sample_db: Database) -> None:
    from PySide6.QtGui import QColor

    from foiatrack.ui.palette import colours

    overdue = page.overdue_table
    deadline, step = _column(overdue, "Deadline"), _column(overdue, "Next step")
    assert overdue.proxy.rowCount() > 0
    for row in range(overdue.proxy.rowCount()):
        assert overdue.proxy.index(row, deadline).data() in ("Response", "Response (extended)", "Decision on appeal")
        text = overdue.proxy.index(row, step).data()
        assert text.startswith(("send a follow-up", "follow up on the appeal"))
        brush = overdue.proxy.index(row, step).data(Qt.ItemDataRole.ForegroundRole)
        assert brush is not None and brush.color() == QColor(colours().late), "a passed date is marked"
    appeal = page.appeal_table
    for row in range(appeal.proxy.rowCount()):
        assert appeal.proxy.index(row, _column(appeal, "Next step")).data().startswith("appeal by ")
    sue = page.may_sue_table
    assert any("may sue since" in sue.proxy.index(row, _column(sue, "Next step")).data()
               for row in range(sue.proxy.rowCount()))


def test_on_time_chart_shows_percentages_of_agencies_that_decided(page: DashboardPage) -> None:
    assert page.statistics is not None
    decided = {r.abbreviation or r.agency for r in page.statistics.agencies if r.determined and r.on_time_counted}
    bars = page.on_time_chart.bars()
    assert bars and all("%" in label for label, _value in bars)
    assert {label.split(":")[0] for label, _value in bars} <= decided


def test_a_new_york_request_not_yet_acknowledged_names_the_acknowledgement(page: DashboardPage) -> None:
    # New York: within 5 business days the agency must grant, deny or at least acknowledge (Pub. Off. Law
    # § 89(3)(a)); the sample NYPD request was received 3 days ago and nothing since.
    due = page.due_7_table
    deadline, step, subject = _column(due, "Deadline"), _column(due, "Next step"), _column(due, "Subject")
    rows = {due.proxy.index(row, subject).data(): row for row in range(due.proxy.rowCount())}
    nypd = next(row for text, row in rows.items() if text.startswith("Facial recognition use policy"))
    assert due.proxy.index(nypd, deadline).data() == "Acknowledgement"
    assert due.proxy.index(nypd, step).data().startswith("wait; follow up if not acknowledged by ")
    others = [due.proxy.index(row, deadline).data() for row in rows.values() if row != nypd]
    assert others and "Acknowledgement" not in others, "only New York's first deadline is an acknowledgement"


def test_a_refresh_with_nothing_new_redraws_nothing_and_a_change_shows(qtbot: Any, page: DashboardPage,
                                                                      sample_db: Database) -> None:
    """Refresh (or any reload) with nothing committed since keeps the tables as they are; a change made
    meanwhile, here through another connection, is in the next refresh."""
    resets: list[str] = []
    for number, table in enumerate(page.list_tables):
        table.source.modelReset.connect(lambda number=number: resets.append(f"list {number}"))
    page.stats_model.modelReset.connect(lambda: resets.append("statistics"))
    changed: list[str] = []
    page.stats_model.dataChanged.connect(lambda *_args: changed.append("statistics"))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert resets == [] and changed == []
    from foiatrack.services.requests import NewRequest, RequestFields, file_request
    from foiatrack.services.workspace import open_workspace

    other = open_workspace(sample_db.location)
    try:
        file_request(other, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Late one"),
                                       sent_on=dt.date(2025, 9, 1), received_on=dt.date(2025, 9, 1)))
    finally:
        other.close()
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    # The FBI's figures change in place (the same agencies are listed); the lists that gained a row reset.
    assert "statistics" in changed and "statistics" not in resets and len(resets) >= 1
    overdue = page.overdue_table
    subjects = [overdue.model().index(r, 0).data() for r in range(overdue.model().rowCount())]
    assert "Late one" in subjects

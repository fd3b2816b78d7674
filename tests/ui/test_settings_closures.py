"""Closure days on the settings page: the list, adding one (checked here first), removing one, and the
deadlines that move with them.

Hand-checked: an FBI request sent Wed 2025-10-01 is due Thu 2025-10-30 (20 working days, Columbus Day
skipped); a government-wide closure on Fri 2025-10-17 makes it Fri 2025-10-31. A closure for California
only leaves it where it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from foiatrack.services.closures import ClosureDay, list_closures
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.dashboard_models import IdRole, SortRole
from foiatrack.ui.settings_closures import ALL, ClosureModel, ClosuresBox
from foiatrack.ui.widgets import display_date


@pytest.fixture
def box(qtbot: Any, blank_db: Database) -> ClosuresBox:
    widget = ClosuresBox(blank_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def request_id(blank_db: Database) -> int:
    return file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Stingray use"),
                                             sent_on=dt.date(2025, 10, 1)))[0]


def due(db: Database, request_id: int) -> dt.date | None:
    deadlines = request_detail(db, request_id, dt.date(2025, 10, 15)).deadlines
    assert deadlines is not None and deadlines.agency_due is not None
    return deadlines.agency_due.date


def add(qtbot: Any, box: ClosuresBox, day: str, reason: str, applies_to: str | None = None) -> None:
    box.date.edit.setText(day)
    box.name.setText(reason)
    box.jurisdiction.setCurrentIndex(box.jurisdiction.findData(applies_to) if applies_to else 0)
    with qtbot.waitSignal(box.changed):
        box.add_button.click()


def test_the_model_shows_date_reason_and_where_it_applies(qtmodeltester: Any) -> None:
    model = ClosureModel()
    model.set_closures([ClosureDay(1, dt.date(2025, 10, 17), "Shutdown", None),
                        ClosureDay(2, dt.date(2025, 1, 9), "Day of mourning", "US-CA")])
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Date", "Why the office was closed", "Applies to"]
    assert [model.index(0, c).data() for c in range(3)] == [display_date(dt.date(2025, 10, 17)), "Shutdown", ALL]
    assert model.index(1, 2).data() == "US-CA"
    assert model.index(1, 0).data(SortRole) == dt.date(2025, 1, 9), "dates sort as dates"
    assert model.index(1, 1).data(IdRole) == 2


def test_a_closure_day_moves_the_deadlines(qtbot: Any, blank_db: Database, box: ClosuresBox,
                                           request_id: int) -> None:
    assert due(blank_db, request_id) == dt.date(2025, 10, 30)
    add(qtbot, box, "2025-10-17", "Lapse in appropriations")
    assert due(blank_db, request_id) == dt.date(2025, 10, 31)
    assert box.progress.text() == "Added 2025-10-17; deadlines recomputed."
    assert box.date.value() is None and box.name.text() == "", "the entry row is cleared for the next day"
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert box.model.index(0, 1).data() == "Lapse in appropriations"
    assert all(w.isEnabled() for w in (box.add_button, box.remove_button, box.date, box.name))


def test_a_closure_in_another_state_leaves_a_federal_deadline(qtbot: Any, blank_db: Database, box: ClosuresBox,
                                                              request_id: int) -> None:
    add(qtbot, box, "2025-10-17", "Fire at the Sacramento office", "US-CA")
    assert list_closures(blank_db)[0].jurisdiction == "US-CA"
    assert due(blank_db, request_id) == dt.date(2025, 10, 30)


def test_a_missing_or_wrong_date_is_said_under_the_date(box: ClosuresBox, blank_db: Database) -> None:
    box.name.setText("Shutdown")
    assert box.add() is False
    assert box.errors.messages() == {"date": "⚠ Give the day the office was closed (YYYY-MM-DD)"}
    box.date.edit.setText("2025-13-01")
    assert box.add() is False
    assert set(box.errors.messages()) == {"date"}
    assert list_closures(blank_db) == []


def test_a_missing_reason_comes_back_under_the_reason(qtbot: Any, box: ClosuresBox, blank_db: Database) -> None:
    box.date.edit.setText("2025-10-17")
    with qtbot.waitSignal(box.busy) as busy_state:
        box.add()
    assert busy_state.args == [True]
    qtbot.waitUntil(lambda: "name" in box.errors.messages())
    assert box.errors.messages()["name"].startswith("⚠ Say why the office was closed")
    assert box.add_button.isEnabled() and box.progress.text() == ""
    assert list_closures(blank_db) == []


def test_the_same_day_twice_is_refused(qtbot: Any, box: ClosuresBox) -> None:
    add(qtbot, box, "2025-10-17", "Shutdown")
    box.date.edit.setText("2025-10-17")
    box.name.setText("Again")
    box.add()
    qtbot.waitUntil(lambda: "date" in box.errors.messages())
    assert box.errors.messages()["date"] == "⚠ 2025-10-17 is already a closure day (Shutdown)"


def test_removing_needs_a_selection_and_moves_the_deadline_back(qtbot: Any, blank_db: Database, box: ClosuresBox,
                                                               request_id: int) -> None:
    box.remove()
    assert box.general.text() == "⚠ Select the closure day to remove in the list first."
    assert not box.general.isHidden()
    add(qtbot, box, "2025-10-17", "Shutdown")
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    box.table.setCurrentIndex(box.table.model().index(0, 1))
    assert box.selected_closure() is not None and box.selected_closure().name == "Shutdown"
    with qtbot.waitSignal(box.changed):
        box.remove_button.click()
    assert box.progress.text() == "Removed 2025-10-17; deadlines recomputed."
    assert list_closures(blank_db) == []
    assert due(blank_db, request_id) == dt.date(2025, 10, 30)
    qtbot.waitUntil(lambda: box.model.rowCount() == 0)

"""The trash window on its own: what each row says, which buttons are on, restoring the selection (with
its undo step), and emptying only after the user confirms.

(The trash and undo working together from the main window are tested in test_trash_undo.py.)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from foiatrack.services.queries import list_requests
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.trash import TrashedRequest, list_trash, move_to_trash
from foiatrack.services.workspace import Database
from foiatrack.ui.trash_dialog import HEADERS, TrashDialog, TrashModel


@pytest.fixture
def trashed(blank_db: Database) -> list[int]:
    ids = [file_request(blank_db, NewRequest(agencies=(agency,), fields=RequestFields(subject=subject)))[0]
           for agency, subject in (("FBI", "Stingray use"), ("EPA", "Water tests"), ("FBI", "Drones"))]
    move_to_trash(blank_db, ids[:2])
    return ids[:2]


def open_dialog(qtbot: Any, db: Database) -> TrashDialog:
    dialog = TrashDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    return dialog


def answer_confirm(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_each_row_says_what_emptying_would_lose(qtmodeltester: Any) -> None:
    model = TrashModel()
    model.set_rows([TrashedRequest(4, "Stingray use", "FBI", "submitted", dt.datetime(2026, 11, 2, 9, 30), 3, 1,
                                   False),
                    TrashedRequest(5, "Budget", "EPA", "draft", dt.datetime(2026, 11, 3, 17, 5), 1, 0, True)])
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == list(HEADERS)
    assert [model.index(0, c).data() for c in range(5)] == [
        "Stingray use", "FBI", "Submitted", "2026-11-02 09:30", "3 events, 1 file"]
    assert model.index(1, 0).data() == "Budget (sample)"
    assert model.index(1, 4).data() == "1 event, 0 files"
    assert model.item(1).id == 5


def test_an_empty_trash_says_so_and_offers_nothing(qtbot: Any, blank_db: Database) -> None:
    dialog = open_dialog(qtbot, blank_db)
    assert dialog.note.text() == "The trash is empty. Requests you delete wait here until you empty it."
    assert not dialog.restore_button.isEnabled() and not dialog.empty_button.isEnabled()


def test_the_trash_lists_what_was_deleted_with_the_first_selected(qtbot: Any, blank_db: Database,
                                                                  trashed: list[int]) -> None:
    dialog = open_dialog(qtbot, blank_db)
    assert dialog.model.rowCount() == 2
    assert {dialog.model.item(r).subject for r in range(2)} == {"Stingray use", "Water tests"}
    assert dialog.note.text().startswith("2 requests in the trash, each with every event and file.")
    assert len(dialog.selected_ids()) == 1
    assert dialog.restore_button.isEnabled() and dialog.empty_button.isEnabled()
    dialog.table.clearSelection()
    assert not dialog.restore_button.isEnabled(), "nothing selected: nothing to restore"


def test_restoring_brings_the_selected_requests_back(qtbot: Any, blank_db: Database, trashed: list[int]) -> None:
    dialog = open_dialog(qtbot, blank_db)
    dialog.table.selectAll()
    with qtbot.waitSignal(dialog.changed):
        dialog.restore_button.click()
    assert {row.id for row in list_requests(blank_db)} >= set(trashed)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 0)
    assert list_trash(blank_db) == []


def test_emptying_asks_first_and_cancel_keeps_everything(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                                         blank_db: Database, trashed: list[int]) -> None:
    dialog = open_dialog(qtbot, blank_db)
    asked = answer_confirm(monkeypatch, "Cancel")
    dialog.empty_button.click()
    assert asked == ["Delete 2 requests in the trash for good, with every event and file?\n\nThis cannot be undone."]
    assert not dialog.busy
    assert len(list_trash(blank_db)) == 2


def test_emptying_deletes_for_good(monkeypatch: pytest.MonkeyPatch, qtbot: Any, blank_db: Database,
                                   trashed: list[int]) -> None:
    dialog = open_dialog(qtbot, blank_db)
    answer_confirm(monkeypatch, "Delete for good")
    with qtbot.waitSignal(dialog.changed):
        dialog.empty_button.click()
    assert list_trash(blank_db) == []
    assert not set(trashed) & {row.id for row in list_requests(blank_db)}
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 0)
    assert not dialog.empty_button.isEnabled()

"""The window's Edit commands: deleting the open request or the selected ones, removing the sample data,
undoing either, and the trash."""

from __future__ import annotations

from typing import Any

import pytest

from foiatrack.services.queries import list_requests
from foiatrack.services.trash import list_trash, sample_request_ids
from foiatrack.services.workspace import Database
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.trash_dialog import TrashDialog


def listed_ids(db: Database) -> set[int]:
    return {row.id for row in list_requests(db)}


def open_request(qtbot: Any, window: MainWindow, request_id: int) -> None:
    with qtbot.waitSignal(window.detail_page.loaded):
        window.open_request(request_id)


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_deleting_with_nothing_chosen_says_what_to_do(window: MainWindow) -> None:
    window.show_page("requests")
    window.requests_page.table.clearSelection()
    window.delete_action.trigger()
    assert message(window) == "Select the requests to delete first."
    window.show_page("dashboard")
    window.delete_action.trigger()
    assert message(window) == "Open a request, or select requests on the Requests page, to delete them."


def test_the_open_request_goes_to_the_trash_and_undo_brings_it_back(qtbot: Any, window: MainWindow,
                                                                   demo_db: Database) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    open_request(qtbot, window, request_id)
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: request_id not in listed_ids(demo_db) and message(window).startswith("Delete request"))
    assert message(window) == ("Delete request: moved to the trash with every event and file. Ctrl+Z undoes; "
                               "File › Trash restores.")
    assert request_id in {row.id for row in list_trash(demo_db)}
    qtbot.waitUntil(lambda: window.current_page_name() == "requests")
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo Delete request"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: request_id in listed_ids(demo_db))
    qtbot.waitUntil(lambda: message(window) == "Undone: Delete request.")
    assert list_trash(demo_db) == []
    qtbot.waitUntil(lambda: not window.undo_action.isEnabled())


def test_removing_the_sample_data_is_one_step_that_undo_takes_back(qtbot: Any, window: MainWindow,
                                                                   demo_db: Database) -> None:
    samples = set(sample_request_ids(demo_db))
    assert samples, "the demo database holds sample requests"
    window.remove_samples_action.trigger()
    qtbot.waitUntil(lambda: message(window).startswith("Moved "))
    assert message(window) == (f"Moved {len(samples)} requests of sample data to the trash. Ctrl+Z undoes; "
                               "File › Trash restores or deletes them for good.")
    assert not (samples & listed_ids(demo_db))
    assert window.undo_action.text() == "&Undo Remove the sample data"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: samples <= listed_ids(demo_db))


def test_with_no_sample_data_there_is_nothing_to_remove(qtbot: Any, blank_db: Database, ui_settings: Any) -> None:
    main = MainWindow(blank_db, ui_settings)
    qtbot.addWidget(main)
    main.remove_sample_data()
    qtbot.waitUntil(lambda: message(main) == "There is no sample data to remove.")
    assert not main.undo_action.isEnabled(), "nothing happened, so there is nothing to undo"
    main.close()


def test_the_trash_opens_on_the_windows_database(monkeypatch: pytest.MonkeyPatch, window: MainWindow,
                                                 demo_db: Database) -> None:
    opened: list[Any] = []

    def exec_(dialog: TrashDialog) -> int:
        opened.append((dialog.db, dialog.parent()))
        return 0

    monkeypatch.setattr(TrashDialog, "exec", exec_)
    window.trash_action.trigger()
    assert opened == [(demo_db, window)]

"""One background writer: no write transaction of the app's is opened on the UI thread.

Every write transaction goes through ``Database.session()``; the probe below records the thread each one is
opened on while the app's dialogs and menus save, delete, restore and undo. The app passes only if none of
them ran on the UI thread (where a slow disk or a busy team server would freeze the window).
"""

from __future__ import annotations

import ast
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from foiatrack.services.agencies import AgencyChanges, add_agency, find_agency
from foiatrack.services.trash import list_trash
from foiatrack.services.workspace import Database
from foiatrack.store.database import Database as StoreDatabase
from foiatrack.ui import agencies_page, dataflow
from foiatrack.ui.agencies_page import AgenciesPage
from foiatrack.ui.agency_form import AgencyDialog
from foiatrack.ui.new_request_dialog import NewRequestDialog
from foiatrack.ui.settings_page import SettingsPage
from foiatrack.ui.trash_dialog import TrashDialog

UI = Path(__file__).resolve().parents[2] / "foiatrack" / "ui"


@pytest.fixture
def write_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The name of the thread each write transaction is opened on, in order."""
    threads: list[str] = []
    real = StoreDatabase.session

    def session(self: StoreDatabase) -> Any:
        threads.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(StoreDatabase, "session", session)
    yield threads


def on_ui_thread(threads: list[str]) -> list[str]:
    return [name for name in threads if name == threading.main_thread().name]


def test_the_probe_sees_a_write_made_on_the_ui_thread(write_threads: list[str], demo_db: Database) -> None:
    """The check below can fail: a service write called straight from the UI thread is caught."""
    add_agency(demo_db, AgencyChanges(name="Office Written From The UI Thread", jurisdiction="US"))
    assert on_ui_thread(write_threads) == write_threads != []


def test_no_ui_module_writes_on_the_ui_thread_by_hand() -> None:
    """No synchronous write helper is left, and only the writer records what a write changed."""
    assert not hasattr(dataflow, "write_now")
    offenders = []
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
            if name == "write_now" or (name == "recorded" and path.name != "dataflow.py"):
                offenders.append(f"{path.name}:{getattr(node, 'lineno', '?')} {name}")
    assert offenders == []


def test_menus_trash_and_undo_write_on_the_writer(qtbot: Any, window: Any, demo_db: Database,
                                                  write_threads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("requests")
    with qtbot.waitSignal(window.requests_page.loaded):
        window.remove_samples_action.trigger()
    qtbot.waitUntil(window.undo_history.idle)
    with qtbot.waitSignal(window.requests_page.loaded):  # undone, announced, reloaded
        window.undo()
    ids = window.requests_page.proxy.visible_ids()[:2]
    assert len(ids) == 2
    window.requests_page.select_ids(ids)
    with qtbot.waitSignal(window.requests_page.loaded):
        window.requests_page.delete_selected()
    # The page may reload for an earlier change before the deletion is committed: the trash is opened once the two
    # requests are in it, or it could list nothing to restore.
    qtbot.waitUntil(lambda: {item.id for item in list_trash(demo_db)} >= set(ids))
    dialog = TrashDialog(demo_db, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    dialog.select_row(0)
    # As a user would: once the button is enabled (a reload of the list may still be on its way; restoring waits).
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
    with qtbot.waitSignal(dialog.changed):
        dialog.restore_selected()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click())  # "Delete for good"
    qtbot.waitUntil(lambda: dialog.empty_button.isEnabled())
    with qtbot.waitSignal(dialog.changed):
        dialog.empty()
    assert list_trash(demo_db) == []
    assert len(write_threads) >= 5 and on_ui_thread(write_threads) == []


def test_dialogs_and_pages_write_on_the_writer(qtbot: Any, demo_db: Database, write_threads: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    new = NewRequestDialog(demo_db)
    qtbot.addWidget(new)
    with qtbot.waitSignal(new.agenciesLoaded):  # read in the background
        pass
    new.form.subject.setText("Records filed off the UI thread")
    new.agencies.set_checked(find_agency(demo_db, "FBI").id)
    with qtbot.waitSignal(new.answered) as filed:
        new.file()
    assert filed.args == [True]

    agency = AgencyDialog(demo_db, None, [])
    qtbot.addWidget(agency)
    agency.name.setText("Office of Spare Records")
    with qtbot.waitSignal(agency.answered) as saved:
        agency.save()
    assert saved.args == [True] and agency.saved is not None

    page = AgenciesPage(demo_db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    with qtbot.waitSignal(page.detailLoaded):
        page.select_agency(agency.saved.id)
    monkeypatch.setattr(agencies_page, "confirm", lambda *_a, **_k: True)
    with qtbot.waitSignal(page.loaded):
        page.delete_agency()

    settings = SettingsPage(demo_db)
    qtbot.addWidget(settings)
    qtbot.waitUntil(lambda: settings._saved_threshold is not None)
    settings.threshold.setValue(settings.threshold.value() + 1)
    with qtbot.waitSignal(settings.answered) as answer:
        settings.save_threshold()
    assert answer.args[1] is True
    assert len(write_threads) >= 4 and on_ui_thread(write_threads) == []



def test_the_appeal_office_box_and_intake_write_on_the_writer(qtbot: Any, demo_db: Database, tmp_path: Path,
                                                              write_threads: list[str]) -> None:
    from foiatrack.services.queries import list_requests
    from foiatrack.ui.appeal_office_box import AppealOfficeBox
    from foiatrack.ui.intake_dialog import IntakeDialog

    request_id = list_requests(demo_db)[0].id
    box = AppealOfficeBox(demo_db, lambda: None)
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.asked):  # the agency is read in the background
        box.ask_for(request_id)
    box.address.setPlainText("FOIA Appeals Officer\n2 Main St\nWashington, DC 20001")
    with qtbot.waitSignal(box.answered) as saved:
        box.submit()
    assert saved.args == [True] and box.isHidden()

    letter = tmp_path / "ack.txt"
    letter.write_text("March 9, 2026\n\nThis acknowledges receipt of your request, received on March 3, 2026.",
                      encoding="utf-8")
    intake = IntakeDialog(demo_db, [str(letter)])
    qtbot.addWidget(intake)
    intake.show()
    qtbot.waitUntil(lambda: intake.item is not None)
    intake.request_picker.setCurrentIndex(intake.request_ids.index(request_id))
    with qtbot.waitSignal(intake.answered) as logged:
        intake.log_button.click()
    assert logged.args == [True] and intake.logged_count == 1
    assert len(write_threads) >= 2 and on_ui_thread(write_threads) == []

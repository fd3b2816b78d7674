"""Driving the pages and dialogs through their loads opens no database session on the UI thread.

The companion of ``test_dataflow_ui_thread.py`` (which reads the source): here the database itself refuses
to be read on the UI thread while the window and the dialogs load, so a read hidden behind a helper is
caught too. Start-up (building the window) is left out: it is measured and shaped on its own.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from foiatrack.services.queries import list_requests
from foiatrack.services.workspace import Database
from foiatrack.ui.tasks import tasks_running


def _ui_frames() -> str:
    """Where in foiatrack/ui the read came from (the innermost app frames)."""
    frames = [f for f in traceback.extract_stack() if "/foiatrack/" in f.filename.replace("\\", "/")]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-6:]))


@pytest.fixture
def ui_thread_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[bool], list[str]]]:
    """``watch(True)`` starts recording sessions opened on the UI thread; returns the list of them."""
    from foiatrack.store.database import Database as StoreDatabase

    recorded: list[str] = []
    watching = [False]

    def guard(name: str) -> Any:
        real = getattr(StoreDatabase, name)

        def opened(self: Any, *args: Any, **kwargs: Any) -> Any:
            app = QCoreApplication.instance()
            if watching[0] and app is not None and QThread.currentThread() is app.thread():
                recorded.append(f"{name}: {_ui_frames()}")
            return real(self, *args, **kwargs)
        return opened

    for name in ("session", "read_session"):
        monkeypatch.setattr(StoreDatabase, name, guard(name))

    def watch(on: bool) -> list[str]:
        watching[0] = on
        return recorded

    yield watch
    watching[0] = False


def _settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not tasks_running())
    QCoreApplication.sendPostedEvents()


def test_every_page_and_the_dialogs_load_off_the_ui_thread(qtbot: Any, demo_db: Database, ui_settings: Any,
                                                            ui_thread_reads: Callable[[bool], list[str]],
                                                            tmp_path: Path) -> None:
    from foiatrack.ui.import_dialog import ImportDialog
    from foiatrack.ui.intake_dialog import IntakeDialog
    from foiatrack.ui.letter_dialog import LetterDialog
    from foiatrack.ui.main_window import MainWindow
    from foiatrack.ui.new_request_dialog import NewRequestDialog

    window = MainWindow(demo_db, ui_settings)  # start-up: not watched
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot)
    request_id = list_requests(demo_db)[0].id
    letter = tmp_path / "letter.txt"
    letter.write_text(f"Dear Requester:\nWe received your request on January 8, 2026. Request #{request_id}.\n",
                      encoding="utf-8")
    spreadsheet = tmp_path / "tracker.csv"
    spreadsheet.write_text("Agency,Subject,Date Sent\nFBI,Body camera retention policy,2025-10-01\n",
                           encoding="utf-8")

    reads = ui_thread_reads(True)
    for name in ("dashboard", "requests", "agencies", "templates", "settings"):
        assert window.show_page(name)
        _settle(qtbot)
    window.open_request(request_id)
    _settle(qtbot)
    assert window.detail_page.detail is not None and window.detail_page.detail.request.id == request_id

    letters = LetterDialog(demo_db, [request_id], window)
    qtbot.addWidget(letters)
    _settle(qtbot)
    assert letters.document is not None or letters.status.text()
    importing = ImportDialog(demo_db, str(spreadsheet), window)
    qtbot.addWidget(importing)
    _settle(qtbot)
    assert importing.report is not None and importing.report.added == 1
    new = NewRequestDialog(demo_db, window)
    qtbot.addWidget(new)
    _settle(qtbot)
    assert new.agencies.model.rowCount() > 0
    intake = IntakeDialog(demo_db, [str(letter)], window)
    qtbot.addWidget(intake)
    _settle(qtbot)
    assert intake.item is not None and len(intake.request_ids) > 1
    ui_thread_reads(False)

    assert reads == [], "database sessions opened on the UI thread:\n" + "\n".join(reads)
    for dialog in (letters, importing, new, intake):
        dialog.close()
    window.close()
    _settle(qtbot)

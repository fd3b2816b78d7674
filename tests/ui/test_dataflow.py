"""One change signal, one loader, one writer: how pages get their data and learn what changed."""

from __future__ import annotations

import subprocess
import sys
import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread
from PySide6.QtWidgets import QWidget

from foiatrack.services import queries
from foiatrack.services.changes import Changes
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.workspace import Database
from foiatrack.ui.dashboard_page import DashboardPage
from foiatrack.ui.dataflow import Follow, Loader, hub, write
from foiatrack.ui.request_detail import RequestDetailPage
from foiatrack.ui.requests_page import RequestsPage
from foiatrack.ui.tasks import wait_for_tasks


def deliver_everything() -> None:
    """Let every background job finish and hand its result to the UI thread."""
    wait_for_tasks()
    QCoreApplication.sendPostedEvents()


def test_a_save_on_the_request_page_reloads_the_other_pages_through_the_signal(qtbot: Any, demo_db: Database
                                                                                ) -> None:
    requests = RequestsPage(demo_db)
    dashboard = DashboardPage(demo_db)
    detail = RequestDetailPage(demo_db)
    for page in (requests, dashboard, detail):
        qtbot.addWidget(page)
    with qtbot.waitSignals([requests.loaded, dashboard.loaded]):  # each loads when first shown
        requests.show()
        dashboard.show()
    request_id = requests.proxy.visible_ids()[0]
    detail.show()
    with qtbot.waitSignal(detail.loaded):
        detail.load(request_id)

    announced: list[Changes] = []
    hub(demo_db).changed.connect(announced.append)
    detail.form.subject.setText("Renamed on the request page")
    with qtbot.waitSignals([requests.loaded, dashboard.loaded, detail.loaded]):
        detail.save()
    assert len(announced) == 1 and announced[0].requests == frozenset({request_id}), "this request, no other"
    assert not (announced[0].all_requests or announced[0].agencies or announced[0].settings or announced[0].trash)
    assert requests.model.row_of(request_id) is not None
    assert any(r.subject == "Renamed on the request page" for r in requests.model.all_rows())
    assert not announced[0].elsewhere


def test_a_hidden_page_reloads_when_it_is_next_shown(qtbot: Any, demo_db: Database) -> None:
    requests = RequestsPage(demo_db)
    qtbot.addWidget(requests)
    with qtbot.waitSignal(requests.loaded):
        requests.show()
    requests.hide()
    with qtbot.assertNotEmitted(requests.loaded):
        hub(demo_db).announce(Changes.of_requests([1]))
        deliver_everything()
    assert requests.follow.stale
    with qtbot.waitSignal(requests.loaded):
        requests.show()
    assert not requests.follow.stale


def test_a_change_unrelated_to_a_page_does_not_reload_it(qtbot: Any, demo_db: Database) -> None:
    detail = RequestDetailPage(demo_db)
    qtbot.addWidget(detail)
    detail.show()
    shown, other = (s.id for s in list_requests(demo_db)[:2])
    with qtbot.waitSignal(detail.loaded):
        detail.load(shown)
    with qtbot.assertNotEmitted(detail.loaded):
        hub(demo_db).announce(Changes.of_requests([other]))
        deliver_everything()


def test_a_change_made_by_the_command_line_reaches_the_open_pages(qtbot: Any, demo_db: Database,
                                                                  ui_settings: Any) -> None:
    """The command line writes the same SQLite file from another process; the one change detector sees it."""
    from foiatrack.ui.main_window import MainWindow

    window = MainWindow(demo_db, ui_settings)
    qtbot.addWidget(window)
    window.show()
    request_id = list_requests(demo_db)[0].id
    with qtbot.waitSignal(window.detail_page.loaded):
        window.open_request(request_id)
    with qtbot.waitSignal(window.watcher.polled):
        window.start_watching()
    events_before = len(window.detail_page.detail.events)
    subprocess.run([sys.executable, "-m", "foiatrack", "--db", str(demo_db.path), "log", str(request_id), "note",
                    "--date", "2026-01-05", "--summary", "Called from the command line"],
                   check=True, capture_output=True, timeout=120)
    with qtbot.waitSignal(hub(demo_db).changed) as announced, \
            qtbot.waitSignal(window.detail_page.loaded):
        window.watcher.check()
    assert announced.args[0].elsewhere
    assert len(window.detail_page.detail.events) == events_before + 1
    assert "Called from the command line" in window.detail_page.timeline.model.index(events_before).data() or any(
        "Called from the command line" in (e.summary or "") for e in window.detail_page.detail.events)
    window.close()
    wait_for_tasks()


def test_a_slow_load_that_answers_after_a_newer_one_is_dropped(qtbot: Any) -> None:
    owner = QObject()
    loader = Loader(owner)
    release = threading.Event()
    delivered: list[str] = []

    def slow() -> str:
        release.wait(timeout=30)
        return "old"

    loader.load(slow, delivered.append)
    loader.load(lambda: "new", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["new"])
    assert loader.busy is False
    release.set()
    deliver_everything()  # the old answer has now arrived on the UI thread, and been dropped
    assert delivered == ["new"]


def test_a_slow_requests_load_overtaken_by_a_newer_one_shows_the_newer_rows(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, demo_db: Database) -> None:
    page = RequestsPage(demo_db)
    qtbot.addWidget(page)
    release = threading.Event()
    calls: list[int] = []
    real = list_requests

    def patched(db: Database, *args: Any, **kwargs: Any) -> list[queries.RequestSummary]:
        calls.append(1)
        rows = real(db, *args, **kwargs)
        if len(calls) == 1:  # the first load is slow and answers with one stale row only
            release.wait(timeout=30)
            return rows[:1]
        return rows

    monkeypatch.setattr("foiatrack.ui.requests_page.list_requests", patched)
    page.refresh()
    # The first load must be the one that reads first: started together, two workers may reach the read in
    # either order on a busy machine, and the newer load would then be the slow, stale one.
    qtbot.waitUntil(lambda: len(calls) == 1)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    release.set()
    deliver_everything()
    assert page.model.total_count() == len(real(demo_db)) > 1, "the late, older answer did not replace the rows"


def test_opening_saving_and_deleting_on_the_request_page_query_off_the_ui_thread(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, demo_db: Database) -> None:
    gui = QThread.currentThread()
    threads: dict[str, list[bool]] = {}

    def recording(name: str, function: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            threads.setdefault(name, []).append(QThread.currentThread() is gui)
            return function(*args, **kwargs)
        return call

    import foiatrack.ui.request_detail as module
    for name in ("request_detail", "list_agencies", "update_request", "delete_event", "take_snapshot"):
        monkeypatch.setattr(module, name, recording(name, getattr(module, name)))
    monkeypatch.setattr(module, "confirm", lambda *_args: True)

    page = RequestDetailPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    request_id = next(s.id for s in list_requests(demo_db) if len(request_detail(demo_db, s.id).events) > 1)
    with qtbot.waitSignal(page.loaded):
        page.load(request_id)
    page.form.notes.setPlainText("edited")
    with qtbot.waitSignal(page.loaded):
        page.save()
    with qtbot.waitSignal(page.loaded):
        page.delete_event(page.detail.events[-1])
    assert set(threads) == {"request_detail", "list_agencies", "update_request", "delete_event", "take_snapshot"}
    assert not any(on_gui for calls in threads.values() for on_gui in calls), threads
    assert len(threads["request_detail"]) == 3, "opened, then reloaded after the save and after the delete"


def test_writes_run_one_after_another_in_the_order_asked(qtbot: Any, demo_db: Database) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    order: list[int] = []
    gate = threading.Event()

    def first() -> int:
        gate.wait(timeout=30)  # the second write may not start before the first is done
        order.append(1)
        return 1

    def second() -> int:
        order.append(2)
        return 2

    answered: list[int] = []
    write(owner, demo_db, first, answered.append)
    write(owner, demo_db, second, answered.append)
    gate.set()
    qtbot.waitUntil(lambda: answered == [1, 2])
    assert order == [1, 2]


def test_the_change_signal_replaces_every_hasattr_probe() -> None:
    from pathlib import Path

    import foiatrack.ui

    probes = [path.name for path in Path(foiatrack.ui.__file__).parent.glob("*.py")
              if 'hasattr(page, "refresh")' in path.read_text(encoding="utf-8")
              or 'hasattr(current, "refresh")' in path.read_text(encoding="utf-8")]
    assert probes == []


def test_follow_needs_a_page(qtbot: Any, demo_db: Database) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    reloads: list[int] = []
    follow = Follow(page, demo_db, lambda changes: changes.agencies, lambda: reloads.append(1))
    page.show()
    assert reloads == [1], "stale until its first load: shown, it loads"
    hub(demo_db).announce(Changes(settings=True))
    assert reloads == [1], "not its kind of change"
    hub(demo_db).announce(Changes(agencies=True))
    assert reloads == [1, 1] and not follow.stale

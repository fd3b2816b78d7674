"""Page navigation: each page built on first use and only once, the stack sized to the page on show, and
the window's page commands (show, open a request, reload)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from foiatrack.services.changes import Changes
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import hub
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.tasks import wait_for_tasks
from foiatrack.ui.window_pages import DETAIL, PAGE_NAMES, Pages, PageStack, build_page


def test_each_name_builds_its_page(qtbot: Any, blank_db: Database) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    kinds = {name: type(build_page(name, blank_db, parent)).__name__ for name in (*PAGE_NAMES, DETAIL)}
    assert kinds == {"dashboard": "DashboardPage", "requests": "RequestsPage", "agencies": "AgenciesPage",
                     "templates": "TemplatesPage", "settings": "SettingsPage", DETAIL: "RequestDetailPage"}
    with pytest.raises(KeyError):
        build_page("reports", blank_db, parent)
    wait_for_tasks()


def test_a_page_is_built_on_first_use_and_only_once(qtbot: Any) -> None:
    built: list[str] = []
    pages = Pages(lambda name: QLabel(name), lambda name, _page: built.append(name), ("a", "b"))
    assert "a" not in pages and pages.get("a") is None and list(pages.values()) == []
    first = pages["a"]
    assert pages["a"] is first
    assert built == ["a"]
    assert list(pages) == ["a"], "a page never asked for is not built"
    with pytest.raises(KeyError):
        pages["c"]
    first.deleteLater()


def test_the_stack_is_as_large_as_the_page_on_show(qtbot: Any) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    small, large = QLabel("short"), QLabel("a page with a great deal more to show " * 8)
    stack.addWidget(small)
    stack.addWidget(large)
    assert large.sizeHint().width() > small.sizeHint().width()
    stack.setCurrentWidget(small)
    assert stack.sizeHint() == small.sizeHint(), "not the largest page's size"
    assert stack.minimumSizeHint() == small.minimumSizeHint()
    stack.setCurrentWidget(large)
    assert stack.sizeHint() == large.sizeHint()
    assert stack.minimumSizeHint() == large.minimumSizeHint()


@pytest.fixture
def fresh(qtbot: Any, blank_db: Database, ui_settings: Any) -> Any:
    main = MainWindow(blank_db, ui_settings)
    qtbot.addWidget(main)
    yield main
    main.close()
    wait_for_tasks()


def test_only_the_dashboard_is_built_with_the_window(fresh: MainWindow) -> None:
    assert list(fresh.pages) == ["dashboard"]
    assert fresh.current_page_name() == "dashboard"
    assert fresh.current_request_id() is None
    assert fresh.windowTitle() == "foiatrack — blank.db"


def test_showing_a_page_builds_it_and_checks_its_action(fresh: MainWindow) -> None:
    assert fresh.show_page("agencies")
    assert fresh.current_page_name() == "agencies"
    assert "agencies" in fresh.pages and "templates" not in fresh.pages
    assert [n for n, a in fresh.page_actions.items() if a.isChecked()] == ["agencies"]
    assert fresh.stack.currentWidget() is fresh.pages["agencies"]


def test_opening_a_request_shows_its_page_under_requests(qtbot: Any, window: MainWindow) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    with qtbot.waitSignal(window.detail_page.loaded):
        window.open_request(request_id)
    assert window.current_page_name() == DETAIL
    assert window.current_request_id() == request_id
    assert window.page_actions["requests"].isChecked(), "the request page belongs under Requests"
    window.show_page("dashboard")
    assert window.current_request_id() is None, "only while the request page is showing"


def test_reload_announces_that_anything_may_have_changed(qtbot: Any, fresh: MainWindow, blank_db: Database) -> None:
    with qtbot.waitSignal(hub(blank_db).changed) as announced:
        fresh.reload_now()
    assert announced.args == [Changes.everything()]

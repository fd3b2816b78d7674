"""The main window's menus and page sidebar: page actions with their shortcuts, and the undo action
following the undo history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QToolBar

from foiatrack.services.undo import take_snapshot
from foiatrack.ui.main_window import MainWindow


def test_each_page_has_a_checkable_action_with_its_shortcut_in_the_sidebar(window: MainWindow) -> None:
    actions = window.page_actions
    assert list(actions) == ["dashboard", "requests", "agencies", "templates", "settings"]
    assert [a.shortcut().toString() for a in actions.values()] == [f"Ctrl+{n}" for n in range(1, 6)]
    assert actions["agencies"].toolTip() == "Agencies (Ctrl+3)"
    assert all(a.isCheckable() and not a.icon().isNull() for a in actions.values())
    sidebar = window.findChild(QToolBar, "pages")
    assert sidebar is not None and sidebar.accessibleName() == "Pages"
    assert sidebar.actions() == list(actions.values())
    go_menu = window.menuBar().actions()[2].menu()
    assert go_menu.actions() == list(actions.values())


def test_triggering_a_page_action_shows_that_page_and_checks_only_it(window: MainWindow) -> None:
    for name in ("agencies", "dashboard", "settings"):
        window.page_actions[name].trigger()
        assert window.current_page_name() == name
        assert [n for n, a in window.page_actions.items() if a.isChecked()] == [name]


def test_shortcuts_work_whatever_page_has_focus(window: MainWindow) -> None:
    """Actions are added to the window itself, not only to a menu."""
    for action in (window.new_request_action, window.intake_action, window.undo_action, window.reload_action,
                   *window.page_actions.values()):
        assert action in window.actions()


def test_the_undo_action_names_the_step_it_would_undo(window: MainWindow, demo_db: Any) -> None:
    undo = window.undo_action
    assert not undo.isEnabled()
    assert undo.text() == "Nothing to &undo"
    request_id = window.requests_page.model.summary(0).id
    window.undo_history.record("Delete request", take_snapshot(demo_db, [request_id]))
    assert undo.isEnabled()
    assert undo.text() == "&Undo Delete request"
    window.undo_history.clear()
    assert not undo.isEnabled()
    assert undo.text() == "Nothing to &undo"


def test_add_correspondence_says_how_in_its_tooltip(window: MainWindow) -> None:
    assert window.intake_action.shortcut().toString() == "Ctrl+Shift+O"
    assert "drop the files on the window" in window.intake_action.toolTip()
    assert window.delete_action.toolTip() == "Move the selected requests (or the one open) to the trash"

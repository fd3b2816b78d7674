"""The parts of the main window share their state through :class:`WindowParts`: every attribute it
declares is one the window really sets up, and every part of the window is one."""

from __future__ import annotations

import inspect
from typing import Any

from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.window_base import WindowParts


def test_every_declared_attribute_is_set_up_by_the_window(window: MainWindow) -> None:
    declared = set(inspect.get_annotations(WindowParts))
    assert {"db", "settings", "pages", "stack", "undo_history", "page_actions", "undo_action"} <= declared
    missing = sorted(name for name in declared if not hasattr(window, name))
    assert missing == [], f"declared in WindowParts but never set up by MainWindow: {missing}"


def test_the_shared_state_is_of_the_declared_kinds(window: MainWindow, demo_db: Any) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QStackedWidget

    from foiatrack.ui.change_watch import ChangedNote, ChangeWatcher
    from foiatrack.ui.startup_checks import StartupGuard
    from foiatrack.ui.undo import UndoHistory

    assert window.db is demo_db
    expected = {"settings": QSettings, "stack": QStackedWidget, "location": QLabel, "changed_note": ChangedNote,
                "watcher": ChangeWatcher, "guard": StartupGuard, "undo_history": UndoHistory,
                "undo_action": QAction}
    wrong = {name: type(getattr(window, name)).__name__ for name, kind in expected.items()
             if not isinstance(getattr(window, name), kind)}
    assert wrong == {}
    assert {"dashboard", "requests"} <= set(window.pages), "the pages shown so far (the others come when asked)"
    assert window.pages["settings"] is window.pages["settings"]
    assert all(window.stack.indexOf(page) >= 0 for page in window.pages.values()), "every page is in the stack"


def test_the_window_is_made_of_parts_that_share_the_base() -> None:
    parts = [base for base in MainWindow.__mro__ if base is not WindowParts and issubclass(base, WindowParts)
             and base.__module__.startswith("foiatrack.ui.window_")]
    names = {part.__module__.rsplit(".", 1)[1] for part in parts}
    assert {"window_menus", "window_drops", "window_edit", "window_database", "window_pages"} <= names
    assert all(not vars(part).get("__init__") for part in parts), "parts keep no state of their own"

"""Fixtures for the desktop app's tests: a demo database per test, a private QSettings file, the main
window, and message boxes that fail the test unless the test expects them (a modal box nobody answers
would hang the run)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from foiatrack.services.demo import load_demo
from foiatrack.services.workspace import Database, open_workspace
from foiatrack.ui.collector import collect_on_ui_thread
from foiatrack.ui.tasks import wait_for_tasks
from foiatrack.ui.window_database import settle_background_work

HERE = Path(__file__).parent

# The offscreen platform cannot resize native windows and says so on every window shown; that is the
# test platform talking, not the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread(qapp: Any) -> Iterator[None]:
    """As in the app: cycles are collected on the UI thread only (foiatrack/ui/collector.py). The tests
    after the UI tests run without an event loop, so the automatic collector comes back once each UI
    test is over and its background work has settled."""
    was_on = gc.isenabled()
    collect_on_ui_thread(qapp)
    gc.disable()
    yield
    if was_on:
        gc.enable()


@pytest.fixture(autouse=True)
def _no_modifier_key_left_held(qapp: Any) -> Iterator[None]:
    """A key click with Ctrl or Shift leaves the application's modifier state as it was at the last key event
    (Shift after Ctrl+Shift+F), so a later test's QTableView.selectRow or click would extend or toggle a selection
    as if the key were still held. Each test starts with none held."""
    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        blank = QWidget()
        QTest.keyClick(blank, Qt.Key.Key_Escape)
        blank.deleteLater()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Let the test's background work finish and deliver before its fixtures end.

    An answer still on its way when the next test starts would be delivered in that test, to callbacks of
    widgets and patches that belong to the one before. The app settles its work the same way before it
    closes a database.
    """
    settle_background_work()
    yield


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database with the sample data loaded."""
    db = open_workspace(tmp_path / "t.db")
    load_demo(db)
    yield db
    wait_for_tasks()
    db.close()


@pytest.fixture
def blank_db(tmp_path: Path) -> Iterator[Database]:
    db = open_workspace(tmp_path / "blank.db")
    yield db
    wait_for_tasks()
    db.close()


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


class UnexpectedMessage(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Any message box a test did not patch fails the test with its text instead of blocking."""
    shown: list[tuple[str, str]] = []

    def fail(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        shown.append((title, text))
        raise UnexpectedMessage(f"unexpected message box {title!r}: {text}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fail))

    def fail_exec(box: QMessageBox) -> int:
        raise UnexpectedMessage(f"unexpected message box {box.windowTitle()!r}: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", fail_exec)
    return shown


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``answer("question", QMessageBox.StandardButton.Save)`` answers the next such box and records it."""
    asked: list[tuple[str, str]] = []

    def install(kind: str, reply: Any) -> list[tuple[str, str]]:
        def respond(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            asked.append((title, text))
            return reply

        monkeypatch.setattr(QMessageBox, kind, staticmethod(respond))
        return asked

    return install


@pytest.fixture
def window(qtbot: Any, demo_db: Database, ui_settings: QSettings) -> Iterator[Any]:
    """The main window on the demo database, with the requests table loaded."""
    from foiatrack.ui.main_window import MainWindow

    main = MainWindow(demo_db, ui_settings)
    qtbot.addWidget(main)
    main.show()
    main.requests_page.refresh()  # the window itself loads the table only when the page is first shown
    qtbot.waitUntil(lambda: not main.requests_page.is_loading() and main.requests_page.model.total_count() > 0)
    yield main
    main.detail_page.dirty = False  # a test that left edits behind must not hang on the close prompt
    main.close()
    wait_for_tasks()



def unnamed_controls(root: Any) -> list[str]:
    """Focusable, visible widgets under *root* without an accessible name (screen readers say nothing)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    missing = []
    for widget in root.findChildren(QWidget):
        if (widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(root)
                and not widget.objectName().startswith("qt_") and not widget.accessibleName()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


@pytest.fixture
def accessible() -> Any:
    return unnamed_controls


def mnemonic_clashes(root: Any) -> dict[str, list[str]]:
    """Alt+letter keys claimed twice among the visible labels, buttons and menus under *root*.

    Two claims on one letter make Alt+letter stop doing either (Qt only cycles the focus), so every
    visible page and dialog must give each letter once.
    """
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow

    claims: dict[str, list[str]] = {}

    def claim(text: str, owner: str) -> None:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            claims.setdefault(match.group(1).lower(), []).append(owner)

    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(root):
            claim(label.text(), f"label {label.text()!r}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root):
            claim(button.text(), f"button {button.text()!r}")
    window = root.window()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            claim(action.text(), f"menu {action.text()!r}")
    return {letter: owners for letter, owners in claims.items() if len(owners) > 1}


@pytest.fixture
def mnemonics() -> Any:
    return mnemonic_clashes

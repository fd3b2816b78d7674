"""The Help menu: its entries and shortcut, the shortcut list (true to the window's own), and About."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QTextBrowser

from foiatrack.services.paths import data_dir
from foiatrack.ui.help_menu import DEADLINES_HTML, SHORTCUTS, about_text, add_help_menu, shortcuts_html
from foiatrack.ui.main_window import MainWindow
from foiatrack.version import build_info


@pytest.fixture
def main(qtbot: Any) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Dialogs 'shown' by the menu: their titles and text (nobody would close a real one)."""
    seen: list[tuple[str, str]] = []

    def exec_(dialog: QDialog) -> int:
        browser = dialog.findChild(QTextBrowser)
        seen.append((dialog.windowTitle(), browser.toPlainText() if browser else ""))
        return 0

    monkeypatch.setattr(QDialog, "exec", exec_)
    return seen


def test_the_menu_has_shortcuts_deadlines_and_about(main: QMainWindow) -> None:
    actions = add_help_menu(main, lambda: "/data/team.db")
    assert main.menuBar().actions()[-1].text() == "&Help"
    assert {name: a.text() for name, a in actions.items()} == {
        "shortcuts": "&Keyboard shortcuts", "deadlines": "How &deadlines are computed", "about": "&About foiatrack"}
    assert actions["shortcuts"].shortcut().toString() == "F1"


def test_keyboard_shortcuts_and_deadlines_open_in_a_dialog(main: QMainWindow, shown: list[tuple[str, str]]) -> None:
    actions = add_help_menu(main, lambda: "")
    actions["shortcuts"].trigger()
    actions["deadlines"].trigger()
    assert [title for title, _text in shown] == ["Keyboard shortcuts", "How deadlines are computed"]
    assert "Ctrl+Shift+F\tFilter the requests list" in shown[0][1].replace("\n", "\t")
    assert "5 U.S.C. § 552(a)(6)(A)(i)" in shown[1][1].replace("\xa0", " ")


def test_the_shortcut_table_escapes_and_lists_every_entry() -> None:
    text = shortcuts_html()
    assert text.count("<tr>") == len(SHORTCUTS)
    assert "<b>Ctrl+1 … Ctrl+5</b>" in text
    assert "<h3>How deadlines are computed</h3>" in DEADLINES_HTML


def test_the_listed_window_shortcuts_are_the_windows_own(window: MainWindow) -> None:
    bound = {action.shortcut().toString() for action in window.findChildren(type(window.undo_action))
             if not action.shortcut().isEmpty()}
    listed = {key for key, _what in SHORTCUTS}
    # (Quit's key is the platform's standard one, which the test platform leaves unbound.)
    for key in ("Ctrl+N", "Ctrl+F", "Ctrl+Shift+F", "Ctrl+Z", "F5", "Ctrl+P"):
        assert key in listed and key in bound, key
    assert {f"Ctrl+{n}" for n in range(1, 6)} <= bound


def test_about_names_the_version_the_database_and_the_data_folder(
        main: QMainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    location = ["/data/first.db"]
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, title, text: said.append((title, text))))
    actions = add_help_menu(main, lambda: location[0])
    location[0] = "postgresql://team@db.example.org/foia & co"  # another database opened since
    actions["about"].trigger()
    assert said[0][0] == "About foiatrack"
    assert "postgresql://team@db.example.org/foia &amp; co" in said[0][1]
    assert str(data_dir()) in said[0][1]
    assert about_text("x").startswith(f"<h3>{build_info().describe()}</h3>".replace("&", "&amp;"))

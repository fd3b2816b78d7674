"""``--exit-when-ready``: the app prints its start-up time once the dashboard says it has loaded, and exits."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from foiatrack.ui import ready


class Dashboard(QObject):
    loaded = Signal()


def test_the_process_age_is_a_positive_count_of_milliseconds() -> None:
    first = ready.process_age_ms()
    second = ready.process_age_ms()
    assert first > 0
    assert second >= first


def test_prints_the_time_and_exits_zero_once_the_dashboard_has_loaded(
        qtbot: Any, qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ready, "GIVE_UP_MS", 2**31 - 1)  # never gives up within this test (or after it)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dashboard = Dashboard()
    QTimer.singleShot(0, dashboard.loaded.emit)
    assert ready.exit_when_ready(qapp, window, dashboard) == 0
    out = capsys.readouterr()
    assert out.out.strip().isdigit() and int(out.out.strip()) > 0
    assert out.err == ""
    qtbot.waitUntil(lambda: not window.isVisible())  # the window is closed as the app quits


def test_a_dashboard_that_never_loads_ends_with_a_message_and_exit_one(
        qtbot: Any, qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ready, "GIVE_UP_MS", 0)
    window = QMainWindow()
    qtbot.addWidget(window)
    dashboard = Dashboard()
    assert ready.exit_when_ready(qapp, window, dashboard) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.strip() == "foiatrack: the dashboard did not finish loading"


def _shown_window(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> QMainWindow:
    monkeypatch.setattr(ready, "GIVE_UP_MS", 2**31 - 1)  # never gives up within the test (or after it)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _filled_dashboard() -> Dashboard:
    """A dashboard the start-up's first look filled before the window showed."""
    dashboard = Dashboard()
    dashboard.filled = True  # type: ignore[attr-defined]
    return dashboard


def test_a_dashboard_filled_before_the_window_showed_is_ready_after_one_paint(
        qtbot: Any, qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The start-up's first look fills the dashboard before the window shows: the figure is printed after
    one paint, and the window is closed then and there (as the bare window exits)."""
    window = _shown_window(qtbot, monkeypatch)
    assert ready.exit_when_ready(qapp, window, _filled_dashboard()) == 0
    assert not window.isVisible()
    assert capsys.readouterr().out.strip().isdigit()


def test_event_loops_still_run_after_the_window_closed_and_the_app_exited(
        qtbot: Any, qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the last window asks the app to quit; that request must not outlive ``exit_when_ready``,
    or every later wait in the process (a dialog's, a progress loop's) returns before its answer."""
    window = _shown_window(qtbot, monkeypatch)
    assert ready.exit_when_ready(qapp, window, _filled_dashboard()) == 0
    capsys.readouterr()
    qapp.processEvents()  # as a caller (or a test's clean-up) reads what the app left posted
    later = Dashboard()
    with qtbot.waitSignal(later.loaded):
        QTimer.singleShot(0, later.loaded.emit)
    timer_fired: list[bool] = []
    QTimer.singleShot(0, lambda: timer_fired.append(True))
    qtbot.waitUntil(lambda: bool(timer_fired))

"""pytest-qt's waits that name no timeout are bounded generously (tests/conftest.py), so a slow machine
makes them wait longer, never fail."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


def test_every_qt_wait_without_a_timeout_has_the_generous_bound() -> None:
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive"):
        assert getattr(QtBot, name).__kwdefaults__["timeout"] == 120_000, name


def test_a_wait_returns_as_soon_as_its_condition_holds(qtbot: QtBot) -> None:
    calls: list[int] = []

    def third_time() -> bool:
        calls.append(1)
        return len(calls) >= 3

    qtbot.waitUntil(third_time)
    assert len(calls) == 3

"""Reminders: on start and once a day, what became overdue and what is due tomorrow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dashboard_fixtures as fx
import pytest
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from foiatrack.services.statistics import dashboard_lists
from foiatrack.store.database import Database
from foiatrack.ui.reminders import Reminders
from foiatrack.ui.window_database import settle_background_work


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    yield from fx.sample_database(tmp_path)


@pytest.fixture
def owner(qtbot: Any) -> QWidget:
    """The reminders' parent, as the main window is in the app: Qt, not Python, deletes them."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


class Clock:
    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def _least_late(db: Database) -> tuple[int, dt.date]:
    row = dashboard_lists(db, limit=None).overdue[-1]
    assert row.due_date is not None
    return row.id, row.due_date


def test_start_reports_what_became_overdue(qtbot: Any, sample_db: Database, owner: QWidget,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    request_id, due = _least_late(sample_db)
    reminders = Reminders(sample_db, owner, clock=Clock(due + dt.timedelta(days=1)))
    messages: list[str] = []
    reminders.message.connect(messages.append)
    with qtbot.waitSignal(reminders.checked):
        reminders.start()
    assert len(messages) == 1 and f"#{request_id}" in messages[0] and "became overdue" in messages[0]
    reminders.stop()


def test_once_a_day_and_catching_up_after_days_away(qtbot: Any, sample_db: Database, owner: QWidget,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    request_id, due = _least_late(sample_db)
    clock = Clock(due - dt.timedelta(days=1))
    reminders = Reminders(sample_db, owner, clock=clock)
    digests: list[Any] = []
    reminders.checked.connect(digests.append)
    with qtbot.waitSignal(reminders.checked):
        reminders.start()
    assert request_id in [r.id for r in digests[0].due_tomorrow]
    reminders.check()  # the same day again: nothing to do
    settle_background_work()  # had it started a check, its answer would be delivered by now
    assert len(digests) == 1
    clock.day = due + dt.timedelta(days=5)  # back after a few days: it became overdue meanwhile
    with qtbot.waitSignal(reminders.checked):
        reminders.check()
    assert request_id in [r.id for r in digests[1].became_overdue]
    reminders.stop()


def test_tray_notification_where_a_tray_exists(qtbot: Any, sample_db: Database, owner: QWidget,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda _self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda _self, title, text, *_a: shown.append((title, text)))
    _request_id, due = _least_late(sample_db)
    reminders = Reminders(sample_db, owner, clock=Clock(due + dt.timedelta(days=1)))
    messages: list[str] = []
    reminders.message.connect(messages.append)
    with qtbot.waitSignal(reminders.checked):
        reminders.start()
    assert len(shown) == 1 and "became overdue" in shown[0][1] and messages == []
    reminders.stop()


def test_a_quiet_day_says_nothing(qtbot: Any, sample_db: Database, owner: QWidget,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    reminders = Reminders(sample_db, owner, clock=Clock(dt.date(1999, 6, 2)))
    messages: list[str] = []
    reminders.message.connect(messages.append)
    with qtbot.waitSignal(reminders.checked):
        reminders.start()
    assert messages == []
    reminders.stop()

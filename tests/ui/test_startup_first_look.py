"""Start-up with a first look: a SQLite database that opening would not change shows its dashboard,
read with sqlite3, before SQLAlchemy is imported; the database is opened right after and the window goes
on as always. Any other database starts as before."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from foiatrack.services.demo import load_demo
from foiatrack.services.first_look import PendingDatabase, first_look
from foiatrack.services.statistics import agency_statistics, dashboard_lists
from foiatrack.services.workspace import open_workspace
from foiatrack.ui.app import open_after_first_look
from foiatrack.ui.tasks import wait_for_tasks


@pytest.fixture
def current(tmp_path: Path) -> Path:
    path = tmp_path / "current.db"
    database = open_workspace(path)
    load_demo(database)
    database.close()
    return path


def _start(path: Path, home: Path) -> tuple[int, str, list[str]]:
    """``foiatrack gui --exit-when-ready`` in a fresh process: exit code, what it printed, and which of
    SQLAlchemy and Alembic it had imported when it exited."""
    probe = ("import sys\nfrom foiatrack.cli import main\ncode = main(['--db', sys.argv[1], 'gui', "
             "'--exit-when-ready'])\nprint(sorted({m.split('.')[0] for m in sys.modules} & "
             "{'sqlalchemy', 'alembic'}))\nraise SystemExit(code)")
    home.mkdir(exist_ok=True)
    completed = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(home), "XDG_CONFIG_HOME": str(home)})
    lines = completed.stdout.strip().splitlines()
    return completed.returncode, lines[0] if lines else "", json.loads(lines[-1].replace("'", '"')) if lines else []


def test_a_current_database_is_on_screen_before_sqlalchemy_is_imported(current: Path, tmp_path: Path) -> None:
    code, ready, loaded = _start(current, tmp_path / "home")
    assert code == 0 and ready.isdigit()
    assert loaded == []  # the window was built and filled, and the process ended, without either


def test_a_database_to_bring_up_to_date_opens_first_as_before(current: Path, tmp_path: Path) -> None:
    connection = sqlite3.connect(current)
    with connection:  # as new rules leave it: opening recomputes the cached dates first
        connection.execute("UPDATE requests SET rules_version = ''")
    connection.close()
    code, ready, loaded = _start(current, tmp_path / "home")
    assert code == 0 and ready.isdigit()
    assert loaded == ["sqlalchemy"]
    assert first_look(str(current)) is not None  # opening brought it up to date


@pytest.fixture
def started(qtbot: Any, current: Path, tmp_path: Path) -> Iterator[tuple[Any, PendingDatabase]]:
    """The window as the start-up builds it: on a pending database, the dashboard filled by the look."""
    from foiatrack.ui.main_window import MainWindow

    look = first_look(str(current))
    assert look is not None
    pending = PendingDatabase(str(current))
    window = MainWindow(pending, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    dashboard = window.pages["dashboard"]
    assert dashboard.show_first_look(look)
    window.show()
    yield window, pending
    window.close()
    wait_for_tasks()
    pending.close()


def test_the_window_shows_the_first_look_and_does_not_load_again(started: tuple[Any, PendingDatabase],
                                                                  current: Path, qtbot: Any) -> None:
    window, pending = started
    dashboard = window.pages["dashboard"]
    assert dashboard.filled and not pending.opened
    assert window.windowTitle() == f"foiatrack — {current.name}"
    qtbot.wait(0)  # shown: a page that had to load would start now ("Loading…", nothing filled)
    assert dashboard.filled and dashboard.status_label.text().startswith("As of ")
    assert not pending.opened
    database = open_workspace(current)
    try:
        lists = dashboard_lists(database)
        statistics = agency_statistics(database)
    finally:
        database.close()
    shown = [dashboard.overdue_table.request_id_at(row) for row in range(dashboard.overdue_table.proxy.rowCount())]
    assert shown == [r.id for r in lists.overdue] and shown
    assert dashboard.lists == lists and dashboard.statistics == statistics
    assert dashboard.stats_model.rowCount() == len(statistics.agencies) + 1  # and the overall row


def test_once_opened_the_window_works_on_the_database(started: tuple[Any, PendingDatabase], current: Path,
                                                      qtbot: Any) -> None:
    window, pending = started
    dashboard = window.pages["dashboard"]
    lists = dashboard.lists
    with qtbot.waitSignal(dashboard.loaded):  # the services read it again, in the background
        assert open_after_first_look(window, pending, str(current), confirm=True)
    assert pending.opened and pending.path == current.resolve()
    assert dashboard.lists is not lists and dashboard.lists == lists  # the service's answer, same values
    # The rest of the window reads through the opened database: the requests page loads its table.
    window.show_page("requests")
    qtbot.waitUntil(lambda: window.requests_page.model.total_count() > 0)


def test_a_change_made_while_starting_shows_once_the_database_is_open(started: tuple[Any, PendingDatabase],
                                                                      current: Path, qtbot: Any) -> None:
    window, pending = started
    dashboard = window.pages["dashboard"]
    before = dashboard.lists.status_counts
    connection = sqlite3.connect(current)
    with connection:  # another process moves a request to the trash before this one has opened the file
        connection.execute("UPDATE requests SET deleted_at = '2026-12-03 10:00:00' "
                           "WHERE id = (SELECT min(id) FROM requests)")
    connection.close()
    with qtbot.waitSignal(dashboard.loaded):
        assert open_after_first_look(window, pending, str(current), confirm=True)
    assert sum(dashboard.lists.status_counts.values()) == sum(before.values()) - 1


def test_a_look_for_other_options_is_not_shown(qtbot: Any, current: Path, tmp_path: Path) -> None:
    from foiatrack.ui.main_window import MainWindow

    look = first_look(str(current), appeal_within=60)
    assert look is not None
    database = open_workspace(current)
    window = MainWindow(database, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        assert not window.pages["dashboard"].show_first_look(look)
        assert not window.pages["dashboard"].filled
    finally:
        window.close()
        wait_for_tasks()
        database.close()

"""The app's first dashboard, read with sqlite3 before SQLAlchemy loads, shows what the services show
(lists, counts, very overdue in working days around holidays, per-agency statistics), and there is no
first look whenever opening the database would change something first."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from foiatrack.services.demo import load_demo
from foiatrack.services.derive import recompute_all
from foiatrack.services.first_look import first_look
from foiatrack.services.statistics import agency_statistics, dashboard_lists
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database
from foiatrack.store.revisions import head_revision

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402

TODAY = dt.date(2026, 12, 3)
# The data's events run up to TODAY; later days around Christmas (Friday 25 December 2026) and New Year's
# Day (Friday 1 January 2027), with requests late since before Thanksgiving (Thursday 26 November): the
# very-overdue counts are working days on each jurisdiction's calendar.
DAYS = (TODAY, dt.date(2026, 12, 24), dt.date(2026, 12, 28), dt.date(2027, 1, 4))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("first-look") / "generated.db"
    database = generate(path, 800, today=TODAY, attachments=0)
    recompute_all(database)  # the generator leaves the caches to the first open
    database.close()
    yield path


def _same_as_the_services(path: Path, as_of: dt.date, *, include_sample: bool = True,
                          appeal_within: int = 30) -> None:
    look = first_look(str(path), as_of, include_sample=include_sample, appeal_within=appeal_within)
    assert look is not None
    database = open_workspace(path)
    try:
        lists = dashboard_lists(database, as_of, include_sample=include_sample, appeal_within=appeal_within)
        statistics = agency_statistics(database, as_of, include_sample=include_sample)
    finally:
        database.close()
    assert look.lists == lists
    assert look.statistics == statistics


def test_the_first_look_equals_the_services_on_a_generated_database(generated: Path) -> None:
    look = first_look(str(generated), TODAY)
    assert look is not None
    lists, statistics = look.lists, look.statistics
    # The data exercises every list and figure the dashboard shows.
    assert lists.overdue and lists.due_within_7 and lists.due_within_14 and lists.appeal_closing
    assert lists.very_overdue_total and lists.overdue_total > lists.very_overdue_total
    assert statistics.overall.responded and statistics.overall.determined and statistics.overall.on_time_counted
    assert len(statistics.agencies) > 5
    for as_of in DAYS:
        _same_as_the_services(generated, as_of)
    _same_as_the_services(generated, TODAY, appeal_within=90)


def test_the_first_look_equals_the_services_on_the_sample_data(tmp_path: Path) -> None:
    path = tmp_path / "sample.db"
    database = open_workspace(path)
    load_demo(database, TODAY)
    database.close()
    for as_of in (TODAY, dt.date(2026, 12, 28)):
        _same_as_the_services(path, as_of)
        _same_as_the_services(path, as_of, include_sample=False)


def test_very_overdue_counts_working_days_across_the_holidays(generated: Path) -> None:
    """Checked by hand on federal requests due Wednesday 2026-11-25, as of Monday 2026-12-28: the working
    days in (25 Nov, 28 Dec] skip Thanksgiving (Thu 26 Nov), the weekends and Christmas (Fri 25 Dec):
    Fri 27 Nov (1), the weeks of 30 Nov, 7 and 14 Dec (16), Mon-Thu 21-24 Dec (20), Mon 28 Dec: 21, not
    the 33 calendar days."""
    look = first_look(str(generated), dt.date(2026, 12, 28), limit=None)
    assert look is not None
    federal = [r for r in look.lists.overdue if r.jurisdiction == "US" and r.due_date == dt.date(2026, 11, 25)]
    assert federal
    assert {look.lists.working_days_overdue[r.id] for r in federal} == {21}
    assert {r.days_overdue for r in federal} == {33}


def _change(path: Path, statement: str, *parameters: object) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(statement, parameters)
    connection.close()


@pytest.fixture
def current(tmp_path: Path) -> Path:
    path = tmp_path / "current.db"
    database = open_workspace(path)
    load_demo(database, TODAY)
    database.close()
    assert first_look(str(path), TODAY) is not None
    return path


def test_no_first_look_when_the_schema_needs_a_migration(current: Path) -> None:
    _change(current, "UPDATE alembic_version SET version_num = '0012'")
    assert head_revision() != "0012"
    assert first_look(str(current), TODAY) is None


def test_no_first_look_when_cached_dates_would_be_recomputed(current: Path) -> None:
    _change(current, "UPDATE requests SET rules_version = '' WHERE id = (SELECT min(id) FROM requests)")
    assert first_look(str(current), TODAY) is None


def test_no_first_look_when_the_agency_directory_would_be_brought_up_to_date(current: Path) -> None:
    _change(current, "UPDATE settings SET value = ? WHERE key = 'directory_version'", json.dumps("older"))
    assert first_look(str(current), TODAY) is None


def test_no_first_look_when_figures_need_the_events_for_the_day(current: Path) -> None:
    """An "as of" day before some request's latest event: the services derive those figures."""
    assert first_look(str(current), dt.date(2025, 1, 2)) is None


@pytest.mark.parametrize("content", [None, b"", b"not a database at all, just text\n"])
def test_no_first_look_for_a_new_empty_or_foreign_file(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "other.db"
    if content is not None:
        path.write_bytes(content)
    assert first_look(str(path), TODAY) is None
    assert path.exists() == (content is not None)  # nothing created


def test_no_first_look_for_a_database_of_other_tables(tmp_path: Path) -> None:
    path = tmp_path / "theirs.db"
    _change(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    assert first_look(str(path), TODAY) is None


def test_no_first_look_on_a_server() -> None:
    assert first_look("postgresql://ana@db.example.org/foia", TODAY) is None


def test_the_first_look_changes_nothing_in_the_file(current: Path) -> None:
    before = current.read_bytes()
    assert first_look(str(current), TODAY) is not None
    assert current.read_bytes() == before


def test_reading_the_first_look_does_not_import_sqlalchemy(current: Path) -> None:
    probe = ("import sys\nfrom foiatrack.services.first_look import first_look\n"
             f"assert first_look({str(current)!r}) is not None\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))")
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"


def test_a_pending_database_names_its_file_and_stands_for_the_opened_one(current: Path) -> None:
    import threading

    from foiatrack.services.first_look import PendingDatabase

    pending = PendingDatabase(str(current))
    assert pending.path == current.resolve() and pending.location == f"sqlite:///{current.resolve()}"
    with pytest.raises(RuntimeError, match="not open yet"):
        pending.engine  # noqa: B018 - on the main thread, with nothing to open it, it cannot wait for itself
    seen: list[object] = []
    waiting = threading.Thread(target=lambda: seen.append(pending.engine))  # a background load waits
    waiting.start()
    database = open_workspace(current)
    try:
        pending.attach(database)
        waiting.join(timeout=60)
        assert seen == [database.engine] and pending.read_session == database.read_session
    finally:
        pending.close()
    assert pending.opened


def test_a_pending_database_asked_on_the_main_thread_is_opened_there(current: Path) -> None:
    from foiatrack.services.first_look import PendingDatabase

    opened: list[Database] = []

    def open_now() -> None:
        opened.append(open_workspace(current))
        pending.attach(opened[0])

    pending = PendingDatabase(str(current), open_now)
    try:
        assert pending.engine is not None and len(opened) == 1
        assert pending.engine is opened[0].engine  # once only
    finally:
        pending.close()


def test_a_pending_database_that_could_not_be_opened_says_so(current: Path) -> None:
    from foiatrack.services.first_look import PendingDatabase

    pending = PendingDatabase(str(current), lambda: pending.give_up())
    with pytest.raises(RuntimeError, match="could not be opened"):
        pending.engine  # noqa: B018

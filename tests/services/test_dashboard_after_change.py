"""A dashboard refresh after a change reads again only the agencies whose requests changed, and shows
exactly what a full reading shows: the lists, the counts and the per-agency statistics, after an event
logged on one agency's request, a request moved to the trash and restored, a request moved to another
agency, and changes written by another process (the services in a second interpreter, and a plain
``sqlite3`` connection that knows nothing of foiatrack), on days around Christmas and New Year."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services import statistics
from foiatrack.services.backup import backup_database, restore_database
from foiatrack.services.dashboard_read import DashboardLists, Statistics, read_lists, rules_context
from foiatrack.services.dashboard_read import very_overdue_threshold as threshold_of
from foiatrack.services.derive import recompute_all
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.statistics import (
    DEFAULT_LIST_LIMIT,
    _compute_statistics,
    agency_statistics,
    dashboard_lists,
    dashboard_sql,
)
from foiatrack.services.trash import move_to_trash, restore_from_trash
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database
from foiatrack.store.schema import RequestRow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402

TODAY = dt.date(2026, 12, 3)
# The generated events run up to TODAY; the later days fall around Christmas (Friday 25 December 2026)
# and New Year's Day (Friday 1 January 2027), where working days and calendar days part.
DAYS = (TODAY, dt.date(2026, 12, 24), dt.date(2026, 12, 28), dt.date(2027, 1, 4))


@pytest.fixture(scope="module")
def generated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("after-change") / "generated.db"
    database = generate(path, 400, today=TODAY, attachments=0)
    recompute_all(database)  # the generator leaves the caches to the first open
    database.close()
    return path


@pytest.fixture
def generated(generated_file: Path, tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    path = tmp_path / "copy.db"
    shutil.copy(generated_file, path)
    database = open_workspace(path)
    yield database, path
    database.close()


def _full(db: Database, as_of: dt.date) -> tuple[DashboardLists, Statistics]:
    """The dashboard read in full: every request counted, nothing remembered."""
    with db.read_session() as session:
        sql = dashboard_sql(session)
        lists = read_lists(sql, rules_context(sql), threshold_of(sql), as_of, True, 30, DEFAULT_LIST_LIMIT)
    return lists, _compute_statistics(db, as_of, True, None)


def _refreshed(db: Database, as_of: dt.date) -> tuple[DashboardLists, Statistics]:
    """What the app's refresh reads."""
    return dashboard_lists(db, as_of), agency_statistics(db, as_of)


class _ReadAgain:
    """Which agencies' parts the services read again (None: every agency's)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.statistics: list[int | None] = []
        self.counts: list[int | None] = []
        tallies, counts = statistics._tallies, statistics.read_agency_counts

        def spy_tallies(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.statistics.append(args[5])
            return tallies(*args, **kwargs)

        def spy_counts(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.counts.append(args[5])
            return counts(*args, **kwargs)

        monkeypatch.setattr(statistics, "_tallies", spy_tallies)
        monkeypatch.setattr(statistics, "read_agency_counts", spy_counts)

    def clear(self) -> None:
        self.statistics.clear()
        self.counts.clear()

    def taken(self) -> tuple[list[int | None], list[int | None]]:
        """What was read again since the last call (sorted), and start over."""
        taken = sorted(self.statistics, key=str), sorted(self.counts, key=str)
        self.clear()
        return taken


def _waiting(db: Database) -> list[tuple[int, int]]:
    """(request, agency) of the requests still awaiting the agency, outside the trash."""
    with db.read_session() as session:
        return [(rid, aid) for rid, aid in session.execute(
            select(RequestRow.id, RequestRow.agency_id).where(
                RequestRow.status.in_(("submitted", "acknowledged")), RequestRow.deleted_at.is_(None))
            .order_by(RequestRow.id))]


def _agency_of(db: Database, request_id: int) -> int:
    with db.read_session() as session:
        agency = session.scalar(select(RequestRow.agency_id).where(RequestRow.id == request_id))
    assert agency is not None
    return agency


@pytest.mark.parametrize("as_of", DAYS)
def test_after_one_event_only_its_agency_is_read_again_and_all_equals_a_full_reading(
        generated: tuple[Database, Path], as_of: dt.date, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _path = generated
    read_again = _ReadAgain(monkeypatch)
    before = _refreshed(db, as_of)
    assert read_again.taken() == ([None], [None])  # the first reading: every agency
    assert before == _full(db, as_of)
    assert len(before[1].agencies) > 5 and before[0].overdue_total and before[1].overall.determined
    changed = set()
    for request_id, agency in _waiting(db)[:3]:
        read_again.clear()
        log_event(db, request_id, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=TODAY,
                                           outcome=Outcome.FULL_GRANT))
        after = _refreshed(db, as_of)
        assert read_again.taken() == ([agency], [agency])
        assert after == _full(db, as_of)
        changed.add(agency)
    # The determinations moved figures the dashboard shows (the test is not comparing unchanged answers).
    assert after[1].overall.determined > before[1].overall.determined
    assert after[0].status_counts != before[0].status_counts
    assert len(changed) > 1


def test_a_request_moved_to_the_trash_and_restored(generated: tuple[Database, Path],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db, _path = generated
    read_again = _ReadAgain(monkeypatch)
    before = _refreshed(db, TODAY)
    overdue = before[0].overdue[0]
    read_again.clear()
    move_to_trash(db, [overdue.id])
    trashed = _refreshed(db, TODAY)
    assert read_again.taken() == ([overdue.agency_id], [overdue.agency_id])
    assert trashed == _full(db, TODAY)
    assert trashed[0].overdue_total == before[0].overdue_total - 1
    assert overdue.id not in {r.id for r in trashed[0].overdue}
    read_again.clear()
    restore_from_trash(db, [overdue.id])
    restored = _refreshed(db, TODAY)
    assert read_again.taken() == ([overdue.agency_id], [overdue.agency_id])
    assert restored == _full(db, TODAY) == before


def test_a_change_by_another_process_through_the_services(generated: tuple[Database, Path],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A second interpreter (the command line, a second app) logs the event: this process did not see
    the write happen, and still reads that agency again."""
    db, path = generated
    read_again = _ReadAgain(monkeypatch)
    before = _refreshed(db, TODAY)
    request_id, agency = _waiting(db)[0]
    code = ("import sys, datetime as dt\n"
            "from foiatrack.core.vocabulary import EventKind, Outcome\n"
            "from foiatrack.services.events import NewEvent, log_event\n"
            "from foiatrack.services.workspace import open_workspace\n"
            "db = open_workspace(sys.argv[1])\n"
            "log_event(db, int(sys.argv[2]), NewEvent(kind=EventKind.FINAL_DETERMINATION,\n"
            "          date=dt.date(2026, 12, 3), outcome=Outcome.DENIED))\n"
            "db.close()\n")
    subprocess.run([sys.executable, "-c", code, str(path), str(request_id)], check=True, cwd=ROOT)
    read_again.clear()
    after = _refreshed(db, TODAY)
    assert read_again.taken() == ([agency], [agency])
    assert after == _full(db, TODAY)
    assert after != before


def test_a_change_by_a_writer_that_knows_nothing_of_foiatrack(generated: tuple[Database, Path],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain SQL on another connection: the database's own triggers move the counters. A request moved
    to another agency changes both agencies' figures."""
    db, path = generated
    read_again = _ReadAgain(monkeypatch)
    for as_of in DAYS:
        _refreshed(db, as_of)
    overdue = dashboard_lists(db, TODAY).overdue[0]
    other = next(a.agency_id for a in agency_statistics(db, TODAY).agencies if a.agency_id != overdue.agency_id)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE requests SET agency_id = ?, due_date = ? WHERE id = ?",
                           (other, "2026-11-02", overdue.id))
    connection.close()
    for as_of in DAYS:
        read_again.clear()
        after = _refreshed(db, as_of)
        both = sorted((overdue.agency_id, other), key=str)
        assert read_again.taken() == (both, both)
        assert after == _full(db, as_of)
    assert _agency_of(db, overdue.id) == other


def test_nothing_changed_reads_nothing_again(generated: tuple[Database, Path],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A write elsewhere that touches no request or event (a setting) moves no agency's counter: the
    refresh reads the lists again but no agency's statistics or counts."""
    db, path = generated
    read_again = _ReadAgain(monkeypatch)
    before = _refreshed(db, TODAY)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("INSERT INTO settings (key, value) VALUES ('unrelated', '1')")
    connection.close()
    read_again.clear()
    after = _refreshed(db, TODAY)
    assert read_again.taken() == ([], [])
    assert after == before == _full(db, TODAY)
    # Equal answers are the ones given before, the same objects: the app's page leaves its tables alone.
    assert after[0] is before[0] and after[1] is before[1]


def test_after_changes_on_every_backend(db: Database) -> None:
    """On a server (nothing remembered there) and on SQLite alike, a refresh after events logged on one
    agency's request and a request moved to the trash equals a full reading."""
    ids = []
    for number, agency in enumerate(("FBI", "ICE", "CDCR", "NYPD") * 3):
        ids += file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject=f"Request {number}"),
                                           sent_on=dt.date(2026, 10, 1) + dt.timedelta(days=number * 3)))
    for as_of in DAYS:
        assert _refreshed(db, as_of) == _full(db, as_of)
    log_event(db, ids[0], NewEvent(kind=EventKind.ACKNOWLEDGED, date=dt.date(2026, 10, 9)))
    log_event(db, ids[4], NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 11, 20),
                                   outcome=Outcome.DENIED, exemptions=("(b)(6)",)))
    move_to_trash(db, [ids[1]])
    for as_of in DAYS:
        after = _refreshed(db, as_of)
        assert after == _full(db, as_of)
    assert after[1].overall.requests == len(ids) - 1
    assert after[1].overall.determined == 1


def test_a_backup_restored_under_the_app_then_changed_again(generated: tuple[Database, Path], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process restores an older backup of the same file and makes a different change on the same
    agency before the app refreshes: the agency has been changed as many times as when the app last read
    it, but its requests are not the same. What is remembered must not be taken for the new state."""
    db, path = generated
    read_again = _ReadAgain(monkeypatch)
    with db.read_session() as session:
        others = {rid: aid for rid, aid in session.execute(select(RequestRow.id, RequestRow.agency_id))}
    first, agency = next((rid, aid) for rid, aid in _waiting(db)
                         if any(a == aid and r != rid for r, a in others.items()))
    second = next(rid for rid, aid in others.items() if aid == agency and rid != first)
    backup_database(db, tmp_path / "before.db")
    log_event(db, first, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=TODAY, outcome=Outcome.FULL_GRANT))
    remembered = _refreshed(db, TODAY)
    restore_database(path, tmp_path / "before.db")
    move_to_trash(db, [second])  # one change of the agency again, another one
    read_again.clear()
    after = _refreshed(db, TODAY)
    assert after == _full(db, TODAY)
    assert after != remembered
    assert read_again.statistics, "the agency's statistics were read again"


def test_a_backup_from_before_the_counters_is_read_in_full(generated: tuple[Database, Path], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A file restored from a backup made before the counters existed has none: every agency is read."""
    db, path = generated
    read_again = _ReadAgain(monkeypatch)
    first, _agency = _waiting(db)[0]
    backup_database(db, tmp_path / "older.db")
    older = sqlite3.connect(tmp_path / "older.db")
    with older:  # as a file written before the counters: no epoch, no counts
        older.execute("DELETE FROM agency_changes")
    older.close()
    log_event(db, first, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=TODAY, outcome=Outcome.FULL_GRANT))
    _refreshed(db, TODAY)
    restore_database(path, tmp_path / "older.db")
    read_again.clear()
    after = _refreshed(db, TODAY)
    assert read_again.taken() == ([None], [None])
    assert after == _full(db, TODAY)


def test_every_change_gives_the_agency_a_mark_it_never_had(generated: tuple[Database, Path],
                                                           tmp_path: Path) -> None:
    """A backup restored and the same change made again must not give the agency a mark it had before
    (a count would come back to the same number with other requests behind it)."""
    db, path = generated
    request_id, agency = _waiting(db)[0]

    def mark() -> object:
        connection = sqlite3.connect(path)
        try:
            row = connection.execute("SELECT changes FROM agency_changes WHERE agency_id = ?", (agency,)).fetchone()
        finally:
            connection.close()
        return row[0] if row else None

    backup_database(db, tmp_path / "before.db")
    seen = [mark()]
    log_event(db, request_id, NewEvent(kind=EventKind.ACKNOWLEDGED, date=TODAY))
    seen.append(mark())
    assert seen[1] != seen[0]
    restore_database(path, tmp_path / "before.db")
    assert mark() == seen[0]
    log_event(db, request_id, NewEvent(kind=EventKind.ACKNOWLEDGED, date=TODAY))
    assert mark() not in seen

"""Backups are consistent, checked and private; restores refuse bad files and keep what they replace."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.services.backup import (
    automatic_backup,
    backup_database,
    inspect_backup,
    read_auto_backup_keep,
    restore_database,
    set_auto_backup_keep,
)
from foiatrack.services.demo import load_demo
from foiatrack.services.workspace import open_workspace


def dump(path: Path) -> list[tuple[object, ...]]:
    """Every row of every table, to compare two databases exactly."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        rows: list[tuple[object, ...]] = []
        for table in tables:
            rows.extend((table, *row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'))
        return rows
    finally:
        connection.close()


@pytest.fixture
def demo_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_workspace(tmp_path / "live.db")
    load_demo(db)
    yield db
    db.close()


def test_backup_is_an_exact_private_checked_copy(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copies" / "backup.db"
    info = backup_database(demo_db, target)
    assert info.requests == 21 and info.events > 50
    assert dump(target) == dump(demo_db.path)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(target.parent.glob(".*partial*")), "no temporary file is left behind"


def test_backup_refuses_to_overwrite_the_database_itself(demo_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="must not be the database itself"):
        backup_database(demo_db, demo_db.path)


WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from foiatrack.core.vocabulary import EventKind
    from foiatrack.services.events import NewEvent, log_event
    from foiatrack.services.workspace import open_workspace
    db = open_workspace(sys.argv[1])
    print("ready", flush=True)
    for i in range(int(sys.argv[2])):
        log_event(db, 3, NewEvent(EventKind.NOTE, dt.date(2026, 1, 1), summary=f"note {i}"))
        print(f"logged {i}", flush=True)
""")


def test_backup_while_another_process_writes_is_consistent(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_db.path), "400"], stdout=subprocess.PIPE,
                              text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    # Back up once the writer has committed 50 notes, while it goes on writing the other 350.
    while writer.stdout.readline().strip() != "logged 49":
        assert writer.poll() is None, "the writer ended before it wrote 50 notes"
    info = backup_database(demo_db, tmp_path / "during.db")
    writer.communicate(timeout=120)
    assert writer.returncode == 0
    copied = sqlite3.connect(tmp_path / "during.db")
    notes = [r[0] for r in copied.execute("SELECT summary FROM events WHERE summary LIKE 'note %' ORDER BY id")]
    copied.close()
    # A snapshot: the first k notes for some k, never a gap or a torn row.
    assert notes == [f"note {i}" for i in range(len(notes))]
    assert len(notes) >= 50, "the backup missed notes committed before it started"
    assert info.events >= 50 + len(notes)


def test_restore_replaces_the_database_and_keeps_the_old_one(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "before.db"
    backup_database(demo_db, backup)
    expected = dump(backup)
    from foiatrack.services.requests import delete_request

    delete_request(demo_db, 3)
    changed = dump(demo_db.path)
    kept = restore_database(demo_db.path, backup)
    assert kept is not None and kept.exists()
    assert dump(demo_db.path) == expected
    assert dump(kept) == changed


def test_restore_then_compare_identical_after_reopening(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "b.db"
    backup_database(demo_db, backup)
    target = tmp_path / "fresh" / "restored.db"
    assert restore_database(target, backup) is None
    reopened = open_workspace(target)
    from foiatrack.services.queries import list_requests

    assert [r.to_json() for r in list_requests(reopened)] == [r.to_json() for r in list_requests(demo_db)]
    reopened.close()


@pytest.mark.parametrize("kind", ["text", "truncated", "foreign", "newer", "missing"])
def test_restore_refuses_bad_files_and_touches_nothing(demo_db, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / f"{kind}.db"
    if kind == "text":
        bad.write_text("not a database")
    elif kind == "truncated":
        backup_database(demo_db, bad)
        data = bad.read_bytes()
        bad.write_bytes(data[: len(data) // 3])
    elif kind == "foreign":
        connection = sqlite3.connect(bad)
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()
        connection.close()
    elif kind == "newer":
        backup_database(demo_db, bad)
        connection = sqlite3.connect(bad)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
        connection.close()
    before = dump(demo_db.path)
    with pytest.raises(UserError, match="restore: "):
        restore_database(demo_db.path, bad)
    assert dump(demo_db.path) == before
    assert not list(tmp_path.glob("live.replaced-*")), "nothing was set aside for a refused restore"


def test_automatic_backups_rotate_keeping_the_newest(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "auto"
    set_auto_backup_keep(demo_db, 3, expected_version=read_auto_backup_keep(demo_db).version)
    made = [automatic_backup(demo_db, folder, dt.date(2026, 1, day)) for day in range(1, 6)]
    assert all(made)
    assert automatic_backup(demo_db, folder, dt.date(2026, 1, 5)) is None, "one per day"
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"foiatrack-auto-live-2026-01-0{d}.db" for d in (3, 4, 5)]
    assert inspect_backup(folder / kept[-1]).requests == 21


def test_automatic_backups_can_be_turned_off(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_auto_backup_keep(demo_db, 0, expected_version=read_auto_backup_keep(demo_db).version)
    assert automatic_backup(demo_db, tmp_path / "auto", dt.date(2026, 1, 1)) is None
    assert not (tmp_path / "auto").exists()


def test_restore_over_a_damaged_database_keeps_its_bytes_and_restores(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "good.db"
    backup_database(demo_db, backup)
    expected = dump(backup)
    path = demo_db.path
    demo_db.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xff" * 8192  # a disk that lost a stretch of the file
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    kept = restore_database(path, backup)
    assert kept is not None and kept.read_bytes() == damaged
    assert dump(path) == expected

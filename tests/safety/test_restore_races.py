"""Restores never lose the database they replace, never overlap, and refuse a shell of a database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.services.backup import backup_database, remove_stale_partials, restore_database
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import head_revision


def subjects(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT subject FROM requests")}
    finally:
        connection.close()


@pytest.fixture
def live_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    live, backup = tmp_path / "live.db", tmp_path / "backup.db"
    db = open_workspace(live)
    file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="In the backup"),
                                sent_on=dt.date(2025, 11, 19)))
    backup_database(db, backup)
    file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Only in the original"),
                                sent_on=dt.date(2025, 11, 20)))
    db.close()
    return live, backup


def test_two_restores_in_one_process_and_second_keep_the_original(live_and_backup: tuple[Path, Path]) -> None:
    live, backup = live_and_backup
    first = restore_database(live, backup)
    second = restore_database(live, backup)
    assert first is not None and second is not None and first != second
    assert "Only in the original" in subjects(first)
    assert subjects(second) == {"In the backup"}
    assert os.stat(first).st_mode & 0o777 == 0o600


def test_two_restores_started_together_keep_the_original(live_and_backup: tuple[Path, Path]) -> None:
    live, backup = live_and_backup
    barrier = threading.Barrier(2)
    kept: list[Path | None] = []

    def restore() -> None:
        barrier.wait()
        kept.append(restore_database(live, backup))

    threads = [threading.Thread(target=restore) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(kept) == 2 and None not in kept and len(set(kept)) == 2
    assert any("Only in the original" in subjects(path) for path in kept if path)


def test_two_restore_commands_at_once_keep_the_original(live_and_backup: tuple[Path, Path]) -> None:
    live, backup = live_and_backup
    command = [sys.executable, "-m", "foiatrack", "--db", str(live), "restore", str(backup)]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    results = [process.communicate(timeout=120) for process in processes]
    assert [p.returncode for p in processes] == [0, 0], results
    kept = sorted(live.parent.glob("live.replaced-*.db"))
    assert len(kept) == 2
    assert any("Only in the original" in subjects(path) for path in kept)


def _shell(path: Path, version: str | None) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    if version is not None:
        connection.execute("INSERT INTO alembic_version VALUES (?)", (version,))
    connection.execute("CREATE TABLE requests (id INTEGER PRIMARY KEY, subject TEXT)")
    connection.execute("CREATE TABLE events (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("version", ["current", None])
def test_a_shell_of_a_database_is_refused_and_nothing_is_replaced(live_and_backup: tuple[Path, Path],
                                                                  tmp_path: Path, version: str | None) -> None:
    live, _backup = live_and_backup
    before = live.read_bytes()
    shell = _shell(tmp_path / "shell.db", head_revision() if version else None)
    with pytest.raises(UserError, match="not a complete foiatrack database") as caught:
        restore_database(live, shell)
    assert "\n" not in caught.value.message
    assert live.read_bytes() == before
    assert not list(tmp_path.glob("live.replaced-*"))


def test_partial_files_of_a_killed_backup_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "nightly.db"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".nightly.db.partial-{int(dead.stdout)}"
    stale.write_bytes(b"half a backup")
    mine = tmp_path / f".nightly.db.partial-{os.getpid()}"
    mine.write_bytes(b"in progress")
    remove_stale_partials(target)
    assert not stale.exists() and mine.exists()

"""A full disk: import, log, backup and export end with one line naming no request data, and the
database stays intact. The disk is "filled" for a child process by a file-size limit (RLIMIT_FSIZE), which
fails writes the way a full disk does, without filling the machine's disk."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace

resource = pytest.importorskip("resource")

RUN_FULL = textwrap.dedent("""
    import resource, signal, sys
    from foiatrack.cli import main
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    sys.exit(main(sys.argv[2:]))
""")
SECRET_SUBJECT = "Informant payments ledger"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "full.db"
    db = open_workspace(path)
    for n in range(40):
        file_request(db, NewRequest(agencies=("ICE",), sent_on=dt.date(2025, 11, 3), tracking_number=f"TRK-{n:04d}",
                                    fields=RequestFields(subject=f"{SECRET_SUBJECT} {n}", records_sought="r" * 2000)))
    db.close()
    return path


def full_disk(database: Path, *args: str, limit: int = 40_000) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN_FULL, str(limit), "--db", str(database), *args],
                          capture_output=True, text=True, timeout=120, check=False)


def intact(database: Path) -> bool:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


@pytest.mark.parametrize("command", ["import", "log", "backup", "export"])
def test_a_full_disk_is_one_line_without_data(database: Path, tmp_path: Path, command: str) -> None:
    if command == "import":
        sheet = tmp_path / "sheet.csv"
        sheet.write_text("Agency,Subject,Date Sent\n" + "".join(
            f"ICE,Imported {SECRET_SUBJECT} {n} {'x' * 300},2025-10-01\n" for n in range(400)), encoding="utf-8")
        args = ["import", str(sheet)]
    elif command == "log":
        document = tmp_path / "letter.txt"
        document.write_bytes(bytes(range(256)) * 800)
        args = ["log", "1", "note", "--date", "2025-11-05", "--attach", str(document)]
    elif command == "backup":
        args = ["backup", str(tmp_path / "copy.db")]
    else:
        args = ["export", str(tmp_path / "out.csv")]
    # No file may grow past 40 kB: room to open the database (its 32 KiB shared-memory index), none for
    # what the command writes (the write-ahead log, an attachment, an export, a backup copy).
    done = full_disk(database, *args)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert SECRET_SUBJECT not in done.stderr and "TRK-" not in done.stderr
    assert "cannot be opened" not in done.stderr  # the write failed, not the opening
    assert intact(database)

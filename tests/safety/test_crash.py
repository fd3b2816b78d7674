"""Kill a writing process at random moments: every change it reported as committed must survive, and
the database must pass SQLite's integrity check afterwards."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from foiatrack.services.workspace import open_workspace

WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from foiatrack.core.vocabulary import EventKind, Outcome
    from foiatrack.services.events import NewEvent, log_event
    from foiatrack.services.requests import NewRequest, RequestFields, file_request
    from foiatrack.services.workspace import open_workspace
    db = open_workspace(sys.argv[1])
    start = int(sys.argv[2])
    kinds = [EventKind.NOTE, EventKind.ACKNOWLEDGED, EventKind.EXTENSION, EventKind.INTERIM_RELEASE]
    for i in range(start, start + 100000):
        if i % 5 == 0:
            (rid,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject=f"crash {i}"),
                                                 sent_on=dt.date(2025, 11, 19)))
            print(f"request {rid} crash {i}", flush=True)
        else:
            event = log_event(db, 1, NewEvent(kinds[i % 4], dt.date(2025, 12, 1), summary=f"crash {i}"))
            print(f"event {event.id} crash {i}", flush=True)
""")

KILLS = int(os.environ.get("FOIATRACK_CRASH_KILLS", "25"))


def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    db = open_workspace(path)
    from foiatrack.services.requests import NewRequest, RequestFields, file_request

    file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="target"), sent_on=None))
    db.close()
    rng = random.Random(1967)
    reported_events: set[tuple[int, str]] = set()
    reported_requests: set[tuple[int, str]] = set()
    counter = 0
    for _ in range(KILLS):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(counter)], stdout=subprocess.PIPE,
                                  text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert writer.stdout is not None
        deadline = time.monotonic() + rng.uniform(0.8, 2.0)
        os.set_blocking(writer.stdout.fileno(), False)
        buffer = ""
        while time.monotonic() < deadline and writer.poll() is None:
            time.sleep(0.01)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        buffer = writer.stdout.read() or ""
        writer.stdout.close()
        for line in buffer.split("\n")[:-1]:  # complete lines only: the kill may cut the last one
            kind, ident, _, label = [*line.split(" ", 3), "", ""][:4]
            if kind == "event":
                reported_events.add((int(ident), f"crash {label}"))
            elif kind == "request":
                reported_requests.add((int(ident), f"crash {label}"))
        counter += 100000
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        events = set(connection.execute("SELECT id, summary FROM events WHERE summary LIKE 'crash %'"))
        requests = set(connection.execute("SELECT id, subject FROM requests WHERE subject LIKE 'crash %'"))
    finally:
        connection.close()
    assert reported_events, "the writer never got to commit: the test did not exercise anything"
    assert reported_events <= events
    assert reported_requests <= requests
    print(f"survived {KILLS} kills; {len(reported_events)} events and {len(reported_requests)} requests reported "
          f"committed, all present")
    # The database still opens, and the cache agrees with the log after the crashes.
    reopened = open_workspace(path)
    from foiatrack.services.queries import request_detail

    detail = request_detail(reopened, 1)
    assert len(detail.events) >= len(reported_events)
    reopened.close()


IMPORTER = textwrap.dedent("""
    import csv, sys
    from pathlib import Path
    from foiatrack.services.exchange import import_file
    from foiatrack.services.workspace import open_workspace
    db = open_workspace(sys.argv[1])
    folder = Path(sys.argv[2])
    start = int(sys.argv[3])
    for batch in range(start, start + 1000):
        path = folder / f"batch-{batch}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Agency", "Subject", "Date Sent", "Status", "Tracking #"])
            for row in range(ROWS):
                writer.writerow(["ICE", f"crash-import {batch} {row}", "2025-11-19", "Denied", f"CI-{batch}-{row}"])
        import_file(db, path)
        print(f"imported {batch}", flush=True)
""").replace("ROWS", "150")


def test_sigkill_during_imports_keeps_each_import_whole(tmp_path: Path) -> None:
    path = tmp_path / "imports.db"
    open_workspace(path).close()
    rng = random.Random(2021)
    reported: set[int] = set()
    counter = 0
    kills = max(KILLS // 2, 5)
    for _ in range(kills):
        writer = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(tmp_path), str(counter)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        deadline = time.monotonic() + rng.uniform(1.0, 3.0)
        while time.monotonic() < deadline and writer.poll() is None:
            time.sleep(0.01)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        output = writer.stdout.read() or ""
        writer.stdout.close()
        reported |= {int(line.split()[1]) for line in output.split("\n")[:-1] if line.startswith("imported ")}
        counter += 1000
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        per_batch: dict[int, int] = {}
        for (subject,) in connection.execute("SELECT subject FROM requests WHERE subject LIKE 'crash-import %'"):
            batch = int(subject.split()[1])
            per_batch[batch] = per_batch.get(batch, 0) + 1
        determinations = connection.execute(
            "SELECT count(*) FROM events WHERE kind = 'final_determination'").fetchone()[0]
    finally:
        connection.close()
    assert reported, "no import finished before a kill: the test did not exercise anything"
    assert all(per_batch.get(batch) == 150 for batch in reported), "a reported import lost rows"
    assert set(per_batch.values()) <= {150}, "an import killed half-way left part of its rows"
    assert determinations == 150 * len(per_batch), "every imported row kept its status event"
    print(f"survived {kills} kills during imports; {len(reported)} imports reported, {len(per_batch)} present")

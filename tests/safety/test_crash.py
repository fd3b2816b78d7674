"""Kill a writing process at random moments: every change it reported as committed must survive, and
the database must pass SQLite's integrity check afterwards.

The moment of each kill is chosen by counting what the child reported, never by a timer: the child says
"ready" once it has opened the database, then one line per committed action; the test kills it after a
seeded random number of those lines, so it lands in the middle of the next write however fast or busy the
machine is.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from foiatrack.services.workspace import open_workspace

WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from foiatrack.core.vocabulary import EventKind, Outcome
    from foiatrack.services.events import NewEvent, log_event
    from foiatrack.services.requests import NewRequest, RequestFields, file_request
    from foiatrack.services.workspace import open_workspace
    db = open_workspace(sys.argv[1])
    start = int(sys.argv[2])
    print("ready", flush=True)
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

# Dozens of child processes: `pytest -m "not slow"` leaves them out of a quick run.
pytestmark = pytest.mark.slow

KILLS = int(os.environ.get("FOIATRACK_CRASH_KILLS", "25"))
# A safety net for a child that hangs or dies at start, not a pace the test expects: a healthy child
# reports long before this on any machine.
STALL_SECONDS = 600


class _Child:
    """A writer process whose output lines arrive on a queue, so the test can wait for the next one."""

    def __init__(self, args: list[str]) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.lines: queue.Queue[str] = queue.Queue()
        self._kept: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")  # end of output

    def next_line(self) -> str:
        """The child's next line ("" once it has exited); fails the test if the child stalls."""
        try:
            return self.lines.get(timeout=STALL_SECONDS)
        except queue.Empty:
            raise AssertionError(f"the child reported nothing for {STALL_SECONDS} s") from None

    def run_until(self, reports: int, prefix: str) -> None:
        """Wait for "ready", then for ``reports`` lines starting with ``prefix`` (or for the child to end)."""
        assert self.next_line().strip() == "ready", "the child did not start"
        seen = 0
        while seen < reports:
            line = self.next_line()
            if not line:
                return
            self._kept.append(line)
            seen += line.startswith(prefix)

    def kill_and_collect(self) -> list[str]:
        """SIGKILL the child now; every complete line it wrote (the kill may cut the last one)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self._reader.join(timeout=STALL_SECONDS)
        assert self.process.stdout is not None
        self.process.stdout.close()
        text = "".join(self._kept)
        while not self.lines.empty():
            text += self.lines.get()
        return [line for line in text.split("\n")[:-1] if line]


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
        writer = _Child([WRITER, str(path), str(counter)])
        # Between 1 and 40 committed actions, then the kill lands in the middle of the next one.
        writer.run_until(rng.randint(1, 40), "")
        for line in writer.kill_and_collect():
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
    print("ready", flush=True)
    for batch in range(start, start + 1000):
        path = folder / f"batch-{batch}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Agency", "Subject", "Date Sent", "Status", "Tracking #"])
            for row in range(ROWS):
                writer.writerow(["ICE", f"crash-import {batch} {row}", "2025-11-19", "Denied", f"CI-{batch}-{row}"])
        print(f"importing {batch}", flush=True)
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
        writer = _Child([IMPORTER, str(path), str(tmp_path), str(counter)])
        # Let 0-2 imports finish, then kill as soon as the next one has begun: mid-import.
        writer.run_until(rng.randint(0, 2) + 1, "importing ")
        reported |= {int(line.split()[1]) for line in writer.kill_and_collect() if line.startswith("imported ")}
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

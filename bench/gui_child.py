"""The desktop app on a large database, driven the way a user would, timing each step.

Run by bench/run.py in a fresh process (offscreen): prints one JSON document. Not for direct use.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import statistics
import sys
import time

STARTED_WALL = time.time()


def main() -> None:
    path, runs = sys.argv[1], int(sys.argv[2])
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from foiatrack.services.workspace import open_workspace
    from foiatrack.ui.app import make_application

    app = make_application()
    db = open_workspace(path)
    from foiatrack.ui.main_window import MainWindow
    from foiatrack.ui.request_model import DUE

    def wait_for(signal, timeout_ms: int = 60_000) -> None:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    window = MainWindow(db)
    dashboard = window.pages["dashboard"]
    window.show_page("dashboard")
    window.show()
    wait_for(dashboard.loaded)
    ready_wall = time.time()
    app.processEvents()

    # Each figure is kept twice: the wall clock, and the CPU time the process used meanwhile (all its
    # threads). On a shared machine the wall clock mostly measures the other work (a refresh waits for
    # its background thread to be scheduled); the CPU time is what the step itself costs.
    def refresh_dashboard(wall: list[float], used: list[float]) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        dashboard.refresh()
        wait_for(dashboard.loaded)
        app.processEvents()
        wall.append((time.perf_counter() - started) * 1000)
        used.append((time.process_time() - cpu) * 1000)

    refresh: list[float] = []
    refresh_cpu: list[float] = []
    for _ in range(runs):
        refresh_dashboard(refresh, refresh_cpu)

    # A refresh after a typical change: one event logged on one request through the services (not
    # timed), then the dashboard's refresh, until its tables are filled again.
    from one_change import log_one, waiting_requests

    candidates = waiting_requests(db, runs * 4)
    after: list[float] = []
    after_cpu: list[float] = []
    for _ in range(runs):
        log_one(db, candidates, dt.date.today())
        refresh_dashboard(after, after_cpu)

    requests_page = window.requests_page
    window.show_page("requests")
    if requests_page.is_loading() or requests_page.model.total_count() == 0:
        wait_for(requests_page.loaded)
    app.processEvents()
    keystrokes, keystrokes_cpu = [], []
    for _ in range(runs):
        requests_page.find.clear()
        app.processEvents()
        for index in range(1, len("facial recognition") + 1):
            started, cpu = time.perf_counter(), time.process_time()
            requests_page.find.setText("facial recognition"[:index])
            app.processEvents()
            keystrokes.append((time.perf_counter() - started) * 1000)
            keystrokes_cpu.append((time.process_time() - cpu) * 1000)
    requests_page.find.clear()
    app.processEvents()

    sorting = []
    for run in range(runs):
        started = time.perf_counter()
        order = Qt.SortOrder.AscendingOrder if run % 2 == 0 else Qt.SortOrder.DescendingOrder
        requests_page.table.sortByColumn(DUE, order)
        app.processEvents()
        sorting.append((time.perf_counter() - started) * 1000)

    # The request page reads the request off the UI thread: each opening is timed until the page says the
    # request is shown (its ``loaded`` signal), not only until the read was started.
    shown: list[int] = []

    def on_loaded(request_id: int) -> None:
        shown.append(request_id)

    window.detail_page.loaded.connect(on_loaded)
    opening, opening_cpu = [], []
    for _ in range(runs):
        window.show_page("requests")
        app.processEvents()
        shown.clear()
        started, cpu = time.perf_counter(), time.process_time()
        window.open_request(1)  # the request with 50 events
        while 1 not in shown:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()
        opening.append((time.perf_counter() - started) * 1000)
        opening_cpu.append((time.process_time() - cpu) * 1000)
    window.detail_page.loaded.disconnect(on_loaded)

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "ready_wall": ready_wall, "dashboard_refresh_ms": refresh, "filter_keystroke_ms": keystrokes,
        "sort_due_ms": sorting, "open_request_ms": opening, "peak_rss_mib": peak_mib,
        "dashboard_refresh_cpu_ms": refresh_cpu, "dashboard_after_change_ms": after,
        "dashboard_after_change_cpu_ms": after_cpu, "filter_keystroke_cpu_ms": keystrokes_cpu,
        "open_request_cpu_ms": opening_cpu,
        "events_on_request_1": len(window.detail_page.detail.events) if window.detail_page.detail else None,
        "median_keystroke_ms": statistics.median(keystrokes),
    }))
    window.close()
    db.close()


if __name__ == "__main__":
    main()

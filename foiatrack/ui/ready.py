"""``foiatrack gui --exit-when-ready``: how long the app takes from process start to a filled dashboard.

The app starts as a user would start it, shows the dashboard, and waits for the dashboard's own
``loaded`` signal (its action lists, counts and per-agency statistics are in their tables); once Qt has
painted that, the time since the process started is printed in milliseconds and the app exits 0. The
benchmark (``bench/run.py``) times the whole process around it, next to a bare PySide6 window.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

GIVE_UP_MS = 600_000

# Where the clock starts when the operating system cannot say when the process started.
_IMPORTED = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from the kernel's record, to the clock tick;
    elsewhere: since this module was imported, which leaves out the interpreter's own start)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time, in ticks since boot
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED) * 1000


def exit_when_ready(app: QApplication, window: QMainWindow, dashboard: object) -> int:
    """Run the event loop until *dashboard* has loaded once, print the milliseconds, return 0.

    *dashboard* is the dashboard page (it has ``loaded``, ``filled`` and ``refresh``). Waiting on its
    signal, not on a timer, means the figure is the moment the user has the numbers in front of them; a
    dashboard filled before the window showed is ready as soon as the event loop has painted it.
    """
    # type: ignore below: the dashboard page, typed as object to keep this module free of the page's imports
    loaded = dashboard.loaded  # type: ignore[attr-defined]

    def ready() -> None:
        QCoreApplication.sendPostedEvents()  # the tables' updates, then one paint of the window
        window.repaint()
        print(f"{process_age_ms():.0f}", flush=True)
        # Closed here and now, as the bare window the benchmark compares with exits right after its paint:
        # another pass of the event loop would first repaint every widget for the window becoming active
        # (about 20 ms of processor time), after the figure.
        window.close()
        app.exit(0)

    def when_loaded() -> None:
        loaded.disconnect(when_loaded)
        QTimer.singleShot(0, ready)  # not inside the dashboard's own signal: it is still finishing its part

    def gave_up() -> None:
        print("foiatrack: the dashboard did not finish loading", file=sys.stderr)
        app.exit(1)

    if getattr(dashboard, "filled", False):  # filled before the window showed (the start-up's first look)
        QTimer.singleShot(0, ready)
    else:
        loaded.connect(when_loaded)
    QTimer.singleShot(GIVE_UP_MS, gave_up)  # only so that a broken database cannot hang a benchmark run
    code = int(app.exec())
    # Closing the last window posted a Quit for "quit on last window closed", which the loop left unread.
    # Read later by another event loop in this process, it would tell every loop from then on to return
    # at once (Qt keeps the thread's "quit now" flag set until the next application exec).
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    return code

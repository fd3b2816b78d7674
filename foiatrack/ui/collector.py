"""Python's cycle collector runs on the UI thread only.

CPython collects reference cycles on whichever thread happens to allocate when a threshold is crossed:
with loads and writes running on worker threads, that is often not the UI thread. A widget caught in a
cycle (a dialog and a lambda connected to its own signal) would then be deleted on a worker thread, which
Qt does not allow: it crashed now and then on a busy machine ("QBasicTimer::stop: Failed. Possibly
trying to stop from a different thread"). So the automatic collector is off, and a timer on the UI thread
collects instead, each generation as often as the collector's own thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_EVERY_MS = 500


class UiThreadCollector(QObject):
    """Turns the automatic collector off and collects on its owner's thread when the counts call for it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns the objects collected."""
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young <= first:
            return 0
        if middle > second:
            return gc.collect(2 if old > third else 1)
        return gc.collect(0)


def collect_on_ui_thread(app: QCoreApplication) -> UiThreadCollector:
    """Install the collector on *app* once (it lives as long as the application)."""
    found = app.findChild(UiThreadCollector)
    return found if found is not None else UiThreadCollector(app)

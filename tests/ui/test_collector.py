"""Cycles are collected on the UI thread, never on a worker thread that happens to allocate."""

from __future__ import annotations

import gc
import threading
from typing import Any

from foiatrack.ui.collector import UiThreadCollector, collect_on_ui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_installed_once_and_the_automatic_collector_stays_off(qapp: Any) -> None:
    collector = collect_on_ui_thread(qapp)
    assert collect_on_ui_thread(qapp) is collector
    assert not gc.isenabled()


def test_a_cycle_made_garbage_on_a_worker_is_collected_on_the_ui_thread(qtbot: Any, qapp: Any) -> None:
    collector = collect_on_ui_thread(qapp)
    collected_on: list[bool] = []

    class Watched(_Cycle):
        def __del__(self) -> None:
            collected_on.append(threading.current_thread() is threading.main_thread())

    def worker() -> None:
        Watched()  # garbage at once, but only a collection can free a cycle
        for _ in range(50_000):  # allocates far past the young generation's threshold
            _Cycle()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert collected_on == [], "nothing is collected on the worker"
    qtbot.waitUntil(lambda: collected_on == [True])
    assert isinstance(collector, UiThreadCollector)


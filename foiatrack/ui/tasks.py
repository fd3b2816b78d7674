"""Running slow work off the UI thread.

``run_task(owner, work, on_done)`` runs ``work()`` on the global QThreadPool and delivers its result (or
its exception) back on the UI thread through a queued signal. **Do not touch any widget inside ``work``**:
it runs on a worker thread; only ``on_done``/``on_error`` may update the UI. Work functions call services,
which open their own short database sessions, so nothing is shared between threads.
"""

from __future__ import annotations

import contextlib
import traceback
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the UI thread and holds the work function, so that the last reference to it (and to
    any widget its closure captured) is dropped there, never on the worker thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, work: Callable[[], Any]) -> None:
        super().__init__(owner)
        self.work: Callable[[], Any] | None = work


class _Job(QRunnable):
    def __init__(self, relay: _Relay) -> None:
        super().__init__()
        self._relay = relay

    def run(self) -> None:
        work = self._relay.work
        assert work is not None
        try:
            result = work()
        except BaseException as exc:  # delivered to the UI thread, never lost in the pool
            # type: ignore below: the worker's traceback text rides on the exception to the UI thread, for the error box
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.done, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        # The owner (a page of a database closed meanwhile) may be gone: then there is nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


_live: set[_Relay] = set()  # keeps relays alive until their job reports


def run_task(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run *work* in the background; call *on_done(result)* or *on_error(exc)* on the UI thread.

    *owner* parents the relay so that results for a closed window are dropped instead of touching
    deleted widgets. *pool* is the global pool unless given (the writer's pool runs one job at a time).
    """
    relay = _Relay(owner, work)
    _live.add(relay)

    def settle() -> None:
        # Cut the connections before Qt deletes the relay: deleting it while still connected to these
        # closures (which hold it) crashed PySide now and then with a double free in ~QObject.
        relay.work = None  # released here, on the UI thread
        _live.discard(relay)
        # The owner (a page closed meanwhile, a test's window torn down) may have taken the relay with it:
        # its connections went with it, and there is nothing left to cut or delete.
        with contextlib.suppress(RuntimeError):
            relay.done.disconnect()
            relay.failed.disconnect()
            relay.deleteLater()

    @Slot(object)
    def finished(result: Any) -> None:
        settle()
        on_done(result)

    @Slot(object)
    def failed(exc: BaseException) -> None:
        settle()
        if on_error is not None:
            on_error(exc)
        else:
            raise exc

    relay.done.connect(finished)
    relay.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Job(relay))


_pools: weakref.WeakSet[QThreadPool] = weakref.WeakSet()  # the writers' pools, waited for too


def register_pool(pool: QThreadPool) -> None:
    _pools.add(pool)


def tasks_running() -> bool:
    """Any background work (loads or writes) still running or queued."""
    return any(pool.activeThreadCount() for pool in (QThreadPool.globalInstance(), *_pools))


def results_pending() -> bool:
    """Background work still running, or finished with its answer not yet delivered on the UI thread
    (a relay is dropped from the live set when its answer is delivered, and deleted with its owner)."""
    return tasks_running() or any(shiboken6.isValid(relay) for relay in list(_live))


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until background work is finished (used when closing the window and in tests)."""
    writes_done = all([pool.waitForDone(timeout_ms) for pool in list(_pools)])
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and writes_done

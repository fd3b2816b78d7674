"""Running slow work off the UI thread.

``run_task(owner, work, on_done)`` runs ``work()`` on the global QThreadPool and delivers its result (or
its exception) back on the UI thread through a queued signal. **Do not touch any widget inside ``work``**:
it runs on a worker thread; only ``on_done``/``on_error`` may update the UI. Work functions call services,
which open their own short database sessions, so nothing is shared between threads.

Two rules keep Qt objects from being deleted on a worker thread, which crashed the app now and then on a
busy machine:

* Every answer travels through one courier object that lives as long as the application, never through
  an object of the task's own: an object owned by a page could be deleted on the UI thread (the page
  closing) while a worker was emitting its signal.
* The worker holds no reference to the task's functions once its work returns, and drops the frames of an
  error before sending it: the UI thread is always the one that lets go of them last, so widgets their
  closures captured are freed there.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


@dataclass
class _Task:
    owner: QObject
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None


_tasks: dict[int, _Task] = {}  # tasks whose answer has not been delivered yet, by ticket
_tickets = itertools.count(1)


class _Courier(QObject):
    """Carries every answer from a worker to the UI thread (one for the application's whole life)."""

    answered = Signal(int, bool, object)  # ticket, succeeded, result or exception

    @Slot(int, bool, object)
    def deliver(self, ticket: int, ok: bool, value: object) -> None:
        task = _tasks.pop(ticket)
        # The owner (a page of a database closed meanwhile, a dialog closed) may be gone: nobody to tell.
        if not shiboken6.isValid(task.owner):
            return
        if ok:
            task.on_done(value)
        elif task.on_error is not None:
            task.on_error(value)  # type: ignore[arg-type]  # an exception: ok is False
        else:
            raise value  # type: ignore[misc]  # an exception: ok is False


_courier: _Courier | None = None


def _the_courier() -> _Courier:
    global _courier
    if _courier is None:
        # Made on the UI thread (run_task is only called there), so its slot runs there.
        assert threading.current_thread() is threading.main_thread(), "run_task is for the UI thread"
        _courier = _Courier()
        _courier.answered.connect(_courier.deliver)
    return _courier


def _run(ticket: int) -> Any:
    # The work function is looked up and called in one expression: when this returns, the worker keeps no
    # reference to it (nor to the widgets its closure holds); the UI thread drops the last one on delivery.
    return _tasks[ticket].work()


class _Job(QRunnable):
    def __init__(self, ticket: int, courier: _Courier) -> None:
        super().__init__()
        self._ticket = ticket
        self._courier = courier

    def run(self) -> None:
        try:
            result = _run(self._ticket)
        except BaseException as exc:  # delivered to the UI thread, never lost in the pool
            # type: ignore below: the worker's traceback text rides on the exception to the UI thread, for the error box
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            _drop_frames(exc)  # the frames hold the work function too; the text above is what the UI needs
            self._send(False, exc)
        else:
            self._send(True, result)

    def _send(self, ok: bool, value: object) -> None:
        # The courier goes only as the application ends (a window closed while its loads still ran):
        # then there is nobody left to tell.
        with contextlib.suppress(RuntimeError):
            self._courier.answered.emit(self._ticket, ok, value)


def _drop_frames(error: BaseException) -> None:
    """Cut the tracebacks of *error* and of the errors chained to it: their frames hold the work function
    and its locals, which must not be freed with the exception on a worker thread."""
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current.__traceback__ is not None:
            traceback.clear_frames(current.__traceback__)
        current.__traceback__ = None
        pending.extend(chained for chained in (current.__cause__, current.__context__) if chained is not None)


def run_task(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run *work* in the background; call *on_done(result)* or *on_error(exc)* on the UI thread.

    The answer is dropped if *owner* has been deleted by then (a closed page or dialog), so callbacks
    never touch deleted widgets. *pool* is the global pool unless given (the writer's pool runs one job
    at a time).
    """
    courier = _the_courier()
    ticket = next(_tickets)
    _tasks[ticket] = _Task(owner, work, on_done, on_error)
    (pool or QThreadPool.globalInstance()).start(_Job(ticket, courier))


_pools: weakref.WeakSet[QThreadPool] = weakref.WeakSet()  # the writers' pools, waited for too


def register_pool(pool: QThreadPool) -> None:
    _pools.add(pool)


def tasks_running() -> bool:
    """Any background work (loads or writes) still running or queued."""
    return any(pool.activeThreadCount() for pool in (QThreadPool.globalInstance(), *_pools))


def results_pending() -> bool:
    """Background work still running, or finished with its answer not yet delivered on the UI thread."""
    return tasks_running() or bool(_tasks)


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until background work is finished (used when closing the window and in tests)."""
    writes_done = all([pool.waitForDone(timeout_ms) for pool in list(_pools)])
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and writes_done

"""Background work: results and errors come back on the UI thread, and a closed owner gets nothing."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool

from foiatrack.core.errors import UserError
from foiatrack.ui.tasks import register_pool, results_pending, run_task, tasks_running, wait_for_tasks


def test_the_result_comes_back_on_the_ui_thread(qtbot: Any) -> None:
    owner = QObject()
    worked_on: list[QThread] = []
    got: list[tuple[int, QThread]] = []

    def work() -> int:
        worked_on.append(QThread.currentThread())
        return 6 * 7

    run_task(owner, work, lambda result: got.append((result, QThread.currentThread())))
    qtbot.waitUntil(lambda: got != [])
    ui = QThread.currentThread()
    assert got == [(42, ui)]
    assert worked_on and worked_on[0] is not ui, "the work itself ran off the UI thread"


def test_an_error_comes_back_with_the_workers_traceback(qtbot: Any) -> None:
    owner = QObject()
    errors: list[BaseException] = []
    results: list[Any] = []

    def work() -> None:
        raise UserError("the server did not answer")

    run_task(owner, work, results.append, errors.append)
    qtbot.waitUntil(lambda: errors != [])
    assert results == []
    assert isinstance(errors[0], UserError) and str(errors[0]) == "the server did not answer"
    assert "in work" in errors[0].__traceback_text__  # type: ignore[attr-defined]


def test_a_result_for_an_owner_gone_meanwhile_is_dropped(qtbot: Any) -> None:
    owner = QObject()
    release = threading.Event()
    delivered: list[Any] = []
    run_task(owner, lambda: release.wait(60) and "late", delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    assert wait_for_tasks()
    QCoreApplication.sendPostedEvents()  # a queued delivery would run now: there must be none
    QCoreApplication.processEvents()
    assert delivered == []


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


def test_registered_pools_count_as_running_work(qtbot: Any) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    register_pool(pool)
    release = threading.Event()
    done: list[Any] = []
    owner = QObject()
    run_task(owner, lambda: release.wait(60), done.append, pool=pool)
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 1)
    assert tasks_running()
    release.set()
    assert wait_for_tasks()
    assert not tasks_running()
    qtbot.waitUntil(lambda: done == [True])


def test_an_answer_not_yet_delivered_counts_as_pending(qtbot: Any) -> None:
    owner = QObject()
    got: list[str] = []
    run_task(owner, lambda: "answer", got.append)
    assert wait_for_tasks()
    assert not tasks_running(), "no thread is busy any more ..."
    assert results_pending(), "... but the answer is still on its way to the UI thread"
    QCoreApplication.sendPostedEvents()
    assert got == ["answer"]
    assert not results_pending()


def test_an_answer_for_an_owner_gone_is_not_pending(qtbot: Any) -> None:
    owner = QObject()
    run_task(owner, lambda: "dropped", lambda _r: None)
    assert wait_for_tasks()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    assert not results_pending()

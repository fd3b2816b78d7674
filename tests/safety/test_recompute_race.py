"""A full recompute while other users log events never leaves a request's cached status stale."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select, text

from foiatrack.core.status import derive_status
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services import derive as derive_module
from foiatrack.services.derive import recompute_all
from foiatrack.services.events import NewEvent, log_event, log_events
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace
from foiatrack.store.schema import RequestRow

REQUESTS = 40


def stale_requests(db) -> list[int]:  # type: ignore[no-untyped-def]
    """Requests whose cached status differs from a fresh derivation from their events."""
    stale = []
    with db.read_session() as session:
        cached = {row.id: row.status for row in session.execute(select(RequestRow.id, RequestRow.status))}
    for request_id, status in cached.items():
        events = list(request_detail(db, request_id).events)
        if derive_status(events).value != status:
            stale.append(request_id)
    return stale


def test_recompute_while_another_connection_logs_events(db_target: str) -> None:
    setup = open_workspace(db_target)
    ids = [file_request(setup, NewRequest(agencies=("ICE",), fields=RequestFields(subject=f"Request {n}"),
                                          sent_on=dt.date(2025, 11, 3)))[0] for n in range(REQUESTS)]
    setup.close()
    recomputer, logger = open_workspace(db_target), open_workspace(db_target)
    started, finished = threading.Event(), threading.Event()
    runs = 0
    failures: list[BaseException] = []

    def recompute_until_the_logger_is_done() -> None:
        nonlocal runs
        try:
            while True:
                recompute_all(recomputer, chunk=3)  # many small batches: many chances to interleave
                runs += 1
                started.set()
                if finished.is_set():
                    return
        except BaseException as exc:
            failures.append(exc)
            started.set()

    thread = threading.Thread(target=recompute_until_the_logger_is_done)
    thread.start()
    try:
        started.wait(timeout=120)
        for request_id in ids:  # 80 events on 40 requests, each changing the status
            log_event(logger, request_id, NewEvent(EventKind.ACKNOWLEDGED, dt.date(2025, 11, 5)))
            log_event(logger, request_id, NewEvent(EventKind.FINAL_DETERMINATION, dt.date(2025, 12, 1),
                                                   outcome=Outcome.DENIED))
    finally:
        finished.set()
        thread.join(timeout=300)
    assert not failures, failures
    assert runs >= 2
    assert stale_requests(logger) == []
    assert {summary.status.value for summary in list_requests(logger)} == {"denied"}
    recomputer.close()
    logger.close()


def test_an_event_logged_between_reading_and_writing_a_batch_is_not_overwritten(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The exact interleaving that lost events: the recompute has read a request's events, another user
    logs a determination on it, then the recompute writes. The writer must wait for the batch (its rows
    are locked) and then refresh the request itself."""
    if "://" not in db_target:
        pytest.skip("SQLite runs one writer at a time: the interleaving cannot happen there")
    setup = open_workspace(db_target)
    (request_id,) = file_request(setup, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Racy"),
                                                   sent_on=dt.date(2025, 11, 3)))
    setup.close()
    recomputer, logger = open_workspace(db_target), open_workspace(db_target)
    original = derive_module.derive
    logging_thread: list[threading.Thread] = []

    def logger_is_done_or_waiting_for_a_lock(thread: threading.Thread) -> bool:
        if not thread.is_alive():
            return True
        with logger.engine.connect() as connection:
            return bool(connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'")))

    def derive_then_let_someone_log(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = original(*args, **kwargs)
        if not logging_thread:
            thread = threading.Thread(target=log_event, args=(logger, request_id, NewEvent(
                EventKind.FINAL_DETERMINATION, dt.date(2025, 12, 1), outcome=Outcome.DENIED)))
            logging_thread.append(thread)
            thread.start()
            while not logger_is_done_or_waiting_for_a_lock(thread):
                threading.Event().wait(0.01)  # polling a condition, not a fixed sleep
        return result

    monkeypatch.setattr(derive_module, "derive", derive_then_let_someone_log)
    recompute_all(recomputer)
    logging_thread[0].join(timeout=120)
    assert stale_requests(logger) == []
    assert request_detail(logger, request_id).request.status.value == "denied"
    recomputer.close()
    logger.close()


def test_batch_logging_in_opposite_orders_never_deadlocks(db_target: str) -> None:
    setup = open_workspace(db_target)
    ids = [file_request(setup, NewRequest(agencies=("ICE",), fields=RequestFields(subject=f"Batch {n}"),
                                          sent_on=dt.date(2025, 11, 3)))[0] for n in range(10)]
    setup.close()
    first, second = open_workspace(db_target), open_workspace(db_target)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def log_all(db, order) -> None:  # type: ignore[no-untyped-def]
        try:
            for round_ in range(15):
                barrier.wait()
                log_events(db, order, NewEvent(EventKind.NOTE, dt.date(2025, 11, 4), summary=f"round {round_}"))
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=log_all, args=(first, ids)),
               threading.Thread(target=log_all, args=(second, list(reversed(ids))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    for request_id in ids:
        notes = [e for e in request_detail(first, request_id).events if e.kind is EventKind.NOTE]
        assert len(notes) == 30
    first.close()
    second.close()

"""Database errors as one line without data, and bounded retries of transient failures.

A server error reaching the user is described in one line: what happened, never the SQL, its parameters
(request data) or a password. Deadlocks and serialisation failures are not the user's doing: the whole
transaction is retried a few times (:func:`retry_transient`); a connection lost with a restarted server
is retried once.
"""

from __future__ import annotations

import functools
import random
import re
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from foiatrack.core.errors import UserError
from foiatrack.core.secrets import hide_secrets

P = ParamSpec("P")
T = TypeVar("T")

DEADLOCK, SERIALISATION, STATEMENT_TIMEOUT, LOCK_TIMEOUT = "40P01", "40001", "57014", "55P03"
RETRIES = 4
MAX_LINE = 200
# What the driver says when there is no server to talk to (down, restarting, unreachable, not answering):
# it comes without a SQLSTATE, so it is recognised by its words.
_UNREACHABLE = re.compile(r"timeout expired|connection failed|connection refused|could not connect|"
                          r"server closed the connection|terminating connection|the database system is "
                          r"(?:starting up|shutting down)|no route to host|could not translate host", re.IGNORECASE)


def _orig(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def sqlstate(exc: BaseException) -> str | None:
    return getattr(_orig(exc), "sqlstate", None)


def is_database_error(exc: BaseException) -> bool:
    """A SQLAlchemy database error (checked by shape, so callers need not import SQLAlchemy)."""
    return hasattr(exc, "orig") and hasattr(exc, "statement")


def is_transient(exc: BaseException) -> bool:
    """A failure that a second try of the same transaction will most likely not meet."""
    return sqlstate(exc) in (DEADLOCK, SERIALISATION)


def is_connection_lost(exc: BaseException) -> bool:
    state = sqlstate(exc)
    return bool(getattr(exc, "connection_invalidated", False)) or (state is not None and state.startswith("08"))


def describe_database_error(exc: BaseException) -> str:
    """One line saying what went wrong, without SQL, parameters or passwords."""
    state = sqlstate(exc)
    if state in (DEADLOCK, SERIALISATION):
        return "another user's change collided with this one several times; nothing was saved, try again"
    if state == STATEMENT_TIMEOUT:
        return "the database server did not answer in time (statement timeout); nothing was saved"
    if state == LOCK_TIMEOUT:
        return "another user holds these records locked; nothing was saved, try again"
    text = str(_orig(exc)).strip()
    line = next((part.strip() for part in text.splitlines() if part.strip()), "") or type(exc).__name__
    line = hide_secrets(line)
    if "disk I/O error" in line or "database or disk is full" in line:
        return f"the disk is full or cannot be written ({line}); nothing was saved"
    if is_connection_lost(exc) or _UNREACHABLE.search(line):
        prefix = "the database server cannot be reached"
        return f"{prefix} ({line[:MAX_LINE]})" if line else prefix
    return line[:MAX_LINE] + ("…" if len(line) > MAX_LINE else "")


def retry_transient(function: Callable[P, T]) -> Callable[P, T]:
    """Run *function* (one whole transaction) again after a deadlock or serialisation failure, up to
    RETRIES times, and once after a lost connection; then raise a UserError with one line.

    Only for functions that open their own session: a retry inside someone else's transaction would
    repeat half of it.
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        reconnected = False
        attempt = 0
        while True:
            try:
                return function(*args, **kwargs)
            except UserError:
                raise
            except Exception as exc:
                if not is_database_error(exc):
                    raise
                attempt += 1
                if is_transient(exc) and attempt < RETRIES:
                    # A short random pause so the two colliding writers do not meet again at once.
                    time.sleep(random.uniform(0.005, 0.05) * attempt)
                    continue
                if is_connection_lost(exc) and not reconnected:
                    reconnected = True
                    continue
                raise UserError(f"database: {describe_database_error(exc)}") from None

    return wrapper

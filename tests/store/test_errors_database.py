"""A database failure reaching the user is one line without SQL, data or password; deadlocks and a lost
connection are retried, within bounds, before anything reaches the user."""

from __future__ import annotations

import pytest

from foiatrack.core.errors import UserError
from foiatrack.store.errors import (
    DEADLOCK,
    LOCK_TIMEOUT,
    MAX_LINE,
    RETRIES,
    SERIALISATION,
    STATEMENT_TIMEOUT,
    describe_database_error,
    is_database_error,
    retry_transient,
)


class DriverError(Exception):
    def __init__(self, text: str, sqlstate: str | None = None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


class DatabaseError(Exception):
    """Shaped as SQLAlchemy's: the driver's error in ``orig``, the SQL in ``statement``."""

    def __init__(self, text: str, sqlstate: str | None = None, *, invalidated: bool = False) -> None:
        super().__init__(f"(psycopg.Error) {text}\n[SQL: UPDATE requests SET subject=%(subject)s]")
        self.orig = DriverError(text, sqlstate)
        self.statement = "UPDATE requests SET subject=%(subject)s"
        self.connection_invalidated = invalidated


@pytest.mark.parametrize(("state", "line"), [
    (DEADLOCK, "another user's change collided with this one several times; nothing was saved, try again"),
    (SERIALISATION, "another user's change collided with this one several times; nothing was saved, try again"),
    (STATEMENT_TIMEOUT, "the database server did not answer in time (statement timeout); nothing was saved"),
    (LOCK_TIMEOUT, "another user holds these records locked; nothing was saved, try again"),
])
def test_server_states_are_said_in_words(state: str, line: str) -> None:
    assert describe_database_error(DatabaseError("ERROR: something", state)) == line


def test_the_first_line_of_the_drivers_message_without_sql_or_password() -> None:
    error = DatabaseError("\n  duplicate key value violates unique constraint\nDETAIL: Key (name)=(Dana Ortiz)")
    assert describe_database_error(error) == "duplicate key value violates unique constraint"
    lost = DatabaseError("connection to server at postgresql://dana:s3cr3t@db failed: Connection refused")
    assert describe_database_error(lost) == ("the database server cannot be reached (connection to server at "
                                             "postgresql://dana:***@db failed: Connection refused)")
    assert describe_database_error(DatabaseError("x", "08006")).startswith("the database server cannot be reached")


def test_a_full_disk_and_a_long_message() -> None:
    assert describe_database_error(DatabaseError("database or disk is full")) == (
        "the disk is full or cannot be written (database or disk is full); nothing was saved")
    long = describe_database_error(DatabaseError("z" * (MAX_LINE + 10)))
    assert long == "z" * MAX_LINE + "…"
    assert describe_database_error(DatabaseError("")) == "DatabaseError"  # no words: at least its kind


def test_a_database_error_is_known_by_its_shape() -> None:
    assert is_database_error(DatabaseError("x"))
    assert not is_database_error(DriverError("x")) and not is_database_error(ValueError("x"))


def _failing(*errors: BaseException):  # type: ignore[no-untyped-def]
    calls: list[int] = []

    @retry_transient
    def transaction() -> str:
        calls.append(1)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        return "saved"

    return transaction, calls


def test_a_deadlock_is_retried_and_the_second_try_saves() -> None:
    transaction, calls = _failing(DatabaseError("deadlock detected", DEADLOCK))
    assert transaction() == "saved" and len(calls) == 2


def test_repeated_deadlocks_give_up_with_one_line() -> None:
    transaction, calls = _failing(*[DatabaseError("deadlock detected", DEADLOCK)] * RETRIES)
    with pytest.raises(UserError, match=r"^database: another user's change collided with this one several times"):
        transaction()
    assert len(calls) == RETRIES


def test_a_lost_connection_is_retried_once_only() -> None:
    lost = DatabaseError("server closed the connection unexpectedly", invalidated=True)
    transaction, calls = _failing(lost)
    assert transaction() == "saved" and len(calls) == 2
    transaction, calls = _failing(lost, lost)
    with pytest.raises(UserError, match=r"^database: the database server cannot be reached \(server closed"):
        transaction()
    assert len(calls) == 2


def test_user_errors_and_bugs_are_not_retried() -> None:
    transaction, calls = _failing(UserError("subject: too long"))
    with pytest.raises(UserError, match="subject: too long"):
        transaction()
    transaction, calls = _failing(KeyError("bug"))
    with pytest.raises(KeyError):
        transaction()
    assert len(calls) == 1
    transaction, calls = _failing(DatabaseError("syntax error at or near"))
    with pytest.raises(UserError, match=r"^database: syntax error at or near$"):
        transaction()
    assert len(calls) == 1

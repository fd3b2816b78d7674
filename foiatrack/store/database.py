"""Opening a database: engine, SQLite pragmas, migrations on open, short sessions.

A database is named by a filesystem path (SQLite) or a SQLAlchemy URL (``postgresql+psycopg://...``).
Opening applies every pending Alembic migration, so an old file is upgraded in place; a file from a newer
foiatrack, or one that is not a foiatrack database, is refused with a message and left untouched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from foiatrack.core.errors import UserError
from foiatrack.core.secrets import hide_password, register_secret
from foiatrack.store.locations import database_url
from foiatrack.store.revisions import MIGRATIONS_DIR, head_revision, known_revisions

if TYPE_CHECKING:
    from alembic.config import Config

# How long a write waits for another process's write to finish before giving up with "database is
# locked". SQLite's wait is not a queue: on a loaded laptop (a backup, a second window, an import) a
# writer can be passed over for several seconds, and waiting is always better than losing the user's
# action. 30 s still ends a wait on a process that hangs holding the lock.
BUSY_TIMEOUT_MS = 30_000
# A server that accepts the connection but never answers must not hang the app or a command for ever:
# connecting gives up after CONNECT_TIMEOUT_S, one statement after STATEMENT_TIMEOUT_S (both overridable
# by environment variables, for slow links and for tests).
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_S = 300


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # WAL lets the app read while another window writes; foreign keys are off by default in SQLite;
    # the busy timeout turns brief lock contention into a short wait instead of "database is locked".
    # The driver's own transaction handling is switched off: _on_sqlite_begin issues BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


_IMMEDIATE = "foiatrack_immediate"


def _on_sqlite_begin(connection: Connection) -> None:
    # A write transaction takes the write lock when it starts (BEGIN IMMEDIATE). With a deferred BEGIN,
    # two writers that both read first would collide when upgrading to a write lock, and SQLite fails
    # that upgrade at once with "database is locked" instead of waiting for the busy timeout.
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config  # imported only when migrating: it is slow to import

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


class Database:
    """An open foiatrack database: use :meth:`session` for one unit of work."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        writer = engine.execution_options(**{_IMMEDIATE: True}) if engine.dialect.name == "sqlite" else engine
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)
        _OPEN.add(self)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if not self.is_sqlite:
            return None
        database = make_url(self.location).database
        return Path(database) if database else None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely if it raises."""
        with self._write_sessions() as session, session.begin():
            yield session

    def read_session(self) -> Session:
        """A session for reads only (callers use it in a ``with`` block)."""
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
        _OPEN.discard(self)


# Open databases, so that a process can close them all before it exits (a connection left to the garbage
# collector is closed abruptly; a server logs it as an error).
_OPEN: set[Database] = set()


def close_all() -> None:
    """Close every database still open (the command line calls this before it exits)."""
    for database in list(_OPEN):
        database.close()


def _timeout(variable: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(variable, default)))
    except ValueError:
        return default


def connect_timeout_s() -> int:
    return _timeout("FOIATRACK_CONNECT_TIMEOUT", CONNECT_TIMEOUT_S)


def statement_timeout_s() -> int:
    return _timeout("FOIATRACK_STATEMENT_TIMEOUT", STATEMENT_TIMEOUT_S)


def _engine_options(url: str) -> dict[str, object]:
    """Options for every engine: SQL parameters (request data) never appear in error messages or logs;
    on a server, bounded connect and statement times, and a connection that died with a server restart is
    noticed and replaced before it is used (the first action after the restart works)."""
    options: dict[str, object] = {"hide_parameters": True}
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        connect_args: dict[str, object] = {}
        if "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = connect_timeout_s()
        if "options" not in parsed.query:
            connect_args["options"] = f"-c statement_timeout={statement_timeout_s() * 1000}"
        options.update(pool_pre_ping=True, connect_args=connect_args)
    return options


def create_db_engine(url: str) -> Engine:
    engine = create_engine(url, future=True, **_engine_options(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def open_database(target: str | os.PathLike[str], *, migrate: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database at *target*.

    Raises:
        UserError: the file is not a foiatrack database, is damaged, or comes from a newer version.
    """
    url = database_url(target)
    parsed = make_url(url)
    register_secret(parsed.password)
    shown = hide_password(os.fspath(target))
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        folder = Path(parsed.database).parent
        folder.mkdir(parents=True, exist_ok=True)
        _create_private_file(Path(parsed.database))
    # Look before touching: the check runs on a plain connection, because the WAL pragma of our own
    # connections rewrites the file header, and a file that is not ours must stay byte-for-byte intact.
    probe = create_engine(url, **_engine_options(url))
    try:
        current = _check_schema(probe, shown)
    except (DatabaseError, OperationalError) as exc:
        raise UserError(f"{shown}: cannot be opened as a foiatrack database ({_first_line(exc)})") from None
    finally:
        probe.dispose()
    engine = create_db_engine(url)
    try:
        if migrate and current != head_revision():
            from alembic import command

            command.upgrade(_alembic_config(engine), "head")
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise UserError(f"{shown}: cannot be opened as a foiatrack database ({_first_line(exc)})") from None
    except UserError:
        engine.dispose()
        raise
    return Database(engine, url)


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (request histories are sensitive)."""
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _first_line(exc: BaseException) -> str:
    from foiatrack.store.errors import describe_database_error

    return describe_database_error(exc)


def _check_schema(engine: Engine, url: str) -> str | None:
    """The database's schema revision; refuses files that are not ours or that a newer foiatrack wrote."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if not tables:
        return None  # a new, empty database
    if current is None:
        raise UserError(f"{url}: this file is not a foiatrack database (it has other tables); nothing was changed")
    if current not in known_revisions():
        raise UserError(
            f"{url}: this database was written by a newer version of foiatrack (schema {current}); "
            "update foiatrack to open it. Nothing was changed."
        )
    return current

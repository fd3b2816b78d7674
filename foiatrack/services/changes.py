"""What a write changed, and whether anyone changed the database since we last looked.

Two things live here, because both answer "what must be shown again?":

* :class:`Changes`, a small frozen value saying what one user action changed (which requests, whether
  agencies, settings, tags or the trash moved). :func:`recorded` runs a write and returns its result with
  its :class:`Changes`, read from the rows the write's transaction flushed, so a service cannot forget to
  say what it touched. The app announces it on one signal and every page refreshes what it shows from it.
* :func:`change_stamp`, the one change detector: a value that moves whenever anyone commits, this
  process or another (the command line beside the app, a teammate on the server). On SQLite it is
  ``PRAGMA data_version`` read on a connection of its own that never writes (no query at all, and every
  table is covered); on a server it is a small aggregate over requests, events, agencies, settings and
  closure days. The app polls it for changes made elsewhere, and the statistics cache trusts a remembered
  answer only while it holds (:func:`data_version`).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import ORMExecuteState, Session

from foiatrack.services.change_values import Changes
from foiatrack.store.database import Database
from foiatrack.store.schema import (
    AgencyRow,
    AttachmentRow,
    ClosureDayRow,
    EventRow,
    RequestRow,
    SettingRow,
    TagRow,
)

T = TypeVar("T")


# --- recording what a write changed -------------------------------------------------------------------

@dataclass
class _Recorder:
    requests: set[int] = field(default_factory=set)
    flags: set[str] = field(default_factory=set)

    def changes(self) -> Changes:
        return Changes(requests=frozenset(self.requests), **{name: True for name in self.flags})


_recording: ContextVar[_Recorder | None] = ContextVar("foiatrack_recording_changes", default=None)

# Tables whose bulk statements (no ORM objects to look at) say which kind of thing changed.
_TABLE_FLAGS: dict[str, tuple[str, ...]] = {
    RequestRow.__tablename__: ("all_requests",),
    EventRow.__tablename__: ("all_requests",),
    AttachmentRow.__tablename__: ("all_requests",),
    TagRow.__tablename__: ("all_requests", "tags"),
    AgencyRow.__tablename__: ("agencies",),
    SettingRow.__tablename__: ("settings",),
    ClosureDayRow.__tablename__: ("settings",),
}


@contextmanager
def recording() -> Iterator[_Recorder]:
    """Collect what the writes inside the block flush (on this thread); see :func:`recorded`."""
    recorder = _Recorder()
    token = _recording.set(recorder)
    try:
        yield recorder
    finally:
        _recording.reset(token)


def recorded(write: Callable[[], T]) -> tuple[T, Changes]:
    """Run *write* (one user action: a service call or a few) and return its result and what it changed."""
    with recording() as recorder:
        result = write()
    return result, recorder.changes()


def _note_row(session: Session, recorder: _Recorder, row: object, deleted: bool) -> None:
    if isinstance(row, RequestRow):
        recorder.requests.add(row.id)
        history = _history(row, "deleted_at")
        if deleted or history:
            recorder.flags.add("trash")
        if _history(row, "tags_text"):
            recorder.flags.add("tags")
    elif isinstance(row, (EventRow, TagRow)):
        recorder.requests.add(row.request_id)
        if isinstance(row, TagRow):
            recorder.flags.add("tags")
    elif isinstance(row, AttachmentRow):
        request_id = session.scalar(select(EventRow.request_id).where(EventRow.id == row.event_id))
        if request_id is not None:
            recorder.requests.add(request_id)
        else:  # the event went in the same flush (a cascade): some request changed
            recorder.flags.add("all_requests")
    elif isinstance(row, AgencyRow):
        recorder.flags.add("agencies")
    elif isinstance(row, (SettingRow, ClosureDayRow)):
        recorder.flags.add("settings")


def _history(row: object, attribute: str) -> bool:
    from sqlalchemy import inspect

    state = inspect(row)
    return attribute in state.attrs and state.attrs[attribute].history.has_changes()


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: object) -> None:
    recorder = _recording.get()
    if recorder is None:
        return
    for row in session.new:
        _note_row(session, recorder, row, deleted=False)
    for row in session.dirty:
        if session.is_modified(row, include_collections=False):
            _note_row(session, recorder, row, deleted=False)
    for row in session.deleted:
        _note_row(session, recorder, row, deleted=True)


@event.listens_for(Session, "do_orm_execute")
def _on_statement(state: ORMExecuteState) -> None:
    recorder = _recording.get()
    if recorder is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", "")
    if name == RequestRow.__tablename__ and state.is_update:
        # The cache of derived dates is rewritten by id (services.derive): those requests, no more.
        ids = _ids_in(state.parameters)
        if ids is not None:
            recorder.requests.update(ids)
            return
    recorder.flags.update(_TABLE_FLAGS.get(name, ()))


def _ids_in(parameters: Any) -> list[int] | None:
    rows = parameters if isinstance(parameters, list) else [parameters] if isinstance(parameters, dict) else []
    ids = [row.get("b_id") for row in rows if isinstance(row, dict)]
    return [int(i) for i in ids if i is not None] if ids and all(i is not None for i in ids) else None


# --- the change detector ------------------------------------------------------------------------------

class _DataVersion:
    """SQLite's ``PRAGMA data_version`` on a connection of its own that never writes.

    The pragma changes whenever *another* connection commits, so every commit shows: the app's own (any
    pooled connection) and any other process's. The connection is closed when the database's engine is
    disposed (:meth:`Database.close`).
    """

    _versions: ClassVar[weakref.WeakKeyDictionary[Engine, _DataVersion]] = weakref.WeakKeyDictionary()
    _lock: ClassVar[threading.Lock] = threading.Lock()

    _opened: ClassVar[int] = 0

    def __init__(self, engine: Engine) -> None:
        self._connection = engine.raw_connection()
        self._query_lock = threading.Lock()
        # Numbers from different connections cannot be compared: each watch gets a serial of its own.
        _DataVersion._opened += 1
        self.serial = _DataVersion._opened

    @classmethod
    def of(cls, engine: Engine) -> _DataVersion:
        with cls._lock:
            found = cls._versions.get(engine)
            if found is None:
                found = cls._versions[engine] = cls(engine)
                if not event.contains(engine, "engine_disposed", cls._forget):
                    event.listen(engine, "engine_disposed", cls._forget)
            return found

    @classmethod
    def _forget(cls, engine: Engine) -> None:
        with cls._lock:
            found = cls._versions.pop(engine, None)
        if found is not None:
            with found._query_lock:
                found._connection.close()

    def read(self) -> tuple[int, int] | None:
        with self._query_lock:
            try:
                cursor = self._connection.cursor()
                cursor.execute("PRAGMA data_version")
                row = cursor.fetchone()
                cursor.close()
            except Exception:  # a closed or broken connection only means "not known"
                return None
        return (self.serial, int(row[0])) if row else None


def data_version(db: Database) -> tuple[int, int] | None:
    """A value that moves with every commit to a SQLite database; None on a server (no such counter).

    Exact: safe for keeping a computed answer while it holds (the statistics cache).
    """
    return engine_data_version(db.engine)


def engine_data_version(engine: Engine) -> tuple[int, int] | None:
    """:func:`data_version` for a database's engine."""
    if engine.dialect.name != "sqlite":
        return None
    return _DataVersion.of(engine).read()


def change_token(db: Database) -> tuple[object, ...]:
    """A summary that moves whenever anyone adds, edits or deletes a request, event, agency, setting or
    closure day (one small aggregate query per table, about 30 ms on 50,000 requests)."""
    with db.read_session() as session:
        requests = session.execute(select(func.count(), func.max(RequestRow.updated_at), func.sum(RequestRow.version))
                                   ).one()
        # The sum of the events' versions moves when anyone edits an event (count and max id do not).
        events = session.execute(select(func.count(), func.max(EventRow.id), func.sum(EventRow.version))).one()
        agencies = session.execute(select(func.count(), func.sum(AgencyRow.version))).one()
        # Settings (the letterhead, thresholds, import mappings): every write bumps the row's version
        # (store.settings), a new or removed row moves the count. Closure days are only added and removed,
        # and a new one always gets a higher id.
        settings = session.execute(select(func.count(), func.sum(SettingRow.version),
                                          func.sum(func.length(SettingRow.value)))).one()
        closures = session.execute(select(func.count(), func.max(ClosureDayRow.id), func.sum(ClosureDayRow.id))).one()
    return (*requests, *events, *agencies, *settings, *closures)


def change_stamp(db: Database) -> tuple[object, ...]:
    """The one change detector: equal stamps mean nobody committed anything the app shows in between."""
    version = data_version(db)
    if version is not None:
        return ("data_version", *version)
    return ("token", *change_token(db))

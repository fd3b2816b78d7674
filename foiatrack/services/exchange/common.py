"""What the exchange use cases share: this database's identifier."""

from __future__ import annotations

import uuid

from foiatrack.store.database import Database
from foiatrack.store.settings import get_setting, set_setting

DATABASE_UID_KEY = "database_uid"


def database_uid(db: Database) -> str:
    """A random identifier of this database, made once: it keeps calendar UIDs and export keys of two
    databases apart (request 12 of one is not request 12 of another)."""
    with db.read_session() as session:
        value = get_setting(session, DATABASE_UID_KEY)
    if value:
        return str(value)
    with db.session() as session:
        value = get_setting(session, DATABASE_UID_KEY)
        if not value:
            value = uuid.uuid4().hex[:12]
            set_setting(session, DATABASE_UID_KEY, value)
    return str(value)


def request_key(uid: str, request_id: int, external_key: str | None) -> str:
    """A request's identity in files: its import key, else ``foiatrack:<database>:<id>``."""
    return external_key or f"foiatrack:{uid}:{request_id}"

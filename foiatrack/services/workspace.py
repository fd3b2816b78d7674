"""Opening the user's database ready for work: migrations, the agency directory, a fresh cache."""

from __future__ import annotations

import os

from foiatrack.services.agencies import seed_directory
from foiatrack.services.derive import recompute_all, stale_count
from foiatrack.services.directory import needs_sync
from foiatrack.services.paths import default_database
from foiatrack.store.database import Database, open_database


def open_workspace(target: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating if needed) the database at *target* or the default location.

    A new database gets the shipped agency directory. If the deadline rules, the holiday data or the
    user's closure days changed since the cache was computed, every affected request is recomputed now,
    so no screen or command ever shows a stale date.
    """
    location = os.fspath(target or default_database())
    if location.startswith("postgresql"):
        from foiatrack.services.server import connection_url

        location = connection_url(location)  # the password comes from the system keychain if not typed
    db = open_database(location)
    try:
        # New databases get the whole directory; others get a newer bundled directory's changes (the user's
        # edits are kept). Looked at with a read first, so an ordinary open takes no write lock.
        with db.read_session() as session:
            outdated = needs_sync(session)
        if outdated:
            with db.session() as session:
                seed_directory(session)
        if stale_count(db):
            recompute_all(db, only_stale=True)
    except BaseException:
        db.close()  # a failed open leaves no connection (or file lock) behind
        raise
    return db

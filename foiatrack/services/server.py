"""Connecting to a team's PostgreSQL server: URLs, the password kept in the system keychain, change polling.

A server URL is stored (in the app's settings) without its password; the password lives in the system's
keyring under the URL, never in a file. Several people work on one server database, so the app asks
:func:`change_token` now and then and refreshes what it shows when someone else changed something.
"""

from __future__ import annotations

import contextlib

from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from foiatrack.core.errors import UserError
from foiatrack.core.secrets import register_secret
from foiatrack.store.database import Database
from foiatrack.store.schema import EventRow, RequestRow

KEYRING_SERVICE = "foiatrack"


def parse_server_url(text: str) -> URL:
    """A PostgreSQL URL from what the user typed; a bare ``postgresql://`` gets the psycopg driver."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise UserError(f"server: '{text}' is not a database URL; use postgresql://user@host:5432/dbname",
                        field="server") from None
    if url.get_backend_name() != "postgresql":
        raise UserError("server: only PostgreSQL servers are supported (postgresql://user@host/dbname)",
                        field="server")
    if not url.host or not url.database:
        raise UserError("server: the URL needs a host and a database name (postgresql://user@host/dbname)",
                        field="server")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def without_password(url: URL) -> URL:
    # URL.set(password=None) leaves the password as it was (None means "unchanged" there).
    return URL.create(drivername=url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query)


def keyring_key(url: URL) -> str:
    """The keychain entry name: the URL without its password."""
    return without_password(url).render_as_string(hide_password=False)


def remember_password(url: URL, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    register_secret(password)
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
    except KeyringError as error:
        raise UserError(f"server: the system keychain is not available to store the password ({error}); "
                        "install or unlock a keyring, or type the password each time") from None


def forget_password(url: URL) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, keyring_key(url))


def connection_url(text: str) -> str:
    """The full URL to connect with: the password from the URL if given, else from the keychain."""
    url = parse_server_url(text)
    register_secret(url.password)
    if url.password is None:
        import keyring
        from keyring.errors import KeyringError

        try:
            stored = keyring.get_password(KEYRING_SERVICE, keyring_key(url))
        except KeyringError:
            stored = None
        if stored is not None:
            register_secret(stored)
            url = url.set(password=stored)
    return url.render_as_string(hide_password=False)


def change_token(db: Database) -> tuple[object, ...]:
    """A cheap summary that changes whenever anyone adds, edits or deletes a request or event."""
    with db.read_session() as session:
        requests = session.execute(select(func.count(), func.max(RequestRow.updated_at), func.sum(RequestRow.version))
                                   ).one()
        # The sum of the events' versions moves when anyone edits an event (count and max id do not).
        events = session.execute(select(func.count(), func.max(EventRow.id), func.sum(EventRow.version))).one()
    return (*requests, *events)

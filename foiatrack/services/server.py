"""Connecting to a team's PostgreSQL server: URLs, the password kept in the system keychain, team roles.

A server URL is stored (in the app's settings) without its password; the password lives in the system's
keyring under the URL, never in a file. Several people work on one server database; how the app notices
what someone else changed is :func:`foiatrack.services.changes.change_stamp`.
"""

from __future__ import annotations

import contextlib
import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from foiatrack.core.errors import UserError
from foiatrack.core.secrets import register_secret
from foiatrack.store.database import Database

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


_ROLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_$.-]{0,62}$")


def team_grant_sql(role: str, database: str) -> list[str]:
    """The statements that let *role* work on the team database: read and write every table, but only
    add to the audit trail (never edit or delete it). The owner keeps schema changes (upgrades)."""
    if not _ROLE.match(role):
        raise UserError(f"role: '{role[:40]}' is not a role name; use letters, digits and _ (e.g. ben)",
                        field="role")
    quoted, db_quoted = f'"{role}"', '"' + database.replace('"', '""') + '"'
    return [
        f"GRANT CONNECT ON DATABASE {db_quoted} TO {quoted}",
        f"GRANT USAGE ON SCHEMA public TO {quoted}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, alembic_version FROM {quoted}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {quoted}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {quoted}",
    ]


def grant_team_access(db: Database, role: str) -> list[str]:
    """Run :func:`team_grant_sql` on the server (as the database's owner); returns what was run."""
    if db.is_sqlite:
        raise UserError("team-grant: this is a database file; team roles exist on a PostgreSQL server only")
    from sqlalchemy import text

    with db.session() as session:
        exists = session.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = :role"), {"role": role})
        statements = team_grant_sql(role, str(session.scalar(text("SELECT current_database()"))))
        if not exists:
            raise UserError(f"role: the server has no role '{role}'; create it first "
                            f"(CREATE ROLE {role} LOGIN PASSWORD '...')", field="role")
        for statement in statements:
            session.execute(text(statement))
    return statements

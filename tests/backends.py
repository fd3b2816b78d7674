"""Database backends for the test suite: SQLite files, and PostgreSQL databases on a real server.

The storage and service tests run against both. PostgreSQL comes from ``FOIATRACK_TEST_PG_URL`` (an admin
URL such as ``postgresql+psycopg://user:pw@127.0.0.1:5432/postgres``) or, when the server programs are
installed (Debian's ``postgresql`` package), from a throwaway cluster this module starts on a free
loopback port for the test session. Each test gets its own database, copied from a migrated template.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import make_url

TEMPLATE = "foiatrack_test_template"


def postgres_bin() -> Path | None:
    """The folder of initdb/pg_ctl, if PostgreSQL's server programs are installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def postgres_available() -> bool:
    return bool(os.environ.get("FOIATRACK_TEST_PG_URL")) or postgres_bin() is not None


# Storage and service tests run on every backend here: SQLite always, PostgreSQL where its server programs
# are installed or FOIATRACK_TEST_PG_URL names a server (CI installs and uses one).
BACKENDS = ["sqlite", *(["postgresql"] if postgres_available() else [])]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI runs as root, developers usually do not.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class Cluster:
    """A private PostgreSQL cluster (its own data directory and loopback port) that a test may stop and
    start again, as an administrator restarts a team's server."""

    def __init__(self) -> None:
        binaries = postgres_bin()
        if binaries is None:
            raise RuntimeError("PostgreSQL's server programs are not installed")
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="foiatrack-pg-"))
        self.data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        os.chmod(self.folder, 0o700)
        self.port = _free_port()
        subprocess.run(_as_postgres_user([str(binaries / "initdb"), "-D", str(self.data), "-U", "foiatrack",
                                          "--auth=trust", "-E", "UTF8", "--no-sync"]), check=True,
                       capture_output=True)

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://foiatrack@127.0.0.1:{self.port}/postgres"

    def _pg_ctl(self, *args: str, check: bool = True) -> None:
        subprocess.run(_as_postgres_user([str(self.binaries / "pg_ctl"), "-D", str(self.data), *args]),
                       check=check, capture_output=True)

    def start(self) -> None:
        """Start the server and return once it accepts connections (``pg_ctl -w``)."""
        # The port was free when it was chosen, but another test process (the suite runs one per core) may
        # have taken it since: then the server cannot bind it, and a newly chosen port is tried.
        for attempt in range(1, 4):
            options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            try:
                self._pg_ctl("-o", options, "-l", str(self.folder / "log"), "-w", "start")
                return
            except subprocess.CalledProcessError:
                log = (self.folder / "log").read_text(encoding="utf-8", errors="replace")
                if ("could not bind" not in log and "already in use" not in log) or attempt == 3:
                    raise
                self.port = _free_port()

    def stop(self, mode: str = "fast") -> None:
        """Stop the server; "fast" ends every session (as a restart does), "immediate" is a crash."""
        self._pg_ctl("-m", mode, "-w", "stop")

    def remove(self) -> None:
        self._pg_ctl("-m", "immediate", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def dedicated_cluster() -> Iterator[Cluster]:
    """A running cluster of the test's own; removed afterwards."""
    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.remove()


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a private PostgreSQL cluster for the session; yields an admin URL; removes it afterwards."""
    with dedicated_cluster() as cluster:
        yield cluster.admin_url


@contextlib.contextmanager
def admin_url() -> Iterator[str]:
    configured = os.environ.get("FOIATRACK_TEST_PG_URL")
    if configured:
        yield configured
    else:
        with throwaway_cluster() as url:
            yield url


def _execute_autocommit(url: str, statement: str) -> None:
    """Run one administrative statement (CREATE/DROP DATABASE cannot run inside a transaction)."""
    import psycopg

    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username, password=parsed.password,
                         dbname=parsed.database, autocommit=True) as connection:
        connection.execute(statement.encode())


def database_url(admin: str, name: str) -> str:
    return make_url(admin).set(database=name).render_as_string(hide_password=False)


def create_template(admin: str) -> None:
    """A migrated database with the agency directory, copied for each test (much faster than migrating)."""
    from foiatrack.services.workspace import open_workspace

    _execute_autocommit(admin, f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
    _execute_autocommit(admin, f"CREATE DATABASE {TEMPLATE}")
    db = open_workspace(database_url(admin, TEMPLATE))
    db.close()


@contextlib.contextmanager
def fresh_database(admin: str) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    _execute_autocommit(admin, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    try:
        yield database_url(admin, name)
    finally:
        _execute_autocommit(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextlib.contextmanager
def empty_database(admin: str) -> Iterator[str]:
    """A brand-new database with nothing in it (for moving a laptop's database onto the server)."""
    name = f"e_{uuid.uuid4().hex[:12]}"
    _execute_autocommit(admin, f"CREATE DATABASE {name}")
    try:
        yield database_url(admin, name)
    finally:
        _execute_autocommit(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

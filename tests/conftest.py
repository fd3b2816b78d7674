"""Test fixtures shared by the whole suite.

Every test runs with the standard user directories redirected into its own temporary folder, so no test
can read or write the real user's data, and with Qt on the offscreen platform.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import backends
import keyring
import pytest
from keychain import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(path))
    monkeypatch.delenv("FOIATRACK_DB", raising=False)


BACKENDS = backends.BACKENDS

# pytest-qt's waits (waitUntil, waitSignal, ...) give up after 5 s unless told otherwise. They wait for a
# condition and return the moment it holds, so the bound only decides when a wait that will never end
# fails; 5 s is less than a page load takes on a busy 2-core machine running a second suite beside this
# one. Every wait that names no timeout gets this generous bound instead.
QT_WAIT_BOUND_MS = 120_000
_QT_WAITS = ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive")


def pytest_configure(config: pytest.Config) -> None:
    from pytestqt.qtbot import QtBot

    for name in _QT_WAITS:
        defaults = getattr(QtBot, name).__kwdefaults__
        assert defaults is not None and "timeout" in defaults, f"pytest-qt's QtBot.{name} changed: see conftest"
        defaults["timeout"] = QT_WAIT_BOUND_MS


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """How many processes ``-n auto`` (pyproject's addopts) starts: one per core for the whole suite, and none
    (everything in this process) when the command names files or tests, where starting workers would cost more
    than it saves."""
    if config.args_source == pytest.Config.ArgsSource.TESTPATHS:
        return None
    return 0


def pytest_report_header(config: pytest.Config) -> str:
    if "postgresql" in BACKENDS:
        return "database backends: sqlite, postgresql"
    return "database backends: sqlite only (PostgreSQL server programs not found; CI installs them)"


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[str]:
    with backends.admin_url() as url:
        backends.create_template(url)
        yield url


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite database file, for tests about the file itself."""
    return tmp_path / "test.db"


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a test's database lives: a SQLite file, or a fresh database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
    else:
        with backends.fresh_database(request.getfixturevalue("postgres_admin")) as url:
            yield url


@pytest.fixture
def db(db_target: str) -> Iterator[object]:
    from foiatrack.services.workspace import open_workspace

    database = open_workspace(db_target)
    yield database
    database.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Passwords go to a keychain in memory for the test, then the real backend is put back."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)

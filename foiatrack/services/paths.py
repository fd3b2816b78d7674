"""Where the user's data lives: the default database, user letter templates, automatic backups."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "foiatrack"
DB_ENV = "FOIATRACK_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_database() -> str:
    """``$FOIATRACK_DB`` if set, else ``foiatrack.db`` in the per-user data directory."""
    return os.environ.get(DB_ENV) or str(data_dir() / "foiatrack.db")


def user_templates_dir() -> Path:
    """Letter templates of the user's own, shown beside (and replacing) the built-ins."""
    return data_dir() / "templates"


def backups_dir() -> Path:
    return data_dir() / "backups"

"""Where the user's data lives: FOIATRACK_DB chooses the database; everything else is in the per-user
data folder (XDG_DATA_HOME on Linux)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from foiatrack.services.paths import backups_dir, data_dir, default_database, user_templates_dir


def test_everything_lives_in_the_users_data_folder() -> None:
    data = Path(os.environ["XDG_DATA_HOME"]) / "foiatrack"  # tests/conftest.py points it at this test's own
    assert data_dir() == data
    assert default_database() == str(data / "foiatrack.db")
    assert (user_templates_dir(), backups_dir()) == (data / "templates", data / "backups")


def test_foiatrack_db_chooses_another_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIATRACK_DB", "postgresql://dana@db.example.org/foia")
    assert default_database() == "postgresql://dana@db.example.org/foia"
    monkeypatch.setenv("FOIATRACK_DB", "")
    assert default_database().endswith("foiatrack.db")  # set but empty: as if not set

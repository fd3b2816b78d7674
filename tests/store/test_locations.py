"""A database's location as SQLAlchemy names it, from what the user typed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fresh_interpreter import database_libraries_after

from foiatrack.store.database import open_database
from foiatrack.store.locations import database_url


@pytest.mark.parametrize("url", ["postgresql://ana@db.example.org/foia", "sqlite:///relative.db",
                                 "sqlite://", "postgresql+psycopg://ana:secret@localhost:5433/foia"])
def test_a_url_is_kept_as_given(url: str) -> None:
    assert database_url(url) == url


def test_a_relative_path_is_made_absolute_from_the_working_folder(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert database_url("cases/foia.db") == f"sqlite:///{tmp_path.resolve()}/cases/foia.db"
    assert database_url(Path("cases") / ".." / "foia.db") == f"sqlite:///{tmp_path.resolve()}/foia.db"


def test_the_home_folder_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert database_url("~/requests with spaces.db") == f"sqlite:///{tmp_path.resolve()}/requests with spaces.db"


def test_a_symbolic_link_names_the_file_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert database_url(tmp_path / "link" / "foia.db") == f"sqlite:///{(tmp_path / 'real').resolve()}/foia.db"


def test_the_url_opens_the_file_the_path_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    open_database(database_url("made.db")).close()
    connection = sqlite3.connect(tmp_path / "made.db")
    try:
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    finally:
        connection.close()


def test_the_location_is_named_without_sqlalchemy() -> None:
    assert database_libraries_after("from foiatrack.store.locations import database_url\n"
                                    "database_url('x.db')") == []

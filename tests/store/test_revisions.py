"""The migrations' revisions read from their files without Alembic: the same chain Alembic reads, one
head, and a clear refusal when the files have two."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from fresh_interpreter import database_libraries_after

from foiatrack.store import revisions
from foiatrack.store.database import _alembic_config, create_db_engine, open_database
from foiatrack.store.revisions import head_revision, known_revisions


def test_the_quick_reading_agrees_with_alembic() -> None:
    engine = create_db_engine("sqlite://")
    try:
        script = ScriptDirectory.from_config(_alembic_config(engine))
        assert head_revision() == script.get_current_head()
        assert known_revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}
    finally:
        engine.dispose()


def test_the_revisions_are_one_chain_from_the_first_to_the_head() -> None:
    chain, revision = [], head_revision()
    while revision is not None:
        chain.append(revision)
        revision = known_revisions()[revision]
    assert sorted(chain) == sorted(known_revisions())
    assert chain[-1] == "0001" and len(chain) == len(list((revisions.MIGRATIONS_DIR / "versions").glob("*.py")))


def test_a_new_database_is_at_the_head(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    finally:
        connection.close()


@pytest.fixture
def migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A migrations folder of the test's own; the cached reading is cleared around it."""
    (tmp_path / "versions").mkdir()
    monkeypatch.setattr(revisions, "MIGRATIONS_DIR", tmp_path)
    known_revisions.cache_clear()
    yield tmp_path / "versions"
    known_revisions.cache_clear()


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(f'"""{name}"""\nfrom alembic import op\n\n{text}\n', encoding="utf-8")


def test_either_quote_and_a_first_revision_are_read(migrations: Path) -> None:
    _write(migrations, "0001_start.py", "revision = '0001'\ndown_revision = None")
    _write(migrations, "0002_more.py", 'revision = "0002"\ndown_revision = "0001"')
    _write(migrations, "notes.py", "# a helper without a revision")
    assert known_revisions() == {"0001": None, "0002": "0001"}
    assert head_revision() == "0002"


def test_two_heads_are_refused_by_name(migrations: Path) -> None:
    _write(migrations, "0001_start.py", "revision = '0001'\ndown_revision = None")
    _write(migrations, "0002_a.py", "revision = '0002a'\ndown_revision = '0001'")
    _write(migrations, "0002_b.py", "revision = '0002b'\ndown_revision = '0001'")
    with pytest.raises(RuntimeError, match=r"the migrations have 2 heads: \['0002a', '0002b'\]"):
        head_revision()


def test_no_migrations_have_no_head(migrations: Path) -> None:
    with pytest.raises(RuntimeError, match="0 heads"):
        head_revision()


def test_the_head_is_read_without_alembic() -> None:
    assert database_libraries_after("from foiatrack.store.revisions import head_revision\nhead_revision()") == []

"""The digest that names the bundled agency directory: what it reads, that it moves with either file, and
that a database records it under the key the first look compares."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from fresh_interpreter import database_libraries_after

from foiatrack.resources import resource_path
from foiatrack.services import directory_bundle
from foiatrack.services.directory_bundle import FEDERAL_FILE, OVERLAY_FILE, VERSION_KEY, bundle_version
from foiatrack.services.workspace import open_workspace


def test_the_version_is_the_digest_of_both_bundled_files() -> None:
    federal, overlay = resource_path(*FEDERAL_FILE), resource_path(*OVERLAY_FILE)
    assert federal.name == "federal-2017.json" and overlay.name == "agencies.toml"
    expected = hashlib.sha256(federal.read_bytes() + overlay.read_bytes()).hexdigest()[:16]
    assert bundle_version() == expected
    assert len(expected) == 16 and int(expected, 16) >= 0


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the two bundled files that the test may change."""
    (tmp_path / "directory").mkdir()
    for parts in (FEDERAL_FILE, OVERLAY_FILE):
        shutil.copyfile(resource_path(*parts), tmp_path.joinpath(*parts))
    monkeypatch.setattr(directory_bundle, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    return tmp_path


@pytest.mark.parametrize("parts", [FEDERAL_FILE, OVERLAY_FILE])
def test_the_version_moves_when_either_file_changes(bundle: Path, parts: tuple[str, ...]) -> None:
    shipped = bundle_version()
    changed = bundle.joinpath(*parts)
    original = changed.read_bytes()
    changed.write_bytes(original + b"\n")
    assert bundle_version() != shipped
    changed.write_bytes(original)
    assert bundle_version() == shipped


def test_a_missing_file_is_not_a_version(bundle: Path) -> None:
    bundle.joinpath(*OVERLAY_FILE).unlink()
    with pytest.raises(FileNotFoundError):
        bundle_version()


def test_a_new_database_records_the_version_it_took(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_workspace(path).close()
    connection = sqlite3.connect(path)
    try:
        stored = connection.execute("SELECT value FROM settings WHERE key = ?", (VERSION_KEY,)).fetchall()
    finally:
        connection.close()
    assert VERSION_KEY == "directory_version"
    assert [json.loads(value) for (value,) in stored] == [bundle_version()]


def test_the_version_is_read_without_sqlalchemy() -> None:
    assert database_libraries_after("from foiatrack.services.directory_bundle import bundle_version\n"
                                    "bundle_version()") == []

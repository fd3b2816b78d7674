"""The shipped data files are found in an installed copy first, then in the checkout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from foiatrack import resources


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A stand-in for the installed package folder, inside a stand-in checkout."""
    folder = tmp_path / "checkout" / "foiatrack"
    folder.mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", folder)
    resources._data_root.cache_clear()
    yield folder
    resources._data_root.cache_clear()


def test_the_checkouts_data_files_are_found() -> None:
    assert resources.resource_path("jurisdictions.toml").is_file()
    assert resources.resource_path("demo.toml").parent == resources.resources_dir()
    assert any(resources.templates_dir().iterdir())


def test_an_installed_copy_reads_its_own_data_not_a_stray_checkout(package: Path) -> None:
    (package.parent / "resources").mkdir()
    assert resources.resources_dir() == package.parent / "resources"
    resources._data_root.cache_clear()
    (package / "_data" / "resources").mkdir(parents=True)
    assert resources.resources_dir() == package / "_data" / "resources"
    assert resources.resource_path("fonts", "a.ttf") == package / "_data" / "resources" / "fonts" / "a.ttf"


def test_a_missing_data_folder_is_named(package: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"^foiatrack's templates/ folder is missing from this installation$"):
        resources.templates_dir()


def test_a_build_file_is_there_only_when_a_build_put_it_there(package: Path) -> None:
    assert resources.data_file("build-info.json") is None
    (package / "_data").mkdir()
    (package / "_data" / "build-info.json").write_text("{}")
    assert resources.data_file("build-info.json") == package / "_data" / "build-info.json"
    (package / "_data" / "folder.json").mkdir()
    assert resources.data_file("folder.json") is None

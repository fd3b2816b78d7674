"""Fixtures for the letter tests; the realistic requests live in letter_fixtures.py."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    """The user's own template folder, inside the test's temporary directory."""
    folder = tmp_path / "my-templates"
    folder.mkdir()
    return folder

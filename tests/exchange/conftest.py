"""Fixture files for the exchange tests: small real-world spreadsheets committed under files/."""

from __future__ import annotations

from pathlib import Path

import pytest

FILES = Path(__file__).resolve().parent / "files"


@pytest.fixture
def files() -> Path:
    return FILES

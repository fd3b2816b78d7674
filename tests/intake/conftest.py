"""The letter sets here test reading: each set's matching test files its requests in a SQLite database only.

What matching asks of the database (a tracking or appeal number looked up, an agency's e-mail domain) is tested on
every backend in tests/services/test_intake_service.py and tests/cli/test_intake_cli.py; filing 14 requests on the
PostgreSQL server again for each of a hundred sets would add minutes to the suite and test nothing new.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db_target(tmp_path: Path) -> str:
    """A SQLite database file (overrides the suite's fixture, which also gives a PostgreSQL database)."""
    return str(tmp_path / "test.db")

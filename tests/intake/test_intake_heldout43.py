"""The forty-third held-out set: 14 federal letters (letters/heldout43).

Blind score: pending.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

FLOOR = 0


def test_heldout43_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout43") if not wrong_in("heldout43", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout43')) - set(right))}"


@pytest.mark.parametrize("name", names("heldout43"))
def test_heldout43_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout43", name, tmp_path) == []

"""The thirty-fifth held-out set: 14 state and local letters (letters/heldout35) from large cities, counties and
review bodies no earlier set had: the Memphis Police (Tennessee's response form), the Milwaukee Police (Wisconsin),
the Baltimore Police (Maryland), the Detroit Police (Michigan), the St. Louis Metropolitan Police (Missouri),
Cleveland (Ohio), Kentucky's Attorney General, Iowa's Public Information Board, Minneapolis (Minnesota), the
Tucson Police (Arizona), the Virginia Beach Police (Virginia), Raleigh (North Carolina), Bridgeport (Connecticut)
and the Municipality of Anchorage (Alaska); written after the thirty-fourth set's fixes and committed before the
rules were run on them.

Blind score: not yet run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

# What the rules reach on this set now; it may only go up.
FLOOR = 0


def test_heldout35_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout35") if not wrong_in("heldout35", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout35')) - set(right))}"


@pytest.mark.parametrize("name", names("heldout35"))
def test_heldout35_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout35", name, tmp_path) == []

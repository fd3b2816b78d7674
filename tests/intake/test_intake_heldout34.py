"""The thirty-fourth held-out set: 14 state and local letters (letters/heldout34) from states and a territory no
earlier set had: the Birmingham Police (Alabama), Alaska's Department of Public Safety, the Arkansas State Police,
Connecticut's Freedom of Information Commission, Delaware's Attorney General, Portland (Maine), Jackson
(Mississippi), Montana's Department of Justice, North Dakota's Attorney General, the Sioux Falls Police (South
Dakota), Vermont's Department of Public Safety, the West Virginia State Police, the Laramie County Sheriff
(Wyoming) and the Puerto Rico Police Bureau; written and committed before the rules were run on them.

Blind score: not yet run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

# What the rules reach on this set now; it may only go up.
FLOOR = 0


def test_heldout34_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout34") if not wrong_in("heldout34", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout34')) - set(right))}"


@pytest.mark.parametrize("name", names("heldout34"))
def test_heldout34_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout34", name, tmp_path) == []

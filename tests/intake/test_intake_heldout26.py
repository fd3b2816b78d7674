"""The twenty-sixth held-out set: 15 federal letters (letters/heldout26: the NSA, the Consumer Product Safety
Commission, the NTSB, Justice's Inspector General, the Marine Corps, CMS, HHS's appeals office, OIP, the FHFA,
the Forest Service, Social Security, the NLRB, the Coast Guard, the DEA, USAID), written after the twenty-fifth
set's fixes and committed before the rules were run on them.

Blind score: 11 of 15 fully right (73%), 15 of 15 with the right request number. This is the latest honest
held-out figure for federal letters.
"""

from __future__ import annotations

from pathlib import Path

from intake_scoring import names, wrong_in


def test_heldout26_scores_at_least_its_blind_score(tmp_path: Path) -> None:
    right = [name for name in names("heldout26") if not wrong_in("heldout26", name, tmp_path)]
    assert len(right) >= 11, right

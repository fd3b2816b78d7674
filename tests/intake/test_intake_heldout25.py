"""The twenty-fifth held-out set: 14 federal letters (letters/heldout25: the NRC's Form 464, the SEC's appeal
office, the FCC, the Patent and Trademark Office, the FBI's eFOIPA, the Census Bureau, the Bureau of Land
Management, NHTSA, FERC, the FDIC, Treasury's appeals, Army CID, GSA, Air Mobility Command), from agencies and
wordings unlike the earlier sets, written and committed before the rules were run on them.

Blind score: 7 of 14 fully right (50%), 14 of 14 with the right request number.
"""

from __future__ import annotations

from pathlib import Path

from intake_scoring import names, wrong_in


def test_heldout25_scores_at_least_its_blind_score(tmp_path: Path) -> None:
    right = [name for name in names("heldout25") if not wrong_in("heldout25", name, tmp_path)]
    assert len(right) >= 7, right

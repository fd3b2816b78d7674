"""The twenty-seventh held-out set: 14 federal letters (letters/heldout27: ODNI, the Federal Reserve Board, the
National Park Service, TIGTA, the MSPB, the National Guard Bureau, NIST, the Office of Special Counsel, Energy's
Office of Hearings and Appeals, FMCSA, the Postal Service's Inspector General, the CFTC, Interior's appeals office,
ATF), written after the twenty-sixth set's fixes and committed before the rules were run on them.

Blind score: 8 of 14 fully right (57%), 13 of 14 with the right request and appeal numbers. This is the latest
honest held-out figure for federal letters.
"""

from __future__ import annotations

from pathlib import Path

from intake_scoring import names, wrong_in


def test_heldout27_scores_at_least_its_blind_score(tmp_path: Path) -> None:
    right = [name for name in names("heldout27") if not wrong_in("heldout27", name, tmp_path)]
    assert len(right) >= 8, right

"""The thirty-third held-out set: 14 federal letters (letters/heldout33): CBP's SecureRelease acknowledgement, the
Secret Service, the FBI, ICE, the Marshals Service, OIP (a remand and an appeal acknowledgement), ICE's appeals
office, USCIS's appeals unit, State, the Defense Logistics Agency, the Air Force, the Civil Rights Division and CISA;
written after the thirty-second set's fixes and committed before the rules were run on them.

Blind score: 8 of 14 fully right (57%), every request and appeal number read. This is the latest honest held-out
figure for federal letters. Wrong were: the FBI's two-column box of exemptions ("[X] (b)(3)  [X] (b)(7)(C)") read
as (b)(3), (b)(6), (b)(7)(C) and the unticked (b)(7)(F), missing (b)(7)(D) and (b)(7)(E) and the statute under
(b)(3); ICE's "records ... produced 212 pages ... are exempt from disclosure in their entirety" read as 212 pages
released in part; USCIS's appeal decision counted the pages of the determination it recites (450 released, 13
withheld) instead of the 4 pages the decision releases; State's "third production" read as a final determination;
the Air Force's "consisting of 64 pages ... releasable to you in their entirety" not read as 64 pages released; the
Civil Rights Division's "your request for expedited processing ... should be denied" not read as a decision.

The answer for n03 (FBI) was completed after scoring with the 36 pages withheld in full (267 reviewed, 231 released,
and "a deleted page information sheet was inserted to indicate where pages were withheld entirely"), as set 36 reads
the same FBI wording; the letter was wrong blind either way (its exemptions), so the blind figure stands.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8

# Letters not yet fully right (listed above); the others must stay right.
NOT_YET = {"n03-fbi-partial.pdf", "n04-ice-denied.docx", "n08-uscis-appeal-partly.pdf", "n09-state-interim.docx",
           "n11-usaf-full.txt", "n12-crt-ack-waiver-expedite.txt"}


def test_heldout33_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout33") if not wrong_in("heldout33", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout33')) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names("heldout33") if name not in NOT_YET])
def test_heldout33_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout33", name, tmp_path) == []

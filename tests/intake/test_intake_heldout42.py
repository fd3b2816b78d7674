"""The forty-second held-out set: 14 federal letters (letters/heldout42): ICE, USCIS, CBP, the FBI, OIP, the Bureau of
Prisons, OSD/JS, HHS, NCIS, TSA, EOIR, DHS's appeals office, the Army's Office of the General Counsel and CISA; written
after the thirty-third set's fixes (and the other sets' merged by then) and committed before the rules were run on
them. The number is outside this round's 32-33 so as not to take another engineer's.

Blind score: 10 of 14 fully right (71%); 13 of 14 request numbers read. This is the latest honest held-out figure for
federal letters. Wrong were: CBP's "a search of these systems failed to produce records responsive to your request"
not read as no records; NCIS's "first interim response" read as final because "NCIS has completed the review of the
first installment"; the Army's "Re: FOIA Appeal of FA-26-0331 (Army Appeal No. 26-AP-0119)" read with the request's
number as the appeal's and no request number (so matched by the appeal number only where the app has it); CISA's
"one responsive record, totaling 23 pages ... determined to release it in full" not read as 23 pages released.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10

# Letters not yet fully right (listed above); the others must stay right.
NOT_YET = {"t03-cbp-no-records.eml", "t09-ncis-interim.pdf", "t13-army-appeal-affirmed.txt", "t14-cisa-full.eml"}


def test_heldout42_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout42") if not wrong_in("heldout42", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout42')) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names("heldout42") if name not in NOT_YET])
def test_heldout42_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout42", name, tmp_path) == []

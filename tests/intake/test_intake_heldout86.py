"""The eighty-sixth held-out set: 14 letters of ordinary length (letters/heldout86), each a page with its reference
lines, fee paragraph, FOIA Public Liaison, OGIS and appeal-rights boilerplate, eight from cabinet departments and six
state and local: a Veterans Health Administration acknowledgement with an expected completion date, a Department of
the Navy acknowledgement and ten-working-day extension with military dates (an e-mail), a CDC fee estimate that
names an hourly rate and an advance-payment threshold (PDF), a Department of Education release in full, a HUD
no-records answer, a Department of Energy Office of Hearings and Appeals decision upholding Exemption 5 (PDF), a
Department of Labor appeal acknowledgement (e-mail) and a National Park Service second partial release; a Michigan
State Police fee estimate with a good-faith deposit, a Denver Police (Colorado) CORA clarification (GovQA e-mail), a
Charlotte-Mecklenburg Police (North Carolina) partial release (PDF), a Fairfax County (Virginia) acknowledgement
with a seven-working-day extension, a Hennepin County Sheriff (Minnesota) denial and an Oregon Department of
Transportation no-records answer (e-mail). Committed before the rules were run on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout86"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout86_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout86_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

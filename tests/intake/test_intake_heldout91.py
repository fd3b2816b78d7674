"""The ninety-first held-out set: 14 short letters (letters/heldout91) from state and local agencies in fourteen states
other than set 90's, each under its own law, in the style and length of the samples in shared/samples/agency-letters,
written after set 90 was scored and fixed: a New York State Department of Environmental Conservation FOIL
acknowledgement with the date a determination is due (e-mail), an Ohio Department of Health partial release with pages
produced and withheld (PDF), a Fairfax County Police (Virginia) seven-working-day extension, a Wake County Public
School System (North Carolina) release in full (e-mail), a Colorado Springs Police CCJRA denial (PDF), a Louisville
Metro Police (Kentucky) no-records answer, a Johnson County (Kansas) KORA charge (e-mail with the letter attached as a
PDF), a Connecticut Freedom of Information Commission complaint acknowledgement, a City of Manchester (New Hampshire)
Right-to-Know release with redactions (Word), a Salt Lake County (Utah) GRAMA fee waiver declined, a Las Vegas
Metropolitan Police (Nevada) request closed unanswered (e-mail), a Hawaii Office of Information Practices appeal
decision ordering disclosure, a Milwaukee Police (Wisconsin) first partial release (PDF) and a City of Des Moines
(Iowa) request for clarification. Committed before the rules were run on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout91"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout91_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout91_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

"""The eighty-fifth held-out set: 14 short letters (letters/heldout85) in the style and length of the samples in
shared/samples/agency-letters, written after set 84 was scored and fixed, eight from Justice Department components
and six from state and local agencies: a Criminal Division acknowledgement that decides "not to expedite", an EOUSA
search that "found nothing responsive" (e-mail), an FBI release with its exemptions in a checked-box line and "182
pages were reviewed and 146 pages are being released" (PDF), an Office of Information Policy appeal acknowledgement
giving the request's number in its reference line and the appeal's in the text, a Bureau of Prisons duplication fee
(e-mail with the letter attached as PDF), an EOIR release "in their entirety" (Word), a DEA still-interested
e-mail and an Office of Information Policy remand of an ATF no-records answer; a City of Cleveland (Ohio) GovQA
release with a redaction (e-mail), an Ohio State Highway Patrol acknowledgement with the date records are
expected, a Massachusetts Supervisor of Records order to respond (PDF), a New Jersey Government Records Council
complaint acknowledgement, a City of Philadelphia (Pennsylvania) Right-to-Know denial dated below its reference
line, and an Orange County (Florida) JustFOIA special service charge (e-mail). Committed before the rules were run
on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout85"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout85_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout85_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

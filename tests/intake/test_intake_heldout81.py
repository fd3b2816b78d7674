"""The eighty-first held-out set: 14 short letters (letters/heldout81) in the style and length of the samples in
shared/samples/agency-letters, written after set 80 was scored and fixed, eight federal and six state and local: a
Bureau of Land Management ten-workday extension (a quoted-printable e-mail), a NOAA Fisheries second partial release
(PDF), a Federal Election Commission no-records answer, a Food Safety and Inspection Service partial release dated
at the right of its case-number line, a Defense Logistics Agency acknowledgement with a fee estimate, a Federal
Communications Commission release in full (PDF), a Consumer Product Safety Commission appeal acknowledgement
(e-mail), a Department of Commerce appeal decision dated by a stamp "NOV 19 2026"; a Baltimore County Police
(Maryland) PIA acknowledgement, a City of Durham (North Carolina) special service charge (e-mail), an East Baton
Rouge Parish Sheriff (Louisiana) denial (PDF), a Town of West Hartford (Connecticut) release with redactions, a
Washoe County (Nevada) still-interested letter (e-mail) and a Columbus Police (Ohio) no-records answer dated
"10/13/2026". Committed before the rules were run on them.

Blind score: 12 of 14 fully right (86%), and each of the 14 matched to its request by its number. This is the honest
figure for short ordinary letters in wordings not yet seen, measured after set 80's fix. Wrong were:
- c06 (Federal Communications Commission, PDF): pages_released empty instead of 22: "located 22 pages of
  responsive records, and we are providing all of them to you without redaction" (the pages given as "all of
  them", after the count, not read as released).
- d11 (East Baton Rouge Parish Sheriff, Louisiana, PDF): nothing proposed (kind, outcome and exemption all empty):
  "Your request for the investigative file in Item No. 26-48211 is denied. The records requested relate to pending
  criminal litigation and are exempt from production under La. R.S. 44:3(A)(1)" (a request denied after a long
  object, and a Louisiana citation, neither read).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout81"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"c06-fcc-full.pdf", "d11-ebr-sheriff-denial.pdf"}


def test_heldout81_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout81_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

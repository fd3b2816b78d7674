"""The seventieth held-out set: 14 ordinary letters (letters/heldout70) like the samples in
shared/samples/agency-letters, written after set 69 was scored and fixed, eight from the Department of Justice and
six from state attorneys general, court administrators and records-appeal bodies: an FBI fee letter for two release
CDs; a Civil Rights Division e-mailed acknowledgement (its number only in the subject); a Criminal Division letter
asking whether the requester remains interested, dated at the right of its number; a National Security Division third
interim release; an EOIR release in full of a record of proceedings (Word, dated "Tuesday, November 10, 2026"); an
Office of Professional Responsibility refusal to confirm or deny, dated by a stamp; an OIP appeal decision affirming
in part and remanding in part (a PDF behind a cover e-mail); an ATF acknowledgement granting expedited processing; a
Hawaii Office of Information Practices appeal acknowledgement (e-mail); an Ohio Attorney General partial release
(PDF); a Utah State Records Committee order denying an appeal, "Entered this 20th day of November, 2026" (Word); a
Maryland Judiciary no-records letter; a Virginia court administrator's acknowledgement taking seven more working days
(e-mail) and an Oregon Department of Justice partial fee waiver with its fee estimate. Written from the agencies'
published wording and committed before the rules were run on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout70"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout70_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout70_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

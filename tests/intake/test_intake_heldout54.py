"""The fifty-fourth held-out set: 14 ordinary letters (letters/heldout54) like the samples in
shared/samples/agency-letters, eight federal and six state and local, from components and states earlier sets had
little of: a FEMA acknowledgement with its received date (the DHS template that mentions a possible 10-day extension
without taking it), a TSA acknowledgement taking a 10-day extension (e-mail), an EOUSA fee estimate with a fee table
(after the requester's $25.00 limit), a DOJ Civil Division expedite denial ("should be denied"), a NOAA partial
release (PDF, dated 09/03/2026 at the right), a Wage and Hour Division second interim release of 1,204 pages
(e-mail), a Postal Service appeal acknowledgement, a HUD OIG appeal decision affirming an Exemption 7(A) withholding;
an Arkansas State Police release in full, a Jackson (Mississippi) Police fee estimate, a Vermont Department of Public
Safety extension of ten business days (e-mail, the request "dated", not received), an Anchorage (Alaska) Police
denial under AS 40.25.120(a)(6)(A), a Portland (Maine) Public Schools request to narrow (e-mail) and a Laramie County
(Wyoming) Sheriff's no-records letter dated "this 2nd day of October, 2026" at its foot. Written from the agencies'
published wording and committed before the rules were run on them.

Blind score: 13 of 14 fully right (93%), and each of the 14 matched to its request by its number. Wrong was:
- l03 (EOUSA fee estimate): the date, none read: the letter's only date stands on the line of its request number
  ("Request Number: EOUSA-2026-001944" then the date at the right of the same line).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout54"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"l03-eousa-fee.txt"}


def test_heldout54_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout54_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

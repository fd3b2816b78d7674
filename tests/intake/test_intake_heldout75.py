"""The seventy-fifth held-out set: 14 ordinary letters (letters/heldout75) like the samples in
shared/samples/agency-letters, eight from federal departments other than Homeland Security and Justice and six from
state departments of health, labour and education, written after set 74 was scored and fixed (and so after its
writer had read the rules): a State Department acknowledgement with the day it estimates completion, its receipt
dated "7 October 2026" inside the sentence, a Navy (NAVSEA) ten-working-day extension dated "5 Nov 2026" under its
serial (PDF), a DISA fee estimate of "USD 80" (e-mail), a three-line FDA no-records e-mail dated only in its header,
a CMS partial release of "1,204 pages" dated "2026-11-20" (PDF), an EPA Region 5 "second partial response" of
"two hundred pages", an Interior acknowledgement granting a fee waiver (Word), an Education appeal acknowledgement
(e-mail); a Colorado health department CORA fee estimate, a Massachusetts Department of Public Health acknowledgement
taking 15 more business days, a Georgia Department of Labor denial (PDF), an Illinois State Board of Education
clarification request dated "Mar. 3, 2026", a New York State Education Department FOIL appeal decision and a North
Carolina health department release in full of "thirty-two pages" (Word). Committed before the rules were run on
them.

Blind score: 12 of 14 fully right (86%), and 13 of the 14 matched to their request (y03 was not). Wrong were:
- y01 (State): received empty: "This is to acknowledge that on 7 October 2026 the Office of Information Programs and
  Services (IPS) received your request dated October 6, 2026" (the receipt's date before its subject, inside the
  sentence).
- y03 (DISA, e-mail): the kind, a clarification request instead of a fee estimate, and the amount empty: "for an
  estimated total of USD 80" (a currency code, not a dollar sign) and the close warning "If we do not hear from you
  by then, we will close your request" read as an ask; the tracking number read "27-014" where the expected
  answer wrote "DISA FOIA 27-014" (the agency's label with it), and the letter was matched to no request: the
  request was filed with the number as the agency writes it, "DISA FOIA 27-014", which matching did not take for
  "27-014".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout75"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"y01-state-ack.txt", "y03-disa-fee.eml"}
# Letters not yet matched to their request.
NOT_MATCHED: set[str] = {"y03-disa-fee.eml"}


def test_heldout75_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout75_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert {name: request for name, request in matched.items() if name not in NOT_MATCHED} == {
        name: request for name, request in owner.items() if name not in NOT_MATCHED}

"""The sixty-seventh held-out set: 14 ordinary letters (letters/heldout67) like the samples in
shared/samples/agency-letters, nine state and local and five federal, written after set 66 was scored and fixed and
committed before the rules were run on them: an MBTA (Massachusetts) partial release under G. L. c. 4, § 7(26)(c) and
(n) (PDF), a Teaneck (New Jersey) deputy clerk's plain e-mail taking seven more business days for "our # 2026-318", an
Atlanta Public Schools (Georgia) three-business-day notice with its received date and the day the records will be
available (e-mail), a Phoenix Police (Arizona) request for the report number dated "11/20/2026", a San Antonio (Texas)
denial after an Attorney General letter ruling (its ruling number beside the request's), an Allegheny County
(Pennsylvania) RTKL partial grant under 65 P.S. § 67.708(b)(6)(i)(A) and (b)(3) (Word), a Washington Department of
Corrections third installment with RCW 42.56.240(1) redactions (e-mail), a San Francisco Sheriff no-records e-mail, a
Jefferson County Sheriff (Colorado) CORA extension of seven working days with its received date; an Air Force
memorandum acknowledging a request and denying expedition (PDF, dated "12 November 2026" at the right), an EPA fee
estimate (e-mail), an FDIC denial of 212 pages under Exemptions 8 and 4, an APHIS fee waiver granted (e-mail) and a
State Department Appeals Review Panel decision affirming an Exemption 5 withholding (PDF).

Blind score: 12 of 14 fully right (86%), and 13 of the 14 matched to their request (one not), measured after set 66's
fixes. Wrong were:
- p08 (San Francisco Sheriff, e-mail): the tracking number empty, so the letter was matched to no request: its only
  number is in the subject, "Your California Public Records Act request - SFSO #26-2291" (an office's initials before
  the number sign).
- p09 (Jefferson County Sheriff, Colorado): the kinds, an extension without the acknowledgement, and the received
  day empty: "Your request under the Colorado Open Records Act, C.R.S. § 24-72-201 et seq., was received on November
  16, 2026."
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout67"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"p08-sf-sheriff-no-records.eml", "p09-jeffco-sheriff-cora-ext.txt"}


def test_heldout67_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout67_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    # Blind, p08 was matched to no request (its number not read); it may only get better.
    assert {name: request for name, request in matched.items() if name not in NOT_YET} == {
        name: request for name, request in owner.items() if name not in NOT_YET}

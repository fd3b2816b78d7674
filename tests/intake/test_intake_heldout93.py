"""The ninety-third held-out set: 14 letters (letters/heldout93) as agencies' request portals and FOIA officers send
them by e-mail, written after set 92 was scored and before its fixes, seven federal and seven state and local: a
USCIS acknowledgement denying expedited processing, a CBP second interim release through SecureRelease (PDF
attached), a HUD fee waiver granted (PDF attached to an officer's e-mail), an FAA note confirming a withdrawal, a
Social Security release in full of "nine pages ... without any deletions" (PDF attached), an Interior appeal
acknowledgement, a Navy still-interested notice from its portal; a City of Phoenix (Arizona) payment-required
notice, a Denver (Colorado) CORA extension of seven working days, a King County (Washington) NextRequest second
installment, a Louisville Metro Police (Kentucky) denial (PDF attached), a City of Boston (Massachusetts) receipt
with a fee estimate, a Minneapolis (Minnesota) NextRequest closure releasing data in full and a New York State
Department of Environmental Conservation FOIL appeal denied (PDF attached). Committed before the rules were run on
them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. One answer was
corrected after scoring: s09's kinds were first written ["extension"]; "The City and County of Denver is in receipt of
your ... request" is an acknowledgement by the project's convention (as set 31's Rhode Island letter), so
["acknowledged", "extension"]; the letter still missed on its date. Wrong were:
- r04 (FAA, officer's e-mail): an acknowledgement proposed instead of a final answer withdrawn: "As you asked, we
  have withdrawn the request and closed our file" (the agency's own "we have withdrawn the request" not read).
- r05 (Social Security, PDF attached): pages_released empty instead of 9: "found nine pages of records that answer
  your request. We are sending you these pages without any deletions" (a count in words, then "these pages" sent).
- s09 (Denver, Colorado): expected_by empty instead of 2026-12-09: "extending the time to respond to your request by
  seven (7) working days, to December 9, 2026" (the new date after "to" at the end of an extension).
- s13 (Minneapolis, NextRequest closure): outcome empty instead of full grant: "The public data you requested
  regarding the 2026 towing contract have been released to you in full through this portal. No data were
  withheld" (Minnesota's "data" for records).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout93"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET = {"r04-faa-withdrawn.eml", "r05-ssa-full.eml", "s09-denver-ext.eml", "s13-minneapolis-full.eml"}


def test_heldout93_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout93_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

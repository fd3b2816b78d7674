"""The seventy-eighth held-out set: 14 ordinary letters (letters/heldout78) like the samples in
shared/samples/agency-letters, written after set 77 was scored and fixed and committed before the rules were run on
them, again letters that carry several events or a less plain outcome, eight federal and six state and local: an ATF
acknowledgement with its received date, the "10-day extension" and a fee estimate (PDF); a CMS second interim release
that needs ten more working days (e-mail); an FDIC withholding in full under Exemption 8 that also denies a fee
waiver; a USAID acknowledgement whose expedited processing is "not granted", dated only in its e-mail header; an NTSB
still-interested letter with a day to answer by; an OCC fee estimate inviting the requester to reformulate (e-mail);
a Defense Contract Audit Agency partial release in spelled-out counts that refers 17 pages to DCMA (PDF); a U.S. Mint
appeal decision affirming in part (Exemption 6) and remanding in part (Word); a Miami-Dade Police acknowledgement with
a special service charge estimate (e-mail with Florida's footer); a Dallas Police no-information answer; a Honolulu
Police partial disclosure under HRS § 92F-13(1) (PDF); a Pittsburgh Right-to-Know acknowledgement taking thirty more
days under Section 902(b); a Massachusetts Supervisor of Records appeal acknowledgement (e-mail) and a Wichita Police
KORA release in full (Word).

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number. This is the honest
figure for letters of this kind in wordings not yet seen, measured after set 77's fixes. Wrong were:
- n03 (FDIC): the final determination missed, with its exemption and pages withheld: "A search ... located 37 pages
  of responsive records. These records are contained in or related to examination, operating or condition reports
  ..., and they are withheld in full under Exemption 8" (only the fee waiver denial was proposed).
- n10 (Dallas Police): the outcome, empty: "we found no information responsive to your request".
- n13 (Massachusetts Supervisor of Records, e-mail): the appeal number, empty: "Your appeal has been docketed as
  SPR27/0214".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

from foiatrack.store.database import Database

SET = "heldout78"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"n03-fdic-waiver-denial.txt", "n10-dallas-no-records.txt", "n13-mass-spr-appeal-ack.eml"}


def test_heldout78_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout78_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    from intake_scoring import matched_requests

    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

"""The ninety-second held-out set: 14 letters (letters/heldout92) as agencies' request portals and FOIA officers send
them by e-mail, seven federal and seven state and local: a National Institutes of Health acknowledgement (e-mail), a
Department of Homeland Security partial release sent through SecureRelease with the letter attached as a PDF, an
Environmental Protection Agency Region 5 fee estimate sent through the Public Access Link (letter attached), a
Veterans Benefits Administration officer's e-mail asking to clarify, an FBI eFOIPA no-records letter (attached),
a Department of Justice Office of Information Policy appeal affirmance (attached), a National Archives officer's
ten-working-day extension; a City of Tacoma (Washington) five-day letter from its records portal, a City of
Oakland (California) NextRequest closure for no records, a City of Grand Rapids (Michigan) notice of extension,
a Chicago Police (Illinois) release with redactions (attached), a Lower Merion Township (Pennsylvania) Right-to-Know
extension with the letter attached as a Word file, a New York City OpenRecords fee notice and a Multnomah County
Sheriff (Oregon) release in full. Committed before the rules were run on them.

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number. Wrong were:
- g02 (DHS, SecureRelease, PDF attached): pages_released 208 instead of 104: "63 pages of the records are releasable
  in their entirety, 41 pages are partially releasable, and 14 pages are withholdable in their entirety ...
  Enclosed are 104 pages with certain information withheld" (the enclosed total added to the counts it sums).
- g07 (National Archives, officer's e-mail): nothing proposed: "we need an additional ten working days beyond the
  usual time limit, as 5 U.S.C. § 552(a)(6)(B)(i) permits. We now expect to send you a response by December 22,
  2026" (an extension said as days "needed", not read).
- i12 (Lower Merion Township, Pennsylvania, Word file attached): an interim release proposed, and neither the
  receipt nor the date to answer read: the e-mail's "the Township's interim response to your Right-to-Know
  request" (Pennsylvania's name for a letter taking its 30 days) taken for a release; "The Township's Open Records
  Officer received your request on November 23, 2026" and "expects to respond to your request on or before
  December 30, 2026" not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout92"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET = {"g02-dhs-securerelease-partial.eml", "g07-nara-ext.eml", "i12-lower-merion-ext.eml"}


def test_heldout92_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout92_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

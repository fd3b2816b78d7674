"""The forty-sixth held-out set: 14 ordinary letters (letters/heldout46) like the samples in
shared/samples/agency-letters, written after set 45 was scored and fixed and before the rules were read, eight
federal and six state and local: the Bureau of Prisons acknowledging with the day it received the request, the
IRS's Disclosure Office taking ten more business days (its date as "Date: 03/17/2026" in a block of contact lines),
the VA's Veterans Health Administration estimating fees by e-mail, the FDA denying a fee waiver, NASA Goddard asking
which mission and dates a request means (e-mail), the FAA's second interim release (its date at the foot), the U.S.
Marshals Service releasing 42 pages and withholding "six pages ... in their entirety" (PDF), Navy Region Southwest
finding no records (its date as "08 Aug 26" under the serial number, PDF), the Knox County Sheriff's Office
(Tennessee) giving the time reasonably necessary, Chicago Public Schools acknowledging and extending by five
business days under 5 ILCS 140/3(e) (e-mail), the Louisiana State Police releasing eleven pages in full, the Alabama
Law Enforcement Agency denying under Ala. Code § 12-21-3.1(b) (Word), the City of San Antonio releasing 24 of 27
pages with Texas redactions (PDF) and the City of Lansing (Michigan) acknowledging an appeal.

Blind score: 12 of 14 fully right (86%), and every letter matched to the request filed with its number. Wrong were:
- p03 (VA fee e-mail): "your FOIA request received by the Veterans Health Administration and assigned tracking
  number ..." (no day given) was read as an acknowledgement besides the fee estimate (kinds).
- p13 (San Antonio): exemptions read as "Gov't Code § 552.130(c)" and "§ 552.147(b)", the subsections of the
  sentence saying how to ask the Attorney General to review the redactions, instead of the sections the records
  were redacted under (552.130 and 552.147).
The answer for p13 was first written "Tex. Gov't Code § 552.130"; it was set to the form the earlier Texas letters
use ("Gov't Code § 552.130") before the rules were read; the letter was wrong either way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout46"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"p03-va-fee.eml", "p13-sapd-partial.pdf"}


def test_heldout46_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", sorted(set(names(SET)) - NOT_YET))
def test_heldout46_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

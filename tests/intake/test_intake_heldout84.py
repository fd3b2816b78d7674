"""The eighty-fourth held-out set: 14 short letters (letters/heldout84) in the style and length of the samples in
shared/samples/agency-letters, eight from Justice Department components and six from state and local agencies: an
FBI FOIPA acknowledgement giving the day the request reached headquarters, a Drug Enforcement Administration
ten-business-day extension (e-mail), an Executive Office for Immigration Review acknowledgement with a fee estimate
above its $25 threshold, a Bureau of Prisons partial release with pages withheld in their entirety (PDF), a Marshals
Service search that "produced no records", an ATF first interim response (Word, letterhead in the page header) with
a (b)(3) joined to 26 U.S.C. § 6103, an Office of Information Policy affirmance of EOUSA's action, a Civil Rights
Division fee waiver that "cannot be granted" (e-mail with the letter attached as PDF); a County of Lancaster
(Pennsylvania) Right-to-Know Section 902 thirty-day extension, a Pennsylvania Office of Open Records final
determination granting an appeal in part (PDF), a Boston Police (Massachusetts) fee estimate, a City of Hoboken
(New Jersey) OPRA denial from a GovQA portal (e-mail), a City of Atlanta (Georgia) three-business-day notice and a
Hillsborough County Sheriff (Florida) NextRequest clarification (e-mail). Committed before the rules were run on them.

Blind score: 13 of 14 fully right. Wrong was:
- r08 (Civil Rights Division fee waiver, e-mail with the letter as PDF): nothing proposed and no number read. The number
  stood only as "FOI/PA No. 26-00473-F" (the label "FOI/PA" not known, only "FOIA/PA" and "FOIPA"), and the decision
  was "Consequently, your fee waiver request cannot be granted" (a refusal in the passive, "cannot be granted", not read).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout84"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"r08-crt-waiver.eml"}


def test_heldout84_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout84_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

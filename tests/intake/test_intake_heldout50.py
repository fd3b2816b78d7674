"""The fiftieth held-out set: 14 ordinary letters (letters/heldout50) from the agencies the app's users meet most,
eight from the immigration and enforcement family (ICE, CBP, USCIS, the DHS Privacy Office, DOJ's Office of
Information Policy, the FBI, EOIR, the DHS Inspector General) and six state and local offices (the Pennsylvania State
Police, the Chicago Police, the Maricopa County Sheriff, Michigan's Department of Corrections, the Texas Attorney
General, the Seattle Police): one to three short paragraphs plus the usual boilerplate, in .txt, .eml and .pdf and
.docx, written before the rules were run on them.

Blind score: 12 of 14 fully right, and every one of the 14 matched to its request by its number. Wrong were:
Chicago's partial release (a10), whose exemptions "5 ILCS 140/7(1)(c)" and "5 ILCS 140/7(1)(d)(iv)" were not read
while the Act's own title, "5 ILCS 140/1 et seq.", was taken for an exemption (field: exemptions); and Maricopa's fee
estimate (a11), proposed as an acknowledgement (received 2026-07-30) and a fee estimate where the answer written had
the fee estimate alone (fields: kinds, received).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout50"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"a10-chicago-pd-partial.eml", "a11-mcso-fee.docx"}


def test_heldout50_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout50_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

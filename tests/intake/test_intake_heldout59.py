"""The fifty-ninth held-out set: 14 more ordinary letters (letters/heldout59) from the offices immigration requesters
meet most, written after set 58's fixes: the FBI (an acknowledgement with the day Headquarters received the
request), DHS's Office of Inspector General (an e-mailed acknowledgement with a ten working day extension), USCIS's
National Records Center (no records, the control number above the date), ICE (a final partial release in its
standard wording, below the $14 minimum), EOIR (a request for the A-Number, by e-mail), State (a fee waiver denied),
OIP (an appeal acknowledgement in its standard wording), CBP (a full grant, dated "08-17-2026"); and the Harris
County Sheriff (an itemized statement of estimated charges), California's Department of Justice (a 14-day CPRA
extension alone), the Chicago Police (a partial grant under 5 ILCS 140/7(1)(c) and 7(1)(d)(v)), Minnesota's
Department of Corrections (no data), the Multnomah County Sheriff (a first installment by e-mail) and New Mexico's
Corrections Department (an IPRA acknowledgement with its received date and the day it will answer). Written and
committed before the rules were run on them.

Blind score: 11 of 14 fully right, every letter's number read. Wrong were: CBP's date line "Date: 08-17-2026" (a
date with hyphens, month first) not read (date empty); Minnesota's "the DOC has determined that it does not maintain
any data responsive to your request" not read as no records (outcome empty); EOIR's "is in receipt of your FOIA
request" logged as an acknowledgement before its request to clarify where the answer written had the request to
clarify alone (kinds). That answer was corrected after scoring: sets 11, 15 and 31 log "is in receipt of your
request" as an acknowledgement, and this set now does the same (with the corrected answer the blind score would have
been 12 of 14; the figure kept is the 11 scored).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout59"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"i08-cbp-full.txt", "i12-mn-doc-no-records.txt"}


def test_heldout59_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout59_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

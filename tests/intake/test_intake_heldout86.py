"""The eighty-sixth held-out set: 14 letters of ordinary length (letters/heldout86), each a page with its reference
lines, fee paragraph, FOIA Public Liaison, OGIS and appeal-rights boilerplate, eight from cabinet departments and six
state and local: a Veterans Health Administration acknowledgement with an expected completion date, a Department of
the Navy acknowledgement and ten-working-day extension with military dates (an e-mail), a CDC fee estimate that
names an hourly rate and an advance-payment threshold (PDF), a Department of Education release in full, a HUD
no-records answer, a Department of Energy Office of Hearings and Appeals decision upholding Exemption 5 (PDF), a
Department of Labor appeal acknowledgement (e-mail) and a National Park Service second partial release; a Michigan
State Police fee estimate with a good-faith deposit, a Denver Police (Colorado) CORA clarification (GovQA e-mail), a
Charlotte-Mecklenburg Police (North Carolina) partial release (PDF), a Fairfax County (Virginia) acknowledgement
with a seven-working-day extension, a Hennepin County Sheriff (Minnesota) denial and an Oregon Department of
Transportation no-records answer (e-mail). Committed before the rules were run on them.

Blind score: 7 of 14 fully right (50%), and each of the 14 matched to its request by its number. Wrong were:
- kc01 (Veterans Health Administration): no acknowledgement, received and expected date empty: "The Veterans Health
  Administration (VHA) FOIA Office has your Freedom of Information Act (FOIA) request dated August 11, 2026 ... VHA
  logged your request in on August 14, 2026" and "we anticipate completing our response on or before October 30,
  2026".
- kc02 (Navy, e-mail): received empty: "Your request reached this office on 18 September 2026".
- kc07 (Labor appeal acknowledgement, e-mail): received empty: "Your appeal letter, dated November 2, 2026, arrived
  in this office on November 6, 2026".
- kc08 (National Park Service): a final partial grant instead of an interim release: "We are writing to provide a
  second partial response to your ... request" and "With this installment we are enclosing 245 pages".
- kc10 (Denver Police, e-mail): a final no-records answer instead of a clarification: "The Department is unable to
  identify responsive records from this description alone. ... please tell us the date and approximate time".
- kc11 (Charlotte-Mecklenburg Police, PDF): pages withheld empty instead of 12: "The remaining 12 pages, which make up
  the after-action review ..., are records of criminal investigations and are not public records under N.C.G.S. §
  132-1.4(a); they have been withheld in full."
- kc13 (Hennepin County Sheriff): nothing proposed: "For that reason HCSO cannot provide you with access to these data
  at this time" (a Minnesota denial of access to data, under Minn. Stat. § 13.82, subd. 7).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout86"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "kc01-va-ack.txt", "kc02-navy-ack-ext.eml", "kc07-dol-appeal-ack.eml", "kc08-nps-interim.txt",
    "kc10-denver-clarify.eml", "kc11-cmpd-partial.pdf", "kc13-hennepin-denial.txt",
}


def test_heldout86_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout86_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

"""The sixty-fifth held-out set: 14 ordinary letters (letters/heldout65) like the samples in
shared/samples/agency-letters, nine state and local and five federal, written before the rules were run on them: an
Oakland (California) NextRequest notice extending a CPRA request by 14 days, the Cook County Clerk (Illinois)
acknowledging with the day received and taking five more business days under 5 ILCS 140/3(e), the Monroe County
Sheriff (New York) acknowledging a FOIL request with the day it will grant or deny (e-mail), a Fort Worth Police
(Texas) GovQA release redacted under sections 552.130 and 552.147, a Sound Transit (Washington) first installment
with RCW 42.56.330(5) redactions (PDF), the School District of Philadelphia invoking the RTKL's thirty-day extension,
an NJ Transit OPRA denial under N.J.S.A. 47:1A-1.1 (PDF), a Fulton County Sheriff (Georgia) estimate of costs under
O.C.G.A. § 50-18-71(d) (e-mail), the Arizona Attorney General asking to clarify; a Bureau of Reclamation
acknowledgement granting a fee waiver, a DEA partial release dated by a stamp (PDF), a National Park Service expedite
denial (e-mail), a Treasury appeal acknowledgement (e-mail) and a Department of Energy Office of Hearings and Appeals
decision denying an appeal (its case number before the request number).

Blind score: 10 of 14 fully right as first written (71%), 11 of 14 once one expected value was put in the settled
form, and each of the 14 matched to its request by its number. Wrong were:
- m04 (Fort Worth Police, Texas): only the form of the expected exemptions: written "552.130", "552.147" where the
  settled form for Texas is "Gov't Code § 552.130"; the rules read both sections right. Expected value corrected.
- m02 (Cook County Clerk, Illinois): the kinds, an extension and a final determination (denied) instead of an
  acknowledgement and an extension, and the received day empty: "dated October 8, 2026, and received by this office
  on October 9, 2026" not read as the receipt, and "to determine whether they are exempt from disclosure in whole or
  in part" (the reason for more time) read as a denial.
- m10 (Bureau of Reclamation): the tracking number, the office code "84-21000" under "IN REPLY REFER TO:" taken
  before the control number BOR-2027-00045 (the request was still matched by its number).
- m14 (Department of Energy, Office of Hearings and Appeals): nothing proposed: a "Decision and Order" ending "we
  deny the Appeal" / "the Appeal ... is denied" not read as an appeal decision, its "Case No.: FIA-27-0008" not read
  as the appeal number and taken as the tracking number before "Request No.: HQ-2026-01233-F".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout65"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"m02-cook-clerk-ack-ext.txt", "m10-reclamation-ack-waiver.txt",
                         "m14-doe-oha-appeal-denied.txt"}


def test_heldout65_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout65_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

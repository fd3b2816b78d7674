"""The seventy-fourth held-out set: 14 ordinary letters (letters/heldout74) like the samples in
shared/samples/agency-letters, eight from federal departments other than Homeland Security and Justice and six from
state agencies: an IRS disclosure office acknowledgement taking ten business days more (its date in the "Date:" line
of the IRS header block), a CDC fee waiver denial with a fee estimate of $1,234.50 (e-mail), an Army installation
first interim release dated "3 November 2026" beside the office symbol (PDF), a VA partial release dated
"Mar. 6, 2026" citing 38 U.S.C. 5705, a Social Security no-records letter dated only by "Date: 12/01/2026" at its
foot, a HUD acknowledgement denying expedited processing (e-mail), an NLRB appeal decision (PDF), a Federal Reserve
Board release in full of "pp. 1-45"; a New York State Department of Labor FOIL acknowledgement with an ISO received
date and the day of the answer (e-mail), an Ohio Department of Health clarification request, a Michigan LARA
ten-business-day extension dated only in its e-mail header, a California Department of Education denial (Word), a
Pennsylvania Office of Open Records notice of appeal and a Texas Workforce Commission itemized statement of
estimated charges of "eighty dollars ($80.00)". Written from the agencies' published rules and wording and committed
before the rules were run on them.

Blind score: 8 of 14 as first written, and each of the 14 matched to its request by its number. Two of the eight
misses were slips in the expected answers, not in the rules: the exemptions of x04 were written "(b)(3)" where the
canonical form keeps the statute ("(b)(3) 38 U.S.C. § 5705"), and those of x12 "Gov. Code § ..." where the letter
spells "Government Code section ..."; corrected, the rules' blind figure is 10 of 14. Wrong were:
- x01 (IRS): extension_days empty: "We are therefore extending the statutory response date by 10 business days".
- x03 (Army, PDF): the kind, a final determination (partial grant, 14 pages withheld) instead of an interim release:
  "This is the first interim response ... We continue to process the remaining records ... Your request remains
  open"; and the date, empty: "IMPC-FOIA <spaces> 3 November 2026" (the date on the office symbol's line).
- x08 (Federal Reserve Board): pages_released empty: "release these documents to you in their entirety. They are
  enclosed (pp. 1-45)".
- x13 (Pennsylvania OOR): the kind, a final determination instead of an appeal acknowledgement, with no appeal
  number, received or expected_by: "OFFICIAL NOTICE OF APPEAL / FINAL DETERMINATION DUE DATE: DECEMBER 28, 2026 ...
  OOR Dkt. AP 2026-2714 ... The Office of Open Records (OOR) received this appeal ... on November 25, 2026".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout74"
# What the rules reach on this set now (blind: 10 with the expected answers' form corrected); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"x01-irs-ack-ext.txt", "x03-army-interim.pdf", "x08-frb-full.txt", "x13-pa-oor-appeal-ack.txt"}


def test_heldout74_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout74_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

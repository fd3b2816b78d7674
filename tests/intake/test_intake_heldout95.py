"""The ninety-fifth held-out set: 14 short to ordinary letters (letters/heldout95), written after set 94 was scored
and fixed, to the same hardest kinds in other agencies and other words. Eight federal: a State Department
acknowledgement granting expedited processing in the regulation's words (no "granted"), an Education Department fee
waiver refused ("we cannot grant") with the fee it leaves (e-mail with the letter attached as a PDF), an HHS appeal
decision upholding CMS's Exemption 4 redactions in the first person, a Justice Department (OIP) remand for a further
search, a Treasury appeal acknowledgement that calls the appeal's number a "tracking number" (e-mail), a Social
Security still-interested letter (PDF), a NHTSA letter that acknowledges, extends and estimates fees, and an IRS
acknowledgement denying expedition while the fee waiver waits; six state and local: a Connecticut Freedom of
Information Commission final decision dismissing a complaint (Word), an Illinois Public Access Bureau determination
that a city improperly withheld a settlement (PDF), a New York DOCCS FOIL appeal granted in part, a Seattle
acknowledgement asking for clarification, a Caltrans fourteen-day extension, and a Houston itemized statement of
estimated charges (GovQA e-mail). Committed before the rules were run on them.

Blind score: 9 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- t01 (State Department): no expedite decision: "Your request therefore meets the criteria of 22 CFR 171.11(f)(2),
  and it has been placed in our expedited processing queue" (a grant said as the criteria met, not read).
- t05 (Treasury appeal acknowledgement, e-mail): only a tracking number, no appeal acknowledgement, received date or
  appeal number: "Your administrative appeal of the Departmental Offices' response to FOIA request 2026-09-118 was
  logged by this office on October 30, 2026, and has been given tracking number 2027-APP-00017" (an appeal "logged"
  after a long object, and its number "given" to it as a tracking number).
- t06 (Social Security, PDF): no still-interested letter: "we would like to know whether you want us to keep
  processing it" (the question asked as "would like to know whether").
- t07 (NHTSA): no acknowledgement or received date: "Your Freedom of Information Act request for the consumer
  complaints ... reached our office on October 6, 2026" (receipt said as "reached our office").
- w13 (Caltrans): no acknowledgement or received date: "This letter concerns your request under the California
  Public Records Act (CPRA), Government Code section 7920.000 et seq., received by the Department on November 5,
  2026, for inspection reports ..." (a receipt after the law's name and citation, set off by commas).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout95"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "t01-state-ack-expedite.txt", "t05-treasury-appeal-ack.eml", "t06-ssa-still.pdf", "t07-nhtsa-ack-ext-fee.txt",
    "w13-caltrans-ext.txt",
}


def test_heldout95_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout95_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

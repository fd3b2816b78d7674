"""The eighty-second held-out set: 14 short letters (letters/heldout82) in the style and length of the samples in
shared/samples/agency-letters, eight from the DHS components users meet most and six from state and local agencies:
an ICE partial release whose exemptions are cited out of the statute's order, a CBP SecureRelease acknowledgement
(e-mail) giving the date received as "09/08/2026", a USCIS National Records Center no-records answer (PDF), a TSA
ten-business-day extension dated below its case-number line, a FEMA fee estimate above the amount the requester
agreed to pay, a Secret Service fee waiver that "cannot be granted" (e-mail with the letter attached as a PDF), a
DHS Privacy Office acknowledgement declining expedited processing, an ICE appeal decision granted in part and
denied in part (Word, letterhead in the page header); a Los Angeles Police Department CPRA fourteen-day extension,
a Texas Department of Public Safety release with redactions under the Government Code, a Seattle Police Department
first installment (e-mail), an NYPD FOIL denial (PDF), a City of Phoenix request for clarification (e-mail) and a
Chicago Police Department five-business-day extension. Committed before the rules were run on them.

Blind score: 8 of 14 fully right (57%), and each of the 14 matched to its request by its number. Wrong were:
- e04 (TSA, extension): nothing proposed: "TSA is lengthening the period for its response by ten additional
  business days" (an extension said as lengthening the period for a response, not read).
- e05 (FEMA, fee estimate): the acknowledgement and its date missing: "FEMA's Disclosure Branch received your
  request on July 29, 2026, for Individual Assistance appeal logs ..." (received said of the agency's branch).
- e07 (DHS Privacy Office): nothing proposed: "The DHS Privacy Office has your Freedom of Information Act request
  of May 28, 2026, which arrived in our office on June 1, 2026" and "We are therefore unable to expedite your
  request" (a request that "arrived", and expedited processing declined as "unable to expedite").
- f10 (Texas DPS, release with redactions): exemptions "Government Code § 552.130" (California's form) instead of
  "Gov't Code § 552.130": "redacted as required by Texas Government Code § 552.130" (the state named before the
  code not taken for Texas's Public Information Act).
- f12 (NYPD, FOIL denial, PDF): nothing proposed: "Access to these records must be denied. ... Public Officers Law
  § 87(2)(e)(i)." (a denial of access said in the passive with "must", and a citation standing as its own sentence).
- f14 (Chicago Police, extension): expected_by empty: "the time to respond is therefore extended by an additional
  five business days, to December 7, 2026" (the new date joined to the extension by "to").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout82"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"e04-tsa-ext.txt", "e05-fema-fee.txt", "e07-dhs-privacy-expedite.txt", "f10-txdps-partial.txt",
                     "f12-nypd-denial.pdf", "f14-chicago-pd-ext.txt"}


def test_heldout82_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout82_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

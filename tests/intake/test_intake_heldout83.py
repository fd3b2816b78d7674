"""The eighty-third held-out set: 14 short letters (letters/heldout83) in the style and length of the samples in
shared/samples/agency-letters, written after set 82 was scored and fixed, eight from DHS components and six from
state and local agencies: a CISA acknowledgement (e-mail) whose request was "logged into our system" with an
estimated completion date, a Coast Guard interim release (PDF) with its SSIC code, case number and date stacked at
the right, a DHS Office of the General Counsel appeal decision sending the request back for a new search, a USCIS
FOIA/PA Appeals acknowledgement (e-mail with the letter attached as a PDF) of an appeal that "reached" the office, a
CBP release of one 17-page document in its entirety, an ICE request to describe the records better, a TSA denial of
a Sensitive Security Information document under Exemption 3 and 49 U.S.C. § 114(r), a FEMA fee waiver approved in
full; a California Department of Justice release with redactions and pages withheld under the Government Code, a
Harris County Sheriff's Office (Texas) answer that it has no information responsive, a Washington State Department
of Licensing five-day letter (e-mail), a New York State Police FOIL appeal determination upholding a denial, a
Maricopa County Sheriff's Office (Arizona) release with redactions (PDF) and a Cook County Sheriff's Office
(Illinois) copying fee. Committed before the rules were run on them.

Blind score: 8 of 14 fully right (57%), and each of the 14 matched to its request by its number. Wrong were:
- j01 (CISA, acknowledgement e-mail): only the tracking number, no acknowledgement, received or expected date: "Your
  request for ... was logged into our system on October 27, 2026 and given the tracking number 2027-NPFO-00058"
  and "At this time we estimate a completion date of December 18, 2026" (a request logged into a system).
- j03 (DHS Office of the General Counsel, appeal decision): nothing proposed: "We are therefore sending your request
  back to the Privacy Office so that it may conduct a new search and issue a new response directly to you" (a remand
  in plain words).
- j04 (USCIS FOIA/PA Appeals, e-mail with PDF): nothing proposed: "Your administrative appeal of the response to FOIA
  request COW2026000987654 reached the USCIS FOIA/PA Appeals Office on November 16, 2026. It has been docketed under
  the appeal number shown above" (an appeal that "reached" the office, and docketed).
- j06 (ICE, clarification): nothing proposed: "Please describe the records you seek in enough detail that ICE
  personnel can locate them with a reasonable amount of effort" (an ask to describe the records better).
- j07 (TSA, denial): nothing proposed: "The document consists entirely of Sensitive Security Information (SSI), ...
  and it is withheld in its entirety under Exemption 3 of the FOIA, 5 U.S.C. § 552(b)(3)" (a single document
  withheld, said by "it").
- j12 (New York State Police, FOIL appeal): nothing proposed: "Upon review, the determination of the Records Access
  Officer is upheld" (the decision upheld named by a long office title between).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout83"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"j01-cisa-ack.eml", "j03-dhs-ogc-appeal.txt", "j04-uscis-appeal-ack.eml", "j06-ice-clarify.txt",
                     "j07-tsa-denial.txt", "j12-nysp-appeal.txt"}


def test_heldout83_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout83_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

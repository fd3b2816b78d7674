"""The eighty-fifth held-out set: 14 short letters (letters/heldout85) in the style and length of the samples in
shared/samples/agency-letters, written after set 84 was scored and fixed, eight from Justice Department components
and six from state and local agencies: a Criminal Division acknowledgement that decides "not to expedite", an EOUSA
search that "found nothing responsive" (e-mail), an FBI release with its exemptions in a checked-box line and "182
pages were reviewed and 146 pages are being released" (PDF), an Office of Information Policy appeal acknowledgement
giving the request's number in its reference line and the appeal's in the text, a Bureau of Prisons duplication fee
(e-mail with the letter attached as PDF), an EOIR release "in their entirety" (Word), a DEA still-interested
e-mail and an Office of Information Policy remand of an ATF no-records answer; a City of Cleveland (Ohio) GovQA
release with a redaction (e-mail), an Ohio State Highway Patrol acknowledgement with the date records are
expected, a Massachusetts Supervisor of Records order to respond (PDF), a New Jersey Government Records Council
complaint acknowledgement, a City of Philadelphia (Pennsylvania) Right-to-Know denial dated below its reference
line, and an Orange County (Florida) JustFOIA special service charge (e-mail). Committed before the rules were run
on them.

Blind score: 10 of 14 fully right. Wrong were:
- u01 (Criminal Division): the expedite decision missed: "We have therefore decided not to expedite the processing of
  your request" (a refusal said as a decision not to act).
- u06 (EOIR, Word): pages_released empty instead of 36: "EOIR has located 36 pages of records that respond to your
  request, and they are being released to you in their entirety" (the pages found, then "they" released).
- u12 (New Jersey Government Records Council): nothing proposed and no appeal number: "The Government Records Council
  received your Denial of Access Complaint on October 22, 2026", "GRC Complaint No. 2026-318" (a complaint to a state
  appeal body received, not read as an appeal acknowledged).
- u13 (City of Philadelphia): nothing proposed: "The City must decline to provide these records" (a denial said as
  declining to provide).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout85"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"u01-crm-ack-expedite.txt", "u06-eoir-full.docx", "u12-nj-grc-ack.txt",
                      "u13-philadelphia-li-denial.txt"}


def test_heldout85_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout85_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

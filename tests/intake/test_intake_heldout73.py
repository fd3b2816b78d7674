"""The seventy-third held-out set: 14 ordinary letters (letters/heldout73), written after set 72 was scored and fixed,
seven federal and seven state and local, in the formats a requester receives them in: an NTSB acknowledgement (a PDF
behind a portal's "Correspondence has been released"), a FERC fee waiver "not granted" (HTML-only e-mail), a CFTC
release in full forwarded by a colleague, a U.S. Mint ten-business-day extension (Word, header letterhead, the date
as 11/20/2026 in a table), an FHFA partial release under Exemption 8 on two text pages, an OPM no-records letter
(scanned), a USAID appeal decision upholding an Exemption 4 withholding (HTML-only e-mail); a Tucson Police request
to clarify (a PDF behind a portal notice), a Kansas City Police Sunshine Law acknowledgement with a fee estimate
(Word), a Rochester FOIL appeal acknowledgement (scanned), a Eugene Police fee estimate (HTML-only e-mail), a Baton
Rouge Police denial under La. R.S. 44:3(A)(1) forwarded by a colleague, a Hartford Police first installment under
Conn. Gen. Stat. § 1-210 (two text pages) and a Spokane Police five-day letter with its received day and estimate
(scanned). Written from the agencies' published rules and wording and committed before the rules were run on them.

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number. Wrong were:
- y04 (U.S. Mint, Word): the date, empty: "| FOIA Case: 2027-01-0044 | Date: 11/20/2026 |", a table's cell labelled
  "Date:" beside the case number.
- y07 (USAID, HTML-only e-mail): a final determination without outcome instead of an appeal decision denying the
  appeal: "I uphold the Bureau's decision and deny your appeal" (the first person, present tense, not read), so
  "This is the final action of USAID on your appeal" was taken for a final answer (kinds, appeal_number, outcome).
- y14 (Spokane Police, scanned): an extension proposed beside the acknowledgement: Washington's five-day letter
  "Under RCW 42.56.520, we are writing within five business days of receiving your request to let you know that we
  need additional time to locate, assemble and review the records. We estimate ... on or before January 6, 2027"
  (the first response and its estimate, as set 56 read the Port of Seattle's, not an extension).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in
from scans import OCR_MISSING, ocr_installed

from foiatrack.store.database import Database

SET = "heldout73"
SCANNED = {"y06-opm-no-records.pdf", "y10-rochester-appeal-ack.pdf", "y14-spokane-ack.pdf"}
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET = {"y04-mint-ext.docx", "y07-usaid-appeal.eml", "y14-spokane-ack.pdf"}
NEEDS_OCR = pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)


@NEEDS_OCR
def test_heldout73_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [pytest.param(name, marks=NEEDS_OCR) if name in SCANNED else name
                                  for name in names(SET) if name not in NOT_YET])
def test_heldout73_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


@NEEDS_OCR
def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner


"""The thirty-sixth held-out set: 14 federal and state letters (letters/heldout36) chosen for what is hard in their
shape rather than their agency: an ICE acknowledgement that also takes a 10-day extension, denies expedited
processing and grants a fee waiver (as a PDF); an FBI interim release with a fee estimate for the rest (a cover
e-mail, the letter in its PDF attachment); a State Department final response with the appeal-rights paragraph;
appeal decisions of every kind (OIP remand for a new search, OIP partly affirmed and partly remanded as Word,
DHS reversed with the date only under the signature, State's Appeals Review Panel affirmed as PDF, a Kentucky
Attorney General open records decision); an ICE appeal acknowledgement dated only in the e-mail header; a
California reply e-mail quoting the requester's own message below it; a Georgia denial scanned without a text
layer (read by OCR); a Postal Service fee estimate and an EPA final response whose figures are in Word tables;
a Washington acknowledgement dated only at the foot. Written and committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%); every letter's request number read first except Kentucky's, where the
decision number "26-ORD-188" came before the request's. Right blind: the four-event ICE letter, the State final
response (its appeal-rights paragraph made no appeal event), the ICE appeal acknowledgement from the header date,
the Appeals Review Panel affirmance, the scan (OCR), and the fee table. Wrong were:
- i02: the FBI's "500 pages were reviewed and 347 pages are being released" left the 153 withheld empty;
- i04: OIP's date set alone below the "Re:" lines and the salutation not read as the letter's date;
- i05: the pages the FBI released before the appeal (212 and 44) read as the appeal decision's;
- i07: the date only at the foot ("Dated: August 6, 2026") not read; "23 pages" counted twice (46) on an appeal
  decision that releases nothing itself;
- i09: the Kentucky Attorney General's open records decision (26-ORD-188, "did not violate the Act") not read as
  an appeal decision at all: no outcome, no exemption, the decision number taken for the request's;
- i10: the section the requester asked about in the quoted message below the reply (7927.705) read as an
  exemption the agency applied;
- i13: the page counts in the table (a "Released in full | 212" row) not read, nor the received stamp date at the
  foot ("AUG 27 2026");
- i14: the date only in the closing line ("Sent via the Public Records Center on July 10, 2026") not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 6
# Letters not yet fully right (listed above); the others must stay right.
NOT_YET = {"i02-fbi-interim-fee.eml", "i04-oip-remand-search.txt", "i05-oip-partly-remand.docx",
           "i07-dhs-appeal-reversed.txt", "i09-ky-ag-decision.txt", "i10-cdcr-reply-quoted.eml",
           "i13-epa-page-table.docx", "i14-wa-ecy-ack-foot-date.txt"}


def test_heldout36_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout36") if not wrong_in("heldout36", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout36')) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names("heldout36") if name not in NOT_YET])
def test_heldout36_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout36", name, tmp_path) == []

"""The thirty-seventh held-out set: 14 federal and state letters (letters/heldout37), written after the thirty-sixth
set's fixes and committed before the rules were run on them, again chosen for their shape: OIP's appeal
acknowledgement in a PDF behind a one-line cover e-mail; a CBP acknowledgement dated only in the e-mail header that
grants expedited processing and denies a fee waiver (with the appeal rights for the waiver); a Forest Service "no
records" letter dated "Date: November 3rd, 2026" with its appeal rights; the Department of Education's appeal
decision (denied) reciting the pages released before; Pennsylvania's Office of Open Records granting an appeal,
dated only by "FINAL DETERMINATION ISSUED AND MAILED:" at the foot (PDF); Connecticut's Freedom of Information
Commission dismissing a complaint, dated only by the meeting that approved it (Word); New Jersey's Government
Records Council acknowledging a Denial of Access Complaint; Austin's itemised statement of estimated charges in a
Word table; an Army CID extension scanned without a text layer, dated "15 September 2026"; a San Francisco
clarification request replying above the department's own earlier acknowledgement; an NLRB final response in a
Word file attached to a cover e-mail; an EPA e-mail granting a fee waiver and making a first production; a VA final
response dated only under the signature, with pages referred elsewhere; CBP's appeal decision granted in part.

Blind score: 7 of 14 fully right (50%); 13 of 14 matched to their request by number (o14's request number was taken
for a second appeal number). This is the honest figure for letters of these shapes. Wrong were:
- o05: the date only in "FINAL DETERMINATION ISSUED AND MAILED: September 18, 2026" at the foot not read;
- o06: the date only in "Approved by Order of the Freedom of Information Commission at its regular meeting of
  November 18, 2026" not read; "§ 1-210(b)(2), G.S." (the Commission's way of citing the statute) not read;
- o07: the Government Records Council's "is in receipt of your Denial of Access Complaint" read as a request's
  acknowledgement, and "GRC Complaint No. 2026-188" not read as the appeal's number;
- o08: Texas's "If you do not respond in writing by August 4, 2026, your request will be considered automatically
  withdrawn" read as the date a response is expected;
- o12: "120 pages ... Certain information in those pages has been redacted ..., and 14 additional pages were
  withheld in full" read as 106 pages released;
- o13: the (b)(3) statute named in the same sentence ("confidential and privileged under 38 U.S.C. § 5705 and
  therefore exempt under 5 U.S.C. § 552(b)(3)") not joined to it;
- o14: "Re: FOIA Appeal of CBP-FO-2026-098876" made the request's number an appeal number, beside the appeal's own
  CBP-AP-2026-051234, so no request number was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in
from scans import OCR_MISSING, ocr_installed

# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right (listed above); the others must stay right.
NOT_YET = {"o05-pa-oor-granted.pdf", "o06-ct-foic-dismissed.docx", "o07-nj-grc-complaint-ack.txt",
           "o08-austin-cost-estimate.docx", "o12-epa-waiver-interim.eml", "o13-va-final-referral.pdf",
           "o14-cbp-appeal-partly.txt"}
# The scan is read by OCR: where Tesseract and Poppler are not installed it cannot be read at all.
SCANNED = "o09-army-ext-scanned.pdf"


def _letters() -> list[object]:
    return [pytest.param(name, marks=pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING))
            if name == SCANNED else name for name in names("heldout37") if name not in NOT_YET]


@pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)
def test_heldout37_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout37") if not wrong_in("heldout37", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout37')) - set(right))}"


@pytest.mark.parametrize("name", _letters())
def test_heldout37_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout37", name, tmp_path) == []

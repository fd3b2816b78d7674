"""The seventy-first held-out set: 14 ordinary letters (letters/heldout71) like the samples in
shared/samples/agency-letters, eight federal and six state and local, in the formats they reach a requester in: a
Department of Energy acknowledgement with its received date and a ten-working-day extension, as a PDF behind a portal
notice that says only that a document has been released; a Nuclear Regulatory Commission fee estimate with its fee
table in an HTML-only e-mail; an Education Department extension alone, forwarded by a colleague ("Fwd:", the letter
below a forwarding note, dated only in the forwarded header); a Federal Communications Commission partial release in
Word, its letterhead in the page header and its date in a table cell; an SEC first interim release on two text pages
with a running header and "Page 1 of 2" footers; a Consumer Product Safety Commission no-records letter and a Veterans
Affairs appeal decision, both scanned (image-only PDFs, slightly skewed and specked, read by OCR); a Peace Corps fee
waiver granted (HTML-only e-mail); a Phoenix Police request for more information (a records-portal HTML e-mail); a
Boston Police fee estimate (Word, header letterhead, date in a table); a Michigan State Police denial under MCL
15.243(1)(b)(i) (scanned); a Nashville Police release in full forwarded from Outlook ("FW:", "Sent:"); a Buffalo FOIL
appeal acknowledgement (PDF behind a portal notice) and an Austin Police acknowledgement with its received date and
the day certified under Gov't Code § 552.221(d) (two text pages). Written from the agencies' published rules and
wording and committed before the rules were run on them.

Blind score: 7 of 14 fully right (50%), and 12 of 14 matched to their request (not w07, not w10). Wrong were:
- w01 (Energy, PDF behind a portal notice): kinds [extension, final_determination] and received empty, instead of
  an acknowledgement with received 2026-10-14 and the extension: "This letter acknowledges receipt of your ...
  request dated October 9, 2026, which was received in the Office of Public Information on October 14, 2026" not
  read as an acknowledgement, and something in the letter taken for a final answer.
- w04 (FCC, Word): the date, empty (the date in a table cell beside the control number, the letterhead in the page
  header), and pages_released 217 instead of 176: "We are releasing 176 pages to you; redactions have been made on
  41 of those pages" (the share redacted added to the whole).
- w07 (Veterans Affairs, scanned): tracking number and appeal number: the routing symbol of "In Reply Refer To:
  024B2" taken for the appeal number, "OGC Case No. 2026-0187" taken for the request's number before "FOIA Request
  No. 26-04412-F" (read as 26-0441), so no request matched.
- w08 (Peace Corps, HTML e-mail): the outcome, other instead of full_grant: "Your fee waiver request is therefore
  approved, and no fees will be charged".
- w10 (Boston Police, Word): an acknowledgement proposed beside the fee estimate ("is in receipt of your request"
  with no day of receipt), and no tracking number: "| Records Request: | PRR-26-3318 |" in a table, so no request
  matched.
- w12 (Nashville Police, forwarded from Outlook): no event at all: "Your ... request #R004117-092326 ... has been
  completed. The responsive records, 27 pages in total, are attached to this message. No information has been
  redacted from them."
- w14 (Austin Police, two pages): an extension proposed beside the acknowledgement: "We are unable to produce the
  requested information within ten business days ... I certify that the information will be available for release
  on or before November 9, 2026" (a date certified under § 552.221(d), not an extension by working days).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in
from scans import OCR_MISSING, ocr_installed

from foiatrack.store.database import Database

SET = "heldout71"
SCANNED = {"w06-cpsc-no-records.pdf", "w07-va-appeal-decision.pdf", "w11-msp-denial.pdf"}
# What the rules reach on this set now; it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET = {"w01-doe-ack-ext.eml", "w04-fcc-partial.docx", "w07-va-appeal-decision.pdf", "w08-peacecorps-waiver.eml",
           "w10-boston-fee.docx", "w12-nashville-full.eml", "w14-austin-ack.pdf"}
# Letters not yet matched to their request by its number.
NOT_MATCHED = {"w07-va-appeal-decision.pdf", "w10-boston-fee.docx"}
NEEDS_OCR = pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)


@NEEDS_OCR
def test_heldout71_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [pytest.param(name, marks=NEEDS_OCR) if name in SCANNED else name
                                  for name in names(SET) if name not in NOT_YET])
def test_heldout71_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


@NEEDS_OCR
def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert {n: r for n, r in matched.items() if n not in NOT_MATCHED} == {
        n: r for n, r in owner.items() if n not in NOT_MATCHED}

"""The fifty-second held-out set: 14 ordinary letters (letters/heldout52) like the samples in
shared/samples/agency-letters, eight federal and six state and local, from agencies the earlier sets' descriptions
do not name: an NIH acknowledgement with its received date, a Portland (Oregon) Police acknowledgement taking ten
more business days under ORS 192.329 (a PDF behind a cover e-mail), a Defense Health Agency extension alone dated
"17 March 2026" (Word), an Aurora (Colorado) Police CORA fee estimate pasted from Outlook, an FHWA fee waiver granted
(e-mail), an El Paso (Texas) request to clarify under section 552.222 (e-mail), a Fish and Wildlife Service first
partial release (a PDF behind a cover e-mail), a Durham County (North Carolina) Sheriff's release in full (e-mail),
an FTC partial release with Exemption 3 and its statute (PDF), a Cincinnati Police denial under R.C. 149.43 (Word),
an FSIS no-records e-mail dated under the signature, an SBA "still interested" letter, a Suffolk County (New York)
Police FOIL appeal acknowledgement and an EEOC appeal decision dated at its foot (PDF). Written from the agencies'
published wording and committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. Wrong were:
- o01 (NIH acknowledgement): an extension proposed beside the acknowledgement, from "we may not be able to respond
  within the twenty working days ... We will notify you if unusual circumstances require additional time" (a
  possible extension in the future, none taken).
- o04 (Aurora, pasted from Outlook): no date; the letter's date is only on the pasted header line "Sent: Wednesday,
  April 15, 2026 9:18 AM".
- o09 (FTC): the exemptions: "Exemption 3, 5 U.S.C. § 552(b)(3), in conjunction with Section 21(f) of the FTC Act,
  15 U.S.C. § 57b-2(f)" read as "(b)(3) 15 U.S.C. § 57b" (the section's hyphenated part cut) and a second
  "(b)(3) 5 U.S.C. § 552(b)(3)" (the FOIA's own citation taken for the withholding statute).
- o10 (Cincinnati, Word): the exemptions "Ohio Revised Code Section 149.43(A)(1)(h)" and "(A)(2)(c)" not read (the
  long name of the Revised Code, not "R.C.").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout52"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET = {"o01-nih-ack.txt", "o04-aurora-fee.txt", "o09-ftc-partial.pdf", "o10-cincinnati-denial.docx"}


def test_heldout52_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout52_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

"""The seventy-second held-out set: 14 ordinary letters (letters/heldout72), written after set 71 was scored and fixed,
eight federal and six state and local, in the formats a requester receives them in: an FAA second interim release
(a PDF behind a portal's "A new document has been released"), an NLRB acknowledgement with its received day and due
date (HTML-only e-mail), an IRS fee waiver denial with a fee estimate (scanned, with its "Person to Contact" block),
a Forest Service no-records letter (Word, letterhead in the page header, file code and date in a table), a GSA final
partial release on two text pages with running headers and footers, an FDIC appeal acknowledgement forwarded by a
colleague ("Fwd:"), a Treasury (OFAC) acknowledgement denying expedition (HTML-only e-mail), an Army Corps of
Engineers appeal remanded for a new search (a scanned memorandum dated "30 November 2026" beside its office symbol);
an Oakland Police "still interested" letter (a PDF behind a NextRequest notice), a Milwaukee Police denial under
Wis. Stat. § 19.36(8)(b) (Word, header and table), a Columbus Police partial release under R.C. 149.43 (scanned,
dated 12/01/2026), a Fairfax County Police seven-working-day VFOIA extension (HTML-only e-mail), a Cook County
Sheriff's acknowledgement with a five-business-day extension under 5 ILCS 140/3(e) (two text pages) and a Raleigh
release in full forwarded by a colleague. Written from the agencies' published rules and wording and committed
before the rules were run on them.

Blind score: (to be recorded).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in
from scans import OCR_MISSING, ocr_installed

from foiatrack.store.database import Database

SET = "heldout72"
SCANNED = {"x03-irs-waiver-fee.pdf", "x08-usace-appeal-remand.pdf", "x11-columbus-partial.pdf"}
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()
NEEDS_OCR = pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)


@NEEDS_OCR
def test_heldout72_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [pytest.param(name, marks=NEEDS_OCR) if name in SCANNED else name
                                  for name in names(SET) if name not in NOT_YET])
def test_heldout72_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


@NEEDS_OCR
def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

"""The seventy-sixth held-out set: 14 ordinary letters (letters/heldout76) like the samples in
shared/samples/agency-letters, eight from federal departments other than Homeland Security and Justice and six from
state departments of health, labour and education, written after set 75 was scored and fixed (and so after its
writer had read the rules): a Postal Service acknowledgement taking a "ten-working-day extension" (e-mail), a National
Archives still-interested letter, a Defense Logistics Agency release in full (PDF), a Treasury acknowledgement
granting expedited processing dated "2026-10-23", a VA Inspector General denial dated only by "Date: 2026-12-02" at
its foot, a Census Bureau no-records e-mail, an ACF third installment for the Office of Refugee Resettlement (PDF),
an IRS fee estimate dated "Oct. 19, 2026"; a Texas HHSC acknowledgement with an ISO received date (e-mail), a
Washington Labor and Industries five-day letter (Word), an Ohio education department partial release, a Pennsylvania
Labor & Industry RTKL denial (PDF), a New Jersey health department OPRA extension (e-mail) and a Michigan health
department FOIA appeal granted, dated "08-17-2026". Committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. This is the
honest figure for ordinary letters in wordings not yet seen, measured after set 75's fixes. Wrong were:
- z01 (Postal Service, e-mail): extension_days empty: "we are invoking a ten-working-day extension" (the count read
  with the hyphened word after it, "ten-working", which is no number).
- z05 (VA Inspector General): no event at all: "The draft is therefore withheld in its entirety under FOIA
  Exemption 5, 5 U.S.C. 552(b)(5)" after "located one responsive record, a draft report of 64 pages".
- z10 (Washington Labor and Industries, Word): an extension proposed beside the acknowledgement: "We need additional
  time to locate, assemble and review the records" in a five-day letter that gives its estimate, as RCW 42.56.520
  provides, and extends nothing.
- z13 (New Jersey Department of Health, e-mail): extension_days empty: "The Department therefore extends its response
  time by 14 business days" (the present tense "extends" not read as the extension taken).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout76"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"z01-usps-ack-ext.eml", "z05-va-denial.txt", "z10-wa-lni-ack.docx", "z13-nj-doh-ext.eml"}


def test_heldout76_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout76_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

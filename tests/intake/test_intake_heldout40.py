"""The fortieth held-out set: 14 ordinary letters (letters/heldout40) of the kind and length of the samples in
shared/samples/agency-letters, eight federal and six state or local, from agencies no earlier set had: a Naval Sea
Systems Command acknowledgement dated "14 Apr 26" beside its serial line, an Education Department acknowledgement
taking ten more working days (e-mail), an Air Force Materiel Command fee estimate with its fee table (PDF), an SEC fee
waiver denied, a National Archives second interim release (PDF), a Forest Service region's release with redactions
under Exemptions 5 and 6, a DEA "did not locate any records" letter with the exclusion notice (PDF), a Department of
Energy Office of Hearings and Appeals decision denying an appeal; the Phoenix Police's acknowledgement (e-mail), the
Michigan State Police's 10-business-day extension under MCL 15.235(2)(d) (PDF), an Atlanta Police denial under
O.C.G.A. § 50-18-72(a)(4), a Minneapolis Public Schools data request answered in full (Word), the Illinois Attorney
General's Public Access Bureau acknowledging a Request for Review, and the Fairfax County (Virginia) Police asking to
clarify (e-mail). Written from the agencies' published wording and committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), and each of the 14 matched to its request by its number (the test below
files each letter's request beside another at the same agency with another number). Wrong were:
- h03: the Air Force fee estimate's table line "Duplication: 920 pages x $0.15, less 100 free pages" read as a
  release in full of 100 pages (a final determination besides the fee estimate);
- h09: the Phoenix Police's "Your request has been received and is being processed ... received in this office on
  6/15/2026" read as a partial grant, not as an acknowledgement with its received date;
- h10: Michigan's "extending the period during which it shall respond to your request by not more than 10 business
  days ... will respond to your request on or before August 27, 2026" not read: neither the days nor the date;
- h12: Minneapolis's "Attached please find 34 pages of public data responsive to your request" read as a full grant
  without its 34 pages;
- h14: Fairfax's "does not identify the requested records with reasonable specificity ... could you please clarify"
  read as no records, not as a request to clarify.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout40"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"h03-usaf-fee.pdf", "h09-phoenix-ack.eml", "h10-msp-extension.pdf", "h12-mps-full.docx",
                     "h14-fairfax-clarify.eml"}


def test_heldout40_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout40_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

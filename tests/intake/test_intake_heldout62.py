"""The sixty-second held-out set: 14 ordinary letters (letters/heldout62) like the samples in
shared/samples/agency-letters, eight from components of the Department of Homeland Security and six from state and
local offices that hold immigration-related records, as immigrant-rights groups receive them: an ICE final partial
release with its page counts and four exemptions that recites the day the request was received (a PDF behind a cover
e-mail), a CBP acknowledgement e-mail that takes "ten working days beyond the twenty allowed by statute", a USCIS
appeal remanded to the National Records Center for a further search (appeal APP..., request COW...; PDF), a DHS
Privacy Office acknowledgement granting a fee waiver beside the template's mention of a possible 10-day extension, a
TSA no-records letter dated "9 September 2026" (PDF), a FEMA extension alone of ten working days (e-mail), a Coast
Guard request to describe the records better (its "5720" file code above the date), a CRCL second interim release
with duplicate pages not reproduced (PDF); a Gaston County Sheriff (North Carolina) special service charge for
287(g) records (e-mail), a Massachusetts Registry of Motor Vehicles acknowledgement dated "Monday, September 14,
2026" with the day it will answer by, a Hudson County (New Jersey) jail OPRA partial grant (PDF), a Tulsa County
Sheriff (Oklahoma) release of 287(g) records in full (e-mail), a New York DMV FOIL appeal granted in part and a Bucks
County (Pennsylvania) Right-to-Know acknowledgement taking thirty more days (PDF). Written from the agencies'
published wording and committed before the rules were run on them.

Blind score: 12 of 14 fully right (86%), and each of the 14 matched to its request by its number. Wrong were:
- a02 (CBP, e-mail): the extension, missing (kinds and extension_days): "CBP will need ten working days beyond the
  twenty allowed by statute to respond" (more time said as days beyond the statutory period, not "extend").
- b12 (Tulsa County Sheriff, e-mail): pages_released, empty: "Attached please find the records responsive ...,
  46 pages in all. Nothing has been redacted." (a count of the pages sent, "in all", not read as released).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout62"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"a02-cbp-ack-ext.eml", "b12-tulsa-sheriff-full.eml"}


def test_heldout62_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout62_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

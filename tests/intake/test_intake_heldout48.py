"""The forty-eighth held-out set: 14 ordinary letters (letters/heldout48) of the kind and length of the samples in
shared/samples/agency-letters, eight state and local and six federal, from agencies no earlier set had: an EEOC
acknowledgement taking ten more business days (PDF), an ICE second interim release (PDF), an FTC partial grant, a
Defense Health Agency fee waiver denied, an EPA appeal acknowledgement (e-mail), a Food Safety and Inspection Service
appeal decision upholding an Exemption 4 withholding (Word); the Alabama Law Enforcement Agency's acknowledgement, the
District of Columbia Public Schools' ten-day extension (e-mail), a University of Colorado Boulder CORA fee estimate,
a Jefferson County (Kentucky) Public Schools request to clarify, a North Carolina Department of Transportation
no-records e-mail, a Connecticut State Police (DESPP) partial release (PDF), a Minnesota Department of Health release
in full dated below the signature, and an Oregon State Police denial under ORS 192.345(3); written and committed
before the rules were run on them.

Blind score: 13 of 14 fully right (93%), every letter matched to its request by its number (each request filed
beside another at the same agency with another number). Its one miss: Connecticut's "pursuant to Conn. Gen. Stat.
§ 1-210(b)(2) (medical and similar files), § 1-210(b)(3)(B) (identity of witnesses not otherwise known) and § 14-10
(motor vehicle records)": only the first section read; the two that follow as a bare "§", each after a parenthesised
description, were lost (exemptions wrong; kind, outcome and both page counts right).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout48"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"m12-ct-despp-partial.pdf"}


def test_heldout48_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout48_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

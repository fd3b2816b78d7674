"""The eighty-ninth held-out set: 14 short letters (letters/heldout89) in the style and length of the samples in
shared/samples/agency-letters, written after set 88 was scored and fixed, eight from independent federal agencies
and six state and local, each stating its facts in a less usual order or form: a National Archives appeal
acknowledgement whose appeal "reached the Office of the Deputy Archivist on 11/04/2026" (e-mail), a Securities and
Exchange Commission partial grant, "Access is granted to 71 of them" (PDF), a Federal Trade Commission fee waiver
in which "the FTC concludes that you qualify for a waiver of all fees", a Federal Communications Commission
acknowledgement with "Date of receipt: 11/16/2026" and a date it expects to answer by (e-mail), an Office of
Personnel Management still-interested letter dated "1 December 2026", a Social Security Administration
acknowledgement with its number and dates in a Word table, a Consumer Financial Protection Bureau release in full
of "a nine-page supervisory memorandum", a General Services Administration "extra ten (10) working days" (PDF); an
Anne Arundel County Police (Maryland) release in part with pages spelled out, a City of Green Bay (Wisconsin)
no-records answer dated "2026-11-19", a Kansas City (Missouri) denial dated "Thursday, October 29, 2026" (PDF), a
Knoxville Police (Tennessee) release in full (e-mail with the letter attached), a Lexington Police (Kentucky)
release with redactions and a Louisiana State Police copy charge (e-mail). Committed before the rules were run on
them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout89"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout89_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout89_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

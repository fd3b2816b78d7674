"""The sixty-first held-out set: 14 ordinary letters (letters/heldout61) like the samples in
shared/samples/agency-letters, written after set 60 was scored and fixed, eight federal and six state and local, from
agencies no earlier set's description names: a Federal Maritime Commission acknowledgement with a ten-working-day
extension (a portal e-mail with the letter as a PDF), a Bureau of Land Management first interim release taking a
10-workday extension, dated at its foot "Date: 10/16/2026" (PDF), a Railroad Retirement Board fee waiver denial with a
fee estimate, a Selective Service System no-records answer dated "30 November 2026", a U.S. Marshals Service
acknowledgement granting expedited processing (e-mail), a Merit Systems Protection Board release in full (Word), a
Chemical Safety Board partial release dated by a "Date signed:" line at its foot (PDF), an AmeriCorps appeal
acknowledgement (e-mail); a Long Beach Police (California) 14-day extension (e-mail), a Toledo Police (Ohio) denial
(PDF), a Colorado Springs CORA fee estimate (Word), a Loudoun County Public Schools (Virginia) still-interested letter,
a Nassau County (New York) FOIL appeal decision and a Clark County (Nevada) acknowledgement with the day the records
will be ready (e-mail). Written from the agencies' published rules and wording and committed before the rules were
run on them.

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number. This is the honest
figure for ordinary letters in wordings not yet seen, measured after set 60's fixes. Wrong were:
- k02 (Bureau of Land Management, PDF): the kind, a final determination (partial grant) instead of an interim
  release: "This is the first interim response ... We will continue to make releases on a rolling basis until the
  processing of your request is complete" (the promise of completion read as the request completed).
- k07 (Chemical Safety Board, PDF): the date, empty ("Date signed: November 5, 2026" at the foot not read), and
  pages_released 38 instead of 63: "We are releasing 63 pages, 38 of them with redactions" (the part taken for the
  whole).
- k13 (Nassau County, New York): the exemptions of the appeal decision, empty: "would constitute an unwarranted
  invasion of personal privacy under Public Officers Law § 87(2)(b). Accordingly, your appeal is denied".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout61"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"k02-blm-interim-ext.pdf", "k07-csb-partial.pdf", "k13-nassau-foil-appeal.txt"}


def test_heldout61_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout61_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

"""The forty-fourth held-out set: 14 ordinary letters (letters/heldout44) of the kind and length of the samples in
shared/samples/agency-letters, eight state and local and six federal, from agencies no earlier set had: the Hennepin
County (Minnesota) Sheriff's data-request acknowledgement (e-mail), an Arizona Department of Corrections 30-day
extension with its date, an Oregon Department of Transportation fee estimate with its fee table (PDF), a Milwaukee
Police partial release under Wis. Stat. § 19.36(8)(b) and the DPPA (PDF), a Metropolitan Nashville Police no-records
letter, a Missouri Department of Health and Senior Services Sunshine Law denial (Word), a Salt Lake County GRAMA
appeal decision, a Hartford Public Schools release in full (e-mail); an Education acknowledgement taking ten working
days, an EPA Region 5 interim release with a stamped date ("JUL 23 2026", PDF), an OSHA fee waiver denial (e-mail), a
HUD "still interested" letter, a Department of Energy partial release and an Interior FOIA appeal acknowledgement.
Written from the agencies' published wording and committed before the rules were run on them.

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number (the test below
files each letter's request beside another at the same agency with another number). Wrong were:
- e02 (Arizona DOC): "requires an additional thirty (30) days ... anticipates providing the responsive records to you
  on or before April 8, 2026": the extension's days read, its date (expected_by) not;
- e07 (Salt Lake County): "On October 19, 2026, Salt Lake County received your notice of appeal ... The denial is
  therefore affirmed" read as an appeal acknowledged (received 2026-10-19) rather than an appeal decision; neither
  the outcome (denied) nor the exemption (Utah Code § 63G-2-305(10)) read;
- e14 (Interior): "On August 20, 2026, the Department of the Interior's FOIA Appeals Office received your Freedom of
  Information Act appeal" (the date before the verb): the appeal's received date not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout44"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"e02-adcrr-ext.txt", "e07-slco-grama-appeal.txt", "e14-doi-appeal-ack.txt"}


def test_heldout44_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout44_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

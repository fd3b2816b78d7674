"""The sixtieth held-out set: 14 ordinary letters (letters/heldout60) like the samples in shared/samples/agency-letters,
eight federal and six state and local, from agencies no earlier set's description names: a Small Business Administration
acknowledgement with its received date and an expedite refusal ("is not approved", a plain e-mail with a signature and a
confidentiality footer), a Tennessee Valley Authority acknowledgement taking ten more business days with a fee estimate
(PDF), a Surface Transportation Board fee waiver "approved", an Export-Import Bank no-records answer (Word), an Amtrak
second interim release (a portal e-mail with the letter as a PDF), a Federal Housing Finance Agency partial release
dated on a "Date:" line at the right (PDF), a Labor Department appeal acknowledgement (e-mail), a Justice Department
appeal decision affirming withholdings; a Broward Sheriff's Office (Florida) request for a time frame (e-mail with
Florida's e-mail footer), an Arlington County (Virginia) seven-work-day extension, a Georgia Bureau of Investigation
denial (PDF), a Fresno Police (California) fee estimate dated 09/08/2026 (Word), a Knox County Schools (Tennessee)
acknowledgement with an estimated date (a PDF behind a cover e-mail) and a Chapel Hill (North Carolina) release in full
(a Word letter behind a cover e-mail). Written from the agencies' published rules and wording and committed before the
rules were run on them.

Blind score: 12 of 14 fully right (86%), and each of the 14 matched to its request by its number. This is the honest
figure for ordinary letters in wordings not yet seen, measured after set 53's fixes. Wrong were:
- j09 (Broward Sheriff's Office, e-mail): the kind, a final determination with no records instead of a request to
  clarify: "we need further information. Please provide a specific time frame ... Without this information, we are
  unable to identify the records you are asking for" read as no records found.
- j13 (Knox County Schools, PDF behind an e-mail): the received date, empty: "Knox County Schools received your request
  for copies of public records under the Tennessee Public Records Act, Tenn. Code Ann. § 10-7-503, on November 17,
  2026" (the day far from the verb, after the law's name) not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout60"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"j09-broward-sheriff-clarify.eml", "j13-knox-schools-ack.eml"}


def test_heldout60_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout60_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

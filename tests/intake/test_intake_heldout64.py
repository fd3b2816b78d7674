"""The sixty-fourth held-out set: 14 ordinary letters (letters/heldout64) like the samples in
shared/samples/agency-letters, written after set 63 was scored and fixed, six from components of the Department of
Homeland Security and eight from state and local offices holding immigration-related records: an ICE acknowledgement
in its standard wording that denies expedited treatment and invokes a 10-day extension (PDF), a USCIS National Records
Center partial release with pages referred to ICE (its control number alone below the date), a CBP appeal granted in
part and denied in part dated by a stamp "NOV 25 2026" (PDF), a DHS Privacy Office "still interested" e-mail, a Coast
Guard District first partial response dated "13 Nov 2026" with its counts spelled out, an ICE appeal decision
affirming the adequacy of a search; a Hidalgo County Sheriff (Texas) "has no information responsive" e-mail, a
Collier County Sheriff (Florida) special service charge (e-mail), a New Jersey State Police OPRA extension to a date
(e-mail), an Oregon DMV acknowledgement with its estimate, a Washington Department of Corrections first installment
(e-mail), a Weld County Sheriff (Colorado) denial under the Criminal Justice Records Act dated at its foot (PDF), a
Massachusetts Supervisor of Records appeal acknowledgement and a Hall County Sheriff (Georgia) three-day letter with
its received date and timeline. Written from the agencies' published wording and committed before the rules were
run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. This is the honest
figure for ordinary letters in wordings not yet seen, measured after set 63's fixes. Wrong were:
- e06 (ICE appeal decision): no event at all (kind, appeal number, outcome): "After careful consideration of your
  appeal, ICE has determined that its search was reasonably calculated ... Accordingly, ICE's original response to
  your request is affirmed."
- f07 (Hidalgo County Sheriff, e-mail): the outcome, empty: "The Hidalgo County Sheriff's Office has no information
  responsive to your request" (Texas's word, "information", for records).
- f12 (Weld County Sheriff, PDF): the exemption, empty: "... would be contrary to the public interest ... C.R.S.
  24-72-305(5)." (the section cited alone, after the sentence).
- f14 (Hall County Sheriff): no event at all (kind, received, expected_by): "Your request under the Georgia Open
  Records Act, O.C.G.A. 50-18-70 et seq., was received in this office on November 23, 2026."
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout64"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"e06-ice-appeal-affirmed.txt", "f07-hidalgo-sheriff-no-records.eml", "f12-weld-sheriff-denial.pdf",
                     "f14-hall-sheriff-ack.txt"}


def test_heldout64_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout64_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

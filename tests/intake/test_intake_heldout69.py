"""The sixty-ninth held-out set: 14 ordinary letters (letters/heldout69) like the samples in
shared/samples/agency-letters, written after set 68 was scored and fixed, six from the Department of Justice and
eight from state attorneys general, court administrators and records-appeal offices: an EOUSA acknowledgement with
its received date approving a fee waiver, dated at its foot "Date: November 16, 2026"; an FBI no-records letter
that encloses its Explanation of Exemptions (PDF); an OIP appeal acknowledgement (e-mail); an OIP appeal closed as
moot, dated "11/24/2026" above the signature; a DOJ Inspector General partial release with counts spelled out and
in figures (PDF); a Bureau of Prisons extension of ten business days dated "23 November 2026" beside its request
number; a Pennsylvania Office of Open Records final determination granting an appeal (PDF); a Massachusetts
Supervisor of Records decision upholding a withholding under G. L. c. 4, § 7(26)(d) (Word); a Texas Office of
Court Administration Rule 12 cost estimate with an itemized table (e-mail); a Georgia Attorney General release in
full (e-mail); a Michigan Attorney General acknowledgement taking ten more business days; an Arizona court
administrator's still-interested letter (Word); a New Mexico Attorney General partial release under IPRA (PDF) and a
North Carolina court administrator's first installment (e-mail). Written from the agencies' published wording and
committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), scored with the rules after set 68's fixes. Wrong were:
- vb04 (OIP, appeal closed as moot): the date, empty ("11/24/2026" on a line of its own above the signature, after
  the body), and the outcome, empty: "there is no further action for this Office to consider, and your appeal is
  closed as moot" (no word of affirming, remanding or reversing).
- vb08 (Massachusetts Supervisor of Records): kinds, outcome and exemptions: proposed an appeal acknowledgement from
  "I have received your petition appealing the response of ..." instead of the decision: "I find that the Office has
  met its burden to show that the records are exempt ... Accordingly, I decline to order the Office to produce the
  withheld records", citing G. L. c. 4, § 7(26)(d).
- vb10 (Georgia Attorney General): pages_released, empty: "Attached please find the three responsive memoranda,
  seventeen pages in all" (a count after the records it numbers, "in all").
- vb11 (Michigan Attorney General): expected_by 2026-12-15 where the answer written had none: "the Department is
  extending the time for its response by 10 business days. The Department's response will be issued no later than
  December 15, 2026." The answer was corrected after scoring: seventeen earlier acknowledgements with an extension
  carry the day the letter says the answer will come as expected_by (only the extension event carries none), and this
  set now does the same (with the corrected answer the blind score would have been 11 of 14; the figure kept is the
  10 scored).
Each of the 14 matched to its request by its number.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout69"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET = {"vb04-oip-appeal-moot.txt", "vb08-mass-spr-affirmed.docx", "vb10-georgia-ag-full.eml",
           "vb11-michigan-ag-ack-ext.txt"}


def test_heldout69_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout69_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

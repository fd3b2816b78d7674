"""The ninetieth held-out set: 14 short letters (letters/heldout90) from state and local agencies in fourteen states,
each under its own law, in the style and length of the samples in shared/samples/agency-letters: a City of Fort
Worth (Texas) Public Information Act itemized statement of estimated charges, a Pennsylvania Office of Open Records
final determination granting an appeal in part (PDF), a Cherry Hill Township (New Jersey) OPRA denial (e-mail), a
Sacramento County Sheriff (California) CPRA fourteen-day extension (PDF), a City of Tampa (Florida) release in full
closed through its portal (e-mail), a University of Missouri System Sunshine Law acknowledgement with the earliest
date the records will be available, a Seattle Police Department (Washington) first installment (e-mail with the
letter attached as a PDF), a Chicago Public Schools (Illinois) release with redactions, a Michigan State Police
FOIA notice of extension (Word, its dates in a table), an Atlanta Police Department (Georgia) no-records answer,
a Massachusetts Supervisor of Records appeal acknowledgement, a City of Phoenix (Arizona) request for clarification
(e-mail), a City of Portland (Oregon) fee waiver granted and a Hennepin County Sheriff (Minnesota) denial under the
Data Practices Act (PDF). Committed before the rules were run on them.

Blind score: 7 of 14 fully right (50%), and each of the 14 matched to its request by its number. Wrong were:
- l04 (Sacramento County Sheriff, PDF): expected_by empty instead of 2026-11-12: "The time to notify you of our
  determination is therefore extended by fourteen (14) days, to November 12, 2026, at which time we will inform
  you ..." (the new date after the days of an extension).
- l05 (City of Tampa, portal e-mail): nothing proposed: "Record request #26-4471 has been closed. The closure reason
  supplied was: Records released in full. ... the City has uploaded the responsive purchase orders and invoices ...
  (14 pages) to the Documents section of your request. Nothing was redacted or withheld."
- l06 (University of Missouri System): expected_by empty instead of 2026-12-04: "the earliest date on which we
  expect them to be available is December 4, 2026".
- l09 (Michigan State Police, Word): expected_by empty instead of 2026-12-09: a table row "Extended response due
  date | December 9, 2026".
- l12 (City of Phoenix, e-mail): no clarification request: "Could you please provide the date, the approximate time
  and the location of the incident ...? Your request is on hold until we receive your reply."
- l13 (City of Portland): no fee waiver decision: "The City has considered your request that fees be waived ...
  The City has determined that your request meets this standard, and all fees for this request are waived."
- l14 (Hennepin County Sheriff, PDF): nothing proposed: "The data you requested are active criminal investigative
  data, which are classified as confidential under Minn. Stat. § 13.82, subd. 7 ... We are therefore unable to
  provide the data at this time."
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout90"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "l04-sacramento-sheriff-ext.pdf", "l05-tampa-full.eml", "l06-mizzou-ack.txt", "l09-michigan-state-police-ext.docx",
    "l12-phoenix-clarify.eml", "l13-portland-waiver.txt", "l14-hennepin-sheriff-denial.pdf",
}


def test_heldout90_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout90_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

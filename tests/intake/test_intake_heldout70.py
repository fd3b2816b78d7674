"""The seventieth held-out set: 14 ordinary letters (letters/heldout70) like the samples in
shared/samples/agency-letters, written after set 69 was scored and fixed, eight from the Department of Justice and
six from state attorneys general, court administrators and records-appeal bodies: an FBI fee letter for two release
CDs; a Civil Rights Division e-mailed acknowledgement (its number only in the subject); a Criminal Division letter
asking whether the requester remains interested, dated at the right of its number; a National Security Division third
interim release; an EOIR release in full of a record of proceedings (Word, dated "Tuesday, November 10, 2026"); an
Office of Professional Responsibility refusal to confirm or deny, dated by a stamp; an OIP appeal decision affirming
in part and remanding in part (a PDF behind a cover e-mail); an ATF acknowledgement granting expedited processing; a
Hawaii Office of Information Practices appeal acknowledgement (e-mail); an Ohio Attorney General partial release
(PDF); a Utah State Records Committee order denying an appeal, "Entered this 20th day of November, 2026" (Word); a
Maryland Judiciary no-records letter; a Virginia court administrator's acknowledgement taking seven more working days
(e-mail) and an Oregon Department of Justice partial fee waiver with its fee estimate. Written from the agencies'
published wording and committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), scored with the rules after set 69's fixes, and 13 of the 14 matched to
their request (vc03 not: its number was not read). Wrong were:
- vc03 (Criminal Division, still interested): the tracking number, none read: "CRM-301944812" stands alone at the
  left of the date line ("CRM-301944812 <wide gap> December 1, 2026"), with no label; so the letter was matched to
  no request.
- vc08 (ATF acknowledgement granting expedition): kinds: an extension proposed from "The running of this period may
  be extended where unusual circumstances exist; if they do, we will let you know in writing" (a possibility, not an
  extension taken).
- vc09 (Hawaii Office of Information Practices): appeal_number "27-15" instead of "U APPEAL 27-15" (the office's file
  numbers begin with the words "U APPEAL").
- vc11 (Utah State Records Committee): no event at all, and its case number "26-41" read first: "THEREFORE, IT IS
  ORDERED THAT the Petitioner's appeal is denied" (a capitalised order; a petitioner's appeal) not read as an appeal
  decision, so no outcome, appeal number or exemption (Utah Code § 63G-2-305(22)).
- vc14 (Oregon Department of Justice): kinds, outcome and amount: no fee waiver decision for "we have determined that
  a partial fee waiver is in the public interest. The Department will therefore reduce its fees by fifty percent", and
  the fee before the reduction ($506.00, "for a total of") taken instead of "After the fifty percent reduction, the
  estimated fee is $253.00".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout70"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET = {"vc03-crm-still-interested.txt", "vc08-atf-ack-expedite.txt", "vc09-hawaii-oip-appeal-ack.eml",
           "vc11-utah-src-denied.docx", "vc14-oregon-doj-waiver-fee.txt"}
# Letters not yet matched to their request; every other one must be.
UNMATCHED_YET = {"vc03-crm-still-interested.txt"}


def test_heldout70_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout70_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert {name: request for name, request in matched.items() if name not in UNMATCHED_YET} == {
        name: request for name, request in owner.items() if name not in UNMATCHED_YET}

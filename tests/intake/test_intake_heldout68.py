"""The sixty-eighth held-out set: 14 ordinary letters (letters/heldout68) like the samples in
shared/samples/agency-letters, eight from the Department of Justice and six from state attorneys general and court
administrators: an FBI acknowledgement with its received date taking ten working days for a field-office search, an
EOIR fee waiver denial with a fee estimate (a PDF behind a cover e-mail), a Bureau of Prisons second interim release
(PDF), a Marshals Service acknowledgement denying expedited treatment (e-mail), a DEA partial release with its page
counts in a table and its exemptions explained in prose (Word), an ATF release in full dated by a stamp, an OIP appeal
remanded for a further search, an Office of Legal Counsel denial under Exemption Five (PDF); a Kentucky Attorney
General open records decision upholding a withholding (PDF), a Pennsylvania court administrator's RTKL extension of
thirty days (e-mail), an Illinois Public Access Counselor's acknowledgement of a Request for Review, a Florida State
Courts Administrator's request to clarify (Word), a Washington Attorney General five-day letter with its estimated
answer day (e-mail) and a Tennessee court administrator's no-records answer dated "Date: 12/03/2026". Written from
the agencies' published wording and committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. Wrong were:
- va01 (FBI acknowledgement): kinds, received and outcome: proposed an extension and a final determination with no
  records (from "If we are unable to locate records responsive to your request, we will send you a letter advising
  you of this": a condition and a promise read as the answer) and so no acknowledgement, although "The FBI received
  your request on October 30, 2026" (a determination's recital of the receipt is no acknowledgement).
- va08 (Office of Legal Counsel): outcome partial grant instead of denied, 41 pages released instead of 41 withheld:
  "located two responsive documents, totaling 41 pages ... We are withholding both documents in full" (the total
  located taken for a release; documents withheld "in full" not counted as the pages).
- va12 (Florida State Courts Administrator): kinds: an acknowledgement proposed beside the clarification from "is in
  receipt of your request", a letter that gives no day of receipt and only asks what is wanted.
- va13 (Washington Attorney General): kinds, received and expected_by: proposed a final determination with no
  outcome (from "In accordance with RCW 42.56.520, we are providing you with a reasonable estimate of the time we
  will require to respond") instead of an acknowledgement: "acknowledges receipt of your public records request,
  which we received on November 20, 2026" and "We estimate that we will respond to your request on or before
  December 23, 2026".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout68"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET = {"va01-fbi-ack-ext.txt", "va08-olc-denial.pdf", "va12-florida-osca-clarify.docx", "va13-wa-ago-ack.eml"}


def test_heldout68_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout68_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

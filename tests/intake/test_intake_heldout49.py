"""The forty-ninth held-out set: 14 ordinary letters (letters/heldout49) of the kind and length of the samples in
shared/samples/agency-letters, written after set 48 was scored and fixed, eight state and local and six federal, from
agencies no earlier set's description names: a Bureau of Indian Affairs acknowledgement with its received date, a
Mine Safety and Health Administration extension of ten working days (a PDF behind a cover e-mail), a CFPB expedited
processing denial, an Indian Health Service "still interested" e-mail, a PHMSA release in full (PDF), a Defense
Counterintelligence and Security Agency appeal remanded for a new search (Word); a DeKalb County (Georgia) School
District acknowledgement with the date the records will be ready (e-mail), an Illinois Department of Public Health
acknowledgement taking five more business days (PDF), an Anne Arundel County (Maryland) Police fee estimate dated at
its foot, a Washington Department of Health second installment with three RCW sections, a Wake County (North
Carolina) Public School System partial release (PDF), a South Carolina Law Enforcement Division denial dated
"November 18th, 2026", a Pinellas County (Florida) Clerk's no-records e-mail and a New York State Department of
Labor FOIL appeal acknowledgement dated "4/15/2026"; written and committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), every letter matched to its request by its number (each request filed
beside another at the same agency with another number). This is the honest held-out figure for ordinary letters in
wordings not yet seen. Wrong were: the Bureau of Indian Affairs' "if we need more time because of unusual
circumstances, we will notify you in writing" taken for an extension (kinds); the Defense Counterintelligence and
Security Agency's "I am therefore remanding your request to the DCSA FOIA Office for a new search", an appeal decision
that recites the no-records determination appealed, read as a final determination of no records (kind, appeal number
and outcome wrong); the Illinois Department of Public Health's 'received your Freedom of Information Act ("FOIA")
request on August 3, 2026' not read as an acknowledgement (kind and received date missing; the extension right); the
South Carolina Law Enforcement Division's "Your request is therefore denied pursuant to S.C. Code Ann. §
30-4-40(a)(3)(A)" given no event at all (kind, outcome, exemption).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout49"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"n01-bia-ack.txt", "n06-dcsa-appeal-remand.docx", "n08-idph-ack-ext.pdf",
                        "n12-sled-denial.txt"}


def test_heldout49_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout49_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner


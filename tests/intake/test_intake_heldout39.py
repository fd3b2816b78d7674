"""The thirty-ninth held-out set: 14 ordinary letters (letters/heldout39) like the samples in
shared/samples/agency-letters, written after set 38 was scored, from agencies set 38 did not have: eight federal
(a Labor acknowledgement forwarding the request to a component, a DHS Privacy Office acknowledgement denying
expedited processing in a PDF attached to an e-mail, an Army garrison's release in full dated "3 March 2026" (PDF),
an EOIR partial release, a VA "still interested" e-mail, an OIP appeal decision remanding for a new search (PDF), a
Bureau of Prisons denial in full, an APHIS appeal acknowledgement (e-mail)) and six state and local (a Boston Police
fee estimate under G. L. c. 66 (PDF), a Seattle Police first installment (e-mail), an Orange County, Florida,
Sheriff's no-records letter, a Los Angeles County Sheriff CPRA denial (PDF), a Columbus City Schools release in full
(e-mail, dated only in its header) and a Pennsylvania Department of Corrections 30-day RTKL extension). Written from
the agencies' published wording and committed before the rules were run on them.

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number (the test below
files each letter's request beside another at the same agency with another number). Wrong were:
- b03: the Army's date "3 March 2026", set at the right end of the office line ("Office of the Staff Judge
  Advocate ... 3 March 2026"), not read: no date for the event;
- b07: the Bureau of Prisons' "has determined that they must be withheld in full pursuant to 5 U.S.C. § 552(b)(7)(A),
  (b)(7)(E) and (b)(7)(F)" read with its exemptions but without an outcome (denied);
- b14: Pennsylvania's "the Department requires up to thirty (30) additional calendar days to respond" (RTKL § 902(b))
  not read as an extension: no event at all.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from intake_scoring import LETTERS, names, wrong_in
from letter_files import materialise

from foiatrack.services import intake
from foiatrack.services.agencies import AgencyChanges, add_agency
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.database import Database

SET = "heldout39"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET = {"b03-army-full.pdf", "b07-bop-denial.txt", "b14-padoc-rtk-ext.txt"}


def test_heldout39_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout39_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    expected = json.loads((LETTERS / SET / "expected.json").read_text(encoding="utf-8"))
    owner = {}
    for n, (name, want) in enumerate(sorted(expected.items())):
        agency = f"Agency {n:02d}"
        add_agency(db, AgencyChanges(name=agency, jurisdiction="US"))
        file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject="Earlier records"),
                                    sent_on=dt.date(2025, 6, 2), tracking_number=f"OLD-{n:02d}-0001"))
        owner[name] = file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject=name),
                                                  sent_on=dt.date(2026, 1, 5),
                                                  tracking_number=str(want["tracking_number"])))[0]
    matched = {name: intake.read_item(db, materialise(LETTERS / SET, name, tmp_path)).request_id for name in owner}
    assert matched == owner

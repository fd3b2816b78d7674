"""The ninety-first held-out set: 14 short letters (letters/heldout91) from state and local agencies in fourteen states
other than set 90's, each under its own law, in the style and length of the samples in shared/samples/agency-letters,
written after set 90 was scored and fixed: a New York State Department of Environmental Conservation FOIL
acknowledgement with the date a determination is due (e-mail), an Ohio Department of Health partial release with pages
produced and withheld (PDF), a Fairfax County Police (Virginia) seven-working-day extension, a Wake County Public
School System (North Carolina) release in full (e-mail), a Colorado Springs Police CCJRA denial (PDF), a Louisville
Metro Police (Kentucky) no-records answer, a Johnson County (Kansas) KORA charge (e-mail with the letter attached as a
PDF), a Connecticut Freedom of Information Commission complaint acknowledgement, a City of Manchester (New Hampshire)
Right-to-Know release with redactions (Word), a Salt Lake County (Utah) GRAMA fee waiver declined, a Las Vegas
Metropolitan Police (Nevada) request closed unanswered (e-mail), a Hawaii Office of Information Practices appeal
decision ordering disclosure, a Milwaukee Police (Wisconsin) first partial release (PDF) and a City of Des Moines
(Iowa) request for clarification. Committed before the rules were run on them.

Blind score: 7 of 14 fully right (50%), and 13 of the 14 matched to their request by their number. Wrong were:
- x01 (New York State DEC, e-mail): expected_by empty instead of 2026-12-04: "a determination to grant or deny your
  request in whole or in part will be made within twenty business days of the date of this acknowledgment, on or
  about December 4, 2026".
- x04 (Wake County Public School System, e-mail): nothing proposed: "Wake County Public School System has fulfilled
  your public records request PRR-2026-0719 ... Attached are the bus route contracts ..., 23 pages, produced in their
  entirety."
- x08 (Connecticut Freedom of Information Commission): the request's number not read (so not matched by it): "Re:
  Your request to the Town of Greenwich, FOI-26-077" (a number after the agency's name and a comma).
- x10 (Salt Lake County, Utah): no fee waiver decision: "the County finds that the records would primarily benefit
  your organization's litigation, and we decline to waive the fees".
- x11 (Las Vegas Metropolitan Police, e-mail): outcome empty instead of withdrawn: "As of today we have not received
  that information, so your request has been closed and no further action will be taken."
- x12 (Hawaii Office of Information Practices): no appeal decision: "This letter is OIP's decision on your appeal ...
  OIP finds that DLNR has not shown how disclosure would frustrate any such function, and concludes that the reports
  must be disclosed. DLNR must provide the requested reports to you within ten business days."
- x14 (City of Des Moines, Iowa): no clarification request: "To allow us to conduct a reasonable search, please tell
  us which departments or employees you are interested in and the time period you want us to search."
After a general fix (a request's number after the office it went to, "Your request to the Town of Greenwich,
FOI-26-077"), 8 of 14, and every letter matched to its request by its number.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.intake.numbers import find_references
from foiatrack.store.database import Database

SET = "heldout91"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "x01-nys-dec-ack.eml", "x04-wcpss-full.eml", "x10-salt-lake-county-waiver.txt",
    "x11-lvmpd-withdrawn.eml", "x12-hawaii-oip-appeal.txt", "x14-des-moines-clarify.txt",
}


def test_heldout91_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout91_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner


@pytest.mark.parametrize(("text", "number"), [
    ("Docket #FIC 2026-0612\nRe: Your request to the Town of Greenwich, FOI-26-077\n", "FOI-26-077"),
    ("appealing the response to your records request to the Boston Police Department (R004417-102026)",
     "R004417-102026"),
    ("Re: Your request to the City of Des Moines Legal Department, No. 26-PR-0988", "26-PR-0988"),
])
def test_a_request_number_after_the_office_it_went_to_is_the_request_s(text: str, number: str) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(text) if ref.number == number] == [(number, False)]


@pytest.mark.parametrize("text", [
    # The near misses: the office named, then no number but a date or a clause
    "We sent your request to the Department of Health, which will respond directly.",
    "Your request to the Town of Greenwich, dated June 4, 2026, was forwarded to the Police Department.",
])
def test_an_office_named_after_a_request_without_a_number_gives_none(text: str) -> None:
    assert find_references(text) == []

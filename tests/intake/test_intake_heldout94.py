"""The ninety-fourth held-out set: 14 short to ordinary letters (letters/heldout94) in the style of the samples in
shared/samples/agency-letters, written to the kinds that are hardest: appeal acknowledgements and decisions (affirmed,
reversed, remanded, partly), fee waiver and expedited-processing decisions, clarification and still-interested
letters, and letters holding several events. Eight federal: a Nuclear Regulatory Commission acknowledgement that
approves a fee waiver, a DHS Office of Inspector General acknowledgement declining expedition (e-mail), a Department
of Energy Office of Hearings and Appeals decision that grants an appeal "as specified" and remands for a new search
(Word, dated "Date of Issuance"), a Veterans Affairs appeal acknowledgement (e-mail with the letter attached as a
PDF), an EPA Region 5 acknowledgement with a fee waiver denied and a fee estimate (PDF), an Interior appeal granted in
part and denied in part, a NASA extension with a first interim release (PDF) and an FAA acknowledgement asking for
clarification (e-mail); six state and local: a Pennsylvania Office of Open Records appeal granted, a Kentucky
Attorney General open records decision (no violation), a Denver still-interested reminder naming an earlier cost
estimate (e-mail), a Virginia DMV acknowledgement with a seven-working-day extension, a Missouri Corrections fee
waiver approved in part with the remaining cost, and a Multnomah County District Attorney's order on a petition
granted in part (PDF). Committed before the rules were run on them.

Blind score: 9 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- r04 (Veterans Affairs appeal acknowledgement, PDF attached to an e-mail): an acknowledgement of the request, with
  neither the appeal number nor the date received: "OGC Case #: 27-00214" above "FOIA Request #: 26-07712-F", and
  "This letter acknowledges that the Office of General Counsel (OGC) received your Freedom of Information Act (FOIA)
  appeal on December 8, 2026" (the appeal's number labelled a case number, and the appeal's receipt not read).
- s10 (Kentucky Attorney General decision): the police case number taken as a second tracking number: "asked the
  Department for the investigative file in its case number 26-044187. In a timely response to request no.
  ORR-26-08821, ..." (the number of the file sought is not the request's).
- s11 (Denver still-interested reminder, e-mail): a fee estimate of $85.00 instead of a still-interested letter:
  "On September 4, 2026, the Denver Police Department sent you a cost estimate of $85.00 ... We have not heard back
  from you. Please ... let us know whether you want us to continue working on this request" (an earlier estimate
  recalled, and the still-interested wording not read).
- s13 (Missouri Corrections fee waiver): waiver granted in full instead of in part: "your fee waiver request is
  approved as to the research and staff time ..., but not as to the cost of duplicating the incident video footage".
- s14 (Multnomah County District Attorney, PDF): a final determination without the petition number instead of an
  appeal decision: "Your petition is therefore granted in part and denied in part" under "Re: Public Records
  Petition No. 26-PRP-047" (a petition for review of a denial is the state's appeal).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout94"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "r04-va-appeal-ack.eml", "s10-kentucky-ag-decision.txt", "s11-denver-still.eml",
    "s13-missouri-doc-waiver-fee.txt", "s14-multnomah-da-petition.pdf",
}


def test_heldout94_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout94_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

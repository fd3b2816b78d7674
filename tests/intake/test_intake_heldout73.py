"""The seventy-third held-out set: 14 ordinary letters (letters/heldout73), written after set 72 was scored and fixed,
seven federal and seven state and local, in the formats a requester receives them in: an NTSB acknowledgement (a PDF
behind a portal's "Correspondence has been released"), a FERC fee waiver "not granted" (HTML-only e-mail), a CFTC
release in full forwarded by a colleague, a U.S. Mint ten-business-day extension (Word, header letterhead, the date
as 11/20/2026 in a table), an FHFA partial release under Exemption 8 on two text pages, an OPM no-records letter
(scanned), a USAID appeal decision upholding an Exemption 4 withholding (HTML-only e-mail); a Tucson Police request
to clarify (a PDF behind a portal notice), a Kansas City Police Sunshine Law acknowledgement with a fee estimate
(Word), a Rochester FOIL appeal acknowledgement (scanned), a Eugene Police fee estimate (HTML-only e-mail), a Baton
Rouge Police denial under La. R.S. 44:3(A)(1) forwarded by a colleague, a Hartford Police first installment under
Conn. Gen. Stat. § 1-210 (two text pages) and a Spokane Police five-day letter with its received day and estimate
(scanned). Written from the agencies' published rules and wording and committed before the rules were run on them.

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number. Wrong were:
- y04 (U.S. Mint, Word): the date, empty: "| FOIA Case: 2027-01-0044 | Date: 11/20/2026 |", a table's cell labelled
  "Date:" beside the case number.
- y07 (USAID, HTML-only e-mail): a final determination without outcome instead of an appeal decision denying the
  appeal: "I uphold the Bureau's decision and deny your appeal" (the first person, present tense, not read), so
  "This is the final action of USAID on your appeal" was taken for a final answer (kinds, appeal_number, outcome).
- y14 (Spokane Police, scanned): an extension proposed beside the acknowledgement: Washington's five-day letter
  "Under RCW 42.56.520, we are writing within five business days of receiving your request to let you know that we
  need additional time to locate, assemble and review the records. We estimate ... on or before January 6, 2027"
  (the first response and its estimate, as set 56 read the Port of Seattle's, not an extension).
After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, letter_date, matched_requests, names, wrong_in
from scans import OCR_MISSING, ocr_installed

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout73"
SCANNED = {"y06-opm-no-records.pdf", "y10-rochester-appeal-ack.pdf", "y14-spokane-ack.pdf"}
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()
NEEDS_OCR = pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)


@NEEDS_OCR
def test_heldout73_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [pytest.param(name, marks=NEEDS_OCR) if name in SCANNED else name
                                  for name in names(SET) if name not in NOT_YET])
def test_heldout73_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


@NEEDS_OCR
def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(SET, tmp_path)
    assert matched == owner



@pytest.mark.parametrize(("row", "day"), [
    ("FOIA Case: 2027-01-0044 | Date: 11/20/2026", "2026-11-20"),
    ("File Code: 6270 | Date: November 9, 2026", "2026-11-09"),
])
def test_a_cell_labelled_date_beside_a_number(row: str, day: str) -> None:
    text = f"Agency FOIA Office\n\n{row}\n\nDear Requester:\n\nYour request was granted in full.\n\nSincerely,\nFOIA"
    assert letter_date(text) == day


def test_a_cell_labelled_with_another_date_is_not_the_letters() -> None:
    """The near miss: the cell names the date of something else."""
    text = ("Agency FOIA Office\n\nFOIA Case: 2027-01-0044 | Date received: 11/12/2026\n\nDear Requester:\n\n"
            "Your request was granted in full.\n\nSincerely,\nFOIA")
    assert letter_date(text) is None


APPEALED = "This is the response to your administrative appeal of the Bureau's decision on your request."


@pytest.mark.parametrize(("decision", "outcome"), [
    ("For these reasons, I uphold the Bureau's decision and deny your appeal.", Outcome.DENIED),
    ("We affirm the Bureau's decision.", Outcome.DENIED),
    ("Accordingly, I hereby deny your appeal.", Outcome.DENIED),
])
def test_an_appeal_decided_in_the_first_person(decision: str, outcome: Outcome) -> None:
    found = events_in(f"{APPEALED} {decision} This is the final action of the agency on your appeal.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, outcome)]


def test_a_promise_to_decide_the_appeal_is_no_decision() -> None:
    """The near miss: an acknowledgement saying who will decide is not the decision."""
    found = events_in("We received your appeal on November 23, 2026. The Appeals Officer will decide whether to "
                      "uphold the decision and will respond within ten business days.")
    assert [e.kind for e in found] == [EventKind.APPEAL_ACKNOWLEDGED]


FIVE_DAY = ("The Police Department received your public records request on November 25, 2026. Under RCW 42.56.520, "
            "we are writing within five business days of receiving your request to let you know that we need "
            "additional time to locate, assemble and review the records. We estimate that we will provide a further "
            "response on or before January 6, 2027.")


def test_a_five_day_letter_estimates_and_extends_nothing() -> None:
    found = events_in(FIVE_DAY, date_line="December 2, 2026")
    assert [(e.kind, e.received and e.received.isoformat(), e.expected_by and e.expected_by.isoformat())
            for e in found] == [(EventKind.ACKNOWLEDGED, "2026-11-25", "2027-01-06")]


def test_an_extension_with_its_days_in_a_five_day_letter_is_still_one() -> None:
    """The near miss: more time counted in days is an extension, whatever letter it is in."""
    found = events_in("Under RCW 42.56.520, we received your request on November 25, 2026. We are extending the "
                      "time to respond by ten business days.", date_line="December 2, 2026")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.ACKNOWLEDGED, None), (EventKind.EXTENSION, 10)]

"""The fourteenth held-out set: 14 letters (letters/heldout14: EOUSA, Army at Fort Bragg, USCIS, State, ICE,
California Highway Patrol, the MTA, Austin, Pennsylvania State Police, Cook County, Boston Public Schools, New
Jersey DEP, WSDOT, Atlanta Police), written after the thirteenth round's fixes and before the rules were run.

Blind score: 10 of 14 fully right (71%), 14 of 14 with the right request number. This is the latest honest
held-out figure. Wrong were: "This is our second interim response ... We have completed the review of 22
additional documents" taken for a final determination; "will grant or deny access ..., in whole or in part,
within twenty business days, or by February 13, 2026" (commas between the verb and the date); "You will receive a
response on or before February 26" skipped as if it were a receipt date; "No portion of the record has been
redacted or withheld" read as a partial grant. After general fixes (tests below): 14 of 14, every earlier set
unchanged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome


@pytest.mark.parametrize("name", names("heldout14"))
def test_heldout14_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout14", name, tmp_path) == []


def test_a_reviewed_batch_of_an_interim_response_is_no_final_one() -> None:
    found = events_in("This is our second interim response. We have completed the review of 22 additional "
                      "documents. All released material is enclosed.")
    assert [e.kind for e in found] == [EventKind.INTERIM_RELEASE]
    found = events_in("We have completed the review of your request. All released material is enclosed.")
    assert [e.kind for e in found] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize("sentence", [
    "We will grant or deny access to the records, in whole or in part, within twenty business days, or by "
    "April 13, 2026.",
    "You will receive a response on or before April 13, 2026."])
def test_expected_dates(sentence: str) -> None:
    found = events_in(f"We received your request on March 1, 2026. {sentence}")
    assert (found[0].received, found[0].expected_by) == (dt.date(2026, 3, 1), dt.date(2026, 4, 13))


def test_no_portion_redacted_is_a_full_grant() -> None:
    found = events_in("Please find enclosed the contract, consisting of 48 pages. No portion of the record has been "
                      "redacted or withheld.")
    assert (found[0].outcome, found[0].pages_released) == (Outcome.FULL_GRANT, 48)

"""The twenty-sixth held-out set: 15 federal letters (letters/heldout26: the NSA, the Consumer Product Safety
Commission, the NTSB, Justice's Inspector General, the Marine Corps, CMS, HHS's appeals office, OIP, the FHFA,
the Forest Service, Social Security, the NLRB, the Coast Guard, the DEA, USAID), written after the twenty-fifth
set's fixes and committed before the rules were run on them.

Blind score: 11 of 15 fully right (73%), 15 of 15 with the right request number. This is the latest honest
held-out figure for federal letters. Wrong were: "The NTSB located 2 records (27 pages) ... They are enclosed and
are released to you in full" (two records read as two pages, and no outcome); the Marine Corps' "26 Jan 26" (a
day, an abbreviated month and a two-digit year, the date of the letter and of the receipt); Social Security's "We
cannot give you the information you requested"; a DEA letter dated at its foot ("Date: May 4th, 2026"). After
general fixes (tests below): 15 of 15, every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import Letter, understand
from foiatrack.intake.text import dates_in


@pytest.mark.parametrize("name", names("heldout26"))
def test_heldout26_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout26", name, tmp_path) == []


def test_records_with_their_pages_in_brackets() -> None:
    found = events_in("This is the final response to your request. The agency located 2 records (27 pages) "
                      "responsive to your request. They are enclosed and are released to you in full; nothing has "
                      "been withheld.")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, 27)]


def test_a_navy_date() -> None:
    assert [d for d, _ in dates_in("26 Jan 26")] == [dt.date(2026, 1, 26)]
    assert [d for d, _ in dates_in("Your request was received on 12 Jan 26.")] == [dt.date(2026, 1, 12)]
    assert dates_in("On 4 March 26 pages were released") == []
    found = events_in("Your request was received on 12 Jan 26. Because of unusual circumstances, we are extending "
                      "the time to respond by ten working days.", date_line="26 Jan 26")
    assert [(e.kind, e.date, e.received, e.extension_days) for e in found] == [
        (EventKind.ACKNOWLEDGED, dt.date(2026, 1, 26), dt.date(2026, 1, 12), None),
        (EventKind.EXTENSION, dt.date(2026, 1, 26), None, 10)]


def test_we_cannot_give_you_the_information() -> None:
    found = events_in("We cannot give you the information you requested. The records are about another person, so "
                      "we are withholding it under Exemption 6 of the FOIA.")
    assert [(e.kind, e.outcome, e.exemptions) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, ("(b)(6)",))]


def test_cannot_release_until_paid_is_no_denial() -> None:
    found = events_in("The estimated fee is $40.00. We cannot release the records until we receive your payment.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FEE_ESTIMATE, None)]


def test_a_date_at_the_foot_of_the_letter() -> None:
    letter = Letter(text="Drug Enforcement Administration\n\nDear Mr. Sandoval:\n\nYour request for a fee waiver "
                         "is denied.\n\nSincerely,\nChief\n\nDate: May 4th, 2026")
    assert understand(letter).letter_date == dt.date(2026, 5, 4)

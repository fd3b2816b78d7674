"""The twenty-fourth held-out set: 14 letters (letters/heldout24: CBP, State, Labor's appeals, the Bureau of Prisons,
OSD/Joint Staff; Los Angeles County, Albany, Fort Worth, Illinois's Public Access Bureau, Lowell, Camden County,
Everett, Jacksonville, Macon-Bibb County), written after the twenty-third round's fixes and committed before the
rules were run on them.

Blind score: 9 of 14 fully right (64%), 13 of 14 with the right request or appeal number. This is the latest
honest held-out figure. Wrong were: "whether your request will be granted or denied, which is no later than
October 29, 2026"; "no such information exists"; "The Public Access Bureau received your Request for Review on
August 6, 2026" (an appeal acknowledgement in Illinois's words, taken for a request's); an installment that "is
available for download. It contains 212 pages."; "court records, which are not subject to the FOIA" (no
determination). After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome


@pytest.mark.parametrize("name", names("heldout24"))
def test_heldout24_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout24", name, tmp_path) == []


def test_granted_or_denied_no_later_than_a_date() -> None:
    found = events_in("Your request was received on October 1, 2026. We will notify you within twenty business days "
                      "whether your request will be granted or denied, which is no later than October 29, 2026.",
                      date_line="October 5, 2026")
    assert found[0].expected_by == dt.date(2026, 10, 29)


def test_no_such_information_exists() -> None:
    found = events_in("The City has searched for information responsive to your request and has found that no such "
                      "information exists.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


def test_a_request_for_review_received() -> None:
    found = events_in("RE: FOIA Request for Review - 2026 PAC 82990\n\nThe Public Access Bureau received your Request "
                      "for Review on August 6, 2026.", date_line="August 11, 2026")
    assert [(e.kind, e.received, e.appeal_number) for e in found] == [
        (EventKind.APPEAL_ACKNOWLEDGED, dt.date(2026, 8, 6), "2026 PAC 82990")]


def test_an_installment_that_contains_pages() -> None:
    found = events_in("The first installment of records is available for download. It contains 212 pages. We "
                      "anticipate the next installment on or about May 7, 2026.")
    assert [(e.kind, e.pages_released) for e in found] == [(EventKind.INTERIM_RELEASE, 212)]


def test_records_not_subject_to_the_foia() -> None:
    found = events_in("The records you seek are court records, which are not subject to the FOIA. We suggest you "
                      "contact the Clerk of the Court.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.OTHER)]

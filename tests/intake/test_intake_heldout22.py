"""The twenty-second held-out set: 14 letters (letters/heldout22: TSA, DOJ's Office of Professional Responsibility,
Army CID, Education, Interior's appeals, FBI; the Sacramento Sheriff, Buffalo, San Antonio after an Attorney General
ruling, the Pennsylvania State Police, Evanston, Worcester, Jersey City, Spokane County), written after the
twenty-first round's fixes and committed before the rules were run on them.

Blind score: 11 of 14 fully right (79%), 14 of 14 with the right request or appeal number. This is the latest
honest held-out figure. Wrong were: "we will require more than ten additional working days" (logged as 10 days);
Pennsylvania's notice "On May 6, 2026, the Pennsylvania State Police received your ... request. Under Section
902(b) of the RTKL, 65 P.S. § 67.902(b), ... a response will be provided within thirty (30) days, by June 12,
2026" (the receipt's subject not in the list of office words, the extension said only by its section, and a
count in parentheses before the date); a closing for an unclaimed installment ("On July 30, 2026, the County
provided you the first installment ... the County has ceased processing your request, and it is now closed")
taken for an interim release. After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome


@pytest.mark.parametrize("name", names("heldout22"))
def test_heldout22_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout22", name, tmp_path) == []


def test_more_than_some_days_is_an_extension_without_its_days() -> None:
    found = events_in("Your request falls within unusual circumstances, and we will require more than ten additional "
                      "working days to process it.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, None)]


def test_an_extension_given_by_its_section_and_a_count_in_days() -> None:
    found = events_in("On May 6, 2026, the Pennsylvania State Police received your Right-to-Know Law request. Under "
                      "Section 902(b) of the RTKL, 65 P.S. § 67.902(b), you are hereby notified that a response will "
                      "be provided within thirty (30) days, by June 12, 2026.", date_line="May 13, 2026")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.ACKNOWLEDGED, None), (EventKind.EXTENSION, 30)]
    assert (found[0].received, found[0].expected_by) == (dt.date(2026, 5, 6), dt.date(2026, 6, 12))


def test_the_normal_time_is_no_extension() -> None:
    found = events_in("The Authority received your OPRA request on July 1, 2026. Under N.J.S.A. 47:1A-5(i), the "
                      "Authority must respond within seven business days, by July 13, 2026.", date_line="July 2, 2026")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


def test_an_unclaimed_installment_closes_the_request() -> None:
    found = events_in("On July 30, 2026, the County provided you the first installment of records. You did not claim "
                      "it within thirty days. The County has ceased processing your request, and it is now closed.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN)]

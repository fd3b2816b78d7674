"""The thirteenth held-out set: 14 letters (letters/heldout13: DHS CRCL, FBI, DOJ Criminal Division, DOJ OIP, VA OIG,
Bureau of Reclamation, San Francisco Police, New York State Police, TxDOT, Pennsylvania's Office of Open Records,
Chicago Police, Massachusetts State Police, NJ Transit, Florida Highway Safety), written after the twelfth round's
fixes and before the rules were run on them.

Blind score: 11 of 14 fully right (79%), 14 of 14 with the right request number. Wrong were: "the responsive
record, a 37-page report. We are releasing it to you in full" (a count written "37-page", the record released
as "it"); "Attached are the records responsive to your request ..., 27 pages in total" (no pages released); "the
fee for the remaining eight hours at $25.00 per hour will be $200.00" (a total beside a unit price, not called a
total). After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import ProposedEvent


@pytest.mark.parametrize("name", names("heldout13"))
def test_heldout13_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout13", name, tmp_path) == []


def one(body: str) -> list[ProposedEvent]:
    return events_in(body, date_line="April 6, 2026")


def test_one_record_counted_as_an_n_page_report_and_released_as_it() -> None:
    found = one("This is our final response. We have located the responsive record, a 37-page report. We are "
                "releasing it to you in full.")
    assert (found[0].outcome, found[0].pages_released) == (Outcome.FULL_GRANT, 37)


def test_attached_records_counted_in_total() -> None:
    found = one("Attached are the records responsive to your request, 27 pages in total. License plate numbers have "
                "been redacted under section 552.130 of the Texas Government Code. This request is now closed.")
    assert (found[0].outcome, found[0].pages_released) == (Outcome.PARTIAL_GRANT, 27)


def test_a_sum_that_will_be_due_beside_its_hourly_rate() -> None:
    found = one("The first four hours are free of charge, and the fee for the remaining eight hours at $25.00 per hour "
                "will be $200.00.")
    assert [(e.kind, e.amount) for e in found] == [(EventKind.FEE_ESTIMATE, Decimal("200.00"))]
    # A rate alone is still no estimate.
    assert one("Search time is charged at $25.00 per hour after the first two hours.") == []

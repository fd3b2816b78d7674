"""The eighteenth held-out set: 14 letters (letters/heldout18: Secret Service, FEMA, Coast Guard, FAA, ATF, Marshals
Service, Education's appeals; Oakland through NextRequest, the New York City Law Department's appeals officer,
Austin ISD, the Philadelphia District Attorney, Chicago Public Schools, the King County Sheriff, Orlando Police),
written after the seventeenth round's fixes and committed before the rules were run on them.

Blind score: 12 of 14 fully right (86%), 14 of 14 with the right request number, and each matched to the request
filed with its number. This is the latest honest held-out figure. Wrong were: "The District does not possess any
information responsive to your request" (no records said of "information", not "records"), and "Your request for
public records has been completed. The ... policy and the ... report are attached in full, 46 pages in total" (a
request "completed", a release whose subject is no records noun, and a count "in total" after the release). After
general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome


@pytest.mark.parametrize("name", names("heldout18"))
def test_heldout18_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout18", name, tmp_path) == []


def test_no_responsive_information() -> None:
    found = events_in("The District does not possess any information responsive to your request.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


def test_a_fee_waiver_letter_finding_no_public_interest_is_no_no_records_letter() -> None:
    found = events_in("We did not find any information in your request showing a public interest. Your fee waiver "
                      "request is therefore denied.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FEE_WAIVER_DECISION, Outcome.DENIED)]


def test_a_completed_request_whose_records_are_attached_in_full() -> None:
    found = events_in("Your request for public records has been completed. The policy and the annual report are "
                      "attached in full, 46 pages in total.")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, 46)]


def test_a_count_in_total_of_what_was_reviewed_is_no_release() -> None:
    found = events_in("We reviewed the files, 300 pages in total, and are releasing 120 pages in full. The rest are "
                      "withheld under Exemption 5. This completes your request.")
    assert (found[0].pages_released, found[0].outcome) == (120, Outcome.PARTIAL_GRANT)

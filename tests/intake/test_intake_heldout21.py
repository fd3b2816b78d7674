"""The twenty-first held-out set: 14 letters (letters/heldout21: DOE, CBP, State, NARA, USPS, New York DEC's appeals
officer, San Diego Police, Dallas ISD, Philadelphia Police, the Illinois Secretary of State, the MBTA, New Jersey's
Government Records Council, the Washington State Patrol, the Florida Highway Patrol), written after the twentieth
round's fixes and committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), 13 of 14 with the right request or appeal number. This is the latest
honest held-out figure. Wrong were: a referral letter's "DOE located no other responsive records" read as no
records; Texas's certification "The District cannot produce the requested information within ten business days
... will make the information available to you on or before September 2" (an extension, not seen); "The record
is withheld in its entirety" (a single record: no outcome); a Government Records Council decision (a caption with
"Complainant", "Complaint No. 2025-311", "the complaint is dismissed", and a date line "June 24, 2026 Government
Records Council Meeting"); "No records were withheld or redacted" read as a partial grant. After general fixes
(tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome


@pytest.mark.parametrize("name", names("heldout21"))
def test_heldout21_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout21", name, tmp_path) == []


def test_no_other_records_after_a_referral() -> None:
    found = events_in("The Office located 14 pages that originated with another agency. Those pages have been "
                      "referred to the Nuclear Regulatory Commission for a direct response to you. DOE located no "
                      "other responsive records.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.OTHER)]


def test_cannot_produce_within_the_days_the_law_gives() -> None:
    found = events_in("The District cannot produce the requested information within ten business days after the "
                      "date the request was received. It will make the information available on or before "
                      "September 2, 2026.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, None)]
    assert events_in("If we cannot produce the records within ten business days, we will write to you.") == []


def test_a_single_record_withheld_in_its_entirety() -> None:
    found = events_in("The record is withheld in its entirety under G. L. c. 4, § 7(26)(n).")
    assert [(e.outcome, e.exemptions) for e in found] == [(Outcome.DENIED, ("G. L. c. 4, § 7(26)(n)",))]


def test_a_records_council_dismissing_a_complaint() -> None:
    text = ("Complaint No. 2025-311\n\nThe Council voted to adopt the Findings and Recommendations, which conclude "
            "that the Custodian lawfully denied access under N.J.S.A. 47:1A-1.1. Therefore, the complaint is "
            "dismissed.")
    found = events_in(text, date_line="June 24, 2026 Government Records Council Meeting")
    assert [(e.kind, e.outcome, e.appeal_number, str(e.date)) for e in found] == [
        (EventKind.APPEAL_DECISION, Outcome.DENIED, "2025-311", "2026-06-24")]


def test_no_records_withheld_or_redacted() -> None:
    found = events_in("The responsive records, 9 pages, are attached. No records were withheld or redacted.")
    assert (found[0].outcome, found[0].pages_released) == (Outcome.FULL_GRANT, 9)
    found = events_in("Enclosed are 30 pages released in part. No pages were withheld in full.")
    assert found[0].outcome is Outcome.PARTIAL_GRANT

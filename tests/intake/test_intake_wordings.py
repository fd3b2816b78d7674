"""Wordings agencies use for each kind and field that no held-out letter had yet, each read by a general rule:
a receipt date given as such or as a form's label, a receipt in an aside, records that do not exist or a
negative search, records exempt from disclosure, a request granted outright, and a portal's table of page counts."""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in

from foiatrack.core.vocabulary import EventKind, Outcome

RECEIVED = dt.date(2026, 2, 24)


@pytest.mark.parametrize("body", [
    "Your request has been received and assigned request number 2026-001234. The date of receipt is February 24, "
    "2026.",
    "Date Received: 02/24/2026\nRequest Number: 2026-001234\nThank you for your request.",
    "Your request, received February 24, 2026, has been assigned tracking number 2026-001234.",
    "We have received your FOIA request dated February 20, 2026 on February 24, 2026."])
def test_receipt_dates(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, RECEIVED)]


def test_a_receipt_recited_in_a_determination_is_no_acknowledgement() -> None:
    found = events_in("Your request, received February 24, 2026, has been processed. We did not locate any records "
                      "responsive to your request.")
    assert [(e.kind, e.outcome, e.received) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS, None)]


@pytest.mark.parametrize(("body", "outcome"), [
    ("No responsive records exist.", Outcome.NO_RECORDS),
    ("The records you describe do not exist.", Outcome.NO_RECORDS),
    ("The search for records was negative.", Outcome.NO_RECORDS),
    ("We have determined that the records you requested are exempt from disclosure under Exemption 7(A).",
     Outcome.DENIED),
    ("Your request is granted. The records are attached.", Outcome.FULL_GRANT),
    ("Your request is granted in part. The records are attached; telephone numbers are redacted under (b)(6).",
     Outcome.PARTIAL_GRANT)])
def test_outcomes(body: str, outcome: Outcome) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, outcome)]


def test_a_granted_fee_waiver_is_no_full_grant_of_the_records() -> None:
    found = events_in("Your request for a fee waiver is granted.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT)]


def test_a_portal_table_of_page_counts() -> None:
    found = events_in("Pages reviewed: 60\nPages released: 45\nPages withheld in full: 15\nExemptions: (b)(6), "
                      "(b)(7)(C)\nThis completes your request.")
    assert (found[0].pages_released, found[0].pages_withheld, found[0].outcome) == (45, 15, Outcome.PARTIAL_GRANT)
    found = events_in("Pages released in full: 30\nPages released in part: 12\nThis completes your request.")
    assert (found[0].pages_released, found[0].pages_withheld, found[0].outcome) == (42, None, Outcome.PARTIAL_GRANT)

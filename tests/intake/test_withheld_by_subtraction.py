"""Pages withheld in full worked out by subtraction: a total that was reviewed, located or processed, the pages
released, and the rest said to be withheld in full. Anything less certain leaves the field empty, with the reason."""

from __future__ import annotations

import pytest
from intake_scoring import events_in

from foiatrack.core.vocabulary import Outcome


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("Of the 412 pages reviewed, 380 are released in full or in part and the remainder are withheld under "
     "Exemption 5.", 380, 32),
    ("Of the 412 pages reviewed, 380 are released in full or in part, and the remainder are withheld in full under "
     "Exemption 5.", 380, 32),
    ("The Office processed 250 pages. We are releasing 200 pages in part. The rest of the pages are withheld in full "
     "under Exemption 5.", 200, 50),
    ("We located a total of 1,204 pages. We are releasing 1,180 pages with redactions. The balance is withheld in its "
     "entirety under (b)(7)(E).", 1180, 24),
    ("A search identified 96 pages of responsive records. 81 pages are released, some with redactions, and the "
     "remaining pages are withheld in full under (b)(6).", 81, 15),
    ("We reviewed 60 pages. We are releasing 40 pages in full and 12 pages in part; the remaining pages are withheld "
     "in their entirety under (b)(5).", 52, 8),
    # Already explicit: the count the letter gives is kept, not worked out.
    ("432 pages were located; 400 are enclosed; 32 pages are withheld in full under Exemptions 6 and 7(C).", 400, 32),
    ("We reviewed 96 pages. 81 pages are released with redactions, and the remaining 15 pages are withheld in full "
     "under (b)(6).", 81, 15),
])
def test_the_rest_withheld_in_full_is_the_total_less_the_release(body: str, released: int, withheld: int) -> None:
    event = events_in(body)[0]
    assert (event.outcome, event.pages_released, event.pages_withheld) == (Outcome.PARTIAL_GRANT, released, withheld)
    # The evidence shows where the number came from: the count itself, or the total and the rest.
    evidence = event.evidence["pages_withheld"]
    assert f"{withheld} pages" in evidence or (
        any(word in evidence for word in ("reviewed", "processed", "located", "identified"))
        and any(word in evidence for word in ("remain", "rest", "balance")))


@pytest.mark.parametrize(("body", "reason"), [
    # Released in full, the rest "withheld": some of the rest may have gone out in part.
    ("We processed 250 pages. We are releasing 200 pages in full. The remainder are withheld under (b)(5).",
     "does not say the remaining pages are withheld in full"),
    # Released, manner unsaid, the rest "withheld": the same doubt.
    ("Of the 412 pages reviewed, 380 are released and the remainder are withheld under Exemption 5.",
     "does not say the remaining pages are withheld in full"),
    # An approximate total.
    ("We processed approximately 250 pages. We are releasing 200 pages in part. The remaining pages are withheld in "
     "full under (b)(5).", "approximate"),
    # A total that is only "responsive", not reviewed, located or processed.
    ("About 250 pages are responsive. We are releasing 200 pages in part. The remaining pages are withheld in full "
     "under (b)(5).", "does not give one total"),
    # Two totals: which one is the rest counted from?
    ("We located 900 pages and reviewed 250 pages. We are releasing 200 pages in part. The remaining pages are "
     "withheld in full under (b)(5).", "more than one total"),
])
def test_the_rest_stays_empty_when_the_wording_leaves_a_doubt(body: str, reason: str) -> None:
    event = events_in(body)[0]
    assert event.pages_withheld is None
    assert reason in event.unsure["pages_withheld"]


def test_remaining_records_still_being_reviewed_are_not_withheld() -> None:
    events = events_in("We located 250 pages. We are releasing 200 pages in part in this first installment. The "
                       "remaining records will be reviewed and released in a later installment.")
    assert [(e.pages_released, e.pages_withheld) for e in events] == [(200, None)]
    assert "pages_withheld" not in events[0].unsure

"""Response forms whose labelled counts leave out the word "pages", one record released in the sentence after its
pages are counted, and a fee waiver granted in part by qualifying for it. Each with the near misses that must not
be read so."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from intake_scoring import events_in, pages_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.text import drop_unticked

FINAL = "This is the final response to your Freedom of Information Act request 2026-FOIA-01234."


# --- a response form's labelled counts -----------------------------------------------------------------------------

@pytest.mark.parametrize(("form", "released", "withheld"), [
    ("Pages reviewed: 60\nReleased with no redactions: 48\nReleased with redactions: 7\nWithheld in full: 5", 55, 5),
    ("Pages released in full: 48\nPages released in part: 7\nPages withheld in full: 5", 55, 5),
    ("Total pages reviewed: 60\nReleased in full: 48\nReleased in part: 7\nDenied in full: 5", 55, 5),
    ("Pages processed: 131\nReleased without redactions: 0\nReleased with redactions: 126\nWithheld in full: 5",
     126, 5),
    # a PDF form's cells run together on one line
    ("Pages reviewed: 60 Released with no redactions: 48 Released with redactions: 7 Withheld in full: 5", 55, 5),
    ("Pages reviewed: 60. Released in full: 48. Released with partial redactions: 7. Withheld in full: 5.", 55, 5),
])
def test_a_forms_labelled_counts_are_read_without_the_word_pages(form: str, released: int, withheld: int) -> None:
    counts = pages_in(form)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)
    event = events_in(f"{FINAL}\n\n{form}\n\nNames were withheld under Exemption 6.")[0]
    assert (event.kind, event.outcome, event.pages_released, event.pages_withheld) == (
        EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, released, withheld)


def test_the_pages_reviewed_on_a_form_are_never_released() -> None:
    counts = pages_in("Pages reviewed: 60")
    assert (counts.pages_released, counts.withheld_full, counts.total) == (None, None, 60)


@pytest.mark.parametrize("line", [
    "Records released in full: 3\nRecords withheld in full: 2",  # records, not pages
    "Released in full: 3 documents",
    "Withheld in full: 5 U.S.C. § 552(b)(6)",  # a statute, not a count
    "Released: 48",  # no manner: could count anything
    "Date released: March 3, 2026",
    "Withheld in full: 2 records, released in part: 4 records",
])
def test_labels_that_count_something_else_are_no_pages(line: str) -> None:
    counts = pages_in(line)
    assert (counts.pages_released, counts.withheld_full) == (None, None)


# --- a fee waiver granted in part ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Your request qualifies for a fee waiver in part.",
    "Your request qualifies for a partial fee waiver.",
    "We have determined that your request qualifies for a fee waiver in part: search fees are waived, but you will "
    "be charged for duplication.",
    "You qualify for a partial fee waiver.",
    "Your organization is eligible for a partial waiver of fees.",
])
def test_qualifying_for_a_waiver_in_part_is_a_partial_grant(sentence: str) -> None:
    found = events_in(f"This concerns your FOIA request 2026-FOIA-01234. {sentence}")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FEE_WAIVER_DECISION, Outcome.PARTIAL_GRANT)]


@pytest.mark.parametrize("sentence", [
    "Requesters who qualify for a fee waiver in part must still pay duplication fees.",
    "Requesters who qualify for a fee waiver must show that disclosure is in the public interest.",
    "If your request qualifies for a fee waiver in part, we will notify you.",
    "If your request qualifies for a partial fee waiver, we will tell you which fees remain.",
])
def test_who_would_qualify_for_a_waiver_is_no_decision(sentence: str) -> None:
    found = events_in(f"This concerns your FOIA request 2026-FOIA-01234. {sentence}")
    assert [e.outcome for e in found if e.kind is EventKind.FEE_WAIVER_DECISION] == []


# --- one record with its pages, released in the sentence after -----------------------------------------------------

REQUEST = "This responds to your Freedom of Information Act request 2026-FOIA-01234."


@pytest.mark.parametrize(("body", "outcome", "released"), [
    ("The Bureau located one record of 9 pages. It is released to you in part.", Outcome.PARTIAL_GRANT, 9),
    ("We located a 9-page memorandum. It is enclosed.", Outcome.FULL_GRANT, 9),
    ("Our search located one responsive record, totaling 14 pages. It is being released to you with redactions "
     "under Exemption 6.", Outcome.PARTIAL_GRANT, 14),
    ("The Office identified a single 3-page email. It has been released in full.", Outcome.FULL_GRANT, 3),
    ("A search of the Office of the Chief Counsel located a 22-page report. This report is enclosed without "
     "redaction.", Outcome.FULL_GRANT, 22),
])
def test_one_record_counted_then_released_releases_its_pages(body: str, outcome: Outcome, released: int) -> None:
    found = events_in(f"{REQUEST} {body}")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, outcome, released)]


@pytest.mark.parametrize("body", [
    # referred, not released
    "We located a 9-page memorandum. It originated with the Department of State, so it has been referred to that "
    "agency for direct response to you.",
    "We located one record of 9 pages. It is referred to the Department of Energy.",
    # a form or a fee schedule enclosed for information is no record released
    "We located your request in our system. A 2-page fee schedule is enclosed. It is enclosed for your information.",
    "We found a 1-page form that you must complete. It is enclosed for your convenience.",
])
def test_a_record_referred_or_a_form_enclosed_releases_nothing(body: str) -> None:
    found = events_in(f"{REQUEST} {body}")
    assert [e.pages_released for e in found if e.pages_released is not None] == []
    assert [e.outcome for e in found if e.outcome in (Outcome.FULL_GRANT, Outcome.PARTIAL_GRANT)] == []


# --- the one record named with its pages, released later in the same sentence ------------------------------------

@pytest.mark.parametrize(("body", "outcome", "released"), [
    # CIA's mandatory declassification review answer
    ("We completed a thorough review of the document, which consists of 14 pages, and determined that it can be "
     "released in segregable form with deletions made on the basis of Sections 1.4(c) and 3.3(b)(1) of E.O. 13526.",
     Outcome.PARTIAL_GRANT, 14),
    # ... and in other words
    ("We reviewed the memorandum, 22 pages, and it is released to you in full.", Outcome.FULL_GRANT, 22),
    ("Our office processed the report (40 pages), and we have determined that it may be released with redactions "
     "under Exemption 6.", Outcome.PARTIAL_GRANT, 40),
])
def test_the_record_counted_and_released_in_one_sentence(body: str, outcome: Outcome, released: int) -> None:
    found = events_in(f"{REQUEST} {body}")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, outcome, released)]


@pytest.mark.parametrize("body", [
    # released only on a condition: nothing goes out yet
    "We reviewed the document, which consists of 14 pages, and it can be released once the fee of $40.00 is paid.",
    # not released: referred to its originator
    "We completed a review of the document, which consists of 14 pages, and determined that it must be referred to "
    "the Department of State for a direct response to you.",
])
def test_the_record_counted_but_not_released_in_the_sentence_releases_nothing(body: str) -> None:
    found = events_in(f"{REQUEST} {body}")
    assert [e.pages_released for e in found if e.pages_released is not None] == []
    assert [e.outcome for e in found if e.outcome in (Outcome.FULL_GRANT, Outcome.PARTIAL_GRANT)] == []


RECEIVED_FEB_24 = "Your request was received on February 24, 2026. Our estimate of the fees follows.\n"


@pytest.mark.parametrize(("body", "amount"), [
    # A fee form's bottom line under what is owed after a waiver adds the costs to it: Hawaii's notice to requester ...
    (RECEIVED_FEB_24 + "Fees for search and review: $80.00\nLess the $30.00 waiver: ($30.00)\nNet fees for search "
     "and review: $50.00\nCopying costs: $4.50\nTOTAL ESTIMATED FEES AND COSTS: $54.50", "54.50"),
    # ... and in other labels
    (RECEIVED_FEB_24 + "Search: $60.00\nNet of the waiver, fees: $30.00\nPostage: $2.00\nGrand total - $32.00",
     "32.00"),
    # The near miss: a total before the reduction, what is owed after it below
    (RECEIVED_FEB_24 + "Total fees: $200.00\nLess 50% reduction: ($100.00)\nAmount due: $100.00", "100.00"),
])
def test_a_fee_forms_bottom_line_after_the_waiver_is_the_fee(body: str, amount: str) -> None:
    found = events_in(body)
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED, EventKind.FEE_ESTIMATE]
    assert found[1].amount == Decimal(amount)


@pytest.mark.parametrize("body", [
    # A disclosure still to come, in a clause of time, is no release: Hawaii's notice ...
    "The estimated fee is $40.00. The remaining balance will be due before the records are disclosed.",
    # ... and in other words
    "The estimated fee is $40.00, payable once the records are made available.",
    "The estimated fee is $40.00. You will be billed after the documents are furnished.",
])
def test_records_disclosed_in_a_clause_of_time_are_no_release(body: str) -> None:
    assert [e.kind for e in events_in("Your request was received on February 24, 2026. " + body)] == [
        EventKind.ACKNOWLEDGED, EventKind.FEE_ESTIMATE]


def test_records_disclosed_now_are_released() -> None:
    # The near miss: the records disclosed with the letter
    assert [(e.kind, e.outcome) for e in events_in("The records are disclosed in their entirety and attached.")] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT)]


def test_a_notice_forms_ticked_box_and_date_received() -> None:
    # Hawaii's notice to requester: the ticked box chosen, the empty ones not, the form's received date the receipt
    found = events_in("Date Request Received: February 24, 2026\n"
                      "[X] The agency will disclose the requested record(s) in their entirety.\n"
                      "[ ] The agency will disclose the requested record(s) in part; portions will be withheld as "
                      "described below.\n"
                      "\u2610 The agency is unable to disclose the requested record(s).\n"
                      "TOTAL ESTIMATED FEES AND COSTS: $19.00\n"
                      "The remaining balance will be due before the records are disclosed.")
    assert [(e.kind, e.received, e.outcome) for e in found] == [
        (EventKind.ACKNOWLEDGED, dt.date(2026, 2, 24), None), (EventKind.FEE_ESTIMATE, None, None)]


@pytest.mark.parametrize("ticked, empty", [
    # A Word-made or scanned PDF's text layer gives the boxes as Wingdings glyphs: a boxed check and an empty square ...
    ("\uf0fe", "\uf0a8"),
    # ... a boxed x and the other empty square ...
    ("\uf078", "\uf06f"),
    # ... or mixed with the ballot boxes
    ("\uf0fe", "\u2610"),
])
def test_a_notice_forms_wingdings_boxes(ticked: str, empty: str) -> None:
    found = events_in("Date Request Received: February 24, 2026\n"
                      f"{ticked} The agency will disclose the requested record(s) in their entirety.\n"
                      f"{empty} The agency will disclose the requested record(s) in part; portions will be withheld as "
                      "described below.\n"
                      f"{empty} The agency is unable to disclose the requested record(s).\n"
                      "TOTAL ESTIMATED FEES AND COSTS: $19.00\n"
                      "The remaining balance will be due before the records are disclosed.")
    assert [(e.kind, e.received, e.outcome) for e in found] == [
        (EventKind.ACKNOWLEDGED, dt.date(2026, 2, 24), None), (EventKind.FEE_ESTIMATE, None, None)]


def test_wingdings_boxes_on_one_line_of_choices() -> None:
    # "Response Type: [X] INTERIM [ ] FINAL" in Wingdings: the empty box's choice is dropped, the ticked one kept
    assert drop_unticked("Response Type: \uf078 INTERIM \uf0a8 FINAL\nWe enclose 12 pages.") == (
        "Response Type: INTERIM\nWe enclose 12 pages.")
    assert drop_unticked("Response Type: \uf0a8 INTERIM \uf0fe FINAL") == "Response Type: FINAL"


def test_wingdings_squares_without_a_tick_are_bullets() -> None:
    # The near miss: a list set with Wingdings squares and nothing ticked is a list, its items kept
    text = "We located the following records:\n\uf06f Inspection reports for 2025\n\uf0a8 Permit files for 2024"
    assert drop_unticked(text) == text

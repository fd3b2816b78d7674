"""The hundredth held-out set: 14 short letters (letters/heldout100) in the style and length of the samples in
shared/samples/agency-letters, eight from Justice Department components and six from state and local law
enforcement and corrections: an FBI eFOIPA acknowledgement whose ticked box denies expedited processing (its
unticked boxes say nothing), an FBI release "386 pages were reviewed and 241 pages are being released" with its
exemptions named out of order (PDF), a DEA no-records answer dated by a stamp "DEC 02 2026" under its case number,
an ATF acknowledgement with a fee estimate (an e-mail with the letter attached as a PDF; the request's own date
beside the day it reached the office), a Marshals Service ten-working-day extension, a Bureau of Prisons partial
release with pages released without and with excisions and withheld in their entirety (Word, letterhead in the
page header), an EOUSA fee-waiver denial, an OIP appeal decision sending an ATF request back for a further search;
a Henrico County Police (Virginia) release with redactions under Va. Code § 2.2-3706.1, a North Carolina Department
of Adult Correction clarification request (a portal e-mail), a Minneapolis Police (Minnesota) denial of active
investigative data (PDF), a Georgia Department of Corrections acknowledgement with the date records will be ready,
an El Paso County Sheriff (Colorado) CORA extension (e-mail) and a Massachusetts State Police first installment.
Committed before the rules were run on them.

Blind score: 7 of 14 fully right (50%), and each of the 14 matched to its request by its number. One answer was
corrected after scoring to the project's convention: v14's exemption had been written "G.L. c. 4, § 7(26)(c)", where
every earlier set writes Massachusetts's citation "G. L. c. 4, § 7(26)(c)" (the rules read it so; scored as it was
first written, the blind figure is 6). Wrong were:
- u05 (Marshals Service): no extension: "the Marshals Service will take ten working days more than the statutory
  time limit to make a determination on your request" (days taken "more than" the time limit).
- u06 (Bureau of Prisons, Word): outcome denied instead of partial grant: "Of the 43 pages located ..., 31 are
  released without excision and 9 are released with excisions. The remaining 3 pages are withheld in their
  entirety." (pages released "without excision" and "with excisions" not taken for a release).
- v09 (Henrico County Police, Virginia): pages_released empty instead of 14: "The 14 responsive pages accompany
  this letter." (pages that "accompany" the letter).
- v10 (North Carolina Department of Adult Correction, e-mail): no clarification request: "Before staff can begin
  gathering records for request R002417-102826, we need to know which facility or facilities you mean ...".
- v11 (Minneapolis Police, Minnesota, PDF): nothing proposed: "These data ... are classified as confidential or
  protected nonpublic while the investigation is active. Minn. Stat. § 13.82, subd. 7. Accordingly, the Department
  cannot make them available to you at this time." (a refusal as "cannot make them available", and a Minnesota
  section cited alone after its sentence).
- v12 (Georgia Department of Corrections): no acknowledgement: "Your request under the Georgia Open Records Act,
  O.C.G.A. § 50-18-70 et seq., for incident reports from Smith State Prison for October 2026 came to this office on
  November 30, 2026." and "We anticipate that they will be available to you no later than December 18, 2026".
- v13 (El Paso County Sheriff, Colorado, e-mail): no extension: "the period for our response is being lengthened by
  seven (7) working days".
After general fixes (days taken "more than" the statutory time limit; the time to respond "lengthened", "pushed back"
or "moved back" by a count of days; pages that "accompany" the letter; pages released by subtraction weighed in the
outcome; "we need to know which ... you mean"; "cannot make them available"; a Minnesota section with its subdivision
cited alone after its sentence; an abbreviated code's dots between a request and the office it "came to"), 14 of 14,
every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout100"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "days"), [
    ("For that reason the Marshals Service will take ten working days more than the statutory time limit to make a "
     "determination on your request.", 10),
    ("We will need 15 business days more than the standard twenty to respond.", 15),
    ("As allowed by C.R.S. § 24-72-203(3)(b), the period for our response is being lengthened by seven (7) working "
     "days.", 7),
    ("The deadline for our response is pushed back by ten business days.", 10),
    ("Our response deadline has been moved back by 15 working days.", 15),
])
def test_time_to_respond_moved_out_by_days_is_an_extension(body: str, days: int) -> None:
    assert [(e.kind, e.extension_days) for e in events_in(body)] == [(EventKind.EXTENSION, days)]


@pytest.mark.parametrize("body", [
    # The near misses: a possibility, a date that is not the response's, a complaint about the time taken.
    "If needed, the deadline for our response may be pushed back by ten business days.",
    "The date for the hearing is postponed by ten days.",
    "Processing your request took more than the statutory time limit of 20 days.",
])
def test_other_time_moved_or_foreseen_is_no_extension(body: str) -> None:
    assert EventKind.EXTENSION not in [e.kind for e in events_in(body)]


@pytest.mark.parametrize("body", [
    "The 14 responsive pages accompany this letter.",
    "Fourteen pages of records accompany this response.",
])
def test_pages_that_accompany_the_letter_are_released(body: str) -> None:
    assert [(e.kind, e.pages_released) for e in events_in(body)] == [(EventKind.FINAL_DETERMINATION, 14)]


def test_a_fee_schedule_that_accompanies_the_letter_is_no_release() -> None:
    assert events_in("A copy of our fee schedule accompanies this letter.") == []


def test_released_by_subtraction_makes_a_partial_grant() -> None:
    """Released without and with excisions, counted bare after the total, and the rest withheld in full."""
    found = events_in("Of the 43 pages located, 31 are released without excision and 9 are released with excisions. "
                      "The remaining 3 pages are withheld in their entirety.")
    assert [(e.kind, e.outcome, e.pages_released, e.pages_withheld) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, 40, 3)]


def test_all_the_pages_withheld_after_a_total_stays_a_denial() -> None:
    found = events_in("We located 12 pages. The remaining 12 pages are withheld in their entirety.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


@pytest.mark.parametrize("body", [
    'Before we can begin, we need to know which facility or facilities you mean by "the restrictive housing units".',
    "We will need to know which records you are seeking before we can search.",
    "We must know exactly which reports you want.",
])
def test_needing_to_know_what_is_sought_is_a_clarification(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize("body", [
    "We need to know what format you prefer for the records.",
    "We need to know whether you will pay the fee of $25.00.",
])
def test_needing_to_know_something_else_is_no_clarification(body: str) -> None:
    assert EventKind.CLARIFICATION_REQUESTED not in [e.kind for e in events_in(body)]


@pytest.mark.parametrize("body", [
    "These data are confidential while the investigation is active. Minn. Stat. § 13.82, subd. 7. Accordingly, the "
    "Department cannot make them available to you at this time.",
    "The video is part of an active investigation and is confidential under Minn. Stat. § 13.82, subd. 7. We cannot "
    "make the video available.",
])
def test_cannot_make_them_available_is_a_denial_with_its_section(body: str) -> None:
    assert [(e.kind, e.outcome, e.exemptions) for e in events_in(body)] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, ("Minn. Stat. § 13.82, subd. 7",))]


def test_cannot_make_them_available_until_paid_is_no_denial() -> None:
    assert events_in("We cannot make the records available until you pay the fee.") == []


@pytest.mark.parametrize("body", [
    "Your request under the Georgia Open Records Act, O.C.G.A. § 50-18-70 et seq., for incident reports from Smith "
    "State Prison for October 2026 came to this office on November 30, 2026.",
    "Your request for incident reports came to this office on November 30, 2026.",
])
def test_a_request_that_came_to_the_office_after_a_citation_is_acknowledged(body: str) -> None:
    found = events_in(body, date_line="December 3, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 11, 30))]


def test_cannot_make_them_available_by_a_deadline_is_no_denial() -> None:
    found = events_in("Please accept this as written notice that the District cannot make the records available by the "
                      "end of the fifth business day after receipt.")
    assert EventKind.FINAL_DETERMINATION not in [e.kind for e in found]

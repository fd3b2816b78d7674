"""The forty-first held-out set: 14 ordinary letters (letters/heldout41) of the kind and length of the samples in
shared/samples/agency-letters, eight federal and six state or local, from agencies no earlier set had but one: an IRS
disclosure office acknowledgement taking ten more business days (its date in the "Date:" block beside the person to
contact), an FAA fee estimate for a commercial requester (e-mail), a HUD "No records responsive ... were located"
letter (PDF), a NASA Goddard partial release with pages in full, in part and withheld, a Marshals Service denial in
full under (b)(7)(A) and (b)(7)(C) (PDF), a NOAA first interim release (e-mail), an OPM expedited processing denial,
a Commerce appeal granted in part and denied in part dated by a stamp ("NOV 18 2026"); the Ohio State Highway
Patrol's acknowledgement (e-mail), the Colorado Bureau of Investigation's seven-working-day CORA extension (PDF), a
Portland (Oregon) Police fee estimate, a Baltimore Police denial under the Maryland Public Information Act (Word; set
35 had another), the Wisconsin Department of Justice's release of a 19-page record in full (e-mail) and Salt Lake
City's acknowledgement of a GRAMA appeal. Written after set 40's fixes, from the agencies' published wording, and
committed before the rules were run on them: this is the honest figure for ordinary letters.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request (the test below files each
letter's request beside another at the same agency with another number; k08 by the number it read). Wrong were:
- k05: the Marshals Service's "they are therefore being withheld in full pursuant to 5 U.S.C. § 552(b)(7)(A)" read
  with its exemptions but without an outcome (denied);
- k06: NOAA's "This is the first interim response ... We will continue to process the remaining records" read as a
  final partial grant, because "We have completed the review of the first 500 pages of potentially responsive records"
  was taken for the end of processing;
- k08: Commerce's "Re: Freedom of Information Act Appeal, DOC-OS-2026-000944 (Appeal No. DOC-OS-2026-002207)" read
  with the request's number as the appeal's and no request number;
- k12: Maryland's "Gen. Prov. § 4-311" and "§ 4-351", cited after "Md. Code Ann., Gen. Prov. §§ 4-101 et seq.",
  read without the code's name.

The answer for k12 was set after scoring to the convention of set 35 (whose Baltimore Police letter cites the same
sections the same way: "Gen. Prov. § 4-351", as the letter writes it); with it the blind score is still 10. After
general fixes (tests below): 14 of 14, every earlier set unchanged.

Later, k07's answer was brought to the convention every later set follows (a letter that is not a final answer and
says on which day the request was received also acknowledges it): OPM's "your Freedom of Information Act (FOIA)
request, which the Office of Personnel Management (OPM) received on May 29, 2026" is an acknowledgement with that
received date before the expedite denial; set 36's i12 the same. The rules now read a request's name with its
acronym in parentheses as they read it without (tests at the end).
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.numbers import find_references

SET = "heldout41"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "Release could reasonably be expected to interfere with enforcement proceedings, and they are therefore being "
    "withheld in full pursuant to 5 U.S.C. § 552(b)(7)(A).",
    "The records are part of an open investigation, and they are accordingly withheld in their entirety under "
    "Exemption 7(A).",
])
def test_records_that_are_therefore_withheld_in_full_are_denied(body: str) -> None:
    found = events_in("This is the final response to your request. " + body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


def test_whether_they_are_withheld_in_full_is_no_denial() -> None:
    found = events_in("This is the final response to your request. We are releasing 12 pages in full, and they are "
                      "not withheld in any part.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT)]


@pytest.mark.parametrize("body", [
    "This is the first interim response to your request. We have completed the review of the first 500 pages of "
    "potentially responsive records. We are releasing 290 pages in full.",
    "This is our second interim release. We have completed the review of the next 300 pages and are releasing 120 of "
    "them.",
])
def test_a_first_batch_reviewed_leaves_the_release_interim(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.INTERIM_RELEASE]


def test_a_review_completed_is_final() -> None:
    found = events_in("We have completed the review of the records responsive to your request and are releasing "
                      "them in full.")
    assert [e.kind for e in found] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize(("line", "found"), [
    ("Re: Freedom of Information Act Appeal, DOC-OS-2026-000944 (Appeal No. DOC-OS-2026-002207)",
     [("DOC-OS-2026-000944", False), ("DOC-OS-2026-002207", True)]),
    ("RE: FOIA Appeal 2026-0012 (Request No. 2026-0004)", [("2026-0012", True), ("2026-0004", False)]),
    ("Re: Appeal No. 2026-0012", [("2026-0012", True)]),
])
def test_the_appeal_number_in_brackets_makes_the_first_the_request(line: str, found: list[tuple[str, bool]]) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(line + "\n")] == found


@pytest.mark.parametrize(("body", "kinds", "received"), [
    ("This responds to your Freedom of Information Act (FOIA) request, received on June 8, 2026, for copies of the "
     "route inspection worksheets. The estimated fee for search and duplication is $289.75.",
     [EventKind.ACKNOWLEDGED, EventKind.FEE_ESTIMATE], "2026-06-08"),
    ("This is in response to your request for expedited processing of your Freedom of Information Act (FOIA) request, "
     "which the Office of Personnel Management (OPM) received on May 29, 2026. Your request for expedited processing "
     "is denied.", [EventKind.ACKNOWLEDGED, EventKind.EXPEDITE_DECISION], "2026-05-29"),
    ("Your Privacy Act (PA) request was received on June 2, 2026. Your request for a fee waiver is granted.",
     [EventKind.ACKNOWLEDGED, EventKind.FEE_WAIVER_DECISION], "2026-06-02"),
    ("We write about your Freedom of Information Act (FOIA) request, which the Bureau of Prisons (BOP) received on "
     "June 15, 2026. The estimated cost of processing your request is $62.00.",
     [EventKind.ACKNOWLEDGED, EventKind.FEE_ESTIMATE], "2026-06-15"),
])
def test_a_fee_or_expedite_letter_with_the_receipt_date_acknowledges(
        body: str, kinds: list[EventKind], received: str) -> None:
    found = events_in(body, date_line="July 1, 2026")
    assert [e.kind for e in found] == kinds
    assert found[0].received is not None and found[0].received.isoformat() == received


@pytest.mark.parametrize(("body", "kinds"), [
    # A final answer's recital of the receipt date is no acknowledgement.
    ("This is the final response to your Freedom of Information Act (FOIA) request, received on June 8, 2026. We are "
     "releasing all 12 pages in full.", [EventKind.FINAL_DETERMINATION]),
    # The day a payment was received is not the day the request was.
    ("We received your payment for your Freedom of Information Act (FOIA) request on June 8, 2026. Your request for a "
     "fee waiver is denied.", [EventKind.FEE_WAIVER_DECISION]),
])
def test_a_receipt_date_that_is_no_acknowledgement(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body, date_line="July 1, 2026")] == kinds

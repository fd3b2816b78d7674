"""The hundred-and-fifty-fourth held-out set: 14 federal letters (letters/heldout154) in which several things happen
at once, written blind after set 153 was scored and fixed, and so after reading the rules: its wordings were chosen
as ones the rules were not seen to handle. An ICE acknowledgement that takes a ten-day extension and refuses
expedited treatment (HTML-only e-mail), an ATF third installment with its invoice (PDF), a DEA final response that
sends pages to the FBI, a FEMA final response that finds nothing for one item and releases the other (e-mail), a TSA
acknowledgement that takes ten more business days, declines a fee waiver and estimates the fee, an Army Corps of
Engineers final response after consulting two agencies with its counts in a table (Word, letterhead in the page
header), a National Park Service e-mail asking to narrow a request, an OPM answer that no such records exist, a Wage
and Hour Division release in full, an OCC portal e-mail with its received date in a summary and an anticipated
determination date, a VHA final response withholding under 38 U.S.C. § 7332 (Word), an SSA fee letter that also takes
ten more workdays (e-mail), a GSA final response releasing one part and finding nothing for the other, and a CMS
acknowledgement that refuses expedition and waives fees under headings (PDF). Committed before the rules were run on
them.

Blind score: 6 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- j01 (ICE, HTML e-mail): no expedite decision: "Your request for expedited treatment has been considered under 6
  C.F.R. § 5.5(e). ... Your expedite request is hereby refused."
- j03 (DEA): pages_released 154 instead of 96: "DEA is disclosing 96 of those pages to you, 58 of them with no
  excisions and 38 with excisions." (the pages released and then their parts, counted twice).
- j05 (TSA): no extension: "Given this, TSA is availing itself of ten additional business days to respond, as 6
  C.F.R. § 5.5(c) allows."
- j06 (Army Corps of Engineers, Word): the (b)(3) exemption without its statute: "... and under Exemption 3 together
  with 6 U.S.C. § 673 (protected critical infrastructure information)".
- j09 (Wage and Hour Division): pages_released empty: "Enclosed please find the 24 pages we located."
- j11 (VHA, Word): pages_released empty and pages_withheld 12 instead of 19: "You will find 139 of them attached to
  this letter; 12 of the 139 are partly blacked out. We are not releasing the other 19 pages at all."
- j13 (GSA): outcome full_grant instead of partial_grant: "No assessment has been prepared since January 1, 2025, so
  GSA holds no records responsive to this portion of your request."
- j14 (CMS, PDF): no acknowledgement, no date received, no expedite decision, and the outcome of the fee waiver:
  "... Freedom of Information Act request, which the Freedom of Information Group logged on November 23, 2026, for
  ..." (the receipt clause before the request's object) and "CMS cannot place your request in the expedited queue."
After general fixes (a decision "is hereby refused", "rejected" or "disallowed"; an office that "cannot place your
request in the expedited queue"; an office "availing itself of" or "using" additional days takes them; the statute
"together with", "along with" or "read with" Exemption 3 is its statute; "the 24 pages we located" after a release verb
are released; "12 of the 139 are partly blacked out" are released in part, and pages "not released at all" are
withheld in full; pages named again for "the redactions on the 12 pages" are not counted again; "96 pages, 58 of them
with no excisions and 38 with excisions" counts 96; a request dated, then "which the office logged on" a day; nothing
held for "this portion of your request" beside a release is a partial grant), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, kinds_and_outcomes, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout154"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "outcome"), [
    ("Your expedite request is hereby refused.", Outcome.DENIED),
    ("Your request for expedited processing is therefore rejected.", Outcome.DENIED),
    ("CMS cannot place your request in the expedited queue.", Outcome.DENIED),
    # The near miss: a request for expedition granted.
    ("Your request for expedited processing is hereby granted.", Outcome.FULL_GRANT),
])
def test_expedition_refused_in_other_words(body: str, outcome: Outcome) -> None:
    assert [o for k, o in kinds_and_outcomes(body) if k is EventKind.EXPEDITE_DECISION] == [outcome]


@pytest.mark.parametrize(("body", "days"), [
    ("Given this, TSA is availing itself of ten additional business days to respond.", 10),
    ("The Department is using ten extra working days to respond, as the law allows.", 10),
    ("We avail ourselves of an additional 10 business days to answer your request.", 10),
    # The near miss: the requester's option, no time taken.
    ("You may avail yourself of additional days to pay the fee.", None),
])
def test_additional_days_availed_of_extend(body: str, days: int | None) -> None:
    found = [e for e in events_in(body) if e.kind is EventKind.EXTENSION]
    assert [e.extension_days for e in found] == ([days] if days else [])


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The plans are withheld under Exemption 3 together with 6 U.S.C. § 673.", ["(b)(3) 6 U.S.C. § 673"]),
    ("We withheld them under (b)(3), read with 49 U.S.C. § 114(r).", ["(b)(3) 49 U.S.C. § 114(r)"]),
    ("The data are exempt under Exemption 3 along with 26 U.S.C. § 6103.", ["(b)(3) 26 U.S.C. § 6103"]),
    # The near miss: no statute named.
    ("We withheld the names under Exemption 6 together with Exemption 3.", ["(b)(6)", "(b)(3)"]),
])
def test_the_statute_together_with_exemption_3(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    ("Enclosed please find the 24 pages we located.", 24, None),
    ("Attached are the 31 pages the Division found.", 31, None),
    ("We are not releasing the other 19 pages at all.", None, 19),
    ("The 4 pages will not be disclosed in any form.", None, 4),
    ("DEA is disclosing 96 of those pages to you, 58 of them with no excisions and 38 with excisions.", 96, None),
    ("The Bureau is producing 64 pages, 50 of these unredacted and 14 with redactions.", 64, None),
    ("The redactions on the 12 pages cover the names of prescribers, which we withheld under Exemption 6.", None,
     None),
    # The near misses: pages found and withheld or reviewed, pages not released today, a count of what pages are.
    ("The 24 pages we located are withheld in full.", None, 24),
    ("We reviewed the 24 pages we located.", None, None),
    ("We are not releasing 19 pages today, but will release them next month.", None, None),
    ("We located 40 pages, 30 of them e-mails.", None, None),
])
def test_pages_released_withheld_and_named_again(sentence: str, released: int | None, withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


def test_pages_partly_blacked_out_are_released_in_part() -> None:
    found = events_in("VHA's search produced 158 pages. You will find 139 of them attached to this letter; 12 of the "
                      "139 are partly blacked out. We are not releasing the other 19 pages at all.")
    assert [(e.pages_released, e.pages_withheld) for e in found] == [(139, 19)]


@pytest.mark.parametrize(("body", "received"), [
    ("CMS acknowledges your November 20, 2026, Freedom of Information Act request, which the Freedom of Information "
     "Group logged on November 23, 2026, for approval letters.", dt.date(2026, 11, 23)),
    ("We have your 11/20/2026 records request, which our office logged in on November 24, 2026.",
     dt.date(2026, 11, 24)),
])
def test_a_dated_request_then_logged_is_received(body: str, received: dt.date) -> None:
    found = events_in(body, date_line="December 1, 2026")
    assert [(e.kind, e.received) for e in found][:1] == [(EventKind.ACKNOWLEDGED, received)]


@pytest.mark.parametrize(("body", "outcome"), [
    ("The Region provided 46 pages of occupancy agreements, which are enclosed. They are being released in their "
     "entirety. No assessment has been prepared since 2025, so GSA holds no records responsive to this portion of "
     "your request.", Outcome.PARTIAL_GRANT),
    # The near miss: nothing more found for the request as a whole.
    ("The 46 pages are enclosed and released in their entirety. GSA holds no other records responsive to your "
     "request.", Outcome.FULL_GRANT),
])
def test_nothing_held_for_this_portion_beside_a_release(body: str, outcome: Outcome) -> None:
    assert [o for k, o in kinds_and_outcomes(body) if k is EventKind.FINAL_DETERMINATION] == [outcome]


@pytest.mark.parametrize(("body", "kinds"), [
    ("Records that answer your request exist, but they cannot be made available within three business days. We expect "
     "to have the records ready for you by December 18, 2026.", []),
    ("Responsive records exist but cannot be provided within 3 business days. We expect to have them ready by December "
     "18, 2026.", []),
])
def test_georgias_three_day_notice_in_other_words_extends_nothing(body: str, kinds: list[EventKind]) -> None:
    assert [k for k, _ in kinds_and_outcomes(body, "November 24, 2026") if k is EventKind.EXTENSION] == kinds

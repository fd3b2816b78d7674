"""The hundred-and-sixth held-out set: 14 short letters (letters/heldout106) in the style and length of the samples in
shared/samples/agency-letters, ten from national-security and foreign-affairs agencies and four from state National
Guard and emergency-management offices: a Defense Information Systems Agency acknowledgement that "took receipt" of
the request (e-mail), a National Geospatial-Intelligence Agency partial release citing Exemption 3 with 10 U.S.C. §
424 (PDF), a National Security Agency refusal to confirm or deny dated "3 March 2026" citing Section 6 of Public Law
86-36, a Central Intelligence Agency acknowledgement with a fee estimate, a State Department Appeals Review Panel
decision affirming in part (PDF), an Army garrison ten-workday extension (Word, letterhead in the page header), a
Naval Sea Systems Command interim release dated "20 Mar 26" (e-mail with the letter as a PDF), an Air Force
Materiel Command acknowledgement refusing expedited processing, an Office of the Director of National Intelligence
no-records answer, a USAID fee waiver granted (e-mail); a Texas Military Department itemized cost statement, a
California Governor's Office of Emergency Services fourteen-day extension (e-mail), a Kentucky Emergency Management
partial release under KRS 61.878(1)(m) (PDF) and an Oregon Military Department acknowledgement with its estimated
completion date. Committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%), each of the 14 matched to its request by its number. Wrong were:
- n01 (DISA, e-mail): no acknowledgement, received empty: "The ... FOIA Office took receipt of your Freedom of
  Information Act request dated January 6, 2026 on January 9, 2026" (a receipt "taken", the day after the request's
  own date).
- n03 (NSA): exemptions empty: "your request is therefore denied under the first exemption of the FOIA ... the third
  exemption of the FOIA protects information that a statute specifically exempts ...; the statute applicable here is
  Section 6, Public Law 86-36 (50 U.S. Code 3605)" (exemptions by ordinal, "first"/"third exemption").
- n04 (CIA): received 2026-03-20 instead of 2026-03-24, and no fee estimate: "On 24 March 2026, the office of the
  Information and Privacy Coordinator received your 20 March 2026 Freedom of Information Act request" (the date
  before "received" taken for the request's own date), "we anticipate that search and duplication will come to
  $96.00".
- n06 (Army, Word): no extension: "we are adding ten working days to the time allowed for our determination".
- n08 (Air Force): no acknowledgement: "Your FOIA request for ... was delivered to this office on 22 January 2026".
- p12 (Cal OES, e-mail): expected_by empty: "Cal OES will take an additional 14 days, through March 30, 2026, to
  determine ...".
- p13 (Kentucky Emergency Management, PDF): nothing proposed: "The hazard mitigation plans, 88 pages in all, are
  attached. The vulnerability assessments are withheld in accordance with KRS 61.878(1)(m), because ...".
- p14 (Oregon Military Department): nothing proposed: "Your request for ... was submitted through our records portal
  and received by the Department on January 15, 2026", "We estimate that we will complete our response on or before
  February 13, 2026".
After general fixes (a request "delivered to", "entered into" a system, "submitted ... and received by" an office
or "taken receipt of" on a day is acknowledged, and a date after "your" before "request" is the request's own; days
"added to the time allowed" are an extension; the day an extension of N days runs "through" or "until" is
expected_by; what the work "will come to" in dollars is a fee estimate; exemptions named by their place in the Act,
"the first exemption of the FOIA", and a statute cited as "50 U.S. Code 3605"; a count of pages in apposition, ", 88
pages in all, are attached", is a release, and records "withheld in accordance with" a law are a withholding), 14 of
14, every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout106"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "received"), [
    ("Your FOIA request for the accident investigation report was delivered to this office on 22 January 2026.",
     dt.date(2026, 1, 22)),
    ("Your Freedom of Information Act request, which was entered into our case management system on February 2, 2026, "
     "bears case number F-2026-04417.", dt.date(2026, 2, 2)),
    ("Your request for the activation orders was submitted through our records portal and received by the Department "
     "on January 15, 2026.", dt.date(2026, 1, 15)),
    ("The FOIA Office took receipt of your Freedom of Information Act request dated January 6, 2026 on January 9, "
     "2026.",
     dt.date(2026, 1, 9)),
    ("On 24 February 2026, the office of the Information and Privacy Coordinator received your 20 February 2026 "
     "Freedom of Information Act request.", dt.date(2026, 2, 24)),
])
def test_a_request_delivered_entered_or_taken_in_on_a_day_is_acknowledged(body: str, received: dt.date) -> None:
    found = events_in(body)
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, received)]


@pytest.mark.parametrize("body", [
    # The near misses: records delivered, a contract entered into, a receipt acknowledged of a request for a period.
    "We received your request. The copies you asked for were delivered to your office on February 2, 2026.",
    "We received your request. The City entered into the towing contract on February 2, 2026.",
    "We acknowledge receipt of your request for records from January 6, 2026 to January 9, 2026.",
])
def test_other_things_delivered_or_entered_give_no_receipt_date(body: str) -> None:
    assert all(e.received is None for e in events_in(body))


@pytest.mark.parametrize(("body", "days"), [
    ("Because these are unusual circumstances, we are adding ten working days to the time allowed for our "
     "determination.", 10),
    ("The Bureau has added 10 business days to its response deadline because the records are held in two offices.", 10),
])
def test_days_added_to_the_time_allowed_are_an_extension(body: str, days: int) -> None:
    assert [(e.kind, e.extension_days) for e in events_in(body)] == [(EventKind.EXTENSION, days)]


def test_the_law_allowing_days_to_be_added_is_no_extension() -> None:
    found = events_in("The FOIA allows an agency to add ten working days to the time limit in unusual circumstances.")
    assert EventKind.EXTENSION not in [e.kind for e in found]


@pytest.mark.parametrize(("body", "until"), [
    ("Under Government Code section 7922.535(b), Cal OES will take an additional 14 days, through March 30, 2026, to "
     "determine whether the request seeks disclosable public records.", dt.date(2026, 3, 30)),
    ("We will need 10 more working days, until March 17, 2026, to respond to your request.", dt.date(2026, 3, 17)),
])
def test_the_day_an_extension_runs_through_is_when_to_expect_the_answer(body: str, until: dt.date) -> None:
    found = events_in(body)
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.EXTENSION, until)]


@pytest.mark.parametrize(("body", "amount"), [
    ("After the two free hours of search, we anticipate that search and duplication will come to $96.00.", "96.00"),
    ("The search and review time your request needs comes to $140.50.", "140.50"),
])
def test_what_the_work_comes_to_is_a_fee_estimate(body: str, amount: str) -> None:
    assert [(e.kind, e.amount) for e in events_in(body)] == [(EventKind.FEE_ESTIMATE, Decimal(amount))]


def test_pages_coming_to_the_requester_are_no_fee() -> None:
    assert EventKind.FEE_ESTIMATE not in [e.kind for e in events_in("The 96 pages will come to you by mail.")]


def test_an_exemption_named_by_its_place_in_the_act() -> None:
    assert find_exemptions("Your request is therefore denied under the first exemption of the FOIA.") == ["(b)(1)"]
    found = events_in("We have determined that the fact of the existence or non-existence of the materials you request "
                      "is currently and properly classified, and your request is therefore denied under the first "
                      "exemption of the FOIA. In addition, the third exemption of the FOIA protects information that a "
                      "statute specifically exempts from disclosure; the statute applicable here is Section 6, Public "
                      "Law 86-36 (50 U.S. Code 3605).")
    assert [(e.kind, e.outcome, e.exemptions) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, ("(b)(1)", "(b)(3) 50 U.S.C. § 3605"))]


def test_a_first_exemption_of_something_else_is_none() -> None:
    assert find_exemptions("The first exemption you cite in your appeal concerns the second exemption request.") == []


def test_pages_in_apposition_attached_and_a_withholding_under_a_state_law() -> None:
    found = events_in("The hazard mitigation plans, 88 pages in all, are attached. The vulnerability assessments are "
                      "withheld in accordance with KRS 61.878(1)(m), because their disclosure would have a reasonable "
                      "likelihood of threatening public safety.")
    assert [(e.kind, e.outcome, e.pages_released, e.exemptions) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, 88, ("KRS 61.878(1)(m)",))]


def test_pages_in_apposition_described_are_no_release() -> None:
    found = events_in("The plans, 88 pages in all, are described in the index below.")
    assert all(e.pages_released is None for e in found)

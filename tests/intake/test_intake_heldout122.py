"""The hundred-and-twenty-second held-out set: 14 e-mails and portal messages (letters/heldout122), most of them the
notices agencies' request portals send, some with the letter attached as a PDF, eight federal and six state and
local: the Nuclear Regulatory Commission's FOIAXpress Public Access Link status change (received and estimated
completion dates in a field list, quoted-printable), an EPA invoice (amount due after a free allowance, request on
hold), the DHS Privacy Office's SecureRelease notice with its acknowledgement and ten-business-day extension
attached (PDF), the Department of Education's final response attached to a cover e-mail (pages disclosed and
withheld in their entirety, Exemptions 5 and 6), an FDIC no-records answer (PDF), FEMA asking for a disaster number
and dates, Interior's appeal acknowledgement (an appeal "logged as" its number), the VA's expedited processing
"cannot be afforded"; Oakland's NextRequest closure (no records), San Jose's NextRequest message releasing 37
pages with Government Code redactions and closing the request, Naperville's GovQA due-date change (five business
days, a new due date), Grand Rapids' JustFOIA cost estimate with a deposit (PDF attached), the King County
Sheriff's third installment (Word, letterhead in the page header) and the NYPD's FOIL appeal granted in part (PDF).
Committed before the rules were run on them.

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number. As first written
it was 10: f10's expected exemptions were written "Gov. Code § 7927.700" and "Gov. Code § 7927.705" where the letter
cites "Government Code section 7927.700", and the project's form keeps the code's name as cited ("Government Code §
7927.700"); the answer was corrected, not the letter. Wrong were:
- e02 (EPA invoice, e-mail): a clarification instead of a fee estimate, amount empty: "Amount Due: $216.00" on a
  line of its own under the invoice's items, then "Because this charge is more than the $25.00 you told us you were
  willing to pay, the Agency has put your request on hold. ... If we do not hear from you within 20 working days,
  we will close the request" (the amount due not read as the fee; the hold read as a question to the requester).
- e08 (VA expedite decision): an acknowledgement instead of a denial of expedited processing: "Expedited processing
  therefore cannot be afforded, and your request will be handled in the order in which it was received on the
  complex track" (a refusal as "cannot be afforded" not read; the order of receipt taken for a receipt).
- f11 (Naperville GovQA due-date change): expected_by empty: "New Due Date: 12/03/2026" in a field list after
  "Original Due Date: 11/25/2026" (the new due date of a portal's field list not read as the extended date).
After general fixes (a refusal said as "cannot be afforded", "could not be accorded", "will not be allowed", and not
under a condition; an invoice's labelled "Amount Due:" or "Total Amount Due:" is the fee, and ends a list of priced
lines, but not a deposit's; an extension's new due date in a line of its own, "New Due Date: ..." or "Revised
Response Due Date: ...", when the letter gives one only), 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout122"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "Expedited processing therefore cannot be afforded, and your request will be handled in the order in which it "
    "was received on the complex track.",
    "Having considered your statement, we find that expedited treatment could not be accorded to your request.",
    "Your request for expedited processing will not be allowed, as no compelling need was shown.",
])
def test_expedition_not_afforded_is_denied(body: str) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.EXPEDITE_DECISION, Outcome.DENIED)]


@pytest.mark.parametrize("body", [
    # The near misses: the standard, a case foreseen and a refusal that waits on the requester decide nothing.
    "Expedited processing can be afforded only where a requester shows a compelling need.",
    "If expedited processing cannot be afforded, we will tell you why.",
    "Expedited processing cannot be afforded unless you certify your statement of compelling need.",
])
def test_expedition_not_afforded_under_a_condition_is_no_decision(body: str) -> None:
    assert EventKind.EXPEDITE_DECISION not in [kind for kind, _ in kinds_and_outcomes(body)]


@pytest.mark.parametrize(("body", "amount"), [
    # The invoice's lines and its labelled total, which a long line joins into one sentence.
    ("An invoice has been posted for your request.\nSearch (6.5 hours @ $48.00): $312.00\nLess first two hours of "
     "search and 100 pages (no charge): -$96.00\nAmount Due: $216.00", Decimal("216.00")),
    ("Your invoice is attached.\nReview of records by the first two hours of staff time, no charge: $0.00 "
     "Search, 4 hours at the clerical rate of $30.00: $120.00 Total Amount Due: $95.00", Decimal("95.00")),
    # The near miss: a deposit's amount due is part of the fee, not the fee.
    ("The estimated fee for your request is $312.80 (the first two hours of search are free).\nDeposit Amount Due: "
     "$156.40", Decimal("312.80")),
])
def test_an_invoices_amount_due_is_the_fee(body: str, amount: Decimal) -> None:
    fees = [e for e in events_in(body) if e.kind is EventKind.FEE_ESTIMATE]
    assert [e.amount for e in fees] == [amount]


@pytest.mark.parametrize(("body", "expected_by"), [
    ("The due date of your request has changed.\nOriginal Due Date: 02/25/2026\nNew Due Date: 03/10/2026\n"
     "The Department needs more time; the time to respond is extended by five business days.", dt.date(2026, 3, 10)),
    ("We are taking a 10-working-day extension to collect the records from the regional office.\n"
     "Revised Response Due Date: March 17, 2026", dt.date(2026, 3, 17)),
    # The near misses: the old due date, a payment's due date and two new dates that differ give no new date.
    ("Original Due Date: 03/10/2026\nThe time to respond is extended by five business days.", None),
    ("The time to respond is extended by five business days.\nPayment Due Date: 03/10/2026", None),
    ("The time to respond is extended by five business days.\nNew Due Date: 03/10/2026\nNew Due Date: 03/12/2026",
     None),
])
def test_an_extensions_new_due_date_in_a_line_of_its_own(body: str, expected_by: dt.date | None) -> None:
    extensions = [e for e in events_in(body) if e.kind is EventKind.EXTENSION]
    assert [e.expected_by for e in extensions] == [expected_by]

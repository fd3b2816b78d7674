"""The seventy-fifth held-out set: 14 ordinary letters (letters/heldout75) like the samples in
shared/samples/agency-letters, eight from federal departments other than Homeland Security and Justice and six from
state departments of health, labour and education, written after set 74 was scored and fixed (and so after its
writer had read the rules): a State Department acknowledgement with the day it estimates completion, its receipt
dated "7 October 2026" inside the sentence, a Navy (NAVSEA) ten-working-day extension dated "5 Nov 2026" under its
serial (PDF), a DISA fee estimate of "USD 80" (e-mail), a three-line FDA no-records e-mail dated only in its header,
a CMS partial release of "1,204 pages" dated "2026-11-20" (PDF), an EPA Region 5 "second partial response" of
"two hundred pages", an Interior acknowledgement granting a fee waiver (Word), an Education appeal acknowledgement
(e-mail); a Colorado health department CORA fee estimate, a Massachusetts Department of Public Health acknowledgement
taking 15 more business days, a Georgia Department of Labor denial (PDF), an Illinois State Board of Education
clarification request dated "Mar. 3, 2026", a New York State Education Department FOIL appeal decision and a North
Carolina health department release in full of "thirty-two pages" (Word). Committed before the rules were run on
them.

Blind score: 12 of 14 fully right (86%), and 13 of the 14 matched to their request (y03 was not). Wrong were:
- y01 (State): received empty: "This is to acknowledge that on 7 October 2026 the Office of Information Programs and
  Services (IPS) received your request dated October 6, 2026" (the receipt's date before its subject, inside the
  sentence).
- y03 (DISA, e-mail): the kind, a clarification request instead of a fee estimate, and the amount empty: "for an
  estimated total of USD 80" (a currency code, not a dollar sign) and the close warning "If we do not hear from you
  by then, we will close your request" read as an ask; the tracking number read "27-014" where the expected
  answer wrote "DISA FOIA 27-014" (the agency's label with it), and the letter was matched to no request: the
  request was filed with the number as the agency writes it, "DISA FOIA 27-014", which matching did not take for
  "27-014".
After general fixes (tests below: an amount after the currency's code, "USD 80", "US$ 62.50"; a receipt dated in a
clause that opens after "that on" or "advised that on", with an "and" inside the office's name allowed between; five
digits beside a prefix of letters taken for the same number): 14 of 14, every letter matched, every earlier set
unchanged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from intake_scoring import events_in, matched_requests, names, wrong_in

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.intake import same_reference

SET = "heldout75"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()
# Letters not yet matched to their request.
NOT_MATCHED: set[str] = set()


def test_heldout75_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout75_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(SET, tmp_path)
    assert {name: request for name, request in matched.items() if name not in NOT_MATCHED} == {
        name: request for name, request in owner.items() if name not in NOT_MATCHED}


@pytest.mark.parametrize(("body", "amount"), [
    ("The search will take 2 hours at USD 40 per hour, for an estimated total of USD 80.", "80.00"),
    ("The estimated fee for processing your request is USD 1,234.50.", "1234.50"),
    ("We estimate the charges at US$ 62.50.", "62.50"),
])
def test_an_amount_in_a_currency_code_is_a_fee(body: str, amount: str) -> None:
    found = [(e.kind, e.amount) for e in events_in(body)]
    assert found == [(EventKind.FEE_ESTIMATE, Decimal(amount))]


@pytest.mark.parametrize("body", ["Our office is located in Suite USDA 40 of the building.",
                                  "The estimated fee is USDOT 80."])
def test_letters_that_only_begin_like_a_currency_are_no_fee(body: str) -> None:
    """The near misses: "USDA", "USDOT" are not the dollar's code."""
    assert [e.kind for e in events_in(body)] == []


@pytest.mark.parametrize("body", [
    "This is to acknowledge that on 7 October 2026 the Office of Information Programs and Services (IPS) received "
    "your request dated October 6, 2026.",
    "Please be advised that on October 7, 2026 the Department of Health and Human Services received your request.",
    "We note that on 7 October 2026 this office received your request for records.",
])
def test_a_receipt_dated_in_a_clause_before_its_subject(body: str) -> None:
    found = [(e.kind, e.received) for e in events_in(body, date_line="October 14, 2026")]
    assert found == [(EventKind.ACKNOWLEDGED, dt.date(2026, 10, 7))]


def test_a_date_before_another_clause_is_not_the_receipt() -> None:
    """The near miss: the date belongs to a first clause, the receipt to a second ("and ... received")."""
    found = events_in("Please be advised that on October 7, 2026 you wrote to us and this office received your "
                      "letter later.", date_line="October 14, 2026")
    assert all(e.received is None for e in found)


@pytest.mark.parametrize(("written", "known", "same"), [
    ("27-014", "DISA FOIA 27-014", True),
    ("FOIA 27014", "27014", True),
    # The near misses: four digits beside a prefix, and five that differ.
    ("2701", "DISA 2701", False),
    ("27-014", "DISA FOIA 27-015", False),
])
def test_five_digits_beside_a_prefix_of_letters_are_the_same_number(written: str, known: str, same: bool) -> None:
    assert same_reference(written, known) is same

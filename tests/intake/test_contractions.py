"""Plain-spoken letters read as formal ones: contractions spelled out for the rules, the letter's own words quoted
back as evidence; and the fee a breakdown brings the cost to, beside a warning that the request will be closed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from intake_scoring import events_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.contractions import as_written, spelled_out


@pytest.mark.parametrize(("written", "spelled"), [
    ("We couldn't locate any records.", "We could not locate any records."),
    ("We Won't release it and can't say when.", "We Will not release it and cannot say when."),
    ("We've extended it; you'll hear from us, and I'm sure we're close.",
     "We have extended it; you will hear from us, and I am sure we are close."),
    # "'s" is "has" before a past participle, "is" otherwise, and left alone after a noun (a possessive)
    ("It's been denied, and that's final.", "It has been denied, and that is final."),
    ("The Department's response and DEQ's fee are enclosed.", "The Department's response and DEQ's fee are enclosed."),
    # "'d" is "would" or "had" by what follows: left as written
    ("We'd like to help.", "We'd like to help."),
])
def test_contractions_are_spelled_out_and_possessives_left_alone(written: str, spelled: str) -> None:
    assert spelled_out(written) == spelled


def test_a_quoted_sentence_is_given_back_in_the_letters_own_words() -> None:
    letter = "Dear Ms. Roe,\nWe searched but\ncouldn't locate any records, and we did not find a log.\n"
    quote = spelled_out("We searched but couldn't locate any records, and we did not find a log.")
    assert as_written(quote, letter) == "We searched but couldn't locate any records, and we did not find a log."
    # a value that is no sentence of the letter comes back as it is
    assert as_written("could not 12", letter) == "could not 12"


@pytest.mark.parametrize("body", [
    "We searched the Records Unit's files but couldn't locate any records responsive to your request.",
    "Our search didn't turn up anything responsive, and we haven't found any other office that would hold it.",
    "Unfortunately, we weren't able to find records that match your description.",
])
def test_a_no_records_reply_in_contractions_is_read(body: str) -> None:
    [event] = events_in(body, "December 3, 2026")
    assert (event.kind, event.outcome) == (EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)
    assert "'" in event.evidence["outcome"]  # quoted as the letter says it


@pytest.mark.parametrize("body", [
    "We won't be releasing the body-worn camera video because the investigation is still open.",
    "The Department will not be providing any of it at this time.",
    "Unfortunately we can't release the report, which is exempt under Gov. Code section 7923.600.",
    # the record named by what it is
    "We won't be releasing the draft contract memo because it's predecisional.",
    "The Department cannot release these e-mails.",
])
def test_a_refusal_in_the_progressive_or_contracted_is_a_denial(body: str) -> None:
    [event] = events_in(body, "December 3, 2026")
    assert (event.kind, event.outcome) == (EventKind.FINAL_DETERMINATION, Outcome.DENIED)


@pytest.mark.parametrize("body", [
    # what only waits, or is no refusal of the records
    "We won't be releasing the records until the fee is paid.",
    "We will not be sending paper copies; the records are posted on the portal.",
    "We will not release the minutes until the board approves them.",
])
def test_a_wait_or_a_format_is_no_denial(body: str) -> None:
    assert not [e for e in events_in(body, "December 3, 2026") if e.outcome == Outcome.DENIED]


def test_a_suit_that_would_not_make_the_records_come_sooner_is_no_denial() -> None:
    body = ("Therefore, we are extending the statutory response date by 10 business days, as the law allows. You have "
            "the right to file a suit in federal district court if we don't respond by the extended date. However, we "
            "hope to have the information to you by then, and filing a suit won't make the information available "
            "sooner.")
    kinds = [e.kind for e in events_in(body, "November 27, 2026")]
    assert kinds == [EventKind.EXTENSION]


@pytest.mark.parametrize(("breakdown", "amount"), [
    ("Staff time to pull the permit file and scan it is projected at six hours at $30.00 per hour, which brings the "
     "cost to $180.00.", Decimal("180.00")),
    ("Copies are $0.10 per page for 426 pages, bringing the charge to $42.60.", Decimal("42.60")),
    ("Review takes four hours at $35.00 per hour, which puts the total fee to $140.00.", Decimal("140.00")),
])
def test_the_sum_a_breakdown_brings_the_cost_to_is_the_estimate_beside_a_closing_warning(breakdown: str,
                                                                                         amount: Decimal) -> None:
    body = (breakdown + " If you'd like us to go ahead at this cost, please reply in writing and we'll send you an "
            "invoice. If we haven't heard from you in 60 days, we'll consider the request closed.")
    [event] = events_in(body, "November 24, 2026")
    assert (event.kind, event.amount) == (EventKind.FEE_ESTIMATE, amount)


def test_a_rate_alone_is_no_estimate() -> None:
    body = ("Copies are $0.10 per page and staff time is $30.00 per hour. If we haven't heard from you in 60 days, "
            "we'll consider the request closed.")
    assert not [e for e in events_in(body, "November 24, 2026") if e.kind == EventKind.FEE_ESTIMATE]


@pytest.mark.parametrize(("quote", "written"), [
    ("We located 17 pages. … They are withheld in full under Exemption 5.",
     "We located 17 pages. … They're withheld in full under Exemption 5."),
    ("We will not be releasing them. … It is 9 pages.", "We won't be releasing them. … It's 9 pages."),
    # The near miss: sentences written in full in the letter stay as they are.
    ("We located 17 pages. … They are all withheld.", "We located 17 pages. … They are all withheld."),
])
def test_sentences_quoted_together_are_each_given_back_in_the_letters_own_words(quote: str, written: str) -> None:
    original = ("We located 17 pages. We won't be releasing them. They're withheld in full under Exemption 5. It's 9 "
                "pages. We located 17 pages. They are all withheld.")
    assert as_written(quote, original) == written


@pytest.mark.parametrize(("body", "exemptions"), [
    # the ground cited beside a refusal is the one withheld under
    ("We won't be releasing the draft contract memo because it's predecisional, 5 U.S.C. § 552(b)(5).", ("(b)(5)",)),
    ("The video cannot be disclosed, RCW 42.56.240(1).", ("RCW 42.56.240(1)",)),
])
def test_the_ground_cited_beside_a_refusal_is_logged(body: str, exemptions: tuple[str, ...]) -> None:
    [event] = events_in(body, "December 3, 2026")
    assert (event.outcome, event.exemptions) == (Outcome.DENIED, exemptions)

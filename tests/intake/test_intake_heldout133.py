"""The hundred-and-thirty-third held-out set: 14 letters (letters/heldout133) from DHS and its components, written
after set 127 was scored and fixed and after reading the intake rules, so in wordings chosen because the rules were
not seen to handle them: a USCIS acknowledgement whose request "came to us through the FIRST portal on" its date (an
e-mail), an ICE extension in which "the statutory time limit for a response is lengthened by 10 working days", a CBP
release of all 17 pages "without deleting anything" (PDF), a DHS Privacy Office production of 290 pages in redacted
form with 60 pages "exempt in full" that promises "another production" (an e-mail), a FEMA acknowledgement whose
request "arrived on" its date and whose processing "should be finished ... around" a day (Word, letterhead in the
page header), a TSA no-records answer whose searches "did not surface any material" (an e-mail), a Coast Guard
district fee letter that "project[s] charges of" its sum, a Secret Service acknowledgement "in possession of" the
request that says it "cannot waive the fees" (PDF), a CISA appeal acknowledgement "docketed" on its day (an e-mail),
an ICE appeal decision that has the FOIA Office search again ("I have accordingly instructed ..."), an Office of
Intelligence and Analysis release "providing 71 pages with excisions" under the National Security Act (PDF), a USCIS
final response whose counts stand before their labels in a table and whose ICE pages "have gone to ICE" (Word), a CBP
request for the third party's consent that puts the request "on hold", and an ICE third round of review (an e-mail).
Committed before the rules were run on them.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- k01 (USCIS, e-mail): only the tracking number, no acknowledgement nor date received: "We have opened a case for the
  FOIA request you filed for your client, ..., and assigned it control number NRC2027011482. It came to us through the
  FIRST portal on November 20, 2026." (a receipt as "It came to us ... on", the request named the sentence before).
- k03 (CBP, PDF): pages_released 1 instead of 17: "... identified 17 pages. After reviewing them, CBP has decided to
  disclose every one of these pages without deleting anything" ("every one of these pages" read as one page).
- k04 (DHS Privacy Office, e-mail): a final determination (partial grant) instead of an interim release: "Today's
  production ..." and "Review of the remaining potentially responsive records is ongoing, and we will make another
  production in approximately 30 days."
- k05 (FEMA, Word): a clarification request instead of an acknowledgement, without the date received or the expected
  date: "We will contact you if fees exceed $25.00 or if we need you to clarify your request" (a condition read as an
  ask); "FEMA's Disclosure Branch thanks you for your Freedom of Information Act request. It arrived on November 13,
  2026, ..."; "Processing should be finished in about 40 business days, around January 15, 2027."
- k06 (TSA, e-mail): the final response without an outcome (no records): "Their searches did not surface any
  material that falls within the terms of your request."
- k10 (ICE appeal remanded): a final determination with no records instead of an appeal decision (other): "The FOIA
  Office answered that it had found no responsive records" (the answer appealed, recalled) read as the decision, and
  neither "This letter decides your appeal of ..." nor "I have accordingly instructed the ICE FOIA Office to have the
  ICE Health Service Corps search for records responsive to your request and to issue a new response to you" read.
- k13 (CBP, e-mail): nothing proposed: "Before we can go forward, please upload through SecureRelease a statement
  signed by Mr. Ixchop Batz authorizing release of his records to you ..." and "Until this authorization is in hand,
  your request is on hold. It will be closed on January 4, 2027 if the authorization has not arrived by then."
After general fixes (searches that "did not surface" or "unearth" anything, or found no "material", are nothing found;
"every one of these pages", "each of those pages", "all of them" count all the pages the sentence before counted;
"another production" to be made and the review of the remaining records "ongoing" are an interim release; "It arrived
on", "It came to us ... on" take up the request the sentence before named; an ask for clarification in a clause of
the office's own condition ("if we need you to clarify") is no ask; work that "should be finished ... around" a day is
expected then; the appeal officer who "instructed" or "directed" the office to search again or issue a new response
remands; "Until ..., your request is on hold" and "will be closed ... if ... not" ask), 14 of 14, every earlier set
unchanged.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout133"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("sentence", [
    "Their searches did not surface any material that falls within the terms of your request.",
    "The search has not surfaced any responsive e-mails.",
    "The Identity Management Program did not locate any responsive material.",
    "A search of the shared drives did not unearth any documents about the program.",
])
def test_searches_that_did_not_surface_anything_found_no_records(sentence: str) -> None:
    found = events_in("This is the final response to your FOIA request. " + sentence)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize("sentence", [
    "Your appeal did not surface any material facts that change our view.",
    "Your request did not identify any records by date.",
])
def test_nothing_surfaced_only_where_a_search_found_nothing(sentence: str) -> None:
    assert not P.NO_RECORDS.search(sentence)


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("The search identified 17 pages. After reviewing them, CBP has decided to disclose every one of these pages "
     "without deleting anything, and they are attached.", 17, None),
    ("We located 40 pages. Each of those pages is released in full and enclosed.", 40, None),
    ("We located 12 pages. All of them are withheld in full under Exemption 5.", None, 12),
    # The near misses: the count before is of records, and one page of those counted.
    ("We located 5 records. We are releasing every one of them in full.", None, None),
    ("We located 40 pages and are releasing 39 pages in full. One of these pages is withheld in full under "
     "Exemption 6.", 39, 1),
])
def test_every_one_of_these_pages_counts_all_the_pages_before(body: str, released: int | None,
                                                              withheld: int | None) -> None:
    found = events_in("This is the final response to your request. " + body)
    assert [(e.pages_released, e.pages_withheld) for e in found] == [(released, withheld)]


@pytest.mark.parametrize("sentence", [
    "Review of the remaining potentially responsive records is ongoing, and we will make another production in "
    "approximately 30 days.",
    "ICE will send a further release once the Field Office has reviewed the rest.",
    "Processing of the other pages is still underway.",
])
def test_one_more_production_to_come_is_an_interim_release(sentence: str) -> None:
    body = "We are producing 290 pages with redactions under Exemption 6. " + sentence
    assert [e.kind for e in events_in(body)] == [EventKind.INTERIM_RELEASE]


@pytest.mark.parametrize("sentence", [
    "We made another production last month.",
    "No review of the remaining records is needed.",
])
def test_no_more_to_come_where_none_is_said(sentence: str) -> None:
    assert not P.INTERIM.search(sentence)


@pytest.mark.parametrize(("body", "received"), [
    ("FEMA's Disclosure Branch thanks you for your Freedom of Information Act request. It arrived on November 13, "
     "2026, and was given the number shown above.", dt.date(2026, 11, 13)),
    ("We have opened a case for the FOIA request you filed for your client and assigned it control number "
     "NRC2027011482. It came to us through the FIRST portal on November 20, 2026.", dt.date(2026, 11, 20)),
    ("Thank you for your public records request. It reached our office on November 2, 2026.", dt.date(2026, 11, 2)),
])
def test_it_came_in_after_the_request_is_named_acknowledges(body: str, received: dt.date) -> None:
    found = events_in(body, date_line="November 23, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, received)]


@pytest.mark.parametrize(("previous", "sentence"), [
    ("Thank you for your request.", "It came to our attention on November 20, 2026 that the records were moved."),
    ("Thank you for your payment of the fee.", "It arrived on November 13, 2026."),
])
def test_it_came_in_of_something_else_is_no_receipt(previous: str, sentence: str) -> None:
    assert not P.IT_CAME_IN.match(sentence) or re.search(r"payment|check|fee", previous)
    found = events_in(f"{previous} {sentence}", date_line="November 23, 2026")
    assert all(e.received is None for e in found)


@pytest.mark.parametrize("sentence", [
    "We will contact you if fees exceed $25.00 or if we need you to clarify your request.",
    "The Branch will write to you should it need clarification of the scope.",
    "If necessary, we will ask you to clarify your request.",
])
def test_a_clarification_the_office_may_need_is_no_ask(sentence: str) -> None:
    body = "FEMA received your request on November 13, 2026. " + sentence
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize("sentence", [
    # The near misses: the requester's wish as the condition, and the ask firm before a condition of its own.
    "Please reply within 30 days if you wish us to continue processing your request.",
    "We need you to clarify your request; if you cannot, we will search the offices named in it.",
])
def test_an_ask_after_the_requesters_condition_is_still_an_ask(sentence: str) -> None:
    assert EventKind.CLARIFICATION_REQUESTED in [e.kind for e in events_in(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Processing should be finished in about 40 business days, around January 15, 2027.", dt.date(2027, 1, 15)),
    ("The review will be complete approximately January 8, 2027.", dt.date(2027, 1, 8)),
    ("Our search should be done by December 30, 2026.", dt.date(2026, 12, 30)),
    # The near miss: a payment's processing.
    ("Payment processing should be finished around March 1, 2027.", None),
])
def test_work_said_to_be_done_around_a_day_is_expected_then(sentence: str, expected: dt.date | None) -> None:
    found = events_in("We received your request on November 13, 2026. " + sentence, date_line="November 18, 2026")
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.ACKNOWLEDGED, expected)]


@pytest.mark.parametrize("sentence", [
    "I have accordingly instructed the ICE FOIA Office to have the ICE Health Service Corps search for records "
    "responsive to your request and to issue a new response to you.",
    "We have directed the FOIA staff to conduct a new search of the Field Office's files for records responsive to "
    "your request.",
    "I am therefore ordering the Bureau to reprocess the records and to issue a new response.",
])
def test_an_instruction_to_search_again_remands_the_appeal(sentence: str) -> None:
    body = ("This letter decides your appeal of the FOIA Office's response to request 2026-ICFO-49210. The search was "
            "not reasonably calculated to locate all responsive records. " + sentence)
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.APPEAL_DECISION, Outcome.OTHER)]


@pytest.mark.parametrize("sentence", [
    "The FOIA Office instructed ERO to search its files in August.",
    "You may instruct your client to search her own files.",
])
def test_no_remand_in_an_instruction_not_the_appeal_officers(sentence: str) -> None:
    assert not re.search(P.INSTRUCTED_TO_REDO, sentence, re.IGNORECASE)


@pytest.mark.parametrize("body", [
    "Please send his signed consent. Until this authorization is in hand, your request is on hold. It will be closed "
    "on January 4, 2027 if the authorization has not arrived by then.",
    "We need the subject's date of birth to search. Until we receive it, the request will remain suspended.",
    "Your request will be closed unless we receive the signed Form G-639 within 30 days.",
])
def test_a_request_on_hold_or_to_be_closed_until_an_answer_asks(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize("sentence", [
    "Until your payment arrives, your request is on hold.",
    "Your request will be closed if you ask us to withdraw it.",
])
def test_no_ask_in_a_hold_for_payment_or_a_close_on_request(sentence: str) -> None:
    assert not P.CLARIFY.search(sentence)


def test_each_of_these_names_is_no_count_of_pages() -> None:
    found = events_in("This is the final response to your request. We located 17 pages and are releasing them. Each "
                      "of these names is redacted under Exemption 6.")
    assert all(e.pages_withheld != 17 for e in found)

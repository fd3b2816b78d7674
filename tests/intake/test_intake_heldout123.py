"""The hundred-and-twenty-third held-out set: 14 e-mails, portal messages and letters (letters/heldout123), written
after set 122 was scored and fixed, with other agencies and wordings, seven federal and seven state and local: the
Labor Department's portal acknowledgement (a request that "came in to" an office, a response anticipated "on or
before"), the Postal Service granting a fee waiver without the word "granted", NARA's first interim response behind
a cover e-mail (PDF: pages released in full and withheld entirely), HHS's Inspector General asking whether the
requester still wants the records (a plain e-mail with a reply-by date), Transportation's appeal decision behind a
cover e-mail (a no-records answer "vacated" and the request "returned" for a new search), a National Science
Foundation no-records answer (PDF: "no documents of the kind you describe exist"), and the IRS's extension letter
with its field-list heading behind an e-mail (PDF: "10 more workdays ... our response date is now"); Denver's JustFOIA
notice of a request closed as withdrawn, Austin's GovQA clarification under the Texas Act (which also gives the day
received), Miami's release of 26 pages with nothing redacted (Word, letterhead in the page header), Phoenix's
NextRequest message on the copy fee (quoted-printable), the New Jersey State Police's OPRA denial (PDF), the Georgia
DOT's three-day letter (received, records available by a date) and a Pennsylvania Office of Open Records final
determination granting an appeal in part. Committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), and each of the 14 matched to its request by its number. Wrong were:
- z02 (Postal Service fee waiver): nothing proposed: "We find that disclosure is in the public interest, and the
  Postal Service will process your request without charging you any fees" (a waiver granted as the finding of
  public interest and no fees charged, without "waive" or "granted").
- z05 (Transportation appeal decision, PDF behind an e-mail): a final no-records answer instead of an appeal decision
  remanding: "The FAA's no-records determination is therefore vacated, and your request is returned to the FAA's
  FOIA office to conduct an additional search and issue a new response directly to you" (a determination
  "vacated" and a request "returned" for a new search not read as a remand; the no-records answer appealed from
  read as this letter's).
- z07 (IRS extension, PDF behind an e-mail): expected_by empty: "The law allows us to take 10 more workdays in these
  circumstances, and we are using them: our response date is now December 15, 2026" (the new date as "our
  response date is now").
- j10 (City of Miami release in full, Word): pages_released empty: "The attachment consists of 26 pages. Nothing in
  these records is confidential or exempt ..., and nothing has been redacted" (the pages counted as what the
  attachment "consists of").
- j12 (New Jersey State Police OPRA denial, PDF): exemptions empty: "The Division is therefore unable to provide
  access to them. N.J.S.A. 47:1A-1.1." (a citation standing alone after a refusal worded "unable to provide
  access").
After general fixes (the fee waiver's public interest found and no fees charged, in one sentence and not as a
condition, is a waiver granted; a determination "vacated" or "set aside" decides an appeal, and a request "returned" or
"remanded" to an office, without "back", to search again is a remand, while one "sent" to another office to process
stays a referral; "our response date is now", "the due date has been moved to" a day name the new date, not a
payment's; the pages an attachment or enclosure "consists of" or "contains" are released; access refused ("unable to
provide access", "cannot grant you access") cites the section given for it, not one awaiting payment), 14 of 14,
every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout123"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "We find that disclosure is in the public interest, and the Postal Service will process your request without "
    "charging you any fees.",
    "The Bureau has determined that release of the records would be in the public interest, and no fees will be "
    "charged for processing your request.",
    "We concluded that disclosure of the inspection files is in the public interest, and we will therefore "
    "process your request free of charge.",
])
def test_the_public_interest_found_and_no_fees_is_a_waiver_granted(body: str) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT)]


@pytest.mark.parametrize("body", [
    # The near misses: the test as a condition, or found unmet, grants nothing.
    "If we find that disclosure is in the public interest, we will process your request without charging you any fees.",
    "We find that disclosure is not in the public interest, and fees will be charged as set out below.",
    "A waiver is granted only if we find that disclosure is in the public interest, without charging you any fees.",
])
def test_the_public_interest_as_a_condition_or_unmet_grants_no_waiver(body: str) -> None:
    assert (EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT) not in kinds_and_outcomes(body)


@pytest.mark.parametrize("body", [
    "The Bureau's no-records determination is therefore vacated, and your request is returned to the Bureau's FOIA "
    "office to conduct an additional search and issue a new response directly to you.",
    "Accordingly, the Service's response is set aside, and your request is remanded to the Service to conduct a new "
    "search of its field office files.",
])
def test_a_response_vacated_and_the_request_returned_for_a_new_search_is_a_remand(body: str) -> None:
    found = events_in("This is the Department's decision on your appeal of the Bureau's response to your request. "
                      + body)
    assert [(e.kind, e.outcome, e.appeal_result) for e in found] == [
        (EventKind.APPEAL_DECISION, Outcome.OTHER, "remanded")]


def test_a_request_sent_to_another_office_to_process_is_no_remand() -> None:
    """The near miss: a request "sent" (not returned) to another office to process is a referral."""
    found = events_in("Your request has been sent to the Bureau of Prisons to process and respond to you directly.")
    assert EventKind.APPEAL_DECISION not in [e.kind for e in found]


@pytest.mark.parametrize(("body", "expected_by"), [
    ("The law allows us to take 10 more workdays in these circumstances, and we are using them: our response date is "
     "now March 17, 2026.", dt.date(2026, 3, 17)),
    ("We are extending the time to respond by ten working days, and the due date has been moved to March 17, 2026.",
     dt.date(2026, 3, 17)),
])
def test_an_extensions_response_date_is_now(body: str, expected_by: dt.date) -> None:
    assert [(e.extension_days, e.expected_by) for e in events_in(body) if e.kind is EventKind.EXTENSION] == [
        (10, expected_by)]


def test_a_payment_due_date_now_is_not_the_response_date() -> None:
    found = events_in("We are taking a ten-working-day extension to respond. Your payment due date is now March 17, "
                      "2026.")
    assert [e.expected_by for e in found if e.kind is EventKind.EXTENSION] == [None]


@pytest.mark.parametrize(("body", "released"), [
    ("Attached please find the records responsive to your request. The attachment consists of 26 pages, and nothing "
     "has been redacted.", 26),
    ("The records you requested are enclosed. The enclosure contains 14 pages; no information was withheld.", 14),
])
def test_the_pages_an_attachment_consists_of_are_released(body: str, released: int) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, released)]


@pytest.mark.parametrize(("body", "exemptions"), [
    ("The records pertain to a criminal investigation that remains open. The Division is therefore unable to provide "
     "access to them. N.J.S.A. 47:1A-1.1.", ("N.J.S.A. 47:1A-1.1",)),
    ("We cannot grant you access to the reports, which are criminal investigatory records under N.J.S.A. 47:1A-1.1.",
     ("N.J.S.A. 47:1A-1.1",)),
    # The near miss: access that waits on payment withholds nothing.
    ("We cannot provide access until the fee of $5.00 is paid. N.J.S.A. 47:1A-5.", ()),
])
def test_access_refused_cites_the_section_given_for_it(body: str, exemptions: tuple[str, ...]) -> None:
    assert [code for e in events_in(body) for code in e.exemptions] == list(exemptions)


@pytest.mark.parametrize("body", [
    "If your request for a fee waiver cannot be granted, we will notify you before any fees are incurred.",
    "If your request for expedited processing of the records is denied, you may appeal that decision.",
])
def test_a_decision_foreseen_after_a_long_subject_is_no_decision(body: str) -> None:
    assert kinds_and_outcomes(body) == []


def test_a_decision_after_a_long_subject_is_still_read() -> None:
    """The near miss: the same long subject decided outright."""
    assert kinds_and_outcomes("Your request for a fee waiver for the records cannot be granted.") == [
        (EventKind.FEE_WAIVER_DECISION, Outcome.DENIED)]

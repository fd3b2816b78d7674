"""The loose reading (foiatrack/intake/loose.py): a letter whose wording no precise rule knows is read again for the
ideas its sentences join, and what that finds is proposed as read loosely; conditions, rules of law, recitals and
appeal letters are not read so."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from intake_scoring import events_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import Letter, understand
from foiatrack.intake.loose import read_loosely

LETTER_DATE = dt.date(2026, 3, 3)


def _proposed(body: str) -> list[tuple[object, ...]]:
    return [(e.kind, e.outcome, e.received, e.extension_days, e.amount) for e in events_in(body)]


def _notes(body: str) -> list[str]:
    text = f"Agency FOIA Office\n\nMarch 3, 2026\n\nDear Requester:\n\n{body}\n\nSincerely,\nFOIA"
    return understand(Letter(text=text)).notes


@pytest.mark.parametrize(("body", "outcome"), [
    # records refused in words of giving: "cannot make them available", "is not in a position to furnish"
    ("These files are sealed by court order, and the Clerk refuses to turn them over to you.", Outcome.DENIED),
    ("The Sheriff's Office will not be turning over the footage while the case is pending.", Outcome.DENIED),
    ("These files are confidential under state law and the Board declines to produce them.", Outcome.DENIED),
    # nothing found, in a wording of its own
    ("The office holds nothing responsive to what you asked for.", Outcome.NO_RECORDS),
    ("The County has nothing that fits the description in your request.", Outcome.NO_RECORDS),
    # records sent, with or without parts kept back
    ("Here are the incident logs you asked for, 33 pages in all.", Outcome.FULL_GRANT),
    ("You will find the dispatch records in the attached file. Names of witnesses were blacked out.",
     Outcome.PARTIAL_GRANT),
])
def test_a_final_answer_in_unknown_words_is_read_loosely(body: str, outcome: Outcome) -> None:
    assert [(kind, found) for kind, found, *_ in _proposed(body)] == [(EventKind.FINAL_DETERMINATION, outcome)]
    assert any("read loosely" in note for note in _notes(body))


@pytest.mark.parametrize(("body", "received"), [
    ("The Office of Public Information took receipt of your request on February 24, 2026.", dt.date(2026, 2, 24)),
    ("Your request came across our desk on February 20, 2026, and we are working on it.", dt.date(2026, 2, 20)),
])
def test_a_receipt_in_unknown_words_is_an_acknowledgement_with_its_day(body: str, received: dt.date) -> None:
    found = events_in(body)
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, received)]


@pytest.mark.parametrize(("body", "days"), [
    ("The deadline for our response is pushed back by ten business days because the records are in storage.", 10),
    ("We are tacking on another 15 working days so that the field office can review the files.", 15),
    # ... the word of more time further back in its clause, the count what the time is moved "by"
    ("We are pushing back our response to your request by fifteen business days.", 15),
    ("We are delaying the production of the requested records by ten working days.", 10),
])
def test_more_time_in_unknown_words_is_an_extension_of_its_days(body: str, days: int) -> None:
    assert [(e.kind, e.extension_days) for e in events_in(body)] == [(EventKind.EXTENSION, days)]


def test_a_count_moved_by_with_no_word_of_more_time_in_its_clause_is_no_extension() -> None:
    # The near miss: "by ten days" in a clause that moves nothing later
    assert events_in("Additional records were located, and we shortened the search by ten days.") == []


@pytest.mark.parametrize(("body", "kind", "outcome"), [
    ("The Agency is not in a position to waive the charges for this request.", EventKind.FEE_WAIVER_DECISION,
     Outcome.DENIED),
    ("We will place your request on the fast track, as you asked.", EventKind.EXPEDITE_DECISION, Outcome.FULL_GRANT),
])
def test_a_decision_on_fees_or_speed_in_unknown_words(body: str, kind: EventKind, outcome: Outcome) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(kind, outcome)]


@pytest.mark.parametrize("body", [
    "Please tell us whether you want the Department to keep your request open.",
    "Kindly advise which of the three incidents you wish to inspect, so that we can go on.",
])
def test_an_ask_about_the_request_in_unknown_words_is_a_clarification(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize("body", [
    "Please contact us if you have any questions about your request.",
    "Please send your payment for the copies to the address above.",
    "If you wish, please tell us which format you prefer.",
])
def test_an_invitation_or_a_payment_asked_for_is_no_clarification(body: str) -> None:
    assert [e.kind for e in events_in(body)] == []


def test_a_cost_in_unknown_words_is_a_fee_estimate_of_the_sum_not_the_rate() -> None:
    body = "Pulling the files will take about four hours at $24.15 per hour, which runs to $96.60 altogether."
    assert [(e.kind, e.amount) for e in events_in(body)] == [(EventKind.FEE_ESTIMATE, Decimal("96.60"))]


@pytest.mark.parametrize("body", [
    # conditions, rules and promises
    "If we cannot make the records available, we will tell you why.",
    "Should no records be found, we will let you know in writing.",
    "State law allows the Department up to ten more days in unusual circumstances.",
    "The date of the board's next meeting is put off by another fourteen days.",
    "Requesters who qualify may have the charges forgiven by the Board.",
    "You asked that the charges for this request be waived.",
    "We have not yet decided whether the footage can be made available.",
    # an earlier letter's doing, and the requester's own sending
    "In our letter of February 2, 2026, we previously sent you the attached records.",
    "You submitted your request on February 2, 2026.",
    # a form enclosed for information, a rate, a minimum
    "A fee schedule is enclosed for your information.",
    "Copies cost $0.25 per page at our standard rate.",
    "Since the cost is below our $25 minimum, you owe nothing.",
])
def test_what_is_not_this_letters_fact_is_not_read_loosely(body: str) -> None:
    assert events_in(body) == []


@pytest.mark.parametrize("sentence", [
    # a part of the records, or one kind of detail in them: a partial answer at most, never a denial
    "Social Security numbers will not be released.",
    "Some of the records will not be released.",
    "Certain passages of the report cannot be made available.",
    "The home addresses of officers will not be provided.",
    # records "that" cannot be given: a class described, not this answer
    "Records that cannot be released are marked with the exemption that applies.",
    "The information that will not be provided is listed in the enclosed index.",
])
def test_a_refusal_of_a_part_or_a_class_is_no_denial(sentence: str) -> None:
    assert read_loosely([sentence], LETTER_DATE) == []


@pytest.mark.parametrize("body", [
    # a review still to be done withholds nothing yet
    "Thank you for your request. We are gathering the responsive records and will need to review them for "
    "information exempt from disclosure.",
    "The records must be reviewed to determine whether they are exempt from disclosure.",
    "We are currently reviewing the files for any information that must be withheld.",
    "The responsive records will be reviewed for material that is exempt from disclosure before release.",
])
def test_a_review_to_come_is_no_denial(body: str) -> None:
    assert [e.outcome for e in events_in(body)] == []


def test_a_review_done_that_found_the_records_exempt_is_a_denial() -> None:
    # the near miss: the review is done, and it withholds
    assert _proposed("We reviewed the records, and they are exempt from disclosure.") == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, None, None, None)]


@pytest.mark.parametrize("sentence", [
    "The Department must decline to provide any of the footage.",
    "The Clerk will not be furnishing the sealed files to you.",
])
def test_a_refusal_of_the_records_as_a_whole_is_a_denial(sentence: str) -> None:
    assert [(find.kind, find.outcome) for find in read_loosely([sentence], LETTER_DATE)] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


@pytest.mark.parametrize(("sentence", "received"), [
    # What came in is what the clause names first: records or a reply that came in are not the request ...
    ("The records you asked for in your request came in on February 4, 2026 from the contractor.", None),
    ("The contractor's reply to your request came in on February 20, 2026.", None),
    ("Your request concerns invoices that arrived by mail on November 2, 2025.", None),
    ("Your application was entered as a duplicate on November 20, 2025.", None),
    # ... the request that came in, whatever it asks for, is.
    ("Your request for the contractor's reply came in on February 20, 2026.", dt.date(2026, 2, 20)),
    ("Your public records request (received 2/24/2026) has been forwarded to the Records Unit.",
     dt.date(2026, 2, 24)),
])
def test_what_came_in_is_the_thing_named_first(sentence: str, received: dt.date | None) -> None:
    found = read_loosely([sentence], LETTER_DATE)
    assert [find.received for find in found if find.kind is EventKind.ACKNOWLEDGED] == (
        [received] if received else [])


@pytest.mark.parametrize("sentence", [
    # A period the records were sent or received in, its end no receipt of the request
    ("You requested all e-mail correspondence of the Budget Committee containing the term \"reallocation,\" sent or "
     "received between July 1, 2025 and February 15, 2026."),
    "Your request seeks the logs of calls received from January 5, 2026 through February 13, 2026.",
    "The request covers invoices received by the county from December 1, 2025 to February 2, 2026.",
])
def test_the_end_of_a_period_sought_is_no_receipt(sentence: str) -> None:
    assert read_loosely([sentence], LETTER_DATE) == []


def test_a_receipt_after_a_period_sought_is_still_one() -> None:
    # The near miss: the request's own receipt after the period it asks for
    assert [(find.kind, find.received) for find in read_loosely(
        ["Your request for e-mails from July 1, 2025 to February 1, 2026 arrived in our office on February 24, 2026."],
        LETTER_DATE)] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 2, 24))]


def test_a_payment_received_is_no_receipt_of_the_request() -> None:
    """The payment's own date after "received your" is not the day the request came in."""
    assert read_loosely(["We got your February 20, 2026 payment for request 26-118 on February 24, 2026."],
                        LETTER_DATE) == []
    assert [(find.kind, find.received) for find in read_loosely(
        ["Your February 20, 2026 letter came into our office on February 24, 2026."], LETTER_DATE)] == [
        (EventKind.ACKNOWLEDGED, dt.date(2026, 2, 24))]


@pytest.mark.parametrize("sentence", [
    "Staff were unable to locate any responsive logs for that week.",
    "The clerk did not find a single recording of the meeting.",
])
def test_a_search_that_found_nothing_is_no_records(sentence: str) -> None:
    assert [(find.kind, find.outcome) for find in read_loosely([sentence], LETTER_DATE)] == [
        (EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


def test_an_appeal_letter_is_left_to_the_precise_rules() -> None:
    """An appeal decision's "the denial is upheld" would read as a first answer withheld; a letter about an appeal
    is not read loosely (appeal rights in a first answer do not make it one)."""
    appeal = ["We have reviewed your appeal.", "The records cannot be made available to you."]
    assert read_loosely(appeal, LETTER_DATE) == []
    rights = ["The records cannot be made available to you.", "You may appeal this decision within 90 days."]
    assert [find.kind for find in read_loosely(rights, LETTER_DATE)] == [EventKind.FINAL_DETERMINATION]


def test_what_the_precise_rules_read_is_not_marked_loose() -> None:
    body = "We received your request on March 2, 2026."
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED]
    assert not any("read loosely" in note for note in _notes(body))


@pytest.mark.parametrize(("body", "kind", "field", "value"), [
    # An event the precise rules recognise, with the one field they could not read, filled in loosely.
    ("This is the final response to your request. We hold no records to provide.",
     EventKind.FINAL_DETERMINATION, "outcome", Outcome.NO_RECORDS),
    ("This is the final response to your request. The agency is not the custodian of the records you seek and "
     "therefore has no records to provide.", EventKind.FINAL_DETERMINATION, "outcome", Outcome.NO_RECORDS),
    ("This acknowledges receipt of your request. The request was stamped in on February 24, 2026.",
     EventKind.ACKNOWLEDGED, "received", dt.date(2026, 2, 24)),
])
def test_a_field_the_precise_rules_leave_empty_is_filled_in_loosely(body: str, kind: EventKind, field: str,
                                                                     value: object) -> None:
    event = next(e for e in events_in(body) if e.kind is kind)
    assert getattr(event, field) == value
    note = next(n for n in _notes(body) if "read loosely" in n)
    assert note.startswith(f"{kind.value.replace('_', ' ').capitalize()}, {field.replace('_', ' ')}:")


@pytest.mark.parametrize(("body", "kind", "field"), [
    # The near misses: what the loose ideas do not say plainly stays empty, with the precise rules' reason.
    ("This is the final response to your request. If we have no records to provide, we will tell you.",
     EventKind.FINAL_DETERMINATION, "outcome"),
    # ... a date after the letter's own is no day of receipt
    ("This acknowledges receipt of your request. The request was stamped in on March 24, 2026.",
     EventKind.ACKNOWLEDGED, "received"),
])
def test_a_field_the_loose_ideas_do_not_say_plainly_stays_empty(body: str, kind: EventKind, field: str) -> None:
    event = next(e for e in events_in(body) if e.kind is kind)
    assert getattr(event, field) is None


@pytest.mark.parametrize(("sentence", "amounts"), [
    # An amount waived is not owed ...
    ("We have waived the $300.00 fee.", []),
    ("The fees of $300.00 have been waived.", []),
    # ... what is left unwaived is.
    ("The non-waived portion of the fees comes to $96.00.", [Decimal("96.00")]),
])
def test_an_amount_waived_is_no_fee_estimate(sentence: str, amounts: list[Decimal]) -> None:
    found = read_loosely([sentence], LETTER_DATE)
    assert [find.amount for find in found if find.kind is EventKind.FEE_ESTIMATE] == amounts


@pytest.mark.parametrize(("body", "proposed"), [
    # An acknowledgement the precise rules read, and more time in words they do not: both are proposed.
    ("This acknowledges receipt of your FOIA request, which we received on February 4, 2026. Because of the volume "
     "of records involved, we are stretching our reply period by an extra fifteen working days.",
     [(EventKind.ACKNOWLEDGED, None, dt.date(2026, 2, 4), None, None), (EventKind.EXTENSION, None, None, 15, None)]),
    ("We have your request of January 30, 2026, received here on February 4, 2026. Our search will have to run "
     "ten working days beyond the usual time, since the files sit in two regional offices.",
     [(EventKind.ACKNOWLEDGED, None, dt.date(2026, 2, 4), None, None), (EventKind.EXTENSION, None, None, 10, None)]),
])
def test_an_early_letter_gets_the_kinds_read_loosely_beside_the_precise_ones(
        body: str, proposed: list[tuple[object, ...]]) -> None:
    assert _proposed(body) == proposed
    assert any("read loosely" in note for note in _notes(body))


@pytest.mark.parametrize(("body", "kinds"), [
    # A fee limit the agency will not pass without asking is no estimate.
    ("This acknowledges your request. We will notify you before incurring any fees in excess of $25.00.",
     [EventKind.ACKNOWLEDGED]),
    ("This acknowledges your request. We will not incur charges above $25.00 without first contacting you.",
     [EventKind.ACKNOWLEDGED]),
    # A final answer gets no acknowledgement for the receipt it recalls, nor an extension for days it mentions.
    ("Your request reached our desk on February 4, 2026. We are releasing the enclosed 12 pages in full. We took "
     "an extra ten working days to finish.", [EventKind.FINAL_DETERMINATION]),
    # A question whether the requester still wants the records recalls the receipt; it acknowledges nothing.
    ("We are following up on your request, received on February 4, 2026. Please let us know within 10 business days "
     "whether you still wish to receive these records.", [EventKind.CLARIFICATION_REQUESTED]),
])
def test_nothing_is_added_loosely_to_an_answer_or_from_a_limit(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body)] == kinds


# Texas's notice of a referral (Gov't Code § 552.301(d)): the office's reasons "why the information should not be
# released" are argued before the Attorney General, nothing is refused yet.
@pytest.mark.parametrize("sentence", [
    "The Department is required to submit written comments to the Attorney General stating the reasons why the "
    "requested information should not be released.",
    "The County has ten business days to explain to the Attorney General why the records should not be released.",
    "Third parties may submit arguments to the Attorney General as to why their information should not be disclosed.",
    "The Attorney General will decide whether the records may not be released under the Act.",
])
def test_reasons_argued_why_records_should_not_be_released_are_no_refusal(sentence: str) -> None:
    assert not any(event.kind is EventKind.FINAL_DETERMINATION for event in events_in(sentence))


def test_a_refusal_with_its_reason_is_still_read_loosely() -> None:
    # The near miss: the refusal said outright, why it is made told after it.
    events = events_in("The Clerk will not be turning over the recordings, and this letter explains why.")
    assert [(e.kind, e.outcome) for e in events] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


# What would not make the records come any sooner speaks of when, not whether: no refusal.
@pytest.mark.parametrize("sentence", [
    "Filing a lawsuit won't make the records available any sooner.",
    "Calling our office every day will not get the records released faster.",
    "Paying the fee early cannot make the documents available more quickly.",
])
def test_what_would_not_bring_the_records_sooner_is_no_refusal(sentence: str) -> None:
    assert not any(event.kind is EventKind.FINAL_DETERMINATION for event in events_in(sentence))


def test_a_refusal_beside_a_word_of_time_is_still_read_loosely() -> None:
    # The near miss: records that will not be made available, whenever asked.
    events = events_in("The Clerk will not make the recordings available to you.")
    assert [(e.kind, e.outcome) for e in events] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]

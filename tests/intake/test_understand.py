"""What a letter is understood to report: whole letters against their expected events, and each field's
rule on its own, including the wordings that must NOT produce a field (precision over recall)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from intake_scoring import differences, score

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import Letter, understand

LETTERS = Path(__file__).parent / "letters"


@pytest.mark.parametrize("folder", ["samples", "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"])
def test_every_own_letter_is_proposed_fully_right(folder: str) -> None:
    wrong = {name: problems for name, problems in score(LETTERS / folder).items() if problems}
    assert wrong == {}


def test_scoring_notices_a_wrong_field(tmp_path: Path) -> None:
    letter = tmp_path / "x.txt"
    letter.write_text("March 3, 2026\n\nCase Number: F-2026-00001\n\nThis acknowledges receipt of your request, "
                      "which we received on March 1, 2026.\n", encoding="utf-8")
    assert differences(letter, {"kinds": ["acknowledged"], "date": "2026-03-03", "received": "2026-03-01"}) == []
    assert differences(letter, {"kinds": ["acknowledged"], "date": "2026-03-03", "received": "2026-03-02"}) != []


def events(body: str, *, date: str = "March 3, 2026") -> list:  # type: ignore[type-arg]
    return understand(Letter(text=f"Agency FOIA Office\n\n{date}\n\nDear Requester:\n\n{body}\n\nSincerely,\nFOIA")
                      ).events


def only(body: str):  # type: ignore[no-untyped-def]
    found = events(body)
    assert len(found) == 1, [e.kind for e in found]
    return found[0]


def test_letter_date_is_the_date_line_not_the_receipt_date() -> None:
    event = only("This acknowledges receipt of your request dated February 20, 2026, received on February 24, 2026.")
    assert event.date == dt.date(2026, 3, 3)
    assert event.received == dt.date(2026, 2, 24)
    assert "received on February 24, 2026" in event.evidence["received"]


def test_envelope_date_when_the_letter_has_none() -> None:
    proposal = understand(Letter(text="Hello,\n\nWe received your request on May 1, 2026.", date=dt.date(2026, 5, 4)))
    assert proposal.events[0].date == dt.date(2026, 5, 4)


def test_no_date_at_all_is_said() -> None:
    proposal = understand(Letter(text="Hello,\n\nThis acknowledges receipt of your FOIA request."))
    assert proposal.events[0].date is None
    assert "date" in proposal.events[0].unsure


def test_received_on_written_before_the_verb() -> None:
    event = only("On February 24, 2026, this office received your FOIA request. This letter acknowledges it.")
    assert event.received == dt.date(2026, 2, 24)


def test_acknowledgement_without_receipt_date_says_why() -> None:
    event = only("This acknowledges receipt of your Freedom of Information Act request.")
    assert event.kind is EventKind.ACKNOWLEDGED and event.received is None
    assert "received" in event.unsure


def test_expected_by_only_from_a_stated_completion_date() -> None:
    event = only("This acknowledges receipt of your request. The estimated completion date is April 30, 2026.")
    assert event.expected_by == dt.date(2026, 4, 30)
    assert only("This acknowledges receipt of your request. We will respond within twenty business days."
                ).expected_by is None


@pytest.mark.parametrize(("sentence", "days"), [
    ("ICE will invoke a 10-day extension for your request.", 10),
    ("We are extending the time to respond by 14 days pursuant to Government Code section 7922.535.", 14),
    ("Unusual circumstances apply, and we will need to extend the time limit by an additional ten working days.", 10),
    ("We are taking a ten (10) working day extension.", 10),
    ("We will need 10 additional working days to respond because unusual circumstances apply.", 10),
])
def test_extension_days(sentence: str, days: int) -> None:
    event = only(sentence)
    assert (event.kind, event.extension_days) == (EventKind.EXTENSION, days)


@pytest.mark.parametrize("notice", [
    "NOTICE: This e-mail, including any attachments, is intended only for the use of the individual or entity to "
    "which it is addressed and may contain information that is privileged, confidential, or protected by law, "
    "including the Privacy Act of 1974 and 38 U.S.C. 5701 and 7332.",
    "CONFIDENTIALITY NOTICE: This message and any attachments may contain confidential information protected by "
    "26 U.S.C. 6103. If you are not the intended recipient, please delete it.",
    "This electronic mail transmission is intended solely for the addressee and may be protected under "
    "Cal. Gov. Code § 7927.705. If you have received this e-mail in error, notify the sender; you are not the "
    "intended recipient.",
])
def test_an_emails_confidentiality_notice_withholds_nothing(notice: str) -> None:
    body = ("This is the final response to your request. We located 44 pages of records and determined that they are "
            "releasable in their entirety. The 44 pages are enclosed without redaction.\n\n" + notice)
    event = only(body)
    assert (event.kind, event.outcome, tuple(event.exemptions)) == (
        EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, ())


def test_an_emails_own_words_are_still_read() -> None:
    # The near miss: the e-mail that is the response, and what it withholds.
    event = only("This e-mail is the final response to your request. We are releasing 30 pages in part; names are "
                 "withheld under 5 U.S.C. § 552(b)(6).")
    assert (event.outcome, tuple(event.exemptions)) == (Outcome.PARTIAL_GRANT, ("(b)(6)",))


@pytest.mark.parametrize("sentence", [
    "Although our goal is to respond within 20 business days, the FOIA does permit a 10-day extension.",
    "If unusual circumstances apply, we may extend the time by 10 working days.",
])
def test_extension_mentioned_but_not_taken(sentence: str) -> None:
    assert not [e for e in events(sentence) if e.kind is EventKind.EXTENSION]


@pytest.mark.parametrize(("sentence", "amount"), [
    ("The estimated cost to provide the responsive records is $42.75 for 285 pages of copies.", "42.75"),
    ("Labor: 4 hours at $15.00 per hour, $60.00. Total estimated charges: $1,080.00.", "1080.00"),
    ("The estimated fee for this request is $65.00, calculated at $0.15 per page for 400 pages.", "65.00"),
    # What is owed after a waiver, said in the waiver's sentence, is the fee; an earlier estimate named as such is not
    ("The Authority has waived the search fee; the fee payable is thus $24.00. The original estimate was $120.00.",
     "24.00"),
    ("As a representative of the news media you pay no search fees, and the amount due is therefore $36.50 for "
     "duplication.", "36.50"),
    ("Our original estimate of $120.00 has been revised to $80.00 because fewer pages were found.", "80.00"),
])
def test_fee_estimate_amount(sentence: str, amount: str) -> None:
    fees = [e for e in events(sentence) if e.kind is EventKind.FEE_ESTIMATE]
    assert [e.amount for e in fees] == [Decimal(amount)]


@pytest.mark.parametrize("sentence", [
    "We will construe the submission of your request as an agreement to pay up to $25.00.",
    "You will pay the quarter-hour rate ($4.00, $7.00, $10.25) of the searcher.",
    "Copies cost $0.10 per page; the first 100 pages are free.",
    "Thank you for your payment of $42.75, which we received on March 1, 2026.",
    "Fees of less than $25.00 are waived.",
])
def test_amounts_that_are_not_an_estimate(sentence: str) -> None:
    assert not [e for e in events(sentence) if e.kind is EventKind.FEE_ESTIMATE]


@pytest.mark.parametrize("sentence", [
    # ICE's standard sentence, and wordings of the same threshold under which nothing is charged
    "Because the cost is below the $14 minimum, there is no charge.",
    "Fees below $25 are waived.",
    "The fee is less than the minimum of $25, so no fee will be charged.",
    "As the processing fee falls below the $14 threshold, you will not be charged.",
    "The estimated cost is under our $25 minimum; therefore there will be no charge for this request.",
    "Since the total cost of $10.50 is below the $25 minimum fee, there is no charge.",
    "Because the fees do not exceed $14, we will not charge you.",
])
def test_a_fee_threshold_under_which_nothing_is_charged_is_no_estimate(sentence: str) -> None:
    assert not [e for e in events(sentence) if e.kind is EventKind.FEE_ESTIMATE]


def test_a_waiver_with_an_earlier_estimate_recalled_proposes_no_fee() -> None:
    # The near miss: the fee waived, the earlier estimate only recalled
    assert not [e for e in events("Your fee waiver request is granted; no fees will be charged. Your earlier estimate "
                                  "of $85.00 no longer applies.") if e.kind is EventKind.FEE_ESTIMATE]


@pytest.mark.parametrize(("sentence", "amount"), [
    ("The estimated fee is $45.00, which is above the $25 minimum.", "45.00"),
    ("After the two hours of search provided at no charge, the search fee comes to $160.00.", "160.00"),
    ("Under 28 C.F.R. 16.10, the estimated fee is $60.00; we will not charge you before you agree to pay it.",
     "60.00"),
])
def test_an_estimate_beside_a_minimum_or_a_free_part_keeps_its_amount(sentence: str, amount: str) -> None:
    fees = [e for e in events(sentence) if e.kind is EventKind.FEE_ESTIMATE]
    assert [e.amount for e in fees] == [Decimal(amount)]


@pytest.mark.parametrize(("sentence", "kind", "outcome"), [
    ("Your request for a fee waiver is granted.", EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT),
    ("I am denying your request for a fee waiver.", EventKind.FEE_WAIVER_DECISION, Outcome.DENIED),
    ("Your fee waiver request is moot because no fees will be charged.", EventKind.FEE_WAIVER_DECISION,
     Outcome.OTHER),
    ("Your request for expedited processing is hereby denied.", EventKind.EXPEDITE_DECISION, Outcome.DENIED),
    ("Your request for expedited processing has been granted.", EventKind.EXPEDITE_DECISION, Outcome.FULL_GRANT),
])
def test_fee_waiver_and_expedite_decisions(sentence: str, kind: EventKind, outcome: Outcome) -> None:
    event = only(sentence)
    assert (event.kind, event.outcome) == (kind, outcome)


def test_two_decisions_in_one_sentence_each_read_from_its_clause() -> None:
    found = events("Your request for a fee waiver is granted; however, your request for expedited processing is "
                   "denied.")
    assert {(e.kind, e.outcome) for e in found} == {(EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT),
                                                    (EventKind.EXPEDITE_DECISION, Outcome.DENIED)}


def test_waiver_held_in_abeyance_is_no_decision() -> None:
    assert not events("We will hold your request for a fee waiver in abeyance pending the fee assessment.")


@pytest.mark.parametrize("sentence", [
    "Your request is too broad. Please clarify the time period and the offices you want searched.",
    "We are writing to ask whether you are still interested in the records you requested.",
])
def test_clarification_and_still_interested(sentence: str) -> None:
    assert only(sentence).kind is EventKind.CLARIFICATION_REQUESTED


def test_an_offer_to_narrow_is_not_a_clarification_request() -> None:
    found = events("This acknowledges receipt of your request. If you care to narrow the scope of your request, "
                   "please contact our office.")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize(("body", "outcome"), [
    ("This is the final response. 12 pages are released in full.", Outcome.FULL_GRANT),
    ("This is the final response. We located 30 pages; all 30 pages are withheld in full under Exemption 5.",
     Outcome.DENIED),
    ("Your request is denied pursuant to Public Officers Law § 87(2)(e).", Outcome.DENIED),
    ("We conducted a search and did not locate any records responsive to your request.", Outcome.NO_RECORDS),
    ("We are releasing 10 pages in full and 5 pages in part; exemption (b)(6) applies.", Outcome.PARTIAL_GRANT),
    ("We have referred your request to the Department of Energy for direct response to you. This completes the "
     "processing of your request.", Outcome.OTHER),
    ("We can neither confirm nor deny the existence of records responsive to your request.", Outcome.DENIED),
])
def test_final_determination_outcomes(body: str, outcome: Outcome) -> None:
    event = only(body)
    assert (event.kind, event.outcome) == (EventKind.FINAL_DETERMINATION, outcome)


def test_final_with_unclear_outcome_leaves_it_empty_with_the_reason() -> None:
    event = only("This completes the processing of your request.")
    assert event.kind is EventKind.FINAL_DETERMINATION and event.outcome is None
    assert "outcome" in event.unsure


def test_interim_release_is_not_final() -> None:
    event = only("This is our second interim release. We are releasing 40 pages in part; exemption (b)(6) applies. "
                 "We will continue to process your request.")
    assert (event.kind, event.pages_released, event.exemptions) == (EventKind.INTERIM_RELEASE, 40, ("(b)(6)",))


def test_the_final_installment_is_final() -> None:
    assert only("This is the final installment. 12 pages are released in full.").kind is \
        EventKind.FINAL_DETERMINATION


def test_exemption_explanation_sheet_is_not_what_was_applied() -> None:
    event = only("This is the final response. 5 pages are released in part under (b)(6).\n\nExplanation of "
                 "Exemptions\n\n(b)(1) classified. (b)(2) internal personnel rules. (b)(5) privileged, withheld.")
    assert event.exemptions == ("(b)(6)",)


@pytest.mark.parametrize(("sentence", "result", "outcome"), [
    ("After carefully considering your appeal, I am affirming the FBI's action on your request.", "affirmed",
     Outcome.DENIED),
    ("After carefully considering your appeal, I am remanding your request to EOIR for further processing.",
     "remanded", Outcome.OTHER),
    ("After considering your appeal, I am reversing the Criminal Division's action on your request.", "reversed",
     Outcome.FULL_GRANT),
    ("After carefully considering your appeal, I am affirming in part and remanding in part the action on your "
     "request.", "partly", Outcome.PARTIAL_GRANT),
])
def test_appeal_decisions(sentence: str, result: str, outcome: Outcome) -> None:
    event = only("Re: Appeal No. A-2026-01111\n\n" + sentence)
    assert (event.kind, event.appeal_result, event.outcome, event.appeal_number) == (
        EventKind.APPEAL_DECISION, result, outcome, "A-2026-01111")


def test_appeal_rights_paragraph_does_not_make_a_determination_an_appeal() -> None:
    found = events("Your request is hereby denied under Exemption 5. You may appeal this decision within 90 days; "
                   "the appeal office may affirm or reverse it.")
    assert [e.kind for e in found] == [EventKind.FINAL_DETERMINATION]


def test_letter_with_several_events_in_the_order_they_happen() -> None:
    found = events("This acknowledges receipt of your request, received on March 1, 2026. Your request for a fee "
                   "waiver is granted. We are taking a 10-day extension. Your request was assigned number "
                   "2026-HQFO-00777.")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION, EventKind.FEE_WAIVER_DECISION]
    assert {e.tracking_number for e in found} == {"2026-HQFO-00777"}


def test_nothing_recognised_says_so() -> None:
    proposal = understand(Letter(text="March 3, 2026\n\nHappy holidays from all of us."))
    assert proposal.events == [] and proposal.notes


def test_cbp_letter_pages_reviewed_are_not_pages_released() -> None:
    text = (LETTERS / "appeal_offices" / "cbp-final.txt").read_text(encoding="utf-8")
    final = [e for e in understand(Letter(text=text)).events if e.kind is EventKind.FINAL_DETERMINATION]
    assert [(e.pages_released, e.pages_withheld) for e in final] == [(30, 6)]


def test_ice_letter_below_the_minimum_proposes_no_fee() -> None:
    found = events("This letter is the final response to your FOIA request. A search produced 12 pages, which "
                   "are released in full. Because the cost is below the $14 minimum, there is no charge.")
    assert not [e for e in found if e.kind is EventKind.FEE_ESTIMATE or e.amount is not None]


@pytest.mark.parametrize(("body", "result"), [
    # A review body ordering the office to give out what it kept back reverses the denial ...
    ("This is the decision on your appeal of the County's denial of your request for the jail booking logs. We find "
     "that no exemption applies. The County must therefore disclose the logs.", "reversed"),
    ("This office has reviewed your appeal of the Department's denial. The Department must release the requested "
     "records to you within ten business days.", "reversed"),
    # ... not what the law provides in general, nor a condition
    ("This office has reviewed your appeal. Under the Act, an agency must disclose the records unless an exemption "
     "applies. We find that the exemption applies, and the denial is upheld.", "affirmed"),
])
def test_an_order_to_disclose_on_appeal(body: str, result: str) -> None:
    [event] = [e for e in events(f"Re: Appeal 26-0412\n\n{body}") if e.kind is EventKind.APPEAL_DECISION]
    assert event.appeal_result == result


@pytest.mark.parametrize(("body", "upheld"), [
    # One sentence deciding two withholdings, one affirmed and one reversed: partly, only the affirmed ground applied
    ("The Office affirms the withholding under Exemption 5 and reverses the withholding under Exemption 6.",
     ["(b)(5)"]),
    # ... and in other words
    ("We uphold the redactions made under Exemption 6; we reverse the withholding under Exemption 5.", ["(b)(6)"]),
    ("I have decided to affirm the withholdings under Exemption 7(C), and to reverse the withholding under "
     "Exemption 5.", ["(b)(7)(C)"]),
    # ... or the reversed withholding released, the other affirmed in the passive
    ("The Bureau will release the information previously withheld under Exemption 5; the Exemption 6 redactions are "
     "affirmed.", ["(b)(6)"]),
    ("The Department will disclose the portions previously redacted under Exemption 4; the withholdings under "
     "Exemption 7(E) are upheld.", ["(b)(7)(E)"]),
    ("The Agency will now release the records previously withheld under Exemption 5; the redactions made under "
     "Exemption 6 are upheld.", ["(b)(6)"]),
    # ... the pages counted, and the grounds of the new redactions named after them
    ("Your appeal is granted in part. The Bureau will release 7 pages previously withheld under 5 U.S.C. "
     "§ 552(b)(5), with redactions under Exemption 6.", ["(b)(6)"]),
    # ... or the appeal "sustained in part", as a review body that grants an appeal says it
    ("After review, your appeal is sustained in part. The agency will release two additional pages previously "
     "withheld under Exemption 5. The remaining withholdings under Exemption 6 are affirmed.", ["(b)(6)"]),
    ("Your appeal is therefore sustained in part. The Department will disclose the portions previously redacted "
     "under Exemption 4; the withholdings under Exemption 7(E) are upheld.", ["(b)(7)(E)"]),
])
def test_an_appeal_decision_affirming_one_withholding_and_reversing_another(body: str, upheld: list[str]) -> None:
    [event] = [e for e in events(f"This responds to your appeal of the denial of your FOIA request.\n\n{body}")
               if e.kind is EventKind.APPEAL_DECISION]
    assert (event.appeal_result, event.outcome, list(event.exemptions)) == ("partly", Outcome.PARTIAL_GRANT, upheld)


def test_an_appeal_decision_affirming_two_withholdings_is_affirmed() -> None:
    # The near miss: both grounds affirmed in one sentence
    [event] = [e for e in events("This responds to your appeal of the denial of your FOIA request.\n\nThe Office "
                                 "affirms the withholding under Exemption 5 and under Exemption 6.")
               if e.kind is EventKind.APPEAL_DECISION]
    assert (event.appeal_result, list(event.exemptions)) == ("affirmed", ["(b)(5)", "(b)(6)"])


def test_withholdings_affirmed_in_the_passive_are_an_affirmance() -> None:
    # The near miss: the redactions affirmed, nothing released
    [event] = [e for e in events("This responds to your appeal of the denial of your FOIA request.\n\nThe Exemption 6 "
                                 "redactions are affirmed.") if e.kind is EventKind.APPEAL_DECISION]
    assert (event.appeal_result, list(event.exemptions)) == ("affirmed", ["(b)(6)"])


@pytest.mark.parametrize("body", [
    # A review body's notice of an appeal it received, the appellant named only by name, acknowledges the appeal ...
    "This Office received an appeal under KRS 61.880(2)(a) on November 30, 2026, from Ms. Jordan Rivera challenging "
    "the State Police's response to her request.",
    "The Board has received an open records appeal from Mr. Lee on November 30, 2026, concerning the County's denial.",
])
def test_a_review_bodys_notice_of_an_appeal_received(body: str) -> None:
    [event] = events(body, date="December 4, 2026")
    assert (event.kind, event.received) == (EventKind.APPEAL_ACKNOWLEDGED, dt.date(2026, 11, 30))


@pytest.mark.parametrize(("body", "received"), [
    # ... the day set between the verb and the appeal (Hawaii's Office of Information Practices)
    ("The Office of Information Practices (OIP) received on December 9, 2026, an appeal from Mr. Kainoa Delacruz-Ng "
     "(Requester) concerning the Honolulu Police Department's denial of his request.", dt.date(2026, 12, 9)),
    ("The Commission received on December 9, 2026 the appeal of Ms. Rivera from the County's denial.",
     dt.date(2026, 12, 9)),
    # ... or its receipt acknowledged by the office, named or not
    ("This letter acknowledges OIP's receipt of the appeal, which has been assigned the file number noted above. The "
     "appeal concerns the Police Department's denial of Mr. Lee's request.", None),
    ("We acknowledge receipt of the appeal you filed on November 30, 2026, concerning the County's denial.", None),
])
def test_a_review_bodys_acknowledgement_of_an_appeal(body: str, received: dt.date | None) -> None:
    [event] = events(body, date="December 11, 2026")
    assert event.kind is EventKind.APPEAL_ACKNOWLEDGED
    if received:
        assert event.received == received


def test_the_time_counted_from_the_appeals_receipt_acknowledges_no_appeal() -> None:
    # The near miss: a request acknowledged, the appeal only a time limit counted from its receipt
    found = events("This letter acknowledges receipt of your request, received on November 30, 2026. If you appeal, "
                   "the Director will decide within ten days of receipt of the appeal.", date="December 4, 2026")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


def test_an_appeal_the_office_may_receive_is_no_appeal_letter() -> None:
    # The near miss: what the office will do if it receives an appeal, in a request's acknowledgement
    found = events("We received your request on November 30, 2026. If the Office receives an appeal, it will decide "
                   "it within 20 days.", date="December 4, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 11, 30))]


@pytest.mark.parametrize(("body", "kinds"), [
    # What a review will find out is no determination ...
    ("We received your request on February 20, 2026. The records must be reviewed by legal counsel to determine "
     "whether any of them are exempt from disclosure under 29 Del. C. § 10002(o).", [EventKind.ACKNOWLEDGED]),
    ("We received your request on February 20, 2026. We are reviewing whether the records may be released under RCW "
     "42.56.240.", [EventKind.ACKNOWLEDGED]),
    # ... the near miss: records decided exempt, a "whether" after the decision
    ("The records are exempt from disclosure under 29 Del. C. § 10002(o)(3), whether or not they are in the "
     "Department's files.", [EventKind.FINAL_DETERMINATION]),
])
def test_a_release_a_review_will_decide_is_no_determination(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events(body)] == kinds


def test_withholdings_sustained_are_an_affirmance_not_an_appeal_sustained() -> None:
    # "Sustained" said of the agency's withholdings upholds them; said of the appeal, grants it.
    [upheld] = [e for e in events("This responds to your appeal of the denial of your FOIA request.\n\nThe "
                                  "withholdings under Exemptions 6 and 7(C) are sustained. Accordingly, your appeal "
                                  "is denied.") if e.kind is EventKind.APPEAL_DECISION]
    [granted] = [e for e in events("This responds to your appeal of the denial of your FOIA request.\n\nYour appeal "
                                   "is sustained, and the records will be released to you in full.")
                 if e.kind is EventKind.APPEAL_DECISION]
    assert (upheld.appeal_result, granted.appeal_result) == ("affirmed", "reversed")


@pytest.mark.parametrize(("body", "expected"), [
    # the law's own day, said so after the date, gives way to the later day the office expects
    ("The Office received your request on November 20, 2026. We expect to respond by December 4, 2026, which is the "
     "deadline allowed by law. Because the records are in storage, we anticipate a complete response on or before "
     "December 18, 2026.", dt.date(2026, 12, 18)),
    # ... and is the day expected when no other is named
    ("The Office received your request on November 20, 2026. We expect to respond by December 4, 2026, which is the "
     "deadline allowed by law.", dt.date(2026, 12, 4)),
    # The near miss: a day the letter does not call the law's.
    ("The Office received your request on November 20, 2026. We expect to respond by December 4, 2026, which is when "
     "the search ends. We anticipate a complete response on or before December 18, 2026.", dt.date(2026, 12, 4)),
])
def test_the_laws_period_said_after_the_date_gives_way_to_a_later_day(body: str, expected: dt.date) -> None:
    text = f"Agency FOIA Office\n\nNovember 24, 2026\n\nDear Requester:\n\n{body}\n\nSincerely,\nFOIA"
    ack = next(e for e in understand(Letter(text=text)).events if e.kind is EventKind.ACKNOWLEDGED)
    assert ack.expected_by == expected

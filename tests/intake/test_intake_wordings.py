"""Wordings agencies use for each kind and field that no held-out letter had yet, each read by a general rule:
a receipt date given as such or as a form's label, a receipt in an aside, records that do not exist or a
negative search, records exempt from disclosure, a request granted outright, and a portal's table of page counts."""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, kinds_and_outcomes

from foiatrack.core.vocabulary import EventKind, Outcome

RECEIVED = dt.date(2026, 2, 24)


@pytest.mark.parametrize("body", [
    "Your request has been received and assigned request number 2026-001234. The date of receipt is February 24, "
    "2026.",
    "Date Received: 02/24/2026\nRequest Number: 2026-001234\nThank you for your request.",
    "Your request, received February 24, 2026, has been assigned tracking number 2026-001234.",
    "We have received your FOIA request dated February 20, 2026 on February 24, 2026."])
def test_receipt_dates(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, RECEIVED)]


def test_a_receipt_recited_in_a_determination_is_no_acknowledgement() -> None:
    found = events_in("Your request, received February 24, 2026, has been processed. We did not locate any records "
                      "responsive to your request.")
    assert [(e.kind, e.outcome, e.received) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS, None)]


@pytest.mark.parametrize(("body", "outcome"), [
    ("No responsive records exist.", Outcome.NO_RECORDS),
    ("The records you describe do not exist.", Outcome.NO_RECORDS),
    ("The search for records was negative.", Outcome.NO_RECORDS),
    ("We have determined that the records you requested are exempt from disclosure under Exemption 7(A).",
     Outcome.DENIED),
    ("Your request is granted. The records are attached.", Outcome.FULL_GRANT),
    ("Your request is granted in part. The records are attached; telephone numbers are redacted under (b)(6).",
     Outcome.PARTIAL_GRANT)])
def test_outcomes(body: str, outcome: Outcome) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, outcome)]


def test_a_granted_fee_waiver_is_no_full_grant_of_the_records() -> None:
    found = events_in("Your request for a fee waiver is granted.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT)]


def test_a_portal_table_of_page_counts() -> None:
    found = events_in("Pages reviewed: 60\nPages released: 45\nPages withheld in full: 15\nExemptions: (b)(6), "
                      "(b)(7)(C)\nThis completes your request.")
    assert (found[0].pages_released, found[0].pages_withheld, found[0].outcome) == (45, 15, Outcome.PARTIAL_GRANT)
    found = events_in("Pages released in full: 30\nPages released in part: 12\nThis completes your request.")
    assert (found[0].pages_released, found[0].pages_withheld, found[0].outcome) == (42, None, Outcome.PARTIAL_GRANT)


@pytest.mark.parametrize(("body", "result"), [
    ("After reviewing your appeal, we have decided to release the information previously withheld. Your appeal is "
     "therefore granted.", "reversed"),
    ("Upon review of your appeal, I find that the agency conducted an adequate search. Accordingly, I am affirming "
     "the agency's no records response.", "affirmed")])
def test_appeal_decisions(body: str, result: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.appeal_result) for e in found] == [(EventKind.APPEAL_DECISION, result)]


def test_an_appeal_received_in_an_aside_is_acknowledged() -> None:
    found = events_in("Your administrative appeal, received on March 3, 2026, has been assigned appeal number "
                      "2026-APP-0042.", date_line="March 5, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.APPEAL_ACKNOWLEDGED, dt.date(2026, 3, 3))]


def test_an_extension_required_until_a_date() -> None:
    found = events_in("Pursuant to N.J.S.A. 47:1A-5(i), the agency requires an extension of time until March 20, 2026 "
                      "to respond.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, None)]


@pytest.mark.parametrize(("body", "released"), [
    ("Enclosed are two hundred fifty-six (256) pages released in full.", 256),
    ("Please find attached responsive documents (45 pages). Certain personal information has been redacted under "
     "65 P.S. § 67.708(b)(6).", 45)])
def test_counts_in_words_and_in_parentheses(body: str, released: int) -> None:
    assert events_in(body)[0].pages_released == released


def test_everything_found_withheld_in_its_entirety() -> None:
    found = events_in("The Department has identified 16 pages of records. The records are exempt from disclosure "
                      "pursuant to Section 7(1)(c) of FOIA, 5 ILCS 140/7(1)(c), and are withheld in their entirety.")
    assert (found[0].outcome, found[0].pages_withheld, found[0].exemptions) == (
        Outcome.DENIED, 16, ("5 ILCS 140/7(1)(c)",))


def test_whether_anything_is_exempt_is_no_determination() -> None:
    found = events_in("The City received your public records request on March 31, 2026. The City is gathering and "
                      "reviewing records to determine whether any information is exempt from disclosure.",
                      date_line="April 3, 2026")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


def test_a_cost_beside_its_unit_price() -> None:
    assert events_in("Your request will cost $75.00 (3 hours at $25.00 per hour).")[0].amount == 75


def test_a_date_written_the_nth_of_a_month() -> None:
    found = events_in("We received your request on the 2nd of March, 2026.", date_line="3rd March 2026")
    assert (found[0].date, found[0].received) == (dt.date(2026, 3, 3), dt.date(2026, 3, 2))


@pytest.mark.parametrize(("text", "number"), [
    ("Your request, 26-1187, has been closed.", "26-1187"),
    ("Your FOIL request (No. 2026-0311) has been received.", "2026-0311"),
    ("Your request (#R26-00913) has been received.", "R26-00913"),
    # ... or in square brackets, as a subject line sets it
    ("Subject: Freedom of Information Act Request [27-OIG-043]", "27-OIG-043"),
    ("Re: FOIA Request No. [2027-00123]", "2027-00123")])
def test_a_number_in_an_aside_after_the_word_request(text: str, number: str) -> None:
    from foiatrack.intake.numbers import find_references

    assert [ref.number for ref in find_references(text)] == [number]


def test_a_count_after_the_word_request_is_no_number() -> None:
    from foiatrack.intake.numbers import find_references

    assert find_references("Your request, 10 business days after receipt, and request (2026) were noted.") == []
    assert find_references("Re: Your request [see attached] and request [2026] of May 4") == []


@pytest.mark.parametrize("body", [
    "If fees are waived, you will be notified.",
    "We will notify you if the fee waiver is granted.",
    "Unless your request for expedited processing is granted, requests are processed in the order received.",
    "You asked that the fees for your request be waived.",
    "Fees for requests by educational institutions are waived when the request serves a scholarly purpose."])
def test_a_waiver_or_expedite_under_a_condition_or_as_a_rule_is_no_decision(body: str) -> None:
    found = events_in(body)
    assert [e.kind for e in found if e.kind in (EventKind.FEE_WAIVER_DECISION, EventKind.EXPEDITE_DECISION)] == []


@pytest.mark.parametrize("body", [
    "We received your request on March 1, 2026. We have extended the response date to March 30, 2026, which is the "
    "10-workday extension allowed by law.",
    "We received your request on March 1, 2026. We are extending the time to respond by ten working days, to March 30, "
    "2026.",
])
def test_the_date_an_extension_runs_to_is_the_acknowledgements_expected_date(body: str) -> None:
    events = events_in(body)
    assert (events[0].kind, events[0].expected_by) == (EventKind.ACKNOWLEDGED, dt.date(2026, 3, 30))


@pytest.mark.parametrize("body", [
    "We received your request on March 1, 2026. We are extending the time to respond to your request to March 30, "
    "2026.",
    "We received your request on March 1, 2026. The Department is extending the response deadline to March 30, 2026.",
])
def test_the_date_an_extension_without_its_days_runs_to_is_said_in_unsure(body: str) -> None:
    # An extension counts in days; one that names only the new day leaves it to the user, on the acknowledgement too.
    events = events_in(body)
    assert (events[0].kind, events[0].expected_by) == (EventKind.ACKNOWLEDGED, None)
    assert "March 30, 2026" in events[0].unsure["expected_by"]


def test_an_extension_to_a_requests_date_is_no_expected_date() -> None:
    # Near miss: the date after "to" is the request's own, named by "dated", not the date the time runs to.
    events = events_in("We received your request on March 1, 2026. We are extending the time to respond to your "
                       "request dated February 27, 2026.")
    assert all(e.expected_by is None for e in events)


def test_an_extension_giving_only_its_new_date_says_the_date_where_the_days_are_unsure() -> None:
    (event,) = events_in("We are extending the time to respond to your request to December 7, 2026.")
    assert event.kind == EventKind.EXTENSION and event.extension_days is None
    assert "December 7, 2026" in event.unsure["extension_days"]


@pytest.mark.parametrize("body", [
    "Because we did not receive a response to our request for clarification, we have administratively closed your "
    "request.",
    "We have not heard from you since our letter of January 5, 2026, so we have administratively closed your request.",
    "Your request has been administratively closed because we did not receive the fee commitment we asked for.",
])
def test_a_request_administratively_closed_for_want_of_a_reply_is_withdrawn(body: str) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN)]


def test_a_close_foreseen_is_not_a_closing() -> None:
    """The near miss: the close is what will happen without a reply."""
    kinds = [kind for kind, _ in kinds_and_outcomes(
        "If we do not hear from you within 30 days, your request will be administratively closed.")]
    assert EventKind.FINAL_DETERMINATION not in kinds


@pytest.mark.parametrize("body", [
    "We will require more than the statutory 20 working days; we anticipate a response by April 30, 2026.",
    "Processing will take beyond the usual twenty working days, and we are extending the time to respond.",
])
def test_the_days_the_law_allows_exceeded_are_not_the_days_taken(body: str) -> None:
    assert all(event.extension_days is None for event in events_in(body))


@pytest.mark.parametrize("body", [
    "We have located the records. There are no records to produce until the fee is paid.",
    "There are no records to release unless you agree to pay the estimated fee.",
])
def test_nothing_given_until_something_happens_is_not_no_records(body: str) -> None:
    assert all(event.outcome is not Outcome.NO_RECORDS for event in events_in(body))


def test_nothing_found_is_still_no_records() -> None:
    """The near miss: the search found nothing, whatever the letter says next."""
    assert kinds_and_outcomes("We did not locate any records responsive to your request. Your request is closed.") == [
        (EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize("body", [
    "We received your request on November 16, 2025. Please clarify which permits you want.",
    "We received your request on November 16, 2025. Please clarify your request by naming the permits you want.",
])
def test_permits_asked_about_are_the_records_not_the_law_permitting(body: str) -> None:
    """"permits" is the records sought here, not a law that permits something (a condition, which asks nothing)."""
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize(("body", "expected_by"), [
    # A letter that says only when the answer will come acknowledges the request, that day its expected date:
    # Washington's five-day letter ...
    ("In accordance with RCW 42.56.520, we will need additional time to respond to your request. We estimate that we "
     "will be able to provide the first installment of records on or before April 10, 2026.", dt.date(2026, 4, 10)),
    # ... New York's approximate date ...
    ("Under Public Officers Law § 89(3)(a), we expect to respond to your request on or before March 31, 2026.",
     dt.date(2026, 3, 31)),
    # ... and a Wisconsin body's answer "as soon as practicable and without delay"
    ("Pursuant to Wis. Stat. § 19.35(4)(a), the Department will respond to your request as soon as practicable and "
     "without delay. We anticipate providing a response by March 13, 2026.", dt.date(2026, 3, 13)),
])
def test_a_letter_giving_only_the_day_of_the_answer_acknowledges(body: str, expected_by: dt.date) -> None:
    [event] = events_in(body)
    assert (event.kind, event.expected_by, event.received) == (EventKind.ACKNOWLEDGED, expected_by, None)


def test_a_day_that_is_no_answer_acknowledges_nothing() -> None:
    # The near miss: a letter about the office's own closing, a day in it but no answer promised
    assert events_in("Please note that our office will be closed on March 20, 2026 for the holiday.") == []


@pytest.mark.parametrize("body", [
    # The near misses: a day that comes only on a condition, and the requester's own day to pay
    "Under KRS 61.872(5), if the records are in storage, we will make them available on or before March 20, 2026.",
    "Please pay the fee within thirty days of this letter, which is April 2, 2026.",
])
def test_a_day_on_a_condition_or_the_requesters_own_acknowledges_nothing(body: str) -> None:
    assert events_in(body) == []


RECEIVED_AND_STORED = ("We received your request on February 24, 2026. The records you requested are not immediately "
                       "available. ")


@pytest.mark.parametrize("body", [
    # A day inside the law's own time, as Wyoming's notice that records are not immediately available gives it ...
    RECEIVED_AND_STORED + "The Department estimates that the records will be available on or before March 20, 2026, "
    "which is within thirty (30) calendar days of receipt of your request as provided in Wyo. Stat. § 16-4-202(d)(i).",
    # ... the law's time restated beside the day ...
    RECEIVED_AND_STORED + "Under Wyo. Stat. § 16-4-202, the Department has thirty (30) days from the date of receipt "
    "to release them. We expect they will be available on or before March 20, 2026.",
    # ... and in other words
    RECEIVED_AND_STORED + "They will be available no later than March 20, 2026, well within the time allowed by law.",
    RECEIVED_AND_STORED + "They will be available no later than March 20, 2026, within the thirty days the statute "
    "allows.",
])
def test_records_not_available_now_by_a_day_within_the_laws_time_are_no_extension(body: str) -> None:
    [event] = events_in(body)
    assert (event.kind, event.received, event.expected_by) == (
        EventKind.ACKNOWLEDGED, RECEIVED, dt.date(2026, 3, 20))


@pytest.mark.parametrize("body", [
    # The near misses: a day past the law's time, said so, or not placed within it at all
    RECEIVED_AND_STORED + "They cannot be produced within the five days the law allows. They will be available no "
    "later than March 20, 2026.",
    "We received your request on February 24, 2026. Pursuant to KRS 61.872(5), the Cabinet will make the records "
    "available to you on or before March 20, 2026, which is more than the five days provided by KRS 61.880(1).",
    RECEIVED_AND_STORED + "They will be available no later than March 20, 2026.",
])
def test_records_put_off_past_the_laws_time_are_still_an_extension(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]


@pytest.mark.parametrize("body", [
    # A deadline extended to a day, its days unsaid, through the storage or delay path: the day is said in unsure, as
    # any extension that names only its new date, and the acknowledgement does not take it as expected
    "We received your request on February 24, 2026. Because the records are in storage, we have extended the "
    "deadline to respond until Monday, March 16, 2026.",
    # ... and in other words
    "We received your request on February 24, 2026. Pursuant to KRS 61.872(5), the records are in storage. The "
    "deadline has been extended to March 16, 2026.",
    "We received your request on February 24, 2026. The records you requested are not immediately available, so we "
    "are extending our response time through March 16, 2026.",
])
def test_a_delay_extending_the_deadline_to_a_day_expects_nothing(body: str) -> None:
    ack, extension = events_in(body)
    assert (ack.kind, ack.expected_by, extension.kind, extension.expected_by, extension.extension_days) == (
        EventKind.ACKNOWLEDGED, None, EventKind.EXTENSION, None, None)
    assert "March 16, 2026" in extension.unsure["extension_days"]


def test_records_put_off_to_a_day_are_still_expected_then() -> None:
    # The near miss: records made available by a day, no deadline extended in words, are expected that day
    [_ack, extension] = events_in("We received your request on February 24, 2026. Pursuant to KRS 61.872(5), the "
                                  "Cabinet will make the records available to you on or before March 16, 2026.")
    assert extension.expected_by == dt.date(2026, 3, 16)


@pytest.mark.parametrize("body, day", [
    # An extension to a day, its days unsaid and no answer's date beside it: the note keeps the day
    ("The time to respond to your request is hereby extended to March 20, 2026.", "March 20, 2026"),
    # ... and in other words
    ("We need more time to search for the records. Our response time is extended through April 2, 2026.",
     "April 2, 2026"),
    ("Due to unusual circumstances, the Office is extending the period for its response to April 9, 2026.",
     "April 9, 2026"),
])
def test_an_extension_to_a_day_says_the_day(body: str, day: str) -> None:
    [extension] = [e for e in events_in(body) if e.kind == EventKind.EXTENSION]
    assert (extension.extension_days, extension.expected_by) == (None, None)
    assert f"extends the time to {day} without saying by how many days" in extension.unsure["extension_days"]


def test_an_extension_with_no_day_says_none() -> None:
    # The near miss: no day named, none said
    [extension] = events_in("Due to unusual circumstances, we are extending the time to respond to your request.")
    assert extension.unsure["extension_days"] == "the letter extends the time without saying by how many days"


@pytest.mark.parametrize("body", [
    # An office that says it needs more time takes it, whatever estimate of its answer follows: Delaware's notice
    # under 29 Del. C. § 10003(h)(2) ...
    "We received your request on February 24, 2026. This letter is to advise you that the Office requires additional "
    "time to respond to your request. Our good-faith estimate is that we will be able to provide a response by April "
    "10, 2026.",
    # ... and in other words
    "Your request was received on February 24, 2026. The Department needs more time to gather and review the records. "
    "We anticipate providing a response by April 10, 2026.",
    "Your request, received February 24, 2026, is assigned number 26-0731. Because the records are voluminous, the "
    "Agency will need further time to respond; it expects to respond on or before April 10, 2026.",
])
def test_more_time_needed_is_an_extension_whatever_estimate_follows(body: str) -> None:
    assert [(e.kind, e.received) for e in events_in(body)] == [
        (EventKind.ACKNOWLEDGED, RECEIVED), (EventKind.EXTENSION, None)]


def test_the_acknowledgement_itself_with_its_approximate_day_takes_no_more_time() -> None:
    # The near miss: New York's acknowledgement, which gives the day it expects to answer (Public Officers Law
    # § 89(3)(a)), the time it needs said as the reason for that day
    [event] = events_in("The Department has acknowledged your FOIL request. The agency requires additional time to "
                        "respond. The Department expects to provide a response to your request on or about April 10, "
                        "2026.")
    assert (event.kind, event.expected_by) == (EventKind.ACKNOWLEDGED, dt.date(2026, 4, 10))


# --- Sentence-scoped rules read a sentence to its end, not cut at an abbreviation's full stop ("No.", "U.S.",
# "Dept.", "Sgt."); the sentence splitter knows them too -------------------------------------------------------------


@pytest.mark.parametrize("granted", [
    "Your request No. 2026-114 is granted as to existing, nonexempt public records.",
    "Your request for records of the Mich. Dept. of Corrections is granted as to existing, nonexempt public records.",
    "Your request for the U.S. Marshals Service logs has been granted as to existing, nonexempt public records.",
])
def test_a_grant_with_an_abbreviation_inside_that_waits_on_a_deposit_is_a_fee_notice(granted: str) -> None:
    body = (f"The City received your request on November 24, 2026. {granted} The total estimated fee is $300.00. "
            "Under MCL 15.234(8), the City requires a good-faith deposit of $150.00 before it processes your request "
            "further.")
    assert [e.kind for e in events_in(body, "December 2, 2026")] == [EventKind.ACKNOWLEDGED, EventKind.FEE_ESTIMATE]


def test_a_grant_after_an_abbreviation_whose_records_go_with_it_is_a_determination() -> None:
    # The near miss: the same sentence sends the records.
    body = ("Your request No. 2026-114 is granted, and the 12 pages are enclosed. Please remit the copying fee of "
            "$3.00 within 30 days.")
    assert EventKind.FINAL_DETERMINATION in [k for k, _ in kinds_and_outcomes(body)]


# --- A request for another look at a decision, its dates written with numbers as portals and many offices write them
# ("your e-mail of 11/13/2026", "its 10/30/2026 decision") ----------------------------------------------------------


@pytest.mark.parametrize("opening", [
    "Your e-mail of 11/13/2026 asked us to take a second look at the Department's 10/30/2026 response to the request "
    "cited above.",
    "On 11/12/2026, you asked the Department of Labor & Industries (L&I) to review its 10/30/2026 decision to deny "
    "your public records request R038817-100826.",
    "Your letter dated 11.13.2026 asked the Department to reconsider its decision.",
])
def test_a_request_to_review_a_decision_with_numeric_dates_is_answered_by_a_review_decision(opening: str) -> None:
    body = (f"{opening}\n\nWe have done so. The file is exempt from disclosure under Government Code section 7923.600, "
            "and the Department stands by its response.")
    assert EventKind.APPEAL_DECISION in [k for k, _ in kinds_and_outcomes(body, "December 1, 2026")]


def test_a_first_answer_naming_the_requests_numeric_date_is_no_review() -> None:
    # The near miss: the request itself, dated with numbers, answered for the first time
    body = ("Your e-mail of 11/13/2026 asked us for the investigative file on the collision. The file is exempt from "
            "disclosure under Government Code section 7923.600.")
    assert EventKind.APPEAL_DECISION not in [k for k, _ in kinds_and_outcomes(body, "December 1, 2026")]


# --- Dates written day first ("23 March 2026", as the military and many offices write them) or abbreviated read as
# the same dates written month first ---------------------------------------------------------------------------------


@pytest.mark.parametrize("on_day", ["On 23 March 2026,", "On Mar. 23, 2026,", "On 03/23/2026,", "On March 23, 2026,"])
def test_an_extension_taken_earlier_and_told_again_is_no_new_extension(on_day: str) -> None:
    body = (f"{on_day} the City invoked a thirty-day extension. The City denies your request. The records are exempt "
            "from disclosure under 65 P.S. § 67.708(b)(17).")
    assert [k for k, _ in kinds_and_outcomes(body, "April 15, 2026")] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize(("received", "unmet", "extended"), [
    ("30 October 2026, on 5 November 2026", "4 December 2026", "18 December 2026"),
    ("10/30/2026, on 11/05/2026", "12/04/2026", "12/18/2026"),
    ("October 30, 2026, on November 5, 2026", "December 4, 2026", "December 18, 2026"),
])
def test_an_extension_letter_whose_unmet_day_is_written_any_way_denies_nothing(received: str, unmet: str,
                                                                                 extended: str) -> None:
    body = (f"We received your Freedom of Information Act (FOIA) request dated {received}.\n\nWe are unable to provide "
            f"the requested information by {unmet}, which is the 20 business day period allowed by law. We have "
            f"extended the response date to {extended}, which is the 10 business day extension allowed by law.")
    assert [e.kind for e in events_in(body, "November 20, 2026")] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]


def test_a_request_named_by_its_day_first_date_and_logged_later_is_received_that_later_day() -> None:
    body = ("The Centers for Medicare & Medicaid Services acknowledges your 20 November 2026, Freedom of Information "
            "Act request, which the Freedom of Information Group logged on 23 November 2026, for the hospitals' "
            "applications.")
    [event] = events_in(body, "24 November 2026")
    assert (event.kind, event.received) == (EventKind.ACKNOWLEDGED, dt.date(2026, 11, 23))


@pytest.mark.parametrize("body", [
    # An appeal acknowledged with its days abbreviated ("Nov. 18, 2026"): the month's dot ends no sentence
    "Your Freedom of Information Act appeal, postmarked Nov. 18, 2026, was docketed in the Office of General Counsel "
    "on Nov. 23, 2026.",
    "We have your letter of Nov. 16, 2026, in which you ask the Department to reconsider, on appeal, its withholding "
    "of portions of four documents released to you on Oct. 7, 2026.",
    "Your appeal of the Sept. 30, 2026 response to request 26-118 was received on Dec. 1, 2026.",
])
def test_an_appeal_acknowledged_with_abbreviated_dates(body: str) -> None:
    assert [k for k, _ in kinds_and_outcomes(body, "Dec. 2, 2026")] == [EventKind.APPEAL_ACKNOWLEDGED]


def test_a_request_to_review_a_decision_dated_with_an_abbreviated_month_is_answered_by_a_review() -> None:
    body = ("On Nov. 12, 2026, you asked the Department of Labor & Industries (L&I) to review its Oct. 30, 2026 "
            "decision to deny your public records request R038817-100826.\n\nWe have done so. The file is exempt "
            "from disclosure under RCW 51.28.070, and the Department stands by its decision.")
    assert EventKind.APPEAL_DECISION in [k for k, _ in kinds_and_outcomes(body, "Dec. 3, 2026")]


@pytest.mark.parametrize(("body", "received"), [
    # An appeal's day of receipt ending the sentence, far after the words of receipt, the request's long object
    # between (the Air Force's form letter) ...
    ("We received your letter dated 19 November 2026, appealing our 4 November 2026 partial denial of your FOIA "
     "request for the command-directed investigation into the 88th Civil Engineer Group, on 23 November 2026.",
     dt.date(2026, 11, 23)),
    ("We received your letter of November 19, 2026, appealing our denial of your request for records of the "
     "county's road contracts from January 1, 2024 to June 30, 2025, on November 23, 2026.", dt.date(2026, 11, 23)),
    ("We received your appeal dated November 19, 2026, of our October 30, 2026 denial of your request for the "
     "inspection reports of the Ridgefield plant from January 1, 2024 through the present, on November 23, 2026.",
     dt.date(2026, 11, 23)),
    # ... the near miss: a date inside the object, far from the receipt, not ending the sentence
    ("We received your letter dated 19 November 2026, appealing our 4 November 2026 partial denial of your FOIA "
     "request for the command-directed investigation into the 88th Civil Engineer Group's contracts, closed on 2 "
     "October 2026 after an audit, and we are processing it.", None),
])
def test_an_appeals_receipt_ending_a_long_sentence(body: str, received: dt.date | None) -> None:
    [event] = events_in("SUBJECT: Acknowledgement of FOIA Appeal, FOIA Case 2026-06218-F\n\n" + body
                        + " Your appeal has been assigned appeal number 2027-00044-A.", date_line="30 November 2026")
    assert (event.kind, event.received) == ("appeal_acknowledged", received)


@pytest.mark.parametrize("body", [
    # An estimate moved, the letter that gave the first one dated with its month abbreviated: an extension, whose
    # expected day is the new estimate
    "In our letter of Oct. 15, 2026, we estimated that the first installment of records would be available on or "
    "before Dec. 4, 2026. Additional time is needed to respond to your request. We now estimate that the first "
    "installment of records will be available on or before Jan. 22, 2027.",
    "In the acknowledgement sent to you on Oct. 27, 2026, the New York City Police Department (NYPD) estimated that "
    "it would respond to your request by Dec. 8, 2026. The NYPD has determined that it requires additional time to "
    "respond to your request. The NYPD now expects to provide a response to your request on or about Jan. 22, 2027.",
    "In our e-mail dated Sept. 30, 2026, we estimated that we would respond by Dec. 4, 2026. We need more time to "
    "review the records, and we now estimate that we will respond by Jan. 22, 2027.",
])
def test_an_estimate_moved_after_a_letter_dated_with_an_abbreviated_month_is_an_extension(body: str) -> None:
    [event] = events_in(body, "Dec. 4, 2026")
    assert (event.kind, event.expected_by) == (EventKind.EXTENSION, dt.date(2027, 1, 22))


def test_a_letter_dated_with_an_abbreviated_month_that_gave_no_estimate_moves_none() -> None:
    # The near miss: the earlier letter asked a question; the day named now is the first estimate given.
    body = ("In our letter of Oct. 15, 2026, we asked you to narrow your request, and you did so on Oct. 20, 2026. "
            "We anticipate that the records will be available on or before Jan. 22, 2027.")
    assert EventKind.EXTENSION not in [e.kind for e in events_in(body, "Dec. 4, 2026")]


@pytest.mark.parametrize(("body", "received"), [
    # The request named by its day with the month abbreviated, its receipt told in a clause after it
    ("This letter concerns your Freedom of Information Act (FOIA) request of Nov. 23, 2026, which the Indian Health "
     "Service (IHS) FOIA Office received on Nov. 24, 2026, for all records about staffing at IHS hospitals.",
     dt.date(2026, 11, 24)),
    ("This is in response to your public records request dated Sept. 8, 2026, which the Office of the City Clerk "
     "received on Sept. 9, 2026.", dt.date(2026, 9, 9)),
    ("We write about your FOIA request of Nov. 2, 2026 for the leases of the St. Louis field office, which we "
     "received on Nov. 4, 2026.", dt.date(2026, 11, 4)),
])
def test_a_request_dated_with_an_abbreviated_month_received_in_a_clause_after(body: str, received: dt.date) -> None:
    events = events_in(body + " Please clarify the time frame of the records you seek.", "Dec. 3, 2026")
    assert (events[0].kind, events[0].received) == (EventKind.ACKNOWLEDGED, received)


def test_a_request_dated_with_an_abbreviated_month_answered_in_a_clause_after_is_no_receipt() -> None:
    # The near miss: the clause tells when the office answered, not when it received the request.
    body = ("This letter concerns your FOIA request of Nov. 23, 2026, which the FOIA Office answered on Nov. 30, 2026. "
            "Please clarify the time frame of the records you seek.")
    assert EventKind.ACKNOWLEDGED not in [e.kind for e in events_in(body, "Dec. 3, 2026")]


@pytest.mark.parametrize(("body", "kind", "pages"), [
    # Records judged fit to go out, in DoD's words, released with the letter ...
    ("This is an interim response to your July 27, 2026, Freedom of Information Act (FOIA) request. The Chief has "
     "determined that the enclosed forty-seven (47) pages are appropriate for release in part pursuant to 5 U.S.C. "
     "§ 552 (b)(6).", EventKind.INTERIM_RELEASE, 47),
    ("This is the final response to your FOIA request. After review, the enclosed 30 pages are suitable for release "
     "in full.", EventKind.FINAL_DETERMINATION, 30),
    ("This is an interim response to your request. The 12 pages of e-mail messages located so far have been reviewed "
     "and cleared for public release, and copies are enclosed.", EventKind.INTERIM_RELEASE, 12),
])
def test_records_found_appropriate_for_release_are_released(body: str, kind: EventKind, pages: int) -> None:
    assert [(e.kind, e.pages_released) for e in events_in(body)] == [(kind, pages)]


@pytest.mark.parametrize("body", [
    # ... the near misses: a release still to come, or a question still open
    "We received your request on May 2, 2026. Once the records are cleared for public release, we will send them to "
    "you.",
    "We received your request on May 2, 2026. Records that are appropriate for release will be posted in our "
    "reading room.",
    "We received your request on May 2, 2026. We will determine whether the records are appropriate for release.",
])
def test_records_yet_to_be_found_appropriate_for_release_are_no_release(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize(("body", "days", "expected_by"), [
    # The days an extension takes, counted from the due date it moves (IRS Letter 1522), and said in contractions
    ("As the law permits, we're extending the response date to Dec. 28, 2026, which is 10 business days from the "
     "original due date.", 10, dt.date(2026, 12, 28)),
    ("We've extended the time to respond to January 8, 2027, ten working days after the statutory deadline.", 10,
     dt.date(2027, 1, 8)),
    ("We are extending the due date to December 21, 2026, which is 7 business days past our initial response date.",
     7, dt.date(2026, 12, 21)),
])
def test_extension_days_counted_from_the_original_due_date(body: str, days: int, expected_by: dt.date) -> None:
    [extension] = [e for e in events_in(body, date_line="Dec. 1, 2026") if e.kind == EventKind.EXTENSION]
    assert (extension.extension_days, extension.expected_by) == (days, expected_by)


def test_the_laws_own_days_from_receipt_are_no_extension_days() -> None:
    body = ("The FOIA requires agencies to respond within 20 business days from the date of receipt. We are extending "
            "the response date to December 28, 2026.")
    [extension] = [e for e in events_in(body, date_line="Dec. 1, 2026") if e.kind == EventKind.EXTENSION]
    assert extension.extension_days is None


@pytest.mark.parametrize(("body", "outcome", "released", "withheld"), [
    # Records released or withheld in a plain-language letter's contractions (the IRS's final responses)
    ("We found 64 pages of records responsive to your request. We're releasing 41 pages in full and 9 pages in part, "
     "and we're withholding 14 pages in full.", Outcome.PARTIAL_GRANT, 50, 14),
    ("I'm releasing the enclosed 8 pages to you in full.", Outcome.FULL_GRANT, 8, None),
    ("We're enclosing the 30 pages we found, with the employees' names redacted under FOIA exemption (b)(6).",
     Outcome.PARTIAL_GRANT, 30, None),
])
def test_records_released_in_contractions(body: str, outcome: Outcome, released: int, withheld: int | None) -> None:
    assert [(e.kind, e.outcome, e.pages_released, e.pages_withheld) for e in events_in(body)] == [
        (EventKind.FINAL_DETERMINATION, outcome, released, withheld)]


@pytest.mark.parametrize("body", [
    # ... the near misses: the letter itself provided, in full words or contracted, is no record
    "We received your request on May 2, 2026. We're providing this letter to let you know that your request is in "
    "our complex track.",
    "We received your request on May 2, 2026. We are providing this letter to let you know that your request is in "
    "our complex track.",
    "We received your request on May 2, 2026. The Office is providing you with this status letter because your "
    "request is still open.",
])
def test_the_letter_itself_provided_is_no_release(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize("body", [
    # No records found, said in a plain-language letter's contractions
    "We searched our files and we didn't find any records responsive to your request.",
    "We haven't located any records responsive to your request.",
    "The Bureau doesn't have any records responsive to your request.",
])
def test_no_records_said_in_contractions(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


def test_no_records_foreseen_in_contractions_is_none_yet() -> None:
    body = "We received your request on May 2, 2026. If we don't find any records, we'll let you know."
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize("day", ["October 9, 2026", "9 October 2026", "10/09/2026", "Oct. 9, 2026"])
def test_an_earlier_release_told_after_its_day_written_any_way_is_not_this_letters(day: str) -> None:
    body = (f"This is the final response to your request. On {day}, the NYPD provided you with a first release of 40 "
            "pages of records.\n\nYour request is granted in part and denied in part. Enclosed please find 22 pages of "
            "additional records responsive to your request, consisting of the occurrence report and the roster. With "
            "this release, a total of 62 pages have been provided to you in response to your request.")
    [event] = events_in(body, "December 2, 2026")
    assert event.pages_released == 22


@pytest.mark.parametrize(("body", "kinds"), [
    # The proof of death a request for a deceased person's records needs, asked for, is a clarification request.
    ("This acknowledges receipt of your request, received in this office on February 24, 2026. Before we can release "
     "your father's records to you as next of kin, please provide a copy of his death certificate.",
     [EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_REQUESTED]),
    ("We received your request on February 24, 2026. Your request did not include proof of death of the subject.",
     [EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_REQUESTED]),
    ("We received your request on February 24, 2026. Kindly send a certified copy of the death certificate so that "
     "we may process the request.", [EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_REQUESTED]),
    # The near miss: where such records may be had with proof of death, said to the requester, asks nothing.
    ("We received your request on February 24, 2026. Records of applicants who have died may be requested from "
     "Passport Services with proof of death.", [EventKind.ACKNOWLEDGED]),
])
def test_a_proof_of_death_asked_for(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body)] == kinds


@pytest.mark.parametrize(("body", "withheld"), [
    # Records kept back said in the passive progressive, with why: a denial, the pages counted before withheld
    ("We located 12 pages of records responsive to your request. They aren't being released because they're exempt "
     "under Exemption 7(A).", 12),
    ("We located 30 pages of responsive records. These records are not being disclosed, as they are part of an "
     "ongoing criminal investigation protected by Exemption 7(A).", 30),
    ("Our search found the body-worn camera video. The video is not being disclosed, as it is part of an open "
     "investigation under Exemption 7(A).", None),
])
def test_records_not_being_released_because_exempt_are_denied(body: str, withheld: int | None) -> None:
    events = events_in(body)
    assert [(e.kind, e.outcome, e.pages_withheld, list(e.exemptions)) for e in events] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, withheld, ["(b)(7)(A)"])]


def test_records_not_being_released_until_paid_are_no_denial() -> None:
    # The near miss: what waits on the fee is not refused.
    events = events_in("We located 12 pages. They are not being released until the fee of $4.80 is paid.")
    assert Outcome.DENIED not in [e.outcome for e in events]


@pytest.mark.parametrize(("body", "received"), [
    # NYC OpenRecords (heldout397 q04): the request acknowledged, its number between, the day it was put in after
    ("The Department of Correction has acknowledged your FOIL request FOIL-2026-072-11863, submitted on 12/03/2026. "
     "The Department of Correction expects to provide a response to your request on or about 02/05/2027.",
     dt.date(2026, 12, 3)),
    ("We acknowledge your public records request, which was made on December 1, 2026. We expect to respond by "
     "January 15, 2027.", dt.date(2026, 12, 1)),
    # near misses: an appeal acknowledged, and a request whose receipt the sentence tells on another day
    ("We acknowledge your appeal, submitted on December 1, 2026. We expect to decide it by January 15, 2027.", None),
    ("We acknowledge your request, submitted on December 1, 2026 and received on December 3, 2026. We expect to "
     "respond by January 15, 2027.", dt.date(2026, 12, 3)),
])
def test_a_request_acknowledged_on_the_day_it_was_submitted_is_received_that_day(
        body: str, received: dt.date | None) -> None:
    found = events_in(body, date_line="December 10, 2026")
    assert [e.received for e in found if e.kind == EventKind.ACKNOWLEDGED and e.received] == (
        [received] if received else [])


_ESTIMATE = ("The Sheriff's Office received your public records request on November 20, 2026. Total estimated cost: "
             "$469.96. A deposit of the full estimated amount is required before we begin processing your request. ")


@pytest.mark.parametrize(("body", "kinds"), [
    # a fee estimate that says what will come with the records, at the time they go out (heldout397 q03): no release
    (_ESTIMATE + "The statutory basis for any redaction will be provided at the time the records are produced.",
     ["acknowledged", "fee_estimate"]),
    (_ESTIMATE + "The legal basis for any redactions will be cited at the time that the records are released.",
     ["acknowledged", "fee_estimate"]),
    # near miss: records produced now, with redactions, are a release
    ("We received your public records request on November 20, 2026. The 40 pages of records are produced herewith, "
     "with redactions under section 119.071(2)(c), Florida Statutes.", ["final_determination"]),
])
def test_what_comes_at_the_time_the_records_are_produced_is_no_release(body: str, kinds: list[str]) -> None:
    assert [e.kind.value for e in events_in(body, date_line="December 9, 2026")] == kinds


@pytest.mark.parametrize("due", [
    "Under R.I. Gen. Laws § 38-2-7(a), the City's response is due within ten (10) business days of the request, that "
    "is, by December 10, 2026.",
    "A determination is ordinarily due within 20 working days of receipt, or by December 10, 2026.",
    "Our response to a request for access is due within five business days of receipt, no later than December 10, "
    "2026.",
])
def test_the_laws_day_said_as_the_answers_period_gives_way_to_the_later_day_an_extension_names(due: str) -> None:
    body = (f"We received your request on November 25, 2026. {due} We are extending the time to respond by twenty "
            "(20) business days. We anticipate that we will provide our response on or before January 11, 2027.")
    found = events_in(body, "December 9, 2026")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]
    assert {e.expected_by for e in found} - {None} == {dt.date(2027, 1, 11)}


@pytest.mark.parametrize(("due", "expected"), [
    # the law's day is still the one expected where the letter names no later one
    ("Under the Act, our response is due within ten business days of the request, that is, by December 10, 2026.",
     dt.date(2026, 12, 10)),
    # a period the letter says it extended is not the law's own
    ("Our response is due within the extended period, that is, by January 11, 2027.", dt.date(2027, 1, 11)),
])
def test_a_day_said_as_the_answers_period_alone_is_the_day_expected(due: str, expected: dt.date) -> None:
    found = events_in(f"We received your request on November 25, 2026. {due}", "December 9, 2026")
    assert {e.expected_by for e in found} - {None} == {expected}


@pytest.mark.parametrize("finish", [
    "Pursuant to 1 M.R.S. § 408-A(3), the City's good faith estimate is that it will complete its response to your "
    "request, with the final installment, on or before February 12, 2027.",
    "We expect to complete our response with the final release of records in March 2027.",
    "The Department anticipates that it will conclude its processing with the final production by February 12, 2027.",
])
def test_an_installment_whose_office_will_complete_its_answer_with_the_final_one_is_interim(finish: str) -> None:
    body = ("This letter accompanies the first installment of records responsive to your request. The records are "
            f"enclosed. {finish}")
    assert [e.kind for e in events_in(body, "December 17, 2026")] == [EventKind.INTERIM_RELEASE]


def test_an_installment_that_says_it_is_the_final_one_is_final() -> None:
    # the near miss: this letter's own final installment, the response completed with it now
    body = ("This letter accompanies the final installment of records responsive to your request, which completes "
            "our response to your request. The records are enclosed.")
    assert [e.kind for e in events_in(body, "December 17, 2026")] == [EventKind.FINAL_DETERMINATION]
@pytest.mark.parametrize("body", [
    "We received your request on November 30, 2026. Under Section 902 of the Right-to-Know Law, if the City's "
    "response will be delayed, the City will notify you within five business days of receipt of your request.",
    "The Authority received your request on November 30, 2026. Pursuant to 65 P.S. § 67.902, should the Authority "
    "need more time to respond, you will be notified in writing within five (5) business days.",
    "Your request was received on November 30, 2026. Under 5 U.S.C. § 552(a)(6)(B), in the event that unusual "
    "circumstances apply, we may extend the time to respond within ten additional working days.",
])
def test_a_provisions_days_inside_a_condition_are_no_extension(body: str) -> None:
    """The days a provision gives when a condition, opened after a comma, comes true (five days to give notice of
    a delay, ten the law allows) are no extension taken; the acknowledgement stands alone."""
    events = events_in(body, "December 3, 2026")
    assert [(event.kind, event.received) for event in events] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 11, 30))]


@pytest.mark.parametrize(("body", "days"), [
    # ... while the provision used, with no condition before its days, still is one
    ("We received your request on November 30, 2026. Under Section 902 of the Right-to-Know Law, the City requires "
     "an additional thirty (30) days to respond, and will respond within thirty (30) days.", 30),
    ("We received your request on November 30, 2026. Pursuant to 5 U.S.C. § 552(a)(6)(B), because the records "
     "must be collected from field offices, we will respond within ten additional working days.", 10),
])
def test_a_provisions_days_with_no_condition_before_them_are_the_extension(body: str, days: int) -> None:
    extensions = [event for event in events_in(body, "December 3, 2026") if event.kind is EventKind.EXTENSION]
    assert [event.extension_days for event in extensions] == [days]


@pytest.mark.parametrize("later", [
    "We anticipate providing the second and final installment on or before January 22, 2027.",
    "The Department expects to release the final production of records in March 2027.",
    "The City plans to send you the third and final installment by February 12, 2027.",
])
def test_an_installment_whose_final_one_the_office_foretells_is_interim(later: str) -> None:
    body = (f"This letter is the first installment. Enclosed are 74 pages of records responsive to your request. "
            f"{later}")
    assert [e.kind for e in events_in(body, "December 16, 2026")] == [EventKind.INTERIM_RELEASE]


def test_an_installment_the_office_sends_as_the_final_one_is_final() -> None:
    # the near miss: the last one sent now, nothing foretold
    body = ("We are providing the second and final installment of records responsive to your request. Enclosed are "
            "74 pages of records.")
    assert [e.kind for e in events_in(body, "December 16, 2026")] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize("basis", [
    "Because records are released to you electronically, duplication fees are assessed at $15.00 for each release of "
    "up to 500 pages.",
    "Since records are provided on CD-ROM, copying costs are charged at $5.00 per disc.",
    "As the records will be produced in paper form, duplication fees will be assessed at $0.10 per page.",
])
def test_the_way_records_go_out_told_as_a_fees_ground_is_no_release(basis: str) -> None:
    body = (f"Records potentially responsive to your request have been located. {basis} The estimated duplication fee "
            "for your request is $70.00. Please notify us in writing if you agree to pay the estimated fee.")
    assert [e.kind for e in events_in(body, "December 11, 2026")] == [EventKind.FEE_ESTIMATE]


def test_records_sent_with_no_fee_for_the_way_they_go_out_are_released() -> None:
    # the near miss: the records go out now, the fee waived for the way they are sent
    body = ("The 208 releasable pages are provided as a PDF file attached to this e-mail. Because the records are "
            "provided electronically, no fee is charged.")
    assert EventKind.FINAL_DETERMINATION in [e.kind for e in events_in(body, "December 11, 2026")]


@pytest.mark.parametrize("estimate", [
    "As required by 1 M.R.S. § 408-A(3), we are providing a good faith, nonbinding estimate of the time within which "
    "the University will comply with your request.",
    "We are providing you with an estimated date of completion, as the Act requires.",
    "The Department is giving you this time estimate in good faith.",
])
def test_an_estimate_of_the_time_provided_is_no_release(estimate: str) -> None:
    body = (f"This email acknowledges that the University received your request on Monday, November 30, 2026. "
            f"{estimate} The University anticipates that it will respond to your request by January 15, 2027.")
    found = events_in(body, "December 3, 2026")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


def test_records_provided_with_an_estimate_of_the_time_for_the_rest_are_released() -> None:
    # the near miss: records go out with the estimate
    body = ("We are providing the responsive records and an estimate of the time for the remaining items. The "
            "records are enclosed.")
    assert any(e.kind in (EventKind.FINAL_DETERMINATION, EventKind.INTERIM_RELEASE)
               for e in events_in(body, "December 3, 2026"))


@pytest.mark.parametrize("why", [
    "They cannot be produced by today, the seventh working day, because the minute books must be copied by hand.",
    "The records cannot be provided by the seventh working day because they are stored off-site.",
    "These files will not be produced by tomorrow, because they must be retrieved from storage.",
])
def test_records_that_cannot_be_given_by_the_laws_day_are_delayed_not_denied(why: str) -> None:
    body = ("The County received your public records request on Thursday, December 3, 2026. The records will be "
            f"produced. {why} The County is therefore taking an additional seven (7) working days and will produce "
            "the records no later than Wednesday, December 23, 2026.")
    found = events_in(body, "December 14, 2026")
    assert EventKind.FINAL_DETERMINATION not in [e.kind for e in found]
    assert all(e.outcome is None for e in found)


def test_records_that_cannot_be_given_at_all_are_denied() -> None:
    # the near miss: refused outright, no day named
    body = ("The County received your public records request on December 3, 2026. The records are confidential "
            "under state law. They cannot be produced.")
    assert any(e.outcome == Outcome.DENIED for e in events_in(body, "December 14, 2026"))

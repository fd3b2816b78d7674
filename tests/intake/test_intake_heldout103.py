"""The hundred-and-third held-out set: 14 short letters (letters/heldout103) in the style and length of the samples in
shared/samples/agency-letters, a second immigration caseload of the Homeland Security family and the county and state
offices that hold or oversee immigration detainees, written after set 102 was scored and before its misses were
studied, ten federal and four state and local: a CBP release in full through SecureRelease (e-mail with the letter
attached as a PDF), a USCIS request cancelled at the requester's word, an EOIR acknowledgement, an ICE "still
interested?" letter, a DHS Inspector General grant of expedited processing (e-mail), a DHS Office of the General
Counsel appeal decision whose ground "stands" (PDF), a CBP appeal sent back to the FOIA Division for a new search, a
DHS Privacy Office fee waiver "not approved" (Word, letterhead in the page header), a State Department denial of
visa records under INA 222(f), an ICE acknowledgement with a search fee estimate; a Webb County Sheriff (Texas)
release with redactions, an Illinois Attorney General acknowledgement with a five-business-day extension (e-mail),
an Orange County (New York) FOIL appeal acknowledgement and a Calhoun County Sheriff (Michigan) answer that the
record does not exist (e-mail). Committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%), scored on the rules as they were before set 102's misses were fixed, and each
of the 14 matched to its request by its number. Wrong were:
- p01 (CBP, e-mail with a PDF): outcome partial_grant instead of full_grant: "They are attached in full; no
  information in them has been withheld or redacted." (nothing withheld, said after the pages, read as a withholding).
- p02 (USCIS): nothing proposed instead of a request withdrawn: "We received your e-mail of November 30, 2026, asking
  us to cancel your request ... As you asked, we have stopped work on COW2026000418863 and closed it." (a request
  cancelled at the requester's word).
- p04 (ICE): nothing proposed instead of a "still interested?" letter: "Please tell us whether you want ICE to keep
  your request open. If we do not hear from you within 10 business days ..., we will conclude that you no longer want
  these records and administratively close your request."
- p05 (DHS Inspector General, e-mail): nothing proposed instead of expedited processing granted: "We agree that you
  are primarily engaged in disseminating information and that there is an urgency to inform the public ... Your
  request will therefore be moved ahead of other pending requests and processed as soon as practicable."
- p06 (DHS General Counsel, PDF): nothing proposed, appeal number empty, instead of an affirmance upholding (b)(5):
  "Appeal No. 2026-HQAP-00144" over "Request No. 2026-HQFO-01102", and "The Privacy Office's determination stands,
  and no part of the draft will be released." (a determination that "stands").
- h11 (Webb County Sheriff, Texas): outcome full_grant instead of partial_grant, exemptions empty: "The 27 pages we are
  providing have had driver's license numbers and Social Security numbers removed, as required by Gov't Code §
  552.130 and Gov't Code § 552.147." (redactions as information "removed").
- h12 (Illinois Attorney General, e-mail): expected_by empty instead of 2026-12-09: "we are taking an additional five
  business days to respond, until December 9, 2026." (the new date after "until").
- h14 (Calhoun County Sheriff, Michigan, e-mail): outcome denied instead of no_records: "Your request is denied
  because, to the best of the Sheriff's Office's knowledge, information and belief, the public record does not exist
  under the name given by you ..." (Michigan's statutory denial for a record that does not exist).
After general fixes, those of set 102 among them (the expedited track; see its module), and these: "no information in
them" (or "from them") withheld or redacted is a statement that nothing was held back; a request the requester asked
to "cancel" is withdrawn, and an office that "has stopped work on" it (not "until" or "pending" something) has closed
it; "whether you want ICE to keep your request open" asks whether the requester still wants it, whoever is named as
keeping it; a decision appealed from that "stands" or "remains in effect" is affirmed; pages that "have had" numbers
"removed" under a law are released in part, and the law is the exemption; "an additional five business days ...,
until December 9" names the new date; "the public record does not exist" (one record) is no records: 14 of 14, every
earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout103"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "CBP's search produced 37 pages. They are attached in full; no information in them has been withheld or redacted.",
    "CBP's search produced 37 pages. They are released in full, and no information from them was withheld.",
])
def test_nothing_withheld_from_the_pages_is_a_release_in_full(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, 37)]


def test_information_in_the_pages_redacted_is_a_release_in_part() -> None:
    """The near miss: information in them redacted, not "no information"."""
    found = events_in("CBP's search produced 37 pages. They are attached; information in them has been redacted "
                      "under Exemption 6.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT)]


@pytest.mark.parametrize("body", [
    "We received your e-mail of November 30, 2026, asking us to cancel your request. As you asked, we have stopped "
    "work on COW2026000418863 and closed it.",
    "You asked us to cancel this request. The Unit has stopped processing on it, and no fees were incurred.",
])
def test_a_request_cancelled_at_the_requesters_word_is_withdrawn(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN)]


def test_work_stopped_until_payment_is_no_final_answer() -> None:
    """The near miss: work stopped while the office waits is a pause, not the end."""
    found = events_in("We have stopped work on your request until we receive your payment.")
    assert EventKind.FINAL_DETERMINATION not in [e.kind for e in found]


@pytest.mark.parametrize("body", [
    "Please tell us whether you want ICE to keep your request open.",
    "Let us know whether you want the Department to continue processing your request.",
])
def test_whether_you_want_the_office_to_keep_the_request_is_a_still_interested_letter(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.CLARIFICATION_REQUESTED]


def test_whether_you_want_copies_is_no_still_interested_letter() -> None:
    """The near miss: a question about the form of the copies."""
    assert EventKind.CLARIFICATION_REQUESTED not in [
        e.kind for e in events_in("Please let us know whether you want paper copies.")]


@pytest.mark.parametrize("decision", [
    "The Privacy Office's determination stands, and no part of the draft will be released.",
    "The Privacy Office's denial therefore remains in effect.",
])
def test_a_determination_that_stands_on_appeal_is_affirmed(decision: str) -> None:
    found = events_in("You appealed the Privacy Office's decision to withhold a draft directive, in full, under 5 "
                      "U.S.C. § 552(b)(5). I have reviewed the draft and the record of your request. " + decision)
    assert [(e.kind, e.outcome, e.exemptions) for e in found] == [
        (EventKind.APPEAL_DECISION, Outcome.DENIED, ("(b)(5)",))]


def test_pages_that_have_had_numbers_removed_under_a_law_are_released_in_part() -> None:
    found = events_in("Enclosed are the records responsive to your request. The 27 pages we are providing have had "
                      "driver's license numbers and Social Security numbers removed, as required by Gov't Code § "
                      "552.130 and Gov't Code § 552.147.")
    assert [(e.kind, e.outcome, e.exemptions, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, ("Gov't Code § 552.130", "Gov't Code § 552.147"), 27)]


def test_people_removed_from_the_country_are_no_redaction() -> None:
    """The near miss: "removed" said of people in the records, not of information taken out of them."""
    found = events_in("Enclosed are the 27 pages responsive to your request, released in full. They show that "
                      "the detainees had been removed from the United States.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT)]


@pytest.mark.parametrize(("body", "days", "until"), [
    ("Under 5 ILCS 140/3(e)(ii), we are taking an additional five business days to respond, until December 9, 2026.",
     5, dt.date(2026, 12, 9)),
    ("The Department needs an additional 10 working days to gather the records, through December 14, 2026.",
     10, dt.date(2026, 12, 14)),
])
def test_additional_days_until_a_date_name_the_new_date(body: str, days: int, until: dt.date) -> None:
    found = events_in(body, date_line="December 1, 2026")
    assert [(e.kind, e.extension_days, e.expected_by) for e in found] == [(EventKind.EXTENSION, days, until)]


def test_a_record_that_does_not_exist_is_no_records() -> None:
    found = events_in("Your request is denied because, to the best of the Sheriff's Office's knowledge, information "
                      "and belief, the public record does not exist under the name given by you or by another name "
                      "reasonably known to the Sheriff's Office.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


def test_a_record_that_may_not_exist_is_no_answer() -> None:
    """The near miss: what the office would say if the record does not exist."""
    found = events_in("If the record does not exist, we will tell you so in our response.")
    assert EventKind.FINAL_DETERMINATION not in [e.kind for e in found]

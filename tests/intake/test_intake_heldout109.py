"""The hundred-and-ninth held-out set: 14 e-mails, portal messages and letters (letters/heldout109) in the style
and length of the samples in shared/samples/agency-letters, written after set 108 was scored and fixed, seven federal
and seven state and local: a Consumer Financial Protection Bureau acknowledgement approving a fee waiver, in a PDF
attached to an e-mail, a Postal Service appeal "docketed" after it "was delivered" by e-mail (e-mail), an Education
Department release in full of the pages "attached ... in their entirety" (e-mail), a HUD letter asking whether a
request is still wanted (e-mail), a National Labor Relations Board partial release in a PDF attached to an e-mail,
an ATF second batch sent in reply above the requester's quoted message, a NASA appeal granted in part and denied in
part; a New York City OpenRecords acknowledgement giving its dates as labelled fields, a City of Duluth NextRequest
closure citing Minnesota's data practices law, an Oregon State Police GovQA fee estimate, a Boulder County
(Colorado) release of 12 pages "no records were withheld" (e-mail), a District of Columbia appeal acknowledgement
(Mayor's Office of Legal Counsel, e-mail), a Wichita Police (Kansas) KORA release with redactions (PDF) and a City of
Lakewood (Ohio) no-records answer forwarded by its law department. Committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. Wrong were:
- t02 (Postal Service appeal acknowledgement, e-mail): nothing proposed (kind, received date and appeal number empty):
  "Your appeal letter of November 27, 2026, ... was delivered to the General Law Service Center by e-mail on November
  30, 2026. It has been docketed as Appeal No. 2027-APP-00018." (an appeal "delivered" and "docketed", not read).
- u08 (New York City OpenRecords, e-mail): nothing proposed: "The Department of Buildings (DOB) has acknowledged your
  FOIL request ...", "Date received by DOB: 11/24/2026", "Estimated date of completion: 12/23/2026" (an agency that
  "has acknowledged" the request in the third person, and a "Date received by" label, not read).
- u09 (City of Duluth, Minnesota, NextRequest e-mail): outcome empty instead of denied: "all of the data you asked for
  are confidential under Minn. Stat. § 13.82, subd. 7, and the Department is not able to release any of it at this
  time" (a release of "any of it" refused, not read as a denial).
- u14 (City of Lakewood, Ohio, forwarded e-mail): outcome empty instead of no records: "The Police Department has no
  record of any calls for service at that address" (no record "of" the things asked for, not read as no records).
After general fixes (an office called a "center" or "desk" that an appeal or request "was delivered to"; an appeal
taken up by "it" and "docketed", "logged" or "opened as Appeal No."; an agency that "has acknowledged your request",
and a label "Date received by DOB:"; "no record of any" or "of an" thing asked for, but not of a payment, request,
appeal or letter; "not able to release any of it" or "any of them", read past a citation's dots as in "Minn. Stat.
§ 13.82, subd. 7"), 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout109"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "Your appeal letter of November 27, 2026, concerning the response to FOIA request 2026-FPRO-02214, was delivered "
    "to the General Law Service Center by e-mail on November 30, 2026. It has been docketed as Appeal No. "
    "2027-APP-00018.",
    "Your appeal of the response to request 2026-FPRO-02214 was delivered to the FOIA Appeals Desk on November 30, "
    "2026, and it was logged as Appeal Number 2027-APP-00018.",
])
def test_an_appeal_delivered_to_a_center_and_docketed_is_acknowledged(body: str) -> None:
    found = events_in(body, date_line="December 2, 2026")
    assert [(e.kind, e.received, e.appeal_number) for e in found] == [
        (EventKind.APPEAL_ACKNOWLEDGED, dt.date(2026, 11, 30), "2027-APP-00018")]


def test_a_request_docketed_is_no_appeal() -> None:
    """The near miss: a request entered under its own number is acknowledged as a request, not as an appeal."""
    found = events_in("Your request was delivered to the FOIA Service Center on November 30, 2026. It has been "
                      "logged as Request No. 2026-FPRO-02214.", date_line="December 2, 2026")
    assert EventKind.APPEAL_ACKNOWLEDGED not in [e.kind for e in found]


@pytest.mark.parametrize("body", [
    "The Department of Buildings (DOB) has acknowledged your FOIL request FOIL-2026-810-04417.\n\n"
    "Date received by DOB: 11/24/2026\nEstimated date of completion: 12/23/2026",
    "The Office of the Comptroller has acknowledged your public records request.\n\n"
    "Date received by the agency: 11/24/2026\nEstimated date of completion: 12/23/2026",
])
def test_a_portal_notice_that_the_agency_has_acknowledged_the_request(body: str) -> None:
    found = events_in(body, date_line="November 25, 2026")
    assert [(e.kind, e.received, e.expected_by) for e in found] == [
        (EventKind.ACKNOWLEDGED, dt.date(2026, 11, 24), dt.date(2026, 12, 23))]


def test_the_requester_having_acknowledged_is_no_acknowledgement() -> None:
    """The near miss: what the requester acknowledged is not the agency's acknowledgement."""
    found = events_in("Thank you for your e-mail in which you have acknowledged your request may take several months. "
                      "Please let us know if you wish to narrow it.")
    assert EventKind.ACKNOWLEDGED not in [e.kind for e in found]


@pytest.mark.parametrize("body", [
    "The Police Department has no record of any calls for service at that address between June 1 and August 31, 2026.",
    "The Sheriff's Office has no record of an arrest of the person you named.",
    "After searching its files, the Clerk's Office found no record of any contracts with that vendor.",
])
def test_no_record_of_any_of_the_things_asked_for_is_no_records(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize("body", [
    # The near misses: no record of the requester's payment, request or appeal is no search's result.
    "We have no record of any payment for request 26-0412; please send the $12.00 fee.",
    "The Records Section has no record of a prior request from you for these reports.",
])
def test_no_record_of_a_payment_or_request_is_not_no_records(body: str) -> None:
    assert Outcome.NO_RECORDS not in [e.outcome for e in events_in(body)]


@pytest.mark.parametrize("body", [
    "Because the investigation is still active, all of the data you asked for are confidential under Minn. Stat. § "
    "13.82, subd. 7, and the Department is not able to release any of it at this time.",
    "The reports are confidential under Minn. Stat. § 13.82, subd. 7, and we cannot release any of them.",
])
def test_none_of_it_released_is_a_denial(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


def test_none_of_it_released_until_payment_is_no_denial() -> None:
    """The near miss: held back until the fee is paid is no refusal."""
    found = events_in("The data are public under Minn. Stat. § 13.82, subd. 2, but we are not able to release any of "
                      "it until the copy charge of $12.00 is paid.")
    assert Outcome.DENIED not in [e.outcome for e in found]

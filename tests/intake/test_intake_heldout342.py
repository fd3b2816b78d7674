"""The three-hundred-and-forty-second held-out set: 14 everyday letters (letters/heldout342) from state and local
offices in fourteen states, in the formats they really send: an Anchorage Police Department partial release under the
Alaska Public Records Act; a Maricopa County Sheriff's Office GovQA acknowledgement; a Connecticut Department of
Correction denial (PDF) of cell-extraction video and post orders under Conn. Gen. Stat. § 1-210(b)(18); a Delaware
State Police letter that needs additional time under 29 Del. C. § 10003(h)(1); a Hawaii Department of Health notice to
requester in Word with its fee estimate and the public-interest waiver; an Idaho Department of Correction partial
release to a lawyer for an incarcerated person; a Des Moines Public Schools e-mail closing a request after no reply to
its question; a Wichita Police Department KORA three-business-day letter with a cost estimate; an East Baton Rouge
Parish Sheriff's Office partial release (PDF) of Parish Prison records; a Hennepin County Sheriff's Office data
practices response e-mail with its letter attached as PDF; a City of Albuquerque NextRequest message finding an IPRA
request excessively burdensome or broad; an Oregon Attorney General public records order (PDF) granting a petition in
part (docket only); a South Dakota Department of Corrections no-records letter in Word; and a Laramie County School
District No. 1 partial release under the Wyoming Public Records Act. Written blind and committed before the rules were
run on them.

- h01-ak-apd-pra-partial.txt: Anchorage PD, 48 pages released (13 redacted), 4 withheld, AS 40.25.120(a)(6)(A) and
  (a)(6)(C).
- h02-az-mcso-govqa-ack.eml: Maricopa County Sheriff's Office GovQA acknowledgement, P048215-111726, received
  11/17/2026.
- h03-ct-doc-foi-denial.pdf: Connecticut DOC denial to a prisoners' rights lawyer, video and 14 pages of post orders,
  § 1-210(b)(18) and (b)(18)(A).
- h04-de-dsp-foia-additional-time.txt: Delaware State Police acknowledgement needing additional time (voluminous
  records, legal review), response estimated by January 8, 2027.
- h05-hi-doh-uipa-notice-estimate.docx: Hawaii DOH notice to requester, $390.00 less the $60.00 public-interest waiver,
  $330.00 estimated, 50% prepayment.
- h06-id-idoc-public-records-partial.txt: Idaho DOC partial release, 62 pages, investigation report (26 pages)
  withheld, Idaho Code § 74-124(1)(a), (1)(f), (1)(c) and § 74-105(4)(a).
- h07-ia-dmps-closed-no-reply.eml: Des Moines Public Schools closing a request after no answer to its clarification.
- h08-ks-wichita-pd-kora-estimate.txt: Wichita PD K.S.A. 45-218(d) letter, $896.50 estimated, earliest date December
  23, 2026.
- h09-la-ebrso-public-records-partial.pdf: East Baton Rouge Parish Sheriff's Office, 73 pages produced, 12 withheld,
  La. R.S. 44:3(A)(1), 44:3(A)(3), 44:11(A)(2).
- h10-mn-hcso-data-request-partial.eml: Hennepin County Sheriff's Office data request response (letter attached as
  PDF), 86 pages of public data, 11 withheld, Minn. Stat. §§ 13.85, 13.82, 13.43.
- h11-nm-apd-nextrequest-burdensome.eml: City of Albuquerque NextRequest, APD records excessively burdensome or broad
  under NMSA 1978, § 14-2-10, response by February 26, 2027.
- h12-or-ag-public-records-order.pdf: Oregon Attorney General order on a petition about DOC records, granted in part,
  ORS 192.345(12) and 192.355(2)(a) upheld in part (docket only).
- h13-sd-doc-no-records.docx: South Dakota DOC, no responsive records (the contract is held by another agency).
- h14-wy-lcsd1-public-records-partial.txt: Laramie County School District No. 1, 118 pages released, 15 withheld,
  FERPA and Wyo. Stat. § 16-4-203(d)(viii), (b)(vi), (d)(iii).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 Anchorage PD: AS 40.25.110 and 40.25.120(a)(6) (records compiled for law enforcement purposes) and the Alaska
  letters of earlier sets; https://www.muckrock.com/place/united-states-of-america/alaska/
- h02 Maricopa County Sheriff's Office: the GovQA acknowledgement layout of earlier sets ("--- Please respond above
  this line ---", reference numbers P######-MMDDYY) and A.R.S. § 39-121.01 and 39-121.03.
- h03 Connecticut DOC: the Freedom of Information Commission decisions on Department of Correction records,
  https://portal.ct.gov/FOI/Decisions/Final-Decisions-2014/FIC2013-240,
  https://portal.ct.gov/FOI/Decisions/FinalDecisions2012/FIC2011-066 (video withheld under § 1-210(b)(18)) and
  https://www.state.ct.us/foi/2005FD/20050525/FIC2004-248.htm
- h04 Delaware State Police: the acknowledgements quoted in the Attorney General's opinions ("has been sent for legal
  review", "Within 15 business days from receipt of your request, we will either provide you with access to the
  records, deny your request, or state that additional time is needed"),
  https://attorneygeneral.delaware.gov/2020/04/08/20-ib17-4-8-2020-foia-opinion-letter-to-mr-jeffrey-clouser-re-foia-complaint-concerning-the-delaware-state-police/
  and https://ballotpedia.org/Delaware_FOIA_procedures (29 Del. C. § 10003(h)).
- h05 Hawaii DOH: OIP's rules and model Notice to Requester (HAR §§ 2-71-14, 2-71-15, 2-71-19, 2-71-31, 2-71-32),
  https://oip.hawaii.gov/laws-rules-opinions/rules/quick-guide-to-oips-administrative-rules/ and
  http://www.hawaii.edu/researchcompliance/freedom-information ($30 and $60 waivers, 50% prepayment).
- h06 Idaho DOC: Idaho Code §§ 74-103(4) (notice of the right to appeal to district court within 180 days, review by
  the attorney) and 74-124, and the Idaho letters of earlier sets.
- h07 Des Moines Public Schools: Iowa Code § 22.3 and the closing-for-no-reply letters of earlier sets.
- h08 Wichita PD: K.S.A. 45-218(d) and 45-219(c), http://www.ksrevisor.org/statutes/chapters/ch45/045_002_0019.html
  and a Kansas agency's KORA fee notice ("The agency will provide an estimate of the fees which shall be paid prior
  to the agency gathering the records"), https://docsbay.net/doc/757673/obtaining-copies-of-or-access-to-public-records
- h09 East Baton Rouge Parish Sheriff's Office: La. R.S. 44:3(A), 44:32, 44:33 and 44:35, and the Louisiana letters of
  earlier sets.
- h10 Hennepin County Sheriff's Office: Minn. Stat. §§ 13.03, 13.43, 13.82 and 13.85 and the Minnesota data practices
  responses of earlier sets.
- h11 City of Albuquerque: the City's NextRequest messages, https://nextrequest.cabq.gov/requests/19-529, and NMSA
  1978, § 14-2-10 as explained at https://nmfog.org/topic/1broad-and-burdensome-requests/
- h12 Oregon Attorney General: ORS 192.411 (the review of a state agency's denial; "The Attorney General shall issue
  an order denying or granting the petition, or denying it in part and granting it in part"),
  https://oregonstateauthority.com/laws/state_statute/192.427/, and the summaries of public records orders,
  https://www.doj.state.or.us/oregon-department-of-justice/public-records/attorney-generals-public-records-and-meetings-manual/appendix-e/
- h13 South Dakota DOC: SDCL 1-27-37 and 1-27-38 (review by the Office of Hearing Examiners) and the South Dakota
  letters of earlier sets.
- h14 Laramie County School District No. 1: Wyo. Stat. §§ 16-4-202(d)(i) and 16-4-203, and the Wyoming letters of
  earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 97d47763: 5 of 14 fully right. Wrong were:
- h01 (h01-ak-apd-pra-partial.txt): exemptions ['AS 40.25.120(a)(6)(C)'] != ['AS 40.25.120(a)(6)(A)', 'AS
  40.25.120(a)(6)(C)']
- h03 (h03-ct-doc-foi-denial.pdf): exemptions None != ['Conn. Gen. Stat. § 1-210(b)(18)', 'Conn. Gen. Stat. §
  1-210(b)(18)(A)']
- h04 (h04-de-dsp-foia-additional-time.txt): kinds ['extension', 'final_determination'] != ['acknowledged',
  'extension']; received None != '2026-11-16'; expected_by None != '2027-01-08'; outcome 'denied' != None; exemptions
  ['29 Del. C. § 10002(o)'] != None
- h05 (h05-hi-doh-uipa-notice-estimate.docx): amount 390.0 != 330.0
- h06 (h06-id-idoc-public-records-partial.txt): exemptions ['Idaho Code § 74-124(1)(a)', 'Idaho Code § 74-105(4)(a)'] !=
  ['Idaho Code § 74-124(1)(a)', 'Idaho Code § 74-124(1)(f)', 'Idaho Code § 74-124(1)(c)', 'Idaho Code § 74-105(4)(a)']
- h08 (h08-ks-wichita-pd-kora-estimate.txt): expected_by None != '2026-12-23'
- h09 (h09-la-ebrso-public-records-partial.pdf): pages_released 41 != 73; pages_withheld 2038 != 12
- h10 (h10-mn-hcso-data-request-partial.eml): exemptions ['Minn. Stat. § 13.85, subd. 2', 'Minn. Stat. § 13.43, subd.
  4'] != ['Minn. Stat. § 13.85, subd. 2', 'Minn. Stat. § 13.85, subd. 3', 'Minn. Stat. § 13.82, subd. 7', 'Minn. Stat. §
  13.43, subd. 4']
- h12 (h12-or-ag-public-records-order.pdf): appeal_number None != '137-006-GA1842-26'; exemptions ['ORS 192.345(12)'] !=
  ['ORS 192.345(12)', 'ORS 192.355(2)(a)']

After general fixes (the rules now read a denial listed among the answers an office may give, "either by providing
access to the requested records, denying access to the records or parts of them, or by advising that additional time
is needed", as no decision: h04; and each item's citation closing it after its reason, in a list of what was withheld
that a sentence closed by a stop introduces, "The redacted and withheld information is described below, together with
the basis for each." / "1." / "... their production could reasonably be expected to interfere with enforcement
proceedings." / "AS 40.25.120(a)(6)(A).", or whose reason names no withholding, "Data that, if disclosed, would endanger
an individual's life or physical safety ... Minn. Stat. § 13.85, subd. 3.", several subdivisions of one section
included, "Idaho Code § 74-124(1)(f) and (1)(c).": h01, h06 and h10; pages redacted as a share of those released in a
clause of the same sentence, "is producing 73 pages of records with this letter, of which 41 pages have been redacted",
and a date's year after its day as no count, "Twelve (12) pages of incident reports relating to an incident of June 22,
2026 have been withheld in their entirety": h09; and a fee table's subtotal as no total, "Subtotal, search, review
and segregation fees | | | $390.00" above "TOTAL ESTIMATED FEES AND COSTS | | | $330.00": h05; and the earliest day the
records will be available as the day expected, "the records will be available for pickup at the address above, or by
electronic delivery, no earlier than December 23, 2026": h08), 12 of 14.
Later, 13 of 14: h12 is right (a review body's file under the subject of the petition it decides, "Re: Petition of
... for Disclosure of Records ..." / "DOJ File No. 137-006-GA1842-26", is the review's number; and a ground the order
keeps for what it orders disclosed, "DOC is ordered to disclose the six investigative reports ..., with the
information described above redacted under ORS 192.355(2)(a)", stands beside the one upheld). h03 stays: the letter
cites § 1-210(b)(18) whole for the video and its subdivision (b)(18)(A) for the post orders; the rules now read both
citations, but log one, as the sets log a section and its subsection cited apart (heldout216 h11).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from intake_scoring import events_in, exemptions_in, kinds_and_outcomes, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout342"
# What the rules reached on this set when it was scored once, sealed (5); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h03-ct-doc-foi-denial.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- The answers an office may give, listed as choices: no denial ---------------------------------------------------


@pytest.mark.parametrize("choices", [
    # h04, Delaware's 29 Del. C. § 10003(h)(1)
    "Pursuant to 29 Del. C. § 10003(h)(1), a public body shall respond to a FOIA request as soon as possible, but in "
    "any event within 15 business days after the receipt thereof, either by providing access to the requested records, "
    "denying access to the records or parts of them, or by advising that additional time is needed because the "
    "request is for voluminous records, requires legal advice, or a record is in storage or archived.",
    "Within 15 business days from receipt of your request, we will either provide you with access to the records, deny "
    "your request, or state that additional time is needed.",
    "The agency shall either grant or deny the request within five business days of its receipt.",
])
def test_a_denial_listed_among_the_answers_an_office_may_give_decides_nothing(choices: str) -> None:
    body = ("This letter acknowledges receipt of your request, which the Department received on November 16, 2026. "
            + choices + " The Department requires additional time to respond to your request and estimates that it "
            "will provide a response on or before January 8, 2027.")
    kinds = [kind for kind, _ in kinds_and_outcomes(body)]
    assert EventKind.FINAL_DETERMINATION not in kinds and EventKind.ACKNOWLEDGED in kinds


def test_records_found_either_exempt_or_not_held_are_still_a_denial() -> None:
    # The near miss: records found so, no answers offered ("either" before no answer of the office).
    body = "The records you requested are either exempt from disclosure under 29 Del. C. § 10002(o) or not held."
    assert (EventKind.FINAL_DETERMINATION, Outcome.DENIED) in kinds_and_outcomes(body)


# --- A list of what was withheld, each item's citation closing it after its reason --------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # h01: the list introduced by a sentence closed by a stop, its reason in words of no withholding
    ("APD is releasing 48 pages, 35 pages in full and 13 pages with redactions. The redacted and withheld information "
     "is described below, together with the basis for each.\n1.\nRecords of one incident that remains under active "
     "investigation (four pages, withheld in full). These records are compiled for law enforcement purposes, and their "
     "production could reasonably be expected to interfere with enforcement proceedings. AS 40.25.120(a)(6)(A).\n2.\n"
     "Names and dates of birth of witnesses. These are records compiled for law enforcement purposes, and their "
     "production could reasonably be expected to constitute an unwarranted invasion of the personal privacy of a "
     "witness. AS 40.25.120(a)(6)(C).",
     ["AS 40.25.120(a)(6)(A)", "AS 40.25.120(a)(6)(C)"]),
    # h10: bulleted items after a colon, the item going on after its citation
    ("Enclosed are 86 pages of public data. The following data have been redacted or withheld because they are not "
     "public:\n- Data on individuals in the custody of the Sheriff that are not public under the corrections and "
     "detention data provision. Minn. Stat. § 13.85, subd. 2.\n- Data that, if disclosed, would endanger an "
     "individual's life or physical safety. Minn. Stat. § 13.85, subd. 3. Eleven pages of appendices are withheld in "
     "full on this basis.\n- Active criminal investigative data relating to one death in custody. Minn. Stat. § 13.82, "
     "subd. 7.",
     ["Minn. Stat. § 13.85, subd. 2", "Minn. Stat. § 13.85, subd. 3", "Minn. Stat. § 13.82, subd. 7"]),
    # h06: numbered items after a colon, several subdivisions of one section closing an item
    ("We are releasing 62 pages. The following records and information have been withheld:\n\n1.\n\nThe "
     "investigation report (26 pages) is withheld in its entirety. Its disclosure would interfere with enforcement "
     "proceedings. Idaho Code § 74-124(1)(a).\n\n2.\n\nThe names of other inmates have been redacted. Disclosure of "
     "this information would endanger the life or physical safety of staff and inmates. Idaho Code § 74-124(1)(f) and "
     "(1)(c).",
     ["Idaho Code § 74-124(1)(a)", "Idaho Code § 74-124(1)(f)", "Idaho Code § 74-124(1)(c)"]),
])
def test_each_items_citation_in_a_list_of_what_was_withheld_is_a_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


def test_a_citation_closing_an_item_of_a_list_of_what_was_released_is_no_ground() -> None:
    # The near miss: the list points below, but tells what was released, and the law the request was made under.
    body = ("We have completed our response and enclose 12 pages in full. The records released are described below."
            "\n1.\nThe incident report for the stop. Your request was made under the Public Records Act. AS 40.25.110."
            "\n2.\nThe dispatch log for the same day.")
    assert exemptions_in(body) == []


# --- Pages released and a share of them redacted, in a clause of the same sentence; a date's year is no count ------


@pytest.mark.parametrize(("sentence", "released", "part"), [
    # h09
    ("EBRSO has completed its review of the records responsive to your request and is producing 73 pages of records "
     "with this letter, of which 41 pages have been redacted.", 73, 41),
    ("We are releasing 73 pages, of which 41 have been redacted.", 73, 41),
    # the near miss: pages only reviewed, the share the pages released
    ("We reviewed 73 pages, of which 41 pages are released in part.", 41, 41),
])
def test_pages_redacted_of_which_are_a_share_of_those_released(sentence: str, released: int, part: int) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.released_part) == (released, part)


@pytest.mark.parametrize(("sentence", "withheld"), [
    # h09: the year after the day is no count of the pages withheld
    ("Please be advised that EBRSO has withheld or redacted the following records and information: (a) Twelve (12) "
     "pages of incident reports relating to an incident of June 22, 2026 have been withheld in their entirety.", 12),
    ("The Sheriff's Office has withheld the following: 9 pages of reports of the arrest of March 3, 2026 have been "
     "withheld in full.", 9),
    # the near miss: a count after a comma that is no day's
    ("We reviewed 40 pages, 12 have been withheld in full.", 12),
])
def test_a_dates_year_is_no_count_of_pages_withheld(sentence: str, withheld: int) -> None:
    assert pages_in(sentence).withheld_full == withheld


# --- A fee table's subtotal is not its total ------------------------------------------------------------------------


@pytest.mark.parametrize(("rows", "amount"), [
    # h05, Hawaii's notice to requester
    ("| Search for records | 7 | $10.00 per hour | $70.00 |\n| Review and segregation of records | 16 | $20.00 per "
     "hour | $320.00 |\n| Subtotal, search, review and segregation fees | | | $390.00 |\n| Less public interest waiver "
     "(HAR § 2-71-32) | | | ($60.00) |\n| TOTAL ESTIMATED FEES AND COSTS | | | $330.00 |", Decimal("330.00")),
    ("| Staff time, 6 hours | $150.00 |\n| Copies, 400 pages | $40.00 |\n| Sub-total | $190.00 |\n| Less waiver of the "
     "first $30.00 in fees | ($30.00) |\n| Total estimated fees | $160.00 |", Decimal("160.00")),
    # the near miss: the total alone, no subtotal above it
    ("| Staff time, 6 hours | $150.00 |\n| Copies, 400 pages | $40.00 |\n| Total estimated fees | $190.00 |",
     Decimal("190.00")),
])
def test_a_fee_tables_subtotal_is_not_the_estimate(rows: str, amount: Decimal) -> None:
    body = "The estimated fees for your request are itemized below.\n\n" + rows
    assert [event.amount for event in events_in(body) if event.amount is not None] == [amount]


# --- The earliest day the records will be available, Kansas's K.S.A. 45-218(d) ------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    # h08
    ("Provided payment is received by December 9, 2026, the records will be available for pickup at the address above, "
     "or by electronic delivery, no earlier than December 23, 2026.", dt.date(2026, 12, 23)),
    ("The records will be ready no sooner than January 4, 2027.", dt.date(2027, 1, 4)),
    # the near miss: no day the records will be available
    ("We will not consider a narrowed request received earlier than January 4, 2027.", None),
])
def test_the_earliest_day_the_records_will_be_available_is_the_day_expected(sentence: str,
                                                                            expected: dt.date | None) -> None:
    body = "This letter acknowledges receipt of your request, which we received on November 30, 2026. " + sentence
    assert [event.expected_by for event in events_in(body, date_line="December 2, 2026")
            if event.expected_by is not None] == ([expected] if expected else [])


def test_a_citation_after_a_reason_given_after_a_colon_with_no_item_marked_is_no_ground() -> None:
    # The near miss: the law that gives citizens the right, cited after a denial's colon, no item of a list.
    body = ("Your request to inspect or receive copies of public records has been denied for the following reason:\n\n"
            "The Tennessee Public Records Act grants the right to inspect and receive copies of public records to "
            "citizens of Tennessee. Tenn. Code Ann. § 10-7-503(a)(2)(A).")
    assert exemptions_in(body) == []


_DELAWARE_DUTY = ("Pursuant to 29 Del. C. § 10003(h)(1), a public body shall respond to a FOIA request as soon as "
                  "possible, but in any event within 15 business days after the receipt thereof, either by providing "
                  "access to the requested records, denying access to the records or parts of them, or by advising "
                  "that additional time is needed because the request is for voluminous records.")


@pytest.mark.parametrize("needs", [
    "DSP requires additional time to respond to your request.",
    "The Department needs additional time to respond to your request because the records are archived.",
])
def test_more_time_taken_beside_the_laws_days_recited_is_an_extension(needs: str) -> None:
    """An acknowledgement that recites the law's days and the more time the law lets the office take, then says it
    requires that time, extends the deadline to its estimate: Delaware's additional-time letter."""
    body = ("This letter acknowledges receipt of your request, which the Department received on November 16, 2026. "
            f"{_DELAWARE_DUTY} {needs} The Department in good faith estimates that it will provide a response to your "
            "request on or before January 8, 2027.")
    events = events_in(body, date_line="November 24, 2026")
    assert [event.kind for event in events] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]
    assert [event.expected_by for event in events if event.expected_by] == [dt.date(2027, 1, 8)]


def test_an_acknowledgement_with_its_estimate_and_no_laws_days_extends_nothing() -> None:
    """The near miss: New York's acknowledgement, the office needing more time and giving its approximate date, names
    no days of the law it would run past, and so is the acknowledgement alone."""
    body = ("The Department has acknowledged your FOIL request, received on November 16, 2026. Due to the volume of "
            "requests, the agency requires additional time to respond. The Department expects to provide a response to "
            "your request on or about January 8, 2027.")
    assert [event.kind for event in events_in(body, date_line="November 24, 2026")] == [EventKind.ACKNOWLEDGED]

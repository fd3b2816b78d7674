"""The three-hundred-and-seventh set: 14 letters (letters/heldout307) from the records portals of cities, counties and
school districts and the notices they send, written blind (committed before the rules were run on them), from ten
states: a Whatcom County (Washington) GovQA five-day letter with an estimated date for the first installment; a City
of Oakland NextRequest notice that the due date was extended by 14 days under Government Code section 7922.535(b),
with a staff note and the request's details below it; a Duval County Public Schools (Florida) GovQA clarification
request with a 30-day closing warning; a Lockport Township High School District 205 (Illinois) letter extending the
time by five business days under 5 ILCS 140/3(e) (PDF); a City of Loveland (Colorado) NextRequest "request closed"
notice with its documents released and a clerk's message citing C.R.S. § 24-72-204; a Beaverton School District
(Oregon) acknowledgement with a cost-estimate table (Word); a City of Edinburg (Texas) GovQA notice that a request
was withdrawn by operation of law under section 552.2615; a City of Grand Haven (Michigan) FOIA response granted in
part and denied in part (PDF); a Village of Fairport Harbor (Ohio) release with its R.C. 149.43 redactions; a
Tacoma-Pierce County Health Department (Washington) first installment with an exemption list; a Cobb County School
District (Georgia) denial under FERPA and O.C.G.A. § 50-18-72(a)(1); a City of Phoenix (Arizona) GovQA "invoice
created" notice with a staff note and request history; a Durham County (North Carolina) no-records letter in Word
with a table of the offices searched; and a Kansas City Public Schools (Missouri) three-business-day Sunshine Law
letter with a fee estimate (PDF).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 Whatcom County and h10 Tacoma-Pierce County Health Department: the counties' published response rules ("Within
  5 business days of receipt of the request, the Public Records Officer or designee will do 1 of the following: ...
  Provide a reasonable estimate when records will be available", closing a request when an installment is not
  claimed within 30 days), https://www.whatcomcounty.us/1045/Response-to-Records-Requests,
  https://www.whatcomcounty.us/1049/Special-Considerations and
  https://www.tpchd.org/i-want-to/request/public-records/public-records-request-process (fees per page and per four
  electronic files), and the GovQA notices of earlier sets (132 q01, 138 w01).
- h02 Oakland and h05 Loveland: NextRequest's own guides to the notifications a requester receives (due dates
  changed, messages posted, documents released, request closed; request numbers "25-1"), https://help.nextrequest.com/knowledge/basic-request-management,
  https://help.nextrequest.com/knowledge/request-process-overview and https://www.civicplus.help/nextrequest/docs/your-nextrequest-portal-set-up-and-go-live-checklist;
  Oakland Privacy's guide to agency responses (extensions of 14 days under the California Public Records Act),
  https://oaklandprivacy.org/5-1-agency-responses/; the City of Loveland's launch of NextRequest for CORA requests,
  https://northfortynews.com/category/news/city-of-loveland-launches-new-records-request-tool/
- h03 Duval County Public Schools: the district's processing rules ("Clarification must be received within 30 days of
  the request"), https://dcps.duvalschools.org/Page/26414, and GovQA's note on clarification e-mails,
  http://www.govqa.com/clarification-emails-pipr-index-marker-of-complexity-2/
- h04 Lockport Township HSD 205: an Illinois school district's FOIA page ("the District may inform you, in writing,
  that your request requires an additional five (5) working days"; review by the Public Access Counselor),
  https://www.ivcschools.com/district-information/compliance-documents/foia-request/response-to-requests, and 5 ILCS
  140/3(e).
- h06 Beaverton School District: the district's public records page ("a written cost estimate ... no later than
  fifteen working days", fee waivers under the Attorney General's manual within five working days),
  https://www.beaverton.k12.or.us/departments/communications-community-involvement/public-records-request
- h07 Edinburg and h12 Phoenix: the City of Edinburg's public records page,
  https://cityofedinburg.com/departments/city_secretary/request_a_public_record.php, Texas Government Code § 552.2615
  (a request considered withdrawn when the itemized statement is not answered in 10 business days), A.R.S. §
  39-121.03, and the GovQA invoice and closing notices of earlier sets (138 w04, 148 m08).
- h08 Grand Haven: the City of Grand Haven FOIA Procedures & Guidelines (MCL 15.235 responses granted in part and
  denied in part, appeals to the head of the public body, 180 days for a civil action),
  https://lawsdocbox.com/amp/114164130-Legal_Issues/City-of-grand-haven-freedom-of-information-act-procedures-guidelines.html
- h09 Fairport Harbor: the village's public records policy ("Any denial of public records requested must include an
  explanation, including legal authority ... each redaction must be accompanied by a supporting explanation"),
  https://codelibrary.amlegal.com/codes/fairportharbor/latest/fairportharbor_oh/0-0-0-2110
- h11 Cobb County School District, h13 Durham County and h14 Kansas City Public Schools: written from the statutes they
  cite (O.C.G.A. §§ 50-18-71(d), 50-18-72(a)(1) and FERPA; N.C. Gen. Stat. Chapter 132; RSMo 610.023.3, 610.026) and
  the earlier sets' letters from those states (290 b10); the school-district FOIA guide
  https://legalclarity.org/how-to-submit-a-foia-request-to-a-school-district for FERPA-protected records.

Blind score (written before the rules were run on it): 9 of 14 fully right, and all 14 matched to their request by
their number. Wrong were:
- h02 (Oakland NextRequest due date extended, e-mail): an acknowledgement with November 9 as the day received, beside
  the extension, read from the request's details the portal prints under every notice: "Received: November 9, 2026
  via web".
- h03 (Duval County Public Schools clarification, e-mail): December 24 logged as the day the answer is expected,
  though it is the day the requester must answer by: "If we do not receive a response by December 24, 2026, your
  request will be closed and you may submit a new request at any time."
- h05 (Loveland NextRequest "request closed" notice): no date (the clerk's message is dated "Message from the City
  Clerk's Office, 12/1/2026:"), 118 pages released from one line of the portal's list of documents, "Released:
  2026-12-01 - 26-847 Fleet Services fuel card audit (final) - 118 pages", instead of "The City is releasing 142
  pages of records", and 36 pages withheld instead of the 9 of "Three draft audit memoranda, totaling 9 pages, are
  withheld in their entirety pursuant to C.R.S. § 24-72-204(3)(a)(XIII)".
- h09 (Fairport Harbor release): the pages withheld, counted after the ground, not read: "Records pertaining to
  juvenile court proceedings that are sealed by order of the Lake County Court of Common Pleas, Juvenile Division,
  have been withheld under R.C. 149.43(A)(1)(v) and R.C. 2151.356; these consist of 4 pages."
- h11 (Cobb County School District denial): a partial grant, not a denial, from "The District cannot release the
  records without the written consent of the parents of every student depicted, and the video cannot be redacted with
  the equipment available to the District so as to remove personally identifiable information.", and FERPA not
  read: "it is therefore an education record maintained by the District under the Family Educational Rights and
  Privacy Act, 20 U.S.C. § 1232g, and its implementing regulations."
After general fixes (a day the office waits for the requester's answer by, "If we do not receive a response by",
"unless the District receives your clarification by", is not the day it expects to answer; a receipt field in the
request details a portal prints below its notice, "Received: November 9, 2026 via web", acknowledges nothing; a
portal's message is dated by its heading, "Message from the City Clerk's Office, 12/1/2026:"; each line of a portal's
document list, "Released: ... - 118 pages", is read on its own and counted only where the running text counts no
pages; pages counted after the clause that withholds or releases them, "; these consist of 4 pages", ", which total 4
pages", take its verb; a record said not to be redactable, "cannot be redacted", "not possible to segregate", makes a
denial; a record classed as one a law keeps closed, "an education record maintained by the District under the Family
Educational Rights and Privacy Act, 20 U.S.C. § 1232g", cites that law), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, exemptions_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import understand
from foiatrack.intake.model import Letter

SET = "heldout307"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- what a portal's notices print around what they tell ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Thank you for your request, reference number R000587-111926, received on November 19, 2026. Please clarify the "
    "time period of the records you are requesting. If we do not receive a response by December 24, 2026, your "
    "request will be closed.",
    "We received your request on November 19, 2026. Please clarify the dates you want. Unless the District receives "
    "your clarification by December 10, 2026, the request will be closed.",
    "We received your request on November 19, 2026. Please tell us which fiscal years you want. If we have not heard "
    "from you by December 10, 2026, we will close the request.",
])
def test_the_day_the_office_waits_for_the_requesters_answer_is_not_the_expected_day(body: str) -> None:
    events = events_in(body)
    assert [e.kind for e in events] == [EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_REQUESTED]
    assert events[0].expected_by is None


def test_the_offices_own_day_after_a_condition_on_the_requester_is_expected() -> None:
    # The near miss: the day the office will answer, after what it does if the requester is silent.
    body = ("We received your request on November 19, 2026. If we do not hear from you, the City will provide the "
            "records by December 24, 2026.")
    assert events_in(body)[0].expected_by == dt.date(2026, 12, 24)


@pytest.mark.parametrize("body", [
    "Record request #26-11872 has been updated. Due date extended. Pursuant to Government Code section 7922.535(b), "
    "the City is extending the time to respond by 14 days. The new due date for this request is December 3, 2026.\n\n"
    "Request #26-11872\nRequest description: Complaint files.\nReceived: November 9, 2026 via web\n"
    "Departments: Police Department",
    "An invoice has been created for your public records request R012934-111326. Amount Due: $46.50. Your records "
    "will be released once payment has been received.\n\nReference No.: R012934-111326\nDate Submitted: 11/13/2026\n"
    "Department: Police Department",
])
def test_a_receipt_field_in_the_request_details_below_a_notice_is_no_acknowledgement(body: str) -> None:
    assert EventKind.ACKNOWLEDGED not in [e.kind for e in events_in(body)]


def test_a_receipt_field_in_a_portal_acknowledgement_still_acknowledges() -> None:
    # The near miss: a notice that only logs the request, its details its whole content.
    body = ("The City of Lubbock has logged the Public Information Act request shown below into its Public Records "
            "Center.\n\nReference No.: P004829-112026\nDate Submitted: 11/20/2026\nDepartment: Police Department")
    events = events_in(body, "November 23, 2026")
    assert [e.kind for e in events] == [EventKind.ACKNOWLEDGED]
    assert events[0].received == dt.date(2026, 11, 20)


@pytest.mark.parametrize(("text", "day"), [
    ("City of Loveland\nPublic Records Requests\n\nRecord request #26-847 has been closed.\n\nMessage from the City "
     "Clerk's Office, 12/1/2026:\n\nAttached are the records, 14 pages, released in full.\n", dt.date(2026, 12, 1)),
    ("City of Dayton\n\nRequest 26-1190 has a new message.\n\nPublic message posted by Records Unit on 11/30/2026:\n\n"
     "No records responsive to your request were located.\n", dt.date(2026, 11, 30)),
    ("City of Dayton\n\nRequest 26-1190 has a new message.\n\nMessage from the Office of Public Records, 11/30/2026:"
     "\n\nNo records responsive to your request were located.\n", dt.date(2026, 11, 30)),
    # The near miss: a day the heading names as another's.
    ("City of Dayton\n\nRequest 26-1190 has a new message.\n\nMessage from Jane Roe about the request of 11/20/2026:"
     "\n\nNo records responsive to your request were located.\n", None),
])
def test_a_portal_message_is_dated_by_its_heading(text: str, day: dt.date | None) -> None:
    assert understand(Letter(text=text)).letter_date == day


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("Documents released\nReleased: 2026-12-01 - 26-847 Fuel card audit (final) - 118 pages\nReleased: 2026-12-01 - "
     "26-847 Fuel card e-mails, redacted - 24 pages\nWithheld: 26-847 Draft audit memoranda (3 documents)\n\nThe City "
     "is releasing 142 pages of records. Three draft audit memoranda, totaling 9 pages, are withheld in their "
     "entirety pursuant to C.R.S. § 24-72-204(3)(a)(XIII).", 142, 9),
    # ... and the list alone, where the running text counts no pages: its lines add up.
    ("Your request has been closed. The following documents were released to you:\nReleased: Incident report.pdf - "
     "11 pages\nReleased: Supplement.pdf - 4 pages", 15, None),
])
def test_a_portals_document_list_is_read_line_by_line_and_counted_once(
        body: str, released: int, withheld: int | None) -> None:
    event = events_in(body)[-1]
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


@pytest.mark.parametrize(("body", "withheld", "released"), [
    ("Attached please find the records, 23 pages in total. The sealed records have been withheld under R.C. "
     "149.43(A)(1)(v) and R.C. 2151.356; these consist of 4 pages.", 4, 23),
    ("Attached please find the records, 23 pages in total. The sealed records have been withheld under R.C. "
     "149.43(A)(1)(v), which total 4 pages.", 4, 23),
    ("Enclosed are the records. The e-mails are released with redactions under RCW 42.56.250(4); they comprise 31 "
     "pages.", None, 31),
])
def test_pages_counted_after_the_clause_that_withholds_or_releases_take_its_verb(
        body: str, withheld: int | None, released: int) -> None:
    event = events_in(body)[-1]
    assert (event.pages_withheld, event.pages_released) == (withheld, released)


def test_pages_counted_after_what_was_only_located_are_no_release() -> None:
    # The near miss: the pages of records found, not given.
    body = "We located the e-mails; these consist of 40 pages. A response will follow."
    assert all(e.pages_released is None and e.pages_withheld is None for e in events_in(body))


@pytest.mark.parametrize("body", [
    "Your request is denied in its entirety. The records are exempt under O.C.G.A. § 50-18-72(a)(1). The video cannot "
    "be redacted with the equipment available to the District so as to remove personally identifiable information.",
    "Your request is denied. The recordings are exempt under RCW 42.56.240(1), and they could not reasonably be "
    "redacted.",
    "The request is denied under KRS 61.878(1)(a). It is not possible to segregate the exempt portions of the file.",
])
def test_a_record_that_cannot_be_redacted_is_denied_not_released_in_part(body: str) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


def test_records_released_with_redactions_are_still_a_partial_grant() -> None:
    # The near miss: redactions made.
    body = ("Enclosed are the records, 12 pages. Home addresses were redacted under RCW 42.56.250(4). The photographs "
            "could not be released without redaction.")
    assert kinds_and_outcomes(body) == [(EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT)]


@pytest.mark.parametrize(("body", "codes"), [
    ("Your request is denied in its entirety. The bus video depicts identifiable students; it is therefore an "
     "education record maintained by the District under the Family Educational Rights and Privacy Act, 20 U.S.C. § "
     "1232g, and its implementing regulations. Records required by federal law to be kept confidential are exempt "
     "under O.C.G.A. § 50-18-72(a)(1).", ["20 U.S.C. § 1232g", "O.C.G.A. § 50-18-72(a)(1)"]),
    ("Your request is denied. The file is a juvenile record under R.C. 2151.357.", ["R.C. 2151.357"]),
    ("Your request is denied. The report is a criminal investigative record under N.C. Gen. Stat. § 132-1.4(a).",
     ["N.C. Gen. Stat. § 132-1.4(a)"]),
    # The near miss: a record so classed and given out.
    ("Enclosed is the report, 4 pages. The report is an education record under 20 U.S.C. § 1232g and is provided to "
     "you as the parent of the student.", []),
])
def test_a_record_classed_under_the_law_that_closes_it_cites_that_law(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes

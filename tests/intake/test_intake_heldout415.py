"""The four-hundred-and-fifteenth held-out set: 14 letters (letters/heldout415) as requesters really receive them by
e-mail and through the request portals, federal and state mixed, from fourteen offices, where the letter to log sits
among other messages: an EPA FOIAXpress PAL status e-mail ("has been changed to: Closed") with the final response
attached as PDF, released in part under Exemptions 5 and 6; a Washington State Patrol reply closing a request with
its final installment, the requester's question and the first installment quoted below "-----Original Message-----";
a City of Austin GovQA acknowledgement sent as HTML only, with its reference number, day of receipt and the request
quoted in a blockquote; a City of Oakland NextRequest notice that a request "has been closed" for no responsive
records; a Bureau of Land Management fee estimate printed from Outlook to PDF, the earlier acknowledgement and the
request itself below it; an Illinois State Police denial forwarded by a colleague and pasted into Word; an ICE
SecureRelease notification whose body holds the whole final response; a Department of Education automatic reply
carrying the tracking number and the day received; a City of Grand Rapids JustFOIA status change ("Extended") printed
to PDF with the ten-business-day notice of MCL 15.235(2)(d); a Department of Energy answer to a status inquiry with
a new estimated date, the inquiry and the acknowledgement quoted with "> " and ">> "; a Louisville Metro Police denial
forwarded Apple Mail's way ("Begin forwarded message:"); a Federal Trade Commission reply denying expedited processing
saved to Word, the request for expedition below it; a Denver Police Department reply asking again to clarify part of a
CORA request, the requester's reply and the first answer quoted below; and a Justice Department Office of Information
Policy appeal acknowledgement forwarded and printed from Gmail to PDF. Written blind and committed before the rules
were run on them.

- k01-epa-pal-final-attached.eml: EPA Region 4, EPA-2027-000412, 131 pages in full and 21 in part, 12 withheld,
  Exemptions 5 and 6 (the PAL e-mail's "Submitted Date: 10/26/2026" and the letter's day of receipt are the final
  answer's, not an acknowledgement).
- k02-wa-wsp-reply-final-installment.txt: Washington State Patrol, PDR-26-11843, final installment of 86 pages under
  RCW 42.56.230(7)(a), 42.56.240(2) and 70.02.020 (the first installment's 42 pages, RCW 42.56.240(1), its day of
  receipt and "on or about December 18, 2026" are the quoted messages').
- k03-tx-austin-govqa-ack-html.eml: City of Austin (APD), R005117-120926, received 12/9/2026 (the requester's December
  2, 2026 e-mail in the quoted request is not the City's receipt).
- k04-ca-oakland-nextrequest-no-records.txt: City of Oakland Planning and Building, #26-9947, closed, no responsive
  records.
- k05-blm-fee-estimate-outlook-print.pdf: BLM Nevada State Office, BLM-2027-00318, estimated fees $570.00 (the
  acknowledgement, its day of receipt and its 10-workday extension are the earlier message's; the requester's $50.00
  is his own).
- k06-il-isp-denial-forwarded.docx: Illinois State Police, FOIA #26-04812, denied under 5 ILCS 140/7(1)(d)(i), 7(1)(c)
  and 7(1)(b), dated December 14 (the colleague's forward is of December 15).
- k07-ice-securerelease-final.eml: ICE, 2027-ICFO-04417, 29 pages in full and 37 in part, 7 withheld, Exemptions 6,
  7(C) and 7(E).
- k08-ed-pal-auto-ack.txt: Department of Education, 27-00841-F, received 12/15/2026, automatic reply of December 16.
- k09-mi-grand-rapids-justfoia-extension.pdf: City of Grand Rapids, W041873-120826, received December 8, 2026, 10
  business days to December 30, 2026.
- k10-doe-status-reply-quoted.txt: Department of Energy, HQ-2027-00187-F, estimated date of completion now April 16,
  2027 (the day received, the earlier estimate of January 8, 2027 and the ten-day extension are in the quoted
  messages).
- k11-ky-lmpd-denial-apple-forward.txt: Louisville Metro Police, ORR-26-3318, denied under KRS 61.878(1)(h), KRS
  17.150(2) and KRS 61.878(1)(a), dated December 17 (the forward is of December 18).
- k12-ftc-expedite-denied-reply.docx: FTC, FOIA-2027-00296, expedited processing denied (the acknowledgement, the day
  received and the renewed fee waiver request are in the requester's quoted message).
- k13-co-denver-cora-clarify-reply.txt: Denver Police Department, 26-CORA-07718, clarification of part 2 asked (the
  day received and the seven working days are in the quoted messages).
- k14-doj-oip-appeal-ack-gmail-print.pdf: DOJ Office of Information Policy, appeal A-2027-00517 of ATF request
  2026-0912, received December 21, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- k01 EPA PAL status e-mail and final response: the FOIAXpress correspondence types and the close-request screen
  (pages released, pages reviewed),
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Create-View_Requests/Correspondence/correspondence.htm
  and
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Close_Request/Close_Request.htm;
  OGIS's model language for adverse determinations, https://ogis.archives.gov/mediation-program/model-letter-language.htm,
  and the EPA final letters of earlier sets (the 90-day appeal paragraph).
- k02 Washington State Patrol final installment: RCW 42.56.520 and the Washington installment letters of earlier sets;
  a thread of replies as MuckRock prints an agency's e-mails,
  https://www.muckrock.com/foi/united-states-of-america-10/muckrock-emails-food-and-drug-administration-54997/
- k03 City of Austin GovQA acknowledgement: the confirmation message GovQA sends ("We've added a message to the usual
  confirmation message"), https://www.govqa.com/coronavirus-public-records-survey/, and Gov't Code 552.221(d) and
  552.301 as in the Texas letters of earlier sets.
- k04 Oakland NextRequest closure: NextRequest's workflow ("Email notifications will be sent to everyone involved when
  a message is posted", "Close the request once it has been adequately responded to"),
  https://help.nextrequest.com/knowledge/request-process-overview and
  https://newcastlewa.gov/news/archives/2022/next_request_coming_soon; the California no-records answer,
  https://www.fillmoreca.gov/FAQ.aspx?QID=75
- k05 BLM fee estimate: the Interior fee rules (43 C.F.R. 2.39, 2.50) as the Interior letters of earlier sets cite
  them, and an acknowledgement e-mail "generated by the FOIA electronic case management system",
  https://www.govregs.com/regulations/15/4.7.
- k06 Illinois State Police denial: 5 ILCS 140/7(1)(d)(i), 7(1)(c), 9.5(a) and 11 as in the Illinois letters of
  earlier sets; the forwarded header block as MuckRock and requesters keep it.
- k07 ICE SecureRelease final response: the DHS stock paragraphs of the ICE letters of earlier sets, and OGIS on
  portals that post response letters and records for a limited time,
  https://foia.blogs.archives.gov/2023/05/10/ensuring-effective-portal-communication-with-requesters-even-when-theyre-on-vacation/
- k08 Department of Education automatic acknowledgement: 15 C.F.R. 4.7(a) ("the acknowledgment email, generated by
  the FOIA electronic case management system ... will suffice"), https://www.govregs.com/regulations/15/4.7., 41
  C.F.R. 105-60.301 ("the system automatically generates a tracking number"),
  https://casetext.com/regulation/code-of-federal-regulations/title-41-public-contracts-and-property-management/subtitle-c-federal-property-management-regulations-system/chapter-105-general-services-administration/part-105-60-public-availability-of-agency-records-and-informational-materals/subpart-d-responding-to-requests/section-105-60301-acknowledging-foia-requests,
  and the USPS handbook, https://about.usps.com./handbooks/as353/as353c4_012.htm
- k09 Grand Rapids JustFOIA extension: MCL 15.235(2)(d) ("Issuing a notice extending for not more than 10 business
  days"),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and https://fsbrlaw.com/2022/05/31/i-received-a-freedom-of-information-act-foia-request-and-sent-a-10-day-extension-as-an-initial-response-how-do-i-calculate-my-new-deadline-to-respond/
- k10 Department of Energy status reply: OGIS on estimated dates of completion and the revised-date letters of earlier
  sets (USCIS, OSHA), https://foia.blogs.archives.gov/2023/05/10/ensuring-effective-portal-communication-with-requesters-even-when-theyre-on-vacation/
- k11 Louisville Metro Police denial: KRS 17.150(2) and KRS 61.878(1)(h) for a case whose prosecution has not
  concluded, https://kyopengov.org/law/ag/2023/23-ord-228 and
  https://kyopengov.org/law/court-decisions/shively-police-dept-v-courier-journal-inc
- k12 FTC expedited processing denied: 5 U.S.C. 552(a)(6)(E) and the expedite denials of earlier sets (compelling
  need, urgency to inform), OGIS's model language,
  https://ogis.archives.gov/mediation-program/model-letter-language.htm
- k13 Denver Police CORA clarification: C.R.S. 24-72-203(3)(b) (three working days, up to seven more),
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/ and
  https://colorado.public.law/statutes/crs_24-72-203
- k14 DOJ OIP appeal acknowledgement: OIP's template paragraphs ("we have adopted a general practice of assigning
  appeals in the approximate order of receipt"),
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and the OIP acknowledgements of
  earlier sets.

Blind score (written before the rules were run on it): 10 of 14 fully right, and all 14 matched to their request.
Wrong were:
- k03 (k03-tx-austin-govqa-ack-html.eml): kinds ['acknowledged', 'extension'] != ['acknowledged'] (an extension read
  from the statute's own duty, recited: "the City must promptly produce public information, or, if it cannot produce
  the information within ten business days, certify that fact in writing and set a date and hour ...")
- k05 (k05-blm-fee-estimate-outlook-print.pdf): kinds ['acknowledged', 'extension', 'fee_estimate'] !=
  ['fee_estimate']; received '2026-11-20' != None; extension_days 10 != None (the earlier acknowledgement below the
  Outlook rule and its "From:/Sent:/To:/Subject:" block read as this letter's: "We received your Freedom of
  Information Act (FOIA) request on November 20, 2026, ...", "We are taking a 10-workday extension ...")
- k10 (k10-doe-status-reply-quoted.txt): kinds ['acknowledged'] != ['extension'] (the new estimate, "the estimated
  date of completion for your request is now April 16, 2027", read as an acknowledgement's estimate, not a later one)
- k13 (k13-co-denver-cora-clarify-reply.txt): kinds ['final_determination'] != ['clarification_requested']; outcome
  'no_records' != None (a description said to lack specificity read as records not found: '"All communications
  concerning the Civic Center Park encampment sweeps" does not identify the records with enough specificity for the
  custodian to locate them'; the requests to clarify, "we still need you to clarify part 2 of your request" and
  "Please let us know the names or ranks of the employees ...", not read)
After general fixes (the law's days only as the condition of a duty it recites take no more time: "the City must
promptly produce public information, or, if it cannot produce the information within ten business days, certify that
fact in writing and set a date and hour ..."; an office that says it cannot still takes more), 11 of 14: k03 right.
After general fixes (an estimate of the request's completion said to be now a day is an extension to that day, the
earlier one unsaid: "the estimated date of completion for your request is now April 16, 2027"; not a project's, nor one
given without "now"), 12 of 14: k10 right.
After general fixes (a description said not to identify the records with enough specificity is the request's fault,
not records the search did not find, whatever names it: '"All communications concerning the Civic Center Park
encampment sweeps" does not identify the records with enough specificity for the custodian to locate them'), 13 of 14:
k13 right (its "we still need you to clarify part 2 of your request" now read, no final answer in its way).
After general fixes (a message printed from Outlook on the web, its header without colons, "From Name <address>",
"Date Fri 12/11/2026 9:18 AM", "To ...", the subject on the line above, read as a saved message is: without the
earlier messages it quotes below the rule, "________________________________ From: ... Sent: ..."), 14 of 14: k05 right
(the earlier acknowledgement's "We received your Freedom of Information Act (FOIA) request on November 20, 2026" and
its 10-workday extension no longer read as this letter's).
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout415"
# What the rules reached on this set when it was scored once, blind (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    # The law's duty recited, its inability only the condition of what it bids
    "Under the Texas Public Information Act, the City must promptly produce public information, or, if it cannot "
    "produce the information within ten business days, certify that fact in writing and set a date and hour within a "
    "reasonable time when the information will be available.",
    "Section 552.221(d) provides that, if an officer for public information cannot produce public information within "
    "ten business days, the officer shall certify that fact in writing to the requestor.",
    "The County will, in the event that it cannot provide the records within ten business days, certify that fact.",
])
def test_the_laws_days_only_as_the_condition_of_a_duty_take_no_more_time(body: str) -> None:
    found = events_in("December 9, 2026\n\nDear Ms. Doe:\n\nThe City received your request on December 9, 2026. "
                      + body)
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize("body", [
    # The near misses that do take more time: the office says it cannot, whatever clause follows
    "The City cannot produce the requested information within ten business days.",
    "The Department is unable to provide the records within ten business days, and will make them available on "
    "January 12, 2027.",
    "Because the District cannot produce the information within ten business days, it certifies that fact.",
])
def test_an_office_that_says_it_cannot_answer_in_the_laws_days_takes_more_time(body: str) -> None:
    found = events_in("December 9, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert EventKind.EXTENSION in [e.kind for e in found]


@pytest.mark.parametrize(("body", "expected"), [
    ("Because of the volume of records and the required consultations, the estimated date of completion for your "
     "request is now April 16, 2027.", dt.date(2027, 4, 16)),
    ("Your request's estimated completion date has now been moved to March 1, 2027.", dt.date(2027, 3, 1)),
    ("The anticipated response date for this request is now on or about February 26, 2027.", dt.date(2027, 2, 26)),
])
def test_an_estimate_said_to_be_now_a_later_day_is_an_extension_to_it(body: str, expected: dt.date) -> None:
    found = events_in("December 17, 2026\n\nDear Mr. Doe:\n\n" + body)
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.EXTENSION, expected)]


@pytest.mark.parametrize("body", [
    # The near misses: another thing's estimate, an estimate given without "now", one only foreseen
    "The estimated completion date of the records center's construction project is now June 1, 2027.",
    "The estimated date of completion for your request is April 16, 2027.",
    "If the estimated date of completion for your request is now later than April 16, 2027, we will tell you.",
])
def test_no_other_estimate_said_now_is_an_extension(body: str) -> None:
    found = events_in("December 17, 2026\n\nDear Mr. Doe:\n\n" + body)
    assert [e.kind for e in found if e.kind is EventKind.EXTENSION] == []


@pytest.mark.parametrize("body", [
    "\"All communications concerning the encampment sweeps\" does not identify the records with enough specificity for "
    "the custodian to locate them. Please let us know the names of the employees whose e-mail you want searched.",
    "Part 3 of your request does not identify the records with reasonable particularity. Please clarify which "
    "records you are seeking.",
    "The phrase \"any and all documents\" does not identify any records in sufficient detail for us to search. Please "
    "clarify your request.",
])
def test_a_description_said_too_vague_to_identify_records_finds_none_missing(body: str) -> None:
    found = events_in("December 21, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [e.kind for e in found if e.kind is EventKind.FINAL_DETERMINATION] == []


@pytest.mark.parametrize("body", [
    # The near misses: a search that found nothing, whatever follows the records
    "A search of the Department's files did not identify any records responsive to your request.",
    "Our search of the case management system did not locate any records with the name you provided.",
])
def test_a_search_that_found_no_records_is_still_no_records(body: str) -> None:
    found = events_in("December 21, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


PRINTED_REPLY = """{app}RE: FOIA Request DOI-2027-00412 - Fee Estimate

From Records Office <foia@agency.example.gov>
Date Fri 12/11/2026 9:18 AM
To Jane Doe <jdoe@example.org>

Good morning Ms. Doe,

We estimate that processing your request will involve 12 hours of search time at $47.50 per hour. Total estimated
fees: $570.00. Please let us know within 20 workdays whether you will pay the estimated fees.

Records Office

________________________________
From: Records Office <foia@agency.example.gov>
Sent: Monday, November 23, 2026 4:41 PM
To: Jane Doe <jdoe@example.org>
Subject: FOIA Request DOI-2027-00412 - Acknowledgment

We received your Freedom of Information Act request on November 20, 2026, and assigned it number DOI-2027-00412. We
are taking a 10-workday extension because we will need to search for records in two field offices.
"""


@pytest.mark.parametrize("app", ["Outlook\n\n", "Mail - Jane Doe - Outlook\n", ""])
def test_a_message_printed_from_web_mail_is_read_without_the_messages_it_quotes(app: str) -> None:
    from foiatrack.exchange.correspondence import read_bytes
    from foiatrack.intake import understand

    letter = read_bytes("printed.txt", PRINTED_REPLY.format(app=app).encode())
    found = understand(letter).events
    assert [(e.kind, e.amount, e.date) for e in found] == [(EventKind.FEE_ESTIMATE, 570.0, dt.date(2026, 12, 11))]


def test_a_letter_that_only_opens_with_a_from_line_is_read_whole() -> None:
    # The near miss: no web mail header (no address, no day's line), so the quoted history is not set apart
    from foiatrack.exchange.correspondence import read_bytes

    text = ("From the Office of the Solicitor\nDated Friday, December 11, 2026\nTo the requester named below\n\n"
            "We received your request on November 20, 2026.\n")
    assert read_bytes("letter.txt", text.encode()).text == text

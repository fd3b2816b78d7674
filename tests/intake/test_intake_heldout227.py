"""The two-hundred-and-twenty-seventh held-out set: 14 everyday letters (letters/heldout227), seven federal and seven
from state and local agencies of seven states: a USCIS National Records Center acknowledgement e-mail placing the
request in the complex track and invoking the ten-day extension; a Department of State acknowledgement (PDF) that
assigns an F- case control number and grants a fee waiver, with the stock sentence that unusual circumstances "may
arise"; a DEA no-records letter (PDF); an ATF Disclosure Division final response with pages released in full, in part
and withheld and the DOJ check-box list of exemptions; a Department of Education fee estimate e-mail with an
itemised search fee and the advance-payment rule; a DHS Privacy Office final response (PDF) in the "releasable in their
entirety, partially releasable, withheld in their entirety" formula, with the no-charge sentence under the $25
minimum; a Department of the Interior (Office of the Solicitor) appeal decision remanding a BLM request for a new
search; an Alameda County Sheriff's Office NextRequest e-mail extending a California Public Records Act request by
fourteen days to a named date; a City of Austin itemised statement of estimated charges under Tex. Gov't Code §
552.2615 in Word, with a fee table and a 50 percent deposit; an NYPD FOIL appeal acknowledgement; a Cobb County
(Georgia) Police Department three-business-day response e-mail with a timetable and a cost estimate; a Colorado
Department of Public Safety CORA letter extending the time by seven working days (PDF); an Oregon Health Authority
final response in Word with a table of ORS provisions; and a Louisville Metro Police Department (Kentucky) no-records
e-mail. Written blind and committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 USCIS acknowledgement with extension: USCIS's status page (control numbers beginning NRC, COW; the tracks for
  A-File and non-A-File requests),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request,
  and the DHS acknowledgement template ("the FOIA does permit a 10-day extension of this time period ... will invoke
  a 10-day extension for your request"), https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002
- h02 State acknowledgement with fee waiver: a State Department acknowledgement ("We have assigned Case Control
  Number F-... and will begin the processing of your request", "your request for a fee waiver has been granted;
  therefore, your request will be processed at no charge to you", "Unusual circumstances ... may arise that would
  require additional time"),
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
- h03 DEA no-records letter: DEA's page on what follows a request (determination letter, appeal to OIP through FOIA
  STAR), https://dea.gov/es/foia/what-happens-after, and the search-then-no-records structure of a State
  Department no-records letter, https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- h04 ATF final response: the DOJ component determination letter described by DEA ("Each exemption utilized ... will
  have a check mark in its respective block", "the number of pages reviewed with a breakdown of pages withheld and/or
  released"), https://dea.gov/es/foia/what-happens-after, and the ATF Disclosure Division's role,
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/
- h05 Education fee estimate: the Department's fee page (requester categories, first two hours and 100 pages free,
  advance payment over $250), http://www2.ed.gov/policy/gen/leg/foia/fees.html, and 34 C.F.R. part 5,
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A
- h06 DHS Privacy Office final response: DHS final and interim letters ("A search of ... produced a total of ...
  pages. Of those pages, I have determined that ... are releasable in their entirety, ... partially releasable, and
  ... withheld in their entirety pursuant to Title 5 U.S.C. § 552 (b)(5) ..."),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 and
  https://pdfslide.tips/documents/dhs-daca-cvr-ltr.html
- h07 Interior appeal decision: written from 43 C.F.R. Part 2, Subpart H and the remand decisions of earlier sets; no
  Interior appeal letter was found with the search tool in the time available.
- h08 California extension: Gov. Code § 7922.535(b) ("the date on which a determination is expected to be
  dispatched. No notice shall specify a date that would result in an extension for more than 14 days"),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535, and CDCR's
  operations manual on the extension notice,
  https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- h09 Texas itemised statement: Tex. Gov't Code § 552.2615,
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615, 1 Tex. Admin. Code § 70.7
  (itemised charges, less costly alternative, withdrawn after ten business days),
  http://txrules.elaws.us/rule/title1_chapter70_sec.70.7, and a city's deposit rule over $100,
  https://www.ci.la-porte.tx.us/158/Cost-of-Records
- h10 New York FOIL appeal acknowledgement: the Committee on Open Government's opinions on § 89(3)(a) and appeals
  under § 89(4)(a) (ten business days to decide), http://docs.dos.ny.gov/coog/ftext/f19644.htm and
  http://docs.dos.ny.gov/coog/ftext/2015/f19241.htm
- h11 Georgia three-day response: the three-business-day rule with a description of the records and a timetable,
  https://forsythpl.org/open-records, the notice of costs over $25 and confirmation before processing,
  https://mbcia.com/about-mbcia/contact-us/ and http://gfaf.org/open_records_request/ (O.C.G.A. § 50-18-71(c)(1),
  (d)), https://sos.ga.gov/page/georgia-open-records
- h12 Colorado extension: C.R.S. § 24-72-203(3)(b) (three working days, up to seven more in extenuating
  circumstances), https://coag.gov/resources/colorado-open-records-act-cora and
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/
- h13 Oregon final response: the Oregon rule on a completed response that names the exemptions,
  https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030, and
  https://oregon.public.law/rules/oar_690-003-0180
- h14 Kentucky no-records e-mail: KRS 61.880 responses and review by the Attorney General,
  https://codelibrary.amlegal.com/codes/eminenceky/latest/eminence_ky/0-0-0-889, and the Attorney General's
  decisions that an agency does not violate the Act by not producing records it does not possess,
  https://lexingtonky.news/2024/12/29/kentucky-attorney-generals-open-records-decisions-issued-last-week/

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 12 of 14 fully right, and 14 of 14 matched to
its request by its number. Misses:
- h01 (USCIS acknowledgement with extension): the day of receipt missed, the date set at the end of a long
  description of the records ("We received your request for information relating to policy memoranda, ... from
  January 1, 2025 through the present on November 20, 2026.").
- h09 (City of Austin itemised statement, Word): read as a final determination closed as withdrawn, from the
  statement's condition ("Your request will be considered automatically withdrawn if you do not respond in writing
  within 10 business days ..."), and so neither the acknowledgement nor its day of receipt ("The City of Austin
  received your request ... on November 20, 2026.").

After general fixes (a statement of estimated charges given is no record released; a withdrawal the letter foresees,
'will be considered automatically withdrawn if you do not respond', is none made), 13 of 14; h01 is left: a day of
receipt at the end of a long description of the records, with no comma before its 'on', cannot be told from a day
the records describe ('the crash on November 20').
After a further general fix (the day that ends the sentence after the records' span, 'from January 1, 2025 through
the present on November 20, 2026', is the receipt's: a span ends on its last day or 'the present', and an 'on' after
that belongs to the verb), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout227"
# What the rules reach on this set now (sealed: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "received"), [
    # The day that ends the sentence after the records' span is the receipt's
    ("We received your request for information relating to policy memoranda and statistics concerning Requests for "
     "Evidence issued by the Chicago Field Office from January 1, 2025 through the present on November 20, 2026.",
     dt.date(2026, 11, 20)),
    ("This office received your request for all e-mails between the Director and the county's contractors sent from "
     "March 1, 2024 to March 31, 2025 on April 7, 2025.", dt.date(2025, 4, 7)),
    ("We received your request for the inspection reports of the Eastside facility from 2019 to today on February 9, "
     "2026.", dt.date(2026, 2, 9)),
])
def test_the_day_of_receipt_after_the_records_span(body: str, received: dt.date) -> None:
    event = events_in(body, (received + dt.timedelta(days=3)).strftime("%B %d, %Y"))[0]
    assert (event.kind, event.received) == (EventKind.ACKNOWLEDGED, received)


def test_a_day_the_records_describe_is_no_receipt() -> None:
    # The near miss: the day ends the sentence after an event the records are of, not after their span
    event = events_in("We received your request for the incident reports of the crash on Route 9 that occurred on "
                      "November 20, 2026.", "December 3, 2026")[0]
    assert event.received is None

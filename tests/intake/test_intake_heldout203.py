"""The two-hundred-and-third held-out set: 14 letters (letters/heldout203) from Western and mountain state agencies,
counties, cities and review bodies as the files arrive, written after the rules had been read (after set 195's fixes
were merged), so its score is kept apart from the blind ones: a City of Spokane e-mail acknowledging a request and
asking for clarification under RCW 42.56.520(1)(d); a Montana Department of Justice acknowledgement (Word) with the
time and fee estimate § 2-6-1006(3), MCA, asks for, in a table; a Utah State Records Committee decision and order
granting an appeal in part (PDF, dated at its foot); a California Highway Patrol no-records letter; a San Diego
County Sheriff's Office NextRequest invoice for paper copies at $0.10 a page; a Denver Police Department response
under the Colorado Criminal Justice Records Act with pages released and withheld under C.R.S. § 24-72-305(5); a Santa
Fe Police Department IPRA response (PDF) with redactions under NMSA 1978, Section 14-2-1(D) and (B); a Maricopa County
Sheriff's Office acknowledgement e-mail with a processing time in business days and no date; a Nevada Department of
Corrections estimate of a fee for extraordinary use of personnel under NRS 239.055; an Oregon Department of Human
Services "still processing" statement under ORS 192.329(5) naming only a new date; a Hawaii Office of Information
Practices memorandum opinion (PDF) deciding an appeal in part under HRS § 92F-13(1) and (3); an Alaska DOT&PF
extension of ten working days under 2 AAC 96.325(d); an Idaho State Police fee estimate under Idaho Code § 74-102(10)
(two hours and 100 pages free); and a Laramie County Sheriff's Office denial under Wyo. Stat. § 16-4-203(b)(i) (Word).
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- x01 Spokane clarification: RCW 42.56.520(1)(d) and (3)(b), https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520,
  and agencies' rules on clarification and closing (WAC 430-01-070 and -110), https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20430%20%20TITLE/WAC%20430%20-%2001%20%20CHAPTER/WAC%20430%20-%2001%20-070.htm
- x02 Montana DOJ: § 2-6-1006, MCA (estimate of time and fees, 90 days, payment before gathering, 30 days),
  https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html and
  https://montanatransparencyproject.org/timeline-fees
- x03 Utah State Records Committee: its decisions and orders ("By this appeal, Petitioner ... seeks access to records
  allegedly held by Respondent", "STATEMENT OF REASONS FOR DECISION", "IT IS ORDERED THAT"),
  http://168.177.21.21/src/srcappeal-2018-36.html and https://archivesnews.utah.gov/2020/11/10/state-records-committee-2020/
- x04 CHP no records and x05 San Diego Sheriff invoice: Government Code §§ 7922.530 and 7922.535 as the Lozano Smith
  handbook sets out the responses, https://www.lozanosmith.com/docs/resources/flipbook/Brown_Act_Handbook/files/basic-html/page158.html,
  and NextRequest's notifications, https://help.nextrequest.com/knowledge/request-process-overview
- x06 Denver CCJRA response: C.R.S. § 24-72-305(5) (custodian's discretion, "contrary to the public interest") as in
  set 176's Colorado sources and https://coloradofoic.org/coras-maximum-research-and-retrieval-fee-rate-will-rise-23-percent-on-july-1-to-41-37-hour/
- x07 Santa Fe PD IPRA: NMSA 1978, §§ 14-2-1 and 14-2-11 (written explanation of denial, person responsible), as in
  https://nmfog.org/topic/3response-time/
- x08 Maricopa County Sheriff's Office acknowledgement: A.R.S. § 39-121.01(D)(1) ("promptly furnish") and the
  Ombudsman-Citizens' Aide overview, https://docslib.org/doc/13224549/public-records-law-overview
- x09 Nevada DOC fee: NRS 239.055 (extraordinary use of personnel), NRS 239.052 and NAC 239.863,
  https://print.casetext.com/regulation/nevada-administrative-code/chapter-239-public-records/availability-and-inspection-of-public-records/section-239863-form-to-inspect-copy-or-receive-copy-of-public-record
- x10 ODHS still processing: ORS 192.329 (written statement that the body is still processing, with an estimated
  date), https://oregon.public.law/statutes/ors_192.329
- x11 OIP memorandum opinion: OIP's opinions and appeal rules (chapter 2-73, HAR; § 92F-43, HRS),
  https://print.casetext.com/regulation/hawaii-administrative-rules/title-2-office-of-the-lieutenant-governor/subtitle-7-office-of-information-practices/chapter-73-administrative-appeal-procedures/subchapter-2-procedures-for-appeal-to-oip/section-2-73-12-timing-and-content-of-appeal-to-pip
- x12 Alaska DOT&PF extension: 2 AAC 96.325(d), https://d1tvxue8o4w0fl.cloudfront.net/regulation/alaska-administrative-code/title-2-administration/chapter-96-public-information/article-3-requests-for-public-records/section-2-aac-96325-response-to-request-time-limits
- x13 Idaho State Police fee: Idaho Code §§ 74-102(10) and 74-103, https://legislature.idaho.gov/statutesrules/idstat/title74/t74ch1/sect74-115/
- x14 Laramie County Sheriff denial: Wyo. Stat. § 16-4-203 (investigations "contrary to the public interest"), and
  § 16-4-202, https://law.counselstack.com/statute/wy/4/16-4-202 and https://peer.org/wyoming-public-record-laws/

Score when first run (written after reading the rules, so not a blind figure): 8 of 14 fully right, and 13 of 14
matched to its request by its number. Wrong were:
- x03 (Utah State Records Committee order, PDF): no date, the docket number taken for the request's, no appeal
  number, so not matched: "DECISION AND ORDER Case No. 26-41", "... made a records request (WCSO GRAMA No. 26-0933)
  ...", "Entered this 1st day of December, 2026." (the order's date is at its foot).
- x06 (Denver CCJRA response e-mail): a second tracking number, the police case number: "... officer statements in
  case number 2026-611824."
- x09 (Nevada DOC fee estimate): an acknowledgement beside the fee estimate: "The Nevada Department of Corrections
  (NDOC) is in receipt of your request ..." (the expected value was wrong; see below).
- x10 (ODHS still processing e-mail): nothing at all: "ODHS is still processing your request and is not able to
  complete its response within the time allowed by ORS 192.329(2)." and "ODHS now estimates that it will complete its
  response by January 15, 2027."
- x11 (Hawaii OIP memorandum opinion, PDF): nothing at all, and no appeal number: "Subject: Harbor Security Incident
  Reports (U APPEAL 25-31)", "DOT-HAR may withhold the names ... HRS § 92F-13(1). DOT-HAR has not shown that the
  remainder of the reports falls under the frustration exception, HRS § 92F-13(3), ... and DOT-HAR must therefore
  disclose the reports with only the personal information redacted."
- x14 (Laramie County Sheriff denial, Word): the section that makes the letter the statement of grounds taken for an
  exemption: "Pursuant to Wyo. Stat. § 16-4-203(a), this letter is the written statement of the grounds for denial."
After scoring, x09's expected kinds were corrected to an acknowledgement and the fee estimate: a fee letter saying it
"is in receipt of your request" acknowledges it even without the day (heldout13 s12, "The Department is in receipt of
your request ..."); the first-run score stays 8 (it would have been 9).
After general fixes (a letter naming itself the written statement of the grounds for denial, "Pursuant to Wyo. Stat.
§ 16-4-203(a), this letter is the written statement of the grounds for denial", cites a section of procedure, not an
exemption, unless it withholds in the same sentence; an office "not able to complete its response within the time
allowed by ORS 192.329(2)" extends; the papers of a case by their kind, "officer statements in case number ...", name
the records' case, not the request's number; Hawaii OIP's opinion opening "Requester seeks a decision as to whether
...", its file number in brackets after a capital series, "(U APPEAL 25-31)", a review body's "DOT-HAR must therefore
disclose the reports with only the personal information redacted" (an appeal decided in part), and a ground the
agency "has not shown" the records fall under set aside; an order "Entered this 1st day of December, 2026." dated so
at its foot; Utah's "GRAMA No." the request's label, so that the Committee's "Case No." is the appeal's), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, letter_date, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.numbers import find_references

SET = "heldout203"
# What the rules reach on this set now (first run: 8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "cited"), [
    ("Your request is denied. The investigative file is exempt under Wyo. Stat. \u00a7 16-4-203(b)(i). Pursuant to "
     "Wyo. Stat. \u00a7 16-4-203(d), this letter is the written statement of the grounds for denial.",
     ("Wyo. Stat. \u00a7 16-4-203(b)(i)",)),
    ("We deny your request; the records are confidential under RCW 42.56.240(1). This response constitutes the written "
     "statement of reasons for the denial required by RCW 42.56.210(3).", ("RCW 42.56.240(1)",)),
    # The near miss: the statement that withholds in the same breath keeps its citation.
    ("The records are withheld. This letter serves as the written statement of the grounds for denial: the records are "
     "exempt under Wyo. Stat. \u00a7 16-4-203(b)(i).", ("Wyo. Stat. \u00a7 16-4-203(b)(i)",)),
])
def test_the_section_asking_for_a_statement_of_grounds_is_no_exemption(body: str, cited: tuple[str, ...]) -> None:
    assert [event.exemptions for event in events_in(body)] == [cited]


@pytest.mark.parametrize(("body", "kinds"), [
    ("The Department is still processing your request and is not able to complete its response within the time "
     "allowed by ORS 192.329(2). We now estimate that it will complete its response by January 15, 2027.",
     [EventKind.EXTENSION]),
    ("The Office is unable to provide the records within the time permitted under C.R.S. \u00a7 24-72-203(3)(b). We "
     "expect to provide them by January 8, 2027.", [EventKind.EXTENSION]),
    ("The City cannot complete its response within the time set by Idaho Code \u00a7 74-103(1), and now anticipates "
     "responding by December 30, 2026.", [EventKind.EXTENSION]),
    # The near miss: a condition, nothing extended.
    ("We acknowledge your request. If we are not able to complete the response within the time allowed by law, we "
     "will let you know.", [EventKind.ACKNOWLEDGED]),
])
def test_a_response_not_possible_within_the_time_the_law_allows_extends(body: str, kinds: list[EventKind]) -> None:
    assert [event.kind for event in events_in(body)] == kinds


@pytest.mark.parametrize(("text", "numbers"), [
    ("You requested the witness statements in case number 2026-611824. Your request number is C014472-111726.",
     ["C014472-111726"]),
    ("You asked for the officer narratives for case no. 26-3312.", []),
    # The near miss: the request's own case number.
    ("Your request (case number 2026-FOIA-0012) is complete.", ["2026-FOIA-0012"]),
])
def test_the_papers_of_a_case_name_the_records_case(text: str, numbers: list[str]) -> None:
    assert [ref.number for ref in find_references(text)] == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    ("Subject: Incident Reports (U APPEAL 25-31)", ["U APPEAL 25-31"]),
    ("Re: Denial of access (S APPEAL 26-12)", ["S APPEAL 26-12"]),
    # The near miss: a bracketed number with no capital series before it.
    ("Records (No. 26-31)", []),
])
def test_a_capital_series_in_brackets_is_part_of_the_number(text: str, numbers: list[str]) -> None:
    assert [ref.number for ref in find_references(text)] == numbers


def test_a_review_body_deciding_in_part_in_the_agencys_name() -> None:
    body = ("Requester seeks a decision as to whether the Department properly denied her request for the reports (U "
            "APPEAL 25-31). The Department may withhold the names under HRS \u00a7 92F-13(1). The Department has not "
            "shown that the remainder of the reports falls under the frustration exception, HRS \u00a7 92F-13(3), and "
            "the Department must therefore disclose the reports with only the names redacted.")
    [event] = events_in(body)
    assert (event.kind, event.outcome, event.exemptions, event.appeal_number) == (
        EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT, ("HRS \u00a7 92F-13(1)",), "U APPEAL 25-31")


@pytest.mark.parametrize(("body", "kind"), [
    ("Requester seeks a ruling on whether the County properly withheld the logs (U APPEAL 26-04). The County has not "
     "demonstrated that the logs are protected by HRS \u00a7 92F-13(3), and the County must therefore disclose the "
     "logs.", EventKind.APPEAL_DECISION),
    # The near miss: a requester who has not shown a public interest, no review body's order.
    ("You have not shown that disclosure is in the public interest. The fee waiver is denied.",
     EventKind.FEE_WAIVER_DECISION),
])
def test_what_a_review_body_finds_not_shown(body: str, kind: EventKind) -> None:
    [event] = events_in(body)
    assert event.kind == kind and event.exemptions == ()


def test_an_order_entered_this_day_is_dated_so() -> None:
    body = ("BEFORE THE STATE RECORDS COMMITTEE\nDECISION AND ORDER\nCase No. 26-41\nBy this appeal, Petitioner seeks "
            "access to records. The appeal is GRANTED.\nEntered this 1st day of December, 2026.\nChair")
    assert letter_date(body) == "2026-12-01"


@pytest.mark.parametrize(("text", "labelled"), [
    ("Petitioner made a records request (WCSO GRAMA No. 26-0933).", [("26-0933", "GRAMA No.")]),
    ("Your GRAMA Request No. 26-1187 was denied.", [("26-1187", "Your GRAMA Request No.")]),
])
def test_utahs_grama_number_labels_the_request(text: str, labelled: list[tuple[str, str]]) -> None:
    assert [(ref.number, ref.label) for ref in find_references(text)] == labelled

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
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout203"
# What the rules reach on this set now (first run: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "x03-utah-src-decision.pdf", "x06-dpd-cora-cjra-partial.eml",
    "x10-odhs-still-processing.eml", "x11-oip-opinion.pdf", "x14-lcso-wy-denial.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

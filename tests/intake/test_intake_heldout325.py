"""The three-hundred-and-twenty-fifth set: 14 letters (letters/heldout325) as e-mail really brings them from federal
and state offices: replies that quote the requester's messages and the office's own earlier ones ("-----Original
Message-----", "On ... wrote:" with '>' lines, a bare Outlook "From: ... Sent: ... To: ... Subject:" block), letters
pasted into an e-mail or attached to a short cover note in PDF or Word, an HTML-only e-mail with its address block and
appeal address in tables, e-mails printed to PDF from Outlook, a records portal's notice above its message history, and
signatures with disclaimers and confidentiality footers. Written blind and committed before the rules were run on
them.

- r01-fbi-ack-expedite-denied-outlook-reply.txt: FBI RIDS acknowledgement (FOIPA Request No. 1662417-000) pasted into
  an Outlook reply, the check-box paragraphs: news-media fee category, fee waiver still being considered, expedited
  processing denied (28 C.F.R. 16.5(e)(1)(iv)); the reporter's message asking about expedition quoted below.
- r02-oh-columbus-police-release-gmail-reply.txt: Columbus Division of Police reply releasing 12 pages with redactions
  under R.C. 149.43(A)(1)(h), (A)(2)(a) and (A)(1)(dd), above the requester's quoted "On ... wrote:" follow-up.
- r03-tsa-partial-ssi-cover.eml: TSA cover e-mail with an SSI warning footer, the final response attached as PDF: 64
  pages, 41 in full, 19 in part, 4 withheld, Exemptions 3 (49 U.S.C. 114(r)), 6 and 7(C).
- r04-ga-chatham-sheriff-ora-estimate-reply.txt: a Georgia sheriff's three-business-day response (O.C.G.A.
  50-18-71(b)(1)(A)) with a timetable and a cost estimate of $222.69 (50-18-71(d)), above the quoted request.
- r05-va-fairfax-police-denial-outlook.txt: Fairfax County Police denial of a criminal investigative file under Va.
  Code 2.2-3706.1(B)(1) and (B)(2), above the request quoted in a bare Outlook header block.
- r06-usda-fs-no-records-html.eml: Forest Service Pacific Northwest Region no-records response, HTML only, its
  letterhead and the appeal address in tables.
- r07-navy-ojag-appeal-denied-outlook-print.pdf: Navy OJAG (Code 14) appeal determination printed from Outlook,
  Exemptions (b)(5) and (b)(6) upheld, appeal denied.
- r08-nlrb-fee-waiver-denied.docx: NLRB FOIA Branch letter in Word (letterhead in the page header) denying a fee waiver
  to a consulting firm (commercial interest), with the $25 notice threshold.
- r09-fema-second-interim-word-cover.eml: FEMA cover e-mail with its second interim response attached in Word: 500
  pages reviewed, a disposition table (288 in full, 174 in part, 38 withheld), Exemptions 4, 5 and 6.
- r10-pa-oor-final-determination-county-prison.pdf: Pennsylvania Office of Open Records Final Determination AP
  2026-2871 (docket only), granted in part: prison videos exempt under 65 P.S. 67.708(b)(2), use-of-force reports
  ordered released.
- r11-mn-dps-data-request-closed-reply.txt: Minnesota Department of Public Safety closing a data request as withdrawn
  after no answer to its request for clarification, above its own earlier follow-up.
- r12-nc-dps-clarification-portal.eml: North Carolina Department of Adult Correction portal notice asking four
  questions to clarify a request, with the 30-day close, above the portal's message history.
- r13-dc-mpd-extension.docx: D.C. Metropolitan Police Department letter in Word extending the DC FOIA time by ten
  business days under D.C. Official Code 2-532(d), to December 21, 2026, and stating the day of receipt.
- r14-hhs-cdc-appeal-ack-outlook-print.pdf: HHS Appeals Branch acknowledgement of an appeal about a CDC request,
  printed from Outlook with the appeal quoted below it.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- r01 FBI acknowledgement: the FBI's check-box acknowledgement letters and FOIPA terms,
  https://www.fbi.gov/foia/foia-pa-terms, and the expedite-denial model letter ("Your request as written does not meet
  the above review threshold to grant expedited processing. Therefore, your request for expedited treatment is
  denied"), https://docslib.org/doc/13888648/sample-denial-letter-expedited-processing-denial
- r02 Columbus police release: R.C. 149.43 and the Ohio police release letters of earlier sets (confidential law
  enforcement investigatory records, uncharged suspect, victims' and witnesses' telephone numbers).
- r03 TSA final response: TSA letters quoted by requesters ("A search within the Transportation Security Administration
  (TSA) was conducted", "FOIA Case Number"), https://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html,
  https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html and the ACLU appeal
  describing a TSA release, https://docslib.org/download/9232491/appeal-of-foia-request-no-tsa-10-0780
- r04 Georgia sheriff: O.C.G.A. 50-18-71 as counties publish it ("Within three business days of receiving the request,
  the county will ... provide the requester with an approximate cost and completion date"),
  https://www.hallcounty.org/985/Open-Records, https://forsythpl.org/open-records and http://gfaf.org/open_records_request/
- r05 Fairfax County Police: the FOIA Council's law-enforcement records guide and advisory opinions,
  https://foiacouncil.dls.virginia.gov/ref/Law-Enforcement%20Records%202024%20DOC.html and
  http://foiacouncil.dls.virginia.gov/ops/14/AO_04_14.htm
- r06 Forest Service no records: the Forest Service appeals page ("within 90 calendar days after the date of the
  response letter", "FOIA APPEAL"), https://www.fs.usda.gov/about-agency/foia/appeals, and FSM 6270,
  https://docsbay.net/chapter-6270-availability-of-records
- r07 Navy OJAG appeal: 32 C.F.R. 701.12 (the JAG's appellate authority, delegated to the Assistant Judge Advocate
  General (Civil Law)), http://laws9.com/cfr/text/32/701/12, and https://www.jag.navy.mil/foia/
- r08 NLRB fee waiver denial: 29 C.F.R. 102.117 and the NLRB FOIA Reference Guide,
  https://law.lawstack.com/node_references?cite=29+C.F.R.%3A%C2%A7+102.117 and
  https://www.nlrb.gov/guidance/freedom-of-information-act-foia/foia-reference-guide
- r09 FEMA interim response: FEMA's response letters ("This is the final response to your Freedom of Information Act
  (FOIA) request to the Department of Homeland Security (DHS), Federal Emergency Management Agency (FEMA)", "FEMA FOIA
  Case Number"), https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data, and the FEMA
  Disclosure Branch e-mails on https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/
- r10 Pennsylvania OOR Final Determination: https://www.openrecords.pa.gov/Appeals/PostFD.cfm and the OOR
  determination reviewed in https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor
- r11 Minnesota DPS: the DPS data practices page, https://dps.mn.gov/public-access-govt-data, and Minn. Stat. 13.03.
- r12 North Carolina portal notice: the JustFOIA portal notices of municipal portals and the clarification letters of
  earlier sets (the 30-day close), N.C. Gen. Stat. 132-1.
- r13 D.C. MPD extension: D.C. Official Code 2-532 ("fifteen (15) business days, subject to the possibility of a ten
  (10) business-day extension"), https://www.open-dc.gov/FOIA_COVID19_2021LAW, and the Mayor's Office of Legal Counsel
  appeal decisions on MPD, https://pt.scribd.com/document/386439733/FOIA-Appeal-2018-145-Decision
- r14 HHS appeal acknowledgement: 45 C.F.R. 5.62 (appeals to the Deputy Agency Chief FOIA Officer, Room 729H),
  http://federal.elaws.us/cfr/title-45/section-5.62, and https://hhs.gov/foia/faqs/how-do-i-appeal-a-denial/index.html

Blind score (written before the rules were run on it): 11 of 14 fully right, and all 14 matched to their request by
their number. Wrong were:
- r05 (r05-va-fairfax-police-denial-outlook.txt): exemptions ['Va. Code § 2.2-3706.1(B)(1)'] != ['Va. Code §
  2.2-3706.1(B)(1)', 'Va. Code § 2.2-3706.1(B)(2)']: "In addition, the body-worn camera recordings are excluded pursuant
  to Va. Code § 2.2-3706.1(B)(1) as part of that file, and reports submitted in confidence to the Department by
  witnesses are excluded pursuant to Va. Code § 2.2-3706.1(B)(2)."
- r09 (r09-fema-second-interim-word-cover.eml): kinds ['acknowledged'] != ['interim_release'], expected_by
  '2027-01-04', no exemptions or pages: "FEMA will continue to review the remaining potentially responsive records at a
  rate of approximately 500 pages per month and will send you its next interim response on or before January 4, 2027."
  was read as an acknowledgement with its date, and "This is the second interim response to your Freedom of Information
  Act (FOIA) request" above the page table was not read as a release.
- r12 (r12-nc-dps-clarification-portal.eml): kinds ['acknowledged', 'clarification_requested'] !=
  ['clarification_requested']: the portal's message history below "Message History", "Your request has been received
  and assigned tracking number NCDPS-26-09412."

After general fixes (a portal's notice e-mailed, not only saved as text, is read without the earlier messages it
copies below a label on a line of its own, "Message History", "Previous message, sent 11/24/2026:"), 12 of 14.
After general fixes (Virginia's "excluded" without its "from mandatory disclosure": "reports submitted in confidence
to the Department by witnesses are excluded pursuant to Va. Code § 2.2-3706.1(B)(2)", "are also excluded under § ...",
not days left out of the law's count), 13 of 14.
After general fixes (a two-column table of pages by their disposition, "Disposition | Pages" over "Released in full |
288", "Released in part | 174", "Withheld in full | 38", "Total reviewed | 500", counts the pages where its heading
names a column of pages or its counts are of pages, not records counted so; and an interim response whose table counts
pages released releases them), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout325"
# What the rules reached on this set when it was scored once, blind; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

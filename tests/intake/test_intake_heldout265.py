"""The two-hundred-and-sixty-fifth held-out set: 14 letters (letters/heldout265) about rolling productions and
requests in litigation or long processing, eight federal and six from state agencies of six states: an ICE third
interim response in litigation (PDF) with pages released in their entirety, in part and withheld, Bates numbers and
the next production date; a DOJ Civil Division trial attorney's e-mail transmitting CBP's fifth interim production
(pages reviewed, released, non-responsive and withheld in full); a State Department final response in litigation in
Word (records, not pages, released in full, in part and withheld, with a table); an FBI release of pages returned
from a consultation with another agency, one consultation still pending; an OSD/JS acknowledgement invoking unusual
circumstances and ten more working days (PDF); an ICE e-mail administratively closing a request because it is now
in a lawsuit; a DHS Privacy Office closure after an unanswered "still interested" letter; a DOJ OIP appeal
acknowledgement e-mail; a Texas DPS notice that a request is withdrawn by operation of law (Gov't Code
§ 552.2615(b)); a Washington State Patrol second installment with RCW redactions, a running total and the next
installment's estimate; a Michigan State Police notice of extension and fee estimate with a good-faith deposit (PDF);
an NYPD FOIL final response after a first release, with a running total (PDF); a California CDCR fourteen-day
extension under Gov. Code § 7922.535; and an Illinois State Police final response in Word with a table of 5 ILCS
140/7 exemptions. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 ICE interim response in litigation: the ICE/DHS production formula ("Of those pages, ICE has determined that N
  pages will be released in their entirety, N pages will be released in part, and N pages will be withheld in their
  entirety pursuant to Title 5 U.S.C. § 552 (b)(6), (b)(7)(C), and (b)(7)(E)"), the DHS final response quoted in
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the rolling productions in litigation
  described in https://e.casetext.com/case/immigrant-def-project-v-united-states-dept-of-homeland-sec-1 (Immigrant
  Defense Project v. DHS: "Defendants have made rolling productions of responsive documents totaling 1,274 pages").
- h02 DOJ Civil Division production e-mail: the Federal Programs Branch counsel and production schedules in
  https://www.scribd.com/document/380466159/CU-v-State-Department-FOIA-Joint-Status-Report-Victoria-Nuland-emails-etc
  (monthly productions, pages processed per month, joint status reports) and
  http://careersdocbox.com/US_Military/73267132-Case-1-14-cv-rcl-document-19-filed-07-07-15-page-1-of-1-in-the-united-states-district-court-for-the-district-of-columbia.html
  (Civil Division, Federal Programs Branch trial attorney signature block).
- h03 State Department final response in litigation: State's IPS letters of earlier sets and the State litigation
  record in https://casetext.com/case/muttitt-v-dept-of-state ("records may be released in full ... released in part
  ... withheld in full"; records counted as documents, not pages).
- h04 FBI release of previously referred pages: the FBI FOIPA letters quoted on MuckRock (checkbox exemptions, "N pages
  were reviewed and N pages are being released", the OGA consultation box, appeal to OIP within ninety days),
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- h05 OSD/JS acknowledgement and extension: 5 U.S.C. § 552(a)(6)(B)(i) unusual circumstances and the OSD/JS
  acknowledgement wording of earlier sets ("interim response", "complex processing queue", the "other" fee
  category); no OSD/JS page was found for it in the time available.
- h06 ICE closure because the request is in litigation: the litigation context of
  https://vdocuments.us/in-the-united-states-district-court-for-the-northern-2020-4-8-enforcement-aoeicea.html
  (Stevens v. DHS/ICE) and the ICE correspondence formulas of h01; no page quoting such a closure was found in the
  time available.
- h07 DHS Privacy Office closure: the DHS "still interested" practice of 6 C.F.R. 5.3(c) and earlier sets' DHS
  letters (appeal under 6 C.F.R. Part 5 § 5.8 within 90 days).
- h08 OIP appeal acknowledgement: OIP's stock acknowledgement ("This is to advise you that your administrative appeal
  from the action of ... was received by this Office on ...", "assigning appeals in the approximate order of
  receipt"), as in the earlier sets' OIP letters and https://www.justice.gov/oip.
- h09 Texas DPS withdrawal by operation of law: Gov't Code § 552.2615(b),
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 and
  https://www.ci.la-porte.tx.us/158/Cost-of-Records ("is considered to have been withdrawn by the requestor if the
  requestor does not respond in writing to the itemized statement ... within 10 business days").
- h10 Washington State Patrol installment: RCW 42.56.520 and RCW 42.56.120(4), WAC 44-14-04006 (installments, an
  installment not claimed or reviewed within thirty days),
  https://apps.leg.wa.gov/wac/default.aspx?cite=44-14-04006 and
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520, with the GovQA
  "Records Center" e-mail layout of earlier Washington sets.
- h11 Michigan State Police extension and fee estimate: MCL 15.234 and 15.235(2)(d) (ten-business-day extension,
  good-faith deposit of one-half when the fee exceeds $50, a request abandoned after 48 days) as in earlier
  Michigan sets; no agency page was found in the time available.
- h12 NYPD FOIL final response: Public Officers Law § 87(2) and § 89(2), the NYPD FOIL Unit letters of earlier sets
  (appeal to the Records Access Appeals Officer within thirty days).
- h13 CDCR fourteen-day extension: Gov. Code § 7922.535(b) (unusual circumstances, fourteen days), as in earlier
  California sets.
- h14 Illinois State Police final response: 5 ILCS 140/3(e), 140/7(1), 140/9.5(a) and 140/11, as in earlier
  Illinois sets.

Blind score: 10 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h03 (State Department final response in litigation, Word): pages released 53 and withheld 8 from counts of records,
  not pages: "we have determined that 14 records may be released in full, 39 records may be released in part, and 8
  records must be withheld in full", repeated in a table "| Released in full | 14 |", "| Released in part | 39 |",
  "| Withheld in full | 8 |" (expected no page counts).
- h04 (FBI release of previously referred pages): a final determination granted in part instead of an interim
  release, and the 7 pages withheld not logged: "One OGA has completed its review and returned the documents to the
  FBI." ... "64 pages were reviewed and 57 pages are being released." ... "The consultation with one remaining OGA has
  not yet been completed. Upon its return, the FBI will correspond with you regarding the remaining pages."
- h06 (ICE e-mail, request in a lawsuit): nothing proposed, instead of a final determination with outcome other:
  "Because the processing of the records responsive to your request will now take place in the context of that
  litigation, ICE is administratively closing your FOIA request in its case tracking system."
- h12 (NYPD FOIL final response after a first release, PDF): § 89(2) (the definition of an unwarranted invasion of
  privacy, cited beside § 87(2)(b)) taken for an exemption: "redacted pursuant to Public Officers Law § 87(2)(b), as
  disclosure would constitute an unwarranted invasion of personal privacy under the provisions of Public Officers Law
  § 89(2)"; and pages released 40, the earlier release, instead of the 22 enclosed: "On October 9, 2026, the NYPD
  provided you with a first release of 40 pages of records." ... "Enclosed please find 22 pages of additional
  records".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout265"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h03-state-final-litigation.docx", "h04-fbi-referral-returned.txt", "h06-ice-closed-litigation.eml",
    "h12-nypd-foil-final.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-seventy-second held-out set: 14 letters (letters/heldout172) from federal and state agencies as
the files arrive, eight federal and six state: a CIA final response releasing documents "in segregable form with
deletions" (PDF); a Navy interim release e-mail with a summary of all releases to date; a Virginia Department of
Wildlife Resources five-day response taking seven more work days; an Education final response in Word with a table
of records, pages and action; an ICE final response attached as PDF to a SecureRelease e-mail; an Oregon DOT
acknowledgement e-mail with an itemised fee estimate; a New Jersey DEP OPRA response e-mail releasing pages with some
redacted; a Florida Department of Law Enforcement special service charge (PDF); an OSD/JS acknowledgement e-mail that
calls itself "an interim response" and extends for unusual circumstances; a National Archives interim response in
Word with a bulleted list of pages released and withheld and a cumulative total; an Interior appeal acknowledgement;
a Colorado CDPHE CORA response attached in Word with a bulleted list of grounds; an Illinois State Police five-day
extension; and an APHIS final response releasing all pages.

This set was written after the rules had been read and fixed for set 164 (so its score is recorded apart from the
blind ones). It was committed before the rules were run on it.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- k01 CIA: the CIA's final responses ("We completed a thorough search for records responsive to your request and
  located ... documents which we determined can be released in segregable form with deletions made on the basis of
  FOIA exemptions (b)(1), (b)(3)", the CIA Information Act and the Agency Release Panel) as quoted in Morley v. CIA,
  https://app.midpage.ai/document/morley-v-central-intelligence-agency-187057
- k02 Navy interim release and k10 National Archives interim response: the DHS interim response letter,
  http://www.scribd.com/doc/145514081/2013-HQFO-00304-First-Interim-Response-Letter ("To date, a search ... produced a
  total of 379 pages. Of those pages ...") and the NARA FOIA reference guide, https://dialbiennfgs.pages.dev/235919.html
- k03 Virginia: § 2.2-3704(B)(4) ("not practically possible ... within the five-work-day period ... an additional seven
  work days"), https://visitlouisa.com/FAQ.aspx?QID=190 and https://foiacouncil.dls.virginia.gov/ref/Access%20to%20Public%20Records%202024%20DOC.html
- k04 Education final response: the FOIA Advisory Committee's model determination letter as commented on,
  https://archives.gov/ogis/foia-advisory-committee/2022-2024-term/public-comments-2023-07-28-pogo
- k05 ICE final response: the DHS final response letter, https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- k06 Oregon DOT fee estimate: ORS 192.324 (fees reasonably calculated to reimburse actual cost, waiver or reduction in
  the public interest), https://www.beaverton.k12.or.us/departments/communications-community-involvement/public-records-request
- k07 New Jersey DEP: N.J.S.A. 47:1A-1.1, 47:1A-6 and 47:1A-7 (Superior Court or a complaint to the Government Records
  Council), as in the OPRA denials of earlier sets.
- k08 FDLE special service charge: section 119.07(4)(d), Florida Statutes, and the Department of State's rule 1-2.0031,
  http://flrules.elaws.us/far/1/20/2006/37071 and http://www.myflsunshine.com/sun.nsf/manual/8EF55371C466B09A852566F30070A187
- k09 OSD/JS acknowledgement: the DHS acknowledgement templates ("unusual circumstances", the complex queue, fee
  category), https://vdocument.in/responsive-documents-crcl-12-002.html
- k11 Interior appeal acknowledgement: OGIS on appeal numbers, https://www.archives.gov/ogis/resources/the-ogis-library/how-to-file-an-appeal-s-p274,
  and the Interior sample letters, https://vdocuments.us/sample-foia-response-letters.html
- k12 Colorado CDPHE: C.R.S. § 24-72-204 grounds, as in the CORA letters of earlier sets and
  https://studylib.net/doc/16106959/freedom-of-information-act-processing-summary (a public body's written response).
- k13 Illinois State Police: 5 ILCS 140/3(e) (five business days more, for records stored elsewhere and needing
  examination), http://laws9.com/statutes/illinois/chapter5/85
- k14 APHIS final response: the Interior sample response letters above.

Score (not blind): not yet scored.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout172"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "k01-cia-final-segregable.pdf", "k02-navy-interim-running.eml", "k03-va-dgif-ext.txt", "k04-ed-final-table.docx",
    "k05-ice-final.eml", "k06-odot-fee.eml", "k07-nj-dep-opra.eml", "k08-fdle-special-service-charge.pdf",
    "k09-osd-ack-interim-ext.eml", "k10-nara-interim-bullets.docx", "k11-doi-appeal-ack.txt",
    "k12-cdphe-cora-final.eml", "k13-isp-ext.txt", "k14-aphis-full-grant.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

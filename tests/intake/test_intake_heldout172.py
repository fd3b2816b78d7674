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

Score (not blind, the rules having been read): 12 of 14 fully right at the first run. Wrong were:
- k01 (CIA): the two (b)(3) statutes in the order the letter names them (50 U.S.C. § 3507, then § 3024(i)(1)), where
  expected.json had sorted them. The expected value was wrong: a letter's (b)(3) statutes are listed in the order it
  names them (as for set 121's CIA letter), so expected.json was corrected.
- k03 (Virginia DWR): no acknowledgement and so no received date nor expected date: "This letter responds to your
  request under the Virginia Freedom of Information Act (FOIA), § 2.2-3700 et seq. of the Code of Virginia, which the
  Department received on November 24, 2026, ..." (the law named between the request and "which ... received").
After a general fix (a request "under" or "pursuant to" a law, named with its citation, "which the office received on"
a day is received then; not a record the office received "from" someone), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake import patterns as P

SET = "heldout172"
# What the rules reach on this set now (first run, not blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "received"), [
    ("This letter responds to your request under the Virginia Freedom of Information Act (FOIA), \u00a7 2.2-3700 et "
     "seq. of the Code of Virginia, which the Department received on November 24, 2026, for boating incident reports.",
     dt.date(2026, 11, 24)),
    ("We write about your request pursuant to the Kentucky Open Records Act, KRS 61.870 to 61.884, which this office "
     "received on May 4, 2026.", dt.date(2026, 5, 4)),
    ("Thank you for your request made under the Freedom of Information Act, 5 U.S.C. \u00a7 552, which we received on "
     "March 2, 2026.", dt.date(2026, 3, 2)),
])
def test_a_request_under_a_law_which_the_office_received(body: str, received: dt.date) -> None:
    events = events_in(body, date_line="December 2, 2026")
    assert [e.kind for e in events][:1] == [EventKind.ACKNOWLEDGED]
    assert events[0].received == received


def test_a_record_the_office_received_from_someone_else_is_no_receipt_of_the_request() -> None:
    sentence = ("We reviewed your request under the Public Records Act for the permit file, which the Department "
                "received from the applicant on May 4, 2025.")
    assert not P.ACK_WEAK.search(sentence)

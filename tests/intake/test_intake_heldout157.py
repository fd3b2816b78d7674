"""The hundred-and-fifty-seventh held-out set: 14 letters (letters/heldout157) from the Department of Homeland Security
and its components, written in the structure, stock sentences and number formats those offices really use: an ICE
acknowledgement that invokes the ten-day extension for a "thorough and wide-ranging search" and construes the request
as an agreement to pay up to $25; an ICE final response (PDF) whose pages withheld in full are spelled out in words
("two hundred twenty-four pages are withheld in full"); a USCIS National Records Center acknowledgement e-mail from
the FIRST portal with its three processing tracks; a USCIS final response in Word with its page counts in a table and
16 pages referred to ICE; a CBP SecureRelease e-mail whose attached letter reports that no responsive records were
located; a CBP commercial-use fee estimate with itemised search, review and duplication costs and an advance payment;
a DHS Privacy Office acknowledgement (e-mail with the letter attached) that grants expedited processing; a TSA final
response (PDF) withholding Sensitive Security Information under Exemption 3 and 49 U.S.C. § 114(r); a FEMA second
interim response e-mail; a Coast Guard district no-records letter in Word with the SSIC 5720 and "FOIA
2027-CGFO-00318" above the date; an ICE Office of the Principal Legal Advisor appeal decision remanding for a new
search; a DHS appeal decided for the Office of the General Counsel by a Coast Guard administrative law judge,
affirming Exemptions 5 and 6 (PDF); a CBP SecureRelease appeal acknowledgement in HTML with a table; and a Coast
Guard appeal granted in part, with 22 pages released and 13 still withheld. Committed before the rules were run on
them.

Real sources each letter is modelled on (structure and stock wording; names, numbers and dates are invented):
- a01: ICE acknowledgement, 2011FOIA904 (http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt) and
  ICE tracking numbers on MuckRock (https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195).
- a02: ICE final response, 2010FOIA1221 ("produced a total of 1,115 pages ... five hundred-thirty pages are withheld
  in full", https://ja.scribd.com/document/26900352/Response-to-FOIA-Request-to-ICE-re-287-g-Program-2010FOIA1221-2-1-10).
- a03, a04: USCIS FOIA request guide (https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html),
  OGIS on immigration records (https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion) and the
  USCIS/NRC teleconference (https://www.uscis.gov/archive/cis-ombudsman-teleconference-foia-how-is-it-working-for-you-december-6-2010).
- a05, a06, a13: CBP letters on MuckRock (https://muckrock.com/foi/united-states-of-america-10/cbp-one-non-pii-exemption-data-137514,
  https://www.muckrock.com/news/archives/2017/aug/07/CBP-too-broad/) and a CBP final response quoted in full
  (https://andrewferguson.net/tag/freedom-of-information-act/); DHS fee rules, 6 C.F.R. 5.11.
- a07: DHS Privacy Office requests on MuckRock (http://Muckrock.com/foi/united-states-of-america-10/foia-report-comms-142439/)
  and the ICE/DHS acknowledgement formulas above; expedited processing standards of 6 C.F.R. 5.5(e).
- a08: TSA responses (https://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html,
  https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html).
- a09: FEMA acknowledgement and final response (https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/,
  https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data).
- a10, a14: Coast Guard FOIA process guide and manual (https://bayfury.com/how-to-check-us-coast-guard-licence-1656,
  https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html) and a Coast Guard
  appeal exchange (http://uscgcstoris.blogspot.com/2017/01/foia-appeal-sent-to-cg-effort-now-over.html).
- a11: ICE appeals on MuckRock (https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/).
- a12: a DHS appeal decided by the Coast Guard's administrative law judge for the General Counsel
  (http://church-publishing.com/tag/department-of-homeland-security/) and 6 C.F.R. 5.8 (http://federal.elaws.us/cfr/5.25(b)-(c)).

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a04 (USCIS, Word): pages released 366 and withheld 6 instead of 183 and 3: the counts are given twice, in the
  sentences "We are releasing 171 pages in their entirety and 12 pages in part. We are withholding 3 pages in full."
  and again in a table ("| Released in full | 171 |", "| Released in part | 12 |", "| Withheld in full | 3 |"), and
  both were added up.
- a05 (CBP SecureRelease, attached letter): no outcome: "Unfortunately, we were unable to locate or identify any
  responsive records, based upon the information you provided in your request."
- a14 (Coast Guard appeal): exemptions only (b)(5) instead of (b)(5), (b)(6) and (b)(7)(C), and no pages withheld:
  "22 of the 35 pages previously withheld in full are released to you in part, with the names ... redacted under
  Exemptions 6 and 7(C). The remaining 13 pages ... continue to be withheld in full under Exemption 5."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout157"
# What the rules reach on this set now; it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "a04-uscis-final-referral.docx", "a05-cbp-securerelease-no-records.eml", "a14-uscg-appeal-partial.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

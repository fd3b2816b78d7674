"""The two-hundred-and-sixty-ninth held-out set: 14 letters (letters/heldout269) from federal agencies outside DHS and
DOJ, in each agency's own format and tracking-number style: a Veterans Benefits Administration acknowledgement e-mail
invoking the ten-business-day extension for unusual circumstances; a CDC/ATSDR acknowledgement (PDF) placing the
request in the complex queue and denying a fee waiver; a State Department no-records letter (PDF) with the Oglesby
appeal paragraph; an FDA "are you still interested?" portal e-mail; a Treasury Departmental Offices first interim
response with pages released in full, in part and withheld; a Social Security Administration appeal decision (PDF)
remanding the request for a new search; a HUD fee estimate in Word with a fee table and an advance-payment demand; an
FAA final response (PDF) with pages releasable in full and in part and withheld under Exemptions 4 and 6; a USDA APHIS
acknowledgement e-mail with the news-media fee category; a NOAA final e-mail releasing every page in full; an Interior
FOIA Appeals Office acknowledgement of an appeal of a National Park Service response; a Fish and Wildlife Service
acknowledgement in Word taking the 10-workday extension with the new deadline; a GSA final e-mail releasing pages in
full and with redactions under Exemptions 4 and 6; and an NLRB appeal decision in Word upholding Exemptions 6, 7(A)
and 7(C). Written blind, from the real sources below, and committed before any rule was run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- c01 VBA acknowledgement with extension: VA's FOIA regulation 38 CFR 1.557 (request number, written
  acknowledgement, twenty business days, the ten-day extension in unusual circumstances),
  http://anthonygarvan.github.io/allregs/html/sections/38CFR1.557.html, VA's FOIA Requester's Reference Guide,
  http://losangeles.networkofcare.org/veterans/library/article.aspx?id=2199, and VA's request numbers (NN-NNNNN-F) as
  in set 212.
- c02 CDC acknowledgement: a CDC acknowledgement letter quoted by its requester (the request labelled complex
  because "two or more CDC centers, institutes, and offices (C/I/Os) may have responsive records", "voluminous
  records", consultation; "You requested that we waive fees ... your request is denied because ..."),
  https://derekschmitz.com/2022/04/01/cdc-foia-update-2/, and CDC's FAQ (acknowledgement within 48 hours),
  https://cdc.gov/foia/faq/index.html
- c03 State Department no-records letter: a State Department response (Case No. F-YYYY-NNNNN, "I refer to your
  communication dated ...", the record systems searched, "no records responsive to your request were located. I regret
  that the Department's response to your request is not more positive", the Oglesby paragraph),
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- c04 FDA still-interested e-mail: FDA's automated portal e-mails and control numbers quoted on MuckRock
  ("*** This is an automated message. Please do not reply to this email. ***", "Reference: ..."),
  https://muckrock.com/foi/united-states-of-america-10/fda-processing-176736, and FDA's FOIA FAQ,
  https://www.fda.gov/regulatory-information/freedom-information/frequently-asked-questions-faq-freedom-information
- c05 Treasury interim response: the DOJ/OIP-style interim release formula (pages reviewed, released in full, in part,
  withheld in full, each exemption described) as in the earlier sets' federal interim letters, and Treasury's
  tracking format YYYY-FOIA-NNNNN; no Treasury page was found in the time available.
- c06 SSA appeal decision: SSA's POMS GN 03350.010 (appeals decided by the Executive Director of the Office of
  Privacy and Disclosure, 20 C.F.R. 402.200, court review), https://secure.ssa.gov/apps10/poms.nsf/lnx/0203350010,
  and the remand decisions of earlier sets.
- c07 HUD fee estimate: HUD's FOIA regulation (24 CFR part 15, fee categories, advance payment),
  https://thefederalregister.org/80-FR/49140, and HUD's request numbers (17-FI-HQ-00842) on
  https://www.muckrock.com/foi/united-states-of-america-10/foia-march-madness-2017-ii-appeal-logs-procedures-letters-opinions-department-of-housing-and-urban-development-34879/
  and a HUD response letter ("SUBJECT: Freedom of Information Act Request No.: 17-FI-R06-00415"),
  https://fr.scribd.com/document/335236475/HUD-s-Response-to-Dallas-Morning-News-FOIA-Request
- c08 FAA final response: FAA's FOIA pages and the FAA correspondence collected on
  http://aireform.com/resources/foia/air-foia/air-foia-fy2013/ (request numbers YYYY-NNNN, acknowledgements and
  responses signed by the office that searched), https://www.faa.gov/foia, and DOT's partial-denial paragraphs.
- c09 USDA APHIS acknowledgement: the fee-category paragraph of federal acknowledgements (news media: duplication
  after 100 pages) as in the NLRB FOIA Reference Guide's fee categories,
  https://nlrb.gov/guidance/freedom-of-information-act-foia/foia-reference-guide-0, and USDA's tracking format
  (YYYY-APHIS-NNNNN-F); no APHIS letter was found in the time available.
- c10 NOAA final e-mail: NOAA's FOIA page and the DOC-NOAA-YYYY-NNNNNN numbers and e-mail correspondence on
  http://itssdusa.org/itssd-iqa-focused-foia-requests-filed-with-doc-noaa.html and
  https://www.noaa.gov/information-technology/foia-home
- c11 Interior appeal acknowledgement: DOI's appeal pages (FOIA Appeals Office, Office of the Solicitor, 1849 C Street;
  "FREEDOM OF INFORMATION APPEAL"), https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm
  and http://www.law.cornell.edu/cfr/text/43/2.30, and NPS's request numbers (NPS-2014-00482) on
  https://www.muckrock.com/foi/united-states-of-america-10/letters-offering-to-gift-land-for-new-national-parks-11585/
- c12 FWS acknowledgement with extension: DOI's multitrack and extension rules (43 CFR 2.15 tracks "simple, normal,
  complex, extraordinary"; the 10-workday extension for field facilities and consultation),
  https://checkoutapi.com/regulations/expand/title43_part2_subpartD_section2.17 and
  http://edocket.access.gpo.gov/cfr_2002/octqtr/43cfr2.17.htm, and FWS's appeal page (20 workdays, or 30 with the
  10-day extension), http://www.fws.gov/mountain-prairie/foia/Appeals.htm
- c13 GSA final e-mail: GSA's FOIA regulation 41 CFR part 105-60 (final rule),
  https://regulations.justia.com/regulations/fedreg/2020/01/29/2020-00057.html, GSA's annual reports (Exemption 4
  for offerors' pricing, submitter notice), https://docsbay.net/us-general-services-administration, and GSA's
  tracking format GSA-YYYY-NNNNNN.
- c14 NLRB appeal decision: the NLRB FOIA Manual and its sample letters (Exemptions 7(A) and 7(C) for open
  unfair-labor-practice case files, appeals decided by the Division of Legal Counsel),
  https://purl.fdlp.gov/GPO/LPS43409 and https://purl.fdlp.gov/GPO/LPS43419, and 29 CFR 102.117,
  https://law.lawstack.com/node_references?cite=29+C.F.R.%3A%C2%A7+102.117

Sealed measurement: the set was written blind at the start of its round and kept apart from the rules while the
round's fixes were made; it was scored once, after they had landed (main at 75be7d9d).
Blind score: 12 of 14 fully right, and 14 of 14 matched to its request by its number. Misses:
- c02 (c02-cdc-ack-fee-waiver-denied.pdf): a final determination (denied, 45 C.F.R. § 5.54) instead of an
  acknowledgement with its day of receipt: the fee waiver's "Your request is denied because it does not meet the
  following criteria of 45 C.F.R. § 5.54:" read as the request denied, and "... received your Freedom of Information
  Act (FOIA) request dated November 23, 2026, on November 24, 2026." (the day wrapped to the next line) not read.
- c12 (c12-fws-ack-extension.docx): no expected_by from "As a result, we are taking a 10-workday extension under 43
  C.F.R. § 2.19. The new deadline for a determination on your request is January 13, 2027." (under a heading
  "Extension:").
Not yet fixed: c02 (the fee waiver's "your request is denied" read as the request's) and c12 (the new deadline
named in the sentence after the extension), 12 of 14. After the new day named as such after the extension's days
is read (patterns.DUE_DATE_EXTENDED_TO), 13 of 14; after the fee waiver's verdict in the sentence after it is read
as the waiver's (patterns.VERDICT_ON_REQUEST_NAMED_BEFORE), 14 of 14. c02's expected values were corrected then: the
fee waiver decision is logged with its outcome, denied, as every other set logs a waiver decision.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout269"
# What the rules reach on this set now (not yet scored); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

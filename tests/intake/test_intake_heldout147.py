"""The hundred-and-forty-seventh held-out set: 14 form-shaped and invoice-shaped letters (letters/heldout147) from
state, local and federal bodies, written after set 136 was scored and fixed: a Pennsylvania Department of
Corrections notice of extension on the RTKL form with its reasons checked and a date of final response (PDF), a
Texas Department of Transportation itemized statement of estimated charges with a table of hours and rates (Word,
letterhead in the page header), a New Jersey borough's OPRA custodian's response form partly filled, an FBI release
letter with its exemption box grid (an e-mail with the letter attached as a PDF), a Tennessee Department of
Children's Services records request response form that denies, a Missouri State Highway Patrol Sunshine Law cost
estimate in tables (Word), a Lancaster County RTKL final response with its disposition checked, a NOAA fee estimate
and request for advance payment laid out as an invoice, an SFMTA portal e-mail with a status table and a new due
date (HTML), a Fort Bend County certification of delay under Tex. Gov't Code § 552.221(d) (PDF), a New Jersey school
district's special service charge worked out by task, hours and rate (e-mail), a DEA acknowledgement with its
items checked, a Kansas City, Missouri portal e-mail releasing a first installment, and a DHS SecureRelease closing
notice. Committed before the rules were run on them.

Blind score: 5 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- k01 (Pennsylvania DOC, PDF form): no expected date: the form row "Expected date of final response:   December 24,
  2026".
- k03 (Metuchen, OPRA form, PDF): an acknowledgement dated October 14, 2026 instead of a final partial grant of
  November 30, 2026 with N.J.S.A. 47:1A-1.1 and 14 pages: the fields "Date received: 11/20/2026          Response
  date: 11/30/2026", "DISPOSITION:   [ ] Filled in full     [X] Partially filled     [ ] Denied ...", "Number of
  pages:      14" and the checked "[X] Victim and witness names, ... removed - N.J.S.A. 47:1A-1.1" (the date of the
  minutes in the description of the records taken for the letter's date).
- k04 (FBI, e-mail with PDF): the statute of (b)(3) lost: "[X] (b)(3)  [X] (b)(7)(C) ..." with "50 U.S.C. §
  3024(i)(1)" on the grid's next line under the box; and pages_withheld 25 from "212 pages were reviewed and 187
  pages are being released", which the expected value left out (see below).
- k05 (Tennessee DCS, response form): no date: "Date request received: November 19, 2026        Date of response:
  November 25, 2026" (a dated field beside another on one line).
- k06 (Missouri State Highway Patrol, Word tables): no acknowledgement and no date received: the table row "| Date
  received | November 20, 2026 |".
- k07 (Lancaster County RTKL final): two exemptions lost: "Inmate identification numbers and the home addresses of
  correctional officers have been redacted. 65 P.S. § 67.708(b)(6)(i)(A); 65 P.S. § 67.708(b)(6)(i)(C)." (a
  citation standing alone after the sentence that withholds, the second after a semicolon).
- k09 (SFMTA portal, HTML): a final full grant added to the extension: "You will receive a message each time a
  document is released to this request." (a promise of future releases).
- k10 (Fort Bend County certification of delay, PDF): no extension and no expected date: "I certify that the
  information you requested cannot be produced within ten (10) business days ..." and "The information will be
  available for inspection or duplication on:    Date:  December 18, 2026          Hour:  10:00 a.m.".
- k13 (Kansas City portal, e-mail): a final partial grant instead of an interim release of 46 pages: "Released
  today: Installment 1 of 3 / WaterServices_MainBreaks_2024.pdf (46 pages)" and "The first installment of records
  is now available in the portal."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout147"
# What the rules reach on this set now (blind: 5); it may only go up.
FLOOR = 5
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "k01-pa-doc-ext-notice.pdf", "k03-metuchen-opra-form.pdf", "k04-fbi-release.eml", "k05-tn-dcs-response-form.txt",
    "k06-mshp-sunshine-cost.docx", "k07-lancaster-rtkl-final.txt", "k09-sfmta-portal-extension.eml",
    "k10-fortbend-certification.pdf", "k13-kcmo-portal-installment.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

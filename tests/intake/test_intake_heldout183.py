"""The hundred-and-eighty-third held-out set: 14 letters (letters/heldout183) from southern and midwestern state
agencies and cities, other agencies and letter types than set 175's, in those states' statutory formulas. Unlike a
blind set, it was written after reading the rules (after the fixes of set 175 were merged), so its score is recorded
apart from the blind ones. A Memphis Police Department production notice e-mail under Tenn. Code Ann.
§ 10-7-503(a)(2)(B) ("the time reasonably necessary to produce the records"); an NCDOT release e-mail granting in
full; a City of Wichita KORA fee estimate paid in advance; an Alabama Law Enforcement Agency no-records letter; a
Kentucky Transportation Cabinet KRS 61.872(5) delay letter (PDF); a City of Little Rock FOIA response releasing a
personnel file in part and withholding evaluation records; a Louisiana State Police denial under La. R.S. 44:3(A)(1)
that encloses the initial report (Word); a St. Louis Metropolitan Police Department Sunshine response closing the
investigative reports under 610.100 and releasing the incident report; a Wisconsin Department of Corrections
acknowledgement e-mail; an Iowa Department of Health and Human Services release with confidential-records redactions
(PDF); a City of Oklahoma City fee e-mail under 51 O.S. § 24A.5(3); a City of Jackson (Mississippi) release after
payment; a City of Lincoln § 84-712(4) letter with the earliest practicable date and a cost estimate; and a City of
Charleston Police Department final response with a table of pages (Word). Committed before the rules were run on
them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Memphis PD: Tenn. Code Ann. § 10-7-503(a)(2)(B) and the Office of Open Records Counsel's records request
  response form, https://tcog.info/faq-items/how-government-is-required-to-respond-to-a-public-records-request and
  http://www.comptroller.tn.gov/openrecords/forms.asp
- b02 NCDOT release: N.C. Gen. Stat. Chapter 132 and state portal completion notices (GovQA), as in
  https://help.nextrequest.com/knowledge/request-process-overview
- b03 Wichita KORA fee: K.S.A. 45-218(f) and 45-219(c) (fees, advance payment), https://www.rcfp.org/open-government-guide/
- b04 ALEA no records: Ala. Code § 36-12-40 and the no-records formulas of
  https://vdocuments.us/sample-foia-response-letters.html
- b05 Kentucky Transportation Cabinet: KRS 61.872(5) ("in active use, in storage or not otherwise available ... a
  detailed explanation of the cause ... and the place, time, and earliest date"),
  https://codelibrary.amlegal.com/codes/augusta/latest/augusta_ky/0-0-0-6935
- b06 Little Rock FOIA: Ark. Code Ann. § 25-19-105(b)(12) and (c)(1) and (c)(3) (personnel and evaluation records,
  notice to the employee), as Arkansas Attorney General opinions apply them
- b07 Louisiana State Police: La. R.S. 44:3(A)(1) and (A)(4)(a) (pending criminal litigation; the initial report is
  public), https://scpparksandrec-redesign.prod.govaccess.org/departments/public-information/public-records-requests
  and https://openmygovernment.org/louisiana
- b08 St. Louis MPD: Section 610.100 RSMo (investigative reports closed while active), https://thurmanlaw.com/corporatelaw/missouri-sunshine-law-a-practical-guide-to-requesting-public-records/
- b09 Wisconsin DOC: Wis. Stat. § 19.35(4)(a) ("as soon as practicable and without delay") and 19.35(3)(f)
  (prepayment over $5), https://doczz.net/doc/3735772/public-records-law-compliance-outline
- b10 Iowa HHS: Iowa Code § 22.7 and the confidentiality statutes it incorporates, chapter 22's fee section 22.3
- b11 Oklahoma City: 51 O.S. § 24A.5(3) (search fees for commercial or disruptive requests) and GovQA payment notices
- b12 Jackson (Mississippi): Miss. Code Ann. §§ 25-61-7, 25-61-11.2, 25-61-12(2)(a), with the agency rules at
  https://casetext.com/regulation/mississippi-administrative-code/title-33-public-health-local-governments-and-rural-water-systems-improvements-board/part-210-regulation-setting-forth-procedures-and-fees-for-the-production-of-public-records-of-the-pearl-river-valley-water-supply-district-pursuant-to-the-state-public-records-act/chapter-1-inspection-and-copying-of-public-records-pursuant-to-the-state-public-records-act/rule-33-210-13-procedure
- b13 Lincoln: Neb. Rev. Stat. § 84-712(3)(c) and (4), https://www.muckrock.com/place/united-states-of-america/nebraska/exemption/constructive-denial-44/
  and https://ago.nebraska.gov/public_records/statutes
- b14 Charleston PD: S.C. Code Ann. §§ 30-4-30 and 30-4-40(a)(2), (a)(3)(A), https://masc.sc/node/1169
Score (written after reading the rules, so not a blind score): 9 of 14 fully right, and 14 of 14 matched to its request
by its number. Wrong were:
- b03 (Wichita KORA fee): no acknowledgement and no received date from "The City of Wichita received your request
  under the Kansas Open Records Act, K.S.A. 45-215 et seq., on November 24, 2026, for all contracts ...".
- b06 (Little Rock FOIA): the evaluation records' exemption and the pages withheld missed: "The remaining 12 pages are
  employee evaluation or job performance records ...", "Under Ark. Code Ann. § 25-19-105(c)(1), such records are open
  to the public only upon a final administrative resolution ..." and "... these records are being withheld."
- b12 (Jackson, Mississippi): a fee estimate of $11.50 from a fee already paid: "Upon receipt of your payment of
  $11.50, the City has compiled the responsive records."
- b13 (Lincoln): no extension from "the entire request cannot with reasonable good faith efforts be fulfilled within
  four business days after actual receipt".
- b14 (Charleston PD, Word): a fee estimate of $18.40 from a fee already paid: "The balance of the fee for this
  request, $18.40, was paid with your deposit; no further payment is due."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout183"
# What the rules reach on this set now; it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b03-wichita-kora-fee.txt", "b06-little-rock-foia-partial.txt", "b12-jackson-ms-release.txt",
    "b13-lincoln-ne-ack-ext.txt", "b14-charleston-pd-foia-final.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-fifty-fourth held-out set: 14 federal letters (letters/heldout154) in which several things happen
at once, written blind after set 153 was scored and fixed, and so after reading the rules: its wordings were chosen
as ones the rules were not seen to handle. An ICE acknowledgement that takes a ten-day extension and refuses
expedited treatment (HTML-only e-mail), an ATF third installment with its invoice (PDF), a DEA final response that
sends pages to the FBI, a FEMA final response that finds nothing for one item and releases the other (e-mail), a TSA
acknowledgement that takes ten more business days, declines a fee waiver and estimates the fee, an Army Corps of
Engineers final response after consulting two agencies with its counts in a table (Word, letterhead in the page
header), a National Park Service e-mail asking to narrow a request, an OPM answer that no such records exist, a Wage
and Hour Division release in full, an OCC portal e-mail with its received date in a summary and an anticipated
determination date, a VHA final response withholding under 38 U.S.C. § 7332 (Word), an SSA fee letter that also takes
ten more workdays (e-mail), a GSA final response releasing one part and finding nothing for the other, and a CMS
acknowledgement that refuses expedition and waives fees under headings (PDF). Committed before the rules were run on
them.

Blind score: 6 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- j01 (ICE, HTML e-mail): no expedite decision: "Your request for expedited treatment has been considered under 6
  C.F.R. § 5.5(e). ... Your expedite request is hereby refused."
- j03 (DEA): pages_released 154 instead of 96: "DEA is disclosing 96 of those pages to you, 58 of them with no
  excisions and 38 with excisions." (the pages released and then their parts, counted twice).
- j05 (TSA): no extension: "Given this, TSA is availing itself of ten additional business days to respond, as 6
  C.F.R. § 5.5(c) allows."
- j06 (Army Corps of Engineers, Word): the (b)(3) exemption without its statute: "... and under Exemption 3 together
  with 6 U.S.C. § 673 (protected critical infrastructure information)".
- j09 (Wage and Hour Division): pages_released empty: "Enclosed please find the 24 pages we located."
- j11 (VHA, Word): pages_released empty and pages_withheld 12 instead of 19: "You will find 139 of them attached to
  this letter; 12 of the 139 are partly blacked out. We are not releasing the other 19 pages at all."
- j13 (GSA): outcome full_grant instead of partial_grant: "No assessment has been prepared since January 1, 2025, so
  GSA holds no records responsive to this portion of your request."
- j14 (CMS, PDF): no acknowledgement, no date received, no expedite decision, and the outcome of the fee waiver:
  "... Freedom of Information Act request, which the Freedom of Information Group logged on November 23, 2026, for
  ..." (the receipt clause before the request's object) and "CMS cannot place your request in the expedited queue."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout154"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 6
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "j01-ice-ack-ext-expedite.eml", "j03-dea-final-fbi-referral.txt", "j05-tsa-ack-ext-waiver-fee.txt",
    "j06-army-final-consult.docx", "j09-whd-full-grant.txt", "j11-vha-final-7332.docx", "j13-gsa-part-none.txt",
    "j14-cms-ack-expedite-waiver.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

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
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout154"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "j01-ice-ack-ext-expedite.eml", "j02-atf-interim-invoice.pdf", "j03-dea-final-fbi-referral.txt",
    "j04-fema-item-none-item-released.eml", "j05-tsa-ack-ext-waiver-fee.txt", "j06-army-final-consult.docx",
    "j07-nps-ack-clarify.eml", "j08-opm-no-records.txt", "j09-whd-full-grant.txt", "j10-occ-ack-expected.eml",
    "j11-vha-final-7332.docx", "j12-ssa-fee-hold-ext.eml", "j13-gsa-part-none.txt", "j14-cms-ack-expedite-waiver.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-fifty-third held-out set: 14 federal letters (letters/heldout153) in which several things happen
at once, written blind: a USCIS acknowledgement that takes ten more working days, denies a fee waiver and estimates
the fee (an HTML-only e-mail), an FBI second interim release that bills the duplication fee (PDF), a CBP final
response that refers pages to ICE and was consulted on with State, an EOIR final response (e-mail with the letter as
a PDF) that releases one part and finds no records for the other, a State Department acknowledgement that refuses
expedited processing and approves a fee waiver, a Navy acknowledgement of a commercial requester with the receipt
date and the fee estimate in tables (Word, letterhead in the page header), a CDC acknowledgement that takes ten more
working days with a new date (e-mail), an FDA final response that bills its fees in an itemized table (PDF), a VA
appeal decision that grants an appeal in part and remands, an SSA acknowledgement that asks what the request means
(e-mail), an EPA Region 5 fee waiver denial with a fee estimate (e-mail with a Word letter), a Fish and Wildlife
Service final response after consulting USGS, an OSHA acknowledgement that extends and estimates a fee (Word), and
an IRS final response that releases for one item and finds nothing for the other (PDF). Committed before the rules
were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout153"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "i01-uscis-ack-ext-waiver-fee.eml", "i02-fbi-interim-fee.pdf", "i03-cbp-final-referral-consult.txt",
    "i04-eoir-part-none-part-released.eml", "i05-state-ack-expedite-waiver.txt", "i06-navy-ack-complex-fee.docx",
    "i07-cdc-ack-ext.eml", "i08-fda-final-fee-due.pdf", "i09-va-appeal-partly-granted.txt",
    "i10-ssa-ack-clarify.eml", "i11-epa-waiver-denied-fee.eml", "i12-fws-final-consult-usgs.txt",
    "i13-osha-ack-ext-fee.docx", "i14-irs-final-part-none.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

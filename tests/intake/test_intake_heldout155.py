"""The hundred-and-fifty-fifth held-out set: 14 acknowledgements and fee letters (letters/heldout155) from federal
and state agencies seldom seen before, seven federal and seven state or local: a Nuclear Regulatory Commission
acknowledgement e-mail with the complex track, the place in the queue and an estimated completion date, a Department
of Education acknowledgement in Word with no received date and the fee category in a table, a National
Transportation Safety Board acknowledgement that takes ten more working days, a FERC commercial-use fee estimate with
itemised costs and an advance payment (PDF), a Small Business Administration fee waiver denial with an estimate over
$250 to be paid in advance, a Peace Corps acknowledgement e-mail that waives all fees, a National Archives fee waiver
granted in part with the estimate for the rest; a Pennsylvania Department of Environmental Protection Right-to-Know
thirty-day extension (PDF), a Minnesota Department of Health cost estimate with prepayment (e-mail), an Illinois EPA
acknowledgement with a five-business-day extension, an Arizona Department of Transportation portal e-mail (HTML)
with a commercial-purpose fee, a City of San Antonio itemized statement of estimated charges, a Georgia Department of
Natural Resources three-day response with a cost estimate in a table (Word), and an Oregon DEQ fee reduced by half
in the public interest. Committed before the rules were run on them.

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a02 (Education, Word): no acknowledgement: "Thank you for your Freedom of Information Act request to the U.S.
  Department of Education. We have logged it under the number shown above" (a request logged, no date received).
- a07 (National Archives): outcome "full_grant" instead of a partial grant, and no fee estimate: "We have decided to
  grant your fee waiver request only in part." and "your fee is estimated at $207.00" (a fee "estimated at").
- a14 (Oregon DEQ): no fee waiver decision: "DEQ is therefore reducing the fee by 50 percent rather than waiving it"
  (a fee reduced in the public interest, answering a request that fees be waived).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout155"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "a02-ed-ack-simple-category.docx", "a07-nara-waiver-part-estimate.txt", "a14-or-deq-fee-reduced.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

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
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout155"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "a01-nrc-ack-complex-queue.eml", "a02-ed-ack-simple-category.docx", "a03-ntsb-ack-ext.txt",
    "a04-ferc-fee-itemised.pdf", "a05-sba-waiver-denied-advance.txt", "a06-peacecorps-ack-waiver-granted.eml",
    "a07-nara-waiver-part-estimate.txt", "a08-pa-dep-rtk-30day.pdf", "a09-mn-mdh-cost-estimate.eml",
    "a10-il-epa-ack-5day.txt", "a11-adot-portal-commercial-fee.eml", "a12-sanantonio-itemized-statement.txt",
    "a13-ga-dnr-ora-3day.docx", "a14-or-deq-fee-reduced.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

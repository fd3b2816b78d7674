"""The hundred-and-forty-eighth held-out set: 14 form-shaped and invoice-shaped letters (letters/heldout148) from
state, local and federal bodies, written after set 147 was scored and fixed, and after reading the rules: so written
deliberately in wordings those rules were not seen to handle. A Pennsylvania Department of Health RTKL interim
response whose dates stand in a table ("Request came into the Open Records Office", "This notice issued", "Response
will be sent no later than"; Word, letterhead in the page header), an El Paso itemized statement with leader dots
and a "Grand total of estimated charges" (PDF), a New Jersey Department of Corrections custodian response with
ballot-box glyphs, a Nashville Metro Water response form with a cost table, a Greene County, Missouri Sunshine Law
delay notice (e-mail), an Army CID no-records response with boxes (PDF), a Department of Energy fee invoice with a
credit line (an e-mail with the invoice attached as a PDF), a Sonoma County Sheriff's GovQA closing notice with a
status table (HTML), a Spokane second installment (e-mail), a Wake County special service charge table with a
deposit of half (Word), a Labor Department Solicitor's extension with "Determination now due:" (e-mail), an Oak
Park FOIA notice of extension with its reasons ticked (PDF), a Sarasota invoice with "BALANCE DUE", and a Fairfax
County Police five-day response with its box ticked for seven more work days. Committed before the rules were run
on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout148"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "m01-pa-doh-extension.docx", "m02-elpaso-cost-estimate.pdf", "m03-njdoc-opra-denial.txt",
    "m04-nashville-response-form-cost.txt", "m05-greene-county-sunshine.eml", "m06-army-cid-no-records.pdf",
    "m07-doe-invoice.eml", "m08-sonoma-govqa-closed.eml", "m09-spokane-installment.eml",
    "m10-wake-county-special-charge.docx", "m11-dol-sol-extension.eml", "m12-oak-park-foia-ext-form.pdf",
    "m13-sarasota-invoice.txt", "m14-fairfax-police-5day.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

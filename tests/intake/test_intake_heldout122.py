"""The hundred-and-twenty-second held-out set: 14 e-mails and portal messages (letters/heldout122), most of them the
notices agencies' request portals send, some with the letter attached as a PDF, eight federal and six state and
local: the Nuclear Regulatory Commission's FOIAXpress Public Access Link status change (received and estimated
completion dates in a field list, quoted-printable), an EPA invoice (amount due after a free allowance, request on
hold), the DHS Privacy Office's SecureRelease notice with its acknowledgement and ten-business-day extension
attached (PDF), the Department of Education's final response attached to a cover e-mail (pages disclosed and
withheld in their entirety, Exemptions 5 and 6), an FDIC no-records answer (PDF), FEMA asking for a disaster number
and dates, Interior's appeal acknowledgement (an appeal "logged as" its number), the VA's expedited processing
"cannot be afforded"; Oakland's NextRequest closure (no records), San Jose's NextRequest message releasing 37
pages with Government Code redactions and closing the request, Naperville's GovQA due-date change (five business
days, a new due date), Grand Rapids' JustFOIA cost estimate with a deposit (PDF attached), the King County
Sheriff's third installment (Word, letterhead in the page header) and the NYPD's FOIL appeal granted in part (PDF).
Committed before the rules were run on them.

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number. As first written
it was 10: f10's expected exemptions were written "Gov. Code § 7927.700" and "Gov. Code § 7927.705" where the letter
cites "Government Code section 7927.700", and the project's form keeps the code's name as cited ("Government Code §
7927.700"); the answer was corrected, not the letter. Wrong were:
- e02 (EPA invoice, e-mail): a clarification instead of a fee estimate, amount empty: "Amount Due: $216.00" on a
  line of its own under the invoice's items, then "Because this charge is more than the $25.00 you told us you were
  willing to pay, the Agency has put your request on hold. ... If we do not hear from you within 20 working days,
  we will close the request" (the amount due not read as the fee; the hold read as a question to the requester).
- e08 (VA expedite decision): an acknowledgement instead of a denial of expedited processing: "Expedited processing
  therefore cannot be afforded, and your request will be handled in the order in which it was received on the
  complex track" (a refusal as "cannot be afforded" not read; the order of receipt taken for a receipt).
- f11 (Naperville GovQA due-date change): expected_by empty: "New Due Date: 12/03/2026" in a field list after
  "Original Due Date: 11/25/2026" (the new due date of a portal's field list not read as the extended date).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout122"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"e02-epa-invoice.eml", "e08-va-expedite.txt", "f11-naperville-due-date.eml"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-second held-out set: 14 short letters (letters/heldout102) in the style and length of the samples in
shared/samples/agency-letters, an immigration caseload of the Homeland Security family and the county and state
offices that hold or oversee immigration detainees, ten federal and four state and local: an ICE acknowledgement
invoking a ten-day extension, a USCIS National Records Center release of an A-File with pages referred to ICE (PDF),
a CBP expedited processing refusal (a quoted-printable e-mail), a DHS Privacy Office third interim response with
duplicates set aside, a DHS Inspector General search that "returned nothing" (Word, letterhead in the page header),
a Civil Rights and Civil Liberties request for clarification (e-mail with the letter attached as a PDF), an ICE
appeal decision upholding two exemptions and overturning a third, a USCIS appeal acknowledgement "date-stamped as
received" (e-mail), an EOIR duplication fee estimate, a State Department fee waiver for Visa Office cables; a York
County (Pennsylvania) Right-to-Know extension of thirty days for prison records, a Bergen County Sheriff (New
Jersey) OPRA denial of jail post orders (PDF), a Washington Attorney General second installment (e-mail) and a
Stewart County (Georgia) Open Records cost estimate (e-mail). Committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), and each of the 14 matched to its request by its number. Wrong were:
- q03 (CBP, e-mail): nothing proposed instead of expedited processing denied: "CBP therefore declines to move your
  request into the expedited track, and it will be handled in the order in which it was received." (expedition
  refused as a request not moved into the "expedited track").
- q07 (ICE appeal decision): outcome full_grant instead of partial_grant, exemptions empty instead of (b)(6) and
  (b)(7)(C): "ICE's determination is accordingly upheld as to Exemptions 6 and 7(C) and overturned as to Exemption
  7(E)." (a determination upheld as to some grounds and overturned as to others taken for a reversal).
- q08 (USCIS appeal acknowledgement, e-mail): nothing proposed, no appeal number, received empty instead of
  2026-11-12: "We have your appeal of the response to FOIA request NRC2026104655. It was date-stamped as received in
  the FOIA/PA Appeals Office on November 12, 2026, and has been given the appeal number APP2026001207, ..." (an
  appeal "date-stamped as received" and "given the appeal number", and the number "APP2026001207" not read).
- q09 (EOIR): nothing proposed instead of a fee estimate of $112.00: "We expect those costs to come to $112.00."
  (costs that "come to" an amount).
- q10 (State): outcome denied instead of granted: "Accordingly, we will waive all fees for processing this request."
  (a waiver given as "we will waive all fees" read as refused).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout102"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"q03-cbp-expedite.eml", "q07-ice-appeal-partial.txt", "q08-uscis-appeal-ack.eml",
                     "q09-eoir-fee.txt", "q10-state-visa-waiver.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

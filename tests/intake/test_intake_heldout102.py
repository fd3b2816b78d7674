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

Blind score: not yet scored.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout102"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-forty-sixth held-out set: 14 short standard letters (letters/heldout146), written after set 145 was
scored and its misses fixed, and so after reading the rules: its wordings were chosen on purpose among those the rules
had not been seen to handle. Seven federal and seven state, from agencies not seen in the earlier sets: a FinCEN
acknowledgement (e-mail) that has the request "on file as of" a day, a Bureau of Engraving and Printing fee estimate
that needs an agreement to pay, a Federal Labor Relations Authority no-records answer whose systems "returned no
entries" (PDF), an NTIA partial release whose counts and exemptions are said in plain words (e-mail with the letter
attached in Word), a Missile Defense Agency acknowledgement that invokes "the statutory allowance of ten extra working
days", a TTB fee waiver refused ("we will not be waiving the fees"), an Indian Health Service second production
(e-mail); a Kentucky Energy and Environment Cabinet acknowledgement that puts the records off to a day under KRS
61.872(5), a Louisiana DEQ e-mail sending all the pages with "nothing ... kept back", a Nebraska Department of
Environment and Energy letter that acknowledges, names the earliest practicable date and estimates the cost, a Montana
DEQ e-mail asking which facility is meant, a Connecticut DEEP partial release (PDF), a Utah DEQ decision not to charge
under GRAMA, and a New Hampshire DES first partial release (Word, letterhead in the page header). Committed before the
rules were run on them.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- i01 (FinCEN, e-mail): nothing proposed: "FinCEN's Disclosure Office has your Freedom of Information Act request on
  file as of November 30, 2026, and has given it the number 2027-FINF-00044."
- i03 (Federal Labor Relations Authority, PDF): outcome "withdrawn" instead of no records: the searches "returned no
  entries for your local, ..." and "those binders held nothing on the matter", the outcome read from "It is possible
  that the charge was filed under a different name or withdrawn before it was docketed." (a charge, not the request).
- i04 (NTIA, e-mail with the letter in Word): no outcome and no pages: "The Office of Internet Connectivity and Growth
  gathered 88 pages. We are disclosing 61 of them without change and 19 after blacking out portions; the other 8 are
  exempt in their entirety."
- i08 (Kentucky Energy and Environment Cabinet): no extension: "They cannot all be retrieved and reviewed within five
  business days. Pursuant to KRS 61.872(5), the Cabinet will make the records available to you on or before December
  14, 2026." (the day read only as the one expected, on the acknowledgement).
- i10 (Nebraska Department of Environment and Energy): no expected_by: "The earliest practicable date for fulfilling
  your request is December 22, 2026."
- i11 (Montana DEQ, e-mail): no clarification: "Which of these did you mean, or would you like the files for all
  three?" and "We'll hold off on searching until we hear back from you."
- i13 (Utah DEQ): nothing proposed: "you asked the Department not to charge you for compiling the records" and "The
  Department is satisfied that releasing these records primarily benefits the public, and it will not charge you for
  compiling or copying them." (a state's waiver in its own words).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout146"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "i01-fincen-ack.eml", "i03-flra-no-records.pdf", "i04-ntia-partial.eml", "i08-kyeec-ack-ext.txt",
    "i10-ne-dee-ack-ext-fee.txt", "i11-mt-deq-clarify.eml", "i13-utah-deq-waiver.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

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
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout146"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "i01-fincen-ack.eml", "i02-bep-fee.txt", "i03-flra-no-records.pdf", "i04-ntia-partial.eml", "i05-mda-ack-ext.txt",
    "i06-ttb-waiver.txt", "i07-ihs-interim.eml", "i08-kyeec-ack-ext.txt", "i09-ldeq-full.eml",
    "i10-ne-dee-ack-ext-fee.txt", "i11-mt-deq-clarify.eml", "i12-ctdeep-partial.pdf", "i13-utah-deq-waiver.txt",
    "i14-nhdes-interim.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

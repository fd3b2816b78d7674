"""The hundred-and-fifty-second held-out set: 14 letters (letters/heldout152) about appeals and the letters around
them, written after set 151 was scored and fixed and after reading the rules, so in wordings chosen because the rules
were not seen to handle them; ten federal and four state: a Commerce General Counsel e-mail that dockets an appeal
"time-stamped as filed with us", an IRS Independent Office of Appeals letter that sustains a withholding under IRC
§ 6103 (its particulars in a right-hand column), a Labor Solicitor's decision that sets OSHA's response aside and
sends the request back, an FAA appeal decision that gives 8 pages and keeps 4 that "stay withheld" (PDF), an
Education e-mail that reverses a withholding in its entirety, a VA General Counsel denial (Word, letterhead in the
page header), an Army appeal acknowledgement with the day a ruling is expected (day-month-year dates), a Secret
Service e-mail that acknowledges an appeal "coming in" and needs ten more business days, an Interior Solicitor's
decision that releases 26 pages to come and upholds the rest (PDF), an Air Force memorandum that affirms; a Kentucky
Attorney General decision that dismisses an appeal as moot, a New Jersey Government Records Council letter that
dockets a complaint, a Washington State Patrol review of its redactions that releases a corrected report (e-mail),
and an Ohio Court of Claims judgment entry that adopts a special master's recommendation. Committed before the rules
were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout152"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "p01-census-appeal-ack.eml", "p02-irs-appeal-sustained.txt", "p03-osha-appeal-set-aside.txt",
    "p04-faa-appeal-partial.pdf", "p05-ed-appeal-reversed.eml", "p06-va-appeal-denied.docx",
    "p07-army-appeal-ack.txt", "p08-usss-appeal-ack-ext.eml", "p09-nps-appeal-partial.pdf",
    "p10-af-appeal-affirmed.txt", "p11-ky-ag-moot.txt", "p12-nj-grc-complaint-ack.txt",
    "p13-wsp-internal-review.eml", "p14-ohio-coc-judgment.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

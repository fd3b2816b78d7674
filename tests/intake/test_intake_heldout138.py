"""The hundred-and-thirty-eighth held-out set: 14 e-mails and portal messages (letters/heldout138), six federal and
eight state and local, written after set 132 was scored and fixed and after reading the rules, in wordings chosen
because the rules were not seen to handle them: a Kitsap County Sheriff's five-day letter that "opened a file" for the
request and expects a first batch "around" a date, Sacramento's NextRequest closure that "came up empty", a HUD reply
("it came through") above the requester's quoted message with its own dates, a Pittsburgh JustFOIA invoice with a
"Balance owing", a USDA PAL release notice whose counts are an HTML table (HTML-only), an NYC OpenRecords notice that
the agency "has extended the time it needs", a Corps of Engineers fee letter attached as a PDF ("The assessed amount
for your request is"), an Oregon Department of Human Services refusal ("We cannot share these records", HTML-only),
an Education Department acknowledgement in Word that "got" the request and sends it "to the front of the queue", a
Cleveland police reply that releases pages with Ohio redactions above a quoted earlier message with a fee, a receipt
and a due date, a Social Security appeal decision attached as a PDF that returns the request for a new search, a
Georgia DOT acknowledgement that asks which intersections and years are meant, an FTC PAL acknowledgement whose field
list gives the receipt ("Received:") and the fee waiver decision ("Fee Waiver Decision: Denied"), and a Los Angeles
County public health reply that produces 22 pages with nothing withheld above a quoted extension. Committed before
the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout138"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "w01-kitsap-sheriff-5day.eml", "w02-sacramento-nextrequest-nothing.eml", "w03-hud-reply-logged.eml",
    "w04-pittsburgh-justfoia-invoice.eml", "w05-aphis-pal-release2.eml", "w06-nyc-dot-openrecords-extended.eml",
    "w07-usace-fee-letter.eml", "w08-odhs-denial.eml", "w09-ed-ack-expedite-docx.eml",
    "w10-cleveland-reply-release.eml", "w11-ssa-appeal-remand.eml", "w12-gdot-clarify.eml",
    "w13-ftc-pal-ack-waiver.eml", "w14-lacdph-reply-produced.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-thirty-sixth held-out set: 14 everyday short letters (letters/heldout136), written after set 130
was scored and its misses fixed, and so after reading the rules: its wordings were chosen on purpose among those the
rules had not been seen to handle. Nine federal and five state: a Farm Service Agency acknowledgement whose request
"reached us on" a day, a National Archives e-mail asking whether the requester still needs the records, a Marshals
Service fee estimate that asks for an assurance of payment, a Department of Education no-records answer whose search
"came up empty" (PDF), a Peace Corps full grant (e-mail), an FDIC partial release with its page counts in words and
the exemptions named by their subjects (PDF, an enclosure page), a Department of Energy e-mail asking the requester to
narrow the request, a Postal Service letter closing a request after a clarification letter went unanswered, an NRC
portal acknowledgement whose receipt and estimated completion are labelled lines; an Oregon DEQ fee estimate, an
Arizona DEQ portal acknowledgement, a Wisconsin DNR partial release with its page counts in a table (Word, letterhead
in the page header), a MassDEP acknowledgement that takes 15 more business days, and a Tennessee Department of
Environment and Conservation no-records answer. Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout136"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b01-fsa-ack.txt", "b02-nara-still-need.eml", "b03-usms-fee.txt", "b04-ed-no-records.pdf",
    "b05-peace-corps-full.eml", "b06-fdic-partial.pdf", "b07-doe-clarify.eml", "b08-usps-closed.txt",
    "b09-nrc-ack.eml", "b10-or-deq-fee.txt", "b11-adeq-ack.eml", "b12-wi-dnr-partial.docx",
    "b13-massdep-ack-ext.txt", "b14-tdec-no-records.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

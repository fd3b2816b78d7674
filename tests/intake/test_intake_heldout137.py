"""The hundred-and-thirty-seventh held-out set: 14 letters (letters/heldout137) about appeals and what follows them,
written after set 131 was scored and fixed, and so after reading the rules: its wordings were chosen deliberately
among those the rules were not seen to handle. Eight federal and six state: a Justice Department Office of
Information Policy decision that finds EOUSA's response correct and closes the appeal file, a DHS Office of the
General Counsel e-mail saying the appeal was logged, with a target decision date in a details block, a CBP appeal
decided in the requester's favour with the report enclosed unredacted, a USCIS automated appeal acknowledgement
(e-mail), a State Department acknowledgement that took delivery of the appeal letter, a Navy appeal decision granted
as to some pages and denied as to redactions (PDF, dated in the Navy's "30 Nov 26"), and EOUSA's new answer after a
remand that again found nothing; a New York State Police FOIL appeal determination that leaves the denial in place,
a Pennsylvania Office of Open Records final determination dismissing an appeal as moot (PDF), a Harris County
Sheriff's release after an Attorney General letter ruling (portal e-mail), an Illinois Public Access Counselor
determination that the District complied in part, a Connecticut Freedom of Information Commission e-mail docketing
a complaint, a Defense Logistics Agency appeal acknowledgement with its facts in a table (Word, letterhead in the
page header), and a California Highway Patrol answer to a request to take a second look, standing by its denial.
Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout137"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "m01-oip-eousa-affirmed.txt", "m02-dhs-appeal-ack.eml", "m03-cbp-appeal-reversed.txt", "m04-uscis-appeal-ack.eml",
    "m05-state-appeal-ack.txt", "m06-navy-appeal-partial.pdf", "m07-eousa-after-remand.txt",
    "m08-nysp-foil-appeal.txt", "m09-pa-oor-moot.pdf", "m10-harris-sheriff-after-ruling.eml",
    "m11-il-pac-determination.txt", "m12-ct-foic-complaint-ack.eml", "m13-dla-appeal-ack.docx",
    "m14-chp-reconsideration.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

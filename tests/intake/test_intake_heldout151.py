"""The hundred-and-fifty-first held-out set: 14 letters (letters/heldout151) about appeals and the letters around
them, from appeal offices and review bodies not used in sets 131 and 137, nine federal and five state: a USDA Office
of the General Counsel e-mail that logs an appeal and gives its number and the day it arrived, a HUD appeal decision
that overturns Exemption 5 redactions, releases the 14 pages and upholds Exemption 6 (PDF), a Department of Energy
Office of Hearings and Appeals decision and order that denies an appeal of Exemption 5 redactions, a FEMA appeal
decision that sends a no-records answer back for a search of the regional case files (Word, letterhead in the page
header), a TSA e-mail that acknowledges an appeal and takes ten more working days for the SSI review, a Social
Security appeal decision that reverses a withholding and releases 22 pages, an EPA e-mail that closes an appeal as
moot, a NASA appeal decision that releases 5 pages and keeps 11 withheld in full (PDF); a Kentucky Attorney General
open records decision that upholds one exception and rejects another, a New Jersey Government Records Council
interim order to disclose (PDF), a Maryland Public Access Ombudsman e-mail that opens a mediation, a Washington
Department of Labor & Industries internal review that upholds a denial (e-mail), a Coast Guard appeal
acknowledgement with the date a decision is expected, and an Ohio Court of Claims order referring a public-records
case to mediation. Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout151"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "n01-usda-ogc-appeal-ack.eml", "n02-hud-appeal-partial.pdf", "n03-doe-oha-decision.txt",
    "n04-fema-appeal-remand.docx", "n05-tsa-appeal-ack-ext.eml", "n06-ssa-appeal-reversed.txt",
    "n07-epa-appeal-moot.eml", "n08-nasa-appeal-partial.pdf", "n09-ky-ag-ord.txt", "n10-nj-grc-interim-order.pdf",
    "n11-md-ombudsman-ack.eml", "n12-wa-lni-internal-review.eml", "n13-uscg-appeal-ack.txt",
    "n14-ohio-coc-mediation.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

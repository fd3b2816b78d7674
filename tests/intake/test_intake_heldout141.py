"""The hundred-and-forty-first held-out set: 14 letters (letters/heldout141) about surveillance and immigration
enforcement, nine federal and five state and local: an ICE acknowledgement that quotes a request for Clearview AI
records and takes ten more working days (e-mail), a CBP final response on commercial licence-plate reader data that
releases pages in full and in part and withholds others (PDF), a USCIS letter that asks a request on social media
vetting to be narrowed, quoting its words, a DHS Privacy Office acknowledgement of a request for data broker
contracts (LexisNexis, Thomson Reuters CLEAR) that denies expedited processing and grants a fee waiver, a DHS OIG
no-records answer on a 287(g) agreement (PDF), an EOIR release in full of its data-sharing agreement with ICE (Word,
letterhead in the page header), an FBI third interim release on facial recognition with checked exemption boxes
(PDF), an ICE appeal decision that grants an appeal as to one exemption and affirms the rest, a CBP appeal
acknowledgement (e-mail); a Florida sheriff's acknowledgement of a 287(g) records request with a special service
charge estimate, a Washington Department of Licensing five-day letter (e-mail), an Illinois State Police extension
for fusion-centre records, a San Diego Police Department CPRA release on licence-plate readers (e-mail), and a New
York Attorney General FOIL appeal decision. Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout141"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "l01-ice-ack-ext.eml", "l02-cbp-alpr-partial.pdf", "l03-uscis-clarify.txt",
    "l04-dhs-privacy-ack-expedite-waiver.txt", "l05-dhs-oig-no-records.pdf", "l06-eoir-full.docx",
    "l07-fbi-interim.pdf", "l08-ice-appeal-partial.txt", "l09-cbp-appeal-ack.eml",
    "l10-collier-sheriff-ack-fee.txt", "l11-wa-dol-ack.eml", "l12-isp-stic-ext.txt", "l13-sdpd-alpr-partial.eml",
    "l14-nyoag-foil-appeal.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

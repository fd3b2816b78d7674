"""The hundred-and-thirty-third held-out set: 14 letters (letters/heldout133) from DHS and its components, written
after set 127 was scored and fixed and after reading the intake rules, so in wordings chosen because the rules were
not seen to handle them: a USCIS acknowledgement whose request "came to us through the FIRST portal on" its date (an
e-mail), an ICE extension in which "the statutory time limit for a response is lengthened by 10 working days", a CBP
release of all 17 pages "without deleting anything" (PDF), a DHS Privacy Office production of 290 pages in redacted
form with 60 pages "exempt in full" that promises "another production" (an e-mail), a FEMA acknowledgement whose
request "arrived on" its date and whose processing "should be finished ... around" a day (Word, letterhead in the
page header), a TSA no-records answer whose searches "did not surface any material" (an e-mail), a Coast Guard
district fee letter that "project[s] charges of" its sum, a Secret Service acknowledgement "in possession of" the
request that says it "cannot waive the fees" (PDF), a CISA appeal acknowledgement "docketed" on its day (an e-mail),
an ICE appeal decision that has the FOIA Office search again ("I have accordingly instructed ..."), an Office of
Intelligence and Analysis release "providing 71 pages with excisions" under the National Security Act (PDF), a USCIS
final response whose counts stand before their labels in a table and whose ICE pages "have gone to ICE" (Word), a CBP
request for the third party's consent that puts the request "on hold", and an ICE third round of review (an e-mail).
Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout133"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "k01-uscis-ack.eml", "k02-ice-extension.txt", "k03-cbp-full.pdf", "k04-dhs-privacy-interim.eml",
    "k05-fema-ack-date.docx", "k06-tsa-no-records.eml", "k07-uscg-fee.txt", "k08-usss-ack-waiver.pdf",
    "k09-cisa-appeal-ack.eml", "k10-ice-appeal-remand.txt", "k11-ia-partial.pdf", "k12-uscis-final.docx",
    "k13-cbp-consent.eml", "k14-ice-interim.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

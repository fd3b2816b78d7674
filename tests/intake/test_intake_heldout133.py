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

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- k01 (USCIS, e-mail): only the tracking number, no acknowledgement nor date received: "We have opened a case for the
  FOIA request you filed for your client, ..., and assigned it control number NRC2027011482. It came to us through the
  FIRST portal on November 20, 2026." (a receipt as "It came to us ... on", the request named the sentence before).
- k03 (CBP, PDF): pages_released 1 instead of 17: "... identified 17 pages. After reviewing them, CBP has decided to
  disclose every one of these pages without deleting anything" ("every one of these pages" read as one page).
- k04 (DHS Privacy Office, e-mail): a final determination (partial grant) instead of an interim release: "Today's
  production ..." and "Review of the remaining potentially responsive records is ongoing, and we will make another
  production in approximately 30 days."
- k05 (FEMA, Word): a clarification request instead of an acknowledgement, without the date received or the expected
  date: "We will contact you if fees exceed $25.00 or if we need you to clarify your request" (a condition read as an
  ask); "FEMA's Disclosure Branch thanks you for your Freedom of Information Act request. It arrived on November 13,
  2026, ..."; "Processing should be finished in about 40 business days, around January 15, 2027."
- k06 (TSA, e-mail): the final response without an outcome (no records): "Their searches did not surface any
  material that falls within the terms of your request."
- k10 (ICE appeal remanded): a final determination with no records instead of an appeal decision (other): "The FOIA
  Office answered that it had found no responsive records" (the answer appealed, recalled) read as the decision, and
  neither "This letter decides your appeal of ..." nor "I have accordingly instructed the ICE FOIA Office to have the
  ICE Health Service Corps search for records responsive to your request and to issue a new response to you" read.
- k13 (CBP, e-mail): nothing proposed: "Before we can go forward, please upload through SecureRelease a statement
  signed by Mr. Ixchop Batz authorizing release of his records to you ..." and "Until this authorization is in hand,
  your request is on hold. It will be closed on January 4, 2027 if the authorization has not arrived by then."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout133"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "k01-uscis-ack.eml", "k03-cbp-full.pdf", "k04-dhs-privacy-interim.eml", "k05-fema-ack-date.docx",
    "k06-tsa-no-records.eml", "k10-ice-appeal-remand.txt", "k13-cbp-consent.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

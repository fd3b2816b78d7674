"""The hundred-and-sixteenth held-out set: 14 short letters (letters/heldout116) in the style and length of the samples
in shared/samples/agency-letters, all from DHS components and the immigration bodies: an ICE acknowledgement whose
request "reached the ICE FOIA Office" on a date, with a ten-day extension "invoked" (an e-mail), a CBP fee letter of
"anticipated charges", a USCIS National Records Center A-File release in full, in part and withheld, with pages sent
to ICE (PDF), a TSA denial of a 46-page manual of Sensitive Security Information under Exemption 3 and 49 U.S.C.
§ 114(r), a FEMA fee waiver refused as "unable to waive fees", a Secret Service expedite refusal "not warranted" with
its received date (an e-mail with the letter attached as a PDF), a Coast Guard still-interested letter under a
standard subject code line, a DHS Privacy Office third interim release with pages duplicate or not responsive
(PDF), an EOIR release in full (Word), a DHS OIG search that "turned up nothing", an ICE appeal acknowledgement
whose appeal "came in to our office" (an e-mail), a CBP appeal "granted in part and denied in part" that sustains
(b)(7)(E), a FEMA acknowledgement with a projected completion date, and a USCIS appeal decision that sends the
request back for a new search (PDF). Committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), and each of the 14 matched to its request by its number. Wrong were:
- f02 (CBP fee letter): a clarification proposed instead of the fee estimate, and no amount: "we anticipate charges
  of $168.50 (five hours of search at the clerical rate and duplication of about 340 pages), after the two free
  hours ...", followed by "We will not begin the search until you agree in writing to pay the anticipated charges
  or narrow the request" (charges "anticipated" not read as an estimate; the ask to agree or narrow taken for a
  clarification).
- f09 (EOIR release in full, Word): pages_released empty instead of 74: "found the requested guidelines, 74 pages in
  all. Nothing in them is exempt from disclosure, and the complete document is enclosed without any redactions"
  (the pages counted "in all", then given as "the complete document").
- f11 (ICE appeal acknowledgement, e-mail): nothing proposed: "has logged your administrative appeal of the response
  to FOIA request 2026-ICFO-51902. The appeal came in to our office on December 1, 2026, and its number is
  2027-ICAP-00093" (an appeal "logged", received as "came in to our office").
- f13 (FEMA acknowledgement): nothing proposed: "FEMA's Disclosure Branch took in your request ... on August 3,
  2026" and "We currently project that it will be completed on or around October 14, 2026" (a request "taken in";
  a completion "projected").
- f14 (USCIS appeal decision, PDF): nothing proposed: "We are sending the request back to the National Records
  Center to search that system and to issue a new response to you" (a remand as "sending the request back").
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout116"
# What the rules reach on this set now; it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "f02-cbp-fee.txt", "f09-eoir-full.docx", "f11-ice-appeal-ack.eml", "f13-fema-ack.txt",
    "f14-uscis-appeal-remand.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

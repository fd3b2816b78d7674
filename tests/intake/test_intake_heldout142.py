"""The hundred-and-forty-second held-out set: 14 letters (letters/heldout142) about surveillance and immigration
enforcement, written after set 141 was scored and fixed and after reading the rules, so deliberately in wordings the
rules were not seen to handle; nine federal and five state and local: an ICE third production of 287(g) records that
counts pages "provided without any redaction", "bear redactions" and "held back" (e-mail), a CBP answer that no office
holds anything on a Clearview AI trial, quoting the request's words, a USCIS e-mail that logs a request on the
Continuous Immigration Vetting initiative and foresees a reply date, a DHS OIG letter that refuses a fee waiver and
projects a fee for hotline complaints on data broker searches, an Office of Information Policy acknowledgement of an
appeal from EOIR (e-mail), an FBI refusal to confirm or deny records on a named person (PDF), a DHS Privacy Office
final response on social media monitoring with its exemptions in a table (Word), a CBP portal notice of ten more
working days, an ICE appeal decision that leaves a response undisturbed; a Harris County Sheriff's Office release
after an Attorney General ruling, an Oregon DMV fee estimate with its received date in a header block, a New Jersey
State Police denial for fusion-centre plate reader records (PDF), a Denver Police Department request to narrow a
request (e-mail) and a California Department of Justice notice of fourteen more days (e-mail). Committed before the
rules were run on them.

Blind score: 9 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- m03 (USCIS, e-mail): no expected date: "We anticipate our reply by approximately January 29, 2027; that date is
  only an estimate ..." (a reply foreseen "by approximately" a date).
- m07 (DHS Privacy Office, Word): pages_released empty: "We are releasing 80 of them; 52 of those 80 carry
  redactions." after "The Office of Intelligence and Analysis and the Privacy Office identified 97 pages." (a count
  of "them" that takes up the pages of the sentence before).
- m09 (ICE appeal decision): read as a final determination, a partial grant of 240 pages, with no appeal number:
  "I find no error in the FOIA Office's response, which I leave undisturbed." (an affirmance in other words) beside
  the recital "The FOIA Office released the agreement and 240 pages of invoices, redacting ...".
- m13 (Denver police, e-mail): nothing proposed: "To move forward, we would need you to point us to a narrower set:
  specific units or officers, a shorter period, or particular case numbers." and "As written, the request would
  reach the e-mail of every one of the Department's roughly 1,600 sworn officers".
- m14 (California Department of Justice, e-mail): no acknowledgement, no date received, no expected date: "...
  dated November 18, 2026; it reached the Department's Public Records Act Coordinator on November 19, 2026." (the
  receipt in a clause after a semicolon, "it reached") and "You may expect that determination on or before December
  14, 2026."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout142"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "m03-uscis-ack-date.eml", "m07-dhs-privacy-final.docx", "m09-ice-appeal-affirm.txt", "m13-denver-pd-clarify.eml",
    "m14-cadoj-ack-ext.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

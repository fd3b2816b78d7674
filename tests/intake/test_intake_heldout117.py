"""The hundred-and-seventeenth held-out set: 14 short letters (letters/heldout117) in the style and length of the
samples in shared/samples/agency-letters, written after set 116 was scored and fixed, again from DHS components and
the immigration bodies, in other agencies and wordings: a CISA acknowledgement that "confirms that we have your ...
request", a TSA extension invoking unusual circumstances for "ten additional working days" (an e-mail), an ICE first
interim release of 250 of 1,214 pages found (PDF), a Coast Guard district fee estimate dated under its subject code and
case line, a Secret Service no-records answer "neither office maintains any records" (an e-mail with the letter
attached as a PDF), an EOIR fee waiver "decided to waive all fees", a CBP expedite request that "meets the standard
... and has been approved", a DHS OIG release of pages "releasable in full", "releasable with deletions" and "exempt
in full" (Word), a FEMA request for the offices, record types and dates sought (an e-mail), a USCIS National Records
Center acknowledgement (an e-mail), a Justice Department Office of Information Policy affirmance of EOIR's action, a
DHS General Counsel appeal acknowledgement (an e-mail), a TSA appeal decision reversing the withholding (PDF) and a
CBP denial of an open investigation's file under (b)(7)(A). Committed before the rules were run on them.

Blind score: 12 of 14 fully right (86%), and each of the 14 matched to its request by its number. Wrong were:
- o05 (Secret Service no-records answer, e-mail with a PDF): the final response proposed without an outcome: "The
  Office of Protective Operations and the Office of Strategic Planning and Policy searched their electronic and paper
  records, and neither office maintains any records matching your description" (nothing found said as "neither office
  maintains any records").
- o10 (USCIS acknowledgement, e-mail): only the tracking number, no acknowledgement nor received date: "Our records
  show it was received by the National Records Center on October 28, 2026", after "USCIS has your FOIA request for
  the Alien File ..." (the request named in one sentence, its receipt as "it was received by" an office in the next,
  behind "Our records show").
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout117"
# What the rules reach on this set now; it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"o05-usss-no-records.eml", "o10-uscis-ack.eml"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

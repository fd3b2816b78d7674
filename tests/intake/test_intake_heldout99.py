"""The ninety-ninth held-out set: 14 short letters (letters/heldout99) in the style and length of the samples in
shared/samples/agency-letters, written after set 98 was scored and fixed, nine from federal departments and agencies
seldom met in earlier sets and five from state agencies: an Education appeal acknowledgement whose office "has your
administrative appeal" and "received it by e-mail on" (e-mail), a Census Bureau fee estimate ("We anticipate that
processing your request will cost $396.00"), an OPM acknowledgement of a request "docketed by our office on" with an
estimated completion date, an SBA first installment of 150 pages (PDF), a National Archives release in full ("We have
made no redactions to the 18 pages of records, and copies of them accompany this letter"), a GSA still-interested
e-mail, a Bureau of Reclamation denial of one 27-page document under Exemption 7(F) (Word, letterhead in the page
header), a Department of Energy Office of Hearings and Appeals remand, a Fish and Wildlife Service grant of expedited
processing ("Your request meets the standard for expedited processing"); an Oregon State Police search that "found
nothing that fits your description", a Colorado Department of Revenue acknowledgement with a CORA fee estimate (a
request that "came in to the Department on", e-mail with the letter as a PDF attachment), a Michigan Department of
Health and Human Services appeal decision under MCL 15.243(1)(m), a Wisconsin Department of Transportation release
with redactions (PDF) and a Maryland State Police fee waiver approved (e-mail). Committed before the rules were run
on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout99"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

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

Blind score: 7 of 14 fully right (50%), measured with set 98's fixes in place; each of the 14 matched to its request
by its number. Wrong were:
- t01 (Education, e-mail): nothing proposed (appeal acknowledgement, received date, appeal number): "The U.S.
  Department of Education, Office of the General Counsel, has your administrative appeal of the Federal Student Aid
  response to FOIA request 26-04412-F. Our office received it by e-mail on November 30, 2026, and it has been
  designated Appeal No. 27-00031-A."
- t03 (OPM): no acknowledgement, received or expected date: "Your Freedom of Information Act request, for the ...
  item responses for fiscal year 2026, was docketed by our office on November 9, 2026. ... we estimate that we will
  complete our response by December 22, 2026."
- t05 (National Archives): outcome and pages empty: "We have made no redactions to the 18 pages of records, and
  copies of them accompany this letter."
- t07 (Bureau of Reclamation, Word): pages_withheld 1 instead of 27: "We located one responsive document of 27
  pages. We are withholding it in its entirety."
- t08 (Energy's Office of Hearings and Appeals): read as a final no-records answer, without the appeal number: "We
  therefore remand the matter to OPI, which shall conduct a new search" after a recital of the no-records
  determination appealed, under "Case No.: FIA-27-0009".
- u11 (Colorado Revenue, e-mail with a PDF): no acknowledgement: "Your CORA request dated November 9, 2026 came in to
  the Department on November 10, 2026."
- u12 (Michigan Health and Human Services): nothing proposed: "I write as the head of the public body to decide your
  appeal ... They were properly exempted under Section 13(1)(m) of the FOIA, MCL 15.243(1)(m), and the Department's
  decision stands."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout99"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"t01-ed-appeal-ack.eml", "t03-opm-ack.txt", "t05-nara-full.txt", "t07-reclamation-denial.docx",
                     "t08-doe-oha-remand.txt", "u11-cdor-ack-fee.eml", "u12-mdhhs-appeal.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

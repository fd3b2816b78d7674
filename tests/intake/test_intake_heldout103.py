"""The hundred-and-third held-out set: 14 short letters (letters/heldout103) in the style and length of the samples in
shared/samples/agency-letters, a second immigration caseload of the Homeland Security family and the county and state
offices that hold or oversee immigration detainees, written after set 102 was scored and before its misses were
studied, ten federal and four state and local: a CBP release in full through SecureRelease (e-mail with the letter
attached as a PDF), a USCIS request cancelled at the requester's word, an EOIR acknowledgement, an ICE "still
interested?" letter, a DHS Inspector General grant of expedited processing (e-mail), a DHS Office of the General
Counsel appeal decision whose ground "stands" (PDF), a CBP appeal sent back to the FOIA Division for a new search, a
DHS Privacy Office fee waiver "not approved" (Word, letterhead in the page header), a State Department denial of
visa records under INA 222(f), an ICE acknowledgement with a search fee estimate; a Webb County Sheriff (Texas)
release with redactions, an Illinois Attorney General acknowledgement with a five-business-day extension (e-mail),
an Orange County (New York) FOIL appeal acknowledgement and a Calhoun County Sheriff (Michigan) answer that the
record does not exist (e-mail). Committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%), scored on the rules as they were before set 102's misses were fixed, and each
of the 14 matched to its request by its number. Wrong were:
- p01 (CBP, e-mail with a PDF): outcome partial_grant instead of full_grant: "They are attached in full; no
  information in them has been withheld or redacted." (nothing withheld, said after the pages, read as a withholding).
- p02 (USCIS): nothing proposed instead of a request withdrawn: "We received your e-mail of November 30, 2026, asking
  us to cancel your request ... As you asked, we have stopped work on COW2026000418863 and closed it." (a request
  cancelled at the requester's word).
- p04 (ICE): nothing proposed instead of a "still interested?" letter: "Please tell us whether you want ICE to keep
  your request open. If we do not hear from you within 10 business days ..., we will conclude that you no longer want
  these records and administratively close your request."
- p05 (DHS Inspector General, e-mail): nothing proposed instead of expedited processing granted: "We agree that you
  are primarily engaged in disseminating information and that there is an urgency to inform the public ... Your
  request will therefore be moved ahead of other pending requests and processed as soon as practicable."
- p06 (DHS General Counsel, PDF): nothing proposed, appeal number empty, instead of an affirmance upholding (b)(5):
  "Appeal No. 2026-HQAP-00144" over "Request No. 2026-HQFO-01102", and "The Privacy Office's determination stands,
  and no part of the draft will be released." (a determination that "stands").
- h11 (Webb County Sheriff, Texas): outcome full_grant instead of partial_grant, exemptions empty: "The 27 pages we are
  providing have had driver's license numbers and Social Security numbers removed, as required by Gov't Code §
  552.130 and Gov't Code § 552.147." (redactions as information "removed").
- h12 (Illinois Attorney General, e-mail): expected_by empty instead of 2026-12-09: "we are taking an additional five
  business days to respond, until December 9, 2026." (the new date after "until").
- h14 (Calhoun County Sheriff, Michigan, e-mail): outcome denied instead of no_records: "Your request is denied
  because, to the best of the Sheriff's Office's knowledge, information and belief, the public record does not exist
  under the name given by you ..." (Michigan's statutory denial for a record that does not exist).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout103"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 6
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"p01-cbp-full.eml", "p02-uscis-withdrawn.txt", "p04-ice-still.txt", "p05-dhs-oig-expedite.eml",
                     "p06-dhs-ogc-appeal.pdf", "h11-webb-county-sheriff-partial.txt", "h12-illinois-ag-ack-ext.eml",
                     "h14-calhoun-sheriff-no-records.eml"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

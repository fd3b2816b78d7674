"""The hundred-and-eleventh held-out set: 14 short letters (letters/heldout111) in the style and length of the samples
in shared/samples/agency-letters, from health, benefits and science agencies, written after set 110 was scored and
fixed, eight federal and six state: an HHS fee waiver refused, an FDA device center release in full (PDF), a NOAA
request marked withdrawn at the requester's word (an e-mail), a VA Office of General Counsel acknowledgement of an
appeal from the Board of Veterans' Appeals (an e-mail, with the day it was postmarked beside the day it was docketed), a
USDA appeal decision sending the request back to ARS for a new search, a NASA Headquarters partial release, a CMS grant
of expedited processing, an NIH request for clarification (an e-mail); an Arizona AHCCCS commercial-purpose cost
estimate, an Ohio Department of Health denial (PDF), a UCLA release with redactions, a University of Texas at Austin
request to narrow (an e-mail), a New York State Department of Health FOIL appeal decision and a Pennsylvania Department
of Labor & Industry release in full. Committed before the rules were run on them.

Blind score: 5 of 14 fully right (36%), and each of the 14 matched to its request by its number. Wrong were:
- p02 (FDA, PDF): nothing proposed: "Enclosed you will find the 38 pages of records that respond to your request.
  Nothing has been deleted from them, and no part of any record has been held back."
- p03 (NOAA, e-mail): nothing proposed: "we have stopped work on FOIA request DOC-NOAA-2027-000214 ... and have marked
  it withdrawn in our tracking system".
- p04 (VA appeal acknowledgement, e-mail): nothing proposed: "Your Freedom of Information Act appeal, postmarked
  November 18, 2026, was docketed in the Office of General Counsel on November 23, 2026" and "OGC has designated it
  Case # 27-0031".
- p05 (USDA appeal decision): a no-records determination instead of an appeal decision sent back: "I am therefore
  referring this matter back to ARS, which will conduct a new search" (the recital "ARS told you that it found no
  responsive records" read as this letter's answer).
- p06 (NASA): pages_withheld empty instead of 24: "Of these, 24 pages are protected in full by the deliberative
  process privilege of Exemption 5".
- p08 (NIH, e-mail): no clarification: "would you specify the institutes or offices you want searched, the time
  period, and any names or search terms?"
- q09 (Arizona AHCCCS): amount 120.00 (the staff time) instead of 223.00: "The anticipated cost of fulfilling your
  request comes to $223.00."
- q11 (UCLA): exemption "Government Code § 7927.705" instead of the canonical "Gov. Code § 7927.705".
- q12 (UT Austin, e-mail): only its number: "we ask that you narrow your request by naming the partnership, the kind
  of records and the period you are interested in".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout111"
# What the rules reach on this set now (blind: 5); it may only go up.
FLOOR = 5
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "p02-fda-full.pdf", "p03-noaa-withdrawn.eml", "p04-va-appeal-ack.eml", "p05-usda-appeal-remand.txt",
    "p06-nasa-partial.txt", "p08-nih-clarify.eml", "q09-ahcccs-fee.txt", "q11-ucla-partial.txt",
    "q12-utaustin-clarify.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-sixth held-out set: 14 short letters (letters/heldout106) in the style and length of the samples in
shared/samples/agency-letters, ten from national-security and foreign-affairs agencies and four from state National
Guard and emergency-management offices: a Defense Information Systems Agency acknowledgement that "took receipt" of
the request (e-mail), a National Geospatial-Intelligence Agency partial release citing Exemption 3 with 10 U.S.C. §
424 (PDF), a National Security Agency refusal to confirm or deny dated "3 March 2026" citing Section 6 of Public Law
86-36, a Central Intelligence Agency acknowledgement with a fee estimate, a State Department Appeals Review Panel
decision affirming in part (PDF), an Army garrison ten-workday extension (Word, letterhead in the page header), a
Naval Sea Systems Command interim release dated "20 Mar 26" (e-mail with the letter as a PDF), an Air Force
Materiel Command acknowledgement refusing expedited processing, an Office of the Director of National Intelligence
no-records answer, a USAID fee waiver granted (e-mail); a Texas Military Department itemized cost statement, a
California Governor's Office of Emergency Services fourteen-day extension (e-mail), a Kentucky Emergency Management
partial release under KRS 61.878(1)(m) (PDF) and an Oregon Military Department acknowledgement with its estimated
completion date. Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout106"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

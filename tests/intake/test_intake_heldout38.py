"""The thirty-eighth held-out set: 14 ordinary letters (letters/heldout38) of the kind and length of the samples in
shared/samples/agency-letters, eight federal and six state or local: an ICE acknowledgement taking a 10-day
extension (e-mail, dated only in its header), a CBP partial release with pages and exemptions (PDF), a USCIS
acknowledgement dated "04/21/2026" (PDF), an FBI "unable to identify records" letter with the FOIPA addendum, a
State Department interim release (PDF), an HHS fee waiver granted (e-mail), an EPA region's fee estimate with its
fee table and a stamped date ("JUL 15 2026"), an OIP appeal acknowledgement; the New York City Police's FOIL
acknowledgement with its approximate date (e-mail), the Illinois State Police's 5-business-day extension (PDF),
Texas DPS asking to clarify (e-mail), a Denver Public Schools CORA release in full (Word), a Grand Rapids Police
FOIA denial and a New York State Police FOIL appeal decision (PDF). Written from the agencies' published wording and
committed before the rules were run on them.

Blind score: 13 of 14 fully right (93%), and each of the 14 matched to its request by its number (the test below
files each letter's request beside another at the same agency with another number). Wrong was:
- a10: the Illinois State Police's "extending the time to respond to your request by five (5) business days, to
  September 14, 2026" read as a 5-day extension, but the date it extends to not read as the expected date.

The answer for a10 was set after scoring to the earlier sets' convention (sets 2, 3, 6, 15, 17, 18, 21, 22, 24, 27
and 34 log an extension without an expected date, whatever new date the letter gives; the rules attach
``expected_by`` to acknowledgements only): its "September 14, 2026" is no longer expected. With it the set is 14 of
14 without any rule change; the blind figure kept is the 13 scored. Later the convention was settled the other way:
an extension keeps the new date its own sentence names (New York's deadline moves to a date certain given in writing,
Pub. Off. Law § 89(3)(a)), so a10 expects September 14, 2026 again, and the rules read it.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout38"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

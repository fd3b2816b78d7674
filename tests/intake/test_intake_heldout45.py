"""The forty-fifth held-out set: 14 ordinary letters (letters/heldout45) like the samples in
shared/samples/agency-letters, written after set 44 was scored and fixed, eight state and local and six federal: the
Virginia State Police invoking seven more work days under Va. Code § 2.2-3704(B)(4) (e-mail), a Charlotte-Mecklenburg
Police acknowledgement with its received date, a Mississippi Department of Corrections fee estimate, a Montgomery
County (Maryland) Public Schools release in full (Word), a Kansas Highway Patrol partial release (PDF), a Cobb County
(Georgia) Sheriff's no-records e-mail, a New Mexico Department of Transportation request to clarify, a Florida
Department of Corrections denial under sections 119.071(3)(a) and 945.10(1)(e), Florida Statutes; an FMCSA
acknowledgement with a ten-day extension dated at its foot, an NRC partial release (e-mail), an FDA expedite denial,
a Defense Logistics Agency no-records letter dated "3 February 2026", a Transportation appeal decision affirming
Exemption 5 (PDF) and an Army Corps of Engineers district's interim release. Written from the agencies' published
wording and committed before the rules were run on them.

Blind score: 13 of 14 fully right (93%), and each of the 14 matched to its request by its number. This is the honest
figure for ordinary letters in wordings not yet seen. Wrong was:
- f05 (Kansas Highway Patrol): the right three exemptions, in the wrong order: "K.S.A. 45-221(a)(10), and ... the
  Driver's Privacy Protection Act, 18 U.S.C. § 2721, as incorporated by K.S.A. 45-221(a)(1)" gave the federal
  statute after both state sections, not in the letter's order.
After a general fix (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

SET = "heldout45"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The withheld information consists of criminal investigation records, not required to be disclosed under K.S.A. "
     "45-221(a)(10), and information protected by the Driver's Privacy Protection Act, 18 U.S.C. § 2721, as "
     "incorporated by K.S.A. 45-221(a)(1).",
     ("K.S.A. 45-221(a)(10)", "18 U.S.C. § 2721", "K.S.A. 45-221(a)(1)")),
    ("Driver's license numbers are redacted under 18 U.S.C. § 2721, and witness statements are withheld under "
     "Wis. Stat. § 19.36(8)(b).",
     ("18 U.S.C. § 2721", "Wis. Stat. § 19.36(8)(b)")),
])
def test_a_state_letters_federal_statute_keeps_the_letters_order(sentence: str, codes: tuple[str, ...]) -> None:
    found = events_in("Enclosed are 29 pages of records, portions of which have been redacted. " + sentence)
    assert [e.exemptions for e in found] == [codes]


def test_a_federal_letter_keeps_its_exemptions_in_the_statutes_order() -> None:
    # Not a state letter: FOIA's exemptions stay in the statute's order, and a statute cited alone is not added.
    found = events_in("Enclosed are 29 pages, portions of which have been withheld under Exemption 7(C) and "
                      "Exemption 6, and the Driver's Privacy Protection Act, 18 U.S.C. § 2721.")
    assert [e.exemptions for e in found] == [("(b)(6)", "(b)(7)(C)")]

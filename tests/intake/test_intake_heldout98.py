"""The ninety-eighth held-out set: 14 short letters (letters/heldout98) in the style and length of the samples in
shared/samples/agency-letters, nine from federal departments and agencies seldom met in earlier sets and five from
state agencies: a Department of Energy acknowledgement ("took receipt of your ... request on"), an EPA fee waiver
refused as "unable to waive the fees" (a quoted-printable e-mail), a National Park Service extension of "ten
workdays beyond the 20-workday statutory deadline", an OSHA partial release (PDF: "Sixty-four pages are enclosed;
nine of them contain redactions. An additional three pages were withheld in their entirety."), a HUD search that
"produced no documents matching your description", an FMCSA request for clarification (e-mail with the letter as a
PDF attachment), a Treasury appeal decision "upholding the Departmental Offices' determination in full", an NRC
interim response (PDF), an FCC expedited-processing refusal ("We must therefore deny expedited treatment"); an
Oregon Department of Transportation fee estimate (portal e-mail), a Colorado Department of Public Health and
Environment CORA extension of seven working days (Word, letterhead in the page header), a Michigan EGLE release
granted in part and denied in part under MCL 15.243(1)(g) (PDF), a Wisconsin Department of Corrections denial under
Wis. Stat. § 19.36(10)(b) and a Maryland Department of the Environment release in full. Committed before the rules
were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout98"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

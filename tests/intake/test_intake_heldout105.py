"""The hundred-and-fifth held-out set: 14 short letters (letters/heldout105) in the style and length of the samples in
shared/samples/agency-letters, written after set 104 was scored and fixed, all from state and local agencies of states
seldom in the earlier sets, each citing its own state's law in its own words: an Alabama Law Enforcement Agency
acknowledgement ("took receipt of your request"), a Honolulu Police Department (Hawaii) notice extending its time by
twenty business days (PDF), an Oklahoma Human Services refusal to move a request ahead (e-mail), a Nebraska State
Patrol release with its pages in words, a Maine Department of Health and Human Services fee "for a total of", a
Delaware Department of Justice opinion on a petition (the State Police "did not violate FOIA"), a City of Reno
(Nevada) portal e-mail whose search "turned up" no agreement, a Utah Transit Authority release in full (Word,
letterhead in the page header), a City of Memphis (Tennessee) first group of records, a Jefferson Parish Sheriff
(Louisiana) still-interested letter, a Connecticut Freedom of Information Commission complaint docketed (e-mail), a
Kansas Department of Health and Environment fee waiver refused, a South Carolina Department of Public Safety
refusal (PDF) and a Fayette County Public Schools (Kentucky) acknowledgement with ten more business days. Committed
before the rules were run on them.

Blind score: 7 of 14 fully right (50%), every letter matched to its request by its number. Wrong were:
- v01 (Alabama Law Enforcement Agency): nothing proposed: "ALEA took receipt of your request ... on October 5, 2026"
  (a receipt "taken", not read).
- v03 (Oklahoma Human Services, e-mail): nothing proposed: "You asked that we expedite ... We understand the urgency,
  but we cannot move your request ahead of those that came in before it" (expedition refused without the word).
- v06 (Delaware Department of Justice): nothing proposed: "We therefore conclude that DSP did not violate FOIA when it
  denied your request" (a petition's opinion, its number "Petition No. 26-IB-31", not taken for an appeal letter).
- v09 (City of Memphis, Tennessee): nothing proposed: "We are sending you the first group of records ...: 150 pages of
  payroll summaries" (a first "group" and pages "sent", not read as an interim release).
- v10 (Jefferson Parish Sheriff, Louisiana): nothing proposed: "Kindly advise within ten days ... whether this office
  should continue working on your request" (a still-interested question in the office's words).
- v12 (Kansas Department of Health and Environment): nothing proposed: "The Department therefore will not set aside
  the charges for your request" after "your request that the charges ... be waived".
- v13 (South Carolina Department of Public Safety, PDF): nothing proposed: "SCDPS is unable to release the collision
  reconstruction report you requested" (a report, not "records", refused).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout105"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "v01-alea-ack.txt", "v03-okdhs-expedite.eml", "v06-delaware-doj-opinion.txt", "v09-memphis-interim.txt",
    "v10-jpso-still.txt", "v12-kdhe-waiver.txt", "v13-scdps-denial.pdf"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

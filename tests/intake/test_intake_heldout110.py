"""The hundred-and-tenth held-out set: 14 short letters (letters/heldout110) in the style and length of the samples
in shared/samples/agency-letters, from health, benefits and science agencies, eight federal and six state: a CDC/ATSDR
acknowledgement taking ten more working days (an e-mail), an FDA fee estimate for a commercial requester, a CMS final
response with pages furnished with and without deletions (PDF), an NIH no-records answer (a quoted-printable e-mail),
a VA Office of General Counsel appeal decision granted in part, a Social Security "still interested" letter, an APHIS
second partial release (PDF), a NASA Goddard acknowledgement refusing expedited processing; a California Department
of Health Care Services CPRA extension to a named day, a Florida Department of Health release with redactions (an
e-mail), a Texas Health and Human Services Commission itemized statement of charges, a New York State Department of
Labor FOIL acknowledgement, a Pennsylvania Department of Human Services Right-to-Know denial (PDF) and an Illinois
Department of Employment Security no-records answer. Committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%), and each of the 14 matched to its request by its number. Wrong were:
- g01 (CDC, e-mail): nothing proposed: "It came into our office on November 30, 2026 and is being tracked as request
  #27-00215-FOIA" (a request that came "into" an office) and "we are invoking the FOIA's unusual circumstances
  provision and adding ten working days to the statutory response period" (days "added" to a period).
- g02 (FDA): no acknowledgement, received empty: "Our office has had your request since October 29, 2026."
- g03 (CMS, PDF): pages_withheld empty instead of 6: "The remaining 6 pages, which consist of provider-submitted
  financial statements and beneficiary information, cannot be disclosed to you in any form".
- g05 (VA appeal): exemptions (b)(5) and (b)(6) instead of (b)(6) alone: "Exemption 5 does not protect it, and the
  Regional Office will release it to you" (an exemption the decision rejects taken as upheld).
- g07 (APHIS, PDF): pages_released 14 instead of 212: "Enclosed are 212 pages from Animal Care's files. Portions of
  198 of these pages were redacted ... The other 14 pages are enclosed without redaction."
- h09 (California DHCS): no extension: "this unusual circumstance permits the Department to take up to 14
  additional days to determine whether it has disclosable records. The Department is using that time".
- h12 (New York DOL): received empty: "which was delivered to the Records Access Office on November 24, 2026".
- h14 (Illinois IDES): nothing proposed: "The Department has no records that respond to your request".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout110"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 6
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "g01-cdc-ack-ext.eml", "g02-fda-fee.txt", "g03-cms-partial.pdf", "g05-va-appeal.txt", "g07-aphis-interim.pdf",
    "h09-dhcs-ext.txt", "h12-nydol-ack.txt", "h14-ides-no-records.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

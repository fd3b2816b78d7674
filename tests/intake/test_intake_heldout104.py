"""The hundred-and-fourth held-out set: 14 short letters (letters/heldout104) in the style and length of the samples in
shared/samples/agency-letters, all from state and local agencies of states seldom in the earlier sets, each citing its
own state's law in its own words: a Clark County School District (Nevada) five-day notice with a received date and a
date the records should be ready (a quoted-printable e-mail), a Salt Lake County (Utah) GRAMA fee paid in advance, a
Tennessee Bureau of Investigation request "declined in its entirety" (PDF), a Louisville Metro Police (Kentucky) release
with its pages counted in words, a City of New Orleans (Louisiana) portal message asking which contractors (e-mail), a
University of Connecticut first production (Word, letterhead in the page header), an Indianapolis Metropolitan Police
(Indiana) search that found "nothing to produce", an Iowa Department of Transportation study released with nothing
redacted, a Kansas City Missouri Police Sunshine Law extension with its new date, a New Mexico Environment Department
request treated as withdrawn, a South Carolina Law Enforcement Division fee waiver, a Vermont Department of Public
Safety appeal decision, a Rhode Island Department of Corrections appeal acknowledgement (e-mail) and a Wichita State
University (Kansas) acknowledgement with a fee estimate. Committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%), every letter matched to its request by its number. Wrong were:
- u01 (Clark County School District, e-mail): expected_by empty: "The District anticipates that the records, to the
  extent any exist and are not confidential, will be ready on or before December 18, 2026" (a date the records will
  be ready, after a clause, not read as the approximate completion date).
- u02 (Salt Lake County, Utah): nothing proposed: "Compiling and formatting the logs will take approximately four hours
  at $24.15 per hour, which comes to $96.60" (a cost that "comes to" a sum not read as a fee estimate).
- u03 (Tennessee Bureau of Investigation, PDF): nothing proposed: "The request is therefore declined in its entirety"
  after "confidential and not open to public inspection under Tenn. Code Ann. § 10-7-504(a)(2)(A)".
- u04 (Louisville Metro Police, Kentucky): nothing proposed: "Twenty-five pages were identified. Twenty-three of them
  are provided to you with redactions, and the remaining two ... are withheld in full" (pages in words, "provided
  ... with redactions", and the exemptions KRS 61.878(1)(a) and (1)(h) at the ends of their sentences).
- u07 (Indianapolis Metropolitan Police, Indiana): nothing proposed: "Neither contains a record matching the date,
  location or case number you gave, so the Department has nothing to produce in response to your request".
- u09 (Kansas City Police, Missouri): extension_days and expected_by empty: "more time is required: ... will take
  another 15 business days. We expect the recordings to be available by December 23, 2026".
- u10 (New Mexico Environment Department): nothing proposed: "We are therefore treating your request as withdrawn and
  have closed it".
- u11 (South Carolina Law Enforcement Division): nothing proposed: "SLED has decided to waive the search, retrieval and
  redaction fees in full".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout104"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 6
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "u01-ccsd-ack.eml", "u02-slco-fee.txt", "u03-tbi-denial.pdf", "u04-lmpd-partial.txt", "u07-impd-no-records.txt",
    "u09-kcpd-ext.txt", "u10-nmed-withdrawn.txt", "u11-sled-waiver.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-nineteenth held-out set: 14 short letters (letters/heldout119) from state and local
public-records offices and the bodies that review them, written after set 118 was scored and fixed: a California
Department of Corrections and Rehabilitation release with redactions and six pages withheld under the Government
Code (PDF), a San Francisco Department of Police Accountability extension (a NextRequest e-mail: "the deadline for
our response has moved 14 days out, to May 8"), a New York DOCCS FOIL appeal granted in part and denied in part, a
Harris County Sheriff's Office (Texas) request for clarification under § 552.222(b), a Florida Department of Law
Enforcement acknowledgement, an Illinois Attorney General's Public Access Bureau acknowledgement of a Request for
Review, a Seattle Police Department five-day letter with its estimated date (a portal e-mail), a Pennsylvania Office
of Open Records final determination granting an appeal (PDF), a Massachusetts State Police fee estimate after the
four free hours, a New Jersey State Police OPRA denial of criminal investigatory records (Word, letterhead in the
page header), a Maricopa County Sheriff's Office (Arizona) second installment (e-mail), a City of Atlanta answer that
neither department has the contract asked for, a City of Minneapolis still-interested letter and a City of Colorado
Springs CORA retrieval fee. Committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), each of the 14 matched to its request by its number. Two answers were
corrected after scoring, by the project's conventions: z04's kinds were first written ["clarification_requested"]
alone, but an office "in receipt of your ... request" acknowledges it (as set 79's Houston letter), and the rules
had it right; z01's exemptions were first written "Cal. Gov. Code § ...", but a California citation keeps the
letter's own words ("Gov. Code § 7927.700"; z01 was a miss either way). Wrong were:
- z01 (CDCR, PDF): exemptions empty, pages released 424 instead of 212 and pages withheld empty: "(Gov. Code, §
  7927.700)" (California's official style, a comma before the section sign); "Enclosed are 212 pages. Of these, 171
  pages are produced as kept, and 41 pages carry redactions" (the parts of the total counted again); "Six further
  pages, which are the institution's emergency operations plans, are withheld in their entirety".
- z02 (San Francisco DPA, e-mail): extension days and date empty: "the deadline for our response has moved 14 days
  out, to May 8, 2026".
- z03 (New York DOCCS FOIL appeal): the second exemption missed: "under Public Officers Law § 87(2)(b) and could
  endanger the life or safety of those persons, § 87(2)(f)" (a bare section after the law was named).
- z12 (City of Atlanta): outcome empty: "neither department has in its possession any contract with that firm".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout119"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET = {"z01-cdcr-partial.pdf", "z02-sf-dpa-ext.eml", "z03-doccs-foil-appeal.txt", "z12-atlanta-no-records.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

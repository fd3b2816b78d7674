"""The hundred-and-first held-out set: 14 short letters (letters/heldout101) in the style and length of the samples
in shared/samples/agency-letters, written after set 100 was scored and before any rule was changed for it, eight
from Justice Department components and six from state and local law enforcement, prosecutors and corrections: an
FBI no-records answer (an eFOIPA e-mail with the letter attached as a PDF), a DEA acknowledgement whose request was
"logged in" and whose deadline is "pushed back" ten business days, an ATF release "enclosed with no deletions", a
Marshals Service second interim release of 128 of 151 pages reviewed, the rest duplicates (PDF), an EOUSA search fee
worked out from an hourly rate, a Bureau of Prisons still-interested letter, an OIP appeal acknowledgement (a
quoted-printable e-mail) and an OIP appeal decision affirming the FBI in part; a Virginia Department of Corrections
cost estimate, a Wake County Sheriff (North Carolina) no-records answer (e-mail), a Hennepin County Sheriff
(Minnesota) release with redactions (Word, letterhead in the page header), a DeKalb County Police (Georgia) denial
dated "11/19/2026" (PDF), a Colorado Department of Corrections portal acknowledgement (e-mail) and a Suffolk County
District Attorney (Massachusetts) request closed at the requester's wish. Committed before the rules were run on
them.

Blind score: 8 of 14 fully right (57%), and each of the 14 matched to its request by its number. Wrong were:
- w02 (DEA): neither the acknowledgement nor the extension: "It was logged in on October 14, 2026 and given the
  case number above" (after "... has your request for records of ...") and "the deadline for our response is pushed
  back by ten business days".
- w04 (Marshals Service, PDF): pages_released 151 (the pages reviewed) instead of 128: "We reviewed 151 pages this
  period and are enclosing 128 of them, 19 of which contain redactions".
- x09 (Virginia Department of Corrections): a clarification request instead of a fee estimate, no amount: "We
  project those costs at $87.50, based on 3.5 hours of staff time at $25.00 an hour. Please confirm that you wish to
  proceed at this cost."
- x10 (Wake County Sheriff, North Carolina, e-mail): no answer: "The Sheriff's Office has no records that match your
  request."
- x11 (Hennepin County Sheriff, Minnesota, Word): nothing proposed: "Please find attached the public data responsive
  to your request ..., totaling 33 pages. We redacted the identities of victims ..., which are private data under
  Minn. Stat. § 13.82, subd. 17."
- x14 (Suffolk County District Attorney, Massachusetts): outcome empty instead of withdrawn: "you told us that you no
  longer need the case disposition data ... In keeping with your wishes, we have closed this request".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout101"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"w02-dea-ack-ext.txt", "w04-usms-interim.pdf", "x09-vadoc-fee.txt",
                     "x10-wake-sheriff-no-records.eml", "x11-hennepin-sheriff-partial.docx",
                     "x14-suffolk-da-withdrawn.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-twenty-eighth held-out set: 14 short and medium letters (letters/heldout128) from state and
local public-records offices in large states, each written in its state's own vocabulary: a Los Angeles Police
Department portal message that logs the request's receipt and takes fourteen more days under the CPRA's unusual
circumstances (e-mail), a California Department of Corrections and Rehabilitation final response that produces
Bates-stamped pages with Penal Code redactions and withholds a few pages (PDF), a New York State Department of
Environmental Conservation FOIL acknowledgement with its approximate date, a New York Department of Corrections and
Community Supervision FOIL appeal decision that affirms the denial (PDF), a Dallas Police Department release after an
Attorney General's open records ruling, a Texas Department of Transportation request to narrow a request, with its
61-day withdrawal warning (e-mail), a Chicago Police Department five-business-day extension (e-mail), an Illinois
Department of Corrections denial to an incarcerated requester, a Washington Attorney General's Office closing of a
request whose first installment was never claimed (e-mail), a Hillsborough County Sheriff's Office special service
charge in a table with a half deposit (Word, letterhead in the page header), a Boston Police Department
acknowledgement that sets a later production date and estimates a fee, a Paterson (New Jersey) OPRA response that
grants one item with redactions and denies another, a Pennsylvania State Police Right-to-Know denial because no
records exist (PDF), and a Portland Police Bureau portal message that acknowledges and estimates the fee (e-mail).
Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout128"
# What the rules reach on this set now (not yet scored); it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET = {"a01-lapd-ext.eml", "a02-cdcr-partial.pdf", "a03-nysdec-ack.txt", "a04-doccs-appeal.pdf",
           "a05-dallas-ag-ruling.txt", "a06-txdot-clarify.eml", "a07-cpd-ext.eml", "a08-idoc-denial.txt",
           "a09-wa-ago-closed.eml", "a10-hcso-deposit.docx", "a11-bpd-ack-ext-fee.txt", "a12-paterson-opra.txt",
           "a13-psp-no-records.pdf", "a14-ppb-ack-fee.eml"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

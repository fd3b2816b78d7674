"""The hundred-and-forty-seventh held-out set: 14 form-shaped and invoice-shaped letters (letters/heldout147) from
state, local and federal bodies, written after set 136 was scored and fixed: a Pennsylvania Department of
Corrections notice of extension on the RTKL form with its reasons checked and a date of final response (PDF), a
Texas Department of Transportation itemized statement of estimated charges with a table of hours and rates (Word,
letterhead in the page header), a New Jersey borough's OPRA custodian's response form partly filled, an FBI release
letter with its exemption box grid (an e-mail with the letter attached as a PDF), a Tennessee Department of
Children's Services records request response form that denies, a Missouri State Highway Patrol Sunshine Law cost
estimate in tables (Word), a Lancaster County RTKL final response with its disposition checked, a NOAA fee estimate
and request for advance payment laid out as an invoice, an SFMTA portal e-mail with a status table and a new due
date (HTML), a Fort Bend County certification of delay under Tex. Gov't Code § 552.221(d) (PDF), a New Jersey school
district's special service charge worked out by task, hours and rate (e-mail), a DEA acknowledgement with its
items checked, a Kansas City, Missouri portal e-mail releasing a first installment, and a DHS SecureRelease closing
notice. Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout147"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "k01-pa-doc-ext-notice.pdf", "k02-txdot-itemized.docx", "k03-metuchen-opra-form.pdf", "k04-fbi-release.eml",
    "k05-tn-dcs-response-form.txt", "k06-mshp-sunshine-cost.docx", "k07-lancaster-rtkl-final.txt",
    "k08-noaa-fee-invoice.txt", "k09-sfmta-portal-extension.eml", "k10-fortbend-certification.pdf",
    "k11-nj-schools-special-charge.eml", "k12-dea-ack-checkbox.txt", "k13-kcmo-portal-installment.eml",
    "k14-dhs-securerelease-closed.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

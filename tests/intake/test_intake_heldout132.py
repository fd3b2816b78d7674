"""The hundred-and-thirty-second held-out set: 14 e-mails and portal messages (letters/heldout132), seven federal
and seven state and local, written after set 126 was scored and fixed: a Lubbock GovQA notice that logs a Texas
Public Information Act request (its submission date in a field list), Portland's NextRequest closure releasing
documents with Oregon redactions, the Commerce Department's Public Access Link closure with NOAA Fisheries' final
response attached as a PDF (pages released in full, in part and withheld, Exemptions 4, 5 and 6), an Evanston GovQA
due-date change (an HTML-only e-mail, five more business days under Illinois FOIA), an FMCSA reply with a revised fee
estimate above a quoted thread that holds the request's receipt, an extension and an older estimate, Ann Arbor's
JustFOIA notice that extends the response time and itemizes a cost estimate with a deposit, an ICE SecureRelease
closure for want of the subject's consent, NASA's appeal decision attached as a Word file (Exemption 5 redactions
reversed, Exemption 6 affirmed), the Small Business Administration's PAL acknowledgement (HTML-only, a field table with
received, perfected and target dates) refusing expedited processing, an SEC interim release in PAL, an NYC
OpenRecords acknowledgement with the date the agency expects to respond, the Maryland State Police denial attached
as a PDF (GP §§ 4-351 and 4-311), a Department of Energy reply that closes a request with no records above the
requester's quoted message, and Hillsborough County's GovQA completion notice (18 pages, nothing redacted).
Committed before the rules were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout132"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "q01-lubbock-govqa-logged.eml", "q02-portland-nextrequest-closed.eml", "q03-noaa-pal-closed.eml",
    "q04-evanston-due-date.eml", "q05-fmcsa-reply-fee.eml", "q06-annarbor-justfoia-ext-fee.eml",
    "q07-ice-securerelease-closed.eml", "q08-nasa-appeal-docx.eml", "q09-sba-pal-ack-expedite.eml",
    "q10-sec-interim.eml", "q11-nyc-openrecords-ack.eml", "q12-msp-pia-denial.eml", "q13-doe-reply-no-records.eml",
    "q14-hillsborough-completed.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

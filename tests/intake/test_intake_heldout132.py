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

Blind score: 8 of 14 fully right, and each of the 14 matched to its request by its number. q10's expected exemptions
were first written in the letter's order ("(b)(6)", "(b)(7)(C)", "(b)(5)"), where the project's form puts FOIA's in
the statute's order; the answer was corrected, not the letter, and q10 is wrong either way (its pages). Wrong were:
- q01 (Lubbock GovQA, e-mail): a tracking number only, no acknowledgement and no date received: "The City of Lubbock
  has logged the Public Information Act request shown below into its Public Records Center." above a field list with
  "Date Submitted: 11/20/2026" (a portal's submission date not read as the receipt, "logged" not read as one).
- q04 (Evanston GovQA, HTML-only e-mail): expected_by empty: "The due date of this request has been extended to
  <b>12/2/2026</b>." (the new due date after "extended to", a numeric date in bold).
- q07 (ICE SecureRelease, e-mail): no event at all: "Closure Reason: No Response from Requester" and "As of today, ICE
  has not received the signed consent or any other reply from you. Your request has therefore been closed, and no
  further action will be taken on it." (a closure for want of the requester's answer, a withdrawal).
- q08 (NASA appeal decision, Word attached): exemptions (b)(5) and (b)(6) instead of (b)(6): "I am therefore
  reversing JSC's redactions under Exemption 5 in the final briefing" and "I affirm those redactions" (an exemption
  whose redactions the appeal decision reverses is not upheld).
- q10 (SEC interim release, e-mail): pages_released 388 instead of 406: "... are making 406 pages available to you
  in the FOIA Public Access Link (PAL) ... Of those pages, 388 are released in full. On the other 18 we have redacted
  ..." (pages "made available" not read as the release; only the in-full count taken).
- q11 (NYC OpenRecords, e-mail): no event at all: "Your FOIL request FOIL-2026-827-09114 has been acknowledged by the
  Department of Sanitation." and "The Department of Sanitation expects to provide a response to your request on or
  about 12/31/2026." (a passive acknowledgement by the agency named after it; the expected date of a response).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout132"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "q01-lubbock-govqa-logged.eml", "q04-evanston-due-date.eml", "q07-ice-securerelease-closed.eml",
    "q08-nasa-appeal-docx.eml", "q10-sec-interim.eml", "q11-nyc-openrecords-ack.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-thirty-seventh held-out set: 14 letters (letters/heldout137) about appeals and what follows them,
written after set 131 was scored and fixed, and so after reading the rules: its wordings were chosen deliberately
among those the rules were not seen to handle. Eight federal and six state: a Justice Department Office of
Information Policy decision that finds EOUSA's response correct and closes the appeal file, a DHS Office of the
General Counsel e-mail saying the appeal was logged, with a target decision date in a details block, a CBP appeal
decided in the requester's favour with the report enclosed unredacted, a USCIS automated appeal acknowledgement
(e-mail), a State Department acknowledgement that took delivery of the appeal letter, a Navy appeal decision granted
as to some pages and denied as to redactions (PDF, dated in the Navy's "30 Nov 26"), and EOUSA's new answer after a
remand that again found nothing; a New York State Police FOIL appeal determination that leaves the denial in place,
a Pennsylvania Office of Open Records final determination dismissing an appeal as moot (PDF), a Harris County
Sheriff's release after an Attorney General letter ruling (portal e-mail), an Illinois Public Access Counselor
determination that the District complied in part, a Connecticut Freedom of Information Commission e-mail docketing
a complaint, a Defense Logistics Agency appeal acknowledgement with its facts in a table (Word, letterhead in the
page header), and a California Highway Patrol answer to a request to take a second look, standing by its denial.
Committed before the rules were run on them.

Blind score: 4 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- m01 (OIP): outcome "other" instead of denied: "I have determined, after this review, that EOUSA's response to your
  request was correct in every respect, and I am closing your appeal file with that result." (the response found
  correct is an affirmance; the file closed on it is no appeal closed without a decision).
- m02 (DHS OGC, e-mail): no event: "... confirms that your administrative appeal concerning FOIA request
  2026-HQFO-03116 is now in our queue. It was logged into our system on November 25, 2026 under the number in the
  subject line above." and the line "Target decision date: 12/24/2026"; the appeal number only in the subject "Your
  FOIA Appeal - 2027-HQAP-00088" and "Please quote 2027-HQAP-00088 in any further correspondence."
- m03 (CBP): a final determination (partial grant, with the exemptions recited and 16 pages) instead of an appeal
  decision reversing: "The appeal is decided in your favor. A complete copy of the report, 8 pages without any
  redaction, is enclosed." beside the recital "The FOIA Division released the eight-page report with ... redacted".
- m05 (State): no event: "We have your letter of November 16, 2026, in which you ask the Department to reconsider, on
  appeal, its withholding ..." and "The Office of Information Programs and Services took delivery of your letter on
  November 20, 2026."
- m06 (Navy, PDF): a full grant, no exemptions and no pages: "Accordingly, your appeal is granted with respect to the
  cost worksheets and denied with respect to the residents' personal information.", "... and they are released to
  you in full with this letter" (the three worksheets) and "Those redactions were correctly applied under Exemption
  6."
- m08 (New York State Police): no event: "I find no basis to disturb the Records Access Officer's response, which is
  therefore left in place." after "Your letter received in this office on November 9, 2026 appealed the denial ...".
- m09 (Pennsylvania OOR, PDF): a final determination with no outcome and "65 P.S. § 67.901" as an exemption: "the
  appeal is dismissed as moot" and "The Borough did not respond within five business days, and the Request was
  deemed denied. 65 P.S. § 67.901."
- m11 (Illinois PAC): a final determination instead of an appeal decision: "RE: FOIA Request for Review - 2026 PAC
  86902", "... concludes that Evanston/Skokie School District 65 (District) did not fully comply with FOIA ...", "The
  District's withholding of the separation agreement was therefore improper." and "... was not in violation of FOIA."
- m12 (Connecticut FOIC, e-mail): no event: "The Freedom of Information Commission has docketed your complaint
  against the Police Department, City of Norwalk, ..." and "The complaint was filed with the Commission on December
  1, 2026.", its docket number in the subject "Docket #FIC 2026-0688 ...".
- m14 (California Highway Patrol): a final determination instead of an appeal decision: "Your e-mail of November 13,
  2026 asked us to take a second look at the Department's October 30, 2026 response ..." and "For these reasons the
  Department stands by its October 30 response."
Noticed but right by the score: m06's appeal number read as "ACT APPEAL DON-NAVY-2027-000058" (the words before it in
the subject line "FREEDOM OF INFORMATION ACT APPEAL DON-NAVY-2027-000058" taken into the number).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout137"
# What the rules reach on this set now (blind: 4); it may only go up.
FLOOR = 4
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "m01-oip-eousa-affirmed.txt", "m02-dhs-appeal-ack.eml", "m03-cbp-appeal-reversed.txt", "m05-state-appeal-ack.txt",
    "m06-navy-appeal-partial.pdf", "m08-nysp-foil-appeal.txt", "m09-pa-oor-moot.pdf", "m11-il-pac-determination.txt",
    "m12-ct-foic-complaint-ack.eml", "m14-chp-reconsideration.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

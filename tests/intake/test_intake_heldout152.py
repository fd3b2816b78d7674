"""The hundred-and-fifty-second held-out set: 14 letters (letters/heldout152) about appeals and the letters around
them, written after set 151 was scored and fixed and after reading the rules, so in wordings chosen because the rules
were not seen to handle them; ten federal and four state: a Commerce General Counsel e-mail that dockets an appeal
"time-stamped as filed with us", an IRS Independent Office of Appeals letter that sustains a withholding under IRC
§ 6103 (its particulars in a right-hand column), a Labor Solicitor's decision that sets OSHA's response aside and
sends the request back, an FAA appeal decision that gives 8 pages and keeps 4 that "stay withheld" (PDF), an
Education e-mail that reverses a withholding in its entirety, a VA General Counsel denial (Word, letterhead in the
page header), an Army appeal acknowledgement with the day a ruling is expected (day-month-year dates), a Secret
Service e-mail that acknowledges an appeal "coming in" and needs ten more business days, an Interior Solicitor's
decision that releases 26 pages to come and upholds the rest (PDF), an Air Force memorandum that affirms; a Kentucky
Attorney General decision that dismisses an appeal as moot, a New Jersey Government Records Council letter that
dockets a complaint, a Washington State Patrol review of its redactions that releases a corrected report (e-mail),
and an Ohio Court of Claims judgment entry that adopts a special master's recommendation. Committed before the rules
were run on them.

Blind score: 3 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- p01 (Commerce, e-mail): nothing proposed: "The Office of the General Counsel's docket now shows your appeal from
  the Census Bureau's handling of FOIA request DOC-CEN-2026-004418, time-stamped as filed with us on November 19,
  2026. We have entered it as DOC-OS-2027-000311, ..." (an appeal on the docket, filed "with us", entered "as").
- p02 (IRS Appeals): no outcome: "After looking at the file, we see no error in the Disclosure Office's response.
  The records were correctly withheld under FOIA exemption (b)(3) together with IRC § 6103, and we are sustaining
  that withholding." ("we are sustaining that withholding").
- p03 (Labor, OSHA): no outcome, and Exemption 7(A) kept: "OSHA's response is set aside. Your request goes back to
  the Chicago North Area Office, which will review the inspection file again ..." (set aside, the request sent
  back).
- p04 (FAA, PDF): Exemption 5 kept and no pages: "We are giving you those 8 pages without redaction with this
  letter." "The other 4 pages stay withheld under Exemption 6." "Your appeal is therefore granted as to the
  worksheets and denied as to the medical certificate data." (pages given, pages that "stay withheld", a decision
  granted as to one thing and denied as to another).
- p07 (Army): no date received: "Your letter came to this office on 17 November 2026 and we have entered your
  appeal in the Army FOIA appeals log under FA-27-0012-A." (the appeal letter named before, its coming in told).
- p08 (Secret Service, e-mail): no appeal acknowledged, no date received, no appeal number: "Our records show the
  appeal coming in on November 30, 2026, and it bears Appeal Number 20270027."
- p09 (Interior, PDF): Exemption 5 dropped and no pages: "Those 26 pages will be sent to you by NPS within 20
  workdays of the date of this decision." "The other 5 pages are a draft ...; NPS properly kept it back under
  Exemption 5." (pages to be sent; pages "properly kept back").
- p11 (Kentucky Attorney General): no outcome: "... there is no longer a live dispute for the Office to decide, and
  this appeal is dismissed." (an appeal dismissed as moot).
- p12 (New Jersey GRC): an acknowledgement of a request instead of a complaint's, no appeal number: "Your Denial of
  Access Complaint ..., was filed with the GRC on November 20, 2026, and has been designated GRC Complaint No.
  2026-503."
- p13 (Washington State Patrol, e-mail): a final determination instead of an appeal decision, and RCW 42.56.240(1)
  and RCW 46.52.030 among the exemptions: "Your November 16, 2026 e-mail challenged the redactions ..." and "the
  Public Records Officer's supervisor has looked at the redactions again" (a review of redactions the requester
  challenged; only "remain confidential under RCW 46.52.120" is upheld).
- p14 (Ohio Court of Claims): nothing proposed: "JUDGMENT ENTRY" ... "The court therefore adopts the report and
  recommendation. Respondent is ORDERED to provide Requester with the requested dispatch logs, redacting only the
  callers' Social Security numbers." (a court adopting its special master's recommendation).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout152"
# What the rules reach on this set now (blind: 3); it may only go up.
FLOOR = 3
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "p01-census-appeal-ack.eml", "p02-irs-appeal-sustained.txt", "p03-osha-appeal-set-aside.txt",
    "p04-faa-appeal-partial.pdf", "p07-army-appeal-ack.txt", "p08-usss-appeal-ack-ext.eml",
    "p09-nps-appeal-partial.pdf", "p11-ky-ag-moot.txt", "p12-nj-grc-complaint-ack.txt",
    "p13-wsp-internal-review.eml", "p14-ohio-coc-judgment.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

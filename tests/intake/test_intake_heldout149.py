"""The hundred-and-forty-ninth held-out set: 14 state and local letters (letters/heldout149) from states other than
the biggest ones, each in that state's own way of citing its law: a Fairfax County Police Department acknowledgement
that takes Virginia's seven more working days and names the new date, a Baltimore County Public Schools letter that
declines a fee waiver and estimates the fee in a table (PDF), a Durham Police Department NextRequest closing e-mail
that releases two documents and withholds the rest under North Carolina's "G.S." sections, a DeKalb County Police
Department answer that no such record exists (Georgia), an Aurora Police Department e-mail that extends a CORA
request and estimates the research fee, a Hamden Public Schools release with pages withheld under Connecticut's
"C.G.S." sections (Word, letterhead in the page header), a Grand Rapids notice "granted in part and denied in part"
with its boxes ticked and Michigan's "Section 13(1)(a) of the Michigan FOIA", a Columbus City Schools release with
Ohio's "Ohio Rev. Code" redactions (PDF), a Hennepin County Sheriff's Office e-mail closing an unanswered data
request (Minnesota), a Wisconsin Department of Corrections acknowledgement with a location fee and prepayment, a Las
Vegas Metropolitan Police Department e-mail that acknowledges and names the date the records will be ready (Nevada's
NRS 239.0107), a Bernalillo County Sheriff's Office IPRA release citing "Section 14-2-1(D) NMSA 1978", a Hawaii
Department of Transportation UIPA "Notice to Requester" with its received date and fees in table rows (Word), and a
District of Columbia Mayor's Office of Legal Counsel appeal decision that affirms a denial. Committed before the
rules were run on them.

Blind score: 5 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- b02 (Baltimore County Public Schools, PDF): no fee waiver decision: "BCPS has considered these factors and
  declines to waive the fee." (a waiver declined, the fee as object).
- b03 (Durham, NextRequest e-mail): pages empty: "Documents released:" followed by lines "26-0419982 Incident
  Report (redacted).pdf - 11 pages" and "CAD Event Chronology 26-0419982.pdf - 6 pages" (a list of released files
  with their page counts).
- b06 (Hamden, Word): exemptions missed 20 U.S.C. § 1232g and read "C.G.S. § 10-234bb" as § 10-234b: "... is
  confidential under the Family Educational Rights and Privacy Act, 20 U.S.C. § 1232g, and under C.G.S. §
  10-234bb."
- b07 (Grand Rapids): exemptions only MCL 37.203: "1. Names, dates of birth and home addresses of civilian
  witnesses - Section 13(1)(a) of the Michigan FOIA, as information of a personal nature ..." and "2. The identity
  of a person who supplied information to investigators in confidence - MCL 15.243(1)(b)(iii)." (a list of what was
  redacted, each item naming its exemption after a dash).
- b08 (Columbus City Schools, PDF): exemptions only R.C. 149.43(A)(1)(v): "Release of that information is barred
  by Ohio Rev. Code § 3319.321 and by the Family Educational Rights and Privacy Act, 20 U.S.C. § 1232g."
- b11 (Las Vegas Metropolitan Police, e-mail): no extension: "Per NRS 239.0107(1)(c), please be advised that the
  LVMPD is unable to make the requested records available within five business days. ... The LVMPD anticipates
  that the records will be available on or before January 8, 2027." (Nevada's notice of a later date).
- b12 (Bernalillo County Sheriff, New Mexico): exemptions empty: "... has been removed pursuant to Section
  14-2-1(D) NMSA 1978", "redacted as protected personal identifier information under Section 14-2-1(B) NMSA 1978"
  and "their release is prohibited by federal law, 28 C.F.R. § 20.33".
- b13 (Hawaii Department of Transportation, Word): amount 65.00 (the prepayment) instead of the total: "| Total
  estimated fees and costs | $130.00 |" beside "you must prepay 50 percent of the estimated fees, $65.00".
- b14 (D.C. Mayor's Office of Legal Counsel): read as a final determination, no appeal number and no outcome:
  "RE: FOIA Appeal 2027-042", "This letter responds to the administrative appeal you submitted to the Mayor" and
  "Accordingly, we AFFIRM MPD's decision and your appeal is dismissed."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout149"
# What the rules reach on this set now (blind: 5); it may only go up.
FLOOR = 5
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b02-bcps-md-waiver-fee.pdf", "b03-durham-pd-nextrequest.eml", "b06-hamden-boe-partial.docx",
    "b07-grand-rapids-partial.txt", "b08-columbus-schools-partial.pdf", "b11-lvmpd-ack-ext.eml",
    "b12-bcso-nm-ipra-partial.txt", "b13-hi-dot-notice-fee.docx", "b14-dc-molc-appeal-affirmed.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-forty-fifth held-out set: 14 short standard letters (letters/heldout145) from agencies and offices
not seen in the earlier sets, each in its own template wording, seven federal and seven state: a National Credit
Union Administration acknowledgement (e-mail) whose request is dated one day and received another, a Justice
Department Antitrust Division partial release whose withholdings rest on the Antitrust Civil Process Act (PDF), a
Bureau of Ocean Energy Management fee estimate for a commercial requester that puts the request on hold (e-mail as
sent), a Natural Resources Conservation Service no-records answer, a Federal Railroad Administration acknowledgement
that takes ten more working days with the new due date in a table row (Word, letterhead in the page header), a SAMHSA
letter that refuses expedited processing and grants a fee waiver under headings, a Defense Threat Reduction Agency
first interim release (PDF); a Texas Commission on Environmental Quality itemized statement of estimated charges, an
Ohio EPA e-mail releasing records with trade secrets redacted, an Illinois EPA acknowledgement that extends the time
by five business days, a Florida Department of Environmental Protection portal e-mail closing a request with no
records (HTML), a Delaware DNREC denial of the whole request (PDF), an Iowa Department of Natural Resources first
release with its counts in a table (Word), and a South Carolina Department of Environmental Services notice with a fee
estimate and a deposit. Committed before the rules were run on them.

Blind score: 8 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h05 (Federal Railroad Administration, Word): no acknowledgement and no date received: "Your Freedom of Information
  Act (FOIA) request for the accident and incident reports, ..., on September 3, 2026, reached the FRA FOIA Office on
  November 16, 2026." (the request "reached" an office, after a long object).
- h06 (SAMHSA): no fee waiver decision: under the heading "REQUEST FOR A FEE WAIVER", "You also asked us to waive all
  fees. ... You meet each of the criteria, so you will not be charged for the processing of this request."
- h07 (Defense Threat Reduction Agency, PDF): the (b)(3) exemption without its statute: "5 U.S.C. § 552(b)(3), which
  protects information exempted from release by statute, in this case 10 U.S.C. § 130e (critical infrastructure
  security information)".
- h08 (Texas Commission on Environmental Quality): no acknowledgement and no date received: "TCEQ logged your Public
  Information Act request as received on November 18, 2026."
- h12 (Delaware DNREC, PDF): nothing proposed: "After careful review, DNREC cannot grant your request for any of these
  records." with the reasons "... are not public records under 29 Del. C. § 10002(o)(6)" and "... under 29 Del. C. §
  10002(o)(9)".
- h13 (Iowa Department of Natural Resources, Word): pages_released 31 instead of 229: the table rows "| Records in
  this release | 229 pages |" and "| Released with redactions | 31 pages |" (the redacted pages are among the 229).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout145"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h05-fra-ack-ext.docx", "h06-samhsa-expedite-waiver.txt", "h07-dtra-interim.pdf", "h08-tceq-ack-fee.txt",
    "h12-dnrec-denial.pdf", "h13-iowa-dnr-interim.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The hundred-and-forty-eighth held-out set: 14 form-shaped and invoice-shaped letters (letters/heldout148) from
state, local and federal bodies, written after set 147 was scored and fixed, and after reading the rules: so written
deliberately in wordings those rules were not seen to handle. A Pennsylvania Department of Health RTKL interim
response whose dates stand in a table ("Request came into the Open Records Office", "This notice issued", "Response
will be sent no later than"; Word, letterhead in the page header), an El Paso itemized statement with leader dots
and a "Grand total of estimated charges" (PDF), a New Jersey Department of Corrections custodian response with
ballot-box glyphs, a Nashville Metro Water response form with a cost table, a Greene County, Missouri Sunshine Law
delay notice (e-mail), an Army CID no-records response with boxes (PDF), a Department of Energy fee invoice with a
credit line (an e-mail with the invoice attached as a PDF), a Sonoma County Sheriff's GovQA closing notice with a
status table (HTML), a Spokane second installment (e-mail), a Wake County special service charge table with a
deposit of half (Word), a Labor Department Solicitor's extension with "Determination now due:" (e-mail), an Oak
Park FOIA notice of extension with its reasons ticked (PDF), a Sarasota invoice with "BALANCE DUE", and a Fairfax
County Police five-day response with its box ticked for seven more work days. Committed before the rules were run
on them.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- m01 (Pennsylvania Department of Health, Word table): no acknowledgement, no date received and no expected date:
  the rows "| Request came into the Open Records Office | Monday, November 30, 2026 |" and "| Response will be sent
  no later than | January 6, 2027 |".
- m03 (New Jersey DOC custodian response): nothing found: "Custodian Action:" over "☒ Denied - see explanation
  below" (a ticked disposition on a line of its own under its label) and "... they are criminal investigatory
  records, N.J.S.A. 47:1A-1.1, and records that the Department's regulations keep confidential, which OPRA leaves
  in place under N.J.S.A. 47:1A-9(a)".
- m08 (Sonoma County Sheriff, GovQA HTML): pages empty: the row "Files in the Public Records Center | 3 (57
  pages)".
- m09 (Spokane, e-mail): pages empty: "The second batch of records for this request, 212 pages, is now in your
  portal account."
- m11 (Labor Department Solicitor, e-mail): no expected date: "Determination now due: December 31, 2026."
- m12 (Oak Park FOIA notice, PDF form): no acknowledgement, no date received, no expected date: the fields "FOIA
  received on:         11/25/2026" and "Answer now due by:        12/09/2026".
- m14 (Fairfax County Police): no acknowledgement and no date received: "Your Virginia Freedom of Information Act
  request arrived in Central Records on Monday, November 30, 2026."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout148"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "m01-pa-doh-extension.docx", "m03-njdoc-opra-denial.txt", "m08-sonoma-govqa-closed.eml",
    "m09-spokane-installment.eml", "m11-dol-sol-extension.eml", "m12-oak-park-foia-ext-form.pdf",
    "m14-fairfax-police-5day.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

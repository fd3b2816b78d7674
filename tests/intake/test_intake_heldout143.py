"""The hundred-and-forty-third held-out set: 14 long letters (letters/heldout143) whose facts are scattered over
several pages, headings, lists, tables, enclosure and copy lists and footers, most of them quoting the request in
full with its own dates and sums, and closing with appeal-rights and OGIS boilerplate that has its own days and
addresses. Seven federal and seven state: a NOAA final response that grants in part with its page counts in a table
(PDF of three pages, the number and "Page 2 of 3" in each footer), an OSHA acknowledgement that takes ten more working
days under numbered headings, an FAA second partial release whose documents are a numbered list (an e-mail with the
letter attached), a Navy appeal decision that grants in part (military date, references list, PDF of two pages), a
Department of Education letter that denies a fee waiver and estimates the fee in a table (Word, letterhead in the
page header), an FDA e-mail that asks three questions in a bulleted list, a NASA appeal acknowledgement that quotes
the appeal (an e-mail); a Texas Commission on Environmental Quality release with redactions under a previous
determination (a "Date:" block), a California DTSC acknowledgement that takes 14 more days, a New York DEC FOIL portal
acknowledgement with its fields (an e-mail), a Florida DEP special service charge estimate, an Illinois EPA release in
part with a disposition table (Word) that recalls an earlier extension letter, a Michigan DNR notice of extension and
fee estimate with its itemization (PDF of two pages), and a Pennsylvania DEP final response that has no records and
recalls its earlier 30-day extension. Committed before the rules were run on them.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- m01 (NOAA, PDF): pages_released 214 instead of 188 and no pages withheld: the table in columns without bars
  ("Released without any redaction  131", "Released with portions redacted  57", "Withheld in their entirety  26",
  "Total pages reviewed  214") was not read; the total and the enclosure list "Responsive records released in part
  (57 pages)" were.
- m03 (FAA, e-mail): a final determination (partial grant) instead of an interim release: "This is the second in a
  series of releases on your Freedom of Information Act request ..." and "The Certification Office has about 150 more
  pages to review. We will send you the next release as soon as that review is done, ..." were not read as a release
  to be continued; pages_released 126 instead of 92: the numbered list's "Comments received in the Airworthiness
  Directive docket (34 pages, released in full)." added to "Ninety-two of them are being released to you, ...".
- m04 (Navy appeal, PDF): no pages released: "The 14 pages of findings are enclosed, and the 8 pages of opinions and
  recommendations continue to be withheld in full."
- m06 (FDA, e-mail): a fee estimate of $100.00 from the quoted request ("Fee limit: $100.00.") instead of a
  clarification request: "Before we can move forward I need the following from you:" (a bulleted list) and "If I do
  not hear back from you by December 30, 2026, I will assume you are no longer interested and administratively close
  the request."
- m09 (California DTSC): no acknowledgement, no date received and no expected date: "This letter concerns the
  California Public Records Act request that the Department of Toxic Substances Control (DTSC) logged on November 17,
  2026." and "DTSC will notify you of its determination no later than December 11, 2026, ...".
- m12 (Illinois EPA, Word): an acknowledgement instead of a final response in part: "This letter responds to your
  request ..., which the Illinois EPA received on November 3, 2026." read as an acknowledgement; "Some of what they
  found is being provided to you and some is not, as set out below." and the table rows "| Internal e-mails | 47 | 35
  provided with redactions; 12 withheld |", "| Total | 140 | 128 provided; 12 withheld |" not read, nor "exempt under
  Section 7(1)(c) of the Act, 5 ILCS 140/7(1)(c)" and "exempt under Section 7(1)(f), 5 ILCS 140/7(1)(f)".
- m13 (Michigan DNR, PDF): no acknowledgement nor date received: "The Department of Natural Resources (DNR) received
  your request under the Michigan Freedom of Information Act (FOIA), MCL 15.231 et seq., by e-mail on November 17,
  2026."; no expected date: "The DNR will respond to your request on or before December 10, 2026."; and a request
  closed (withdrawn) from the warning "If the DNR does not receive the deposit within 48 days of the date of this
  notice, your request will be considered abandoned under MCL 15.234(8)."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout143"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "m01-noaa-partial.pdf", "m03-faa-interim.eml", "m04-navy-appeal-partial.pdf", "m06-fda-clarify.eml",
    "m09-dtsc-ack-ext.txt", "m12-iepa-partial.docx", "m13-mdnr-ext-fee.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

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
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout143"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "m01-noaa-partial.pdf", "m02-osha-ack-ext.txt", "m03-faa-interim.eml", "m04-navy-appeal-partial.pdf",
    "m05-ed-waiver-fee.docx", "m06-fda-clarify.eml", "m07-nasa-appeal-ack.eml", "m08-tceq-partial.txt",
    "m09-dtsc-ack-ext.txt", "m10-nysdec-ack.eml", "m11-fdep-fee.txt", "m12-iepa-partial.docx",
    "m13-mdnr-ext-fee.pdf", "m14-padep-no-records.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

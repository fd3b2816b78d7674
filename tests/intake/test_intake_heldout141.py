"""The hundred-and-forty-first held-out set: 14 letters (letters/heldout141) about surveillance and immigration
enforcement, nine federal and five state and local: an ICE acknowledgement that quotes a request for Clearview AI
records and takes ten more working days (e-mail), a CBP final response on commercial licence-plate reader data that
releases pages in full and in part and withholds others (PDF), a USCIS letter that asks a request on social media
vetting to be narrowed, quoting its words, a DHS Privacy Office acknowledgement of a request for data broker
contracts (LexisNexis, Thomson Reuters CLEAR) that denies expedited processing and grants a fee waiver, a DHS OIG
no-records answer on a 287(g) agreement (PDF), an EOIR release in full of its data-sharing agreement with ICE (Word,
letterhead in the page header), an FBI third interim release on facial recognition with checked exemption boxes
(PDF), an ICE appeal decision that grants an appeal as to one exemption and affirms the rest, a CBP appeal
acknowledgement (e-mail); a Florida sheriff's acknowledgement of a 287(g) records request with a special service
charge estimate, a Washington Department of Licensing five-day letter (e-mail), an Illinois State Police extension
for fusion-centre records, a San Diego Police Department CPRA release on licence-plate readers (e-mail), and a New
York Attorney General FOIL appeal decision. Committed before the rules were run on them.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- l01 (ICE, e-mail): no acknowledgement and no date received, and a final determination read from the quoted
  request: "The ... (ICE) Freedom of Information Act (FOIA) Office logged your request on November 16, 2026, three
  days after the date on your letter" (a receipt "logged"), and the request quoted on its own line: "All contracts,
  ... including records of any searches that were denied, rejected, or flagged for review, ..." (the requester's
  words taken for the agency's).
- l03 (USCIS): no clarification asked: "Before we can search for these records we need more information from you."
  with "Please let us know, in writing, how you would like to proceed." (only the control number was proposed).
- l05 (DHS OIG, PDF): nothing proposed: "Neither search turned up a record of any OIG inspection, evaluation or
  investigation of the Cobb County agreement, and so there are no working papers, notes or drafts to provide."
- l07 (FBI, PDF): pages_withheld empty: "The FBI has completed its review of another 500 pages, of which 431 pages
  are being released to you in full or in part." (pages reviewed less pages released are withheld).
- l08 (ICE appeal decision): outcome a full grant and no exemptions: "I am therefore granting your appeal as to the
  pricing redactions and otherwise affirming the FOIA Office's response." (a grant "as to" one part, the rest
  affirmed, is a partial grant; the exemptions upheld: "They were properly withheld under Exemption (b)(7)(E)" and
  "were properly redacted under Exemptions (b)(6) and (b)(7)(C)").
- l11 (Washington DOL, e-mail): no acknowledgement, no date received, no expected date: "Thank you for your request
  for public records, which the Department of Licensing's Public Records Office received on Tuesday, November 24,
  2026." (a weekday before the date) and "we estimate that the first installment will be ready on or before January
  22, 2027".
- l13 (San Diego police, e-mail): pages_released 79 instead of 51: "In total, 51 pages are released; 28 of them
  contain redactions." (the pages with redactions, part of the 51, added to them).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout141"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "l01-ice-ack-ext.eml", "l03-uscis-clarify.txt", "l05-dhs-oig-no-records.pdf", "l07-fbi-interim.pdf",
    "l08-ice-appeal-partial.txt", "l11-wa-dol-ack.eml", "l13-sdpd-alpr-partial.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

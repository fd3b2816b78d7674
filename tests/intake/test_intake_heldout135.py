"""The hundred-and-thirty-fifth held-out set: 14 letters (letters/heldout135) from the Justice Department's
components and the State Department, written after set 129 was scored and fixed and after reading the rules, so
that they deliberately use wordings the rules were not seen to handle: an FBI third interim release whose other
pages are "out for consultation" (PDF), an FBI estimate of duplication charges by the compact disc, an Office of
Information Policy appeal decision that affirms "on partly modified grounds", a FOIA STAR e-mail that an appeal was
entered (its fields in columns), an EOIR letter that asks for a respondent's A-number and consent before it can
search (Word), a Marshals Service acknowledgement that puts the request in the expedited queue, a DEA e-mail that
sums professional and clerical time and copies into one estimate, an ATF letter that closes a request whose fees
were never agreed to, a Civil Rights Division final response that encloses pages, redacts some and withholds
"a further 22 pages" (PDF), an EOUSA acknowledgement of a request "placed in this office's processing queue", a
State Department second interim response that counts documents, not pages (e-mail), a State no-records answer
("retrieved nothing that responds"), a State Appeals Review Panel decision that sends the request back for a new
search (PDF), and a Bureau of Prisons release in full ("nothing has been redacted") (Word). Committed before the
rules were run on them.

Blind score: 8 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- k04 (FOIA STAR e-mail): the request acknowledged instead of the appeal, and no appeal number: "The Office of
  Information Policy has entered your administrative appeal of the Drug Enforcement Administration's action on the
  request listed above." beside the columns "Appeal Number: A-2027-00688" and "Date Received: 11/30/2026".
- k05 (EOIR, Word): no event: "To search for the record you want, we need the following:" (a numbered list) and
  "Kindly send the missing details to ... within thirty (30) days of this letter. Processing has been paused until
  they arrive; ...".
- k08 (ATF): a fee estimate of $340.00 instead of a request closed (withdrawn): "That letter estimated the fees to
  process the request at $340.00 and asked you to agree in writing to pay them within 30 days." (an earlier letter's
  estimate) and "..., your request has been administratively closed, and no further action will be taken on it."
- k10 (EOUSA): no event: "Your Freedom of Information Act request was placed in this office's processing queue on
  November 16, 2026, and was given the number shown above."
- k11 (State, e-mail): "(b)(3)" without its statute: "it is also withheld under subsection (b)(3) and section 222(f)
  of the Immigration and Nationality Act, 8 U.S.C. § 1202(f)".
- k13 (State Appeals Review Panel, PDF): no event: "The Panel has therefore decided to send your request back to the
  Office of Information Programs and Services, which will conduct a new search of those offices ...".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout135"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"k04-oip-appeal-ack-star.eml", "k05-eoir-clarify-anumber.docx", "k08-atf-closed-no-fee.txt",
                      "k10-eousa-ack-queue.txt", "k11-state-interim-docs.eml", "k13-state-appeal-remand.pdf"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

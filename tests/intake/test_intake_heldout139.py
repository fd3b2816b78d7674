"""The hundred-and-thirty-ninth held-out set: 14 letters (letters/heldout139) as a mixed inbox brings them, seven from
smaller federal agencies and independent commissions and seven from mid-size states and a city, written before the
rules were read: an FTC acknowledgement that places the requester in a fee category and estimates the fee, an FCC
e-mail that denies expedited processing and takes ten more business days, an SEC first partial response (PDF), a
Federal Reserve Board e-mail that acknowledges an appeal, an NLRB appeal decision granted in part, a Peace Corps
no-records letter scanned from paper, a USPS final response attached to a forwarded Outlook e-mail; an Ohio
Department of Transportation release with its records in a table (Word, letterhead in the page header), a Michigan
Department of Health and Human Services appeal decision that reverses a denial in part, a City of Madison
acknowledgement with a location-cost estimate, a Kentucky Energy and Environment Cabinet partial release scanned from
paper, a Utah Department of Environmental Quality e-mail that acknowledges, declines a fee waiver and estimates the
cost, a City of Omaha acknowledgement that asks what the request means, and a Missouri Department of Natural
Resources acknowledgement that takes 20 more business days. Committed before the rules were run on them.

Blind score: 8 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- v02 (FCC, e-mail): kinds in the wrong order, the extension before the expedite decision, though the letter
  decides expedition first ("Your request for expedited treatment is therefore not granted, ...") and only then
  says "In addition, ... we are taking an extra 10 business days to respond." The earlier sets log a letter's
  extension, expedite decision, fee waiver decision and fee estimate in that order whatever order the letter tells
  them in (heldout42's t01 and heldout64's e01 decide expedition before they extend, and log the extension first),
  so the expected order was wrong and is now the extension, then the expedite decision; the letter was a miss only
  for that.
- v04 (Federal Reserve Board, e-mail): nothing proposed, no appeal acknowledged, no date received and no appeal
  number: "The Board ... has your letter appealing the Board's response to FOIA request F-2026-00918, ... Your appeal
  came in on November 30, 2026, and we have logged it under appeal number A-2027-00004."
- v08 (Ohio DOT, Word): no pages: a table "| Record | Pages | Action taken |" with rows "| ... | 46 | Produced |",
  "| ... | 23 | Produced with redactions |" and "| ... | 12 | Not produced |". Its expected exemptions were written
  in the statute's order; the earlier sets list a state's sections in the letter's order (only FOIA's exemptions go
  in the statute's order), so the expected value was wrong and is now "R.C. 149.433(B)", "R.C. 149.43(A)(1)(v)";
  the letter stays a miss for its pages.
- v09 (Michigan DHHS): "MCL 15.243(1)(a)" missed: "they will be sent to you with that information redacted under
  MCL 15.243(1)(a), because its disclosure would constitute a clearly unwarranted invasion of the residents'
  privacy."
- v11 (Kentucky EEC, scan): pages withheld missed: "The remaining six pages are draft inspection narratives ... They
  are withheld as preliminary drafts and notes under KRS 61.878(1)(i)." (the count in one sentence, the withholding
  in the next).
- v12 (Utah DEQ, e-mail): no acknowledgement and no date received: "The Utah Department of Environmental Quality
  logged it as GRAMA Request 2026-11-0442 when it came in through the Open Records Portal on November 20, 2026."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout139"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "v02-fcc-expedite-ext.eml", "v04-frb-appeal-ack.eml", "v08-odot-partial.docx", "v09-mdhhs-appeal.txt",
    "v11-ky-eec-partial.pdf", "v12-utah-deq-ack-waiver-fee.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

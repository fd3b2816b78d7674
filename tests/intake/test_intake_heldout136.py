"""The hundred-and-thirty-sixth held-out set: 14 everyday short letters (letters/heldout136), written after set 130
was scored and its misses fixed, and so after reading the rules: its wordings were chosen on purpose among those the
rules had not been seen to handle. Nine federal and five state: a Farm Service Agency acknowledgement whose request
"reached us on" a day, a National Archives e-mail asking whether the requester still needs the records, a Marshals
Service fee estimate that asks for an assurance of payment, a Department of Education no-records answer whose search
"came up empty" (PDF), a Peace Corps full grant (e-mail), an FDIC partial release with its page counts in words and
the exemptions named by their subjects (PDF, an enclosure page), a Department of Energy e-mail asking the requester to
narrow the request, a Postal Service letter closing a request after a clarification letter went unanswered, an NRC
portal acknowledgement whose receipt and estimated completion are labelled lines; an Oregon DEQ fee estimate, an
Arizona DEQ portal acknowledgement, a Wisconsin DNR partial release with its page counts in a table (Word, letterhead
in the page header), a MassDEP acknowledgement that takes 15 more business days, and a Tennessee Department of
Environment and Conservation no-records answer. Committed before the rules were run on them.

Blind score: 9 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- b02 (National Archives, e-mail): no clarification requested: "We are checking with requesters whose requests have
  been pending a long while whether they still need the records.", "Kindly write back by December 28, 2026 to let us
  know that this request should stay open." and "Absent an answer by that date, we will treat the request as one you
  no longer need and remove it from our queue."
- b06 (FDIC, PDF): nothing proposed: "Forty-one pages go to you untouched and nine more with some passages blacked
  out; we are holding back the other seven pages entirely." (a release, its counts and a withholding in plain words),
  with exemptions named "which FOIA Exemption 8 protects" and "withheld under Exemption 6".
- b07 (Department of Energy, e-mail): no clarification requested: "Could you help us pin it down? For example, are you
  after the conditional commitment itself, communications with the developer, or internal memoranda, and over what
  dates?" and "If nothing comes back from you in 30 days, we will administratively close it."
- b09 (NRC, e-mail): the letter's date read from a labelled line "Estimated completion: January 15, 2027" instead of
  the e-mail's date (so no expected_by), and a clarification proposed from "The NRC's FOIA regulations are at 10 CFR
  Part 9, Subpart A. If we need to clarify the scope of your request or obtain a fee commitment from you, we will
  contact you." (one sentence read across "Subpart A.", the condition not seen).
- b12 (Wisconsin DNR, Word): nothing proposed: "The Department of Natural Resources has completed its response to
  your request of October 30, 2026, ..." with the counts in a table ("| Provided in full | 70 pages |", "| Provided
  with redactions | 18 pages |", "| Not provided | 3 pages |").
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout136"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"b02-nara-still-need.eml", "b06-fdic-partial.pdf", "b07-doe-clarify.eml", "b09-nrc-ack.eml",
                     "b12-wi-dnr-partial.docx"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

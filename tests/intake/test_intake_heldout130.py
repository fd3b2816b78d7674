"""The hundred-and-thirtieth held-out set: 14 everyday short letters (letters/heldout130) of the kind a small
advocacy office receives every week, eight federal and six state: an OSHA e-mail of one paragraph that confirms a
request and its tracking number, a Consumer Product Safety Commission fee estimate that asks for agreement (an
itemized table), a Federal Maritime Commission no-records answer (PDF, a second page with a note), a National
Transportation Safety Board full grant (an e-mail with the letter attached as a PDF), a Defense Logistics Agency
partial release with its page counts (PDF), a Bureau of Reclamation 'do you still want it?' e-mail with a reply-by
date, a FERC request to narrow an overbroad request that also states when the request was received, a Small Business
Administration letter closing a request whose requester never answered a fee letter; a Michigan EGLE acknowledgement
that takes ten more business days (Word, letterhead in the page header), an Ohio Department of Transportation portal
e-mail releasing everything, a Minnesota Pollution Control Agency partial release under the Data Practices Act, a
Travis County Sheriff's Office itemized Texas cost estimate, a Georgia Department of Public Health no-records e-mail
and a New York DEC FOIL acknowledgement with the date a decision is expected. Footers and forms carry dates that are
not the letter's. Committed before the rules were run on them.

Blind score: 10 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a01 (OSHA, e-mail): a final determination instead of an acknowledgement, and no date received: "Your Freedom of
  Information Act request to the Occupational Safety and Health Administration (OSHA) came in on November 25, 2026
  and now carries the tracking number 2027-F-01733" (a receipt in "came in on") beside "because that inspection is
  still open, the file cannot be released until the case is closed or contested, so processing may take longer than
  usual" (taken for a closing).
- a07 (FERC): no clarification requested: "So that we can conduct a reasonable search, we need you to describe more
  precisely what you are looking for."
- a08 (SBA): a fee estimate of $640.00 instead of a closing (withdrawn): "By letter dated October 22, 2026, we asked
  you to tell us whether you would accept the estimated fee of $640.00 ..." (an earlier letter's estimate) and "That
  period has ended and we have had no word from you. Your request is therefore closed, and no further action will be
  taken on it."
- a11 (Minnesota Pollution Control Agency): exemptions lacked "Minn. Stat. § 13.37, subd. 1(a)": "Data that would be
  likely to substantially jeopardize the security of the dam if released are classified as security information,
  which is not public under Minn. Stat. § 13.37, subd. 1(a)."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout130"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"a01-osha-ack.eml", "a07-ferc-clarify.txt", "a08-sba-closed.txt", "a11-mpca-partial.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

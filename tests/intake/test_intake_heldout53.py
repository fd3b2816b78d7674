"""The fifty-third held-out set: 14 ordinary letters (letters/heldout53) like the samples in
shared/samples/agency-letters, written after set 52 was scored and fixed, eight federal and six state and local,
from agencies no earlier set names: an HRSA acknowledgement with its received date (Word), a Bureau of Indian Affairs
acknowledgement taking a 10-workday extension dated at its foot, a CFPB fee estimate with its fee lines (e-mail), an
Indian Health Service expedite denial, a USGS second interim release (a PDF behind a cover e-mail), an MSHA partial
release dated by a stamp (PDF), a PHMSA no-records e-mail, an FEC appeal acknowledgement; a San Jose Police CPRA
extension of 14 days (e-mail), a Madison (Wisconsin) Police request to narrow pasted from Outlook, a Saint Paul
(Minnesota) data practices release in full (Word), a Louisiana State Police denial (PDF), a Utah Department of
Public Safety GRAMA appeal decision and a Fort Wayne (Indiana) Police partial release (a PDF behind a cover e-mail).
Written from the agencies' published wording and committed before the rules were run on them.

Blind score: 12 of 14 fully right (86%), and each of the 14 matched to its request by its number. This is the honest
figure for ordinary letters in wordings not yet seen, measured after set 52's fixes. Wrong were:
- p04 (Indian Health Service): the expedite decision's outcome, granted instead of denied: the regulation's standard
  ("expedited processing is granted when there is an urgency to inform the public ...") read as the decision, before
  the letter's own "Your request for expedited processing is therefore denied".
- p11 (Saint Paul, Word): the outcome, a partial grant instead of a full grant: "All of the data you requested are
  public ... 63 pages in all. No data have been withheld or redacted" (data, not records, said to be released and
  not withheld), the outcome taken from "Enclosed please find ... 63 pages in all".
After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout53"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "outcome"), [
    ("Expedited processing is granted when there is an urgency to inform the public about a government activity. "
     "You have not shown such an urgency. Your request for expedited processing is therefore denied.", Outcome.DENIED),
    ("A fee waiver is warranted only where disclosure is likely to contribute significantly to public understanding. "
     "Your request for a fee waiver is denied.", Outcome.DENIED),
    ("Fees are waived if disclosure is in the public interest. We find that it is, and your request for a fee waiver "
     "is granted.", Outcome.FULL_GRANT),
    # The near miss: a decision given with its reason is still the decision.
    ("Your request for expedited processing is granted because you have shown an urgency to inform the public.",
     Outcome.FULL_GRANT),
])
def test_the_rule_stated_in_general_is_not_the_decision(body: str, outcome: Outcome) -> None:
    found = [event for event in events_in(body)
             if event.kind in (EventKind.EXPEDITE_DECISION, EventKind.FEE_WAIVER_DECISION)]
    assert [event.outcome for event in found] == [outcome]


@pytest.mark.parametrize(("body", "outcome"), [
    ("Enclosed are the contracts, 63 pages in all. No data have been withheld or redacted.", Outcome.FULL_GRANT),
    ("Enclosed are the files, 20 pages in all. No files were redacted.", Outcome.FULL_GRANT),
    # Near misses: data that were redacted make a partial grant.
    ("Enclosed are the contracts, 63 pages in all. Some data have been redacted under Minn. Stat. § 13.43.",
     Outcome.PARTIAL_GRANT),
    ("Enclosed are the contracts, 63 pages in all. Private data on individuals have been redacted.",
     Outcome.PARTIAL_GRANT),
])
def test_data_not_withheld_is_a_release_in_full(body: str, outcome: Outcome) -> None:
    found = [event for event in events_in(body) if event.kind == EventKind.FINAL_DETERMINATION]
    assert [event.outcome for event in found] == [outcome]

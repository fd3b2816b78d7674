"""The hundred-and-thirteenth held-out set: 14 short letters (letters/heldout113) in the style and length of the
samples in shared/samples/agency-letters, from the agencies immigrant-rights and civil-liberties groups write to
most, ten federal and four state and local: an ICE acknowledgement that "logged your request in on" its date (an
e-mail), a CBP extension of "ten additional working days", a USCIS A-file release with pages "released with portions
blacked out" and "held back in full" (PDF), a DHS Privacy Office fee waiver that it "cannot grant", an EOIR search
that "did not locate anything that answers your request" (Word, letterhead in the page header), an FBI
acknowledgement that "declined to expedite", a State Department e-mail asking which posts and months, a Bureau of
Prisons fee estimate with the date received, a DOJ Office of Information Policy appeal acknowledgement (e-mail), an
ICE appeal sent "back to the ICE FOIA Office for a new search" (PDF); an NYPD FOIL acknowledgement with the date it
expects to answer by, a Cook County Sheriff (Illinois) five-business-day extension (PDF), an Ohio Attorney General
release with redactions under R.C. 149.43(A)(1)(h), and a Denver Police (Colorado) no-records letter attached to a
portal e-mail. Committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. The answer for x12
(Cook County Sheriff) first gave only ["extension"]; by the project's convention a letter "in receipt of your
request" is also an acknowledgement, even without the day (as in sets 11, 12 and 13), so the answer was corrected to
["acknowledged", "extension"], which the rules proposed; the score is counted with the corrected answer. Wrong were:
- x03 (USCIS, PDF): pages_released 175 instead of 206 and pages_withheld empty instead of 8: "167 pages are being
  released to you in their entirety, 39 pages are being released with portions blacked out, and 8 pages are being
  held back in full" (pages "held back" not read as withheld, and counted as released).
- x05 (EOIR, Word): nothing proposed: "EOIR staff searched the court's case management system and shared drives and
  did not locate anything that answers your request" (a search that found nothing "that answers" the request).
- x10 (ICE appeal, PDF): nothing proposed: "Your request is therefore being sent back to the ICE FOIA Office for a
  new search and a new response to you" (an appeal remanded in the words "sent back ... for a new search").
- x14 (Denver Police, e-mail with a PDF): outcome empty instead of no records: "the Department has determined that
  it has no such records in its custody or control" ("no such records").
After general fixes (an agency that "has no such records", not after "if" nor with records "other than" those sent;
a search that "did not locate anything that answers" or "anything responsive", not "anything new"), 12 of 14, every
earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout113"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"x03-uscis-partial.pdf", "x10-ice-appeal-remand.pdf"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "After a diligent search, the Department has determined that it has no such records in its custody or control.",
    "The Sheriff's Office has no such records.",
    "We have no such documents in our files.",
    "EOIR staff searched the court's shared drives and did not locate anything that answers your request.",
    "Our staff could not find anything responsive to your request.",
])
def test_no_such_records_or_nothing_that_answers_is_no_records(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize("body", [
    # The near misses: a condition, records besides those sent, the requester's, or nothing new.
    "If we have no such records, we will tell you so in writing.",
    "We have no such records other than the 14 pages enclosed with this letter.",
    "We did not locate anything new beyond the 12 pages released to you in March.",
])
def test_no_such_records_near_misses_are_not_no_records(body: str) -> None:
    assert Outcome.NO_RECORDS not in [e.outcome for e in events_in(body)]

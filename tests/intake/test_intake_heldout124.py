"""The hundred-and-twenty-fourth held-out set: 14 short letters (letters/heldout124) in the style and length of the
samples in shared/samples/agency-letters, from agencies few earlier sets had, eight federal and six state and local: a
NASA Headquarters acknowledgement with the date it expects to answer by (e-mail), an Education Department extension
of 10 working days for unusual circumstances, a Fish and Wildlife Service fee estimate with the date received, a
Tennessee Valley Authority final response with pages in full, with redactions and withheld (PDF), a Railroad
Retirement Board search that "came back with no documents", a Bureau of Indian Affairs second release (Word, the
letterhead in the page header), a Federal Maritime Commission fee waiver granted, an Energy Department Office of
Hearings and Appeals decision granting an appeal in part (PDF); an Albuquerque Police (New Mexico) denial of an open
case file (PDF), an Indianapolis acknowledgement of a request that "came into our queue" (e-mail), a City of
Pittsburgh (Pennsylvania) 30-day extension with the day received, an Oklahoma City request to narrow, a Vermont
Agency of Transportation release in full (e-mail) and a Salt Lake County (Utah) appeal acknowledgement. Written after
the rules had been read, in wordings other than those just fixed. Committed before the rules were run on them.

Blind score: 13 of 14 fully right (93%), and each of the 14 matched to its request by its number. Wrong was:
- n09 (Albuquerque Police, PDF): nothing proposed (no denial, no exemption): "The file consists of law enforcement
  records that reveal confidential sources, methods and information, and the Department will not release any part of
  it at this time. NMSA 1978, § 14-2-1(D)." (a refusal of "any part of it", and New Mexico's citation with its year
  standing alone after the reason).
After general fixes (a refusal to release "any part" or "any portion" of it or of them is a denial, not one that waits
on the fee; a state code with its year, "NMSA 1978, § 14-2-1(D).", cited alone after the reason is read with it), 14
of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout124"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "The file consists of law enforcement records that reveal confidential sources, and the Department will not "
    "release any part of it at this time. NMSA 1978, § 14-2-1(D).",
    "The report is part of an open investigation. The Sheriff's Office cannot release any portion of it.",
    "We have reviewed the recordings and will not release any part of them.",
])
def test_a_refusal_to_release_any_part_of_the_records_is_a_denial(body: str) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


@pytest.mark.parametrize("body", [
    # The near misses: a refusal that waits on the fee, and one part of the records kept back.
    "We will not release any part of it until the fee is paid.",
    "We are releasing the report, but we will not release any part of the witness statements.",
])
def test_a_refusal_that_waits_or_covers_a_part_is_no_denial(body: str) -> None:
    assert (EventKind.FINAL_DETERMINATION, Outcome.DENIED) not in kinds_and_outcomes(body)


def test_a_state_code_with_its_year_cited_alone_after_the_reason_is_read() -> None:
    found = events_in("The file reveals confidential sources, and the Department will not release any part of it at "
                      "this time. NMSA 1978, § 14-2-1(D).")
    assert [e.exemptions for e in found] == [("NMSA 1978, § 14-2-1(D)",)]

"""The seventy-ninth held-out set: 14 ordinary letters (letters/heldout79) like the samples in
shared/samples/agency-letters, written after set 77 was fixed and committed before the rules were run on them (and
scored only after set 78's fixes), six federal and eight state and local, again letters that carry several events or
a less plain outcome: a Federal Transit Administration acknowledgement that waives all fees; a Bureau of Safety and
Environmental Enforcement third interim release of 1,208 pages taking ten more workdays (PDF); a NIST final release
in full that approves a fee waiver (e-mail); a Patent and Trademark Office acknowledgement denying expedited
processing, dated at its foot (PDF); a National Guard Bureau answer finding no records but one page, withheld under
(b)(6), dated "25 August 2026"; an International Trade Commission appeal affirming Exemptions 4 and 3 and remanding
for segregable facts; an Arizona DPS acknowledgement with a fee and the day the video will be ready (e-mail); a
Norfolk (Virginia) Police acknowledgement invoking seven more work days; a Westchester County (New York) FOIL
acknowledgement with the day a determination is expected (PDF); a Houston Police request to clarify under section
552.222 (e-mail); an Oregon Department of Corrections partial release forwarding pages to the State Police, dated
"Date sent: 10/14/2026" at its foot (PDF); a Boise Police denial under Idaho Code § 74-124(1)(a); a Las Vegas
Metropolitan Police still-interested e-mail; and the Indiana Public Access Counselor acknowledging a formal complaint.

Blind score: 8 of 14 fully right (57%), and each of the 14 matched to its request by its number (the test below).
Wrong were:
- o01 (Federal Transit Administration): the fee waiver decision missed: "We are therefore waiving all fees associated
  with processing your request."
- o02 (BSEE, PDF): the kind, a final partial grant instead of an interim release: "This is the third interim response
  ... Please note that an interim response is not a final determination."
- o03 (NIST, e-mail): the fee waiver decision missed: "NIST has approved your request for a waiver of fees."
- o06 (International Trade Commission): the exemptions in another order than the letter's ((b)(3) with its statute
  before (b)(4); the letter names Exemption 4 first): the same two exemptions, counted wrong by the scorer all the
  same.
- o10 (Houston Police, e-mail): "is in receipt of your Public Information Act request" proposed as an acknowledgement
  beside the request to clarify, where the answer written had the request to clarify alone; sets 11, 15, 31 and 59
  log it as the rules do, so the answer was corrected to that convention (the blind figure kept is the 8 scored).
- o14 (Indiana Public Access Counselor): an acknowledgement of a formal complaint read as an appeal decision reversing
  the agency: "This office received your formal complaint on October 5, 2026, alleging that the Evansville Police
  Department violated the Access to Public Records Act".
After general fixes (tests below): 13 of 14, every earlier set unchanged. Then o06's answer was put in the settled
order (FOIA exemptions in the statute's order, state citations in the letter's): 14 of 14; the blind figure stands.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout79"
# What the rules reach on this set now (blind: 8, and 9 with o10's answer corrected); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout79_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout79_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    from intake_scoring import matched_requests

    matched, owner = matched_requests(SET, tmp_path)
    assert matched == owner


@pytest.mark.parametrize("sentence", [
    "We are therefore waiving all fees associated with processing your request.",
    "NIST has approved your request for a waiver of fees.",
    "The Department has granted your request for a fee waiver.",
    "We are waiving the duplication charges for this request.",
])
def test_a_fee_waiver_granted_in_other_words(sentence: str) -> None:
    found = [e for e in events_in(sentence) if e.kind is EventKind.FEE_WAIVER_DECISION]
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT)]


@pytest.mark.parametrize("sentence", [
    "You also asked for a waiver of all fees.",
    "The Department has not approved your request for a waiver of fees.",
])
def test_a_waiver_asked_for_or_not_approved_is_not_granted(sentence: str) -> None:
    """The near misses: the request for a waiver, and a refusal, are never a grant."""
    found = [e for e in events_in(sentence) if e.kind is EventKind.FEE_WAIVER_DECISION]
    assert all(e.outcome is not Outcome.FULL_GRANT for e in found)


@pytest.mark.parametrize("note", [
    "Please note that an interim response is not a final determination.",
    "This letter is not a final response to your request.",
])
def test_a_release_said_not_to_be_final_is_interim(note: str) -> None:
    found = events_in(f"This is the third interim response to your request. We are releasing 40 pages in full. {note}")
    assert [e.kind for e in found] == [EventKind.INTERIM_RELEASE]


def test_a_final_response_is_still_final() -> None:
    """The near miss: a final response that mentions earlier interim releases."""
    found = events_in("This is the final response to your request, following our interim releases. We are releasing "
                      "40 pages in full.")
    assert [e.kind for e in found] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize("sentence", [
    "This office received your formal complaint on October 5, 2026, alleging that the Evansville Police Department "
    "violated the Access to Public Records Act by denying your request.",
    "Your complaint claims that the City violated the Open Records Act when it withheld the reports.",
])
def test_a_violation_alleged_is_no_decision(sentence: str) -> None:
    assert EventKind.APPEAL_DECISION not in [e.kind for e in events_in(sentence)]


def test_a_violation_found_is_still_read() -> None:
    """The near miss: the counsellor's own finding, even after the complaint's allegation, is a finding."""
    import re

    from foiatrack.intake import patterns as P

    found = "We conclude that the Evansville Police Department violated the Access to Public Records Act."
    alleged = "Your complaint alleges that the Evansville Police Department violated the Access to Public Records Act."
    assert re.search(P.VIOLATED_ACT, found, P.IC)
    assert re.search(P.VIOLATED, found + " when it denied the request", P.IC) or re.search(P.VIOLATED, found, P.IC)
    assert not re.search(P.VIOLATED_ACT, alleged, P.IC)

"""The hundred-and-seventh held-out set: 14 short letters (letters/heldout107) in the style and length of the samples
in shared/samples/agency-letters, written after set 106 was scored (before any of its fixes), ten from
national-security and foreign-affairs agencies and four from state Guard and emergency-management offices: a Defense
Intelligence Agency request to clarify, dated at the right of its office-symbol line, a State Department
acknowledgement by e-mail with its estimated date of completion, an OSD/Joint Staff appeal acknowledgement, a
Department of the Navy appeal sent back for a new search (PDF, dated under its serial), a National Security Agency
release without deletions, an Air Force fee notification memorandum (e-mail with the letter as a PDF), an Army
Criminal Investigation Division partial release (PDF), a USAID partial release (Word, letterhead in the page header),
a State Department grant of expedited processing, a National Geospatial-Intelligence Agency still-interested e-mail;
a Michigan Department of Military and Veterans Affairs ten-business-day extension, a Florida Division of Emergency
Management no-records answer (e-mail), a Colorado Division of Homeland Security and Emergency Management denial
(PDF) and an Ohio Adjutant General's Department release in full. Committed before the rules were run on them.

Blind score: 8 of 14 fully right (57%), each of the 14 matched to its request by its number. Wrong were:
- u02 (State, e-mail): received empty: "...has your Freedom of Information Act request, which was entered into our
  case management system on June 2, 2026" (a request entered into a system, not "received").
- u07 (Army CID, PDF): pages empty: "Of the 73 pages we processed, 58 are provided with excisions and 15 are withheld
  in full" (pages "provided with excisions").
- u08 (USAID, Word): pages_released 29 instead of 97, pages_withheld empty: "We are sending you 97 of them, some of
  which contain redactions; the other 29 pages ... are not being released" (a count "of them" sent, and pages "not
  being released").
- u09 (State): nothing proposed: "Your request for expedition is accepted, and your case will be placed in the
  expedited processing queue".
- v13 (Colorado DHSEM, PDF): nothing proposed: "the Division may not allow inspection of them under C.R.S. §
  24-72-204(2)(a)(VIII). Your request is therefore refused in full."
- v14 (Ohio Adjutant General): outcome partial_grant instead of full_grant: "The production is 27 pages, and nothing
  in it has been redacted."
After general fixes (a request "entered into our case management system on" a day is acknowledged; "Of the 73
pages we processed," shares out the pages; "are sending you 97 of them, some of which contain redactions" releases
in part and pages "not being released" are withheld (not duplicates "not produced again"); expedition "accepted" is
granted, not "accepted for review"; a request "refused" is denied; "may not allow inspection of them under" a state
law cites its exemption, and Colorado's written statement of grounds (C.R.S. § 24-72-204(4)) is procedure; "nothing
in it has been redacted" is a release in full), 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout107"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def test_the_pages_processed_shared_out_by_count() -> None:
    counts = PageCounts()
    read_pages("Of the 73 pages we processed, 58 are provided with excisions and 15 are withheld in full.", counts)
    assert (counts.pages_released, counts.withheld_full) == (58, 15)


def test_the_pages_processed_shared_out_by_count_but_not_released_say_nothing_released() -> None:
    """The near miss: a share of the pages said to be something, not given."""
    counts = PageCounts()
    read_pages("Of the 73 pages we processed, 58 are duplicates of one another.", counts)
    assert counts.pages_released is None


def test_a_share_sent_with_redactions_and_the_rest_not_released() -> None:
    found = events_in("We have completed the processing of your request. Our review produced 126 responsive pages. "
                      "We are sending you 97 of them, some of which contain redactions; the other 29 pages consist "
                      "entirely of the contractor's proprietary cost data and are not being released. The redacted and "
                      "withheld material is protected by FOIA Exemptions 4 and 6.")
    assert [(e.kind, e.outcome, e.pages_released, e.pages_withheld) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, 97, 29)]


@pytest.mark.parametrize("body", [
    "Your request for expedition is accepted, and your case will be placed in the expedited processing queue.",
    "Your request for expedited processing has been accepted.",
])
def test_expedition_accepted_is_granted(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.EXPEDITE_DECISION, Outcome.FULL_GRANT)]


def test_expedition_accepted_for_review_is_no_decision() -> None:
    found = events_in("Your request for expedited processing has been accepted for review.")
    assert EventKind.EXPEDITE_DECISION not in [e.kind for e in found]


@pytest.mark.parametrize("body", [
    "Your request is therefore refused in full.",
    "Your request for the 2025 security assessments is refused.",
])
def test_a_request_refused_is_denied(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


def test_a_fee_waiver_refused_is_no_answer_on_the_records() -> None:
    found = events_in("Your request for a fee waiver is refused.")
    assert EventKind.FINAL_DETERMINATION not in [e.kind for e in found]


def test_inspection_not_allowed_under_a_state_law_is_its_exemption() -> None:
    assert find_exemptions("Those assessments contain specialized details of security arrangements, and the Division "
                           "may not allow inspection of them under C.R.S. § 24-72-204(2)(a)(VIII).") == [
        "C.R.S. § 24-72-204(2)(a)(VIII)"]
    # The near miss: the written statement of the grounds for a denial is procedure, not an exemption.
    assert find_exemptions("You may request a written statement of the grounds for this denial under C.R.S. § "
                           "24-72-204(4).") == []


@pytest.mark.parametrize("body", [
    "Attached please find the records responsive to your request. The production is 27 pages, and nothing in it has "
    "been redacted.",
    "Attached are the 27 pages you requested; nothing in them was withheld.",
])
def test_nothing_in_the_records_redacted_is_a_release_in_full(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, 27)]


def test_duplicates_not_produced_again_are_not_withheld() -> None:
    """The near miss (set 96): pages not produced again because they went out before are no withholding."""
    counts = PageCounts()
    read_pages("Of these, 41 pages are being produced to you with portions redacted, and 17 pages are duplicates of "
               "pages sent in the first installment and have not been produced again.", counts)
    assert (counts.pages_released, counts.withheld_full) == (41, None)

"""The fifty-first held-out set: 14 more ordinary letters (letters/heldout51) from the agencies the app's users meet
most, written after set 50's fixes and committed before the rules were run on them: eight federal (the State
Department, the Bureau of Prisons, DOJ's Office of Information Policy deciding an appeal, ICE's appeals office
remanding one, the FBI, EOIR, ICE, DHS's Office for Civil Rights and Civil Liberties) and six state and local (the New
York State Police, the Los Angeles County Sheriff, Florida's Department of Corrections, the New Jersey State Police,
the Denver Police, the King County Sheriff), in .txt, .eml (the letter in the body or in an attached PDF), .pdf and
.docx; the kinds set 50 did not have: a fee waiver decision, an extension alone, appeal decisions (affirmed,
remanded), a "still interested" letter, interim releases, a full grant and a full denial.

Blind score: 10 of 14 fully right, and every one of the 14 matched to its request by its number. Wrong were:
- b01 (State): "Your request for a fee waiver has therefore been granted." not read as a fee waiver decision (fields:
  kinds, outcome);
- b05 (FBI): "500 pages were reviewed and 438 pages are being released", with "a deleted page information sheet was
  inserted to indicate where pages were withheld entirely", read as 62 pages withheld in full where the answer
  written left it empty (field: pages_withheld);
- b10 (Los Angeles County Sheriff): "This letter is in response to your ... request received by the ... Department on
  April 27, 2026" not read as an acknowledgement beside the 14-day extension (fields: kinds, received);
- b14 (King County Sheriff): "This installment consists of 118 pages. Some of the records have been redacted." gave
  no pages released (field: pages_released).

The answer for b05 was corrected after scoring: of the 500 pages the FBI reviewed it released 438 and says the pages
not released were withheld entirely (a deleted page sheet in their place), so a reader logs 62 withheld in full, as
the rules did; with it the blind score would have been 11 of 14; the figure kept is the 10 scored. After the general
fixes below (a decision with a word of consequence inside its verb, "has therefore been granted", "has accordingly
been denied", "has not been approved"; a dated receipt "received by the <office> on <date>", the request named with
a parenthesis, "(CPRA)"; an installment that "consists of" or "comprises" its pages): 14 of 14, every earlier set
unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout51"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Your request for a fee waiver has therefore been granted.", Outcome.FULL_GRANT),
    ("Your request for a waiver of fees has accordingly been approved.", Outcome.FULL_GRANT),
    ("Your request for a fee waiver has consequently been denied.", Outcome.DENIED),
    ("Your request for a fee waiver has not been granted.", Outcome.DENIED),
    ("Your request for a fee waiver has therefore been granted in part.", Outcome.PARTIAL_GRANT),
])
def test_a_decision_with_a_word_of_consequence_inside_its_verb(sentence: str, outcome: Outcome) -> None:
    found = [e for e in events_in(sentence) if e.kind is EventKind.FEE_WAIVER_DECISION]
    assert [e.outcome for e in found] == [outcome]


def test_a_waiver_that_may_be_granted_later_is_no_decision() -> None:
    found = events_in("A fee waiver may be granted if disclosure is in the public interest. We will therefore decide "
                      "your request for a fee waiver at a later date.")
    assert EventKind.FEE_WAIVER_DECISION not in [e.kind for e in found]


@pytest.mark.parametrize("sentence", [
    "This letter is in response to your California Public Records Act (CPRA) request received by the Los Angeles "
    "County Sheriff's Department on April 27, 2026.",
    "This responds to your Freedom of Information Act (FOIA) request, received by the FOIA Office on April 27, 2026.",
    "This is in reply to your public records request received by the Records Unit on 04/27/2026.",
])
def test_a_receipt_by_the_office_on_a_day_acknowledges(sentence: str) -> None:
    found = events_in(sentence + " The Department needs an additional 14 days to respond, under Government Code "
                                 "section 7922.535(b).", date_line="May 7, 2026")
    assert [(e.kind, e.received.isoformat() if e.received else None) for e in found][:1] == [
        (EventKind.ACKNOWLEDGED, "2026-04-27")]


def test_a_request_received_by_an_office_without_a_day_is_no_dated_receipt() -> None:
    found = events_in("Your request, received by the Records Unit, has been assigned number PRA 26-0041. The "
                      "Department needs an additional 14 days to respond, under Government Code section 7922.535(b).")
    assert all(e.received is None for e in found)


@pytest.mark.parametrize(("sentence", "pages"), [
    ("This installment consists of 118 pages. Some of the records have been redacted.", 118),
    ("This release comprises 64 pages, some redacted under RCW 42.56.240(1).", 64),
    ("The second installment is made up of 212 pages.", 212),
])
def test_an_installment_that_consists_of_its_pages_releases_them(sentence: str, pages: int) -> None:
    found = events_in("This letter accompanies the first installment of records responsive to your request. "
                      + sentence + " We expect to provide the next installment by August 28, 2026.")
    assert [(e.kind, e.pages_released) for e in found] == [(EventKind.INTERIM_RELEASE, pages)]


def test_the_records_a_request_consists_of_are_no_release() -> None:
    found = events_in("The records responsive to your request consist of 1,200 pages, which we will review in monthly "
                      "installments. This first installment contains 100 pages.")
    assert [(e.kind, e.pages_released) for e in found] == [(EventKind.INTERIM_RELEASE, 100)]

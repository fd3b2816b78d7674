"""The seventy-eighth held-out set: 14 ordinary letters (letters/heldout78) like the samples in
shared/samples/agency-letters, written after set 77 was scored and fixed and committed before the rules were run on
them, again letters that carry several events or a less plain outcome, eight federal and six state and local: an ATF
acknowledgement with its received date, the "10-day extension" and a fee estimate (PDF); a CMS second interim release
that needs ten more working days (e-mail); an FDIC withholding in full under Exemption 8 that also denies a fee
waiver; a USAID acknowledgement whose expedited processing is "not granted", dated only in its e-mail header; an NTSB
still-interested letter with a day to answer by; an OCC fee estimate inviting the requester to reformulate (e-mail);
a Defense Contract Audit Agency partial release in spelled-out counts that refers 17 pages to DCMA (PDF); a U.S. Mint
appeal decision affirming in part (Exemption 6) and remanding in part (Word); a Miami-Dade Police acknowledgement with
a special service charge estimate (e-mail with Florida's footer); a Dallas Police no-information answer; a Honolulu
Police partial disclosure under HRS § 92F-13(1) (PDF); a Pittsburgh Right-to-Know acknowledgement taking thirty more
days under Section 902(b); a Massachusetts Supervisor of Records appeal acknowledgement (e-mail) and a Wichita Police
KORA release in full (Word).

Blind score: 11 of 14 fully right (79%), and each of the 14 matched to its request by its number. This is the honest
figure for letters of this kind in wordings not yet seen, measured after set 77's fixes. Wrong were:
- n03 (FDIC): the final determination missed, with its exemption and pages withheld: "A search ... located 37 pages
  of responsive records. These records are contained in or related to examination, operating or condition reports
  ..., and they are withheld in full under Exemption 8" (only the fee waiver denial was proposed).
- n10 (Dallas Police): the outcome, empty: "we found no information responsive to your request".
- n13 (Massachusetts Supervisor of Records, e-mail): the appeal number, empty: "Your appeal has been docketed as
  SPR27/0214".
After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.numbers import find_references

SET = "heldout78"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout78_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout78_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    from intake_scoring import matched_requests

    matched, owner = matched_requests(SET, tmp_path)
    assert matched == owner


@pytest.mark.parametrize("body", [
    "A search located 37 pages of responsive records. These records are contained in examination reports, and they "
    "are withheld in full under Exemption 8 of the FOIA, 5 U.S.C. § 552(b)(8).",
    "A search located 37 pages of responsive records. They are withheld in full under Exemption 8.",
    "A search located 37 pages of responsive records. All of them are withheld in full under Exemption 8.",
])
def test_records_named_before_and_withheld_by_a_pronoun(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome, e.pages_withheld, e.exemptions) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, 37, ("(b)(8)",))]


@pytest.mark.parametrize("body", [
    "We will review the records. If they are withheld in full, you may appeal.",
    "If records are located, they will be released to you in full.",
    "Once the records are reviewed, they will be released to you on a rolling basis.",
])
def test_a_pronoun_in_a_condition_or_a_promise_decides_nothing(body: str) -> None:
    """The near misses: what may be done with the records is no determination."""
    assert [e.kind for e in events_in(body)] == []


@pytest.mark.parametrize("body", [
    "After a diligent search of the Department's records, we found no information responsive to your request.",
    "No responsive information was located.",
    "No information responsive to your request could be found.",
    "The District located no information that is responsive to your request.",
])
def test_no_information_responsive_is_no_records(body: str) -> None:
    found = events_in(body + " This request is now closed.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


def test_no_information_in_the_request_is_not_no_records() -> None:
    """The near miss: the request, not the search, lacks the information."""
    found = events_in("We found no information in your request that identifies the records. Please clarify which "
                      "incident you mean.")
    assert [e.kind for e in found] == [EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize(("text", "number"), [
    ("Your appeal has been docketed as SPR27/0214; please refer to this number.", "SPR27/0214"),
    ("The petition was registered as No. 26-114 in our office.", "26-114"),
    ("Your complaint has been designated as 26-FC-0214.", "26-FC-0214"),
])
def test_a_number_an_appeal_was_given(text: str, number: str) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(text)] == [(number, True)]


@pytest.mark.parametrize(("text", "found"), [
    ("Your request has been numbered as 2026-0412.", [("2026-0412", False)]),
    ("The records are numbered as pages 1 through 40.", []),
    ("The case was docketed as 2026 in the court.", []),
    ("OOR Dkt. AP 2026-0412", [("AP 2026-0412", True)]),
])
def test_other_numbers_given_stay_what_they_are(text: str, found: list[tuple[str, bool]]) -> None:
    """The near misses: a request's number is no appeal's, and a page range or a year is no number."""
    assert [(ref.number, ref.is_appeal) for ref in find_references(text)] == found

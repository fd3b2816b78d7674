"""The seventy-second held-out set: 14 ordinary letters (letters/heldout72), written after set 71 was scored and fixed,
eight federal and six state and local, in the formats a requester receives them in: an FAA second interim release
(a PDF behind a portal's "A new document has been released"), an NLRB acknowledgement with its received day and due
date (HTML-only e-mail), an IRS fee waiver denial with a fee estimate (scanned, with its "Person to Contact" block),
a Forest Service no-records letter (Word, letterhead in the page header, file code and date in a table), a GSA final
partial release on two text pages with running headers and footers, an FDIC appeal acknowledgement forwarded by a
colleague ("Fwd:"), a Treasury (OFAC) acknowledgement denying expedition (HTML-only e-mail), an Army Corps of
Engineers appeal remanded for a new search (a scanned memorandum dated "30 November 2026" beside its office symbol);
an Oakland Police "still interested" letter (a PDF behind a NextRequest notice), a Milwaukee Police denial under
Wis. Stat. § 19.36(8)(b) (Word, header and table), a Columbus Police partial release under R.C. 149.43 (scanned,
dated 12/01/2026), a Fairfax County Police seven-working-day VFOIA extension (HTML-only e-mail), a Cook County
Sheriff's acknowledgement with a five-business-day extension under 5 ILCS 140/3(e) (two text pages) and a Raleigh
release in full forwarded by a colleague. Written from the agencies' published rules and wording and committed
before the rules were run on them.

Blind score: 12 of 14 fully right (86%), and each of the 14 matched to its request by its number. This is the honest
figure for letters in formats and wordings not yet seen, measured after set 71's fixes. Wrong were:
- x02 (NLRB, HTML-only e-mail): expected_by empty: "The current due date for a response to your request is
  December 15, 2026" (a due date called "current", not "extended" or "new").
- x08 (Army Corps of Engineers, scanned memorandum): a final determination with no records instead of an appeal
  decision remanding the request: OCR read the pronoun as a bar ("| am remanding your request to the New Orleans
  District"), so no decision was found and the recital "The District told you that no responsive records were
  located" was taken for the answer (kinds, appeal_number, outcome).
One entry of the answer sheet was changed after scoring, to follow a settled reading it had missed: x12 (Fairfax
County Police, "is in receipt of your ... request" and seven more working days) is an acknowledgement and an
extension (set 11 reads "is in receipt of your request" so in a Florida fee letter); the rules proposed just that, so
the blind figure is the same either way.
After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, matched_requests, names, wrong_in
from scans import OCR_MISSING, ocr_installed

from foiatrack.core.vocabulary import EventKind
from foiatrack.exchange import correspondence

SET = "heldout72"
SCANNED = {"x03-irs-waiver-fee.pdf", "x08-usace-appeal-remand.pdf", "x11-columbus-partial.pdf"}
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()
NEEDS_OCR = pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)


@NEEDS_OCR
def test_heldout72_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [pytest.param(name, marks=NEEDS_OCR) if name in SCANNED else name
                                  for name in names(SET) if name not in NOT_YET])
def test_heldout72_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


@NEEDS_OCR
def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(SET, tmp_path)
    assert matched == owner


ACK = "This is to acknowledge that your request was received on November 16, 2026."


@pytest.mark.parametrize("sentence", [
    "The current due date for a response to your request is December 15, 2026.",
    "The statutory due date for your request is December 15, 2026.",
    "The due date for a response is December 15, 2026.",
])
def test_a_due_date_for_the_response(sentence: str) -> None:
    found = events_in(f"{ACK} {sentence}", date_line="November 18, 2026")
    assert [(e.kind, e.expected_by and e.expected_by.isoformat()) for e in found] == [
        (EventKind.ACKNOWLEDGED, "2026-12-15")]


@pytest.mark.parametrize("sentence", [
    "The current due date for your payment is December 15, 2026.",
    "If you wish to appeal, the current due date for your appeal is December 15, 2026.",
])
def test_a_due_date_for_something_else_is_not_when_to_expect_the_answer(sentence: str) -> None:
    """The near misses: a payment's or an appeal's due date is the requester's."""
    found = events_in(f"{ACK} {sentence}", date_line="November 18, 2026")
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.ACKNOWLEDGED, None)]


@pytest.mark.parametrize(("read", "meant"), [
    ("Accordingly, | am remanding your request.", "Accordingly, I am remanding your request."),
    ("| have reviewed the District's search.", "I have reviewed the District's search."),
    ("2. | find that the search was adequate.", "2. I find that the search was adequate."),
    # The near misses: a table's bars, and a bar before a word that does not follow "I".
    ("Released in full | 22 pages", "Released in full | 22 pages"),
    ("Date | October 2, 2026", "Date | October 2, 2026"),
    ("Pages | released", "Pages | released"),
])
def test_a_bar_ocr_read_for_the_pronoun_i(read: str, meant: str) -> None:
    assert correspondence._rejoined_numbers(read) == meant


def test_an_appeal_remanded_in_the_first_person_is_an_appeal_decision() -> None:
    """The recital of the answer appealed ("no responsive records were located") is not this letter's answer."""
    found = events_in("This responds to your appeal of the District's response to your request. The District told "
                      "you that no responsive records were located. The search was not adequate. Accordingly, I am "
                      "remanding your request to the District to conduct a new search.")
    assert [(e.kind, e.appeal_result) for e in found] == [(EventKind.APPEAL_DECISION, "remanded")]

"""The seventy-seventh held-out set: 14 ordinary letters (letters/heldout77) like the samples in
shared/samples/agency-letters, chosen for letters that carry several events or a less plain outcome, eight federal and
six state and local: a Federal Communications Commission acknowledgement with its received date, a 10-business-day
extension and a fee estimate; a National Park Service region taking a 10-workday extension with its first interim
release (PDF); a Treasury final response that also grants a fee waiver (e-mail); a Consumer Product Safety Commission
acknowledgement that denies expedited processing (dated "8 October 2026"); a Bureau of Reclamation partial release
that refers 15 pages to the Army Corps of Engineers, dated at its foot; a Defense Department Inspector General appeal
acknowledgement with the day a decision is expected (e-mail); a Federal Reserve Board appeal decision affirming
Exemption 5 and remanding for a new search (PDF); a National Science Foundation fee estimate inviting the requester to
narrow the request, dated below the signature (PDF); an Oakland (California) still-interested notice with a day to
answer by (portal e-mail); a Kansas City (Missouri) Police Sunshine answer finding no records but one page, withheld
under RSMo § 610.021(13); a Rhode Island State Police APRA acknowledgement taking twenty more business days (PDF); a
New Hampshire Department of Safety denial under RSA 91-A:5, IV; an Ann Arbor (Michigan) FOIA extension alone (e-mail)
and an Indianapolis Police acknowledgement with the day the records should be ready, dated at its foot (PDF). Written
from the agencies' published rules and wording and committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. Wrong were:
- m05 (Bureau of Reclamation): the tracking number, "UCB-6300" (the office's mail code under the letterhead) read
  first, before "Freedom of Information Act Request BOR-2026-00912" on the subject line.
- m06 (DoD Inspector General, e-mail): expected_by of the appeal acknowledgement, empty: "we anticipate issuing a
  decision on or before January 15, 2027" (the rules then gave an appeal acknowledgement no expected-by date; a
  rule merged meanwhile from another set reads it).
- m10 (Kansas City Police): outcome and pages_withheld, empty: "the Department did not locate any records responsive
  to your request, with one exception: a one-page memorandum ... That page is a closed record under RSMo §
  610.021(13) and is withheld in its entirety".
- m11 (Rhode Island State Police, PDF): the extension missed: "the time for responding to your request is hereby
  extended by an additional twenty (20) business days".
After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, pages_in, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import Letter, understand
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout77"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout77_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout77_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    from intake_scoring import matched_requests

    matched, owner = matched_requests(SET, tmp_path)
    assert matched == owner


@pytest.mark.parametrize("sentence", [
    "Pursuant to R.I. Gen. Laws § 38-2-3(e), the time for responding to your request is hereby extended by an "
    "additional twenty (20) business days.",
    "The deadline has accordingly been extended by twenty business days.",
    "The response period is therefore extended by 20 business days.",
    "We have hereby extended the time to respond by 20 business days.",
])
def test_an_extension_said_done_with_an_adverb(sentence: str) -> None:
    found = events_in(sentence)
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, 20)]


@pytest.mark.parametrize("sentence", [
    "The time to respond may be extended by an additional twenty (20) business days for good cause.",
    "If necessary, the time is hereby extended by twenty business days.",
])
def test_an_extension_only_possible_stays_empty(sentence: str) -> None:
    """The near misses: the statute's power or a condition is no extension taken."""
    assert [e.kind for e in events_in(sentence)] == []


@pytest.mark.parametrize(("sentence", "withheld", "released"), [
    ("That page is a closed record under RSMo § 610.021(13) and is withheld in its entirety.", 1, None),
    ("The single page located is withheld in full.", 1, None),
    ("This page is withheld in full under Exemption 6.", 1, None),
    ("The responsive page is released in full.", None, 1),
    # The citation's points do not hide the verb.
    ("The single page is exempt under R.C. 149.43(A)(1)(h) and is withheld in full.", 1, None),
])
def test_one_page_named_by_itself(sentence: str, withheld: int | None, released: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.withheld_full, counts.pages_released) == (withheld, released)


@pytest.mark.parametrize("sentence", [
    "This page intentionally left blank.",
    "The page count is not known.",
    "The pages are withheld in full.",
    "That page was reviewed by counsel.",
])
def test_a_page_not_counted_stays_empty(sentence: str) -> None:
    """The near misses: no page is done with, or "the pages" are not one."""
    counts = pages_in(sentence)
    assert (counts.withheld_full, counts.pages_released) == (None, None)


def test_no_records_but_one_page_withheld_is_a_denial() -> None:
    found = events_in("After a thorough search the Department did not locate any records responsive to your request, "
                      "with one exception: a one-page memorandum. That page is a closed record under RSMo § "
                      "610.021(13) and is withheld in its entirety.")
    assert [(e.kind, e.outcome, e.pages_withheld) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, 1)]


HEAD = ("United States Department of the Interior\nBUREAU OF RECLAMATION\n\n{code}\n2.2.4.21\n\n"
        "Subject: {label}BOR-2026-00912\n\nDear Ms. Lowe:\n\nThis is our final response. We are releasing 12 pages "
        "in full.\n\nSincerely,\nFOIA Officer\n\nDate: September 24, 2026")


@pytest.mark.parametrize("label", ["Freedom of Information Act Request ", "FOIA Request No. ", "Tracking number: "])
def test_a_number_called_the_requests_comes_before_a_mail_code(label: str) -> None:
    proposal = understand(Letter(text=HEAD.format(code="UCB-6300", label=label)))
    assert proposal.tracking_numbers[0] == "BOR-2026-00912"


def test_a_number_alone_on_a_heading_line_stays_first_without_a_labelled_one() -> None:
    """The near miss: with no number called the request's, the heading line's number is still the one."""
    proposal = understand(Letter(text=HEAD.format(code="26-00471", label="Re: records of ")))
    assert proposal.tracking_numbers[0] == "26-00471"


def test_two_releases_in_two_sentences_still_add_up() -> None:
    """The near misses: a second count of its own, not "of these", adds to the first; and a share said released in
    full before the rest are counted is among the first."""
    counts = PageCounts()
    for sentence in ("We are releasing 80 pages in full.", "A further 12 pages are released in part."):
        read_pages(sentence, counts)
    assert counts.pages_released == 92
    counts = PageCounts()
    for sentence in ("Enclosed are 75 pages.", "Sixty of these pages are released in full.",
                     "Fifteen pages are released with redactions under Exemption 6."):
        read_pages(sentence, counts)
    assert counts.pages_released == 75

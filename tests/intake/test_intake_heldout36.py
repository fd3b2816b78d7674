"""The thirty-sixth held-out set: 14 federal and state letters (letters/heldout36) chosen for what is hard in their
shape rather than their agency: an ICE acknowledgement that also takes a 10-day extension, denies expedited
processing and grants a fee waiver (as a PDF); an FBI interim release with a fee estimate for the rest (a cover
e-mail, the letter in its PDF attachment); a State Department final response with the appeal-rights paragraph;
appeal decisions of every kind (OIP remand for a new search, OIP partly affirmed and partly remanded as Word,
DHS reversed with the date only under the signature, State's Appeals Review Panel affirmed as PDF, a Kentucky
Attorney General open records decision); an ICE appeal acknowledgement dated only in the e-mail header; a
California reply e-mail quoting the requester's own message below it; a Georgia denial scanned without a text
layer (read by OCR); a Postal Service fee estimate and an EPA final response whose figures are in Word tables;
a Washington acknowledgement dated only at the foot. Written and committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%); every letter's request number read first except Kentucky's, where the
decision number "26-ORD-188" came before the request's. Right blind: the four-event ICE letter, the State final
response (its appeal-rights paragraph made no appeal event), the ICE appeal acknowledgement from the header date,
the Appeals Review Panel affirmance, the scan (OCR), and the fee table. Wrong were:
- i02: the FBI's "500 pages were reviewed and 347 pages are being released" left the 153 withheld empty;
- i04: OIP's date set alone below the "Re:" lines and the salutation not read as the letter's date;
- i05: the pages the FBI released before the appeal (212 and 44) read as the appeal decision's;
- i07: the date only at the foot ("Dated: August 6, 2026") not read; "23 pages" counted twice (46) on an appeal
  decision that releases nothing itself;
- i09: the Kentucky Attorney General's open records decision (26-ORD-188, "did not violate the Act") not read as
  an appeal decision at all: no outcome, no exemption, the decision number taken for the request's;
- i10: the section the requester asked about in the quoted message below the reply (7927.705) read as an
  exemption the agency applied;
- i13: the page counts in the table (a "Released in full | 212" row) not read, nor the received stamp date at the
  foot ("AUG 27 2026");
- i14: the date only in the closing line ("Sent via the Public Records Center on July 10, 2026") not read.

One answer was corrected after scoring, to follow the earlier sets (the blind figure kept is the 6 scored; with the
corrected answer it would also have been 6): i07 expects the 23 pages the reversal releases, as set 3 (h25) counts
the pages an appeal decision releases. i02's 153 pages withheld stand: with "a deleted page information sheet was
inserted to indicate where pages were withheld entirely", every page reviewed and not released is withheld in full;
set 33 (n03) reads the same FBI wording so, and set 11's q03 answer now does too (FBI letters without that sentence,
in sets 1, 5, 10, 13 and 20, still leave the count empty). The scan is now made the way tests/scans.py makes one (the
page rendered by Poppler, the image alone saved as a PDF); it was read right both ways.

After general fixes (tests below): 14 of 14, every earlier set unchanged. (Later, i12's answer was brought to the
convention later sets follow: its "(FOIA) request, received on June 8, 2026" acknowledges the request with that
received date, before the fee estimate; see set 41's tests.) The fixes: a date alone on the line after the
salutation, and below the closing a date stamped alone, "Dated:" or "Sent ... on DATE"; Word tables read in their
place, a row per line with its cells between bars, and page-count table rows ("Released in full | 212");
an appeal decision counts only the pages it releases itself; the FBI's pages reviewed less those released are
withheld in full where a deleted page sheet marks the pages withheld entirely; an attorney general's open records
decision ("did not violate the Act", "violated the Act", both) is an appeal decision; a reply e-mail's quoted
history is dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, letter_date, letter_params, matched_requests, names, wrong_in
from scans import OCR_MISSING, ocr_installed

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.pages import PageCounts, read_pages

# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 14


@pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)
def test_heldout36_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout36") if not wrong_in("heldout36", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout36')) - set(right))}"


@pytest.mark.parametrize("name", letter_params("heldout36", scanned="i11-gbi-scanned-denial.pdf"))
def test_heldout36_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout36", name, tmp_path) == []


@pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)
def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests("heldout36", tmp_path)
    assert matched == owner


@pytest.mark.parametrize(("text", "date"), [
    # A date set beside the "Re:" lines comes out just after the salutation.
    ("Office of Information Policy\nRe: Appeal No. A-2026-05531\nDear Ms. Raman:\n\nNovember 9, 2026\n\n"
     "You appealed from the action of EOUSA.", "2026-11-09"),
    ("Office\nDear Mr. Lee:\n11/09/2026\nYou appealed from the action of EOUSA.", "2026-11-09"),
    # At the foot, after the closing: "Dated:", a received stamp alone, a line saying when it was sent.
    ("Office of the General Counsel\nRe: FOIA Appeal 2026-HQAP-00219\nDear Mr. Brandt:\nYour appeal is granted.\n"
     "Sincerely,\nSanjay R. Mehta\nDeputy Associate General Counsel\n\nDated: August 6, 2026", "2026-08-06"),
    ("EPA Region 5\nDear Ms. Marsh:\nThis is the final response.\nSincerely,\nRaymond T. Pollack\nFOIA Officer\n\n"
     "AUG 27 2026", "2026-08-27"),
    ("Department of Ecology\nDear Mr. Castellano:\nWe received your request.\nSincerely,\nMoira Lindgren\n\n"
     "Sent via the Public Records Center on July 10, 2026", "2026-07-10"),
    ("City Clerk\nDear Ms. Roe:\nWe received your request.\nRegards,\nClerk\nMailed on 3/4/2026", "2026-03-04"),
    # Near misses: a dated sentence after the salutation, a date in a line that says more, or below the closing in
    # an enclosure line or a quoted earlier message, is not the letter's date.
    ("Office\nDear Ms. Raman:\nOn November 9, 2026, you appealed from the action of EOUSA.", None),
    ("Office\nDear Ms. Marsh:\nThis is the final response.\nSincerely,\nFOIA Officer\n"
     "Enclosure: your request of July 1, 2026", None),
    ("Office\nDear Ms. Marsh:\nThis is the final response.\nSincerely,\nFOIA Officer\n\n-----Original Message-----\n"
     "From: Helena Marsh\nSent on July 1, 2026", None),
    ("Office\nDear Ms. Marsh:\nThis is the final response.\nSincerely,\nFOIA Officer\n"
     "Sent to the requester after the review of July 1, 2026 records", None),
])
def test_a_date_beside_the_salutation_or_at_the_foot_is_the_letters(text: str, date: str | None) -> None:
    assert letter_date(text) == date


@pytest.mark.parametrize(("rows", "released", "withheld"), [
    (["Disposition | Pages", "Released in full | 212", "Released in part | 64", "Withheld in full | 17",
      "Total pages reviewed | 293"], 276, 17),
    (["Pages released in full | 40 pages", "Pages withheld in full | 3 |"], 40, 3),
    (["Pages reviewed | 90", "Released | 90"], 90, None),
    # Near misses: a row without a count, a fee row, a date in the cell.
    (["Released in full | see enclosure", "Withheld in full | (b)(6)", "Duplication | 25",
      "Released in full | 2026-04-01"], None, None),
])
def test_a_page_count_table_row_is_read(rows: list[str], released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    for row in rows:
        read_pages(row, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


def test_an_appeal_decision_counts_only_the_pages_it_releases() -> None:
    recital = ("You appealed from the action of the FBI on your request. The FBI released 212 pages with redactions "
               "and withheld 44 pages in full. After carefully considering your appeal, I am affirming the FBI's "
               "action on your request.")
    decided = events_in(recital)
    assert [(e.kind, e.pages_released, e.pages_withheld) for e in decided] == [(EventKind.APPEAL_DECISION, None, None)]
    reversed_ = events_in("This is the final response to your appeal. The Privacy Office released 23 pages with "
                          "portions withheld under Exemption 5. Accordingly, your appeal is granted and the "
                          "determination is reversed. The 23 pages will be released to you in full.")
    assert [(e.outcome, e.pages_released) for e in reversed_] == [(Outcome.FULL_GRANT, 23)]


@pytest.mark.parametrize(("body", "outcome"), [
    ("Open Records Decision. The Appellant requested body-worn camera footage. This appeal followed. Accordingly, "
     "the Department did not violate the Act when it denied the request.", Outcome.DENIED),
    ("Open Records Decision. This appeal followed. The City violated the Open Records Act when it denied the "
     "request without explaining how the exception applies.", Outcome.FULL_GRANT),
    # (a late answer found beside a denial upheld gives the requester nothing: an affirmance, as the README says)
    ("Open Records Decision. This appeal followed. The Department violated the Act when it did not respond to the "
     "request within five business days. However, it did not violate the Act when it denied the request under "
     "KRS 61.878(1)(h).", Outcome.DENIED),
])
def test_an_attorney_generals_open_records_decision(body: str, outcome: Outcome) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, outcome)]


def test_a_determination_about_a_violation_of_law_is_no_appeal_decision() -> None:
    found = events_in("Your request is denied under KRS 61.878(1)(h) because the records concern an investigation "
                      "into whether the officer violated the law. You may appeal this denial to the Attorney General.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


FBI_COUNTS = "500 pages were reviewed and 347 pages are being released."


@pytest.mark.parametrize(("sheet", "withheld"), [
    ("In addition, a deleted page information sheet was inserted to indicate where pages were withheld entirely "
     "pursuant to applicable exemptions.", 153),
    ("A deleted page sheet marks each page withheld in full.", 153),
    ("Withheld page sheets show where the pages withheld in their entirety were removed.", 153),
    # Near misses: no sheet, or a sheet that marks something else.
    ("The appropriate exemptions are noted on the processed pages next to redacted information.", None),
    ("A deleted page information sheet was inserted for each page referred to another agency.", None),
])
def test_pages_marked_withheld_entirely_are_the_rest_of_those_reviewed(sheet: str, withheld: int | None) -> None:
    found = events_in(f"{sheet} Section 552: (b)(6); (b)(7)(C). {FBI_COUNTS} This is the final release.")
    assert [(e.pages_released, e.pages_withheld) for e in found] == [(347, withheld)]

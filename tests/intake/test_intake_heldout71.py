"""The seventy-first held-out set: 14 ordinary letters (letters/heldout71) like the samples in
shared/samples/agency-letters, eight federal and six state and local, in the formats they reach a requester in: a
Department of Energy acknowledgement with its received date and a ten-working-day extension, as a PDF behind a portal
notice that says only that a document has been released; a Nuclear Regulatory Commission fee estimate with its fee
table in an HTML-only e-mail; an Education Department extension alone, forwarded by a colleague ("Fwd:", the letter
below a forwarding note, dated only in the forwarded header); a Federal Communications Commission partial release in
Word, its letterhead in the page header and its date in a table cell; an SEC first interim release on two text pages
with a running header and "Page 1 of 2" footers; a Consumer Product Safety Commission no-records letter and a Veterans
Affairs appeal decision, both scanned (image-only PDFs, slightly skewed and specked, read by OCR); a Peace Corps fee
waiver granted (HTML-only e-mail); a Phoenix Police request for more information (a records-portal HTML e-mail); a
Boston Police fee estimate (Word, header letterhead, date in a table); a Michigan State Police denial under MCL
15.243(1)(b)(i) (scanned); a Nashville Police release in full forwarded from Outlook ("FW:", "Sent:"); a Buffalo FOIL
appeal acknowledgement (PDF behind a portal notice) and an Austin Police acknowledgement with its received date and
the day certified under Gov't Code § 552.221(d) (two text pages). Written from the agencies' published rules and
wording and committed before the rules were run on them.

Blind score: 7 of 14 fully right (50%), and 12 of 14 matched to their request (not w07, not w10). Wrong were:
- w01 (Energy, PDF behind a portal notice): kinds [extension, final_determination] and received empty, instead of
  an acknowledgement with received 2026-10-14 and the extension: "This letter acknowledges receipt of your ...
  request dated October 9, 2026, which was received in the Office of Public Information on October 14, 2026" not
  read as an acknowledgement, and something in the letter taken for a final answer.
- w04 (FCC, Word): the date, empty (the date in a table cell beside the control number, the letterhead in the page
  header), and pages_released 217 instead of 176: "We are releasing 176 pages to you; redactions have been made on
  41 of those pages" (the share redacted added to the whole).
- w07 (Veterans Affairs, scanned): tracking number and appeal number: the routing symbol of "In Reply Refer To:
  024B2" taken for the appeal number, "OGC Case No. 2026-0187" taken for the request's number before "FOIA Request
  No. 26-04412-F" (read as 26-0441), so no request matched.
- w08 (Peace Corps, HTML e-mail): the outcome, other instead of full_grant: "Your fee waiver request is therefore
  approved, and no fees will be charged".
- w10 (Boston Police, Word): no tracking number: "| Records Request: | PRR-26-3318 |" in a table, so no request
  matched; and an acknowledgement proposed beside the fee estimate ("is in receipt of your request" with no day of
  receipt). That second point was the answer sheet's, not the rules': set 11 settled that "is in receipt of your
  request" acknowledges it whatever else the letter says (a Florida fee letter), so expected.json follows it now.
- w12 (Nashville Police, forwarded from Outlook): no event at all: "Your ... request #R004117-092326 ... has been
  completed. The responsive records, 27 pages in total, are attached to this message. No information has been
  redacted from them."
- w14 (Austin Police, two pages): an extension proposed beside the acknowledgement: "We are unable to produce the
  requested information within ten business days ... I certify that the information will be available for release
  on or before November 9, 2026". This one was the answer sheet's error, not the rules': the settled reading (set 21)
  takes Texas's Gov't Code § 552.221(d) certification for an extension without a count of days, and the rules
  proposed just that, with the acknowledgement, its received day and the certified day as expected_by. expected.json
  now follows that convention; the blind figure above still counts w14 as wrong.
After general fixes (tests below): 14 of 14, each matched to its request, every earlier set unchanged. The fixes: a
portal's "A document has been released ..." is no release; a date in a table's cell beside a number is the letter's;
"redactions have been made on 41 of those pages" is a share of the pages released; a waiver "approved" outright
beside "no fees will be charged"; a number in the table cell beside its label; "In Reply Refer To: 024B2" is a
routing symbol; a forward ("FW:", "Fwd:") keeps the message it forwards; a number OCR split after a "1" is joined.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, letter_date, matched_requests, names, pages_in, wrong_in
from scans import OCR_MISSING, ocr_installed

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.exchange import correspondence
from foiatrack.exchange.correspondence import is_forward, without_quoted_history
from foiatrack.intake.numbers import find_references

SET = "heldout71"
SCANNED = {"w06-cpsc-no-records.pdf", "w07-va-appeal-decision.pdf", "w11-msp-denial.pdf"}
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()
NEEDS_OCR = pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)


@NEEDS_OCR
def test_heldout71_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [pytest.param(name, marks=NEEDS_OCR) if name in SCANNED else name
                                  for name in names(SET) if name not in NOT_YET])
def test_heldout71_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


@NEEDS_OCR
def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(SET, tmp_path)
    assert matched == owner


ACK = "This letter acknowledges receipt of your request, which was received on February 24, 2026."


@pytest.mark.parametrize("notice", [
    "A document has been released to you for request HQ-2027-00114-F.",
    "A new document has been released for request 26-2213.",
    "1 document has been posted to your request in the portal.",
    "New correspondence has been uploaded to your records request.",
])
def test_a_portal_notice_of_a_document_is_no_release(notice: str) -> None:
    """The portal's line above the letter it carries: the letter (here an acknowledgement) decides."""
    assert [e.kind for e in events_in(f"{notice} Please log in to view it.\n\n{ACK}")] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize("body", [
    "The document has been released in full.",
    "2 documents have been released to you in full for request 26-2213.",
])
def test_a_document_released_in_full_is_still_a_release(body: str) -> None:
    """The near miss: a document said released in full (or in part) is the answer."""
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT)]


@pytest.mark.parametrize(("row", "day"), [
    ("FOIA Control No. 2027-000087 | December 1, 2026", "2026-12-01"),
    ("Our Ref: 26-118443 | 1 December 2026", "2026-12-01"),
    ("December 1, 2026 | FOIA Control No. 2027-000087", "2026-12-01"),
])
def test_a_date_in_a_table_cell_beside_a_number(row: str, day: str) -> None:
    text = f"Agency FOIA Office\n\n{row}\n\nDear Requester:\n\nYour request was granted in full.\n\nSincerely,\nFOIA"
    assert letter_date(text) == day


def test_a_received_date_in_a_table_cell_is_not_the_letters() -> None:
    """The near miss: the cell's label says the date is another (the day the request came in)."""
    text = ("Agency FOIA Office\n\nRequest received: | November 20, 2026\n\nDear Requester:\n\nYour request was "
            "granted in full.\n\nSincerely,\nFOIA")
    assert letter_date(text) is None


@pytest.mark.parametrize(("sentence", "released", "part"), [
    ("We are releasing 176 pages to you; redactions have been made on 41 of those pages.", 176, 41),
    ("We are providing 90 pages, and 12 of them are redacted.", 90, 12),
    ("The Bureau is releasing 55 pages; 20 of these pages were partially redacted.", 55, 20),
])
def test_the_redacted_share_of_the_pages_released_is_among_them(sentence: str, released: int, part: int) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.released_part) == (released, part)


def test_a_share_withheld_is_not_a_share_redacted() -> None:
    """The near miss: pages released and others withheld in full, neither among the other's redactions."""
    counts = pages_in("We are releasing 176 pages and withholding 36 pages in their entirety.")
    assert (counts.pages_released, counts.released_part, counts.withheld_full) == (176, None, 36)


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Your fee waiver request is therefore approved, and no fees will be charged for the processing of this request.",
     Outcome.FULL_GRANT),
    ("Your request for a fee waiver has been granted; no charges will apply.", Outcome.FULL_GRANT),
    ("Your request for a fee waiver has been granted in part, and no fees will be charged for the first 100 pages.",
     Outcome.PARTIAL_GRANT),
    # The near misses: no fees to waive, so no decision on the waiver.
    ("No fees will be charged for this request, so your fee waiver request is moot.", Outcome.OTHER),
    ("Because no fees are charged for this request, we need not address your request for a fee waiver.",
     Outcome.OTHER),
])
def test_a_waiver_decided_outright_beside_no_fees(sentence: str, outcome: Outcome) -> None:
    found = [e for e in events_in(sentence) if e.kind is EventKind.FEE_WAIVER_DECISION]
    assert [e.outcome for e in found] == [outcome]


@pytest.mark.parametrize(("text", "number"), [
    ("| Date: | October 27, 2026 |\n| Records Request: | PRR-26-3318 |", "PRR-26-3318"),
    ("FOIA Request No. | 26-04412-F", "26-04412-F"),
])
def test_a_number_in_the_cell_beside_its_label(text: str, number: str) -> None:
    assert [ref.number for ref in find_references(text)] == [number]


def test_a_routing_symbol_to_refer_to_is_no_number() -> None:
    refs = find_references("In Reply Refer To: 024B2\nOGC Case No. 2026-0187\nFOIA Request No. 26-04412-F")
    assert [ref.number for ref in refs] == ["2026-0187", "26-04412-F"]


def test_a_number_to_refer_to_is_still_read() -> None:
    """The near miss: a case number after "In reply refer to" is the request's."""
    assert [ref.number for ref in find_references("In reply refer to: FOIA 2026-00412")] == ["FOIA 2026-00412"]


NOTE = "Maria, the Department's letter on our request is below; could you add it to the tracker and file the records?"
FORWARDED = (f"{NOTE}\n\n-----Original Message-----\nFrom: FOIA Office "
             "<foia@agency.example.gov>\nSent: Monday, September 28, 2026 4:55 PM\nSubject: Request 26-1\n\n"
             "Your request has been completed. The responsive records, 27 pages in total, are attached.\n")


@pytest.mark.parametrize("subject", ["FW: Public Records Request #26-1", "Fwd: FOIA Request No. 27-00412-F",
                                     "fw: RE: Request 26-1"])
def test_a_forward_keeps_the_message_it_forwards(subject: str) -> None:
    assert is_forward(subject)
    assert without_quoted_history(FORWARDED, forward=is_forward(subject)) == FORWARDED


@pytest.mark.parametrize("subject", ["RE: FW: Public Records Request #26-1", "Request 26-1 - forwarded to Records"])
def test_a_reply_drops_the_history_it_quotes(subject: str) -> None:
    """The near miss: a reply (even to a forward) quotes history; its own words are the message."""
    assert not is_forward(subject)
    assert without_quoted_history(FORWARDED, forward=is_forward(subject)) == f"{NOTE}\n"


@pytest.mark.parametrize(("read", "meant"), [
    ("FOIA Request No. 26-0441 2-F", "FOIA Request No. 26-04412-F"),
    ("Request No. 2026-00114 1-FOIA", "Request No. 2026-001141-FOIA"),
    # The near misses: two numbers, or a number and a word, stay apart.
    ("cases 26-0441 and 2-F", "cases 26-0441 and 2-F"),
    ("pages 12-150 2-3", "pages 12-150 2-3"),
])
def test_a_number_ocr_split_after_a_one_is_joined(read: str, meant: str) -> None:
    assert correspondence._rejoined_numbers(read) == meant


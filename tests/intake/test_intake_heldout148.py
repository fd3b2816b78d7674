"""The hundred-and-forty-eighth held-out set: 14 form-shaped and invoice-shaped letters (letters/heldout148) from
state, local and federal bodies, written after set 147 was scored and fixed, and after reading the rules: so written
deliberately in wordings those rules were not seen to handle. A Pennsylvania Department of Health RTKL interim
response whose dates stand in a table ("Request came into the Open Records Office", "This notice issued", "Response
will be sent no later than"; Word, letterhead in the page header), an El Paso itemized statement with leader dots
and a "Grand total of estimated charges" (PDF), a New Jersey Department of Corrections custodian response with
ballot-box glyphs, a Nashville Metro Water response form with a cost table, a Greene County, Missouri Sunshine Law
delay notice (e-mail), an Army CID no-records response with boxes (PDF), a Department of Energy fee invoice with a
credit line (an e-mail with the invoice attached as a PDF), a Sonoma County Sheriff's GovQA closing notice with a
status table (HTML), a Spokane second installment (e-mail), a Wake County special service charge table with a
deposit of half (Word), a Labor Department Solicitor's extension with "Determination now due:" (e-mail), an Oak
Park FOIA notice of extension with its reasons ticked (PDF), a Sarasota invoice with "BALANCE DUE", and a Fairfax
County Police five-day response with its box ticked for seven more work days. Committed before the rules were run
on them.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- m01 (Pennsylvania Department of Health, Word table): no acknowledgement, no date received and no expected date:
  the rows "| Request came into the Open Records Office | Monday, November 30, 2026 |" and "| Response will be sent
  no later than | January 6, 2027 |".
- m03 (New Jersey DOC custodian response): nothing found: "Custodian Action:" over "☒ Denied - see explanation
  below" (a ticked disposition on a line of its own under its label) and "... they are criminal investigatory
  records, N.J.S.A. 47:1A-1.1, and records that the Department's regulations keep confidential, which OPRA leaves
  in place under N.J.S.A. 47:1A-9(a)".
- m08 (Sonoma County Sheriff, GovQA HTML): pages empty: the row "Files in the Public Records Center | 3 (57
  pages)".
- m09 (Spokane, e-mail): pages empty: "The second batch of records for this request, 212 pages, is now in your
  portal account."
- m11 (Labor Department Solicitor, e-mail): no expected date: "Determination now due: December 31, 2026."
- m12 (Oak Park FOIA notice, PDF form): no acknowledgement, no date received, no expected date: the fields "FOIA
  received on:         11/25/2026" and "Answer now due by:        12/09/2026".
- m14 (Fairfax County Police): no acknowledgement and no date received: "Your Virginia Freedom of Information Act
  request arrived in Central Records on Monday, November 30, 2026."
After general fixes (a request that "arrived in" or "at" a place named in capitals on its day, and a form's or
table's label "Request came into the ... Office |"; a field "FOIA received on:" naming the request by its law;
"Determination now due:", "Answer now due by:" as the expected day, and a table row's date after "no later than |";
a decision's label alone on its line ("Custodian Action:") read with the ticked value below, and a label naming who
acts; a response-date field with a word between ("Date of Custodian Response:") beside another field; pages "now in
your portal account", and a portal's row "Files in the Public Records Center 3 (57 pages)"), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.model import Letter
from foiatrack.intake.pages import PageCounts, read_pages_after
from foiatrack.intake.understand import understand

SET = "heldout148"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "received"), [
    ("Your Virginia Freedom of Information Act request arrived in Central Records on Monday, November 30, 2026.",
     dt.date(2026, 11, 30)),
    ("Your public records request arrived at Records Management on November 30, 2026.", dt.date(2026, 11, 30)),
    ("| Request came into the Open Records Office | Monday, November 30, 2026 |", dt.date(2026, 11, 30)),
    ("FOIA received on: 11/30/2026", dt.date(2026, 11, 30)),
    ("RTKL request received: November 30, 2026", dt.date(2026, 11, 30)),
])
def test_more_receipts_of_the_request_in_forms_and_plain_words(sentence: str, received: dt.date) -> None:
    found = events_in(sentence + "\nWe will need ten more working days to respond, until December 14, 2026.",
                      date_line="December 2, 2026")
    assert [(event.kind, event.received) for event in found][:1] == [(EventKind.ACKNOWLEDGED, received)]


@pytest.mark.parametrize("sentence", [
    # The near misses: what arrived is a payment or a letter of the requester's, not the request.
    "Payment received: 11/30/2026",
    "Your check arrived in Central Records on Monday, November 30, 2026.",
])
def test_other_arrivals_are_no_receipt_of_the_request(sentence: str) -> None:
    found = events_in(sentence, date_line="December 2, 2026")
    assert all(event.received is None for event in found)


@pytest.mark.parametrize(("line", "due"), [
    ("Determination now due: December 31, 2026.", dt.date(2026, 12, 31)),
    ("Answer now due by: 12/09/2026", dt.date(2026, 12, 9)),
    ("| Response will be sent no later than | January 6, 2027 |", dt.date(2027, 1, 6)),
])
def test_the_answer_now_due_is_the_expected_date(line: str, due: dt.date) -> None:
    found = events_in("We received your request on November 25, 2026. The time to respond is extended by ten "
                      f"working days because the records are held at field offices.\n{line}",
                      date_line="December 1, 2026")
    assert {event.expected_by for event in found} - {None} == {due}


def test_a_requesters_deadline_in_a_table_is_no_expected_date() -> None:
    found = events_in("We received your request on November 25, 2026. The estimated fee is $68.63.\n"
                      "| Please reply no later than | December 15, 2026 |", date_line="December 1, 2026")
    assert {event.expected_by for event in found} == {None}


@pytest.mark.parametrize(("body", "outcome"), [
    ("Custodian Action:\n  ☐ Granted - records enclosed\n  ☒ Denied - see explanation below\n\nExplanation:\nThe "
     "reports are criminal investigatory records, N.J.S.A. 47:1A-1.1.", Outcome.DENIED),
    ("Agency's decision:\n[X] Granted in part\n[ ] Denied\n\nThe home addresses were redacted under N.J.S.A. "
     "47:1A-1.1.", Outcome.PARTIAL_GRANT),
    ("Disposition:\n\n[X] Filled in full\n[ ] Denied\nRecords provided:  Payroll register, 2025\nNumber of pages:  6",
     Outcome.FULL_GRANT),
])
def test_a_decisions_label_alone_on_its_line_takes_the_ticked_value_below(body: str, outcome: Outcome) -> None:
    text = f"TOWNSHIP OF EXAMPLE\n\nDate of Custodian Response: 12/02/2026\n\n{body}\n"
    found = understand(Letter(text=text)).events
    assert [(event.kind, event.outcome, event.date) for event in found] == [
        (EventKind.FINAL_DETERMINATION, outcome, dt.date(2026, 12, 2))]


def test_a_status_label_over_a_paragraph_decides_nothing() -> None:
    text = P.FORM_DECISION_LABEL_LINE.sub(r"\1 ", "Status:\nOpen - in progress\n")
    assert text == "Status: Open - in progress\n"
    assert not P.FORM_DISPOSITION.search(text)


@pytest.mark.parametrize(("segment", "dates"), [
    ("Request No.: C211874 Date of Custodian Response: ", True),
    ("Date of Agency Determination: ", True),
    # The near misses: a response still to come.
    ("Date of final response: ", False),
    ("Expected date of response: ", False),
])
def test_a_response_date_field_with_a_word_between(segment: str, dates: bool) -> None:
    assert bool(P.RESPONSE_DATE_FIELD.search(segment)) is dates


@pytest.mark.parametrize(("sentence", "released"), [
    ("The second batch of records for this request, 212 pages, is now in your portal account.", 212),
    ("Installment three, 48 pages, is now on your dashboard.", 48),
    ("Files in the Public Records Center 3 (57 pages)", 57),
    ("Documents posted to your account | 2 (14 pages)", 14),
    # The near misses: pages still in the office's hands, and a row of files withheld.
    ("The remaining 300 pages are in our review queue.", None),
    ("Files withheld in the Public Records Center 3 (57 pages)", None),
])
def test_pages_put_in_the_requesters_portal_are_released(sentence: str, released: int | None) -> None:
    if sentence.startswith(("Files", "Documents")):
        counts = PageCounts()
        read_pages_after(sentence, "", counts)
        assert counts.pages_released == released
    else:
        assert pages_in(sentence).pages_released == released

"""What the command line prints: one line an event with what matters about it, the deadlines with how
each was counted, a table of requests that fits the terminal, and JSON with plain values."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from foiatrack.cli.format import (
    deadlines_json,
    event_json,
    format_deadlines,
    format_event_line,
    format_request_table,
    note_text,
)
from foiatrack.core.models import AttachmentInfo, Event
from foiatrack.core.rules import Note
from foiatrack.core.vocabulary import EventKind, Outcome, Status
from foiatrack.services.jurisdictions import deadline_preview
from foiatrack.services.queries import RequestSummary

DECISION = Event(EventKind.FINAL_DETERMINATION, dt.date(2026, 11, 3), summary="Partly granted", id=9, request_id=2,
                 outcome=Outcome.PARTIAL_GRANT, tracking_number="2026-FOIA-88", amount=Decimal("1250"),
                 pages_released=40, exemptions=("(b)(6)",),
                 attachments=(AttachmentInfo(4, 9, "scan.pdf", "application/pdf", 10, "0" * 64, text_extracted=False),))


def test_an_event_line_says_what_matters_about_it() -> None:
    assert format_event_line(DECISION) == (
        "2026-11-03  Final determination            Partly granted  [outcome: partial grant; tracking 2026-FOIA-88; "
        "$1,250.00; 40 pages released, 0 withheld; exemptions (b)(6); 1 file(s): scan.pdf (text not extracted)]")
    plain = Event(EventKind.NOTE, dt.date(2026, 10, 2), id=1)
    assert format_event_line(plain) == f"2026-10-02  {'Note':<30} Note"


def test_an_event_as_json_has_plain_values() -> None:
    out = event_json(DECISION)
    assert (out["amount"], out["outcome"], out["direction"], out["received"]) == ("1250", "partial_grant",
                                                                                  "incoming", None)
    assert out["attachments"][0]["text_extracted"] is False
    assert json.loads(json.dumps(out)) == out


def test_deadlines_say_how_each_was_counted() -> None:
    deadlines = deadline_preview("US", dt.date(2026, 10, 1))
    text = format_deadlines(deadlines, None, None)
    assert text.startswith("Deadlines:\n  Clock start: ")
    assert "  Response due: Fri 2026-10-30\n      20 working days under 5 U.S.C. § 552(a)(6)(A)(i)" in text
    document = deadlines_json(deadlines, None)
    assert (document["response_due"], document["jurisdiction"]) == ("2026-10-30", "US")
    assert json.loads(json.dumps(document)) == document


def test_no_deadlines_before_the_request_is_sent() -> None:
    assert format_deadlines(None, None, None) == "Deadlines: none yet (the request has not been sent).\n"
    assert deadlines_json(None, None)["dates"] == []


def test_a_note_is_flagged_until_a_second_source_confirms_it() -> None:
    assert note_text(Note("Ruling period", "Tex. Gov't Code § 552.301", verified=False)) == (
        "Ruling period (Tex. Gov't Code § 552.301) [UNVERIFIED]")
    assert note_text(Note("Plain", "", verified=True)) == "Plain"


def _row(n: int, subject: str, agency: str = "Zephyr Port Authority", abbreviation: str = "") -> RequestSummary:
    return RequestSummary(n, subject, agency, abbreviation, 3, "US", Status.SUBMITTED, dt.date(2026, 10, 1), None,
                          dt.date(2026, 10, 30), None, dt.date(2026, 10, 30), None, None, 4, (), False, None)


def test_the_request_table_fits_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    table = format_request_table([_row(1, "x" * 200), _row(2, "Short", abbreviation="ZPA")]).splitlines()
    assert table[0].startswith("    ID  STATUS")
    assert all(len(line) <= 100 for line in table)
    assert len(table[1]) == 100 and table[1].endswith("x" * 25 + "…") and "Zephyr Po…" in table[1] and "4d" in table[1]
    assert " ZPA " in table[2] and table[-1] == "2 request(s)"
    assert format_request_table([]) == "No requests match.\n"

"""A spreadsheet row becomes a request and the events its dates and status imply, with every problem
named by its column (no database involved)."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.rules import default_catalog
from foiatrack.core.vocabulary import Direction, EventKind, Outcome
from foiatrack.exchange.columns import match_columns, match_event_columns
from foiatrack.exchange.plan import MAX_SUBJECT, PlannedRow, RowPlanner, import_key, read_event_rows, shorten

D = dt.date
HEADERS = ["Agency", "Subject", "Date Sent", "Date Received", "Status", "Date Closed", "Date Appealed",
           "Tracking Number", "Exemptions", "Records Sought", "Disposition"]
JURISDICTIONS = frozenset(default_catalog().jurisdictions)


def _plan(values: dict[str, object], *, default_agency: str | None = None, line: int = 2) -> PlannedRow:
    planner = RowPlanner(match_columns(HEADERS), JURISDICTIONS, "tracker.csv", default_agency=default_agency)
    return planner.plan(line, [values.get(header) for header in HEADERS])


def _steps(row: PlannedRow) -> list[tuple[str, EventKind, dt.date, Outcome | None]]:
    return [(spec.column, spec.event.kind, spec.event.date, spec.event.outcome) for spec in row.events]


def test_the_same_request_has_the_same_key_however_its_names_are_spaced_or_cased() -> None:
    one = import_key("FBI", None, "Drone  logs", D(2026, 10, 1), "Dana Ortiz")
    assert one == import_key(" fbi", None, "drone logs ", D(2026, 10, 1), "DANA ORTIZ")
    assert one.startswith("import:") and len(one) == len("import:") + 40
    assert one != import_key("FBI", None, "Drone logs", D(2026, 10, 2), "Dana Ortiz")
    assert one != import_key("FBI", None, "Drone logs", D(2026, 10, 1), "Someone Else")


def test_with_a_tracking_number_a_corrected_subject_is_still_the_same_request() -> None:
    assert import_key("FBI", "24-F-1", "Drone logs", None, "") == import_key("fbi", "24-f-1", "Drone flight logs",
                                                                             D(2026, 10, 1), "Dana")
    assert import_key("FBI", "24-F-1", "x", None, "") != import_key("CBP", "24-F-1", "x", None, "")


@pytest.mark.parametrize(("text", "limit", "short"), [
    ("  a   short\n subject ", 200, "a short subject"),
    ("every record about the harbour", 20, "every record about…"),
    ("one, two; three: four", 15, "one, two…"),  # the punctuation before the cut goes
    ("x" * 30, 10, "x" * 10 + "…"),  # one long word is cut where it must be
])
def test_a_subject_is_shortened_at_a_word_boundary(text: str, limit: int, short: str) -> None:
    assert shorten(text, limit) == short


def test_dates_and_a_status_become_the_events_they_imply() -> None:
    row = _plan({"Agency": "FBI", "Subject": "Drone logs", "Date Sent": "2026-10-01",
                 "Date Received": "10/05/2026", "Status": "Denied", "Date Closed": "2026-11-03",
                 "Tracking Number": " 24-F-1 ", "Exemptions": "b6 b7c"})
    assert row.errors == [] and not row.date_unknown
    assert (row.agency, row.sent, row.tracking_number) == ("FBI", D(2026, 10, 1), "24-F-1")
    assert _steps(row) == [
        ("Date Sent", EventKind.SUBMITTED, D(2026, 10, 1), None),
        ("Date Received", EventKind.RECEIVED, D(2026, 10, 5), None),
        ("Tracking Number", EventKind.TRACKING_NUMBER, D(2026, 10, 5), None),  # dated the receipt
        ("Status", EventKind.FINAL_DETERMINATION, D(2026, 11, 3), Outcome.DENIED),
    ]
    assert row.events[0].event.details == "Imported from tracker.csv, line 2."
    assert row.events[-1].event.exemptions == ("b6, b7c",)


def test_a_step_the_file_gives_no_date_for_is_dated_the_latest_date_and_says_so() -> None:
    row = _plan({"Agency": "FBI", "Subject": "Drone logs", "Date Sent": "2026-10-01", "Status": "Denied"})
    assert row.date_unknown
    [_sent, determination] = row.events
    assert (determination.event.date, determination.event.outcome) == (D(2026, 10, 1), Outcome.DENIED)
    assert "gives no date for this; 2026-10-01, the latest date it does give, stands in" in (
        determination.event.details)


def test_a_disposition_column_refines_a_bare_closed() -> None:
    row = _plan({"Agency": "FBI", "Subject": "s", "Date Sent": "2026-10-01", "Status": "Closed",
                 "Disposition": "Partial grant", "Date Closed": "2026-11-03"})
    assert _steps(row)[-1] == ("Status", EventKind.FINAL_DETERMINATION, D(2026, 11, 3), Outcome.PARTIAL_GRANT)


def test_a_closing_date_alone_is_a_determination_of_unknown_outcome() -> None:
    row = _plan({"Agency": "FBI", "Subject": "s", "Date Sent": "2026-10-01", "Date Closed": "2026-11-03"})
    last = row.events[-1].event
    assert (last.kind, last.outcome) == (EventKind.FINAL_DETERMINATION, Outcome.OTHER)
    assert last.details == "The outcome is not given in the imported file."


@pytest.mark.parametrize(("values", "column", "message"), [
    ({"Date Sent": "2026-10-01", "Date Received": "2026-09-30"}, "Date Received",
     "2026-09-30 is before the date sent (2026-10-01)"),
    ({"Date Sent": "2026-10-01", "Date Closed": "2026-11-03", "Date Appealed": "2026-11-02", "Status": "Appealed"},
     "Date Appealed", "the appeal is dated before the determination"),
    ({"Date Sent": "2026-10-01", "Date Closed": "2026-11-03", "Status": "Pending"}, "Date Closed",
     "a closing date is given but the status 'Pending' says the request is open"),
    ({"Date Sent": "2026-10-01", "Date Closed": "2026-11-03", "Status": "Acknowledged"}, "Date Closed",
     "a closing date is given but the status 'Acknowledged' says the request is open"),
    ({"Date Sent": "2026-10-01", "Date Closed": "2026-11-03", "Status": "Clarification requested"}, "Date Closed",
     "a closing date is given but the status 'Clarification requested' says the request is open"),
    ({"Tracking Number": "T-1"}, "Tracking Number", "a tracking number needs a date: give the date sent"),
    ({"Tracking Number": "T" * 101, "Date Sent": "2026-10-01"}, "Tracking Number", "at most 100 characters"),
    ({"Status": "Denied"}, "Status", "the status needs a date: give Date Sent or Date Closed"),
    ({"Status": "Frobnicated"}, "Status", "'Frobnicated' is not a status foiatrack knows"),
])
def test_each_problem_names_its_column(values: dict[str, object], column: str, message: str) -> None:
    row = _plan({"Agency": "FBI", "Subject": "s", **values})
    assert (column, message) in row.errors, row.errors


@pytest.mark.parametrize(("status", "last"), [("In litigation", EventKind.LAWSUIT_FILED),
                                             ("Appealed", EventKind.APPEAL_FILED), ("Denied", None)])
def test_a_closing_date_with_a_closed_status_is_no_problem(status: str, last: EventKind | None) -> None:
    row = _plan({"Agency": "FBI", "Subject": "s", "Date Sent": "2026-10-01", "Date Closed": "2026-11-03",
                 "Status": status})
    assert row.errors == []
    assert D(2026, 11, 3) in [spec.event.date for spec in row.events]
    if last is not None:
        assert row.events[-1].event.kind is last


def test_an_unknown_status_word_is_kept_for_the_user_to_teach() -> None:
    assert _plan({"Agency": "FBI", "Subject": "s", "Status": "Frobnicated"}).unknown_statuses == [
        ("Status", "Frobnicated")]


def test_a_row_without_an_agency_takes_the_one_given_for_the_import() -> None:
    row = _plan({"Subject": "Drone logs"})
    assert row.errors == [("Agency", "every request needs an agency (or import with --agency NAME to give the "
                                     "rows that name none)")]
    assert _plan({"Subject": "Drone logs"}, default_agency="  Federal   Bureau ").agency == "Federal Bureau"


def test_a_missing_subject_comes_from_the_records_sought_and_a_long_one_is_kept_there() -> None:
    from_records = _plan({"Agency": "FBI", "Records Sought": "All permits for dredging the outer harbour " * 5})
    assert from_records.fields["subject"].startswith("All permits for dredging")
    assert len(from_records.fields["subject"]) <= 121 and from_records.fields["subject"].endswith("…")
    long = "word " * 150
    row = _plan({"Agency": "FBI", "Subject": long, "Records Sought": "the permits"}, line=7)
    assert len(long.strip()) > MAX_SUBJECT
    assert len(row.fields["subject"]) <= 201
    assert row.fields["records_sought"] == long.strip() + "\n\nthe permits"
    assert row.warnings == [f"line 7: the subject is {len(long.strip()):,} characters; its start is the subject "
                            "and the whole text is kept in the records sought"]


EVENT_HEADERS = ["Key", "Date", "Kind", "Direction", "Outcome", "Amount", "Created By"]


def test_an_events_table_is_read_grouped_by_request_with_its_problems() -> None:
    columns = match_event_columns(EVENT_HEADERS)
    rows = [
        (2, ["import:a", "2026-10-01", "submitted", "outgoing", None, None, "dana"]),
        (3, ["import:a", "2026-11-03", "final_determination", None, "denied", None, ""]),
        (4, ["import:b", "2026-10-09", "fee_estimate", None, None, "twelve dollars", None]),
        (5, ["import:b", "2026-10-10", "telepathy", None, None, None, None]),
        (6, ["import:c", None, "note", None, None, None, None]),
    ]
    grouped, problems = read_event_rows(rows, columns)
    assert [(s.event.kind, s.event.direction, s.line, s.created_by) for s in grouped["import:a"]] == [
        (EventKind.SUBMITTED, Direction.OUTGOING, 2, "dana"),
        (EventKind.FINAL_DETERMINATION, Direction.INCOMING, 3, ""),
    ]
    assert grouped["import:a"][1].event.outcome is Outcome.DENIED
    assert grouped["import:b"][0].event.amount is None  # the bad amount is a problem, not a guess
    assert "import:c" not in grouped
    assert [(line, label, key) for line, label, _message, key in problems] == [
        (4, "Amount", "import:b"), (5, "Kind", "import:b"), (6, "Date", "import:c")]
    assert problems[2][2] == "every event needs one"
    assert "telepathy" in problems[1][2]


def test_an_events_table_without_its_key_date_or_kind_column_is_refused_whole() -> None:
    grouped, problems = read_event_rows([(2, ["x"])], match_event_columns(["Summary", "Date"]))
    assert grouped == {}
    assert problems == [(0, "Key", "the events table has no such column", ""),
                        (0, "Kind", "the events table has no such column", "")]

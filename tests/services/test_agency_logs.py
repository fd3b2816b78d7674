"""Importing the spreadsheets people really have: agency FOIA logs (one agency per file, title rows above
the header, their own headers and disposition words) and the trackers that copy them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome, Status
from foiatrack.services.exchange import (
    get_status_mapping,
    import_file,
    preview_import,
    save_status_mapping,
)
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.store.database import Database

AGENCY = "U.S. Citizenship and Immigration Services"

# The shape: no agency column, a title above the header, US dates, DOJ disposition words.
CSV_LOG = """\
U.S. Department of Example - FOIA Log,,,,,,,
"Fiscal Year 2026, Quarter 2",,,,,,,
,,,,,,,
Tracking #,Requestor Name,Requester Organization,Date Rec'd,Summary of Records Requested,Disposition,\
Date Closed,Exemption(s) Applied
COW2026000101,Jane Doe,Daily Planet,3/7/2026,All emails about the new parking policy,\
Granted/Denied in Part,4/2/2026,"(b)(6), (b)(7)(C)"
COW2026000102,John Roe,,3/9/2026,Contracts with Acme Corp 2024-2025,Granted in Full,3/30/2026,
COW2026000103,Ann Lee,Lee & Co,03/10/2026,Inspection reports for site 12,Other Reasons - No Records,4/1/2026,N/A
COW2026000104,Bob Ray,,3/12/26,Travel records of the director,Request Withdrawn,3/20/2026,
COW2026000105,Cy Young,Acme,3/15/2026,Complaints about facility 4,Administratively Closed,4/10/2026,
COW2026000106,Di Fox,,3/16/2026,Policy memos on detention standards,Denied in Full,4/15/2026,b5; Ex. 7(E)
COW2026000107,Ed Gu,,3/18/2026,Budget documents FY2025,Pending,,
"""
CSV_EXPECTED = {
    "COW2026000101": (Status.PARTIALLY_GRANTED, ["(b)(6)", "(b)(7)(C)"]),
    "COW2026000102": (Status.GRANTED, []),
    "COW2026000103": (Status.NO_RECORDS, []),
    "COW2026000104": (Status.WITHDRAWN, []),
    "COW2026000105": (Status.CLOSED, []),
    "COW2026000106": (Status.DENIED, ["(b)(5)", "(b)(7)(E)"]),
}


def write_xlsx_log(path: Path) -> Path:
    """A workbook shaped like a component's published log: a merged title, a blank row, a header with
    its own words, dates as date cells and as bare Excel serials, and one disposition merged down over
    two requests."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "FY2026 Log"
    sheet.append(["Immigration and Customs Enforcement - FOIA Log, October 2025 to March 2026"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(["Request ID", "Requester", "Company", "Received Date", "Description of Records",
                  "Final Disposition", "Closed Date", "Exemptions Used"])
    rows = [
        ["2026-ICFO-10001", "A. Reporter", "Herald", dt.datetime(2025, 10, 6), "Detention contracts at Site A",
         "Partial Grant/Partial Denial", dt.datetime(2025, 12, 1), "b6, b7c"],
        ["2026-ICFO-10002", "B. Lawyer", "Law LLP", 45945, "Use-of-force policy",  # 45945 = 2025-10-15
         "Full Grant", 45999, None],                                                 # 45999 = 2025-12-08
        ["2026-ICFO-10003", "C. Student", None, dt.datetime(2025, 11, 3), "Training slides 2024",
         "Other Reasons - Improper FOIA Request", dt.datetime(2025, 11, 20), None],
        ["2026-ICFO-10004", "D. Someone", None, dt.datetime(2025, 11, 4), "Emails of the field office",
         "Full Denial Based on Exemptions", dt.datetime(2026, 1, 9), "(b)(5); (b)(7)(E)"],
        ["2026-ICFO-10005", "E. Someone", None, dt.datetime(2025, 11, 5), "Emails of the field office, 2024",
         None, dt.datetime(2026, 1, 9), "(b)(5); (b)(7)(E)"],
        ["2026-ICFO-10006", "F. Someone", None, dt.datetime(2025, 12, 1), "Detainer statistics",
         "Other Reasons - Fee-Related Reason", dt.datetime(2026, 2, 2), None],
        ["2026-ICFO-10007", "G. Someone", None, dt.datetime(2026, 1, 5), "Body camera policy",
         "Records not reasonably described", dt.datetime(2026, 2, 3), None],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("F7:F8")  # "Full Denial Based on Exemptions" for 10004 and 10005
    workbook.save(path)
    return path


XLSX_EXPECTED = {
    "2026-ICFO-10001": (Status.PARTIALLY_GRANTED, ["(b)(6)", "(b)(7)(C)"], dt.date(2025, 12, 1)),
    "2026-ICFO-10002": (Status.GRANTED, [], dt.date(2025, 12, 8)),
    "2026-ICFO-10003": (Status.CLOSED, [], dt.date(2025, 11, 20)),
    "2026-ICFO-10004": (Status.DENIED, ["(b)(5)", "(b)(7)(E)"], dt.date(2026, 1, 9)),
    "2026-ICFO-10005": (Status.DENIED, ["(b)(5)", "(b)(7)(E)"], dt.date(2026, 1, 9)),
    "2026-ICFO-10006": (Status.CLOSED, [], dt.date(2026, 2, 2)),
    "2026-ICFO-10007": (Status.CLOSED, [], dt.date(2026, 2, 3)),
}


def requests_by_tracking(db: Database) -> dict[str, object]:
    return {row.tracking_number: row for row in list_requests(db)}


def determination(db: Database, request_id: int):  # type: ignore[no-untyped-def]
    events = [e for e in request_detail(db, request_id).events if e.kind is EventKind.FINAL_DETERMINATION]
    assert len(events) == 1
    return events[0]


def test_an_agency_log_without_an_agency_column_imports_every_row(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "foia-log.csv"
    source.write_text(CSV_LOG, encoding="utf-8")
    report = import_file(db, source, agency=AGENCY)
    assert report.committed, [str(e) for e in report.errors]
    assert (report.rows, report.added, report.invalid) == (7, 7, 0)
    assert any("header row is line 4" in w for w in report.warnings)
    found = requests_by_tracking(db)
    assert set(found) == {*CSV_EXPECTED, "COW2026000107"}
    for number, (status, exemptions) in CSV_EXPECTED.items():
        row = found[number]
        assert row.agency == AGENCY
        assert row.status is status, number
        event = determination(db, row.id)
        assert list(event.exemptions) == exemptions, number
    assert found["COW2026000107"].status not in (Status.CLOSED, Status.GRANTED)
    detail = request_detail(db, found["COW2026000101"].id)
    assert (detail.request.requester_name, detail.request.requester_organisation) == ("Jane Doe", "Daily Planet")
    assert detail.request.subject == "All emails about the new parking policy"
    received = [e.date for e in detail.events if e.kind is EventKind.RECEIVED]
    assert received == [dt.date(2026, 3, 7)]
    assert determination(db, found["COW2026000101"].id).date == dt.date(2026, 4, 2)  # the closing date
    assert determination(db, found["COW2026000104"].id).date == dt.date(2026, 3, 20)
    closed = determination(db, found["COW2026000105"].id)
    assert closed.outcome is Outcome.OTHER and "Administratively Closed" in closed.summary
    again = import_file(db, source, agency=AGENCY)
    assert (again.added, again.already_present) == (0, 7)


def test_a_workbook_log_with_title_merged_cells_and_serial_dates(db: Database, tmp_path: Path) -> None:
    source = write_xlsx_log(tmp_path / "ice-log.xlsx")
    report = import_file(db, source, agency="Immigration and Customs Enforcement")
    assert report.committed, [str(e) for e in report.errors]
    assert (report.rows, report.added) == (7, 7)
    found = requests_by_tracking(db)
    assert set(found) == set(XLSX_EXPECTED)
    for number, (status, exemptions, closed) in XLSX_EXPECTED.items():
        assert found[number].status is status, number
        event = determination(db, found[number].id)
        assert (list(event.exemptions), event.date) == (exemptions, closed), number
    received = [e.date for e in request_detail(db, found["2026-ICFO-10002"].id).events if e.kind is EventKind.RECEIVED]
    assert received == [dt.date(2025, 10, 15)]
    improper = determination(db, found["2026-ICFO-10003"].id)
    assert "Improper FOIA Request" in improper.summary  # "other reasons" keep their reason
    fee = determination(db, found["2026-ICFO-10006"].id)
    assert "Fee-Related Reason" in fee.summary


def test_a_row_naming_its_own_agency_keeps_it(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "tracker.csv"
    source.write_text("Agency,Subject,Date Sent,Status\n,Parking tickets,2026-03-02,Pending\n"
                      "City of Springfield,Zoning files,2026-03-03,Pending\n", encoding="utf-8")
    report = import_file(db, source, agency="Springfield Police Department")
    assert report.committed
    agencies = {row.subject: row.agency for row in list_requests(db)}
    assert agencies == {"Parking tickets": "Springfield Police Department", "Zoning files": "City of Springfield"}


def test_without_an_agency_the_message_says_how_to_give_one(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "foia-log.csv"
    source.write_text(CSV_LOG, encoding="utf-8")
    with pytest.raises(UserError, match="--agency NAME"):
        import_file(db, source)


def test_appeal_dispositions_date_the_appeal_decision(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "appeals.csv"
    source.write_text(
        "Appeal Number,Date Appeal Received,Subject of Request,Appeal Disposition,Appeal Closed Date\n"
        "A-2026-001,1/5/2026,Original request about detention records,Completely Affirmed,2/10/2026\n"
        "A-2026-002,1/6/2026,Original request about bodycam,Partially Affirmed & Partially Reversed/Remanded,"
        "2/11/2026\n"
        "A-2026-003,1/7/2026,Original request about overtime,Completely Reversed/Remanded,2/12/2026\n"
        "A-2026-004,1/8/2026,Original request about travel,Closed for Other Reasons,2/13/2026\n",
        encoding="utf-8")
    report = import_file(db, source, agency="Office of Information Policy")
    assert report.committed, [str(e) for e in report.errors]
    found = requests_by_tracking(db)
    outcomes = {}
    for number, row in found.items():
        assert row.status is Status.APPEAL_DECIDED
        decisions = [e for e in request_detail(db, row.id).events if e.kind is EventKind.APPEAL_DECISION]
        outcomes[number] = (decisions[0].outcome, decisions[0].date)
    assert outcomes == {
        "A-2026-001": (Outcome.DENIED, dt.date(2026, 2, 10)),
        "A-2026-002": (Outcome.PARTIAL_GRANT, dt.date(2026, 2, 11)),
        "A-2026-003": (Outcome.FULL_GRANT, dt.date(2026, 2, 12)),
        "A-2026-004": (Outcome.OTHER, dt.date(2026, 2, 13)),
    }


UNKNOWN = """Case Number,Requested By,Description,Submitted Date,Request Status,Date Completed
C-1,Ann,Minutes 2025,2026-01-05,Kicked upstairs,2026-02-01
C-2,Bob,Payroll 2025,2026-01-06,Sent to Records Unit,
C-3,Cy,Contracts 2025,2026-01-07,Kicked upstairs,2026-02-03
C-4,Di,Permits 2025,2026-01-08,Kicked upstairs,2026-02-04
C-5,Ed,Budget 2025,2026-01-09,Granted in Full,2026-02-05
"""


def test_unknown_status_words_are_listed_once_with_counts(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "county.csv"
    source.write_text(UNKNOWN, encoding="utf-8")
    report = preview_import(db, source, agency="County Clerk")
    assert report.invalid == 4
    assert [(u.word, u.count, u.first_line) for u in report.unknown_statuses] == [
        ("Kicked upstairs", 3, 2), ("Sent to Records Unit", 1, 3)]
    messages = [str(e) for e in report.errors]
    assert len(messages) == 2  # one per word, not one per row
    assert "(3 rows)" in messages[0]


def test_the_user_maps_unknown_words_and_the_mapping_is_saved(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "county.csv"
    source.write_text(UNKNOWN, encoding="utf-8")
    mapping = {"Kicked upstairs": "withdrawn", "Sent to Records Unit": "pending"}
    report = import_file(db, source, agency="County Clerk", status_mapping=mapping)
    assert report.committed, [str(e) for e in report.errors]
    assert {r.tracking_number: r.status for r in list_requests(db)}["C-1"] is Status.WITHDRAWN
    with pytest.raises(UserError, match="is not a status; use one of"):
        save_status_mapping(db, {"Moot": "vanished"})
    save_status_mapping(db, {"Kicked upstairs": "Withdrawn by the requester"})
    assert get_status_mapping(db) == {"Kicked upstairs": "withdrawn"}
    other = tmp_path / "county-2.csv"
    other.write_text(UNKNOWN.replace("C-", "D-").replace("Sent to Records Unit", "Pending"), encoding="utf-8")
    assert import_file(db, other, agency="County Clerk").committed  # the saved words are used


def test_headers_match_ignoring_case_punctuation_and_plural(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "log.csv"
    source.write_text("CONTROL NO.,requestor,Requesting Organization,DATE RECEIVED,Subject of Requests,"
                      "Final Disposition,Date of Determination,Statute Citation(s),Processing Days\n"
                      "X-1,Ann,Org,2026-01-05,Budget,Full Grant,2026-01-30,,12\n", encoding="utf-8")
    report = preview_import(db, source, agency="Some Agency")
    fields = {c.header: c.field for c in report.columns}
    assert fields == {"CONTROL NO.": "tracking_number", "requestor": "requester_name",
                      "Requesting Organization": "requester_organisation", "DATE RECEIVED": "received",
                      "Subject of Requests": "subject", "Final Disposition": "outcome",
                      "Date of Determination": "closed", "Statute Citation(s)": "exemptions",
                      "Processing Days": None}
    assert report.ok


def test_a_bad_exemption_refuses_the_row_naming_the_column(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "log.csv"
    source.write_text("Request Number,Subject,Date Received,Disposition,Date Closed,Exemptions\n"
                      "R-1,Budget,2026-01-05,Denied in Full,2026-01-30,b99\n", encoding="utf-8")
    report = import_file(db, source, agency="Some Agency")
    assert not report.committed
    assert [(e.line, e.column) for e in report.errors] == [(2, "Exemptions")]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imported_back_adds_nothing(db: Database, tmp_path: Path, suffix: str) -> None:
    from foiatrack.services.exchange import export_file
    from foiatrack.services.requests import NewRequest, RequestFields, file_request

    # Filed here (as `add` does), with and without a tracking number, plus rows imported from a log.
    file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Stingray purchases"),
                                sent_on=dt.date(2026, 1, 5), tracking_number="FBI-2026-1"))
    file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="No number yet"),
                                sent_on=dt.date(2026, 1, 6)))
    log = tmp_path / "foia-log.csv"
    log.write_text(CSV_LOG, encoding="utf-8")
    assert import_file(db, log, agency=AGENCY).committed
    before = len(list_requests(db))
    export = tmp_path / f"everything{suffix}"
    export_file(db, export)
    report = import_file(db, export)
    assert report.committed, [str(e) for e in report.errors]
    assert (report.added, report.already_present, report.duplicates) == (0, before, 0)
    assert len(list_requests(db)) == before
    # The same file without its keys: the filed request is still recognised by agency and tracking number.
    if suffix == ".csv":
        text = export.read_text(encoding="utf-8-sig").splitlines()
        header, first = text[0], next(line for line in text[1:] if "Stingray purchases" in line)
        stripped = tmp_path / "by-number.csv"
        stripped.write_text("\n".join([header, "," + first.split(",", 1)[1]]) + "\n", encoding="utf-8")
        again = import_file(db, stripped)
        assert (again.added, again.already_present) == (0, 1)


def test_a_state_style_log_with_a_two_row_header_section_rows_and_a_footer(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Department of Environmental Quality"])
    sheet.append(["Public Records Request Log", None, None, "Prepared 4/30/2026"])
    sheet.append([None, None, "Dates", None, None, None])
    sheet.merge_cells("C3:D3")
    sheet.append(["Log No.", "Requester/Organization", "Date Request Received", "Date Responded", "Request",
                  "Status", "Exemption Cited"])
    sheet.append(["Quarter 1"])
    sheet.append([2026001, "ACME Law", "07-JAN-2026", dt.datetime(2026, 1, 20, 14, 5), "Permit file 12",
                  "Closed - Granted in Full", None])
    sheet.append([2026002, "J. Public", "1/9/26", "2/2/2026", "Inspection photos", "Full Grant (records emailed)",
                  None])
    sheet.append(["Quarter 2"])
    sheet.append([2026003, "River Keepers", "4/1/2026", None, "Spill reports 2025", "In Progress", None])
    sheet.append([2026004, "News 5", "4/2/2026", "4/20/2026", "Enforcement memos", "Partially Granted",
                  "Exemption 5"])
    sheet.append([])
    sheet.append(["Total requests: 4"])
    source = tmp_path / "deq-log.xlsx"
    workbook.save(source)
    report = import_file(db, source, agency="Department of Environmental Quality")
    assert report.committed, [str(e) for e in report.errors]
    assert (report.rows, report.added) == (4, 4)
    assert sum("taken as a note" in w for w in report.warnings) == 3
    found = requests_by_tracking(db)
    assert {n: r.status for n, r in found.items()} == {
        "2026001": Status.GRANTED, "2026002": Status.GRANTED, "2026003": found["2026003"].status,
        "2026004": Status.PARTIALLY_GRANTED}
    assert found["2026003"].status not in (Status.GRANTED, Status.CLOSED, Status.DENIED)
    assert determination(db, found["2026001"].id).date == dt.date(2026, 1, 20)
    assert list(determination(db, found["2026004"].id).exemptions) == ["(b)(5)"]
    detail = request_detail(db, found["2026001"].id)
    assert detail.request.requester_name == "ACME Law"
    assert [e.date for e in detail.events if e.kind is EventKind.RECEIVED] == [dt.date(2026, 1, 7)]

"""Importing spreadsheets into a database: ugly real-world files, all-or-nothing, duplicates, statuses."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome, Status
from foiatrack.services.agencies import AgencyChanges, add_agency, list_agencies
from foiatrack.services.exchange import (
    get_import_mapping,
    import_file,
    preview_import,
    save_import_mapping,
)
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.database import Database

FILES = Path(__file__).resolve().parents[2] / "exchange" / "files"
LONG = ("All records about the procurement of automated licence plate readers, " * 150)[:10_000]


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def dump(db: Database) -> list[tuple[object, ...]]:
    """Every row of every table (SQLite or PostgreSQL), to compare before and after."""
    with db.engine.connect() as connection:
        rows: list[tuple[object, ...]] = []
        for table in sorted(inspect(connection).get_table_names()):
            result = connection.execute(select(text("*")).select_from(text(f'"{table}"')).order_by(text("1")))
            rows.extend((table, *row) for row in result)
        return rows


def by_subject(db: Database) -> dict[str, object]:
    return {row.subject: row for row in list_requests(db)}


UGLY = f"""Agency,Subject,Date Sent,Status,Date Closed,Tracking #,Requester,Jurisdiction,Notes

ICE,Detention contracts,10/20/2020,Denied,2020-12-01,2021-ICFO-1,Nguyễn Thị Minh,,"line one
line two"
ice,Courthouse arrests,"Oct 20, 2020",Pending,,,,,
Departamento de Policía de San José,Uso de la fuerza,20-Oct-2024,Acknowledged,,SJ-1,José Núñez,CA,


CBP,"{LONG}",2024-03-01,Partial,"March 30, 2024",CBP-9,,,"=HYPERLINK(""http://example.com"",""x"")"
ICE,Detention contracts,10/20/2020,Denied,2020-12-01,2021-ICFO-1,Nguyễn Thị Minh,,"line one
line two"
DHS,@mention in subject,2024-01-05,Withdrawn,2024-02-01,,,US,-5 pages
"""


def test_an_ugly_file_imports_correctly(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "ugly.csv", UGLY)
    report = import_file(db, source)
    assert report.errors == [], report.errors
    assert report.committed
    assert (report.rows, report.added, report.duplicates) == (6, 5, 1)
    assert report.agencies_created == ["Departamento de Policía de San José"]
    rows = by_subject(db)
    denied = rows["Detention contracts"]
    assert denied.status is Status.DENIED and denied.tracking_number == "2021-ICFO-1"
    assert denied.agency == "U.S. Immigration and Customs Enforcement"
    assert denied.appeal_due is not None
    assert rows["Courthouse arrests"].status is Status.SUBMITTED
    assert rows["Courthouse arrests"].response_due is not None
    spanish = rows["Uso de la fuerza"]
    assert spanish.jurisdiction == "US-CA" and spanish.status is Status.ACKNOWLEDGED
    assert rows["@mention in subject"].status is Status.WITHDRAWN
    long_row = next(r for s, r in rows.items() if s.startswith("All records about the procurement"))
    assert long_row.status is Status.PARTIALLY_GRANTED
    detail = request_detail(db, long_row.id)
    assert len(detail.request.subject) <= 201
    assert detail.request.records_sought.startswith(LONG)
    assert detail.request.notes == '=HYPERLINK("http://example.com","x")'
    first = request_detail(db, denied.id)
    assert first.request.requester_name == "Nguyễn Thị Minh"
    assert first.request.notes == "line one\nline two"
    kinds = [(e.kind, e.date, e.outcome) for e in first.events]
    assert (EventKind.SUBMITTED, dt.date(2020, 10, 20), None) in kinds
    assert (EventKind.FINAL_DETERMINATION, dt.date(2020, 12, 1), Outcome.DENIED) in kinds


def test_importing_the_same_file_twice_adds_nothing(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "ugly.csv", UGLY)
    first = import_file(db, source)
    before = len(list_requests(db))
    second = import_file(db, source)
    assert second.committed and second.added == 0 and second.already_present == first.added
    assert len(list_requests(db)) == before
    assert len(list_agencies(db)) == len({a.name for a in list_agencies(db)})


def test_a_tracking_number_already_in_the_database_is_not_imported_again(db: Database, tmp_path: Path) -> None:
    file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Typed by hand"),
                                sent_on=dt.date(2024, 1, 2), tracking_number="2024-ICFO-7"))
    source = write_csv(tmp_path / "t.csv", "Agency,Subject,Date Sent,Tracking Number\n"
                                           "U.S. Immigration and Customs Enforcement,Other,2024-01-02,2024-icfo-7\n")
    report = import_file(db, source)
    assert (report.added, report.already_present) == (0, 1)


BAD = """Agency,Subject,Date Sent,Status,Fee Category
ICE,Good one,2024-01-02,Pending,news media
,No agency,2024-01-02,Pending,
CBP,Bad date,20/10/2024,Pending,
FBI,Bad status,2024-01-02,Lost in the mail,
DHS,Bad fee,2024-01-02,Pending,free please
"""


def test_one_bad_row_means_nothing_is_written(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "bad.csv", BAD)
    before = dump(db)
    report = import_file(db, source)
    assert not report.committed
    assert report.request_ids == []
    assert [(e.line, e.column) for e in report.errors] == [
        (3, "Agency"), (4, "Date Sent"), (5, "Status"), (6, "Fee Category")]
    assert "month/day/year" in report.errors[1].message
    assert "line 4, Date Sent: '20/10/2024'" in str(report.errors[1])
    assert dump(db) == before
    assert not (tmp_path / "bad-rejected.csv").exists()


def test_skip_invalid_imports_the_good_rows_and_writes_the_bad_ones(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "bad.csv", BAD)
    report = import_file(db, source, skip_invalid=True)
    assert report.committed and report.added == 1 and report.invalid == 4
    assert report.rejected_file == str(tmp_path / "bad-rejected.csv")
    with open(report.rejected_file, encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.reader(handle))
    assert rejected[0] == ["Line", "Problems", "Agency", "Subject", "Date Sent", "Status", "Fee Category"]
    assert [row[0] for row in rejected[1:]] == ["3", "4", "5", "6"]
    assert rejected[2][1].startswith("Date Sent: '20/10/2024' looks like day/month/year")
    assert [r.subject for r in list_requests(db)] == ["Good one"]
    again = import_file(db, source, skip_invalid=True)
    assert again.rejected_file == str(tmp_path / "bad-rejected-2.csv")


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "ugly.csv", UGLY)
    before = dump(db)
    report = import_file(db, source, dry_run=True)
    assert report.dry_run and not report.committed and report.added == 5
    assert report.agencies_created == ["Departamento de Policía de San José"]
    assert dump(db) == before


@pytest.mark.parametrize(("status", "closed", "expected", "kinds"), [
    ("Pending", "", Status.SUBMITTED, ["submitted"]),
    ("Open", "", Status.SUBMITTED, ["submitted"]),
    ("Acknowledged", "", Status.ACKNOWLEDGED, ["submitted", "acknowledged"]),
    ("Granted", "2024-03-01", Status.GRANTED, ["submitted", "final_determination"]),
    ("Partially granted", "2024-03-01", Status.PARTIALLY_GRANTED, ["submitted", "final_determination"]),
    ("No records", "2024-03-01", Status.NO_RECORDS, ["submitted", "final_determination"]),
    ("Withdrawn", "", Status.WITHDRAWN, ["submitted", "final_determination"]),
    ("Appealed", "2024-03-01", Status.APPEALED, ["submitted", "final_determination", "appeal_filed"]),
    ("Appeal denied", "2024-03-01", Status.APPEAL_DECIDED,
     ["submitted", "final_determination", "appeal_filed", "appeal_decision"]),
    ("Litigation", "2024-06-01", Status.IN_LITIGATION, ["submitted", "lawsuit_filed"]),
    ("", "2024-03-01", Status.CLOSED, ["submitted", "final_determination"]),
])
def test_status_columns_become_events(db: Database, tmp_path: Path, status: str, closed: str,
                                      expected: Status, kinds: list[str]) -> None:
    source = write_csv(tmp_path / "s.csv",
                       f"Agency,Subject,Date Sent,Status,Date Closed\nICE,X,2024-01-02,{status},{closed}\n")
    report = import_file(db, source)
    assert report.committed, report.errors
    detail = request_detail(db, report.request_ids[0])
    assert detail.request.status is expected
    assert [e.kind.value for e in detail.events] == kinds


def test_denied_without_a_date_is_dated_the_sent_date_and_says_so(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "s.csv", "Agency,Subject,Date Sent,Status\nICE,X,2024-01-02,Denied\n")
    report = import_file(db, source)
    assert report.dates_unknown == 1
    determination = request_detail(db, report.request_ids[0]).events[-1]
    assert determination.outcome is Outcome.DENIED and determination.date == dt.date(2024, 1, 2)
    assert "gives no date for this" in determination.details


def test_a_disposition_column_refines_a_closed_status(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "s.csv", "Agency,Subject,Date Sent,Status,Disposition,Date Closed\n"
                                           "ICE,X,2024-01-02,Closed,Partial grant,2024-02-02\n")
    report = import_file(db, source)
    assert request_detail(db, report.request_ids[0]).request.status is Status.PARTIALLY_GRANTED


def test_inconsistent_dates_are_refused(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "s.csv", "Agency,Subject,Date Sent,Date Closed,Status\n"
                                           "ICE,X,2024-03-02,2024-01-01,Denied\nICE,Y,,,Denied\n")
    report = import_file(db, source)
    assert [(e.line, e.column) for e in report.errors] == [(2, "Date Closed"), (3, "Status")]
    assert "before the date sent" in report.errors[0].message


def test_agencies_match_by_name_or_abbreviation_and_ambiguity_is_an_error(db: Database, tmp_path: Path) -> None:
    add_agency(db, AgencyChanges(name="Idaho Coastal Enforcement", abbreviation="ICE2"))
    add_agency(db, AgencyChanges(name="Other Coastal Enforcement", abbreviation="ICE2"))
    source = write_csv(tmp_path / "a.csv", "Agency,Subject\nu.s. immigration and customs enforcement,A\n"
                                           "cbp,B\nIce2,C\nNew Office,D\n")
    report = import_file(db, source)
    assert [(e.line, e.column) for e in report.errors] == [(4, "Agency")]
    assert "matches several agencies" in report.errors[0].message


def test_unknown_jurisdiction_lists_the_known_ones(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "j.csv", "Agency,Subject,State\nNew Office,D,Oregon\n")
    report = import_file(db, source)
    assert report.errors[0].column == "State"
    assert "US-OR" not in report.errors[0].message and "US-CA" in report.errors[0].message


def test_missing_columns_are_a_user_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no column names the agency"):
        import_file(db, write_csv(tmp_path / "m.csv", "Office Name,Subject\nICE,x\n"))
    report = import_file(db, tmp_path / "m.csv", mapping={"Office Name": "agency"})
    assert report.committed and report.added == 1


def test_saved_mapping_is_used_by_later_imports(db: Database, tmp_path: Path) -> None:
    save_import_mapping(db, {"Office Name": "agency", "Whatever": ""})
    assert get_import_mapping(db) == {"Office Name": "agency", "Whatever": ""}
    report = import_file(db, write_csv(tmp_path / "m.csv", "Office Name,Subject,Whatever\nICE,x,junk\n"))
    assert report.committed
    assert [(c.header, c.field, c.source) for c in report.columns] == [
        ("Office Name", "agency", "saved"), ("Subject", "subject", "alias"), ("Whatever", None, "ignored")]
    with pytest.raises(UserError, match="not a field"):
        save_import_mapping(db, {"X": "nonsense"})


def test_preview_shows_rows_matched_values_and_outcomes(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "bad.csv", BAD)
    import_file(db, source, skip_invalid=True)
    preview = preview_import(db, source, limit=3)
    assert [(p.line, p.outcome) for p in preview.preview] == [(2, "present"), (3, "invalid"), (4, "invalid")]
    assert preview.preview[0].values == {"agency": "ICE", "subject": "Good one", "sent": "2024-01-02",
                                         "status": "Pending", "fee_category": "news media"}
    assert preview.preview[2].errors[0].column == "Date Sent"
    assert preview.invalid == 4  # the counts cover the whole file


@pytest.mark.parametrize(("name", "statuses"), [
    ("tracker-windows1252.csv", {"Registros de uso de fuerza “2023”": Status.DENIED,
                                 "Surveillance equipment ordinance reports": Status.PARTIALLY_GRANTED,
                                 "Records on façade permits": Status.SUBMITTED}),
    ("tracker-semicolon.csv", {"Detention standards inspections": Status.GRANTED,
                               "Use of cell-site simulators": Status.NO_RECORDS}),
    ("tracker-utf16.csv", {"Body camera policy": Status.ACKNOWLEDGED, "Gang database audit": Status.APPEALED}),
    ("tracker-date-cells.xlsx", {"Laptop searches at ports of entry": Status.PARTIALLY_GRANTED,
                                 "Courthouse arrests": Status.SUBMITTED, "Social media vetting": Status.WITHDRAWN}),
])
def test_real_world_fixture_files(db: Database, name: str, statuses: dict[str, Status]) -> None:
    report = import_file(db, FILES / name)
    assert report.committed, report.errors
    assert {s: r.status for s, r in by_subject(db).items()} == statuses


def test_xlsx_date_cells_numbers_and_tags(db: Database) -> None:
    report = import_file(db, FILES / "tracker-date-cells.xlsx")
    laptop = request_detail(db, report.request_ids[0])
    assert laptop.request.tracking_number == "2024001234"
    assert laptop.request.tags == ("border", "devices")
    assert [(e.kind.value, e.date) for e in laptop.events][:2] == [
        ("submitted", dt.date(2024, 1, 8)), ("received", dt.date(2024, 1, 10))]


def test_utf16_names_and_jurisdictions(db: Database) -> None:
    report = import_file(db, FILES / "tracker-utf16.csv")
    seattle = request_detail(db, report.request_ids[0])
    assert seattle.request.requester_name == "Nguyễn Thị Minh"
    assert seattle.request.jurisdiction == "US-WA"
    assert request_detail(db, report.request_ids[1]).request.jurisdiction == "US-IL"


@pytest.mark.parametrize("name", ["photo-renamed.csv", "random-bytes.csv", "random-bytes.xlsx"])
def test_non_spreadsheets_are_refused_and_nothing_changes(db: Database, name: str) -> None:
    before = dump(db)
    with pytest.raises(UserError, match="not"):
        import_file(db, FILES / name)
    assert dump(db) == before


def test_cells_longer_than_their_columns_are_row_errors(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "long.csv", "Agency,Subject,Requester,Tracking #,Date Sent\n"
                                              f"ICE,A,{'x' * 301},,2024-01-02\nICE,B,,{'7' * 101},2024-01-02\n")
    report = import_file(db, source)
    assert [(e.line, e.column, e.message) for e in report.errors] == [
        (2, "Requester", "at most 300 characters"), (3, "Tracking #", "at most 100 characters")]


def test_import_fields_lists_what_a_column_can_be_mapped_to() -> None:
    from foiatrack.services.exchange import import_fields

    fields = import_fields()
    assert fields["agency"] == "Agency" and fields["sent"] == "Date Sent" and "tracking_number" in fields


def test_an_agency_spelt_with_an_ampersand_is_the_directory_entry(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", "Agency,Subject,Date Sent\n"
                     "U.S. Immigration & Customs Enforcement,Detention contracts,2025-11-19\n")
    count = len(list_agencies(db))
    report = import_file(db, path)
    assert report.agencies_created == []
    assert len(list_agencies(db)) == count
    assert [r.agency_abbreviation for r in list_requests(db)] == ["ICE"]

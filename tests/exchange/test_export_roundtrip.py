"""Export, import into a fresh database, export again: the same requests and identical files."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, FeeCategory, Outcome
from foiatrack.services.demo import load_demo
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.exchange import export_file, import_file
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database

NASTY_SUBJECT = "=cmd|' /C calc'!A0"


def fill(db: Database) -> None:
    """The sample data plus a request whose every text is hostile or unusual."""
    load_demo(db, today=dt.date(2026, 1, 15))
    fields = RequestFields(
        subject=NASTY_SUBJECT, records_sought="+1 line\nsecond line\twith tab\n\n" + "ñ" * 5000,
        requester_name="Nguyễn Thị Minh", requester_organisation="@handle", notes="-5 pages\r\nCRLF inside",
        fee_category=FeeCategory.NEWS_MEDIA, fee_limit=Decimal("49.50"), fee_waiver_requested=True,
        fee_waiver_justification="'=already quoted", tags=("zeta", "alpha"), records_from=dt.date(2019, 1, 1),
        preferred_format="PDF", expedite_requested=True, expedite_justification="urgent",
    )
    ids = file_request(db, NewRequest(agencies=("ICE", "CBP"), fields=fields, sent_on=dt.date(2025, 11, 19),
                                      received_on=dt.date(2025, 11, 20), tracking_number="2026-ICFO-00123"))
    log_event(db, ids[0], NewEvent(kind=EventKind.FEE_ESTIMATE, date=dt.date(2025, 12, 1), amount=Decimal("385")))
    log_event(db, ids[0], NewEvent(kind=EventKind.EXTENSION, date=dt.date(2025, 12, 2), extension_days=10,
                                   details="\tunusual circumstances"))
    log_event(db, ids[1], NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 1, 5),
                                   outcome=Outcome.PARTIAL_GRANT, pages_released=40, pages_withheld=12,
                                   exemptions=("b6", "b7c"), summary="Same-day A"))
    log_event(db, ids[1], NewEvent(kind=EventKind.NOTE, date=dt.date(2026, 1, 5), summary="Same-day B"))


@pytest.fixture
def source(tmp_path: Path) -> Database:
    db = open_workspace(tmp_path / "source.db")
    fill(db)
    yield db
    db.close()


def fresh(tmp_path: Path, name: str) -> Database:
    return open_workspace(tmp_path / f"{name}.db")


def sheet_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {name: list(workbook[name].iter_rows(values_only=True)) for name in workbook.sheetnames}
    finally:
        workbook.close()


def test_csv_round_trip_gives_identical_files(source: Database, tmp_path: Path) -> None:
    first = export_file(source, tmp_path / "first.csv")
    assert first.files == (str(tmp_path / "first.csv"), str(tmp_path / "first-events.csv"))
    target = fresh(tmp_path, "target")
    report = import_file(target, tmp_path / "first.csv")
    assert report.committed and report.has_events_table and report.added == first.requests
    second = export_file(target, tmp_path / "second.csv")
    assert (second.requests, second.events) == (first.requests, first.events)
    assert (tmp_path / "second.csv").read_bytes() == (tmp_path / "first.csv").read_bytes()
    assert (tmp_path / "second-events.csv").read_bytes() == (tmp_path / "first-events.csv").read_bytes()


def test_xlsx_round_trip_gives_identical_sheets(source: Database, tmp_path: Path) -> None:
    export_file(source, tmp_path / "first.xlsx")
    target = fresh(tmp_path, "target")
    assert import_file(target, tmp_path / "first.xlsx").committed
    export_file(target, tmp_path / "second.xlsx")
    first, second = sheet_values(tmp_path / "first.xlsx"), sheet_values(tmp_path / "second.xlsx")
    assert list(first) == ["Requests", "Events"]
    assert first == second
    export_file(source, tmp_path / "a.csv")
    export_file(target, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_import_of_an_export_gives_back_the_same_requests(source: Database, tmp_path: Path) -> None:
    export_file(source, tmp_path / "all.xlsx")
    target = fresh(tmp_path, "target")
    import_file(target, tmp_path / "all.xlsx")
    before = [request_detail(source, r.id) for r in sorted(list_requests(source), key=lambda r: r.id)]
    after = [request_detail(target, r.id) for r in sorted(list_requests(target), key=lambda r: r.id)]
    assert len(before) == len(after)
    ignored = {"id", "agency_id", "created_at", "updated_at", "version", "batch_id"}
    for old, new in zip(before, after, strict=True):
        for name in old.request.__slots__:
            if name not in ignored:
                assert getattr(old.request, name) == getattr(new.request, name), name
        assert [(e.date, e.kind, e.summary, e.details, e.amount, e.exemptions, e.outcome, e.pages_released,
                 e.extension_days, e.created_by) for e in old.events] == \
               [(e.date, e.kind, e.summary, e.details, e.amount, e.exemptions, e.outcome, e.pages_released,
                 e.extension_days, e.created_by) for e in new.events]
    nasty = [d for d in after if d.request.subject == NASTY_SUBJECT]
    assert len(nasty) == 2 and nasty[0].batch_siblings  # the batch survives


def test_exports_neutralise_formulas(source: Database, tmp_path: Path) -> None:
    export_file(source, tmp_path / "x.csv")
    export_file(source, tmp_path / "x.xlsx")
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    nasty = next(r for r in rows if r["Subject"].endswith("calc'!A0"))
    assert nasty["Subject"] == "'" + NASTY_SUBJECT
    assert nasty["Notes"].startswith("'-5 pages")
    assert nasty["Organisation"] == "'@handle"
    assert nasty["Fee Waiver Justification"] == "''=already quoted"
    workbook = load_workbook(tmp_path / "x.xlsx")
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_export_without_sample_data(source: Database, tmp_path: Path) -> None:
    result = export_file(source, tmp_path / "mine.csv", include_sample=False)
    assert result.requests == 2
    with open(tmp_path / "mine-events.csv", encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == result.events


def test_export_refuses_unknown_suffixes(source: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.csv, \.xlsx or \.ics"):
        export_file(source, tmp_path / "x.ods")
    with pytest.raises(UserError, match="does not exist"):
        export_file(source, tmp_path / "missing" / "x.csv")


def test_events_table_problems_are_reported_by_line(source: Database, tmp_path: Path) -> None:
    export_file(source, tmp_path / "e.csv")
    events = (tmp_path / "e-events.csv").read_text(encoding="utf-8-sig").splitlines()
    header, first, *rest = events
    broken = first.replace(",submitted,", ",sumbitted,", 1)
    orphan = "nobody:1,2025-01-01,note,internal,x,,,,,,,,,"
    (tmp_path / "e-events.csv").write_text("\n".join([header, broken, *rest, orphan]) + "\n", encoding="utf-8")
    target = fresh(tmp_path, "target")
    report = import_file(target, tmp_path / "e.csv")
    assert not report.committed
    messages = [str(e) for e in report.errors]
    assert any(m.startswith("e-events.csv line 2, Kind: 'sumbitted' is not accepted") for m in messages)
    assert any("no request in the file has the key 'nobody:1'" in m for m in messages)
    assert any("its events have problems" in m for m in messages)

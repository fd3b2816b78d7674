"""The CSV and XLSX exports of a small database, cell by cell, against the files the export wrote before
it was made faster (``files/export-golden*``, written by the export of 2026-12-03): every column of every
row, dates, empty cells, amounts, tags, formula neutralising, control characters, XML-special and
non-ASCII text.

The CSV files must match byte for byte. The workbook is compared by what a spreadsheet reads (for each
cell its value, its type and its number format, plus the sheet names, the column widths, the frozen
header row and its bold font) and, stricter, part by part.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from foiatrack.core.vocabulary import DeliveryMethod, EventKind, FeeCategory, Outcome
from foiatrack.exchange import export, xlsx_writer
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.exchange import export_file
from foiatrack.services.exchange.common import DATABASE_UID_KEY
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.trash import move_to_trash
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database
from foiatrack.store.schema import EventRow, RequestRow
from foiatrack.store.settings import set_setting

GOLDEN = Path(__file__).resolve().parent / "files"


def build(db: Database) -> None:
    """Requests whose cells cover every kind of value the export writes."""
    with db.session() as session:
        set_setting(session, DATABASE_UID_KEY, "0123456789ab")  # fixed, so the keys are
    hostile = RequestFields(
        subject="=HYPERLINK(\"http://x\",\"click\")", records_sought="+1 line\nsecond line\twith tab\r\nñ é ü 中文",
        requester_name="Nguyễn Thị Minh", requester_organisation="@handle & <Sons>",
        notes="-5 pages\r\nCRLF inside", fee_category=FeeCategory.NEWS_MEDIA, fee_limit=Decimal("49.50"),
        fee_waiver_requested=True, fee_waiver_justification="'=already quoted", tags=("zeta", "alpha", "Ünï"),
        records_from=dt.date(2019, 1, 1), records_to=dt.date(2020, 2, 29), preferred_format="  PDF, padded  ",
        expedite_requested=True, expedite_justification="urgent",
        delivery_method=DeliveryMethod.PORTAL,
    )
    batch = file_request(db, NewRequest(agencies=("ICE", "CBP"), fields=hostile, sent_on=dt.date(2025, 11, 19),
                                        received_on=dt.date(2025, 11, 20), tracking_number="2026-ICFO-00123"))
    log_event(db, batch[0], NewEvent(kind=EventKind.FEE_ESTIMATE, date=dt.date(2025, 12, 1),
                                     amount=Decimal("385"), summary="@fee"))
    log_event(db, batch[0], NewEvent(kind=EventKind.EXTENSION, date=dt.date(2025, 12, 2), extension_days=10,
                                     details="\tunusual circumstances"))
    log_event(db, batch[1], NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 1, 5),
                                     outcome=Outcome.PARTIAL_GRANT, pages_released=40, pages_withheld=0,
                                     exemptions=("b6", "b7c"), summary="Same-day A"))
    log_event(db, batch[1], NewEvent(kind=EventKind.NOTE, date=dt.date(2026, 1, 5), summary="Same-day B",
                                     details="a < b && c > d vertical tab"))
    log_event(db, batch[1], NewEvent(kind=EventKind.APPEAL_FILED, date=dt.date(2026, 1, 20),
                                     summary="Appeal", appeal_number="-A-1"))
    # A bare draft: no dates, no tracking number, every optional cell empty.
    file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Plain draft")))
    # A state request that was imported (its key is the file's key), acknowledged with an expected date.
    state = file_request(db, NewRequest(
        agencies=("NYPD",), fields=RequestFields(subject="Stop reports 2024", tags=("police",),
                                                 fee_limit=Decimal("0"), fee_category=FeeCategory.OTHER),
        sent_on=dt.date(2025, 3, 3), external_key="their-key-7"))
    log_event(db, state[0], NewEvent(kind=EventKind.ACKNOWLEDGED, date=dt.date(2025, 3, 7),
                                     tracking_number="+2025-PL-12", expected_by=dt.date(2025, 6, 30)))
    log_event(db, state[0], NewEvent(kind=EventKind.APPEAL_ACKNOWLEDGED, date=dt.date(2025, 9, 1),
                                     received=dt.date(2025, 8, 28)))
    # Sample data and a request in the trash: the first is exported unless left out, the second never.
    file_request(db, NewRequest(agencies=("DOJ",), fields=RequestFields(subject="Sample request"),
                                sent_on=dt.date(2024, 12, 23), is_sample=True))
    trashed = file_request(db, NewRequest(agencies=("DOS",), fields=RequestFields(subject="Thrown away"),
                                          sent_on=dt.date(2025, 1, 2)))
    move_to_trash(db, trashed)
    # Control characters are refused when typed, but older databases and other tools can hold them: the
    # export drops them, and only then decides whether the text needs neutralising.
    with db.session() as session:
        session.execute(update(RequestRow).where(RequestRow.id == batch[0])
                        .values(expedite_justification="\x01=cmd|' /C calc'!A0"))
        session.execute(update(EventRow).where(EventRow.summary == "Same-day B")
                        .values(details="a < b && c > d\x0b vertical tab"))
        # The authors: on a server every event is the database role's, so they are set here alike.
        zoe = EventRow.kind.in_(("fee_estimate", "extension")) & (EventRow.request_id == batch[0])
        session.execute(update(EventRow).where(zoe).values(created_by="Zoë"))
        session.execute(update(EventRow).where(~zoe).values(created_by="Ana Pérez"))


@pytest.fixture(params=[1, 2000], ids=["row-by-row", "in-chunks"])
def source(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The database; the exports write it one row at a time, or all rows in one chunk.

    The writers look for control characters once per chunk and write a chunk that has one again, more
    carefully: row by row, the rows without one take the quick way, which a single chunk never does here.
    """
    monkeypatch.setattr(export, "CHUNK_ROWS", request.param)
    monkeypatch.setattr(xlsx_writer, "CHUNK_ROWS", request.param)
    db = open_workspace(tmp_path / "golden.db")
    build(db)
    yield db
    db.close()


def describe(path: Path) -> dict[str, Any]:
    """What a spreadsheet program reads from the workbook at *path*, as JSON-able values."""
    workbook = load_workbook(path)
    sheets: dict[str, Any] = {}
    for sheet in workbook.worksheets:
        rows = []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                value = cell.value
                if isinstance(value, dt.datetime | dt.date | Decimal):
                    value = value.isoformat() if not isinstance(value, Decimal) else str(value)
                cells.append([cell.data_type, type(cell.value).__name__, value, cell.number_format,
                              bool(cell.font.b)])
            rows.append(cells)
        sheets[sheet.title] = {
            "freeze": sheet.freeze_panes,
            "widths": {key: dim.width for key, dim in sorted(sheet.column_dimensions.items())},
            "rows": rows,
        }
    workbook.close()
    return sheets


@pytest.mark.parametrize("include_sample", [True, False])
def test_csv_export_matches_the_golden_files(source: Database, tmp_path: Path, include_sample: bool) -> None:
    name = "export-golden" if include_sample else "export-golden-mine"
    result = export_file(source, tmp_path / "out.csv", include_sample=include_sample)
    assert (tmp_path / "out.csv").read_bytes() == (GOLDEN / f"{name}.csv").read_bytes()
    assert (tmp_path / "out-events.csv").read_bytes() == (GOLDEN / f"{name}-events.csv").read_bytes()
    assert (result.requests, result.events) == ((5, 15) if include_sample else (4, 14))


def test_xlsx_export_matches_the_golden_cells(source: Database, tmp_path: Path) -> None:
    result = export_file(source, tmp_path / "out.xlsx")
    expected = json.loads((GOLDEN / "export-golden-xlsx.json").read_text(encoding="utf-8"))
    found = json.loads(json.dumps(describe(tmp_path / "out.xlsx")))  # tuples as lists, as in the file
    assert list(found) == list(expected) == ["Requests", "Events"]
    for title, sheet in expected.items():
        assert found[title]["freeze"] == sheet["freeze"]
        assert found[title]["widths"] == sheet["widths"]
        assert len(found[title]["rows"]) == len(sheet["rows"])
        for number, (got, want) in enumerate(zip(found[title]["rows"], sheet["rows"], strict=True), start=1):
            assert got == want, f"{title} row {number}"
    assert (result.requests, result.events) == (5, 15)


def test_xlsx_export_writes_the_golden_parts(source: Database, tmp_path: Path) -> None:
    """Stricter than the cells: every part of the workbook holds the same bytes as before."""
    export_file(source, tmp_path / "out.xlsx")
    with zipfile.ZipFile(tmp_path / "out.xlsx") as found, zipfile.ZipFile(GOLDEN / "export-golden.xlsx") as want:
        assert found.namelist() == want.namelist()
        for name in want.namelist():
            assert found.read(name) == want.read(name), name


def test_every_backend_exports_the_golden_files(db: Database, tmp_path: Path) -> None:
    """SQLite and PostgreSQL hand back the same values (dates, amounts, yes/no), so the same files."""
    build(db)
    export_file(db, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes() == (GOLDEN / "export-golden.csv").read_bytes()
    assert (tmp_path / "out-events.csv").read_bytes() == (GOLDEN / "export-golden-events.csv").read_bytes()
    export_file(db, tmp_path / "out.xlsx")
    with zipfile.ZipFile(tmp_path / "out.xlsx") as found, zipfile.ZipFile(GOLDEN / "export-golden.xlsx") as want:
        assert [found.read(name) for name in want.namelist()] == [want.read(name) for name in want.namelist()]


def test_the_golden_files_hold_what_they_claim_to() -> None:
    """The fixture itself is checked by hand-written expectations, so a wrong golden cannot pass unseen."""
    text = (GOLDEN / "export-golden.csv").read_bytes().decode("utf-8-sig")
    assert text.startswith("Key,Agency,Jurisdiction,Subject,")
    assert "'=HYPERLINK(" in text and "\x01" not in text and "'=cmd|" in text  # cleaned, then neutralised
    assert "''=already quoted" in text and "'@handle & <Sons>" in text and "'-5 pages\r\nCRLF inside" in text
    assert "Nguyễn Thị Minh" in text and "中文" in text and "alpha, zeta, ünï" in text
    assert "their-key-7" in text and "foiatrack:0123456789ab:1" in text and "Thrown away" not in text
    assert "49.50" in text and "2020-02-29" in text and ",yes," in text and ",no," in text
    events = (GOLDEN / "export-golden-events.csv").read_bytes().decode("utf-8-sig")
    assert "'@fee" in events and "'-A-1" in events and "'+2025-PL-12" in events and "385.00" in events
    assert "a < b && c > d vertical tab" in events and "Ana Pérez" in events and "Zoë" in events
    cells = json.loads((GOLDEN / "export-golden-xlsx.json").read_text(encoding="utf-8"))
    first = cells["Requests"]["rows"][1]
    assert first[3][2] == "'=HYPERLINK(\"http://x\",\"click\")" and first[3][0] == "s"
    assert first[6][1:4] == ["datetime", "2020-02-29T00:00:00", "yyyy-mm-dd"]
    assert first[11][1:4] == ["float", 49.5, "0.00"]
    assert all(cell[4] for cell in cells["Requests"]["rows"][0])  # the bold header

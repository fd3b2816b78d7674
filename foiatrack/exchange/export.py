"""Writing requests and their events as CSV or XLSX.

The requests table has the request's own fields under the headers the importer reads, then the
derived status and deadlines (which an import ignores when the events come along). The events go in a
second table: the "Events" sheet of a workbook, or for CSV a second file ``<name>-events.csv`` beside
the first, since a CSV file holds one table. Importing the export (into this or another database)
gives back the same requests and events; exporting again gives identical files.

Text cells are cleaned, then neutralised against formula injection
(:func:`foiatrack.exchange.cells.spreadsheet_text`).
CSV is written as UTF-8 with a byte-order mark, which Excel needs to show "Policía" and "Nguyễn"
correctly. Attached documents are not in the spreadsheet; ``foiatrack archive`` exports them.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from foiatrack.exchange.cells import spreadsheet_text
from foiatrack.exchange.columns import EVENT_FIELDS, FIELDS
from foiatrack.files import atomic_output

_OWN_FIELDS = ("key", "agency", "jurisdiction", "subject", "records_sought", "records_from", "records_to",
               "requester_name", "requester_organisation", "delivery_method", "fee_category", "fee_limit",
               "fee_waiver_requested", "fee_waiver_justification", "expedite_requested", "expedite_justification",
               "preferred_format", "tags", "notes", "batch", "sample")
REQUEST_COLUMNS: tuple[tuple[str, str], ...] = (
    *((name, FIELDS[name]) for name in _OWN_FIELDS),
    ("status", "Status"),
    ("sent", FIELDS["sent"]),
    ("tracking_number", FIELDS["tracking_number"]),
    ("response_due", "Response Due"),
    ("extended_due", "Extended Due"),
    ("due", "Due"),
    ("appeal_due", "Appeal Due"),
    ("appeal_decision_due", "Appeal Decision Due"),
    ("may_sue_from", "May Sue From"),
)
EVENT_COLUMNS: tuple[tuple[str, str], ...] = tuple(EVENT_FIELDS.items())
EVENTS_SHEET = "Events"
REQUESTS_SHEET = "Requests"

Row = dict[str, Any]


def events_csv_path(path: Path) -> Path:
    """The sibling file holding the events of a CSV export."""
    return path.with_name(f"{path.stem}-events{path.suffix}")


def cell_text(value: object) -> str:
    """A value as CSV text: ISO dates, yes/no, stored enum values, amounts with two decimals."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, tuple | list):
        return spreadsheet_text(", ".join(str(v) for v in value))
    return spreadsheet_text(str(value))


def write_csv(path: Path, columns: Sequence[tuple[str, str]], rows: Iterable[Row]) -> int:
    """Write one table atomically; returns the number of rows."""
    count = 0
    with atomic_output(path, binary=False, encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([label for _, label in columns])
        for row in rows:
            writer.writerow([cell_text(row.get(name)) for name, _ in columns])
            count += 1
    return count


def write_xlsx(path: Path, requests: Iterable[Row], events: Iterable[Row]) -> tuple[int, int]:
    """Write the workbook atomically, streaming rows into the file; returns the row counts."""
    from foiatrack.exchange.xlsx_writer import write_workbook

    sheets = [_sheet(REQUESTS_SHEET, REQUEST_COLUMNS, requests), _sheet(EVENTS_SHEET, EVENT_COLUMNS, events)]
    with atomic_output(path) as handle:
        counts = write_workbook(handle, sheets)
    return counts[0], counts[1]


def _sheet(title: str, columns: Sequence[tuple[str, str]], rows: Iterable[Row]) -> tuple[Any, ...]:
    names = [name for name, _ in columns]
    return (title, [label for _, label in columns],
            [_WIDTHS.get(name, max(12, len(label) + 2)) for name, label in columns],
            ([_xlsx_value(row.get(name)) for name in names] for row in rows))


_WIDTHS = {"subject": 48, "records_sought": 60, "agency": 36, "details": 50, "summary": 40, "notes": 40}


def _xlsx_value(value: object) -> object:
    """Dates, amounts and counts as typed cells; everything else as the CSV's (neutralised) text."""
    if isinstance(value, dt.date | Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return cell_text(value) or None  # cleaned, then neutralised: in that order (see foiatrack.exchange.cells)


def write_export(path: Path, requests: Iterable[Row], events: Iterable[Row]) -> tuple[list[Path], int, int]:
    """Write an export by the suffix of *path* (.csv or .xlsx); returns the files and the row counts."""
    if path.suffix.lower() == ".xlsx":
        counts = write_xlsx(path, requests, events)
        return [path], counts[0], counts[1]
    sibling = events_csv_path(path)
    request_count = write_csv(path, REQUEST_COLUMNS, requests)
    event_count = write_csv(sibling, EVENT_COLUMNS, events)
    return [path, sibling], request_count, event_count


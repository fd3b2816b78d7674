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
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from foiatrack.exchange.cells import FORMULA_STARTS, holds_control_characters, neutralise, spreadsheet_text
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

# One row of a table: its values in the order of the table's columns (REQUEST_COLUMNS, EVENT_COLUMNS),
# which is how the export reads them, or a mapping from column name to value (a missing name: empty).
Row = Sequence[Any] | Mapping[str, Any]


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


def in_order(columns: Sequence[tuple[str, str]], rows: Iterable[Row]) -> Iterator[Sequence[Any]]:
    """*rows* as sequences in the order of *columns* (mappings are looked up by column name)."""
    names = [name for name, _ in columns]
    for row in rows:
        # The type first: isinstance against an abstract class costs more than writing some rows' cells.
        yield row if type(row) is tuple or not isinstance(row, Mapping) else [row.get(name) for name in names]


def csv_cells(row: Sequence[Any], clean: bool = True) -> list[str]:
    """:func:`cell_text` of each value of *row*, the common types inline: this runs for every cell.

    ``clean=False`` takes the texts as free of control characters (see :func:`write_csv`).
    """
    cells: list[str] = []
    append = cells.append
    for value in row:
        kind = type(value)
        if value is None:
            append("")
        elif kind is str:
            if clean:
                append(spreadsheet_text(value))
            else:
                append(neutralise(value) if value and value[0] in FORMULA_STARTS else value)
        elif kind is dt.date:
            append(value.isoformat())
        elif kind is int and value >= 0:
            append(str(value))
        elif kind is Decimal:
            append(f"{value:.2f}")
        else:
            append(cell_text(value))
    return cells




CHUNK_ROWS = 2000  # rows written, and searched for control characters, at a time


def write_csv(path: Path, columns: Sequence[tuple[str, str]], rows: Iterable[Row]) -> int:
    """Write one table atomically; returns the number of rows.

    Rows go out CHUNK_ROWS at a time. Control characters are rare, and looking for them in each text cost
    more than the rest of its work, so a chunk is first written as if there were none and then searched
    once; where one is found (it can only have come from a text), the chunk is written again with every
    text cleaned before it is neutralised.
    """
    count = 0
    with atomic_output(path, binary=False, encoding="utf-8-sig") as handle:
        csv.writer(handle).writerow([label for _, label in columns])
        chunk: list[Sequence[Any]] = []
        for row in in_order(columns, rows):
            chunk.append(row)
            count += 1
            if len(chunk) >= CHUNK_ROWS:
                handle.write(_csv_chunk(chunk))
                chunk.clear()
        handle.write(_csv_chunk(chunk))
    return count


def _csv_chunk(rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows([csv_cells(row, clean=False) for row in rows])
    text = out.getvalue()
    if not holds_control_characters(text):
        return text
    out = io.StringIO()
    csv.writer(out).writerows([csv_cells(row) for row in rows])
    return out.getvalue()


def write_xlsx(path: Path, requests: Iterable[Row], events: Iterable[Row]) -> tuple[int, int]:
    """Write the workbook atomically, streaming rows into the file; returns the row counts.

    Dates, amounts and counts are typed cells; everything else is the CSV's (cleaned, then neutralised)
    text, and an empty text is no cell.
    """
    from foiatrack.exchange.xlsx_writer import write_workbook

    sheets = [_sheet(REQUESTS_SHEET, REQUEST_COLUMNS, requests), _sheet(EVENTS_SHEET, EVENT_COLUMNS, events)]
    with atomic_output(path) as handle:
        counts = write_workbook(handle, sheets, neutralise=True, other=_other_xlsx_value)
    return counts[0], counts[1]


def _sheet(title: str, columns: Sequence[tuple[str, str]], rows: Iterable[Row]) -> tuple[Any, ...]:
    return (title, [label for _, label in columns],
            [_WIDTHS.get(name, max(12, len(label) + 2)) for name, label in columns], in_order(columns, rows))


_WIDTHS = {"subject": 48, "records_sought": 60, "agency": 36, "details": 50, "summary": 40, "notes": 40}


def _other_xlsx_value(value: object) -> str | None:
    """A value of a type the workbook writer does not type itself (yes/no, enums, lists) as its CSV text."""
    return cell_text(value) or None


def write_export(path: Path, requests: Iterable[Row], events: Iterable[Row]) -> tuple[list[Path], int, int]:
    """Write an export by the suffix of *path* (.csv or .xlsx); returns the files and the row counts."""
    if path.suffix.lower() == ".xlsx":
        counts = write_xlsx(path, requests, events)
        return [path], counts[0], counts[1]
    sibling = events_csv_path(path)
    request_count = write_csv(path, REQUEST_COLUMNS, requests)
    event_count = write_csv(sibling, EVENT_COLUMNS, events)
    return [path, sibling], request_count, event_count


"""Opening a spreadsheet as a header and a stream of rows, whatever wrote it.

The file's contents decide how it is read, not its name: an Excel workbook saved as ``.csv`` is still
read as a workbook, and a photo renamed ``.xlsx`` is refused with a message saying what it is.

CSV text encoding, in this order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a mark
(recognised by its zero bytes); UTF-8 if the *whole* file decodes as UTF-8; else Windows-1252, which is
what Excel on Windows writes for "CSV (Comma delimited)". No guessing library is used: on a short file
such guesses often pick a Central-European code page and turn "Policía" into "Policнa" without a
warning, while UTF-8 and Windows-1252 cover what US spreadsheets are saved in. The encoding used is
reported (the preview shows the decoded rows), and ``encoding=`` overrides it.

The delimiter is the one of ``,`` ``;`` tab ``|`` that splits the header line into the most cells;
quoted cells may hold delimiters and line breaks.

Rows are numbered as a spreadsheet shows them: the physical line where a CSV record starts (a record
with a line break inside a quoted cell spans several lines) or the row number in the worksheet.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foiatrack.core.errors import UserError
from foiatrack.exchange.cells import clean_text, restore

Cell = str | int | float | bool | dt.date | dt.datetime | None

SAMPLE_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
EVENTS_SHEET = "Events"
REQUESTS_SHEET = "Requests"
_CHUNK = 1 << 20

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0", "an old-style Excel (.xls) or Word file; save it as .xlsx or CSV"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)


@dataclass
class Table:
    """One sheet: its header cells and an iterator of ``(line, cells)`` for the non-blank rows after it."""

    path: Path
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    header_line: int
    rows: Iterator[tuple[int, list[Cell]]]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


def _not_a_spreadsheet(path: Path, what: str) -> UserError:
    return UserError(f"{path.name}: this is {what}, not a spreadsheet; foiatrack imports CSV and .xlsx files",
                     field="file")


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file", field="file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder; give a .csv or .xlsx file", field="file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror or exc})", field="file") from None


@contextlib.contextmanager
def open_table(path: str | Path, *, encoding: str | None = None, sheet: str | None = None) -> Iterator[Table]:
    """Open the requests table of *path* (the ``Requests`` sheet, or *sheet*, or the first sheet).

    Raises:
        UserError: the file is missing, is not a spreadsheet, cannot be decoded, or has no header row.
    """
    file = Path(path)
    head = _head(file)
    if head.startswith(b"PK\x03\x04"):
        with _open_workbook(file) as workbook:
            yield _sheet_table(file, workbook, sheet, required=True)  # type: ignore[misc]
        return
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise _not_a_spreadsheet(file, what)
    if not head.strip():
        raise UserError(f"{file.name}: the file is empty", field="file")
    if file.suffix.lower() in (".xlsx", ".xlsm"):
        raise UserError(f"{file.name}: is named like an Excel workbook but is not one (a workbook is a zip "
                        "archive; this file is not); open it in Excel and save it as .xlsx or CSV", field="file")
    with _open_text(file, head, encoding) as table:
        yield table


@contextlib.contextmanager
def open_events_table(path: str | Path, *, encoding: str | None = None) -> Iterator[Table | None]:
    """The events table that goes with *path*: the ``Events`` sheet of a workbook, or for a CSV file
    the sibling ``<name>-events.csv`` (what :mod:`foiatrack.exchange.export` writes). ``None`` if absent."""
    file = Path(path)
    head = _head(file)
    if head.startswith(b"PK\x03\x04"):
        with _open_workbook(file) as workbook:
            yield _sheet_table(file, workbook, EVENTS_SHEET, required=False)
        return
    sibling = file.with_name(f"{file.stem}-events{file.suffix or '.csv'}")
    if not sibling.is_file():
        yield None
        return
    with _open_text(sibling, _head(sibling), encoding) as table:
        yield table


@contextlib.contextmanager
def _open_workbook(path: Path) -> Iterator[Any]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"{path.name}: this is a zip file but not an Excel workbook that can be read "
                        f"({type(exc).__name__}); save it again as .xlsx", field="file") from None
    try:
        yield workbook
    finally:
        workbook.close()


def _sheet_table(path: Path, workbook: Any, name: str | None, *, required: bool) -> Table | None:
    names = list(workbook.sheetnames)
    if name is not None:
        match = next((n for n in names if n.casefold() == name.casefold()), None)
        if match is None:
            if not required:
                return None
            raise UserError(f"{path.name}: no sheet named '{name}'; the sheets are: {', '.join(names)}",
                            field="sheet")
    else:
        match = next((n for n in names if n.casefold() == REQUESTS_SHEET.casefold()), names[0] if names else None)
    if match is None:
        raise UserError(f"{path.name}: the workbook has no sheets", field="file")
    rows = (( line, [_xlsx_cell(c) for c in cells])
            for line, cells in enumerate(workbook[match].iter_rows(min_row=1, values_only=True), start=1))
    return _with_header(path, "xlsx", rows, sheet=match)


def _xlsx_cell(value: Any) -> Cell:
    if isinstance(value, str):
        value = restore(clean_text(value))
        return value if value.strip() else None
    return value  # type: ignore[no-any-return]


def _with_header(path: Path, kind: str, rows: Iterator[tuple[int, list[Cell]]], **extra: Any) -> Table:
    for line, cells in rows:
        if any(c is not None and str(c).strip() for c in cells):
            headers = [" ".join(str(c).split()) if c is not None else "" for c in cells]
            body = ((n, c) for n, c in rows if any(v is not None and str(v).strip() for v in c))
            return Table(path, kind, headers, line, body, **extra)
    raise UserError(f"{path.name}: no header row found; the first row must name the columns (Agency, "
                    "Subject, Date Sent, ...)", field="file")


def detect_encoding(path: Path, head: bytes) -> str:
    """The encoding to read *path* with (see the module docstring for the order)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return name
    sample = head[:2000]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0) / len(sample[0::2])
        odd_zeros = sample[1::2].count(0) / len(sample[1::2])
        if odd_zeros > 0.3 and even_zeros < 0.05:
            return "utf-16-le"
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return "utf-16-be"
    if _decodes(path, "utf-8"):
        return "utf-8"
    return "cp1252"


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _check_text(path: Path, sample: str) -> None:
    if "\x00" in sample:
        raise _not_a_spreadsheet(path, "binary data (it contains NUL bytes)")
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(2, len(sample) // 200):
        raise _not_a_spreadsheet(path, "binary data (it is full of control characters)")


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the first non-blank line into the most cells (',' if none does)."""
    best, best_count = ",", 1
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
        with contextlib.suppress(csv.Error):
            first = next((row for row in reader if any(cell.strip() for cell in row)), [])
            if len(first) > best_count:
                best, best_count = delimiter, len(first)
    return best


@contextlib.contextmanager
def _open_text(path: Path, head: bytes, encoding: str | None) -> Iterator[Table]:
    chosen = encoding or detect_encoding(path, head)
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise UserError(f"encoding: '{chosen}' is not an encoding Python knows (try utf-8 or cp1252)",
                        field="encoding") from None
    _check_text(path, head.decode(chosen, errors="replace").lstrip("\ufeff"))
    try:
        sample = head.decode(chosen, errors="strict")
    except UnicodeDecodeError as exc:
        # The sample may end in the middle of a character: only an error well inside it counts.
        if exc.start < len(head) - 4:
            raise _undecodable(path, chosen, head, exc.start) from None
        sample = head[: exc.start].decode(chosen, errors="strict")
    _check_text(path, sample.lstrip("\ufeff"))
    delimiter = sniff_delimiter(sample.lstrip("\ufeff"))
    try:
        handle = path.open("r", encoding=chosen, errors="strict", newline="")
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror or exc})", field="file") from None
    with handle:
        rows = _csv_rows(path, handle, delimiter, chosen)
        yield _with_header(path, "csv", rows, encoding=chosen, delimiter=delimiter)


def _first_bad_byte(path: Path, encoding: str) -> tuple[bytes, int]:
    """The bytes before the first undecodable one (the text reader decodes ahead of the CSV reader, so
    its line count cannot say where the bad byte is)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    seen = b""
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return seen + chunk, len(seen) + max(exc.start, 0)
            seen += chunk
    return seen, len(seen)


def _undecodable(path: Path, encoding: str, data: bytes, offset: int) -> UserError:
    line = data[:offset].count(b"\n") + 1
    return UserError(f"{path.name}, line {line}: the text is not valid {encoding}; save the file as "
                     "'CSV UTF-8' or name its encoding (--encoding)", field="file")


def _csv_rows(path: Path, handle: Any, delimiter: str, encoding: str) -> Iterator[tuple[int, list[Cell]]]:
    reader = csv.reader(handle, delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            cells: list[Cell] = [restore(clean_text(cell)) if cell.strip() else None for cell in record]
            if cells and start == 1 and isinstance(cells[0], str):
                cells[0] = cells[0].lstrip("\ufeff") or None
            yield start, cells
            start = reader.line_num + 1
    except UnicodeDecodeError:
        raise _undecodable(path, encoding, *_first_bad_byte(path, encoding)) from None
    except csv.Error as exc:
        raise UserError(f"{path.name}, line {reader.line_num}: the CSV cannot be read ({exc})", field="file") from None

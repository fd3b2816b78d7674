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

The header row is the row, among the first :data:`HEADER_SCAN` non-blank ones, with the most headers
foiatrack recognises (agency logs put a title, the agency's name and the period above it); the rows
above it are left out and the report says so. In a workbook, a cell merged down over several rows
("Closed - Denied" once for three requests) gives its value to each of them.

Limits, so that a hostile or broken file ends with one line instead of exhausting the machine: only
regular files are read (never a device or a pipe, which would never end); at most
:data:`MAX_FILE_BYTES` on disk, :data:`MAX_UNCOMPRESSED` inside a workbook, :data:`MAX_ROWS` rows,
:data:`MAX_COLUMNS` columns (a workbook's cells beyond column :data:`MAX_COLUMNS` + 1 are not read at
all: a sheet may claim all 16,384), :data:`MAX_CELL` characters in a cell and :data:`MAX_LINE` in a CSV line.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import itertools
import os
import re
import stat
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foiatrack.core.errors import UserError
from foiatrack.exchange.cells import clean_text, restore
from foiatrack.exchange.columns import known_header
from foiatrack.exchange.vocabulary import header_key

Cell = str | int | float | bool | dt.date | dt.datetime | None

SAMPLE_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
EVENTS_SHEET = "Events"
REQUESTS_SHEET = "Requests"
_CHUNK = 1 << 20
HEADER_SCAN = 30
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_SHARED_STRINGS = 64 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
MAX_ROWS = 250_000
MAX_SHEET_LINES = MAX_ROWS + 10_000  # rows of a worksheet, blank ones included
MAX_COLUMNS = 256
MAX_CELL = 100_000
MAX_LINE = 2_000_000
MAX_MERGES = 50_000

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
    notes: list[str] | None = None  # how the file was read, worth a word to the user

    def __post_init__(self) -> None:
        if self.notes is None:
            self.notes = []


def _not_a_spreadsheet(path: Path, what: str) -> UserError:
    return UserError(f"{path.name}: this is {what}, not a spreadsheet; foiatrack imports CSV and .xlsx files",
                     field="file")


def _head(path: Path) -> bytes:
    try:
        info = os.stat(path)  # never open a pipe or a device: reading it may never end
    except FileNotFoundError:
        raise UserError(f"{path}: no such file", field="file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror or exc})", field="file") from None
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"{path}: is a folder; give a .csv or .xlsx file", field="file")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"{path}: is not a regular file (a device, pipe or socket); give a .csv or .xlsx file",
                        field="file")
    if info.st_size > MAX_FILE_BYTES:
        raise UserError(f"{path.name}: is {info.st_size / 2**20:,.0f} MB; foiatrack imports files of at most "
                        f"{MAX_FILE_BYTES // 2**20} MB: split it", field="file")
    try:
        with path.open("rb") as handle:
            return handle.read(SAMPLE_BYTES)
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder; give a .csv or .xlsx file", field="file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror or exc})", field="file") from None


@contextlib.contextmanager
def open_table(path: str | Path, *, encoding: str | None = None, sheet: str | None = None,
               known_headers: Collection[str] = ()) -> Iterator[Table]:
    """Open the requests table of *path* (the ``Requests`` sheet, or *sheet*, or the first sheet).

    *known_headers* are headers the user has mapped, which count like the built-in ones when the
    header row is looked for.

    Raises:
        UserError: the file is missing, is not a spreadsheet, cannot be decoded, or has no header row.
    """
    file = Path(path)
    head = _head(file)
    if head.startswith(b"PK\x03\x04"):
        with _open_workbook(file) as workbook:
            # type: ignore below: required=True never gives None (the overloads are not spelled out)
            yield _sheet_table(file, workbook, sheet, required=True, known=known_headers)  # type: ignore[misc]
        return
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise _not_a_spreadsheet(file, what)
    if not head.strip():
        raise UserError(f"{file.name}: the file is empty", field="file")
    if file.suffix.lower() in (".xlsx", ".xlsm"):
        raise UserError(f"{file.name}: is named like an Excel workbook but is not one (a workbook is a zip "
                        "archive; this file is not); open it in Excel and save it as .xlsx or CSV", field="file")
    with _open_text(file, head, encoding, known_headers) as table:
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


def _damaged(path: Path, exc: BaseException) -> UserError:
    return UserError(f"{path.name}: this is a zip file but not an Excel workbook that can be read "
                     f"({type(exc).__name__}: damaged or hostile content); open it in Excel and save it again "
                     "as .xlsx", field="file")


def _check_archive(path: Path) -> dict[str, dict[int, list[tuple[int, int]]]]:
    """Refuse a workbook that would expand beyond the limits before anything is decompressed (the sizes
    come from the zip directory; Python's zip reader never returns more than a member declares), then
    scan each worksheet's XML (see :func:`_scan_sheet`) before the XML reader, which reads a whole sheet
    when it opens the workbook, sees it. Returns each worksheet's merged cells, by its name in the zip."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(path, members)
            return {m.filename: _scan_sheet(path, archive, m.filename) for m in members
                    if m.filename.startswith("xl/worksheets/") and m.filename.endswith(".xml")}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UserError(f"{path.name}: this is a zip file but not an Excel workbook that can be read "
                        f"({type(exc).__name__}); save it again as .xlsx", field="file") from None


def _check_sizes(path: Path, members: list[Any]) -> None:
    if len(members) > MAX_ZIP_MEMBERS:
        raise UserError(f"{path.name}: holds {len(members):,} parts; a workbook foiatrack reads has at most "
                        f"{MAX_ZIP_MEMBERS:,}", field="file")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        raise UserError(f"{path.name}: expands to {total / 2**20:,.0f} MB; foiatrack reads workbooks of at most "
                        f"{MAX_UNCOMPRESSED // 2**20} MB uncompressed: split it", field="file")
    shared = sum(m.file_size for m in members if m.filename.casefold().endswith("sharedstrings.xml"))
    if shared > MAX_SHARED_STRINGS:
        raise UserError(f"{path.name}: its text table expands to {shared / 2**20:,.0f} MB; foiatrack reads at most "
                        f"{MAX_SHARED_STRINGS // 2**20} MB of text in a workbook: split it", field="file")


@contextlib.contextmanager
def _open_workbook(path: Path) -> Iterator[Any]:
    from openpyxl import load_workbook

    merges = _check_archive(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except MemoryError:
        raise UserError(f"{path.name}: too large to read", field="file") from None
    except Exception as exc:  # malformed XML, entities, missing parts: one line, never a traceback
        raise _damaged(path, exc) from None
    workbook._foiatrack_merges = merges  # read by _sheet_table
    try:
        yield workbook
    finally:
        workbook.close()


def _sheet_table(path: Path, workbook: Any, name: str | None, *, required: bool,
                 known: Collection[str] = ()) -> Table | None:
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
    try:
        sheet = workbook[match]
    except Exception as exc:  # a sheet part that is missing or broken
        raise _damaged(path, exc) from None
    member = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")
    merges = getattr(workbook, "_foiatrack_merges", {}).get(member, {})
    rows = _guarded(path, _fill_merged(_sheet_rows(path, sheet), merges))
    return _with_header(path, "xlsx", rows, known, sheet=match)


def _sheet_rows(path: Path, sheet: Any) -> Iterator[tuple[int, list[Cell]]]:
    """The rows of a worksheet, never wider than MAX_COLUMNS + 1 cells: the sheet's declared size is
    ignored (a file may claim a million rows by 16,384 columns) and cells past the limit are not built."""
    with contextlib.suppress(AttributeError):
        sheet.reset_dimensions()
    for line, values in enumerate(sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS + 1, values_only=True), start=1):
        if line > MAX_SHEET_LINES:
            raise UserError(f"{path.name}: more than {MAX_SHEET_LINES:,} rows; foiatrack imports at most "
                            f"{MAX_ROWS:,} requests at a time: split the file", field="file")
        if values.count(None) == len(values):  # a blank row, quickly (a sheet may hold a million of them)
            continue
        cells = [_xlsx_cell(path, line, v) if v is not None else None for v in values]
        if len(cells) > MAX_COLUMNS and cells[MAX_COLUMNS] is not None:
            raise UserError(f"{path.name}, row {line}: more than {MAX_COLUMNS} columns; foiatrack reads at most "
                            f"{MAX_COLUMNS}", field="file")
        yield line, cells[:MAX_COLUMNS]


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})\"")
_ROW = re.compile(rb"<(?:\w+:)?row\b")
# A cell with content (not self-closing) beyond column IV (256): three letters, IW-IZ, or JA-ZZ.
_WIDE = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"((?:[A-Z]{3}|I[W-Z]|[J-Z][A-Z]))\d+\"[^>]*?(?<!/)>")


def _scan_sheet(path: Path, archive: Any, member: str) -> dict[int, list[tuple[int, int]]]:
    """One streaming pass over the sheet's XML, before the XML reader builds anything: refuses a sheet
    with too many rows or a value beyond the last column read (a file can hold a million rows reaching
    column XFD in a few megabytes), and returns the cells merged down over several rows, as start row ->
    ``(column index, last row)`` (read-only worksheets do not report merged cells)."""
    from openpyxl.utils import column_index_from_string

    found: dict[int, list[tuple[int, int]]] = {}
    merges, rows, tail = 0, 0, b""
    try:
        with archive.open(member) as source:
            while chunk := source.read(_CHUNK):
                data = tail + chunk
                rows += len(_ROW.findall(data)) - len(_ROW.findall(tail))
                if rows > MAX_SHEET_LINES:
                    raise UserError(f"{path.name}: more than {MAX_SHEET_LINES:,} rows; foiatrack imports at most "
                                    f"{MAX_ROWS:,} requests at a time: split the file", field="file")
                wide = _WIDE.search(data)
                if wide is not None:
                    raise UserError(f"{path.name}: a value in column {wide[1].decode()}; foiatrack reads at most "
                                    f"{MAX_COLUMNS} columns (A to IV)", field="file")
                for match in _MERGE.finditer(data) if merges <= MAX_MERGES else ():
                    first, last = int(match[2]), int(match[4])
                    if last > first:
                        found.setdefault(first, []).append((column_index_from_string(match[1].decode()) - 1, last))
                    merges += 1
                tail = data[-200:]
    except UserError:
        raise
    except Exception:  # the rows' reader says what is wrong with the part
        return {}
    for starts in found.values():  # a merge straddling two chunks is seen twice
        starts[:] = list(dict.fromkeys(starts))
    return found


def _fill_merged(rows: Iterator[tuple[int, list[Cell]]], merges: dict[int, list[tuple[int, int]]]
                 ) -> Iterator[tuple[int, list[Cell]]]:
    active: list[tuple[int, int, Cell]] = []  # (column, last row, value)
    for line, cells in rows:
        if active:
            active = [a for a in active if a[1] >= line]
            for column, _last, value in active:
                if column < len(cells) and cells[column] is None:
                    cells[column] = value
        for column, last in merges.get(line, ()):
            if column < len(cells) and cells[column] is not None:
                active.append((column, last, cells[column]))
        yield line, cells


def _guarded(path: Path, rows: Iterator[tuple[int, list[Cell]]]) -> Iterator[tuple[int, list[Cell]]]:
    """Rows of a workbook, with a broken part (bad XML, a missing text table) reported in one line."""
    try:
        yield from rows
    except UserError:
        raise
    except MemoryError:
        raise UserError(f"{path.name}: too large to read", field="file") from None
    except Exception as exc:  # whatever the XML reader raises on a hostile or damaged part
        raise _damaged(path, exc) from None


def _xlsx_cell(path: Path, line: int, value: Any) -> Cell:
    if isinstance(value, str):
        if len(value) > MAX_CELL:
            raise _too_long(path, line)
        value = restore(clean_text(value))
        return value if value.strip() else None
    return value  # type: ignore[no-any-return]  # openpyxl's values are untyped: a number, date or None here


def _too_long(path: Path, line: int) -> UserError:
    return UserError(f"{path.name}, line {line}: a cell holds more than {MAX_CELL:,} characters; foiatrack reads "
                     f"cells of at most {MAX_CELL:,}", field="file")


def _blank(cells: list[Cell]) -> bool:
    return not any(c is not None and str(c).strip() for c in cells)


def _header_score(cells: list[Cell], known: set[str]) -> int:
    return sum(1 for c in cells if isinstance(c, str) and (known_header(c) or header_key(c) in known))


def _with_header(path: Path, kind: str, rows: Iterator[tuple[int, list[Cell]]], known: Collection[str] = (),
                 **extra: Any) -> Table:
    """The table whose header is the best-looking of the first non-blank rows (see the module docstring)."""
    known_keys = {header_key(h) for h in known}
    first: list[tuple[int, list[Cell]]] = []
    for line, cells in rows:
        if not _blank(cells):
            first.append((line, cells))
            if len(first) >= HEADER_SCAN:
                break
    if not first:
        raise UserError(f"{path.name}: no header row found; the first row must name the columns (Agency, "
                        "Subject, Date Sent, ...)", field="file")
    scores = [_header_score(cells, known_keys) for _, cells in first]
    best = max(range(len(first)), key=lambda i: (scores[i], -i))
    if scores[best] < 2:
        best = 0
    line, cells = first[best]
    headers = [" ".join(str(c).split()) if c is not None else "" for c in cells]
    table = Table(path, kind, headers, line, iter(()), **extra)
    if best:
        above = "; ".join(" ".join(str(c) for c in cells if c is not None)[:80] for _, cells in first[:best])
        table.notes.append(f"the header row is line {line}; the {best} line{'s' if best > 1 else ''} above it "  # type: ignore[union-attr]  # set in __post_init__
                           f"({above}) {'were' if best > 1 else 'was'} left out")
    table.rows = _limited(path, itertools.chain(first[best + 1:], ((n, c) for n, c in rows if not _blank(c))),
                          line)
    return table


def _limited(path: Path, rows: Iterator[tuple[int, list[Cell]]], header_line: int
             ) -> Iterator[tuple[int, list[Cell]]]:
    for count, row in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise UserError(f"{path.name}: more than {MAX_ROWS:,} rows; foiatrack imports at most {MAX_ROWS:,} "
                            "rows at a time: split the file", field="file")
        yield row


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
    if _looks_japanese(path):
        return "cp932"
    return "cp1252"


_KANA = re.compile(r"[\u3041-\u30ff]")
_JAPANESE = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e]")


def _looks_japanese(path: Path) -> bool:
    """True for Shift-JIS text (Excel's "CSV" on a Japanese Windows): the whole file decodes as cp932,
    and what is not ASCII is nearly all Japanese, with some kana. Western text read as cp932 gives odd
    kanji and half-width katakana, never a run of real kana."""
    if not _decodes(path, "cp932"):
        return False
    with path.open("rb") as handle:
        text = handle.read(4 * _CHUNK).decode("cp932", errors="ignore")
    foreign = [ch for ch in text if ord(ch) > 127]
    if not foreign:
        return False
    japanese = sum(1 for ch in foreign if _JAPANESE.match(ch))
    return len(_KANA.findall(text)) >= 2 and japanese >= 0.9 * len(foreign)


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


_GUESSED = {
    "cp1252": "the file is not UTF-8, so it was read as Windows-1252 (Western European); if letters look "
              "wrong in the preview, name the file's encoding with --encoding",
    "cp932": "the file is not UTF-8; its text is Japanese, so it was read as Shift-JIS (cp932); if letters "
             "look wrong, name the file's encoding with --encoding",
}


@contextlib.contextmanager
def _open_text(path: Path, head: bytes, encoding: str | None, known: Collection[str] = ()) -> Iterator[Table]:
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
        table = _with_header(path, "csv", rows, known, encoding=chosen, delimiter=delimiter)
        if encoding is None and chosen in _GUESSED:
            table.notes.append(_GUESSED[chosen])  # type: ignore[union-attr]  # a list since __post_init__
        yield table


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


def _lines(path: Path, handle: Any) -> Iterator[str]:
    """The file's lines, each read with a bound, so that a file with no line breaks cannot fill memory."""
    number = 0
    while line := handle.readline(MAX_LINE + 1):
        number += 1
        if len(line) > MAX_LINE:
            raise UserError(f"{path.name}, line {number}: longer than {MAX_LINE:,} characters; foiatrack reads "
                            f"lines of at most {MAX_LINE:,}", field="file")
        yield line


def _csv_rows(path: Path, handle: Any, delimiter: str, encoding: str) -> Iterator[tuple[int, list[Cell]]]:
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(_lines(path, handle), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            if len(record) > MAX_COLUMNS and any(cell.strip() for cell in record[MAX_COLUMNS:]):
                raise UserError(f"{path.name}, line {start}: more than {MAX_COLUMNS} columns; foiatrack reads at "
                                f"most {MAX_COLUMNS}", field="file")
            cells: list[Cell] = [restore(clean_text(cell)) if cell.strip() else None
                                 for cell in record[:MAX_COLUMNS]]
            if cells and start == 1 and isinstance(cells[0], str):
                cells[0] = cells[0].lstrip("\ufeff") or None
            yield start, cells
            start = reader.line_num + 1
    except UnicodeDecodeError:
        raise _undecodable(path, encoding, *_first_bad_byte(path, encoding)) from None
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _too_long(path, reader.line_num) from None
        raise UserError(f"{path.name}, line {reader.line_num}: the CSV cannot be read ({exc})", field="file") from None

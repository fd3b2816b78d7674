"""The import pipeline: read, match columns, plan and check every row, find duplicates, write in chunks.

The database side (finding agencies, checking the domain rules, finding requests already present,
writing) is an :class:`ImportSink` supplied by :mod:`foiatrack.services.exchange`; this module owns the
order of work and the report. It reads the file once, as a stream: rows are checked and handed to the
sink in chunks of :data:`CHUNK` rows, so a 50,000-row file needs the memory of one chunk (plus the set of
keys seen, to spot rows repeated within the file).

All or nothing: once a row is invalid nothing more is written (the caller rolls back the transaction),
but the rest of the file is still checked, so the report names every bad row at once. With
``skip_invalid`` the good rows are written and the bad ones are copied, with their problems, into a CSV
file next to the input.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from foiatrack.core.errors import UserError
from foiatrack.exchange.cells import spreadsheet_text
from foiatrack.exchange.columns import ColumnMatch, match_columns, match_event_columns
from foiatrack.exchange.plan import PlannedRow, RowPlanner, read_event_rows
from foiatrack.exchange.readers import Table, open_events_table, open_table
from foiatrack.exchange.values import as_text
from foiatrack.exchange.vocabulary import StatusVocabulary, status_names
from foiatrack.files import atomic_output

CHUNK = 2000


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem with one row: its line (as the spreadsheet numbers it), the column and the reason."""

    line: int
    column: str
    message: str
    table: str = ""  # "" for the requests table, else e.g. "Events"

    def __str__(self) -> str:
        where = f"{self.table} line {self.line}" if self.table else f"line {self.line}"
        return f"{where}, {self.column}: {self.message}" if self.column else f"{where}: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message, "table": self.table or None}


@dataclass(slots=True)
class PreviewRow:
    """A row as the preview shows it: the text of each matched field, its problems and what happens to
    it ("new", "present" in the database, "duplicate" of an earlier line, or "invalid")."""

    line: int
    values: dict[str, str]
    errors: list[RowError]
    outcome: str = "new"


@dataclass(slots=True)
class UnknownWord:
    """A status word the importer does not know, counted over the whole file."""

    word: str
    column: str
    count: int
    first_line: int

    def to_json(self) -> dict[str, object]:
        return {"word": self.word, "column": self.column, "rows": self.count, "first_line": self.first_line}


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run or a rejected file, would do)."""

    path: str
    kind: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    columns: list[ColumnMatch]
    has_events_table: bool = False
    rows: int = 0
    added: int = 0
    already_present: int = 0
    duplicates: int = 0
    invalid: int = 0
    dates_unknown: int = 0
    agencies_created: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    committed: bool = False
    rejected_file: str | None = None
    request_ids: list[int] = field(default_factory=list)
    preview: list[PreviewRow] = field(default_factory=list)
    unknown_statuses: list[UnknownWord] = field(default_factory=list)
    default_agency: str | None = None

    @property
    def ok(self) -> bool:
        """True when nothing was refused (with skip_invalid, bad rows are left out but still refused)."""
        return not self.errors

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.path, "format": self.kind, "encoding": self.encoding, "delimiter": self.delimiter,
            "sheet": self.sheet, "columns": [c.to_json() for c in self.columns],
            "events_table": self.has_events_table, "rows": self.rows, "added": self.added,
            "already_present": self.already_present, "duplicates": self.duplicates, "invalid": self.invalid,
            "dates_unknown": self.dates_unknown, "agencies_created": self.agencies_created,
            "errors": [e.to_json() for e in self.errors], "warnings": self.warnings, "dry_run": self.dry_run,
            "committed": self.committed, "rejected_file": self.rejected_file,
            "request_ids": self.request_ids,
            "unknown_statuses": [u.to_json() for u in self.unknown_statuses],
            "default_agency": self.default_agency,
        }


class ImportSink(Protocol):
    """The database side of an import (see :mod:`foiatrack.services.exchange`)."""

    def check(self, row: PlannedRow) -> None:
        """Resolve the agency, apply the domain rules, set ``row.key``; add problems to ``row.errors``."""

    def present(self, rows: Sequence[PlannedRow]) -> set[int]:
        """Positions in *rows* of requests the database already holds."""

    def write(self, rows: Sequence[PlannedRow]) -> list[int]:
        """Store *rows*; returns the new request ids."""

    def agencies_created(self) -> list[str]:
        """Names of the agencies created for (or, in a dry run, needed by) the rows written."""


@dataclass
class ImportOptions:
    dry_run: bool = False
    skip_invalid: bool = False
    mapping: Mapping[str, str] | None = None
    saved_mapping: Mapping[str, str] | None = None
    encoding: str | None = None
    sheet: str | None = None
    preview_limit: int = 0
    jurisdictions: frozenset[str] = frozenset({"US"})
    default_agency: str | None = None  # the agency of rows that name none
    status_mapping: Mapping[str, str] | None = None  # status word -> status name, this import only
    saved_status_mapping: Mapping[str, str] | None = None


def rejected_path(source: Path) -> Path:
    """Where the bad rows of *source* go: ``<name>-rejected.csv`` beside it (``-rejected-2`` if taken)."""
    candidate = source.with_name(f"{source.stem}-rejected.csv")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = source.with_name(f"{source.stem}-rejected-{counter}.csv")
    return candidate


def run_import(path: str | Path, sink: ImportSink, options: ImportOptions) -> ImportReport:
    """Read *path* and hand its rows to *sink* (see the module docstring).

    Raises:
        UserError: the file cannot be read as a spreadsheet, or lacks an agency or subject column.
    """
    source = Path(path)
    default_agency = " ".join((options.default_agency or "").split()) or None
    statuses = StatusVocabulary({**(options.saved_status_mapping or {}), **(options.status_mapping or {})})
    known = {*(options.saved_mapping or {}), *(options.mapping or {})}
    with open_table(source, encoding=options.encoding, sheet=options.sheet, known_headers=known) as table:
        matches = match_columns(table.headers, options.saved_mapping, options.mapping)
        _require_columns(source, table, matches, default_agency)
        report = ImportReport(str(source), table.kind, table.encoding, table.delimiter, table.sheet, matches,
                              dry_run=options.dry_run, default_agency=default_agency)
        report.warnings.extend(table.notes)
        events_by_key, bad_keys = _events_table(source, options, report)
        planner = RowPlanner(matches, options.jurisdictions, source.name, events_by_key,
                             default_agency=default_agency, statuses=statuses)
        with contextlib.ExitStack() as stack:
            run = _Run(report, sink, options, table, stack, source)
            lone = _lone_cell_columns(matches)
            for line, cells in table.rows:
                note = _a_note_not_a_request(line, cells, lone)
                if note:
                    report.warnings.append(note)
                    continue
                run.add(planner.plan(line, cells), cells, bad_keys)
            run.flush()
        if events_by_key is not None:
            for key in set(events_by_key) - run.keys_seen:
                first = events_by_key[key][0]
                report.errors.append(RowError(first.line, "Key", f"no request in the file has the key '{key}'",
                                              "Events"))
        _report_unknown_statuses(report, run.unknown)
    report.committed = not options.dry_run and (options.skip_invalid or not report.errors)
    if report.committed or options.dry_run:
        report.agencies_created = sink.agencies_created()
    if not report.committed:
        report.request_ids = []
    return report


def _lone_cell_columns(matches: list[ColumnMatch]) -> frozenset[int]:
    """Columns whose cell, alone on a row, is a note rather than a request: every column but the subject
    and records sought, in a table of at least three recognised columns (an agency log's "Total requests:
    57" or "Prepared 4/1/2026" under the table, or a "Quarter 2" line between its parts)."""
    mapped = [m for m in matches if m.field]
    if len(mapped) < 3:
        return frozenset()
    return frozenset(m.index for m in matches if m.field not in ("subject", "records_sought"))


def _a_note_not_a_request(line: int, cells: list[Any], lone: frozenset[int]) -> str:
    if not lone:
        return ""
    filled = [i for i, c in enumerate(cells) if c is not None and str(c).strip()]
    if len(filled) != 1 or filled[0] not in lone:
        return ""
    text = " ".join(str(cells[filled[0]]).split())
    return f"line {line}: only one cell ('{text[:60]}'), taken as a note under the table, not a request; left out"


def _report_unknown_statuses(report: ImportReport, unknown: dict[str, UnknownWord]) -> None:
    """One problem per unknown status word (not one per row), with how many rows use it."""
    if not unknown:
        return
    names = ", ".join(status_names())
    report.unknown_statuses = sorted(unknown.values(), key=lambda u: (-u.count, u.first_line))
    for entry in report.unknown_statuses:
        rows = f"{entry.count:,} row{'s' if entry.count != 1 else ''}"
        error = RowError(entry.first_line, entry.column, f"'{entry.word}' ({rows}) is not a status foiatrack knows; "
                                                         f"say which status it means (one of: {names})")
        at = next((i for i, e in enumerate(report.errors) if not e.table and e.line > entry.first_line),
                  len(report.errors))  # in line order, among the rows' problems
        report.errors.insert(at, error)


def _require_columns(source: Path, table: Table, matches: list[ColumnMatch], default_agency: str | None) -> None:
    fields = {m.field for m in matches}
    shown = ", ".join(f"'{h}'" for h in table.headers if h) or "none"
    if "agency" not in fields and not default_agency:
        raise UserError(f"{source.name}: no column names the agency (the columns are: {shown}); call one "
                        "'Agency' or map it, e.g. --map \"Department=agency\", or give the agency of every row "
                        "with --agency NAME", field="file")
    if "subject" not in fields and "records_sought" not in fields:
        raise UserError(f"{source.name}: no column holds the subject (the columns are: {shown}); call one "
                        "'Subject' or map it, e.g. --map \"Request=subject\"", field="file")


def _events_table(source: Path, options: ImportOptions, report: ImportReport
                  ) -> tuple[dict[str, list[Any]] | None, set[str]]:
    with open_events_table(source, encoding=options.encoding) as events:
        if events is None:
            return None, set()
        grouped, problems = read_event_rows(events.rows, match_event_columns(events.headers))
    report.has_events_table = True
    name = events.sheet or events.path.name
    report.errors.extend(RowError(line, column, message, name) for line, column, message, _key in problems)
    return grouped, {key for *_rest, key in problems if key}


class _Run:
    """The state of one pass over the file."""

    def __init__(self, report: ImportReport, sink: ImportSink, options: ImportOptions, table: Table,
                 stack: contextlib.ExitStack, source: Path) -> None:
        self.report, self.sink, self.options, self.table = report, sink, options, table
        self.stack, self.source = stack, source
        self.chunk: list[tuple[PlannedRow, PreviewRow | None]] = []
        self.keys_seen: set[str] = set()
        self.first_line: dict[str, int] = {}
        self.writer: Any = None  # a csv writer, opened at the first bad row
        self.unknown: dict[str, UnknownWord] = {}  # status words not known, by their loose form

    def add(self, row: PlannedRow, cells: Sequence[object], bad_keys: set[str]) -> None:
        report = self.report
        report.rows += 1
        if not row.errors:
            self.sink.check(row)
        if row.key is not None and row.key in bad_keys:
            row.errors.append(("Key", "its events have problems (see the events table's errors)"))
        preview = None
        if len(report.preview) < self.options.preview_limit:
            preview = PreviewRow(row.line, row.values, [RowError(row.line, c, m) for c, m in row.errors])
            report.preview.append(preview)
        report.warnings.extend(row.warnings)
        if row.errors:
            report.invalid += 1
            unknown = set()
            for column, word in row.unknown_statuses:
                unknown.add((column, f"'{word}' is not a status foiatrack knows"))
                entry = self.unknown.setdefault(" ".join(word.casefold().split()),
                                                UnknownWord(word, column, 0, row.line))
                entry.count += 1
            report.errors.extend(RowError(row.line, column, message) for column, message in row.errors
                                 if (column, message) not in unknown)
            if preview is not None:
                preview.outcome = "invalid"
            self._reject(row, cells)
            return
        assert row.key is not None
        if row.key in self.keys_seen:
            report.duplicates += 1
            report.warnings.append(f"line {row.line}: the same request as line {self.first_line[row.key]}; "
                                   "left out")
            if preview is not None:
                preview.outcome = "duplicate"
            return
        self.keys_seen.add(row.key)
        self.first_line[row.key] = row.line
        report.dates_unknown += row.date_unknown
        self.chunk.append((row, preview))
        if len(self.chunk) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if not self.chunk:
            return
        rows = [row for row, _ in self.chunk]
        present = self.sink.present(rows)
        new: list[PlannedRow] = []
        for position, (row, preview) in enumerate(self.chunk):
            if position in present:
                self.report.already_present += 1
                if preview is not None:
                    preview.outcome = "present"
            else:
                new.append(row)
        self.chunk = []
        self.report.added += len(new)
        writing = not self.options.dry_run and (self.options.skip_invalid or not self.report.errors)
        if new and writing:
            self.report.request_ids.extend(self.sink.write(new))

    def _reject(self, row: PlannedRow, cells: Sequence[object]) -> None:
        if not self.options.skip_invalid or self.options.dry_run:
            return
        if self.writer is None:
            target = rejected_path(self.source)
            handle = self.stack.enter_context(atomic_output(target, binary=False, encoding="utf-8-sig"))
            self.writer = csv.writer(handle)
            self.writer.writerow(["Line", "Problems", *self.table.headers])
            self.report.rejected_file = str(target)
        problems = "; ".join(f"{c}: {m}" if c else m for c, m in row.errors)
        self.writer.writerow([row.line, problems, *(spreadsheet_text(as_text(c)) for c in cells)])

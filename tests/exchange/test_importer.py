"""The import pipeline, against a database side kept in memory: all or nothing unless bad rows are to
be skipped (then they go, with their problems, to a CSV beside the file), duplicates and rows already
present left out, every problem of the file reported at once, and the file streamed in chunks."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.exchange.importer import CHUNK, ImportOptions, RowError, rejected_path, run_import
from foiatrack.exchange.plan import PlannedRow, import_key


class MemorySink:
    """The database side: agencies named "Nowhere" do not exist; *stored* keys are already present."""

    def __init__(self, stored: Sequence[str] = ()) -> None:
        self.stored = set(stored)
        self.written: list[list[PlannedRow]] = []
        self.created: list[str] = []

    def check(self, row: PlannedRow) -> None:
        if row.agency == "Nowhere":
            row.errors.append(("Agency", "no agency 'Nowhere'"))
            return
        row.key = row.key or import_key(row.agency, row.tracking_number, row.fields["subject"], row.sent,
                                        row.fields["requester_name"])
        if row.agency not in ("FBI", "CBP") and row.agency not in self.created:
            self.created.append(row.agency)

    def present(self, rows: Sequence[PlannedRow]) -> set[int]:
        return {n for n, row in enumerate(rows) if row.key in self.stored}

    def write(self, rows: Sequence[PlannedRow]) -> list[int]:
        self.written.append(list(rows))
        start = sum(len(chunk) for chunk in self.written[:-1])
        return list(range(start + 1, start + len(rows) + 1))

    def agencies_created(self) -> list[str]:
        return list(self.created)

    @property
    def subjects(self) -> list[str]:
        return [row.fields["subject"] for chunk in self.written for row in chunk]


def _csv(path: Path, rows: list[list[str]], headers: Sequence[str] = ("Agency", "Subject", "Date Sent", "Status")
         ) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def test_good_rows_are_written_and_reported(tmp_path: Path) -> None:
    source = _csv(tmp_path / "log.csv", [["FBI", "Drone logs", "2026-10-01", "Pending"],
                                         ["Harbour Board", "Dredging permits", "2026-10-02", "Denied"]])
    sink = MemorySink()
    report = run_import(source, sink, ImportOptions())
    assert (report.ok, report.committed, report.rows, report.added) == (True, True, 2, 2)
    assert sink.subjects == ["Drone logs", "Dredging permits"]
    assert report.request_ids == [1, 2]
    assert report.agencies_created == ["Harbour Board"]
    assert report.dates_unknown == 1  # the denial has no date of its own
    assert (report.kind, report.delimiter) == ("csv", ",")


def test_one_bad_row_writes_nothing_and_every_problem_is_named(tmp_path: Path) -> None:
    source = _csv(tmp_path / "log.csv", [["FBI", "Drone logs", "2026-10-01", ""],
                                         ["Nowhere", "Ghost records", "2026-10-01", ""],
                                         ["FBI", "Later", "31/02/2026", ""]])
    sink = MemorySink()
    report = run_import(source, sink, ImportOptions())
    assert not report.ok and not report.committed
    assert sink.written == [] and report.request_ids == []
    assert report.invalid == 2
    assert [(e.line, e.column) for e in report.errors] == [(3, "Agency"), (4, "Date Sent")]
    assert str(report.errors[0]) == "line 3, Agency: no agency 'Nowhere'"
    assert not list(tmp_path.glob("*-rejected*.csv"))


def test_skipping_bad_rows_writes_the_good_ones_and_copies_the_bad_ones_aside(tmp_path: Path) -> None:
    source = _csv(tmp_path / "log.csv", [["FBI", "Drone logs", "2026-10-01", ""],
                                         ["Nowhere", "=HYPERLINK(\"http://x\")", "2026-10-01", ""]])
    sink = MemorySink()
    report = run_import(source, sink, ImportOptions(skip_invalid=True))
    assert report.committed and not report.ok
    assert sink.subjects == ["Drone logs"]
    assert report.rejected_file == str(tmp_path / "log-rejected.csv")
    with open(report.rejected_file, encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.reader(handle))
    assert rejected[0] == ["Line", "Problems", "Agency", "Subject", "Date Sent", "Status"]
    assert rejected[1][:3] == ["3", "Agency: no agency 'Nowhere'", "Nowhere"]
    assert rejected[1][3] == "'=HYPERLINK(\"http://x\")"  # a formula typed in the file is not run on opening


def test_a_second_skip_keeps_the_first_rejected_file(tmp_path: Path) -> None:
    source = tmp_path / "log.csv"
    (tmp_path / "log-rejected.csv").write_text("earlier")
    assert rejected_path(source) == tmp_path / "log-rejected-2.csv"
    (tmp_path / "log-rejected-2.csv").write_text("earlier too")
    assert rejected_path(source) == tmp_path / "log-rejected-3.csv"


def test_repeats_in_the_file_and_requests_already_stored_are_left_out(tmp_path: Path) -> None:
    rows = [["FBI", "Drone logs", "2026-10-01", ""], ["fbi", "drone  logs", "2026-10-01", ""],
            ["CBP", "Border logs", "2026-10-03", ""]]
    stored = import_key("CBP", None, "Border logs", dt.date(2026, 10, 3), "")
    sink = MemorySink(stored=[stored])
    report = run_import(_csv(tmp_path / "log.csv", rows), sink, ImportOptions(preview_limit=10))
    assert (report.added, report.duplicates, report.already_present) == (1, 1, 1)
    assert "line 3: the same request as line 2; left out" in report.warnings
    assert [p.outcome for p in report.preview] == ["new", "duplicate", "present"]
    assert sink.subjects == ["Drone logs"]


def test_a_dry_run_writes_nothing_but_says_what_it_would_do(tmp_path: Path) -> None:
    source = _csv(tmp_path / "log.csv", [["Harbour Board", "Dredging", "2026-10-01", ""]])
    sink = MemorySink()
    report = run_import(source, sink, ImportOptions(dry_run=True))
    assert (report.dry_run, report.committed, report.added, sink.written) == (True, False, 1, [])
    assert report.agencies_created == ["Harbour Board"]


def test_an_unknown_status_word_is_one_problem_counted_over_its_rows(tmp_path: Path) -> None:
    rows = [["FBI", f"Request {n}", "2026-10-01", word] for n, word in
            enumerate(["Frobnicated", "frobnicated ", "Pending", "FROBNICATED"], start=1)]
    report = run_import(_csv(tmp_path / "log.csv", rows), MemorySink(), ImportOptions())
    [unknown] = report.unknown_statuses
    assert (unknown.word, unknown.count, unknown.first_line, unknown.column) == ("Frobnicated", 3, 2, "Status")
    [error] = report.errors
    assert str(error).startswith("line 2, Status: 'Frobnicated' (3 rows) is not a status foiatrack knows; say "
                                 "which status it means (one of: ")
    assert "denied" in str(error).split("(one of: ")[1]
    taught = run_import(_csv(tmp_path / "log.csv", rows), MemorySink(),
                        ImportOptions(status_mapping={"frobnicated": "denied"}))
    assert taught.ok and taught.added == 4


def test_a_lone_cell_under_the_table_is_a_note_not_a_request(tmp_path: Path) -> None:
    rows = [["FBI", "Drone logs", "2026-10-01", ""], ["Total requests: 1", "", "", ""]]
    report = run_import(_csv(tmp_path / "log.csv", rows), MemorySink(), ImportOptions())
    assert report.ok and report.rows == 1
    assert report.warnings == ["line 3: only one cell ('Total requests: 1'), taken as a note under the table, "
                               "not a request; left out"]


def test_a_file_without_an_agency_or_subject_column_is_refused_with_the_columns_it_has(tmp_path: Path) -> None:
    no_agency = _csv(tmp_path / "a.csv", [["Drone logs"]], headers=("Subject",))
    with pytest.raises(UserError, match=r"^a\.csv: no column names the agency \(the columns are: 'Subject'\); "):
        run_import(no_agency, MemorySink(), ImportOptions())
    report = run_import(no_agency, MemorySink(), ImportOptions(default_agency=" FBI "))
    assert (report.added, report.default_agency) == (1, "FBI")
    no_subject = _csv(tmp_path / "b.csv", [["FBI", "x"]], headers=("Agency", "Colour"))
    with pytest.raises(UserError, match=r"^b\.csv: no column holds the subject \(the columns are: 'Agency', "
                                        r"'Colour'\); "):
        run_import(no_subject, MemorySink(), ImportOptions())
    mapped = run_import(no_subject, MemorySink(), ImportOptions(mapping={"Colour": "subject"}))
    assert mapped.added == 1


def test_a_large_file_is_written_in_chunks(tmp_path: Path) -> None:
    count = 2 * CHUNK + 7
    rows = [["FBI", f"Request {n}", "2026-10-01", ""] for n in range(count)]
    sink = MemorySink()
    report = run_import(_csv(tmp_path / "big.csv", rows), sink, ImportOptions())
    assert report.added == count
    assert [len(chunk) for chunk in sink.written] == [CHUNK, CHUNK, 7]
    assert report.request_ids == list(range(1, count + 1))


def test_a_row_error_reads_as_one_line_and_as_json() -> None:
    error = RowError(12, "", "the row is empty", "Events")
    assert str(error) == "Events line 12: the row is empty"
    assert error.to_json() == {"line": 12, "column": "", "message": "the row is empty", "table": "Events"}
    assert RowError(3, "Date Sent", "bad").to_json()["table"] is None

"""Hostile and broken spreadsheets end with one line, quickly and in little memory; exports never
write a live formula; a Shift-JIS file is read as Japanese, not as mojibake without a word."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import hostile_sheets as h
import pytest

from foiatrack.core.errors import UserError
from foiatrack.exchange.readers import MAX_CELL, MAX_COLUMNS, MAX_LINE, open_table

GIB = 1 << 30


def run_import(db: Path, source: Path) -> tuple[int, str, str, int]:
    """``foiatrack import --dry-run`` in a child process: exit code, stdout, stderr, peak memory in bytes."""
    out_path, err_path = db.with_suffix(".out"), db.with_suffix(".err")
    with out_path.open("w") as out, err_path.open("w") as err:
        process = subprocess.Popen([sys.executable, "-m", "foiatrack", "--db", str(db), "import", "--dry-run",
                                    str(source)], stdout=out, stderr=err,
                                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        killer = threading.Timer(60, process.kill)  # a guard against a hang, not a measure of speed
        killer.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    return (process.returncode, out_path.read_text(), err_path.read_text(), usage.ru_maxrss * 1024)


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "billion laughs": (lambda p: h.workbook(p, shared=h.BILLION_LAUGHS), "not an Excel workbook that can be read"),
    "entities in the workbook part": (lambda p: h.workbook(p, workbook_xml=h.BILLION_LAUGHS.replace("sst", "workbook")),
                                      "not an Excel workbook that can be read"),
    "malformed XML": (lambda p: h.workbook(p, sheet=h.SHEET_START + "<row r='1'><c r='A1'"),
                      "not an Excel workbook that can be read"),
    "missing text table": (h.no_shared_strings, "not an Excel workbook that can be read"),
    "300 MB of whitespace": (lambda p: h.whitespace_workbook(p, 300), "at most 256 MB uncompressed"),
    "a million rows reaching XFD": (lambda p: h.wide_tall_workbook(p, 1_000_000), "at most 256 columns"),
    "a million rows": (lambda p: h.tall_workbook(p, 1_000_000), "foiatrack imports at most 250,000"),
    "300 columns": (lambda p: h.many_columns_workbook(p, 300), f"at most {MAX_COLUMNS} columns"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_workbooks_end_in_one_line_in_little_memory(case: str, tmp_path: Path) -> None:
    make, expected = HOSTILE[case]
    source = make(tmp_path / "hostile.xlsx")
    code, out, err, peak = run_import(tmp_path / "t.db", source)
    assert code == 1, (out, err)
    assert "Traceback" not in err and expected in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert peak < GIB, f"{peak / 2**20:.0f} MB"


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    source = h.workbook(tmp_path / "xxe.xlsx", shared=h.xxe(secret))
    code, out, err, _peak = run_import(tmp_path / "t.db", source)
    assert code == 1 and "Traceback" not in err
    assert "TOP-SECRET-VALUE" not in out + err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a regular file"):
        open_table("/dev/zero").__enter__()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "requests.csv"
    os.mkfifo(pipe)
    code, _out, err, _peak = run_import(tmp_path / "t.db", pipe)  # would block forever if opened
    assert code == 1 and "not a regular file" in err and len(err.strip().splitlines()) == 1


def test_a_csv_without_line_breaks_is_refused_at_the_line_limit(tmp_path: Path) -> None:
    source = tmp_path / "one-line.csv"
    with source.open("w", encoding="utf-8") as handle:
        handle.write("Agency,Subject,Notes\nFBI,Budget,")
        handle.write("x" * (MAX_LINE + 10))
    code, _out, err, peak = run_import(tmp_path / "t.db", source)
    assert code == 1 and f"at most {MAX_LINE:,}" in err and "line 2" in err
    assert peak < GIB


def test_an_overlong_cell_names_the_limit(tmp_path: Path) -> None:
    source = tmp_path / "long-cell.csv"
    source.write_text('Agency,Subject,Notes\nFBI,Budget,"' + "y" * (MAX_CELL + 1) + '"\n', encoding="utf-8")
    with pytest.raises(UserError, match=f"more than {MAX_CELL:,} characters"), open_table(source) as table:
        list(table.rows)


SHIFT_JIS = "Agency,Subject,Date Sent\n東京都,公文書の開示請求について,2026-01-05\n大阪市,議事録,2026-01-06\n"


def test_a_shift_jis_csv_is_read_as_japanese_and_says_so(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from foiatrack.services.exchange import import_file
    from foiatrack.services.queries import list_requests

    source = tmp_path / "japan.csv"
    source.write_bytes(SHIFT_JIS.encode("shift_jis"))
    report = import_file(db, source)
    assert report.committed and report.encoding == "cp932"
    assert any("Shift-JIS" in note for note in report.warnings)
    assert {row.subject for row in list_requests(db)} == {"公文書の開示請求について", "議事録"}


def test_a_western_file_that_is_not_utf8_says_how_it_was_read(tmp_path: Path) -> None:
    source = tmp_path / "west.csv"
    source.write_bytes("Agency,Subject\nDepartamento de Policía,Uso de la fuerza\n".encode("cp1252"))
    with open_table(source) as table:
        rows = list(table.rows)
        assert table.encoding == "cp1252" and any("Windows-1252" in n for n in table.notes or [])
    assert rows[0][1][0] == "Departamento de Policía"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_control_character_before_a_formula_never_makes_a_live_one(tmp_path: Path, suffix: str) -> None:
    # Entry now refuses control characters; rows stored before that, or from elsewhere, still reach the
    # writers, which must clean first and neutralise after.
    from foiatrack.exchange.export import write_export

    subject = '\x01=HYPERLINK("http://example.com/x","Click")'
    target = tmp_path / f"export{suffix}"
    write_export(target, [{"key": "k1", "agency": "FBI", "subject": subject}], [])
    if suffix == ".xlsx":
        with zipfile.ZipFile(target) as archive:
            sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any("<f>" in sheet or "<f " in sheet for sheet in sheets)
        from openpyxl import load_workbook

        values = [c.value for row in load_workbook(target)["Requests"].iter_rows() for c in row]
        assert "'=HYPERLINK(\"http://example.com/x\",\"Click\")" in values
    else:
        text = target.read_text(encoding="utf-8-sig")
        assert "\x01" not in text
        assert '"\'=HYPERLINK(""http://example.com/x"",""Click"")"' in text

"""The export workbook, read back as a spreadsheet program reads it (openpyxl): every kind of value
survives, text comes back exactly as written, and each sheet has its bold frozen header."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from foiatrack.exchange.xlsx_writer import column_letter, write_workbook


def _read(sheets, **kwargs):  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    counts = write_workbook(buffer, sheets, **kwargs)
    buffer.seek(0)
    return counts, openpyxl.load_workbook(buffer)


@pytest.mark.parametrize(("index", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (702, "ZZ"),
                                                (703, "AAA")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_values_of_every_kind_read_back_as_they_were() -> None:
    row = ["Drone logs", 42, 2.5, Decimal("12.50"), dt.date(2026, 10, 30), dt.datetime(2026, 10, 30, 14, 5, 9),
           True, None, "tail"]
    headers = [f"h{n}" for n in range(len(row))]
    counts, book = _read([("Requests", headers, [10.0] * len(row), [row])])
    assert counts == [1]
    sheet = book["Requests"]
    values = [cell.value for cell in sheet[2]]
    assert values[:4] == ["Drone logs", 42, 2.5, 12.5]
    assert values[4] == dt.datetime(2026, 10, 30)  # a date cell: openpyxl reads midnight of that day
    assert sheet["E2"].number_format == "yyyy-mm-dd"
    assert values[5] == dt.datetime(2026, 10, 30, 14, 5, 9)
    assert values[6] is True and values[7] is None and values[8] == "tail"
    assert sheet["D2"].number_format == "0.00"


@pytest.mark.parametrize("text", [
    "  leading and trailing spaces  ",
    "line one\nline two",
    "carriage\r\nreturn and a lone\rone",
    "<b>not markup</b> & \"quotes\" 'too'",
    "=SUM(A1:A2)",  # text, as given: never a formula
    "Montréal – 5 U.S.C. § 552(b)(6) 🗂",
])
def test_text_comes_back_exactly(text: str) -> None:
    _counts, book = _read([("S", ["text"], [30.0], [[text]])])
    cell = book["S"]["A2"]
    assert (cell.value, cell.data_type) == (text, "s")


def test_characters_xml_cannot_hold_are_dropped_and_empty_text_is_no_cell() -> None:
    _counts, book = _read([("S", ["a", "b", "c"], [10.0] * 3, [["bell\x07 and\x00 nul\x1f", "", "\x0b"]])])
    sheet = book["S"]
    assert sheet["A2"].value == "bell and nul"
    assert sheet["B2"].value is None and sheet["C2"].value is None


def test_each_sheet_has_its_title_a_bold_frozen_header_widths_and_a_row_count() -> None:
    rows = ([n, f"request {n}"] for n in range(1, 4502))  # more than one buffer's worth, from a generator
    counts, book = _read([("Requests & events", ["ID", "Subject"], [8.0, 40.0], rows),
                          ("Empty", ["Nothing"], [12.0], [])], creator="Dana <Harbor>")
    assert counts == [4501, 0]
    assert book.sheetnames == ["Requests & events", "Empty"]
    first = book["Requests & events"]
    assert [c.value for c in first[1]] == ["ID", "Subject"]
    assert first["A1"].font.b is True and first["A2"].font.b is not True
    assert first.freeze_panes == "A2"
    assert first.column_dimensions["B"].width == 40.0
    assert first.max_row == 4502 and first["B4502"].value == "request 4501"
    assert book["Empty"].max_row == 1
    assert book.properties.creator == "Dana <Harbor>"


def test_a_value_no_cell_can_hold_is_an_error() -> None:
    with pytest.raises(TypeError, match="cannot write set to a workbook cell"):
        write_workbook(io.BytesIO(), [("S", ["a"], [10.0], [[{"x"}]])])


def test_a_row_of_the_wrong_length_is_an_error_not_a_shifted_row() -> None:
    with pytest.raises(ValueError):
        write_workbook(io.BytesIO(), [("S", ["a", "b"], [10.0, 10.0], [["only one"]])])

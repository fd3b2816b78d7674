"""Reading whatever people save as a spreadsheet: encodings, delimiters, line breaks, non-spreadsheets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.exchange.readers import detect_encoding, open_table, sniff_delimiter


def read(path: Path, **kwargs: object) -> tuple[list[str], list[tuple[int, list[object]]], object]:
    with open_table(path, **kwargs) as table:  # type: ignore[arg-type]
        return table.headers, list(table.rows), table


def test_windows_1252_file(files: Path) -> None:
    headers, rows, table = read(files / "tracker-windows1252.csv")
    assert table.encoding == "cp1252"  # type: ignore[attr-defined]
    assert headers[0] == "Agency"
    assert rows[0][1][0] == "Departamento de Policía de San José"
    assert rows[0][1][2] == "Registros de uso de fuerza “2023”"
    assert "€" in str(rows[0][1][8])


def test_semicolon_file_with_bom_and_a_line_break_in_a_cell(files: Path) -> None:
    headers, rows, table = read(files / "tracker-semicolon.csv")
    assert table.delimiter == ";"  # type: ignore[attr-defined]
    assert table.encoding == "utf-8-sig"  # type: ignore[attr-defined]
    assert headers[0] == "Agency"  # no BOM left on the first header
    assert rows[0][1][6] == "first line\nsecond line; with a semicolon"
    # The second record starts on line 4: the first spans lines 2 and 3.
    assert [line for line, _ in rows] == [2, 4]


def test_utf16_tab_file(files: Path) -> None:
    _headers, rows, table = read(files / "tracker-utf16.csv")
    assert table.encoding == "utf-16"  # type: ignore[attr-defined]
    assert table.delimiter == "\t"  # type: ignore[attr-defined]
    assert rows[0][1][5] == "Nguyễn Thị Minh"


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "nobom.csv"
    path.write_bytes("Agency,Subject\nICE,Nguyễn\n".encode("utf-16-le"))
    headers, rows, _ = read(path)
    assert headers == ["Agency", "Subject"]
    assert rows[0][1] == ["ICE", "Nguyễn"]


def test_xlsx_date_cells_and_blank_rows(files: Path) -> None:
    _headers, rows, table = read(files / "tracker-date-cells.xlsx")
    assert table.sheet == "My tracker"  # type: ignore[attr-defined]
    assert rows[0][1][2] == dt.datetime(2024, 1, 8)
    assert rows[0][1][6] == 2024001234
    assert [line for line, _ in rows] == [2, 3, 5]  # row 4 is blank


def test_blank_lines_are_skipped_and_lines_counted(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("\n\nAgency,Subject\n\nICE,One\n,\nCBP,Two\n", encoding="utf-8")
    _headers, rows, table = read(path)
    assert table.header_line == 3  # type: ignore[attr-defined]
    assert [(line, cells[0]) for line, cells in rows] == [(5, "ICE"), (7, "CBP")]


def test_neutralised_cells_are_restored(tmp_path: Path) -> None:
    path = tmp_path / "formula.csv"
    path.write_text("Agency,Subject\nICE,'=HYPERLINK(\"x\")\nCBP,=1+2\n", encoding="utf-8")
    _, rows, _ = read(path)
    assert rows[0][1][1] == '=HYPERLINK("x")'
    assert rows[1][1][1] == "=1+2"  # a formula someone typed stays text; it is never evaluated


@pytest.mark.parametrize(("name", "message"), [
    ("photo-renamed.csv", "this is a PNG image, not a spreadsheet"),
    ("random-bytes.csv", "binary data"),
    ("random-bytes.xlsx", "is named like an Excel workbook but is not one"),
])
def test_files_that_are_not_spreadsheets_are_refused(files: Path, name: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        read(files / name)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UserError, match="not an Excel workbook"):
        read(path)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        read(tmp_path / "nope.csv")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(UserError, match="empty"):
        read(tmp_path / "empty.csv")


def test_a_bad_byte_deep_in_a_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    lines = ["Agency,Subject"] + [f"ICE,Row {i}" for i in range(5000)]
    data = ("\n".join(lines) + "\n").encode("utf-8") + b"ICE,caf\x81\n"
    path.write_bytes(data)  # not UTF-8, and 0x81 is not Windows-1252 either
    with pytest.raises(UserError, match=r"line 5002: the text is not valid cp1252"):
        read(path)


def test_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("Agency,Subject\nICE,Policía\n".encode("latin-1"))
    assert read(path, encoding="latin-1")[1][0][1][1] == "Policía"
    with pytest.raises(UserError, match="not an encoding"):
        read(path, encoding="klingon")


def test_detection_order(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("a,é".encode())
    assert detect_encoding(path, path.read_bytes()) == "utf-8"
    path.write_bytes("a,é".encode("cp1252"))
    assert detect_encoding(path, path.read_bytes()) == "cp1252"


@pytest.mark.parametrize(("sample", "delimiter"), [
    ("a,b,c\n1,2,3", ","), ("a;b;c\n", ";"), ("a\tb\n", "\t"), ("a|b|c", "|"), ('"x;y",b,c\n', ","),
    ("single\n", ","),
])
def test_sniff_delimiter(sample: str, delimiter: str) -> None:
    assert sniff_delimiter(sample) == delimiter

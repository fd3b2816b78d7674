"""Generators of hostile and broken spreadsheets (small on disk, built in a moment), for the tests."""

from __future__ import annotations

import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Requests" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>')
SHEET_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_END = "</sheetData></worksheet>"
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Agency</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Subject</t></is></c></row>')
SHARED = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
          '<si><t>FBI</t></si></sst>')


def workbook(path: Path, *, sheet: str | None = None, shared: str | None = SHARED,
             workbook_xml: str = WORKBOOK) -> Path:
    """A minimal workbook; each part can be replaced by a hostile one."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook_xml)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet if sheet is not None
                         else SHEET_START + HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>0</v></c>'
                         '<c r="B2" t="inlineStr"><is><t>Budget</t></is></c></row>' + SHEET_END)
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", shared)
    return path


def whitespace_workbook(path: Path, megabytes: int) -> Path:
    """A text table of *megabytes* of spaces (a few hundred KB on disk), written as a stream."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                           ("xl/worksheets/sheet1.xml", SHEET_START + HEADER_ROW + SHEET_END)):
            archive.writestr(name, text)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
            member.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                member.write(block)
            member.write(b"</t></si></sst>")
    return path


def wide_tall_workbook(path: Path, rows: int) -> Path:
    """*rows* rows, each with a value in the last column Excel has (XFD)."""
    body = "".join(f'<row r="{n}"><c r="XFD{n}" t="inlineStr"><is><t>x</t></is></c></row>'
                   for n in range(2, rows + 2))
    return workbook(path, sheet=SHEET_START + HEADER_ROW + body + SHEET_END)


def many_columns_workbook(path: Path, columns: int) -> Path:
    from openpyxl.utils import get_column_letter

    cells = "".join(f'<c r="{get_column_letter(n)}2" t="inlineStr"><is><t>v</t></is></c>'
                    for n in range(1, columns + 1))
    return workbook(path, sheet=SHEET_START + HEADER_ROW + f'<row r="2">{cells}</row>' + SHEET_END)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10))
    + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')


def xxe(target: Path) -> str:
    return ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file://' + str(target) + '">]>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>')


def tall_workbook(path: Path, rows: int) -> Path:
    """*rows* rows with one shared string each (a few MB on disk)."""
    body = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(2, rows + 2))
    return workbook(path, sheet=SHEET_START + HEADER_ROW + body + SHEET_END)


def no_shared_strings(path: Path) -> Path:
    """Cells that point into a text table the workbook does not have (and its parts do not name)."""
    rels = WORKBOOK_RELS.replace('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
                                 '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>', "")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/worksheets/sheet1.xml", SHEET_START + HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>7</v>'
                         '</c><c r="B2" t="s"><v>8</v></c></row>' + SHEET_END)
    return path

"""A small, fast writer of the export workbook: the Office Open XML parts written straight into the zip.

openpyxl (even in write-only mode) builds an object per cell and took most of a minute for 50,000
requests and their half a million events. This writer streams each row as XML text: inline strings,
numbers, and dates as serial numbers with a ``yyyy-mm-dd`` format, a bold frozen header row and column
widths. openpyxl and spreadsheet programs read it as they read any workbook (the importer uses
openpyxl); the export's round trip tests check that.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import IO, Any
from xml.sax.saxutils import escape

# Characters XML 1.0 forbids (openpyxl's ILLEGAL_CHARACTERS_RE): dropped from text cells.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_CR = {"\r": "&#13;"}
_EPOCH = dt.date(1899, 12, 30)  # serial 0 in the 1900 date system (Excel's leap-year bug included)
# Cell styles, indexes into <cellXfs> of _STYLES.
_HEADER, _DATE, _DATETIME, _DECIMAL = 1, 2, 3, 4

_STYLES = "".join((
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>',
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>',
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
    '<fills count="2"><fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill></fills>',
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
))

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def write_workbook(handle: IO[bytes], sheets: Sequence[tuple[str, Sequence[str], Sequence[float],
                                                                Iterable[Sequence[Any]]]],
                   creator: str = "foiatrack") -> list[int]:
    """Write a workbook to *handle*: each sheet is (title, headers, column widths, rows of values).

    Values are ``str`` (written as text, as given), ``int``/``float``, ``Decimal`` (two decimals),
    ``date``/``datetime``, or ``None`` (no cell). Returns the number of data rows of each sheet.
    """
    counts = []
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for number, (_title, headers, widths, rows) in enumerate(sheets, start=1):
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                counts.append(_write_sheet(part, headers, widths, rows))
        archive.writestr("[Content_Types].xml", _content_types(len(sheets)))
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            f'metadata/core-properties" Target="docProps/core.xml"/></Relationships>'))
        archive.writestr("docProps/core.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:creator>{escape(creator)}</dc:creator></cp:coreProperties>"))
        archive.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            "<sheets>" + "".join(f'<sheet name="{escape(title)}" sheetId="{n}" r:id="rId{n}"/>'
                                 for n, (title, *_rest) in enumerate(sheets, start=1)) + "</sheets></workbook>"))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG_REL}">'
            + "".join(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                      for n in range(1, len(sheets) + 1))
            + f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'))
        archive.writestr("xl/styles.xml", _STYLES)
    return counts


def _content_types(sheet_count: int) -> str:
    sheets = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.'
                     f'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in range(1, sheet_count + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' + sheets + "</Types>")


def _write_sheet(part: IO[bytes], headers: Sequence[str], widths: Sequence[float],
                 rows: Iterable[Sequence[Any]]) -> int:
    letters = [column_letter(n) for n in range(1, len(headers) + 1)]
    head = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{_MAIN}">',
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            'state="frozen"/></sheetView></sheetViews><cols>']
    head += [f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>' for n, w in enumerate(widths, start=1)]
    head.append('</cols><sheetData><row r="1">')
    head += [f'<c r="{letter}1" t="inlineStr" s="{_HEADER}"><is><t>{escape(text)}</t></is></c>'
             for letter, text in zip(letters, headers, strict=True)]
    head.append("</row>")
    part.write("".join(head).encode())
    count = 0
    buffer: list[str] = []
    for count, values in enumerate(rows, start=1):
        buffer.append(_row(count + 1, letters, values))
        if len(buffer) >= 2000:
            part.write("".join(buffer).encode())
            buffer.clear()
    buffer.append("</sheetData></worksheet>")
    part.write("".join(buffer).encode())
    return count


def _row(number: int, letters: Sequence[str], values: Sequence[Any]) -> str:
    cells = [f'<row r="{number}">']
    for letter, value in zip(letters, values, strict=True):
        cells.extend(_cell(f"{letter}{number}", value))
    cells.append("</row>")
    return "".join(cells)


def _cell(ref: str, value: Any) -> Iterator[str]:
    if value is None:
        return
    if isinstance(value, str):
        text = _ILLEGAL.sub("", value)
        if text:
            space = ' xml:space="preserve"' if text != text.strip() else ""
            # A bare carriage return would be read back as a line feed (XML normalises line ends).
            yield f'<c r="{ref}" t="inlineStr"><is><t{space}>{escape(text, _CR)}</t></is></c>'
    elif isinstance(value, bool):
        yield f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    elif isinstance(value, int | float):
        yield f'<c r="{ref}"><v>{value!r}</v></c>'
    elif isinstance(value, Decimal):
        yield f'<c r="{ref}" s="{_DECIMAL}"><v>{value}</v></c>'
    elif isinstance(value, dt.datetime):
        serial = (value - dt.datetime(1899, 12, 30, tzinfo=value.tzinfo)).total_seconds() / 86400
        yield f'<c r="{ref}" s="{_DATETIME}"><v>{serial!r}</v></c>'
    elif isinstance(value, dt.date):
        yield f'<c r="{ref}" s="{_DATE}"><v>{(value - _EPOCH).days}</v></c>'
    else:
        raise TypeError(f"cannot write {type(value).__name__} to a workbook cell")

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
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import IO, Any
from xml.sax.saxutils import escape

from foiatrack.exchange.cells import FORMULA_STARTS, spreadsheet_text
from foiatrack.exchange.cells import neutralise as neutralise_text

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
                   creator: str = "foiatrack", *, neutralise: bool = False,
                   other: Callable[[Any], str | None] | None = None) -> list[int]:
    """Write a workbook to *handle*: each sheet is (title, headers, column widths, rows of values).

    Values are ``str`` (written as text, as given), ``int``/``float``, ``Decimal`` (two decimals),
    ``date``/``datetime``, ``bool``, or ``None`` (no cell). Returns the number of data rows of each sheet.

    For the export, *neutralise* writes every ``str`` as :func:`~foiatrack.exchange.cells.spreadsheet_text`
    (control characters removed, then a ``'`` before a formula), and *other* says how a value of any type
    but ``str``, ``int``, ``Decimal``, ``date`` and ``datetime`` is written: as the text it returns (taken
    as final, not neutralised again), or no cell for ``None``.
    """
    counts = []
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for number, (_title, headers, widths, rows) in enumerate(sheets, start=1):
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                counts.append(_write_sheet(part, headers, widths, rows, neutralise, other))
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


CHUNK_ROWS = 2000  # rows written, and searched for control characters, at a time (see _chunk)


def _write_sheet(part: IO[bytes], headers: Sequence[str], widths: Sequence[float],
                 rows: Iterable[Sequence[Any]], neutralise: bool,
                 other: Callable[[Any], str | None] | None) -> int:
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
    chunk: list[Sequence[Any]] = []
    for count, values in enumerate(rows, start=1):
        chunk.append(values)
        if len(chunk) >= CHUNK_ROWS:
            part.write(_chunk(count - len(chunk) + 2, letters, chunk, neutralise, other).encode())
            chunk.clear()
    part.write((_chunk(count - len(chunk) + 2, letters, chunk, neutralise, other)
                + "</sheetData></worksheet>").encode())
    return count


def _chunk(first: int, letters: Sequence[str], rows: Sequence[Sequence[Any]], neutralise: bool,
           other: Callable[[Any], str | None] | None) -> str:
    """The XML of *rows*, numbered from *first*.

    Control characters are rare, and looking for them in each text cell cost more than the rest of its
    work, so the rows are first written as if there were none, then the result is searched once: tags,
    numbers and dates hold none, so any found came from a text, and the rows are written again, each
    text cleaned before anything else is decided about it.
    """
    fast = "".join([_row(number, letters, values, None, neutralise, other)
                    for number, values in enumerate(rows, start=first)])
    if not _ILLEGAL.search(fast):
        return fast
    clean = spreadsheet_text if neutralise else _drop_illegal
    return "".join([_row(number, letters, values, clean, False, other)
                    for number, values in enumerate(rows, start=first)])


_EPOCH_DAY = _EPOCH.toordinal()


def _drop_illegal(text: str) -> str:
    return _ILLEGAL.sub("", text)


def _row(number: int, letters: Sequence[str], values: Sequence[Any], clean: Callable[[str], str] | None,
         neutralise: bool, other: Callable[[Any], str | None] | None) -> str:
    """One row's XML, each text put through *clean* (None: taken as free of control characters) and, with
    *neutralise*, a formula quoted. The common values are inline: this runs for every cell of the export."""
    row = str(number)
    cells = [f'<row r="{row}">']
    append = cells.append
    for letter, value in zip(letters, values, strict=True):
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            text = value if clean is None else clean(value)
            if neutralise and text and text[0] in FORMULA_STARTS:
                text = neutralise_text(text)
        elif kind is dt.date:
            append(f'<c r="{letter}{row}" s="{_DATE}"><v>{value.toordinal() - _EPOCH_DAY}</v></c>')
            continue
        elif kind is int:
            append(f'<c r="{letter}{row}"><v>{value}</v></c>')
            continue
        elif kind is Decimal:
            append(f'<c r="{letter}{row}" s="{_DECIMAL}"><v>{value}</v></c>')
            continue
        elif other is None or kind is dt.datetime:
            cells.extend(_cell(f"{letter}{row}", value))
            continue
        else:
            found = other(value)
            if found is None:
                continue
            text = _drop_illegal(found)
        if text:
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            if "&" in text or "<" in text or ">" in text or "\r" in text:
                # A bare carriage return would be read back as a line feed (XML normalises line ends).
                text = escape(text, _CR)
            append(f'<c r="{letter}{row}" t="inlineStr"><is><t{space}>{text}</t></is></c>')
    append("</row>")
    return "".join(cells)


def _cell(ref: str, value: Any) -> Iterator[str]:
    """A cell of any other type (and the writer's own way with bool and float)."""
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

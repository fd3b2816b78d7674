"""Reading the dates people type into spreadsheets.

Accepted, in this order:

* ISO ``2020-10-20`` (also ``2020/10/20`` and ISO date-times such as ``2020-10-20T09:30:00``, whose time
  is dropped);
* US numeric ``10/20/2020``, ``10-20-2020``, ``10/20/20``: **month first, always**. A date such as
  ``03/04/2020`` is read as March 4, never as 3 April: foiatrack is made for US public-records law, and
  guessing per row would silently mix two readings in one file. A first number above 12
  (``20/10/2020``) is refused with a hint, never swapped. Two-digit years follow the usual
  convention: 00-68 are 2000-2068, 69-99 are 1969-1999;
* month names in English: ``Oct 20, 2020``, ``October 20, 2020``, ``Oct. 20 2020``, ``20-Oct-2020``,
  ``20 October 2020``, ``20-Oct-20``;
* date cells of an Excel workbook (``datetime`` values), and plain ``date`` values;
* Excel serial day numbers (``46088`` is 2026-03-07), which is what a date becomes when the log's author
  left the column formatted "General" or saved it to CSV that way. Only 5-digit serials of the years
  1980-2099 are read so: a year (``2020``) or a count in a date column is still refused, not turned
  into a day in 1905.

Dotted dates (``20.10.2020``) are refused: they are day-first in most of the world, the opposite of the
US reading of slashes, so neither reading can be assumed.
"""

from __future__ import annotations

import datetime as dt
import re

from foiatrack.core.dates import MAX_YEAR, MIN_YEAR

ACCEPTED = "YYYY-MM-DD, MM/DD/YYYY, 'Oct 20, 2020' or '20-Oct-2020'"

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_US = re.compile(r"^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?$")
_MONTH_FIRST = re.compile(r"^([A-Za-z]+)\.? +(\d{1,2})(?:st|nd|rd|th)?,? +(\d{4})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[- ]([A-Za-z]+)\.?[- ](\d{4}|\d{2})$")
_SERIAL = re.compile(r"^\d{5}$")
# Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was, so from March 1900 on a
# serial is the number of days since 1899-12-30.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
SERIAL_MIN = (dt.date(1980, 1, 1) - _EXCEL_EPOCH).days
SERIAL_MAX = (dt.date(2099, 12, 31) - _EXCEL_EPOCH).days
_DOTTED = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$")


class DateProblem(ValueError):
    """A cell that is not a date foiatrack can read; the message says what would be accepted."""


def _year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    two = int(text)
    return 2000 + two if two <= 68 else 1900 + two


def _build(year: int, month: int, day: int, original: str) -> dt.date:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise DateProblem(f"'{original}' is not a real date") from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise DateProblem(f"'{original}' is out of range; dates must fall between {MIN_YEAR} and {MAX_YEAR}")
    return value


def _month(name: str, original: str) -> int:
    number = _MONTHS.get(name.lower())
    if number is None:
        raise DateProblem(f"'{original}' is not a date: '{name}' is not a month name; use {ACCEPTED}")
    return number


def parse_date(value: object) -> dt.date | None:
    """The date in a cell, or ``None`` for an empty cell.

    Raises:
        DateProblem: the cell holds something else; the message quotes it and lists what is accepted.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _build(value.year, value.month, value.day, value.isoformat(sep=" "))
    if isinstance(value, dt.date):
        return _build(value.year, value.month, value.day, value.isoformat())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and SERIAL_MIN <= value <= SERIAL_MAX:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise DateProblem(f"'{value}' is a number, not a date; format the cells as dates or use {ACCEPTED}")
    text = " ".join(str(value).split())
    if not text:
        return None
    if _SERIAL.match(text) and SERIAL_MIN <= int(text) <= SERIAL_MAX:
        return _EXCEL_EPOCH + dt.timedelta(days=int(text))
    match = _ISO.match(text)
    if match:
        return _build(int(match[1]), int(match[2]), int(match[3]), text)
    match = _US.match(text)
    if match:
        month, day = int(match[1]), int(match[3])
        if month > 12 and day <= 12:
            raise DateProblem(f"'{text}' looks like day/month/year; foiatrack reads numeric dates as "
                              f"month/day/year (US). Write it as YYYY-MM-DD")
        return _build(_year(match[4]), month, day, text)
    match = _MONTH_FIRST.match(text)
    if match:
        return _build(int(match[3]), _month(match[1], text), int(match[2]), text)
    match = _DAY_FIRST.match(text)
    if match:
        return _build(_year(match[3]), _month(match[2], text), int(match[1]), text)
    if _DOTTED.match(text):
        raise DateProblem(f"'{text}' is ambiguous (day.month or month.day); write it as YYYY-MM-DD")
    raise DateProblem(f"'{text}' is not a date; use {ACCEPTED}")

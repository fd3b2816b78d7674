"""Cell values at the spreadsheet boundary: formula neutralising, text clean-up, atomic file writes.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula
by Excel and LibreOffice when the file is opened ("CSV injection"): a request subject copied from an
agency's letter must never become ``=HYPERLINK(...)``. Exports therefore put a ``'`` in front of such text
(spreadsheets show the rest as plain text), and imports remove exactly that one ``'`` again, so a value
survives any number of round trips unchanged. Text that already starts with ``'`` followed by a trigger
character gets one more ``'`` on export, for the same reason.

Every writer (CSV, XLSX, the rejected-rows file, the archive's manifest) goes through
:func:`spreadsheet_text`, which first removes the control characters a workbook cannot hold and only
then decides on the ``'``: deciding first would let "\x01=HYPERLINK(...)" lose its "\x01" afterwards and
be written as a live formula.
"""

from __future__ import annotations

import re
import unicodedata

# The first characters of the text neutralise() may put a quote before (a quote only when more follow).
FORMULA_STARTS = frozenset("'=+-@\t\r")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")
_NEEDS_PREFIX = re.compile(r"^'*[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """*text* made safe to open in a spreadsheet (see the module docstring)."""
    return "'" + text if _NEEDS_PREFIX.match(text) else text


# The characters XML 1.0, and so a workbook, cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE): C0 controls
# other than tab, line feed and carriage return.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# Text that spreadsheet_text changes: a control character anywhere, or a formula start (after quotes).
# Most text has neither, and one search says so: the exports call this for every text cell.
_CHANGED = re.compile(r"^'*[=+\-@\t\r]|[\x00-\x08\x0b\x0c\x0e-\x1f]")


def spreadsheet_text(text: str) -> str:
    """*text* as every writer puts it in a cell: control characters removed, then neutralised."""
    return neutralise(_ILLEGAL.sub("", text)) if _CHANGED.search(text) else text


def holds_control_characters(text: str) -> bool:
    """True when *text* has a character :func:`spreadsheet_text` removes."""
    return _ILLEGAL.search(text) is not None


def restore(text: str) -> str:
    """Undo :func:`neutralise`: drop the one ``'`` it added, and nothing else."""
    return text[1:] if _NEUTRALISED.match(text) else text


def clean_text(value: str) -> str:
    """NFC-normalised text: files written on macOS often spell "Nguyễn" with combining accents, which
    would not match the same name typed on Windows."""
    return unicodedata.normalize("NFC", value)


def match_key(text: str) -> str:
    """A case- and space-insensitive form of a name, for matching agencies and status words."""
    return " ".join(clean_text(text).casefold().split())



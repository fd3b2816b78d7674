"""Limits on what a user may enter, checked where it is entered (command line, app, import).

Sized so that no real request comes near them and every report, letter and export stays readable and
fast; each refusal is one line naming the field and what is accepted.
"""

from __future__ import annotations

from decimal import Decimal

from foiatrack.core.errors import UserError

MAX_WHOLE_NUMBER = 2_000_000_000  # pages, days: fits every database's INTEGER
MAX_ID = 2**63 - 1
MAX_AMOUNT = Decimal("9999999999.99")  # the NUMERIC(12, 2) columns
MAX_LONG_TEXT = 20_000  # records sought, notes, justifications, event details
MAX_SEARCH = 200
MAX_DAYS_AHEAD = 36_500  # "due within" a hundred years
MAX_TRACKING = 100


def check_text(value: str, field: str, *, max_length: int, single_line: bool = False) -> None:
    """Refuse NUL and other control characters (line breaks too for *single_line*), text that was not
    valid UTF-8 (decoded with surrogate escapes), and text longer than *max_length* characters."""
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise UserError(f"{field}: the text is not valid UTF-8; save it as UTF-8 and try again", field=field)
    if "\x00" in value:
        raise UserError(f"{field}: the text contains a NUL character", field=field)
    allowed = "\t" if single_line else "\t\n\r"
    if any((ord(ch) < 32 and ch not in allowed) or ch == "\x7f" for ch in value):
        what = "line breaks or control characters" if single_line else "control characters"
        raise UserError(f"{field}: the text contains {what}; type it on one line" if single_line
                        else f"{field}: the text contains {what}", field=field)
    if len(value) > max_length:
        raise UserError(f"{field}: at most {max_length:,} characters", field=field)


def check_whole_number(value: int | None, field: str, *, minimum: int = 0,
                       maximum: int = MAX_WHOLE_NUMBER) -> None:
    if value is not None and not minimum <= value <= maximum:
        raise UserError(f"{field}: give a whole number from {minimum:,} to {maximum:,}", field=field)


def check_amount(value: Decimal | int | None, field: str) -> None:
    if value is None:
        return
    value = Decimal(value)  # callers may pass whole dollars as an int
    if not value.is_finite():
        raise UserError(f"{field}: '{value}' is not an amount; use a number such as 250 or 49.50", field=field)
    if value < 0:
        raise UserError(f"{field}: the amount cannot be negative", field=field)
    if value > MAX_AMOUNT:
        raise UserError(f"{field}: at most ${MAX_AMOUNT:,}", field=field)

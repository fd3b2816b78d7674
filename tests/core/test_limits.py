"""What a user may enter: one line naming the field and what is accepted for anything beyond it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.limits import MAX_AMOUNT, MAX_WHOLE_NUMBER, check_amount, check_text, check_whole_number


def test_text_within_the_limit_with_tabs_and_line_breaks_is_accepted() -> None:
    check_text("line one\r\nline\ttwo", "notes", max_length=20)
    check_text("x" * 20, "notes", max_length=20)
    check_text("a\tb", "subject", max_length=10, single_line=True)


@pytest.mark.parametrize(("value", "single", "message"), [
    ("x" * 21, False, "notes: at most 20 characters"),
    ("nul\x00", False, "notes: the text contains a NUL character"),
    ("bell\x07", False, "notes: the text contains control characters"),
    ("delete\x7f", False, "notes: the text contains control characters"),
    ("two\nlines", True, "notes: the text contains line breaks or control characters; type it on one line"),
    (b"caf\xe9".decode("utf-8", "surrogateescape"), False,
     "notes: the text is not valid UTF-8; save it as UTF-8 and try again"),
])
def test_bad_text_is_refused_naming_the_field(value: str, single: bool, message: str) -> None:
    with pytest.raises(UserError) as caught:
        check_text(value, "notes", max_length=20, single_line=single)
    assert (str(caught.value), caught.value.field) == (message, "notes")


def test_whole_numbers_between_their_bounds() -> None:
    for fine in (None, 0, MAX_WHOLE_NUMBER):
        check_whole_number(fine, "pages")
    for bad in (-1, MAX_WHOLE_NUMBER + 1):
        with pytest.raises(UserError, match=r"^pages: give a whole number from 0 to 2,000,000,000$"):
            check_whole_number(bad, "pages")
    with pytest.raises(UserError, match=r"^days: give a whole number from 1 to 365$"):
        check_whole_number(0, "days", minimum=1, maximum=365)


def test_amounts_are_finite_not_negative_and_fit_the_column() -> None:
    for fine in (None, 0, 25, Decimal("49.50"), MAX_AMOUNT):
        check_amount(fine, "fee")
    with pytest.raises(UserError, match=r"^fee: the amount cannot be negative$"):
        check_amount(Decimal("-0.01"), "fee")
    with pytest.raises(UserError, match=r"^fee: at most \$9,999,999,999.99$"):
        check_amount(MAX_AMOUNT + Decimal("0.01"), "fee")
    for odd in ("NaN", "Infinity"):
        with pytest.raises(UserError, match=rf"^fee: '{odd}' is not an amount; use a number such as 250 or 49.50$"):
            check_amount(Decimal(odd), "fee")

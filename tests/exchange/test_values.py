"""Cells typed by people or written by foiatrack's own exports, read as typed values; a cell that cannot
be read quotes itself and says what is accepted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from foiatrack.core.vocabulary import DeliveryMethod, EventKind, FeeCategory, Outcome
from foiatrack.exchange.values import (
    CellProblem,
    as_amount,
    as_bool,
    as_count,
    as_delivery,
    as_fee_category,
    as_jurisdiction,
    as_status,
    as_text,
)

KNOWN = frozenset({"US", "US-CA", "US-NY", "US-TX"})


@pytest.mark.parametrize(("cell", "text"), [
    (None, ""), (12345.0, "12345"), (12.5, "12.5"), (dt.datetime(2026, 10, 1), "2026-10-01"),
    (dt.datetime(2026, 10, 1, 9, 30), "2026-10-01 09:30:00"), (dt.date(2026, 10, 1), "2026-10-01"),
    (" kept as typed ", " kept as typed "),
])
def test_cell_text(cell: object, text: str) -> None:
    assert as_text(cell) == text


@pytest.mark.parametrize(("cell", "value"), [("Yes", True), ("x", True), ("Requested", True), (1, True),
                                             (True, True), ("no", False), ("", False), (0.0, False),
                                             ("Not requested", False), (False, False)])
def test_yes_and_no(cell: object, value: bool) -> None:
    assert as_bool(cell) is value


def test_a_cell_that_is_neither_yes_nor_no() -> None:
    with pytest.raises(CellProblem, match=r"^'maybe' is not yes or no$"):
        as_bool("maybe")


@pytest.mark.parametrize(("cell", "amount"), [("$1,250.5", Decimal("1250.50")), (25, Decimal("25.00")),
                                              ("0", Decimal("0.00")), ("  ", None), (None, None)])
def test_amounts(cell: object, amount: Decimal | None) -> None:
    assert as_amount(cell) == amount


@pytest.mark.parametrize(("cell", "message"), [
    ("twelve", "'twelve' is not an amount; use a number such as 250 or 49.50"),
    ("-5", "'-5' is not an amount; use a number, 0 or more"),
    ("NaN", "'NaN' is not an amount; use a number, 0 or more"),
])
def test_what_is_not_an_amount(cell: str, message: str) -> None:
    with pytest.raises(CellProblem) as caught:
        as_amount(cell)
    assert str(caught.value) == message


def test_counts() -> None:
    assert (as_count("1,204"), as_count(40.0), as_count(""), as_count(None)) == (1204, 40, None, None)
    for bad in ("12.5", "-3", "about 40"):
        with pytest.raises(CellProblem, match="is not a whole number"):
            as_count(bad)


@pytest.mark.parametrize(("cell", "category"), [
    ("News media", FeeCategory.NEWS_MEDIA), ("news_media", FeeCategory.NEWS_MEDIA),
    ("Educational or noncommercial scientific institution", FeeCategory.EDUCATIONAL),
    ("Commercial use", FeeCategory.COMMERCIAL), ("General public", FeeCategory.OTHER), ("", None),
])
def test_fee_categories_in_peoples_words_or_stored_values(cell: str, category: FeeCategory | None) -> None:
    assert as_fee_category(cell) is category


def test_an_unknown_fee_category() -> None:
    with pytest.raises(CellProblem, match=r"^'pro bono' is not a fee category; use news media, educational"):
        as_fee_category("pro bono")


@pytest.mark.parametrize(("cell", "method"), [("Online", DeliveryMethod.PORTAL), ("E-mail", DeliveryMethod.EMAIL),
                                              ("Post", DeliveryMethod.MAIL), ("In person", DeliveryMethod.IN_PERSON),
                                              ("fax", DeliveryMethod.FAX), ("", None)])
def test_delivery_methods(cell: str, method: DeliveryMethod | None) -> None:
    assert as_delivery(cell) is method


def test_an_unknown_delivery_method_lists_the_methods() -> None:
    with pytest.raises(CellProblem, match=r"^'pigeon' is not a delivery method; use one of: portal, email, mail"):
        as_delivery("pigeon")


@pytest.mark.parametrize(("cell", "code"), [("CA", "US-CA"), ("us-ca", "US-CA"), ("California", "US-CA"),
                                            ("State of New York", "US-NY"), ("Federal", "US"), ("U.S.", "US"),
                                            ("US-TX", "US-TX"), ("", None)])
def test_jurisdictions_by_code_or_name(cell: str, code: str | None) -> None:
    assert as_jurisdiction(cell, KNOWN) == code


def test_a_jurisdiction_without_rules_lists_those_with_rules_federal_first() -> None:
    with pytest.raises(CellProblem) as caught:
        as_jurisdiction("Oregon", KNOWN)
    assert str(caught.value) == ("'Oregon' is not a jurisdiction foiatrack has rules for; use one of: US, US-CA, "
                                 "US-NY, US-TX")
    with pytest.raises(CellProblem):
        as_jurisdiction("Narnia", KNOWN)


def test_a_status_cell_means_its_steps() -> None:
    denied = as_status("Denied")
    assert denied is not None and denied.determined
    assert (denied.steps, denied.outcome) == ((EventKind.FINAL_DETERMINATION,), Outcome.DENIED)
    pending = as_status("Pending")
    assert pending is not None and not pending.determined and pending.steps == ()
    assert as_status(None) is None

"""The helpers every command shares: request ids, counts and dates as typed, each refusal one line."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.cli.common import optional_date, parse_request_id, parse_request_ids, whole_number
from foiatrack.core.errors import UserError


def test_a_request_id_may_be_written_with_a_hash() -> None:
    assert parse_request_id("12") == 12
    assert parse_request_id("#12") == 12
    assert parse_request_id(" 7 ") == 7


def test_a_bad_request_id_names_the_field_and_what_is_accepted() -> None:
    with pytest.raises(UserError) as caught:
        parse_request_id("twelve", "request")
    assert caught.value.field == "request"
    assert caught.value.message.startswith("request: 'twelve' is not a request id (a whole number")


def test_a_missing_request_id_says_which_command_needs_it() -> None:
    with pytest.raises(UserError, match="id: archive needs the request's id"):
        parse_request_id(None, command="archive")


def test_several_ids_are_read_from_separate_or_joined_arguments() -> None:
    assert parse_request_ids(["1,2", "#3 4"]) == [1, 2, 3, 4]
    with pytest.raises(UserError, match="id: name at least one request"):
        parse_request_ids([" , "])
    with pytest.raises(UserError, match="id: 'x' is not a request id"):
        parse_request_ids(["1", "x"])


def test_whole_numbers_are_checked_against_the_limits() -> None:
    assert whole_number(None, "pages_released") is None
    assert whole_number("40", "pages_released") == 40
    with pytest.raises(UserError, match=r"pages_released: '4\.5' is not a whole number"):
        whole_number("4.5", "pages_released")
    with pytest.raises(UserError) as caught:
        whole_number("-1", "pages_withheld")
    assert caught.value.field == "pages_withheld"


def test_an_optional_date_may_be_left_out() -> None:
    assert optional_date(None, "sent") is None
    assert optional_date("", "sent") is None
    assert optional_date("2026-12-03", "sent") == dt.date(2026, 12, 3)
    with pytest.raises(UserError) as caught:
        optional_date("03/12/2026", "sent")
    assert caught.value.field == "sent"

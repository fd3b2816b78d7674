"""Header matching: aliases, the saved mapping, overrides and columns that can mean two things."""

from __future__ import annotations

import pytest

from foiatrack.core.errors import UserError
from foiatrack.exchange.columns import header_key, match_columns, parse_mapping_options


def fields(headers: list[str], **kwargs: object) -> dict[str, str | None]:
    return {m.header: m.field for m in match_columns(headers, **kwargs)}  # type: ignore[arg-type]


def test_common_headers_are_recognised() -> None:
    found = fields(["Agency", "Date Sent", "Tracking #", "Status", "Subject", "Jurisdiction", "Date Received",
                    "Response Date", "Notes", "Tags", "Fee Category", "Requester"])
    assert found == {
        "Agency": "agency", "Date Sent": "sent", "Tracking #": "tracking_number", "Status": "status",
        "Subject": "subject", "Jurisdiction": "jurisdiction", "Date Received": "received",
        "Response Date": "closed", "Notes": "notes", "Tags": "tags", "Fee Category": "fee_category",
        "Requester": "requester_name",
    }


@pytest.mark.parametrize(("header", "field"), [
    ("Request No.", "tracking_number"), ("TRACKING NUMBER", "tracking_number"), ("Date Submitted", "sent"),
    ("State", "jurisdiction"), ("Date Closed", "closed"), ("Description", "subject"),
])
def test_aliases(header: str, field: str) -> None:
    assert fields([header]) == {header: field}


def test_description_is_the_records_sought_when_there_is_a_subject() -> None:
    assert fields(["Description", "Subject"]) == {"Description": "records_sought", "Subject": "subject"}


def test_derived_columns_are_recognised_and_ignored() -> None:
    matches = match_columns(["Due Date", "Appeal Due", "Mystery"])
    assert [(m.field, m.source) for m in matches] == [(None, "derived"), (None, "derived"), (None, "unknown")]


def test_saved_mapping_and_overrides_win_over_aliases() -> None:
    saved = {"Mystery": "notes", "Status": ""}
    overrides = {"mystery": "records_sought"}
    matches = match_columns(["Mystery", "Status"], saved, overrides)
    assert [(m.field, m.source) for m in matches] == [("records_sought", "override"), (None, "ignored")]


def test_a_field_is_filled_once() -> None:
    matches = match_columns(["Subject", "Title"])
    assert [(m.field, m.source) for m in matches] == [("subject", "alias"), (None, "duplicate")]


def test_header_key_is_loose() -> None:
    assert header_key("Tracking #") == header_key("tracking number") == header_key("Tracking No.")


def test_map_options() -> None:
    assert parse_mapping_options(["Dept=agency", "Junk="]) == {"Dept": "agency", "Junk": ""}
    with pytest.raises(UserError, match="not a field"):
        parse_mapping_options(["Dept=agencyy"])
    with pytest.raises(UserError, match="Header=field"):
        parse_mapping_options(["Dept"])


def test_the_vocabulary_file_never_gives_one_header_or_status_word_two_meanings() -> None:
    import tomllib

    from foiatrack.exchange.vocabulary import VOCABULARY_FILE, status_key
    from foiatrack.resources import resource_path

    data = tomllib.loads(resource_path(VOCABULARY_FILE).read_text(encoding="utf-8"))
    headers: dict[str, tuple[str, ...]] = {}
    for group in data["columns"]:
        for header in group["headers"]:
            assert headers.setdefault(header_key(header), tuple(group["fields"])) == tuple(group["fields"]), header
    words: dict[str, str] = {}
    for name, entry in data["statuses"].items():
        for word in entry["words"]:
            assert words.setdefault(status_key(word), name) == name, word

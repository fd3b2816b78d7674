"""The words of tracking sheets: headers compared loosely, status words read into the events they imply,
the user's own words taught with --status-map."""

from __future__ import annotations

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.exchange.vocabulary import (
    StatusVocabulary,
    UnknownStatus,
    check_status_name,
    header_key,
    parse_status_map_options,
    status_key,
    status_names,
)


@pytest.mark.parametrize(("a", "b"), [
    ("Tracking #", "tracking numbers"), ("Date Sent", "date_sent"), ("Agency's Name", "agency name"),
    ("Exemption(s)", "Exemptions"), ("Status", "STATUS"),
])
def test_headers_that_mean_the_same_have_one_key(a: str, b: str) -> None:
    assert header_key(a) == header_key(b)


def test_a_slash_is_or_and_a_few_words_stay_as_they_are() -> None:
    assert header_key("Requester/Organization") != header_key("Requester Organization")
    assert header_key("Address") == "address" and header_key("Status") == "status"


def test_status_words_compare_without_case_punctuation_or_spacing() -> None:
    assert status_key("Granted/Denied  in Part") == status_key("granted denied in part")
    assert status_key("Affirmed & Reversed") == "affirmed and reversed"


@pytest.mark.parametrize(("word", "steps", "outcome"), [
    ("Denied", (EventKind.FINAL_DETERMINATION,), Outcome.DENIED),
    ("Full Grant (records emailed)", (EventKind.FINAL_DETERMINATION,), Outcome.FULL_GRANT),
    ("Other Reasons - No Records", (EventKind.FINAL_DETERMINATION,), Outcome.NO_RECORDS),
    ("Pending", (), None),
])
def test_a_status_word_means_its_events(word: str, steps: tuple[EventKind, ...], outcome: Outcome | None) -> None:
    read = StatusVocabulary().read(word)
    assert read is not None and (read.steps, read.outcome) == (steps, outcome)


def test_in_an_appeal_column_a_decision_is_the_appeals() -> None:
    read = StatusVocabulary().read("Denied", appeal=True)
    assert read is not None
    assert read.steps == (EventKind.FINAL_DETERMINATION, EventKind.APPEAL_FILED, EventKind.APPEAL_DECISION)
    assert read.appeal_outcome is Outcome.DENIED
    pending = StatusVocabulary().read("Pending", appeal=True)
    assert pending is not None and pending.steps == (EventKind.FINAL_DETERMINATION, EventKind.APPEAL_FILED)


def test_an_unknown_word_is_kept_as_written_and_a_blank_cell_means_nothing() -> None:
    with pytest.raises(UnknownStatus) as caught:
        StatusVocabulary().read("  Frobnicated   twice ")
    assert caught.value.word == "Frobnicated twice"
    assert str(caught.value) == "'Frobnicated twice' is not a status foiatrack knows"
    assert StatusVocabulary().read("  ") is None and StatusVocabulary().read(None) is None


def test_the_users_words_are_taught_and_win_over_the_built_in_ones() -> None:
    taught = StatusVocabulary({"Frobnicated": "denied", "Pending": "withdrawn"})
    assert taught.read("frobnicated").outcome is Outcome.DENIED  # type: ignore[union-attr]
    assert taught.read("Pending").outcome is Outcome.WITHDRAWN  # type: ignore[union-attr]


def test_a_status_map_option_names_a_known_status_by_name_label_or_word() -> None:
    names = status_names()
    assert "denied" in names and "withdrawn" in names
    assert parse_status_map_options(["Closed - Moot=other", "Nix=DENIED"]) == {"Closed - Moot": "other",
                                                                              "Nix": "denied"}
    assert check_status_name(names["denied"]) == "denied"  # its label works too


@pytest.mark.parametrize(("option", "message"), [
    ("Frobnicated", "status_map: 'Frobnicated' should look like \"WORD=status\""),
    ("=denied", "status_map: '=denied' should look like \"WORD=status\""),
    ("Frob=", "status_map: 'Frob=' should look like \"WORD=status\""),
    ("Frob=sideways", "status_map: 'sideways' for 'Frob' is not a status; use one of: "),
])
def test_a_bad_status_map_option_says_what_is_expected(option: str, message: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_status_map_options([option])
    assert str(caught.value).startswith(message)
    assert caught.value.field == "status_map"

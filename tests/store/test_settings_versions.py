"""Settings stored as JSON: defaults, versions that stop two editors overwriting each other, and mappings
two writers both add to."""

from __future__ import annotations

import pytest

from foiatrack.core.errors import ConflictError
from foiatrack.store.settings import UNSAVED, edit_setting, get_setting, get_versioned, merge_setting, set_setting


def test_a_setting_never_saved_reads_as_its_default_at_version_zero(db) -> None:  # type: ignore[no-untyped-def]
    with db.read_session() as session:
        assert get_setting(session, "absent") is None
        assert get_setting(session, "absent", {"a": 1}) == {"a": 1}
        assert get_versioned(session, "absent", 20) == (20, UNSAVED)


def test_values_round_trip_as_json(db) -> None:  # type: ignore[no-untyped-def]
    value = {"name": "Dana Ortiz", "lines": ["12 Quay St", "Portland"], "days": 20, "on": True, "none": None,
             "accent": "Montréal"}
    with db.session() as session:
        set_setting(session, "profile", value)
    with db.session() as session:
        assert get_setting(session, "profile") == value
        set_setting(session, "profile", 5)
    with db.read_session() as session:
        assert get_versioned(session, "profile") == (5, 2)


def test_an_edit_saves_only_over_the_version_it_read(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        first = edit_setting(session, "threshold", 20, expected_version=UNSAVED, label="threshold")
    assert first == 1
    with db.session() as session:
        assert edit_setting(session, "threshold", 30, expected_version=first, label="threshold") == 2
    stale = r"^letterhead: it was changed elsewhere since you opened it; reload"
    with pytest.raises(ConflictError, match=stale), db.session() as session:
        edit_setting(session, "threshold", 40, expected_version=first, label="letterhead")
    with pytest.raises(ConflictError), db.session() as session:  # a first save after someone else's
        edit_setting(session, "threshold", 40, expected_version=UNSAVED, label="threshold")
    with db.read_session() as session:
        assert get_versioned(session, "threshold") == (30, 2)


def test_a_mapping_merges_what_is_added_and_keeps_what_was_there(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        assert merge_setting(session, "status_words", {"closed": "final_determination"}) == {
            "closed": "final_determination"}
    with db.session() as session:
        merged = merge_setting(session, "status_words", {"ack": "acknowledged", "closed": "withdrawn"})
    assert merged == {"closed": "withdrawn", "ack": "acknowledged"}
    with db.read_session() as session:
        assert get_versioned(session, "status_words") == (merged, 2)

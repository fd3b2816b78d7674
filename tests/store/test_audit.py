"""The audit trail: what counts as a change, how values are written down, and who made it."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from foiatrack.core.vocabulary import EventKind
from foiatrack.store.audit import MAX_VALUE, actor, differences, os_user, record, trail


def test_only_the_fields_that_changed_are_recorded() -> None:
    before = {"subject": "Drone logs", "fee_limit": Decimal("25.00"), "tags": ("a", "b"), "notes": ""}
    after = {"subject": "Drone flight logs", "fee_limit": Decimal("25.00"), "tags": ["a", "b"], "notes": ""}
    assert differences(before, after) == {"subject": ["Drone logs", "Drone flight logs"]}


def test_values_are_written_as_plain_text_a_reader_can_compare() -> None:
    changes = differences(
        {"sent_on": dt.date(2026, 10, 1), "fee_limit": Decimal("1E+2"), "kind": EventKind.NOTE, "tags": ()},
        {"sent_on": dt.date(2026, 10, 2), "fee_limit": Decimal("100.5"), "kind": EventKind.ACKNOWLEDGED,
         "tags": ("urgent", "ports")},
    )
    assert changes == {
        "sent_on": ["2026-10-01", "2026-10-02"],
        "fee_limit": ["100", "100.5"],
        "kind": [EventKind.NOTE.value, EventKind.ACKNOWLEDGED.value],
        "tags": ["", "urgent, ports"],
    }


def test_a_field_new_to_the_record_counts_from_nothing_and_numbers_stay_numbers() -> None:
    assert differences({}, {"pages": 12, "expedite": True}) == {"pages": [None, 12], "expedite": [None, True]}
    assert differences({"pages": 12}, {"pages": 12}) == {}


def test_long_text_is_cut_in_the_trail() -> None:
    long = "x" * (MAX_VALUE + 50)
    [[old, new]] = differences({"notes": ""}, {"notes": long}).values()
    assert old == "" and new == "x" * MAX_VALUE + "…"
    assert differences({"notes": "y" * MAX_VALUE}, {"notes": "z" * MAX_VALUE})["notes"][1] == "z" * MAX_VALUE


def test_the_operating_system_user_comes_from_user_or_username(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "dana")
    assert os_user() == "dana"
    monkeypatch.delenv("USER")
    monkeypatch.setenv("USERNAME", "DANA-PC")
    assert os_user() == "DANA-PC"


def test_entries_are_kept_in_order_with_who_did_it(db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("USER", "dana")
    with db.session() as session:
        record(session, request_id=7, action="edit", changes={"subject": ["Old", "New"]})
        record(session, request_id=7, action="delete_event", event_id=3, changes={"kind": ["note", None]},
               who="the importer")
        record(session, request_id=8, action="edit", changes={"notes": ["", "elsewhere"]})
        who = actor(session)
    with db.read_session() as session:
        entries = [(e.action, e.event_id, e.actor, json.loads(e.changes)) for e in trail(session, 7)]
    assert entries == [("edit", None, who, {"subject": ["Old", "New"]}),
                       ("delete_event", 3, "the importer", {"kind": ["note", None]})]
    # A file records the system user; a server the role it authenticated, whatever $USER says.
    assert (who == "dana") is db.is_sqlite
    assert who

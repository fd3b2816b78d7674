"""Closure days: what is accepted, and every affected request's deadlines moving in the same change.

Hand-checked: a federal request sent Thu 2026-10-01 is due 20 working days later, skipping Columbus Day
(Mon 2026-10-12): Fri 2026-10-30. An office closed on Tue 2026-10-20 pushes that to Mon 2026-11-02.
"""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.errors import NotFoundError, UserError
from foiatrack.services.closures import add_closure, list_closures, remove_closure
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request

STORM = dt.date(2026, 10, 20)


def _federal_request(db) -> int:  # type: ignore[no-untyped-def]
    return file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Storm damage reports"),
                                       sent_on=dt.date(2026, 10, 1)))[0]


def _due(db, request_id: int) -> dt.date | None:  # type: ignore[no-untyped-def]
    return request_detail(db, request_id, as_of=dt.date(2026, 10, 2)).request.response_due


def test_a_closure_day_moves_the_due_date_and_removing_it_moves_it_back(db) -> None:  # type: ignore[no-untyped-def]
    request_id = _federal_request(db)
    assert _due(db, request_id) == dt.date(2026, 10, 30)
    closure = add_closure(db, STORM, "  FBI FOIA office closed: storm ")
    assert (closure.date, closure.name, closure.jurisdiction) == (STORM, "FBI FOIA office closed: storm", None)
    assert _due(db, request_id) == dt.date(2026, 11, 2)
    assert list_closures(db) == [closure]
    remove_closure(db, closure.id)
    assert _due(db, request_id) == dt.date(2026, 10, 30)
    assert list_closures(db) == []


def test_a_closure_of_another_jurisdiction_leaves_the_request_alone(db) -> None:  # type: ignore[no-untyped-def]
    request_id = _federal_request(db)
    closure = add_closure(db, STORM, "Sacramento offices closed", "us-ca")
    assert closure.jurisdiction == "US-CA"
    assert _due(db, request_id) == dt.date(2026, 10, 30)


def test_a_closure_on_a_weekend_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    request_id = _federal_request(db)
    add_closure(db, dt.date(2026, 10, 17), "Saturday move")
    assert _due(db, request_id) == dt.date(2026, 10, 30)


def test_the_same_day_twice_is_refused_for_the_same_scope_only(db) -> None:  # type: ignore[no-untyped-def]
    add_closure(db, STORM, "Storm")
    with pytest.raises(UserError, match=r"^date: 2026-10-20 is already a closure day \(Storm\)$"):
        add_closure(db, STORM, "Storm again")
    add_closure(db, STORM, "Sacramento offices closed", "US-CA")
    with pytest.raises(UserError, match="already a closure day"):
        add_closure(db, STORM, "Twice in Sacramento", "US-CA")
    assert [c.jurisdiction for c in list_closures(db)] == [None, "US-CA"]


def test_a_closure_needs_a_reason_and_a_known_jurisdiction(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match=r"^name: say why the office was closed") as caught:
        add_closure(db, STORM, "  ")
    assert caught.value.field == "name"
    with pytest.raises(UserError, match="jurisdiction: 'Narnia' is not known; use one of: "):
        add_closure(db, STORM, "Storm", "Narnia")
    with pytest.raises(UserError, match="date"):
        add_closure(db, dt.date(1066, 10, 14), "Hastings")
    assert list_closures(db) == []


def test_removing_a_closure_that_is_not_there_says_so(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match=r"^closure: no closure day with id 77$"):
        remove_closure(db, 77)

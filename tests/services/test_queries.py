"""Request lists and the detail of one request: each filter keeps exactly the requests it names."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome, Status
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.queries import RequestFilter, list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.statistics import status_counts
from foiatrack.services.trash import move_to_trash

# Received Thu 2026-10-01: the federal response is due Fri 2026-10-30 (20 working days, Columbus Day on
# Mon 2026-10-12 skipped; hand-counted: Oct 2, 5-9, 13-16, 19-23, 26-30).
RECEIVED = dt.date(2026, 10, 1)
DUE = dt.date(2026, 10, 30)


def _file(db, subject: str, agency: str = "FBI", **fields: object) -> int:  # type: ignore[no-untyped-def]
    return file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject=subject, **fields),
                                       sent_on=RECEIVED, received_on=RECEIVED))[0]


@pytest.fixture
def three(db):  # type: ignore[no-untyped-def]
    """A late federal request, an answered one, and a California one tagged 'police'."""
    late = _file(db, "Drone flight logs")
    answered = _file(db, "Budget_2026 memos", agency="DHS")
    log_event(db, answered, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 10, 20),
                                     outcome=Outcome.FULL_GRANT))
    state = _file(db, "Body camera policy", jurisdiction="US-CA", tags=("police",))
    return db, late, answered, state


def _ids(db, **criteria: object) -> set[int]:  # type: ignore[no-untyped-def]
    return {row.id for row in list_requests(db, RequestFilter(**criteria))}  # type: ignore[arg-type]


def test_the_list_carries_the_cached_due_date(three) -> None:  # type: ignore[no-untyped-def]
    db, late, _answered, _state = three
    [row] = [r for r in list_requests(db) if r.id == late]
    assert (row.response_due, row.due_date, row.status) == (DUE, DUE, Status.SUBMITTED)


def test_overdue_counts_from_the_day_after_the_due_date(three) -> None:  # type: ignore[no-untyped-def]
    db, late, _answered, _state = three
    assert late not in _ids(db, overdue=True, as_of=DUE)
    assert late in _ids(db, overdue=True, as_of=DUE + dt.timedelta(days=1))
    [row] = [r for r in list_requests(db, RequestFilter(as_of=dt.date(2026, 11, 4))) if r.id == late]
    assert row.days_overdue == 5


def test_each_filter_keeps_only_what_it_names(three) -> None:  # type: ignore[no-untyped-def]
    db, late, answered, state = three
    assert _ids(db, status=(Status.GRANTED,)) == {answered}
    assert _ids(db, tag="POLICE") == {state}
    assert _ids(db, jurisdiction="us-ca") == {state}
    assert _ids(db, text="drone") == {late}
    assert _ids(db, text="budget_") == {answered}  # '_' is a character here, not a wildcard
    assert _ids(db, text="%") == set()
    assert late in _ids(db, due_within=3, as_of=DUE - dt.timedelta(days=3))
    assert late not in _ids(db, due_within=2, as_of=DUE - dt.timedelta(days=3))


def test_the_trash_is_in_no_list_and_no_count(three) -> None:  # type: ignore[no-untyped-def]
    db, late, _answered, _state = three
    before = status_counts(db)[Status.SUBMITTED]
    move_to_trash(db, [late])
    assert late not in _ids(db)
    assert status_counts(db)[Status.SUBMITTED] == before - 1


def test_a_negative_window_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught:
        list_requests(db, RequestFilter(due_within=-1))
    assert caught.value.field == "due_within"


def test_the_detail_explains_the_deadline_and_names_the_agency(three) -> None:  # type: ignore[no-untyped-def]
    db, late, _answered, _state = three
    detail = request_detail(db, late, as_of=dt.date(2026, 11, 2))
    assert detail.agency.abbreviation == "FBI"
    assert [e.kind for e in detail.events] == [EventKind.SUBMITTED, EventKind.RECEIVED]
    assert detail.deadlines is not None and detail.deadlines.response_due is not None
    assert detail.deadlines.response_due.date == DUE
    assert detail.lateness is not None and detail.lateness.overdue
    assert (detail.lateness.days_overdue, detail.lateness.working_days_overdue) == (3, 1)  # Mon 2 November


def test_the_detail_of_a_missing_request_is_one_line(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught:
        request_detail(db, 999_999)
    assert "999999" in caught.value.message and "\n" not in caught.value.message


def test_a_long_list_keeps_one_copy_of_what_its_rows_repeat(db) -> None:  # type: ignore[no-untyped-def]
    """50,000 rows to a few dozen agencies: each row must not carry its own copy of the agency's name and
    of every date (the requests page holds the whole list; copies cost tens of megabytes there)."""
    for number in range(3):
        _file(db, f"Drone logs {number}", tags=("drones",))
    rows = list_requests(db, RequestFilter(as_of=dt.date(2026, 12, 3)))
    assert len(rows) == 3 and len({row.agency for row in rows}) == 1
    first, *others = rows
    for other in others:
        assert other.agency is first.agency and other.jurisdiction is first.jurisdiction
        assert other.sent_on is first.sent_on and other.due_date is first.due_date
        assert other.tags is first.tags

"""Filing and editing requests: what is accepted, what is refused (one line naming the field), and that a
refused action writes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from foiatrack.core.errors import ConflictError, UserError
from foiatrack.core.vocabulary import Direction, EventKind
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import (
    NewRequest,
    RequestFields,
    batch_siblings,
    file_request,
    normalise_tags,
    parse_money,
    set_tags,
    update_request,
    validate_fields,
)

SENT = dt.date(2026, 10, 1)


def test_money_is_read_as_typed_and_kept_to_the_cent() -> None:
    assert parse_money("$1,250.5", "fee_limit") == Decimal("1250.50")
    assert parse_money(" 49 ", "amount") == Decimal("49.00")
    with pytest.raises(UserError) as caught:
        parse_money("fifty", "fee_limit")
    assert caught.value.field == "fee_limit"
    assert caught.value.message == "fee_limit: 'fifty' is not an amount; use a number such as 250 or 49.50"


def test_tags_are_trimmed_lowercased_deduplicated_and_sorted() -> None:
    assert normalise_tags([" Police ", "budget", "police", ""]) == ("budget", "police")
    with pytest.raises(UserError, match="tags: 'a,b' contains a comma"):
        normalise_tags(["a,b"])


def test_fields_are_cleaned_or_refused_by_name() -> None:
    cleaned = validate_fields(RequestFields(subject="  Drone   flight logs ", jurisdiction=" us-ca ",
                                            tags=("B", "a")))
    assert (cleaned.subject, cleaned.jurisdiction, cleaned.tags) == ("Drone flight logs", "US-CA", ("a", "b"))
    with pytest.raises(UserError) as caught:
        validate_fields(RequestFields(subject="   "))
    assert caught.value.field == "subject"
    with pytest.raises(UserError) as caught:
        validate_fields(RequestFields(subject="x", records_from=dt.date(2026, 2, 1), records_to=dt.date(2026, 1, 1)))
    assert caught.value.field == "records_to"


def test_filing_with_two_agencies_makes_a_linked_batch(db) -> None:  # type: ignore[no-untyped-def]
    ids = file_request(db, NewRequest(agencies=("FBI", "DHS"), fields=RequestFields(subject="Drone flight logs"),
                                      sent_on=SENT, tracking_number="FOIA-26-1"))
    assert len(ids) == 2
    assert batch_siblings(db, ids[0]) == [ids[1]]
    detail = request_detail(db, ids[0], as_of=SENT)
    assert [e.kind.value for e in detail.events] == ["submitted", "tracking_number"]
    assert detail.request.tracking_number == "FOIA-26-1"
    assert [name for _id, name in detail.batch_siblings] == ["Department of Homeland Security"]


def test_a_refused_filing_writes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    before = len(list_requests(db))
    with pytest.raises(UserError) as caught:
        file_request(db, NewRequest(agencies=("FBI", "Federal Bureau of Investigation"),
                                    fields=RequestFields(subject="Twice"), sent_on=SENT))
    assert caught.value.field == "agency"
    with pytest.raises(UserError) as caught:
        file_request(db, NewRequest(agencies=("FBI", "No Such Agency Anywhere"), fields=RequestFields(subject="x")))
    assert caught.value.field == "agency"
    assert len(list_requests(db)) == before


def test_an_edit_from_a_stale_version_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    [request_id] = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Old subject")))
    version = request_detail(db, request_id).request.version
    saved = update_request(db, request_id, RequestFields(subject="New subject"), expected_version=version)
    assert saved.subject == "New subject"
    with pytest.raises(ConflictError):
        update_request(db, request_id, RequestFields(subject="Lost update"), expected_version=version)
    assert request_detail(db, request_id).request.subject == "New subject"


def test_tags_are_added_and_removed_on_several_requests(db) -> None:  # type: ignore[no-untyped-def]
    ids = [file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject=s, tags=("old",))))[0]
           for s in ("One", "Two")]
    set_tags(db, ids, add=("Police",), remove=("old",))
    assert {request_detail(db, i).request.tags for i in ids} == {("police",)}


def test_filing_records_its_first_events_with_their_author(db) -> None:  # type: ignore[no-untyped-def]
    (request_id,) = file_request(db, NewRequest(
        agencies=("FBI",), fields=RequestFields(subject="Drone flight logs"), sent_on=dt.date(2026, 10, 1),
        received_on=dt.date(2026, 10, 2), tracking_number=" {2026}-FOIA-7 "))
    logged = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2026, 10, 3), summary="called"))
    filed = {e.kind: e for e in request_detail(db, request_id).events if e.kind is not EventKind.NOTE}
    assert {kind: e.direction for kind, e in filed.items()} == {
        EventKind.SUBMITTED: Direction.OUTGOING, EventKind.RECEIVED: Direction.INCOMING,
        EventKind.TRACKING_NUMBER: Direction.INCOMING}
    assert logged.created_by  # the person (SQLite: the name given, else the OS user; a server: the role)
    assert [e.created_by for e in filed.values()] == [logged.created_by] * 3
    number = filed[EventKind.TRACKING_NUMBER]
    assert (number.tracking_number, number.summary) == ("{2026}-FOIA-7", "Tracking number {2026}-FOIA-7")
    assert filed[EventKind.SUBMITTED].summary == "Request sent to Federal Bureau of Investigation"


def test_filing_checks_its_events_as_logging_does(db) -> None:  # type: ignore[no-untyped-def]
    far = dt.date.today() + dt.timedelta(days=400)
    with pytest.raises(UserError, match=r"^date: .* more than a year ahead"):
        file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Logs"), sent_on=far))

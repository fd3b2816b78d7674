"""The sample data: loaded in one go, marked as sample, never loaded twice, brought back from the trash,
and its letterhead never written over the user's."""

from __future__ import annotations

import datetime as dt

from foiatrack.core.models import OrganisationProfile
from foiatrack.services.demo import demo_profile, load_demo
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.settings import get_profile
from foiatrack.services.trash import list_trash, move_to_trash

TODAY = dt.date(2026, 12, 3)


def test_the_sample_requests_load_once_marked_as_sample(db) -> None:  # type: ignore[no-untyped-def]
    first = load_demo(db, today=TODAY)
    assert first.added > 0 and first.already_present == 0
    requests = list_requests(db)
    assert requests and all(r.is_sample for r in requests)
    again = load_demo(db, today=TODAY)
    assert (again.added, again.already_present) == (0, first.added)
    assert len(list_requests(db)) == len(requests)
    assert get_profile(db) == OrganisationProfile()  # the sample letterhead is not the user's


def test_sample_events_are_dated_from_the_day_loaded_and_never_after_it(db) -> None:  # type: ignore[no-untyped-def]
    load_demo(db, today=TODAY)
    for request in list_requests(db):
        events = request_detail(db, request.id, as_of=TODAY).events
        assert all(e.date <= TODAY for e in events), request.subject
        assert all(e.created_by == "sample data" for e in events)


def test_sample_data_in_the_trash_comes_back_rather_than_twice(db) -> None:  # type: ignore[no-untyped-def]
    load_demo(db, today=TODAY)
    ids = [r.id for r in list_requests(db)]
    move_to_trash(db, ids)
    assert list_requests(db) == []
    back = load_demo(db, today=TODAY)
    assert back.added > 0
    assert sorted(r.id for r in list_requests(db)) == sorted(ids)
    assert list_trash(db) == []


def test_the_sample_letterhead_is_recognisably_sample() -> None:
    profile = demo_profile()
    assert profile.name and "sample" in profile.organisation.lower()
    assert profile.email.endswith("@example.org")

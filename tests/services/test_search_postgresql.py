"""Search on a PostgreSQL server: the user's words as a text-search query that is always valid, every
word required and the last one a prefix, exemption citations found however written and marked whole."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import backends
import pytest

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.search_postgresql import mark_whole_words, search_rows, tsquery


@pytest.mark.parametrize(("typed", "query"), [
    ("drone logs", "drone & logs:*"),  # the last word may still be being typed
    ('"flight logs" drone', "(flight <-> logs) & drone:*"),  # a quoted phrase, in its order
    ('drone "flight logs"', "drone & (flight <-> logs)"),  # a phrase last is no prefix
    ("b7c", "(b <-> 7 <-> c)"),
    ("(b)(6) privacy", "(b <-> 6) & privacy:*"),
    ("Nguyễn", "nguyễn:*"),
    ("e-mail", "(e <-> mail)"),
    ("§ 552", "552:*"),
    ("'); DROP TABLE requests; --", "drop & table & requests"),  # words only: nothing else gets through
    ("!!! ???", ""),
    ("", ""),
])
def test_the_words_typed_become_a_query_that_is_always_valid(typed: str, query: str) -> None:
    assert tsquery(typed) == query


def test_an_exemption_is_marked_whole_however_it_is_written() -> None:
    headline = "withheld under \x02b\x03(\x027\x03)(\x02C\x03) and \x02privacy\x03"
    assert mark_whole_words(headline, "(b)(7)(C) privacy") == "withheld under [b(7)(C)] and [privacy]"
    assert mark_whole_words("exemption b7c and b(7)(c) and b7 not b17", "b7c") == (
        "exemption [b7c] and [b(7)(c)] and b7 not b17")
    assert mark_whole_words("exemption b7 and b7c and (b)(7)", "b7") == "exemption [b7] and b7c and [(b)(7)]"
    assert mark_whole_words("the \x02drone\x03 logs", "drone") == "the [drone] logs"


@pytest.fixture
def server(postgres_admin: str) -> Iterator[object]:
    from foiatrack.services.workspace import open_workspace

    with backends.fresh_database(postgres_admin) as url:
        database = open_workspace(url)
        yield database
        database.close()


@pytest.mark.skipif(not backends.postgres_available(), reason="needs the PostgreSQL server programs (CI has them)")
def test_a_search_finds_requests_events_and_citations_on_the_server(server) -> None:  # type: ignore[no-untyped-def]
    first = file_request(server, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Drone flight logs"),
                                            sent_on=dt.date(2026, 10, 1)))[0]
    second = file_request(server, NewRequest(agencies=("CBP",), fields=RequestFields(subject="Border wall permits"),
                                             sent_on=dt.date(2026, 10, 1)))[0]
    log_event(server, second, NewEvent(kind=EventKind.NOTE, date=dt.date(2026, 10, 9),
                                       details="Withheld under (b)(7)(C): names of agents"))
    with server.read_session() as session:
        assert [row[0] for row in search_rows(session, "drone fli", 10)] == [first]
        hits = search_rows(session, "b7c", 10)
        assert [(row[0], row[4]) for row in hits] == [(second, "event")]
        assert "[(b)(7)(C)]" in hits[0][6]
        assert search_rows(session, "!!!", 10) == []
        assert search_rows(session, "drone zeppelin", 10) == []  # every word must match

"""Full-text search finds requests by their words, their events and the text of attached PDFs."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services.attachments import content_from_bytes
from foiatrack.services.events import NewEvent, delete_event, log_event
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, delete_request, file_request, update_request
from foiatrack.services.search import extract_text, fts_query, search


def pdf_with(text: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture
def request_id(db) -> int:  # type: ignore[no-untyped-def]
    (rid,) = file_request(db, NewRequest(
        agencies=("ICE",), sent_on=dt.date(2025, 11, 19),
        fields=RequestFields(subject="Clearview AI contracts", records_sought="Licences bought from Clearview",
                             tags=("surveillance",))))
    return rid


def test_finds_a_request_by_subject_prefix_and_tag(db, request_id: int) -> None:  # type: ignore[no-untyped-def]
    assert [h.request_id for h in search(db, "clearv")] == [request_id]
    assert search(db, "surveillance")[0].request_id == request_id
    assert search(db, "nothing-like-this") == []


def test_finds_words_inside_an_attached_pdf(db, request_id: int) -> None:  # type: ignore[no-untyped-def]
    letter = content_from_bytes("denial.pdf", pdf_with("The records are withheld under exemption zanzibar."))
    log_event(db, request_id, NewEvent(EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 5), outcome=Outcome.DENIED),
              contents=[letter])
    (hit,) = search(db, "zanzibar")
    assert hit.request_id == request_id
    assert hit.source == "attachment" and hit.title == "denial.pdf"
    assert "[zanzibar]" in hit.snippet


def test_index_follows_edits_and_deletions(db, request_id: int) -> None:  # type: ignore[no-untyped-def]
    event = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 21), details="called Ms Okonkwo"))
    assert search(db, "okonkwo")[0].source == "event"
    delete_event(db, event.id, expected_version=event.version)
    assert search(db, "okonkwo") == []
    update_request(db, request_id, RequestFields(subject="Palantir contracts"),
                   expected_version=request_detail(db, request_id).request.version)
    assert search(db, "palantir") and not search(db, "clearview")
    delete_request(db, request_id)
    assert search(db, "palantir") == []


def test_accents_do_not_matter(db) -> None:  # type: ignore[no-untyped-def]
    file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Records of José Núñez")))
    assert search(db, "nunez") and search(db, "Núñez")


def test_subject_matches_rank_above_body_matches(db) -> None:  # type: ignore[no-untyped-def]
    (body_only,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(
        subject="Detention standards", records_sought="mentions biometrics once")))
    (in_subject,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Biometrics")))
    assert [h.request_id for h in search(db, "biometrics")] == [in_subject, body_only]


def test_empty_query_is_a_user_error(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="search"):
        search(db, '  " ')


def test_unreadable_pdf_is_still_attached_but_not_searchable() -> None:
    assert extract_text("broken.pdf", "application/pdf", b"%PDF-1.4 this is not really a pdf") is None
    assert extract_text("photo.jpg", "image/jpeg", b"\xff\xd8\xff") is None
    assert extract_text("notes.txt", "text/plain", "café".encode()) == "café"


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_any_typed_text_is_a_valid_query(text: str) -> None:
    import sqlite3

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    connection.execute("INSERT INTO t VALUES ('some text about FOIA (b)(6)')")
    expression = fts_query(text)
    if expression:
        connection.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()


def test_short_exemption_forms_find_the_cited_exemptions(db, request_id: int) -> None:  # type: ignore[no-untyped-def]
    log_event(db, request_id, NewEvent(EventKind.FINAL_DETERMINATION, dt.date(2026, 1, 5),
                                       outcome=Outcome.PARTIAL_GRANT, exemptions=("b6", "b7c")))
    assert search(db, "b7c")[0].request_id == request_id
    assert search(db, "(b)(6)")[0].request_id == request_id
    assert search(db, "b3") == []


def test_exemption_snippets_mark_the_whole_citation(db, request_id: int) -> None:  # type: ignore[no-untyped-def]
    log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2026, 1, 5),
                                       details="Plan b: call at 7 about section C. They cited (b)(7)(C) for names."))
    hit = search(db, "b7c")[0]
    assert hit.request_id == request_id
    if not db.is_sqlite:
        assert "[(b)(7)(C)]" in hit.snippet
    for lone in ("[b]", "[7]", "[C]"):
        assert lone not in hit.snippet, hit.snippet

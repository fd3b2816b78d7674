"""Hostile or broken input gets a clear message and leaves the data intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foiatrack.core.dates import parse_iso_date
from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind
from foiatrack.services import attachments
from foiatrack.services.attachments import attachment_bytes, export_attachment, safe_filename
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request


@pytest.fixture
def request_id(db) -> int:  # type: ignore[no-untyped-def]
    (rid,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Hostile"),
                                         sent_on=dt.date(2025, 11, 19)))
    return rid


@pytest.mark.parametrize("name", ["../../etc/passwd", "..\\..\\boot.ini", "/abs/path/letter.pdf", "a/b/c.pdf",
                                  "..", "CON<>:|?*.pdf", "\x00evil\x07.pdf", " . "])
def test_attachment_names_cannot_escape_the_export_folder(db, request_id: int, tmp_path: Path,
                                                          name: str) -> None:  # type: ignore[no-untyped-def]
    content = attachments.content_from_bytes(name, b"data")
    assert "/" not in content.filename and "\\" not in content.filename
    assert content.filename not in ("", ".", "..")
    event = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20)), contents=[content])
    folder = tmp_path / "out"
    written = export_attachment(db, event.attachments[0].id, folder)
    assert written.parent == folder
    assert written.read_bytes() == b"data"


def test_exporting_twice_never_overwrites(db, request_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content = attachments.content_from_bytes("letter.pdf", b"one")
    event = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20)), contents=[content])
    first = export_attachment(db, event.attachments[0].id, tmp_path)
    second = export_attachment(db, event.attachments[0].id, tmp_path)
    assert first != second and first.exists() and second.exists()


def test_zero_byte_file_is_refused_and_nothing_is_logged(db, request_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="empty"):
        log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20)), attachments=[empty])
    assert [e.kind for e in request_detail(db, request_id).events] == [EventKind.SUBMITTED]


def test_huge_file_is_refused_before_reading(db, request_id: int, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1024)
    big = tmp_path / "production.pdf"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(UserError, match="larger than"):
        log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20)), attachments=[big])
    assert len(request_detail(db, request_id).events) == 1


def test_file_that_vanishes_before_reading_is_reported(db, request_id: int, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    doomed = tmp_path / "doomed.pdf"
    doomed.write_bytes(b"soon gone")
    real_read = Path.read_bytes

    def vanish(self: Path) -> bytes:
        if self == doomed:
            self.unlink()
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    with pytest.raises(UserError, match="no such file"):
        log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20)), attachments=[doomed])
    assert len(request_detail(db, request_id).events) == 1


def test_second_file_failing_attaches_neither(db, request_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.pdf"
    good.write_bytes(b"good")
    with pytest.raises(UserError):
        log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20)),
                  attachments=[good, tmp_path / "missing.pdf"])
    assert len(request_detail(db, request_id).events) == 1


def test_identical_files_are_stored_once_and_never_replaced(db, request_id: int) -> None:  # type: ignore[no-untyped-def]
    a = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20)),
                  contents=[attachments.content_from_bytes("a.pdf", b"same bytes")])
    b = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 21)),
                  contents=[attachments.content_from_bytes("b.pdf", b"same bytes")])
    assert a.attachments[0].sha256 == b.attachments[0].sha256
    assert attachment_bytes(db, a.attachments[0].id) == ("a.pdf", b"same bytes")
    assert attachment_bytes(db, b.attachments[0].id) == ("b.pdf", b"same bytes")


def test_text_with_nul_bytes_is_refused(db, request_id: int) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="details"):
        log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20), details="a\x00b"))


def test_mixed_scripts_are_kept_exactly(db, request_id: int) -> None:  # type: ignore[no-untyped-def]
    text = "Nguyễn Thị Minh — Departamento de Policía de San José — محضر — 記録 — Ωμέγα"
    event = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20), details=text))
    assert next(e for e in request_detail(db, request_id).events if e.id == event.id).details == text


@pytest.mark.parametrize("text", ["1966-12-31", "2200-01-01", "0001-01-01", "9999-12-31"])
def test_dates_out_of_range_are_refused(text: str) -> None:
    with pytest.raises(UserError, match="out of range"):
        parse_iso_date(text, "date")


@given(st.text(max_size=40))
@settings(max_examples=400, deadline=None)
def test_date_parsing_fuzz_raises_only_user_errors(text: str) -> None:
    try:
        value = parse_iso_date(text, "sent")
    except UserError as error:
        assert error.message.startswith("sent: ")
    else:
        assert isinstance(value, dt.date)
        assert value.isoformat() == text.strip()


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_safe_filename_fuzz(name: str) -> None:
    cleaned = safe_filename(name)
    assert cleaned and "/" not in cleaned and "\\" not in cleaned and cleaned not in (".", "..")
    assert all(ch.isprintable() for ch in cleaned)
    assert len(cleaned) <= 200

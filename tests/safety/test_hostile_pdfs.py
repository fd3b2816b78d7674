"""Hostile PDFs attach without exhausting the machine: their text is read by a limited child process, and
a file whose text cannot be read still attaches, marked "text not extracted"."""

from __future__ import annotations

import datetime as dt
import zlib
from pathlib import Path

import pytest

from foiatrack.cli import main
from foiatrack.core.vocabulary import EventKind
from foiatrack.services import pdf_text
from foiatrack.services.attachments import safe_filename
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace


def pdf(content: bytes, pages: int) -> bytes:
    """A PDF whose *pages* all draw one Flate-compressed content stream (*content* decompressed)."""
    stream = zlib.compress(content, 9)
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream
        + b"\nendstream",
    ]
    font = 4 + pages
    for _ in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.fixture
def request_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_workspace(tmp_path / "x.db")
    (request_id,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="PDFs"),
                                                sent_on=dt.date(2025, 11, 3)))
    yield db, request_id
    db.close()


def test_a_stream_too_large_to_decompress_still_attaches_marked(request_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, request_id = request_db
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf(b"BT /F1 12 Tf 72 720 Td (A) Tj ET\n" + b" " * 200_000_000, pages=3))
    event = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 4)), [bomb])
    (attachment,) = event.attachments
    assert attachment.filename == "bomb.pdf" and not attachment.text_extracted


def test_pages_sharing_one_huge_stream_stop_at_the_time_limit(request_db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db, request_id = request_db
    monkeypatch.setattr(pdf_text, "TIME_LIMIT_S", 2.0)
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(pdf(b"BT /F1 1 Tf (AAAA) Tj ET\n" * 1_500_000, pages=300))
    event = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 4)), [slow])
    assert not event.attachments[0].text_extracted


def test_an_ordinary_pdf_is_still_searchable(request_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from foiatrack.services.search import search

    db, request_id = request_db
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(pdf(b"BT /F1 12 Tf 72 720 Td (zanzibar determination) Tj ET\n", pages=1))
    event = log_event(db, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 4)), [letter])
    assert event.attachments[0].text_extracted
    assert search(db, "zanzibar")[0].source == "attachment"


def test_show_says_text_not_extracted(request_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    _db, request_id = request_db
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf(b" " * 100_000_000, pages=1))
    assert main(["--db", str(tmp_path / "x.db"), "log", str(request_id), "note", "--date", "2025-11-04",
                 "--attach", str(bomb)]) == 0
    assert main(["--db", str(tmp_path / "x.db"), "show", str(request_id)]) == 0
    assert "bomb.pdf (text not extracted)" in capsys.readouterr().out


def test_long_attachment_names_keep_their_extension() -> None:
    name = safe_filename("x" * 300 + ".pdf")
    assert len(name) == 200 and name.endswith(".pdf")

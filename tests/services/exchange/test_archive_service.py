"""The correspondence archive as the service writes it: contents, unique names, manifest digests, a damaged
document stopping it with nothing written."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import update

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services.attachments import content_from_bytes
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.exchange import archive
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.database import Database
from foiatrack.store.schema import AttachmentRow, BlobRow


def _request(db: Database, subject: str = "Detention contracts") -> int:
    request_id = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject=subject),
                                             sent_on=dt.date(2025, 11, 19)))[0]
    files = [content_from_bytes("denial letter.pdf", b"%PDF-1.4 one"),
             content_from_bytes("Denial Letter.pdf", b"%PDF-1.4 two"),
             content_from_bytes("records.pdf", b"%PDF-1.4 three")]
    log_event(db, request_id, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 1, 20),
                                       outcome=Outcome.DENIED), contents=files)
    return request_id


def test_archive_of_one_request(db: Database, tmp_path: Path) -> None:
    request_id = _request(db)
    with db.session() as session:  # a name written by an older or careless program
        session.execute(update(AttachmentRow).where(AttachmentRow.filename == "records.pdf")
                        .values(filename="../../../tmp/records.pdf"))
    result = archive(db, [request_id], tmp_path / "a.zip")
    assert (result.requests, result.documents) == (1, 3)
    with zipfile.ZipFile(tmp_path / "a.zip") as zipped:
        names = zipped.namelist()
        assert names == [
            f"00 chronology - request {request_id}.pdf",
            "2026-01-20 final_determination - denial letter.pdf",
            "2026-01-20 final_determination - Denial Letter (2).pdf",
            "2026-01-20 final_determination - .._.._.._tmp_records.pdf",
            "manifest.csv",
        ]
        assert all(not n.startswith("/") and ".." not in n.split("/") for n in names)
        assert zipped.read(names[1]) == b"%PDF-1.4 one"
        assert zipped.read(names[0]).startswith(b"%PDF")
        manifest = list(csv.DictReader(io.StringIO(zipped.read("manifest.csv").decode("utf-8-sig"))))
    assert [m["File"] for m in manifest] == names[1:4]
    assert manifest[2]["SHA-256"] == hashlib.sha256(b"%PDF-1.4 three").hexdigest()
    assert manifest[0]["Event"] == "Final determination" and manifest[0]["Date"] == "2026-01-20"


def test_archive_of_all_requests_has_a_folder_each(db: Database, tmp_path: Path) -> None:
    first = _request(db, "Contracts / invoices: 2024?")
    second = file_request(db, NewRequest(agencies=("CBP",), fields=RequestFields(subject="Body cameras")))[0]
    result = archive(db, None, tmp_path / "all.zip")
    assert (result.requests, result.documents) == (2, 3)
    with zipfile.ZipFile(tmp_path / "all.zip") as zipped:
        folders = sorted({n.split("/")[0] for n in zipped.namelist() if "/" in n})
    assert folders == [f"request-{first:04d} - Contracts _ invoices_ 2024_", f"request-{second:04d} - Body cameras"]


def test_a_damaged_document_stops_the_archive_and_leaves_no_file(db: Database, tmp_path: Path) -> None:
    request_id = _request(db)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "a.zip"
    target.write_bytes(b"earlier archive")
    with db.session() as session:
        session.execute(update(BlobRow).where(BlobRow.sha256 == hashlib.sha256(b"%PDF-1.4 two").hexdigest())
                        .values(data=b"tampered"))
    with pytest.raises(UserError, match="damaged"):
        archive(db, [request_id], target)
    assert target.read_bytes() == b"earlier archive"
    assert [p.name for p in target.parent.iterdir()] == ["a.zip"]


def test_archive_needs_a_zip_name_and_a_request(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.zip"):
        archive(db, [1], tmp_path / "a.tar")
    with pytest.raises(UserError, match="no requests"):
        archive(db, None, tmp_path / "a.zip")
    with pytest.raises(UserError, match="no request with id 99"):
        archive(db, [99], tmp_path / "a.zip")

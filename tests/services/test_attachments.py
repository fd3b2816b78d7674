"""Attachments: a file is read whole before anything is stored, named safely, kept once by content,
checked against its SHA-256 when read back, and copied out without overwriting anything."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from foiatrack.core.errors import NotFoundError, UserError
from foiatrack.core.vocabulary import EventKind
from foiatrack.services.attachments import (
    MAX_ATTACHMENT_BYTES,
    attachment_bytes,
    content_from_bytes,
    export_attachment,
    read_file,
    safe_filename,
)
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.schema import BlobRow


@pytest.mark.parametrize(("typed", "safe"), [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\dana\\denial letter.pdf", "denial letter.pdf"),
    ("bad<name>:\"|?*.pdf", "badname.pdf"),
    ("line\nbreak\tand\x00nul.txt", "linebreakandnul.txt"),
    ("  .hidden. ", "hidden"),
    ("...", "attachment"),
    ("", "attachment"),
    ("Cafe\u0301.pdf", "Caf\u00e9.pdf"),  # one way of writing é, whichever the system used
])
def test_a_file_name_keeps_no_path_control_or_reserved_characters(typed: str, safe: str) -> None:
    assert safe_filename(typed) == safe


def test_a_long_name_is_cut_before_its_extension() -> None:
    name = safe_filename("x" * 300 + ".pdf")
    assert len(name) == 200 and name.endswith("x.pdf")
    no_extension = safe_filename("y" * 300)
    assert no_extension == "y" * 200
    odd_suffix = safe_filename("z" * 150 + "." + "s" * 100)  # no real extension: cut like any name
    assert len(odd_suffix) == 200 and odd_suffix.startswith("z" * 150 + ".s")


def test_a_file_is_read_with_its_type_and_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "Denial.PDF"
    path.write_bytes(b"%PDF-1.4 denial")
    content = read_file(path)
    assert (content.filename, content.media_type) == ("Denial.PDF", "application/pdf")
    assert content.sha256 == hashlib.sha256(b"%PDF-1.4 denial").hexdigest()
    assert read_file(path, display_name="renamed/ack.txt").filename == "ack.txt"
    assert content_from_bytes("scan.unknownext", b"x").media_type == "application/octet-stream"
    assert content_from_bytes("scan.bin", b"x", "image/png").media_type == "image/png"


def test_a_missing_file_a_folder_and_an_empty_file_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"attachment '.*gone\.pdf': no such file$") as caught:
        read_file(tmp_path / "gone.pdf")
    assert caught.value.field == "attachment"
    with pytest.raises(UserError, match="is a folder; attach files one by one"):
        read_file(tmp_path)
    empty = tmp_path / "empty.pdf"
    empty.touch()
    with pytest.raises(UserError, match=r"the file is empty \(0 bytes\); nothing was attached"):
        read_file(empty)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "production.zip"
    with huge.open("wb") as handle:  # sparse: takes no disk, and the refusal must come before reading it
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(UserError, match=r"536,870,913 bytes is larger than the 512 MiB limit"):
        read_file(huge)
    exactly = tmp_path / "exactly.bin"
    with exactly.open("wb") as handle:
        handle.truncate(1)
    read_file(exactly)  # one byte (a zero) is a file, not an empty one


def _attach(db, *paths: Path) -> list[int]:  # type: ignore[no-untyped-def]
    request_id = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Letters"),
                                             sent_on=dt.date(2026, 10, 1)))[0]
    event = log_event(db, request_id, NewEvent(kind=EventKind.ACKNOWLEDGED, date=dt.date(2026, 10, 5)),
                      attachments=list(paths))
    return [a.id for a in event.attachments]


def test_identical_files_are_stored_once_and_read_back_whole(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"the same letter")
    second.write_bytes(b"the same letter")
    ids = _attach(db, first, second)
    assert [attachment_bytes(db, i) for i in ids] == [("a.txt", b"the same letter"), ("b.txt", b"the same letter")]
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(BlobRow)) == 1


def test_damaged_contents_are_reported_not_handed_out(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "ack.txt"
    letter.write_bytes(b"acknowledged")
    [attachment_id] = _attach(db, letter)
    with db.session() as session:
        session.get(BlobRow, hashlib.sha256(b"acknowledged").hexdigest()).data = b"acknowledgeD"
    with pytest.raises(UserError, match=rf"^attachment {attachment_id} \(ack\.txt\): stored contents are damaged; "
                                        "restore a backup$"):
        attachment_bytes(db, attachment_id)
    with pytest.raises(NotFoundError, match="attachment: no attachment with id 999999"):
        attachment_bytes(db, 999_999)


def test_a_copy_never_overwrites_a_file_already_in_the_folder(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "denial.pdf"
    letter.write_bytes(b"%PDF-1.4 denied")
    [attachment_id] = _attach(db, letter)
    out = tmp_path / "out" / "new"
    first = export_attachment(db, attachment_id, out)
    second = export_attachment(db, attachment_id, out)
    third = export_attachment(db, attachment_id, out)
    assert [p.name for p in (first, second, third)] == ["denial.pdf", "denial (2).pdf", "denial (3).pdf"]
    assert all(p.read_bytes() == b"%PDF-1.4 denied" for p in (first, second, third))

"""Attachment files: read safely, stored inside the database by SHA-256, never silently replaced."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from foiatrack.core.errors import NotFoundError, UserError
from foiatrack.store.database import Database
from foiatrack.store.schema import AttachmentRow, AttachmentTextRow, BlobRow

# Large enough for a production of scanned records; larger files belong in a document system.
MAX_ATTACHMENT_BYTES = 512 * 1024 * 1024
TEXT_NOT_EXTRACTED = "not_extracted"


@dataclass(frozen=True, slots=True)
class FileContent:
    """A file read into memory, ready to store. Reading happens before the transaction starts, so a file
    that cannot be read leaves the database untouched."""

    filename: str
    data: bytes
    media_type: str
    sha256: str
    # Searchable text known without reading the bytes (a generated letter's, from its document model, so a
    # DOCX letter is found as well as a PDF); None: extracted from the file when stored.
    text: str | None = None


def safe_filename(name: str) -> str:
    """A display name with no path parts, control characters or reserved names."""
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*')
    base = base.strip(" .")
    if len(base) > 200:  # cut the name, not the extension: the viewer chosen for it depends on it
        stem, dot, suffix = base.rpartition(".")
        if dot and stem and 0 < len(suffix) <= 16:
            base = stem[: 200 - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            base = base[:200]
    return base or "attachment"


def read_file(path: str | os.PathLike[str], display_name: str | None = None) -> FileContent:
    """Read *path* for attaching.

    Raises:
        UserError: the file is missing, a folder, unreadable, or too large; the message names the file.
    """
    file_path = Path(path)
    label = f"attachment '{file_path}'"
    try:
        if file_path.is_dir():
            raise UserError(f"{label}: is a folder; attach files one by one", field="attachment")
        size = file_path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError(f"{label}: {size:,} bytes is larger than the {MAX_ATTACHMENT_BYTES // 2**20} MiB "
                            "limit", field="attachment")
        data = file_path.read_bytes()
        if not data:
            raise UserError(f"{label}: the file is empty (0 bytes); nothing was attached", field="attachment")
    except FileNotFoundError:
        raise UserError(f"{label}: no such file", field="attachment") from None
    except PermissionError:
        raise UserError(f"{label}: permission denied; check that you can open the file", field="attachment") from None
    except OSError as exc:
        raise UserError(f"{label}: cannot be read ({exc.strerror or exc})", field="attachment") from None
    return content_from_bytes(display_name or file_path.name, data)


def content_from_bytes(filename: str, data: bytes, media_type: str | None = None, *,
                       text: str | None = None) -> FileContent:
    name = safe_filename(filename)
    guessed = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileContent(name, data, guessed, hashlib.sha256(data).hexdigest(), text)


def store_attachment(session: Session, event_id: int, content: FileContent,
                     extracted_text: str | Exception | None = None) -> AttachmentRow:
    """Store *content* under *event_id*; identical bytes are stored once. *extracted_text* (from
    :func:`foiatrack.services.search.extract_text`, done before the transaction) makes it searchable; an
    exception in its place (the text could not be read within the limits) marks it "text not extracted"."""
    if session.get(BlobRow, content.sha256) is None:
        session.add(BlobRow(sha256=content.sha256, size=len(content.data), data=content.data))
        session.flush()  # the attachment row refers to the blob; no relationship tells the flush order
    row = AttachmentRow(event_id=event_id, filename=content.filename, media_type=content.media_type,
                        size=len(content.data), sha256=content.sha256)
    if isinstance(extracted_text, Exception):
        row.text_status = TEXT_NOT_EXTRACTED
        extracted_text = None
    session.add(row)
    if extracted_text:
        session.flush()
        session.add(AttachmentTextRow(attachment_id=row.id, text=extracted_text))
    return row


def attachment_bytes(db: Database, attachment_id: int) -> tuple[str, bytes]:
    """The stored file's name and bytes, verified against its SHA-256."""
    with db.read_session() as session:
        row = session.get(AttachmentRow, attachment_id)
        if row is None:
            raise NotFoundError(f"attachment: no attachment with id {attachment_id}", field="attachment")
        blob = session.get(BlobRow, row.sha256)
        if blob is None or hashlib.sha256(blob.data).hexdigest() != row.sha256:
            raise UserError(f"attachment {attachment_id} ({row.filename}): stored contents are damaged; "
                            "restore a backup", field="attachment")
        return row.filename, blob.data


def export_attachment(db: Database, attachment_id: int, folder: Path) -> Path:
    """Write a copy of an attachment into *folder*, never overwriting an existing file."""
    name, data = attachment_bytes(db, attachment_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    stem, suffix, counter = target.stem, target.suffix, 1
    while target.exists():
        counter += 1
        target = folder / f"{stem} ({counter}){suffix}"
    target.write_bytes(data)
    return target

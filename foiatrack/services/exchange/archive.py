"""The correspondence archive of one request or of all: chronology PDFs and every attached document.

Documents are read one at a time from the database (and checked against their SHA-256 on the way out),
so an archive of every request needs the memory of its largest document, not of all of them. A damaged
document stops the archive with a message naming it, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from foiatrack.core.errors import UserError
from foiatrack.exchange.archive import ArchiveWriter, check_zip_target, document_name, request_folder
from foiatrack.services.attachments import attachment_bytes
from foiatrack.services.exchange.reports import chronology_data
from foiatrack.store.database import Database
from foiatrack.store.schema import RequestRow


@dataclass(frozen=True, slots=True)
class ArchiveResult:
    path: str
    requests: int
    documents: int

    def to_json(self) -> dict[str, object]:
        return {"file": self.path, "requests": self.requests, "documents": self.documents}


def archive(db: Database, request_ids: Sequence[int] | None, path: str | os.PathLike[str], *,
            as_of: dt.date | None = None) -> ArchiveResult:
    """Write the archive of *request_ids* (``None``: every request) to the zip file *path*.

    One request: its chronology and documents at the top of the zip. Several: one folder per request
    (``request-0012 - <subject>``). A ``manifest.csv`` lists every document with its request, date,
    event, original name, size and SHA-256.

    Raises:
        UserError: a request does not exist, a stored document is damaged, or the file cannot be written.
    """
    from foiatrack.exchange.chronology import chronology_pdf  # reportlab loads on first use

    target = check_zip_target(path)
    if request_ids is None:
        with db.read_session() as session:
            request_ids = list(session.scalars(select(RequestRow.id).where(RequestRow.deleted_at.is_(None))
                                                 .order_by(RequestRow.id)))
        if not request_ids:
            raise UserError("archive: there are no requests to archive", field="request")
    documents = 0
    with ArchiveWriter(target) as writer:
        for request_id in request_ids:
            data = chronology_data(db, request_id, as_of)
            request = data.request
            folder = request_folder(request.id, request.subject) if len(request_ids) > 1 else ""
            writer.add(folder, f"00 chronology - request {request.id}.pdf", chronology_pdf(data), data.generated)
            for event in data.events:
                for attachment in event.attachments:
                    _name, content = attachment_bytes(db, attachment.id)
                    writer.add(folder, document_name(event.date, event.kind.value, attachment.filename), content,
                               event.date, description=(f"#{request.id} {request.subject}", event.date.isoformat(),
                                                        event.kind.label, attachment.filename))
                    documents += 1
    return ArchiveResult(str(target), len(request_ids), documents)

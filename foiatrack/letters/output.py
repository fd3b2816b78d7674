"""Putting letters on disk without ever leaving half a file.

Both writers build the whole file in memory first, then :func:`foiatrack.files.atomic_write` puts it in
a temporary file in the target's folder and renames it over the target.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from foiatrack.core.errors import UserError

if TYPE_CHECKING:
    from foiatrack.letters.document import Document

ACCEPTED_SUFFIXES = (".docx", ".pdf")


def write_letter(document: Document, path: str | os.PathLike[str]) -> Path:
    """Write *document* to *path* as Word or PDF, chosen by the file's suffix.

    Raises:
        UserError: the suffix is neither ``.docx`` nor ``.pdf`` (the message lists both), or the file
            cannot be written.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".docx":
        from foiatrack.letters.docx_writer import write_docx

        write_docx(document, target)
    elif suffix == ".pdf":
        from foiatrack.letters.pdf_writer import write_pdf

        write_pdf(document, target)
    else:
        shown = target.suffix or "no suffix"
        raise UserError(
            f"{target}: cannot write a letter as '{shown}'; use one of: {', '.join(ACCEPTED_SUFFIXES)}",
            field="output",
        )
    return target

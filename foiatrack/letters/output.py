"""Putting letters on disk without ever leaving half a file.

Both writers build the whole file in memory first, then :func:`atomic_write` puts it in a temporary
file in the target's folder and renames it over the target. A failure at any point leaves the folder as
it was: no truncated PDF that looks like a letter, and an earlier good copy is not clobbered.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from foiatrack.core.errors import UserError

if TYPE_CHECKING:
    from foiatrack.letters.document import Document

ACCEPTED_SUFFIXES = (".docx", ".pdf")


def atomic_write(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write *data* to *target* all at once (temporary file in the same folder, then rename).

    Raises:
        UserError: the folder does not exist or cannot be written; the target is left untouched.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{path}: the folder {folder} does not exist", field="output")
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name ending in .docx or .pdf", field="output")
    fd, temp_name = -1, ""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file private (0600); a letter should get the usual permissions, or keep
        # those of the file it replaces.
        os.chmod(temp_name, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
        os.replace(temp_name, path)
        temp_name = ""
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}", field="output") from None
    finally:
        if fd >= 0:
            os.close(fd)
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    return path


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

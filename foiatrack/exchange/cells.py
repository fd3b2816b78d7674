"""Cell values at the spreadsheet boundary: formula neutralising, text clean-up, atomic file writes.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula
by Excel and LibreOffice when the file is opened ("CSV injection"): a request subject copied from an
agency's letter must never become ``=HYPERLINK(...)``. Exports therefore put a ``'`` in front of such text
(spreadsheets show the rest as plain text), and imports remove exactly that one ``'`` again, so a value
survives any number of round trips unchanged. Text that already starts with ``'`` followed by a trigger
character gets one more ``'`` on export, for the same reason.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from foiatrack.core.errors import UserError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")
_NEEDS_PREFIX = re.compile(r"^'*[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """*text* made safe to open in a spreadsheet (see the module docstring)."""
    return "'" + text if _NEEDS_PREFIX.match(text) else text


def restore(text: str) -> str:
    """Undo :func:`neutralise`: drop the one ``'`` it added, and nothing else."""
    return text[1:] if _NEUTRALISED.match(text) else text


def clean_text(value: str) -> str:
    """NFC-normalised text: files written on macOS often spell "Nguyễn" with combining accents, which
    would not match the same name typed on Windows."""
    return unicodedata.normalize("NFC", value)


def match_key(text: str) -> str:
    """A case- and space-insensitive form of a name, for matching agencies and status words."""
    return " ".join(clean_text(text).casefold().split())


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str], *, binary: bool = True, newline: str | None = "",
                  encoding: str = "utf-8") -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temporary file beside *target*; it replaces *target* only if the block finishes.

    A failure half-way (a full disk, an interrupted export) leaves an earlier good copy in place and
    no truncated file that looks complete.

    Raises:
        UserError: the folder does not exist or cannot be written.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{path}: the folder {folder} does not exist", field="output")
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name", field="output")
    temp_name = ""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        if binary:
            handle: IO = os.fdopen(fd, "wb")  # type: ignore[type-arg]
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
        os.replace(temp_name, path)
        temp_name = ""
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}", field="output") from None
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


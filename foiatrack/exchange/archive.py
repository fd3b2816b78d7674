"""The correspondence archive: a zip of a request's chronology and every document attached to it.

Entry names are built here from sanitised parts, never taken from a stored name as a path: a file
logged as ``../../etc/passwd`` or ``C:\\x\\CON.pdf`` becomes a plain name inside its folder. Names are
``<date> <event kind> - <file name>`` (``2026-01-20 final_determination - denial letter.pdf``), so the
folder sorts by date; two documents that would get the same name are told apart with " (2)", compared
case-insensitively because Windows and macOS folders are. The zip is written to a temporary file and
renamed into place at the end, so an interrupted archive never leaves a partial zip behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from foiatrack.core.errors import UserError
from foiatrack.exchange.cells import spreadsheet_text
from foiatrack.files import atomic_output

MAX_COMPONENT = 120
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MANIFEST = "manifest.csv"


def safe_component(name: str, fallback: str = "file") -> str:
    """*name* as one safe path component: no separators, control or reserved characters, no leading
    dots, not a reserved Windows device name, at most :data:`MAX_COMPONENT` characters (extension kept)."""
    text = unicodedata.normalize("NFC", name)
    text = _UNSAFE.sub("_", text)
    text = " ".join(text.split()).strip(" .")
    if not text or set(text) <= {"_", "."}:
        text = fallback
    if _RESERVED.match(text):
        text = "_" + text
    if len(text) > MAX_COMPONENT:
        stem, dot, suffix = text.rpartition(".")
        if dot and 0 < len(suffix) <= 10:
            text = stem[: MAX_COMPONENT - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            text = text[:MAX_COMPONENT].rstrip(" .")
    return text


def document_name(date: dt.date, kind: str, filename: str) -> str:
    """``2026-01-20 final_determination - denial letter.pdf``."""
    return safe_component(f"{date.isoformat()} {kind} - {filename}")


def request_folder(request_id: int, subject: str) -> str:
    """The folder of one request in an archive of several: ``request-0012 - Clearview contracts``."""
    short = subject if len(subject) <= 60 else subject[:60].rsplit(" ", 1)[0]
    return safe_component(f"request-{request_id:04d} - {short}", f"request-{request_id:04d}")


@dataclass
class ArchiveWriter:
    """Writes the zip atomically; :meth:`add` takes care of names. Use as a context manager."""

    path: Path
    _names: set[str] = field(default_factory=set)
    _manifest: list[list[str]] = field(default_factory=list)
    _context: Any = None
    _zip: zipfile.ZipFile | None = None
    files: int = 0

    def __enter__(self) -> ArchiveWriter:
        self._context = atomic_output(self.path)
        handle: IO[bytes] = self._context.__enter__()
        self._zip = zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        assert self._zip is not None
        try:
            if kind is None:
                self._write_manifest()
            self._zip.close()
        finally:
            self._context.__exit__(kind, error, trace)

    def _unique(self, folder: str, name: str) -> str:
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem:
            stem, suffix = name, ""
        candidate, counter = name, 1
        while f"{folder}/{candidate}".casefold() in self._names:
            counter += 1
            candidate = f"{stem} ({counter})" + (f".{suffix}" if suffix else "")
        self._names.add(f"{folder}/{candidate}".casefold())
        return f"{folder}/{candidate}" if folder else candidate

    def add(self, folder: str, name: str, data: bytes, date: dt.date | None = None, *,
            description: tuple[str, ...] = ()) -> str:
        """Add *data* as *name* (already safe) in *folder* (already safe, "" for the top); returns the path."""
        assert self._zip is not None
        path = self._unique(folder, name)
        when = date if date is not None and date.year >= 1980 else dt.date(1980, 1, 1)
        info = zipfile.ZipInfo(path, date_time=(when.year, when.month, when.day, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self._zip.writestr(info, data)
        self.files += 1
        if description:
            self._manifest.append([path, *description, str(len(data)), hashlib.sha256(data).hexdigest()])
        return path

    def _write_manifest(self) -> None:
        if not self._manifest:
            return
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["File", "Request", "Date", "Event", "Original name", "Bytes", "SHA-256"])
        for row in self._manifest:
            writer.writerow([spreadsheet_text(cell) for cell in row])
        self.add("", MANIFEST, buffer.getvalue().encode("utf-8-sig"), dt.date.today())


def check_zip_target(path: str | os.PathLike[str]) -> Path:
    """*path* if it names a .zip file."""
    target = Path(path)
    if target.suffix.lower() != ".zip":
        raise UserError(f"{target.name}: the archive is a zip file; end the name with .zip", field="output")
    return target

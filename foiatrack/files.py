"""Writing files the user keeps (letters, exports, reports, archives) without ever leaving half a file.

Everything is written to a temporary file in the target's folder and renamed over the target only when
complete, so a failure at any point (a full disk, an interrupted export) leaves the folder as it was:
no truncated PDF that looks like a letter, and an earlier good copy is not clobbered. Used by every
layer that writes files, so it sits beside :mod:`foiatrack.resources` rather than in one of them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from foiatrack.core.errors import UserError


def _checked_folder(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{path}: the folder {folder} does not exist", field="output")
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name", field="output")
    return folder


def current_umask() -> int:
    """The process's umask, read without changing it (``os.umask`` sets it, a race with other threads)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o077)  # elsewhere: the set-and-restore dance, briefly at its most private
    os.umask(mask)
    return mask


def _settle_mode(temp_name: str, path: Path) -> None:
    # mkstemp creates the file private (0600). A new letter, export, report or archive then gets what the
    # user's umask says new files get (0600 under umask 077, 0644 under the common 022): it holds the same
    # private data as the database, and the umask is the user's own rule for who may read new files.
    # foiatrack never widens that rule. A file being replaced keeps its permissions.
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~current_umask()
    os.chmod(temp_name, mode)


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str], *, binary: bool = True, newline: str | None = "",
                  encoding: str = "utf-8") -> Iterator[IO[Any]]:
    """Open a temporary file beside *target*; it replaces *target* only if the block finishes.

    Raises:
        UserError: the folder does not exist or cannot be written.
    """
    path = Path(target)
    folder = _checked_folder(path)
    temp_name = ""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        if binary:
            handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _settle_mode(temp_name, path)
        os.replace(temp_name, path)
        temp_name = ""
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}", field="output") from None
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def atomic_write(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write *data* to *target* all at once."""
    with atomic_output(target) as handle:
        handle.write(data)
    return Path(target)


def stage(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write *data* to a temporary file beside *target* and return it, not yet renamed.

    For when the rename must wait for something else to succeed (a letter is renamed into place only
    after it was logged); the caller then calls :func:`os.replace` or :func:`discard`.
    """
    path = Path(target)
    folder = _checked_folder(path)
    temp_name = ""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _settle_mode(temp_name, path)
    except OSError as exc:
        if temp_name:
            discard(Path(temp_name))
        raise UserError(f"cannot write {path}: {exc.strerror or exc}", field="output") from None
    return Path(temp_name)


def discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()

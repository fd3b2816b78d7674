"""Text of a PDF, read in a child process with a time and memory limit.

A PDF is outside input: a small file can hold streams that decompress to gigabytes or pages that share
one huge stream, and pypdf then takes minutes and many GB. The text layer is therefore read by a separate
Python process (``python -m foiatrack.services.pdf_text``, see :mod:`foiatrack.children`) that may use at
most MEMORY_LIMIT bytes and TIME_LIMIT_S seconds; if it fails, the file still attaches, marked "text not extracted".
"""

from __future__ import annotations

import io
import logging
import sys

MAX_PAGES = 300
MAX_TEXT_CHARS = 2_000_000
TIME_LIMIT_S = 8.0
MEMORY_LIMIT = 768 * 2**20


class NotExtracted(Exception):
    """The text could not be read in time or within memory (the file is hostile, or just too big)."""


def pdf_text_here(data: bytes) -> str | None:
    """The PDF's text layer, read in this process (trusted files only: our own sample documents)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are common; their noise is not news
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        parts: list[str] = []
        size = 0
        for page in reader.pages[:MAX_PAGES]:
            chunk = page.extract_text() or ""
            parts.append(chunk)
            size += len(chunk)
            if size > MAX_TEXT_CHARS:
                break
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError):
        return None
    joined = "\n".join(parts).replace("\x00", " ").strip()
    return joined[:MAX_TEXT_CHARS] or None


def pdf_text(data: bytes, *, time_limit_s: float | None = None, memory_limit: int | None = None) -> str | None:
    """The PDF's text layer read by a limited child process; None if it has none.

    Raises:
        NotExtracted: the child ran out of time or memory, or failed in another way.
    """
    from foiatrack.children import ChildTimeout, run_child

    time_limit_s = TIME_LIMIT_S if time_limit_s is None else time_limit_s
    memory_limit = MEMORY_LIMIT if memory_limit is None else memory_limit
    try:
        done = run_child("foiatrack.services.pdf_text", data, time_limit_s=time_limit_s, memory_limit=memory_limit)
    except ChildTimeout:
        raise NotExtracted(f"reading its text took longer than {time_limit_s:g} s") from None
    except OSError as exc:
        raise NotExtracted(f"the text reader could not start ({exc.strerror or exc})") from None
    if done.returncode == 0:
        text = done.stdout.decode("utf-8", errors="replace")
        return text or None
    if done.returncode == 3:
        raise NotExtracted(f"reading its text needs more than {memory_limit // 2**20} MiB")
    raise NotExtracted("its text could not be read")


def main() -> int:
    from foiatrack.children import limit_memory, ready

    data = sys.stdin.buffer.read()
    limit_memory()
    ready()
    try:
        text = pdf_text_here(data)
    except MemoryError:
        return 3
    except Exception:
        return 4
    sys.stdout.buffer.write((text or "").encode("utf-8", errors="replace"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

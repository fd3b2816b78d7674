"""Any error that reaches the user, described in one line (the command line and the app share this)."""

from __future__ import annotations

import errno
import threading
from types import TracebackType

from foiatrack.core.errors import UserError
from foiatrack.core.secrets import hide_secrets
from foiatrack.store.errors import describe_database_error, is_database_error

# Set once the filters are in place: installing them twice would wrap the record factory twice.
_installed = threading.Event()


def describe_error(exc: BaseException) -> str | None:
    """One line for a user error, a database failure or a file-system failure; None for a bug."""
    if isinstance(exc, UserError):
        return exc.message
    if is_database_error(exc):
        return f"database: {describe_database_error(exc)}"
    import sqlite3

    if isinstance(exc, sqlite3.Error):  # the backup API and the checks use sqlite3 directly
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "disk" in message or "full" in message:
            return f"the disk is full or cannot be written ({message}); nothing was saved"
        return hide_secrets(f"database: {message}")
    if isinstance(exc, MemoryError):
        return "not enough memory for this; nothing was saved"
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        if exc.errno == errno.ENOSPC:
            return hide_secrets(f"{where}the disk is full; nothing was saved. Free some space and try again")
        if exc.errno == errno.EFBIG:
            return hide_secrets(f"{where}the file grew beyond the size this system allows; nothing was saved")
        if exc.errno == errno.EDQUOT:
            return hide_secrets(f"{where}your disk quota is exhausted; nothing was saved")
        return hide_secrets(f"{where}{exc.strerror or type(exc).__name__}")
    return None


def install_secret_filters() -> None:
    """Hide passwords in every log record and every traceback this process prints from now on."""
    import logging
    import sys
    import traceback

    if _installed.is_set():
        return
    _installed.set()
    factory = logging.getLogRecordFactory()

    def hidden_record(*args: object, **kwargs: object) -> logging.LogRecord:
        record = factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string is the logger's problem, not ours
            return record
        hidden = hide_secrets(message)
        if hidden != message:
            record.msg, record.args = hidden, ()
        return record

    logging.setLogRecordFactory(hidden_record)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(hide_secrets(text))

    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    threading.excepthook = thread_hook

"""Any error that reaches the user in one line: user errors as they are, database and file-system
failures in words, and None for a bug (which then shows its traceback)."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from foiatrack.core.errors import UserError
from foiatrack.services.errors import describe_error


class DatabaseError(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.orig = Exception(text)
        self.statement = "SELECT 1"


@pytest.mark.parametrize(("error", "line"), [
    (UserError("due: give a date\nas YYYY-MM-DD"), "due: give a date⏎as YYYY-MM-DD"),
    (DatabaseError("relation \"requests\" does not exist"), "database: relation \"requests\" does not exist"),
    (sqlite3.OperationalError("database or disk is full"),
     "the disk is full or cannot be written (database or disk is full); nothing was saved"),
    (sqlite3.DatabaseError("file is not a database"), "database: file is not a database"),
    (MemoryError(), "not enough memory for this; nothing was saved"),
    (OSError(errno.ENOSPC, "No space left on device", "/home/dana/export.xlsx"),
     "/home/dana/export.xlsx: the disk is full; nothing was saved. Free some space and try again"),
    (OSError(errno.EFBIG, "File too large", "big.zip"),
     "big.zip: the file grew beyond the size this system allows; nothing was saved"),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), "your disk quota is exhausted; nothing was saved"),
    (PermissionError(errno.EACCES, "Permission denied", "/root/letter.pdf"), "/root/letter.pdf: Permission denied"),
    (OSError("no errno"), "OSError"),
])
def test_each_failure_is_one_line(error: BaseException, line: str) -> None:
    assert describe_error(error) == line


def test_a_password_in_a_file_name_or_a_driver_message_is_hidden() -> None:
    error = OSError(errno.ENOENT, "No such file or directory", "postgresql://dana:s3cr3t@db/foia")
    assert describe_error(error) == "postgresql://dana:***@db/foia: No such file or directory"
    assert describe_error(sqlite3.OperationalError("password=s3cr3t rejected")) == "database: password=*** rejected"


def test_a_bug_is_not_described() -> None:
    assert describe_error(KeyError("subject")) is None
    assert describe_error(AssertionError()) is None

"""Errors a user can cause and fix.

A :class:`UserError` carries a message fit to show as is (one line on stderr, a dialog in the app). It
names the field or line at fault and what would be accepted. Anything else escaping to the top is a bug.
"""

from __future__ import annotations

import re

from foiatrack.core.secrets import hide_secrets

MAX_MESSAGE = 1_000
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


class UserError(Exception):
    """Bad input from the user: shown as a message, never as a traceback."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @property
    def message(self) -> str:
        # Messages may quote a database URL or a driver's error: never with a password in it. They may
        # also quote what was typed: bytes that were not UTF-8 are shown as "?", and a quoted value of
        # thousands of characters is cut, so the message stays one printable line.
        text = hide_secrets(str(self.args[0])).encode("utf-8", "replace").decode("utf-8")
        text = _LINE_BREAKS.sub("⏎", text)
        return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + "…"

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserError):
    """A request, agency, event or template the user named does not exist."""


class ConflictError(UserError):
    """Someone else changed the record since it was read (version counter mismatch)."""

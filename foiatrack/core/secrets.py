"""Keeping database passwords out of every message, log line and traceback.

One helper for the whole program: :func:`hide_secrets` replaces the password of any URL in a text
(``scheme://user:password@host``), ``password=...`` pairs (libpq connection strings) and every password
this process has been given (typed, in a URL or read from the keychain, see :func:`register_secret`) by
``***``. :func:`hide_password` is the same for one URL. Pure string work: no SQLAlchemy, no I/O, so the
core, the CLI's last-resort error handler and the app's message boxes can all use it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus, unquote

MASK = "***"

# user:password@ in any URL; the user part may be empty ("postgresql://:pw@host").
_URL_CREDENTIALS = re.compile(r"(?P<head>\b[A-Za-z][\w+.-]*://[^\s:/@?#]*):(?P<password>[^\s/]*)@")
# password=secret in a libpq connection string or a keyword list.
_KEYWORD = re.compile(r"(?i)(?P<head>\b(?:password|passwd|pwd)\s*=\s*)(?P<password>'[^']*'|\"[^\"]*\"|[^\s,;&)]+)")

# Every password this process knows of, in the spellings it may appear in (as typed, URL-encoded).
_SECRETS: set[str] = set()
# Shorter secrets are still hidden inside URLs and key=value pairs; replacing every "ab" in a message would
# garble it without protecting much.
_MIN_FREE_TEXT = 4


def register_secret(secret: str | None) -> None:
    """Remember *secret* so that it is hidden wherever it appears later, in any text."""
    if not secret:
        return
    for spelling in {secret, quote(secret, safe=""), quote_plus(secret), unquote(secret)}:
        if len(spelling) >= _MIN_FREE_TEXT:
            _SECRETS.add(spelling)


def hide_secrets(text: str) -> str:
    """*text* with every password in it replaced by ``***``."""
    if not text:
        return text
    text = _URL_CREDENTIALS.sub(lambda m: f"{m['head']}:{MASK}@", text)
    text = _KEYWORD.sub(lambda m: f"{m['head']}{MASK}", text)
    for secret in sorted(_SECRETS, key=len, reverse=True):  # longest first: no half-hidden remains
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def hide_password(url: str) -> str:
    """A database URL fit to show: its password (if any) replaced by ``***``."""
    return hide_secrets(url)

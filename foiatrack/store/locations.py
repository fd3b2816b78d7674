"""Where a database lives, as SQLAlchemy names it: without importing SQLAlchemy, so that the app can name
the file it is about to open before the database library has loaded (:mod:`foiatrack.services.first_look`)."""

from __future__ import annotations

import os
from pathlib import Path


def database_url(target: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL from a path or URL the user gave."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"

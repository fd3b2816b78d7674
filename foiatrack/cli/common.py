"""What every command handler shares, written once: the open database, request ids, whole numbers, dates
and the JSON document a ``--json`` command prints.

Light at import (core only: no services, no SQLAlchemy): the parser imports every command module, and each of those
imports this one, for every command-line call.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from foiatrack.core.dates import parse_iso_date
from foiatrack.core.errors import UserError
from foiatrack.core.limits import check_whole_number

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database


def print_json(document: Any) -> None:
    """The one JSON document of a ``--json`` command, on stdout."""
    json.dump(document, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def open_db(args: argparse.Namespace) -> Database:
    """The database named by ``--db`` (else $FOIATRACK_DB, else the per-user one), created or upgraded."""
    from foiatrack.services.workspace import open_workspace

    return open_workspace(args.db)


def parse_request_id(text: str | None, field: str = "id", *, command: str = "") -> int:
    """A request id as typed (``12`` or ``#12``); *command* names what needs it when none was given."""
    if text is None:
        needs = f"{command} needs" if command else "give"
        raise UserError(f"{field}: {needs} the request's id (`foiatrack list` shows them)", field=field)
    try:
        return int(text.strip().lstrip("#"))
    except ValueError:
        raise UserError(f"{field}: '{text[:40]}' is not a request id (a whole number, as `foiatrack list` shows)",
                        field=field) from None


def parse_request_ids(texts: Iterable[str]) -> list[int]:
    """Request ids given as separate arguments, or together separated by commas or spaces."""
    ids = [parse_request_id(part) for text in texts for part in text.replace(",", " ").split()]
    if not ids:
        raise UserError("id: name at least one request", field="id")
    return ids


def whole_number(text: str | None, field: str) -> int | None:
    """A count typed on the command line (pages, days), within the limits every store accepts."""
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise UserError(f"{field}: '{text[:40]}' is not a whole number", field=field) from None
    check_whole_number(value, field)
    return value


def optional_date(text: str | None, field: str) -> dt.date | None:
    """A YYYY-MM-DD option that may be left out."""
    return parse_iso_date(text, field) if text else None

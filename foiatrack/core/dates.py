"""Parsing and formatting dates at the program's boundaries.

Inside the program dates are :class:`datetime.date`; at every boundary (command line, files, JSON) they
are ISO ``YYYY-MM-DD``. A malformed date is a :class:`UserError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re

from foiatrack.core.errors import UserError

# Dates outside this window are almost certainly typing mistakes (year 202 or 20255), and far-future
# arithmetic would run off the holiday tables.
MIN_YEAR = 1967  # FOIA took effect on 4 July 1967.
MAX_YEAR = 2199
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_iso_date(text: str, field: str = "date") -> dt.date:
    """Parse ``YYYY-MM-DD``; raise :class:`UserError` naming *field* otherwise."""
    value = (text or "").strip()
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(
            f"{field}: '{text}' is not a valid date; use YYYY-MM-DD, e.g. 2025-11-19", field=field
        ) from None
    if not _ISO_DAY.fullmatch(value):  # Python also reads "20261126" and the week date "2026-W48-4"
        raise UserError(f"{field}: '{text}' is not a valid date; use YYYY-MM-DD, e.g. 2025-11-19", field=field)
    check_date_range(parsed, field)
    return parsed


def check_date_range(value: dt.date, field: str = "date") -> dt.date:
    """Refuse dates outside the plausible range for a public-records request."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise UserError(
            f"{field}: {value.isoformat()} is out of range; dates must fall between {MIN_YEAR} and {MAX_YEAR}",
            field=field,
        )
    return value


def iso(value: dt.date | None) -> str | None:
    """ISO text for a date, ``None`` stays ``None`` (JSON null)."""
    return value.isoformat() if value is not None else None


def weekday_label(value: dt.date) -> str:
    """'Thu 2025-12-18': the form every explanation uses, so a reader can check the weekday."""
    return f"{value.strftime('%a')} {value.isoformat()}"

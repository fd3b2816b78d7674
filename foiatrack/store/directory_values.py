"""Which directory fields a user changed: a row against the values the bundled directory last gave it."""

from __future__ import annotations

import json
from typing import Any

from foiatrack.store.schema import AgencyRow

# Fields the bundle gives and the user may edit (their edits survive updates). ``parent`` is the parent's key.
TRACKED = ("name", "abbreviation", "parent", "jurisdiction", "foia_email", "emails", "portal_url",
           "mailing_address", "phone", "fax", "website", "appeal_address", "appeal_email", "appeal_url",
           "appeal_source", "appeal_checked", "notes", "rule_overrides")


def row_values(row: AgencyRow, keys_by_id: dict[int, str | None] | None = None) -> dict[str, Any]:
    """The tracked fields of a row in the bundle's terms (for comparison with ``directory_values``).

    *keys_by_id* maps agency ids to directory keys while a sync changes parents; without it the row's
    loaded parent is used.
    """
    values: dict[str, Any] = {field: getattr(row, field) for field in TRACKED
                              if field not in ("parent", "emails", "rule_overrides")}
    if keys_by_id is not None:
        values["parent"] = keys_by_id.get(row.parent_id) if row.parent_id else None
    else:
        values["parent"] = row.parent.directory_key if row.parent is not None else None
    values["emails"] = json.loads(row.emails or "[]")
    values["rule_overrides"] = json.loads(row.rule_overrides or "{}")
    return values


def same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return a == b


def is_edited(row: AgencyRow, keys_by_id: dict[int, str | None] | None = None) -> bool:
    """Whether the user changed a field the bundle gave (a user-created agency counts as edited)."""
    if row.directory_key is None:
        return True
    baseline = json.loads(row.directory_values or "{}")
    current = row_values(row, keys_by_id)
    return any(field in baseline and not same(current[field], baseline[field]) for field in TRACKED)

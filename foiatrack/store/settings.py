"""Per-database settings stored as JSON values (profile, thresholds, rules stamp).

Settings a user edits (the letterhead, the very-overdue threshold, the automatic backups) carry a version:
:func:`edit_setting` saves only over the version the editor read, so two editors (two windows, or the app
and the command line) never silently overwrite each other. Settings the program keeps for itself (the
directory version, import mappings, the database's id) are written with :func:`set_setting`.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from foiatrack.core.errors import ConflictError
from foiatrack.store.schema import SettingRow

# The version of a setting never saved: an editor that read the default saves over "version 0".
UNSAVED = 0


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return json.loads(row.value) if row is not None else default


def get_versioned(session: Session, key: str, default: Any = None) -> tuple[Any, int]:
    """The setting's value and the version to name when saving an edit of it (0 if never saved)."""
    row = session.get(SettingRow, key)
    if row is None:
        return default, UNSAVED
    return json.loads(row.value), row.version or 1


def set_setting(session: Session, key: str, value: Any) -> None:
    """Write a setting the program keeps for itself (no one edits it by hand, so no version check)."""
    text = json.dumps(value, sort_keys=True)
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text
        row.version = (row.version or 1) + 1


def merge_setting(session: Session, key: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Add *changes* to a setting that is a mapping (remembered import columns and status words) and
    return the whole mapping. The row is read locked, so two people adding words at once both keep
    theirs; when neither row exists yet, the second insert meets the first and merges into it."""
    row = session.get(SettingRow, key, with_for_update=True)
    if row is None:
        try:
            with session.begin_nested():  # a savepoint: a clash undoes only this insert
                session.add(SettingRow(key=key, value=json.dumps(changes, sort_keys=True)))
            return dict(changes)
        except IntegrityError:
            row = session.get(SettingRow, key, with_for_update=True, populate_existing=True)
            if row is None:
                raise
    saved = dict(json.loads(row.value) or {})
    saved.update(changes)
    row.value = json.dumps(saved, sort_keys=True)
    row.version = (row.version or 1) + 1
    return saved


def edit_setting(session: Session, key: str, value: Any, *, expected_version: int, label: str) -> int:
    """Save a user's edit of a setting, refused with a ConflictError naming *label* if anyone saved it
    since *expected_version* was read; returns the new version.

    The row is locked until the transaction ends (PostgreSQL ``FOR UPDATE``; a SQLite write transaction
    already holds the database), so two saves queue up and the second sees the first one's version.
    """
    text = json.dumps(value, sort_keys=True)
    row = session.get(SettingRow, key, with_for_update=True)
    current = UNSAVED if row is None else (row.version or 1)
    if current != expected_version:
        raise _conflict(label)
    if row is None:
        session.add(SettingRow(key=key, value=text, version=UNSAVED + 1))
        try:
            session.flush()  # two first saves at once: the second meets the first one's row here
        except IntegrityError:
            raise _conflict(label) from None
        return UNSAVED + 1
    row.value = text
    row.version = current + 1
    return row.version


def _conflict(label: str) -> ConflictError:
    return ConflictError(f"{label}: it was changed elsewhere since you opened it; reload to see the other "
                         "change, then apply yours again", field=label)

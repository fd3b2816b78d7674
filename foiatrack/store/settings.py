"""Per-database settings stored as JSON values (profile, thresholds, rules stamp)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from foiatrack.store.schema import SettingRow


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return json.loads(row.value) if row is not None else default


def set_setting(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, sort_keys=True)
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text

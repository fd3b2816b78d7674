"""Who is writing, and the audit trail of edits and deletions.

On a server the writer is the database role (``current_user``): it is what the server authenticated, so
one person cannot log events under another's name by setting ``$USER``. A local file records the
operating-system user. Edits and deletions are kept in ``audit_log`` (who, when, which fields, before and
after), in the same transaction as the change itself.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from foiatrack.store.schema import AuditRow

# Long text is cut in the trail: it says that a field changed and how it began, not a second copy.
MAX_VALUE = 300


def os_user() -> str:
    name = os.environ.get("USER") or os.environ.get("USERNAME")
    if name:
        return name
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no such user in the password database (containers)
        return ""


def actor(session: Session) -> str:
    """The user responsible for this transaction's writes."""
    if session.get_bind().dialect.name == "postgresql":
        return str(session.scalar(text("SELECT current_user")) or "")
    return os_user()


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "value"):  # enums
        return value.value
    text_value = str(value)
    return text_value if len(text_value) <= MAX_VALUE else text_value[:MAX_VALUE] + "…"


def differences(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{field: [before, after]}`` for the fields whose value changed."""
    return {key: [_plain(before.get(key)), _plain(after.get(key))]
            for key in after if _plain(before.get(key)) != _plain(after.get(key))}


def record(session: Session, *, request_id: int, action: str, changes: Mapping[str, Any],
           event_id: int | None = None, who: str | None = None) -> None:
    """Add one entry to the trail (in the caller's transaction)."""
    session.add(AuditRow(request_id=request_id, event_id=event_id, action=action,
                         actor=who if who is not None else actor(session),
                         changes=json.dumps(dict(changes), ensure_ascii=False, sort_keys=True, default=str)))


def trail(session: Session, request_id: int) -> list[AuditRow]:
    return list(session.scalars(select(AuditRow).where(AuditRow.request_id == request_id)
                                .order_by(AuditRow.at, AuditRow.id)))

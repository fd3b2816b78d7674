"""Request rows for the list models' tests, made directly: a model shows what it is given."""

from __future__ import annotations

import datetime as dt
from typing import Any

from foiatrack.core.vocabulary import Status
from foiatrack.services.queries import RequestSummary


def summary(request_id: int, subject: str, **changes: Any) -> RequestSummary:
    """A request filed with the FBI (federal), submitted; *changes* override any field."""
    values: dict[str, Any] = dict(
        id=request_id, subject=subject, agency="Federal Bureau of Investigation", agency_abbreviation="FBI",
        agency_id=1, jurisdiction="US", status=Status.SUBMITTED, sent_on=dt.date(2025, 10, 1),
        tracking_number=None, response_due=dt.date(2025, 10, 30), extended_due=None,
        due_date=dt.date(2025, 10, 30), appeal_due=None, may_sue_from=dt.date(2025, 10, 31), days_overdue=0,
        tags=(), is_sample=False, batch_id=None)
    values.update(changes)
    return RequestSummary(**values)

"""One check of the order of a request's events, for every path that adds or edits one.

Some orders cannot be (the agency received, answered or decided a request before it was sent; an appeal
was decided before any appeal was filed): they are refused. Others are merely odd (an appeal before any
determination is the appeal of a request the agency never answered): they are allowed with a warning.
"""

from __future__ import annotations

from collections.abc import Iterable

from foiatrack.core.errors import UserError
from foiatrack.core.event_kinds import kinds_where
from foiatrack.core.models import Event
from foiatrack.core.vocabulary import EventKind

# What cannot happen before the request was sent (the agency's side of it, and an appeal): the table says.
AGENCY_SIDE = frozenset(kinds_where(after_sending=True))


def check_event_order(events: Iterable[Event], changed: Event) -> list[str]:
    """Refuse (UserError naming the date) an impossible order of *events* once *changed* is among them;
    return warnings for odd ones."""
    others = [e for e in events if e.id != changed.id or changed.id == 0]
    # Only what the change itself makes impossible is refused: odd old data does not block new entries.
    sent = min((e.date for e in [*others, changed] if e.kind is EventKind.SUBMITTED), default=None)
    if sent is not None and changed.kind in AGENCY_SIDE and changed.date < sent:
        raise UserError(f"date: {changed.kind.label.lower()} on {changed.date.isoformat()} is before the request "
                        f"was sent ({sent.isoformat()}); check both dates", field="date")
    if changed.kind is EventKind.SUBMITTED:
        earlier_sent = [e.date for e in others if e.kind is EventKind.SUBMITTED and e.date <= changed.date]
        early = [e for e in others if e.kind in AGENCY_SIDE and e.date < changed.date]
        if early and not earlier_sent:
            first = min(early, key=lambda e: e.date)
            raise UserError(f"date: the request cannot be sent on {changed.date.isoformat()}: the agency's "
                            f"{first.kind.label.lower()} is dated {first.date.isoformat()}; check both dates",
                            field="date")
    if changed.kind is EventKind.APPEAL_DECISION and not any(
            e.kind is EventKind.APPEAL_FILED and e.date <= changed.date for e in others):
        raise UserError(f"date: an appeal decision on {changed.date.isoformat()} needs an appeal filed on or "
                        "before that day; log the appeal first", field="date")
    warnings = []
    if changed.kind is EventKind.APPEAL_FILED and not any(
            e.kind is EventKind.FINAL_DETERMINATION and e.date <= changed.date for e in others):
        warnings.append("no determination is logged before this appeal (fine for an appeal of a request the "
                        "agency did not answer in time)")
    return warnings

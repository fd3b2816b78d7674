"""Reading a request's event log into the facts the deadline engine needs.

One pass over the events in date order (same-day events in the order they were logged) finds the clock
start, the acknowledgement, the pauses of the response clock, the extensions, the determinations and the
appeals. Keeping this apart from the arithmetic makes both easy to test and keeps the engine fast: the
events are sorted and scanned once per computation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from foiatrack.core.counting import Pause, day
from foiatrack.core.event_kinds import Clock, PauseReason
from foiatrack.core.models import Event
from foiatrack.core.rules import JurisdictionRule
from foiatrack.core.vocabulary import Outcome

# What each kind does to the clocks is its ``clock`` (and ``pause``) in the table of event kinds. The pause
# for fees ends when the agency receives the requester's response, whether it pays, agrees to pay, narrows
# or contests (5 U.S.C. § 552(a)(6)(A)(ii)(II)); paying is only one answer.
_CLARIFICATION = PauseReason.CLARIFICATION.value
_FEES = PauseReason.FEES.value


@dataclass(slots=True)
class Timeline:
    """What the events say, in the terms of the deadline rules."""

    events: list[Event]
    received: dt.date | None = None
    submitted: dt.date | None = None
    acknowledged: dt.date | None = None
    acknowledgement: Event | None = None
    pauses: tuple[Pause, ...] = ()
    response_extensions: list[Event] = field(default_factory=list)
    appeal_extensions: list[Event] = field(default_factory=list)
    determinations: list[Event] = field(default_factory=list)
    appeals: list[Event] = field(default_factory=list)
    appeal_decisions: list[Event] = field(default_factory=list)
    appeal_receipts: list[Event] = field(default_factory=list)
    side_decisions: list[Event] = field(default_factory=list)
    lawsuit: dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    _position: dict[int, int] = field(default_factory=dict)

    @property
    def clock_start(self) -> dt.date | None:
        return self.received if self.received is not None else self.submitted

    @property
    def decided(self) -> bool:
        return bool(self.determinations)

    @property
    def withdrawn(self) -> bool:
        return bool(self.determinations) and self.determinations[-1].outcome is Outcome.WITHDRAWN

    @property
    def last_appeal(self) -> Event | None:
        return self.appeals[-1] if self.appeals else None

    @property
    def appeal_pending(self) -> bool:
        appeal = self.last_appeal
        if appeal is None:
            return False
        return not any(self._after(d, appeal) for d in self.appeal_decisions)

    @property
    def adverse(self) -> list[Event]:
        """Appealable decisions, the one the appeal window is counted from first.

        The latest final determination when it is adverse; otherwise the latest adverse fee-waiver or
        expedite decision. The other adverse side decisions follow (each has its own window).
        """
        if self.withdrawn:
            return []
        sides = [e for e in reversed(self.side_decisions) if e.outcome is not None and e.outcome.is_adverse]
        last = self.determinations[-1] if self.determinations else None
        if last is not None and last.outcome is not None and last.outcome.is_adverse:
            return [last, *sides]
        return sides

    def _after(self, later: Event, earlier: Event) -> bool:
        return self._position[id(later)] > self._position[id(earlier)]

    def appealed_since(self, event: Event) -> bool:
        return any(self._after(a, event) for a in self.appeals)

    def appeal_receipt(self, appeal: Event) -> Event | None:
        """The agency's confirmation that it received *appeal* (the first logged after it, with a date)."""
        found = [a for a in self.appeal_receipts if self._after(a, appeal) and a.received is not None]
        return found[0] if found else None

    def determination_before(self, appeal: Event) -> Event | None:
        found = [d for d in self.determinations if self._after(appeal, d)]
        return found[-1] if found else None

    def describe(self, event: Event) -> str:
        outcome = event.outcome.label.lower() if event.outcome is not None else "decision"
        spec = event.kind.spec
        if spec.clock is Clock.DETERMINATION:
            return f"adverse final determination: {outcome}"
        return f"{spec.decides or event.kind.label.lower()} decision: {outcome}"

    def last_requester_action(self, start: dt.date) -> tuple[dt.date, str]:
        """Where a follow-up reminder counts from: receipt, or the requester's latest answer to the agency."""
        since, what = start, ""
        for event in self.events:
            clock = event.kind.spec.clock
            if clock is Clock.DETERMINATION:
                break
            if clock is Clock.RESUME and event.date > since:
                since, what = event.date, f" ({event.kind.label.lower()})"
        return since, what


def read_timeline(events: Sequence[Event], rule: JurisdictionRule) -> Timeline:
    """Replay *events* (any order) under *rule*'s tolling provisions."""
    ordered = sorted(events, key=lambda e: (e.date, e.id))
    log = Timeline(ordered)
    log._position = {id(e): i for i, e in enumerate(ordered)}
    # An acknowledgement that says when the agency received the request is the agency's own word on the day
    # the clock starts (5 U.S.C. § 552(a)(6)(A)(i) counts from receipt), as good as a receipt logged apart.
    receipts = sorted([e.date for e in ordered if e.kind.spec.clock is Clock.START_RECEIVED]
                      + [e.received for e in ordered
                         if e.kind.spec.clock is Clock.ACKNOWLEDGEMENT and e.received is not None])
    if receipts:
        log.received = receipts[0]
        if len(set(receipts)) > 1:
            log.warnings.append(f"Several receipt dates are logged; the earliest, {day(receipts[0])}, "
                                f"starts the clock.")
    log.submitted = next((e.date for e in ordered if e.kind.spec.clock is Clock.START_SENT), None)
    start = log.clock_start

    waits: list[tuple[dt.date, dt.date | None, str]] = []
    open_clar: dt.date | None = None
    open_fee: dt.date | None = None
    clarifications = 0
    tolling = rule.tolling
    untolled: list[str] = []
    for event in ordered:
        spec = event.kind.spec
        clock = spec.clock
        if clock is Clock.DETERMINATION:
            log.determinations.append(event)
        elif clock is Clock.APPEAL:
            log.appeals.append(event)
        elif clock is Clock.APPEAL_DECISION:
            log.appeal_decisions.append(event)
        elif clock is Clock.APPEAL_RECEIPT:
            log.appeal_receipts.append(event)
        elif clock is Clock.SIDE_DECISION:
            log.side_decisions.append(event)
        elif clock is Clock.LAWSUIT:
            log.lawsuit = log.lawsuit or event.date
        elif clock is Clock.ACKNOWLEDGEMENT:
            if log.acknowledged is None and (start is None or event.date >= start):
                log.acknowledged = event.date
                log.acknowledgement = event
        elif clock is Clock.EXTENSION:
            (log.appeal_extensions if log.appeals else log.response_extensions).append(event)
        elif clock is Clock.PAUSE and spec.pause is PauseReason.CLARIFICATION and not log.determinations \
                and _on_clock(event, start):
            if tolling is None or not tolling.clarification:
                untolled.append(_CLARIFICATION)
            elif open_clar is None:
                clarifications += 1
                if tolling.clarification_max is None or clarifications <= tolling.clarification_max:
                    open_clar = event.date
                else:
                    log.warnings.append(
                        f"Only {tolling.clarification_max} request for clarification may pause the clock "
                        f"under {tolling.citation}; the one of {day(event.date)} does not.")
        elif clock is Clock.RESUME and spec.pause is PauseReason.CLARIFICATION and open_clar is not None:
            waits.append((open_clar, event.date, _CLARIFICATION))
            open_clar = None
        elif clock is Clock.PAUSE and spec.pause is PauseReason.FEES and not log.determinations \
                and _on_clock(event, start):
            if tolling is None or not tolling.fees:
                untolled.append(_FEES)
            elif open_fee is None:
                open_fee = event.date
        elif clock is Clock.RESUME and spec.pause is PauseReason.FEES and open_fee is not None:
            waits.append((open_fee, event.date, _FEES))
            open_fee = None
    for opened, reason in ((open_clar, _CLARIFICATION), (open_fee, _FEES)):
        if opened is not None:
            waits.append((opened, None, reason))
    if untolled and rule.response is not None:
        what = " or ".join(dict.fromkeys(untolled))
        log.warnings.append(f"{rule.name}'s law, as foiatrack records it, does not pause the clock for a "
                            f"{what}; the deadline is counted without a pause.")
    log.pauses = _merge(waits)
    return log


def _on_clock(event: Event, start: dt.date | None) -> bool:
    """Only the agency's requests after the clock started can pause it."""
    return start is not None and event.date >= start


def _merge(waits: list[tuple[dt.date, dt.date | None, str]]) -> tuple[Pause, ...]:
    """Overlapping waits (a fee estimate during a clarification) make one pause."""
    if not waits:
        return ()
    waits.sort(key=lambda w: (w[0], w[1] is None, w[1] or w[0]))
    merged: list[Pause] = []
    for start, end, reason in waits:
        if merged:
            last = merged[-1]
            if last.end is None or start <= last.end:
                new_end = None if last.end is None or end is None else max(last.end, end)
                reasons = last.reason if reason in last.reason else f"{last.reason} and {reason}"
                merged[-1] = Pause(last.start, new_end, reasons)
                continue
        merged.append(Pause(start, end, reason))
    return tuple(merged)

"""Reading an event log into what the deadline rules need: the clock start, the pauses, the decisions and
the appeals, in date order and then in the order they were logged."""

from __future__ import annotations

import datetime as dt

from foiatrack.core.counting import Pause
from foiatrack.core.models import Event
from foiatrack.core.rules import default_catalog
from foiatrack.core.timeline import read_timeline
from foiatrack.core.vocabulary import Direction, EventKind, Outcome

D = dt.date
FEDERAL = default_catalog().get("US")
CALIFORNIA = default_catalog().get("US-CA")  # the CPRA, as recorded, pauses the clock for nothing


def _e(n: int, kind: EventKind, day: dt.date, outcome: Outcome | None = None, **more: object) -> Event:
    return Event(kind, day, id=n, request_id=1, outcome=outcome, **more)  # type: ignore[arg-type]


SENT = _e(1, EventKind.SUBMITTED, D(2026, 10, 1))


def test_the_clock_starts_at_receipt_else_at_sending_and_the_earliest_receipt_counts() -> None:
    assert read_timeline([SENT], FEDERAL).clock_start == D(2026, 10, 1)
    log = read_timeline([_e(3, EventKind.RECEIVED, D(2026, 10, 7)), SENT, _e(2, EventKind.RECEIVED, D(2026, 10, 5))],
                        FEDERAL)
    assert (log.submitted, log.received, log.clock_start) == (D(2026, 10, 1), D(2026, 10, 5), D(2026, 10, 5))
    assert log.warnings == ["Several receipt dates are logged; the earliest, Mon 2026-10-05, starts the clock."]
    assert read_timeline([], FEDERAL).clock_start is None


def test_events_are_replayed_by_date_then_by_the_order_logged() -> None:
    later = _e(5, EventKind.NOTE, D(2026, 10, 2))
    same_day_first = _e(2, EventKind.NOTE, D(2026, 10, 2))
    log = read_timeline([later, SENT, same_day_first], FEDERAL)
    assert [e.id for e in log.events] == [1, 2, 5]


def test_an_acknowledgement_before_the_clock_started_is_not_the_acknowledgement() -> None:
    early = _e(2, EventKind.ACKNOWLEDGED, D(2026, 9, 30))
    real = _e(3, EventKind.ACKNOWLEDGED, D(2026, 10, 6))
    log = read_timeline([SENT, early, real], FEDERAL)
    assert (log.acknowledged, log.acknowledgement) == (D(2026, 10, 6), real)


def test_a_clarification_pauses_the_federal_clock_until_answered_and_only_once() -> None:
    events = [SENT, _e(2, EventKind.CLARIFICATION_REQUESTED, D(2026, 10, 6)),
              _e(3, EventKind.CLARIFICATION_ANSWERED, D(2026, 10, 13)),
              _e(4, EventKind.CLARIFICATION_REQUESTED, D(2026, 10, 20))]
    log = read_timeline(events, FEDERAL)
    assert log.pauses == (Pause(D(2026, 10, 6), D(2026, 10, 13), "request for clarification"),)
    assert log.warnings == ["Only 1 request for clarification may pause the clock under "
                            "5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II); the one of Tue 2026-10-20 does not."]


def test_a_fee_estimate_during_a_clarification_makes_one_pause_and_an_open_one_runs_on() -> None:
    events = [SENT, _e(2, EventKind.CLARIFICATION_REQUESTED, D(2026, 10, 6)),
              _e(3, EventKind.FEE_ESTIMATE, D(2026, 10, 8)),
              _e(4, EventKind.CLARIFICATION_ANSWERED, D(2026, 10, 13)),
              _e(5, EventKind.FEE_ANSWERED, D(2026, 10, 15))]
    merged = read_timeline(events, FEDERAL).pauses
    assert merged == (Pause(D(2026, 10, 6), D(2026, 10, 15), "request for clarification and fee estimate"),)
    waiting = read_timeline(events[:4], FEDERAL).pauses  # the fee never answered: still paused
    assert waiting == (Pause(D(2026, 10, 6), None, "request for clarification and fee estimate"),)


def test_waits_before_the_clock_or_after_the_decision_pause_nothing() -> None:
    events = [_e(2, EventKind.CLARIFICATION_REQUESTED, D(2026, 9, 28)), SENT,
              _e(3, EventKind.FINAL_DETERMINATION, D(2026, 10, 20), Outcome.DENIED),
              _e(4, EventKind.FEE_ESTIMATE, D(2026, 10, 22))]
    assert read_timeline(events, FEDERAL).pauses == ()
    assert read_timeline([_e(2, EventKind.FEE_ESTIMATE, D(2026, 10, 2))], FEDERAL).pauses == ()  # no start yet


def test_a_law_that_pauses_for_nothing_says_so_once() -> None:
    events = [SENT, _e(2, EventKind.CLARIFICATION_REQUESTED, D(2026, 10, 6)),
              _e(3, EventKind.FEE_ESTIMATE, D(2026, 10, 7)), _e(4, EventKind.FEE_ESTIMATE, D(2026, 10, 8))]
    log = read_timeline(events, CALIFORNIA)
    assert log.pauses == ()
    assert len(log.warnings) == 1
    assert log.warnings[0].endswith("does not pause the clock for a request for clarification or fee estimate; "
                                    "the deadline is counted without a pause.")


def test_extensions_after_an_appeal_are_the_appeals() -> None:
    first = _e(2, EventKind.EXTENSION, D(2026, 10, 20), extension_days=10)
    appeal = _e(4, EventKind.APPEAL_FILED, D(2026, 11, 20), direction=Direction.OUTGOING)
    second = _e(5, EventKind.EXTENSION, D(2026, 12, 1), extension_days=10)
    log = read_timeline([SENT, first, _e(3, EventKind.FINAL_DETERMINATION, D(2026, 11, 5), Outcome.DENIED),
                         appeal, second], FEDERAL)
    assert (log.response_extensions, log.appeal_extensions) == ([first], [second])


def test_an_appeal_is_pending_until_a_decision_comes_after_it() -> None:
    denial = _e(2, EventKind.FINAL_DETERMINATION, D(2026, 10, 20), Outcome.DENIED)
    appeal = _e(3, EventKind.APPEAL_FILED, D(2026, 11, 2), direction=Direction.OUTGOING)
    receipt = _e(4, EventKind.APPEAL_ACKNOWLEDGED, D(2026, 11, 4), received=D(2026, 11, 3))
    log = read_timeline([SENT, denial, appeal, receipt], FEDERAL)
    assert log.decided and log.appeal_pending and log.last_appeal is appeal
    assert log.determination_before(appeal) is denial
    assert log.appeal_receipt(appeal) is receipt
    assert log.appealed_since(denial) and not log.appealed_since(appeal)
    decided = read_timeline([SENT, denial, appeal, receipt,
                             _e(5, EventKind.APPEAL_DECISION, D(2026, 12, 1), Outcome.DENIED)], FEDERAL)
    assert not decided.appeal_pending


def test_the_appeal_window_counts_from_the_last_adverse_decision_and_a_withdrawal_has_none() -> None:
    waiver = _e(2, EventKind.FEE_WAIVER_DECISION, D(2026, 10, 10), Outcome.DENIED)
    grant = _e(3, EventKind.FINAL_DETERMINATION, D(2026, 10, 20), Outcome.FULL_GRANT)
    partial = _e(4, EventKind.FINAL_DETERMINATION, D(2026, 10, 25), Outcome.PARTIAL_GRANT)
    assert read_timeline([SENT, waiver, grant], FEDERAL).adverse == [waiver]
    assert read_timeline([SENT, waiver, grant, partial], FEDERAL).adverse == [partial, waiver]
    withdrawn = read_timeline([SENT, waiver, _e(5, EventKind.FINAL_DETERMINATION, D(2026, 10, 30),
                                                Outcome.WITHDRAWN)], FEDERAL)
    assert withdrawn.withdrawn and withdrawn.adverse == []
    assert read_timeline([SENT, partial], FEDERAL).describe(partial) == "adverse final determination: partial grant"


def test_a_follow_up_counts_from_the_requesters_last_answer_before_the_decision() -> None:
    events = [SENT, _e(2, EventKind.CLARIFICATION_REQUESTED, D(2026, 10, 6)),
              _e(3, EventKind.CLARIFICATION_ANSWERED, D(2026, 10, 13))]
    log = read_timeline(events, FEDERAL)
    assert log.last_requester_action(D(2026, 10, 1)) == (D(2026, 10, 13), " (clarification answered)")
    decided = read_timeline([SENT, _e(2, EventKind.FINAL_DETERMINATION, D(2026, 10, 9), Outcome.DENIED),
                             _e(3, EventKind.CLARIFICATION_ANSWERED, D(2026, 10, 13))], FEDERAL)
    assert decided.last_requester_action(D(2026, 10, 1)) == (D(2026, 10, 1), "")


def test_a_lawsuit_is_dated_by_the_first_one_filed() -> None:
    log = read_timeline([SENT, _e(3, EventKind.LAWSUIT_FILED, D(2027, 1, 5)),
                         _e(2, EventKind.LAWSUIT_FILED, D(2026, 12, 1))], FEDERAL)
    assert log.lawsuit == D(2026, 12, 1)

"""What a request's owner should do next, in words, from its status and derived dates.

The dashboard reads only the cached columns of each request, so this works from those alone: which
deadline runs now (the agency's response, its extended response, a decision on the appeal, the
requester's own appeal window) and the step it calls for ("send a follow-up", "appeal by ...", "may sue
since ..."). Pure: no Qt, no database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from foiatrack.core.vocabulary import Status

ADVERSE = frozenset({Status.DENIED, Status.PARTIALLY_GRANTED, Status.NO_RECORDS})


@dataclass(frozen=True, slots=True)
class NextStep:
    """The deadline that runs now and what to do about it.

    ``deadline`` names the deadline ("Response", "Decision on appeal", "Your appeal"), ``step`` the action
    with its date in words, ``date`` the date that matters and ``passed`` whether it is behind *as_of*.
    """

    deadline: str
    date: dt.date | None
    step: str
    passed: bool = False


def _day(value: dt.date) -> str:
    return value.isoformat()


def next_step(status: Status, as_of: dt.date, *, due_date: dt.date | None = None,
              response_due: dt.date | None = None, extended_due: dt.date | None = None,
              appeal_due: dt.date | None = None, appeal_decision_due: dt.date | None = None,
              may_sue_from: dt.date | None = None, acknowledgement_answers: bool = False) -> NextStep:
    """The request's running deadline and next step as of *as_of* (see :class:`NextStep`).

    *acknowledgement_answers*: the law lets a written acknowledgement meet the first response deadline
    (New York: grant, deny or acknowledge within 5 business days). Until the agency has acknowledged,
    that deadline is named for the acknowledgement it calls for at the least.
    """
    sue = may_sue_from is not None and may_sue_from <= as_of
    sue_text = f"may sue since {_day(may_sue_from)}" if sue and may_sue_from else ""
    if status is Status.DRAFT:
        return NextStep("Not sent", None, "send the request")
    if status is Status.WAITING_CLARIFICATION:
        return NextStep("Response (clock paused)", None, "answer the agency's clarification request")
    if status is Status.WAITING_FEES:
        return NextStep("Response (clock paused)", None, "answer the fee estimate (pay, narrow or contest)")
    if status is Status.APPEALED:
        due = appeal_decision_due or due_date
        if due is None:
            return NextStep("Decision on appeal", None, "wait for the decision on appeal")
        if due < as_of:
            step = "follow up on the appeal"
            return NextStep("Decision on appeal", due, step + (f"; {sue_text}" if sue_text else ""), passed=True)
        return NextStep("Decision on appeal", due, f"decision on appeal due {_day(due)}")
    if status in ADVERSE:
        if appeal_due is None:
            return NextStep("Your appeal", None, "consider an appeal")
        if appeal_due < as_of:
            return NextStep("Your appeal", appeal_due, f"appeal window closed {_day(appeal_due)}", passed=True)
        return NextStep("Your appeal", appeal_due, f"appeal by {_day(appeal_due)}")
    if status is Status.IN_LITIGATION:
        return NextStep("In court", None, "follow the lawsuit")
    if status.is_closed:
        return NextStep("None", None, "nothing: the request is finished")
    # The agency owes a response.
    name = "Response (extended)" if extended_due is not None and due_date == extended_due else "Response"
    if acknowledgement_answers and status is Status.SUBMITTED and name == "Response" and due_date is not None:
        if due_date < as_of:
            return NextStep("Acknowledgement", due_date, "send a follow-up: not even acknowledged"
                            + (f"; {sue_text}" if sue_text else ""), passed=True)
        return NextStep("Acknowledgement", due_date, f"wait; follow up if not acknowledged by {_day(due_date)}")
    if due_date is None:
        if response_due is None:
            return NextStep("Response", None, "wait for the agency")
        # No statutory limit (some states): response_due holds the follow-up foiatrack suggests.
        passed = response_due < as_of
        return NextStep("Follow-up (no time limit)", response_due,
                        f"send a follow-up {'since' if passed else 'on'} {_day(response_due)}", passed)
    if due_date < as_of:
        return NextStep(name, due_date, "send a follow-up" + (f"; {sue_text}" if sue_text else ""), passed=True)
    return NextStep(name, due_date, f"wait; follow up if nothing by {_day(due_date)}")

"""The letter window offers first the letters a request's state calls for (foiatrack.letters.choice)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from letter_fixtures import (
    CALIFORNIA,
    SFPD,
    Case,
    clearview_request,
    context_for,
    determination_events,
    event,
    overdue_deadlines,
    sent_events,
    state_request,
    tracked_events,
    withholding_fields,
)

from foiatrack.core.vocabulary import EventKind, Outcome, Status
from foiatrack.letters import TemplateLibrary
from foiatrack.letters.choice import order_for_state

LIBRARY = TemplateLibrary()


def _offer(case: Case, status: Status) -> list[str]:
    federal = [t for t in LIBRARY.templates() if t.fits(case.request.jurisdiction)]
    request = replace(case.request, status=status)
    return [t.name for t in order_for_state(federal, [context_for(replace(case, request=request))])]


def test_a_draft_offers_its_request_letter_first() -> None:
    assert _offer(Case(clearview_request(sent_on=None)), Status.DRAFT)[0] == "federal-request"
    state = Case(state_request(), jurisdiction=CALIFORNIA, agency=SFPD)
    assert _offer(state, Status.DRAFT)[0] == "state-request"


def test_a_partial_grant_with_exemptions_offers_the_withholding_appeal_first_and_the_request_letter_last() -> None:
    case = Case(clearview_request(), tuple(determination_events(**withholding_fields())), today=dt.date(2021, 10, 1))
    offer = _offer(case, Status.PARTIALLY_GRANTED)
    assert offer[:2] == ["appeal-withholding", "appeal-inadequate-search"]
    assert offer[-1] == "federal-request"


def test_a_no_records_answer_offers_the_inadequate_search_appeal_first() -> None:
    case = Case(clearview_request(), tuple(determination_events(Outcome.NO_RECORDS)), today=dt.date(2021, 10, 1))
    offer = _offer(case, Status.NO_RECORDS)
    assert offer[0] == "appeal-inadequate-search"
    # Nothing was withheld under an exemption: that appeal cannot be written yet, so it comes later.
    assert offer.index("appeal-withholding") > offer.index("appeal-inadequate-search")
    assert offer[-1] == "federal-request"


def test_a_request_under_appeal_still_offers_the_appeals_before_the_request_letter() -> None:
    case = Case(clearview_request(), tuple(determination_events(**withholding_fields())), today=dt.date(2021, 10, 1))
    offer = _offer(case, Status.APPEALED)
    assert offer[0] == "appeal-withholding"
    assert offer[-1] == "federal-request"


def test_an_overdue_request_offers_the_follow_up_then_the_appeal_of_the_silence() -> None:
    case = Case(clearview_request(), tuple(sent_events()), overdue_deadlines(), today=dt.date(2021, 3, 1))
    assert _offer(case, Status.SUBMITTED)[:2] == ["follow-up", "appeal-no-response"]


def test_a_request_not_yet_due_does_not_put_the_follow_up_first() -> None:
    case = Case(clearview_request(), tuple(tracked_events()), overdue_deadlines(), today=dt.date(2020, 11, 2))
    offer = _offer(case, Status.ACKNOWLEDGED)
    assert offer[0] == "clarification"  # the only letter that can be written before the deadline
    assert offer[-1] == "federal-request"


def test_a_clarification_asked_for_offers_the_clarification_letter_first() -> None:
    events = (*tracked_events(), event(EventKind.CLARIFICATION_REQUESTED, dt.date(2020, 11, 2), 5))
    case = Case(clearview_request(), events, today=dt.date(2020, 11, 9))
    assert _offer(case, Status.WAITING_CLARIFICATION)[0] == "clarification"


@pytest.mark.parametrize("status", [Status.DRAFT, Status.PARTIALLY_GRANTED])
def test_every_template_is_still_offered(status: Status) -> None:
    case = Case(clearview_request(), tuple(determination_events(**withholding_fields())), today=dt.date(2021, 10, 1))
    federal = sorted(t.name for t in LIBRARY.templates() if t.fits("US"))
    assert sorted(_offer(case, status)) == federal


def test_several_requests_put_first_what_most_of_them_call_for() -> None:
    federal = [t for t in LIBRARY.templates() if t.fits("US")]
    decided = Case(replace(clearview_request(), status=Status.DENIED),
                   tuple(determination_events(**withholding_fields())), today=dt.date(2021, 10, 1))
    contexts = [context_for(decided), context_for(decided),
                context_for(Case(clearview_request(sent_on=None)))]
    assert order_for_state(federal, contexts)[0].name == "appeal-withholding"

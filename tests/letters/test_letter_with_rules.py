"""Letters fed by the real deadline engine and jurisdiction catalogue, not stand-ins."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from letter_fixtures import ICE, PROFILE, SFPD, Case, clearview_request, render_both, sent_events, state_request

from foiatrack.core.calendars import calendar_for
from foiatrack.core.deadlines import compute_deadlines
from foiatrack.core.rules import default_catalog
from foiatrack.letters import build_context, jurisdiction_from_rule, long_date


@pytest.mark.parametrize(
    ("code", "statute", "rule_text"),
    [
        ("US", "Freedom of Information Act, 5 U.S.C. § 552", "20 working days"),
        ("US-CA", "California Public Records Act, Cal. Gov. Code § 7920.000 et seq.", "10 calendar days"),
        ("US-FL", "Public Records Law, Fla. Stat. ch. 119", ""),
    ],
)
def test_jurisdiction_from_rule(code: str, statute: str, rule_text: str) -> None:
    info = jurisdiction_from_rule(default_catalog().get(code))
    assert (info.code, info.statute, info.response_rule_text) == (code, statute, rule_text)


def test_overdue_letters_use_the_engine_dates(tmp_path: Path) -> None:
    rule = default_catalog().get("US")
    events = sent_events()
    deadlines = compute_deadlines(rule, events, calendar_for(rule))
    due = deadlines.agency_due or deadlines.response_due
    assert due is not None
    today = dt.date(2021, 3, 1)
    context = build_context(clearview_request(), ICE, events, PROFILE, deadlines, jurisdiction_from_rule(rule), today)
    assert context["due"]["date"] == long_date(due.date)
    assert context["overdue"]["days"] == (today - due.date).days
    case = Case(clearview_request(), tuple(events), deadlines, jurisdiction_from_rule(rule), today=today)  # type: ignore[arg-type]
    for name in ("follow-up", "appeal-no-response"):
        (tmp_path / name).mkdir()
        for text in render_both(name, case, tmp_path / name).values():
            assert f"due by {long_date(due.date)}" in text
            assert f"{(today - due.date).days} days" in text


def test_state_without_a_fixed_deadline_asks_for_a_prompt_response(tmp_path: Path) -> None:
    florida = jurisdiction_from_rule(default_catalog().get("US-FL"))
    case = Case(state_request(jurisdiction="US-FL"), jurisdiction=florida, agency=SFPD)  # type: ignore[arg-type]
    for text in render_both("state-request", case, tmp_path).values():
        assert "I ask that you respond promptly, as required by the Public Records Law, Fla. Stat. ch. 119." in text
        assert "a response is due within" not in text

"""The deadlines panel of a request: where the agency stands, each date with its explanation and flags.

The request is filed with the FBI, sent Wed 2025-10-01 (no receipt logged). Counted by hand: 20 working
days under 5 U.S.C. § 552(a)(6)(A)(i), skipping Mon 2025-10-13 (Columbus Day), end on Thu 2025-10-30.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from foiatrack.services.queries import RequestDetail, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.deadlines_view import DeadlinesView, deadlines_html, lateness_text
from foiatrack.ui.palette import colours

SENT = dt.date(2025, 10, 1)


@pytest.fixture
def request_id(blank_db: Database) -> int:
    return file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Stingray use"),
                                             sent_on=SENT))[0]


def detail(db: Database, request_id: int, day: dt.date) -> RequestDetail:
    return request_detail(db, request_id, day)


def test_before_the_due_date_it_counts_the_days_left(blank_db: Database, request_id: int) -> None:
    assert lateness_text(detail(blank_db, request_id, dt.date(2025, 10, 15))) == (
        "On time: response due 2025-10-30 (in 15 days).")
    assert lateness_text(detail(blank_db, request_id, dt.date(2025, 10, 29))) == (
        "On time: response due 2025-10-30 (in 1 day).")


def test_on_the_due_date_it_says_today(blank_db: Database, request_id: int) -> None:
    assert lateness_text(detail(blank_db, request_id, dt.date(2025, 10, 30))) == (
        "On time: response due 2025-10-30 (today).")


def test_after_the_due_date_it_says_how_late_in_days_and_working_days(blank_db: Database, request_id: int) -> None:
    # Oct 31 (1), Nov 3-7 (6), 10 (7), Veterans Day Tue 11 skipped, 12-14 (10): 10 working days to Fri 14th.
    assert lateness_text(detail(blank_db, request_id, dt.date(2025, 11, 14))) == (
        "⚠ 15 days late: response was due 2025-10-30 (10 working days ago).")
    very = lateness_text(detail(blank_db, request_id, dt.date(2025, 12, 15)))
    assert very.startswith("⚠ 46 days late — very overdue: ")


def test_a_draft_has_no_clock(blank_db: Database) -> None:
    (draft,) = file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Not sent")))
    shown = detail(blank_db, draft, dt.date(2025, 10, 15))
    assert lateness_text(shown) == "Draft: no sent or received date is logged, so no clock runs yet."
    assert "Log the date the request was sent (or received) to compute its deadlines." in deadlines_html(shown)


def test_each_date_comes_with_its_explanation_and_citation(blank_db: Database, request_id: int) -> None:
    text = deadlines_html(detail(blank_db, request_id, dt.date(2025, 10, 15)))
    assert "<b>Response due: 2025-10-30</b> (Thu 2025-10-30)" in text
    assert "skipping Mon 2025-10-13 Columbus Day: due Thu 2025-10-30." in text
    assert "<i>5 U.S.C. § 552(a)(6)(A)(i)</i>" in text
    assert "[the agency&#x27;s current deadline]" in text
    assert "[passed]" not in text and "you may sue now" not in text
    assert "No receipt date is logged" in text, "the warning about the assumed clock start is shown"
    assert "<h4>Rules to know</h4>" in text


def test_passed_dates_are_marked_in_the_palettes_late_colour(qapp: QGuiApplication, blank_db: Database,
                                                            request_id: int) -> None:
    text = deadlines_html(detail(blank_db, request_id, dt.date(2025, 12, 15)))
    assert f"<span style='color:{colours().late}'><b>[passed]</b></span>" in text
    assert "[you may sue now]" in text


def test_the_view_is_a_named_read_only_text_of_the_panel(qtbot: Any, blank_db: Database, request_id: int) -> None:
    view = DeadlinesView()
    qtbot.addWidget(view)
    assert view.accessibleName() == "Deadlines"
    assert view.isReadOnly()
    view.show_detail(detail(blank_db, request_id, dt.date(2025, 10, 15)))
    shown = view.toPlainText()
    assert "On time: response due 2025-10-30 (in 15 days)." in shown
    assert "Response due: 2025-10-30" in shown

"""The letter window's "where do appeals go?" box: it names the agency, saves what is typed to the agency
and then hides and previews again, and says what is missing when nothing was typed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from foiatrack.services.agencies import AgencyChanges, add_agency, find_agency
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.appeal_office_box import AppealOfficeBox


@pytest.fixture
def request_id(blank_db: Database) -> int:
    add_agency(blank_db, AgencyChanges(name="Springfield City Clerk", abbreviation="SCC", jurisdiction="US-CA"))
    return file_request(blank_db, NewRequest(agencies=("Springfield City Clerk",),
                                             fields=RequestFields(subject="Council minutes")))[0]


@pytest.fixture
def previews() -> list[None]:
    return []


@pytest.fixture
def box(qtbot: Any, blank_db: Database, previews: list[None]) -> AppealOfficeBox:
    widget = AppealOfficeBox(blank_db, lambda: previews.append(None))
    qtbot.addWidget(widget)
    return widget


def ask(qtbot: Any, box: AppealOfficeBox, request_id: int) -> None:
    """Ask about the agency of *request_id*; it is read in the background."""
    with qtbot.waitSignal(box.asked):
        box.ask_for(request_id)


def test_hidden_until_asked_then_names_the_agency(qtbot: Any, box: AppealOfficeBox, request_id: int) -> None:
    assert box.isHidden()
    ask(qtbot, box, request_id)
    assert not box.isHidden()
    assert "where appeals to Springfield City Clerk (SCC) go" in box.explain.text()
    assert box.address.toPlainText() == "" and box.email.text() == ""
    assert box.address.accessibleName() == "Appeal office address"


def test_what_is_typed_is_saved_to_the_agency_and_the_letter_previewed_again(
        qtbot: Any, blank_db: Database, box: AppealOfficeBox, request_id: int, previews: list[None]) -> None:
    ask(qtbot, box, request_id)
    box.address.setPlainText("City Attorney\n1 Main St\nSpringfield, CA 90000")
    box.email.setText("appeals@springfield.gov")
    box.source.setText("the decision letter of 2026-11-02")
    box.save.click()
    qtbot.waitUntil(lambda: previews == [None])
    assert box.isHidden()
    agency = find_agency(blank_db, "Springfield City Clerk")
    assert agency.appeal_address == "City Attorney\n1 Main St\nSpringfield, CA 90000"
    assert agency.appeal_email == "appeals@springfield.gov"
    assert agency.appeal_source == "the decision letter of 2026-11-02"
    assert agency.appeal_checked == dt.date.today().isoformat()


def test_nothing_typed_is_refused_in_words_and_the_box_stays(
        qtbot: Any, blank_db: Database, box: AppealOfficeBox, request_id: int, previews: list[None]) -> None:
    ask(qtbot, box, request_id)
    box.save.click()
    qtbot.waitUntil(lambda: not box.error.isHidden())
    assert "type where appeals go" in box.error.text()
    assert not box.isHidden() and previews == []
    assert find_agency(blank_db, "Springfield City Clerk").appeal_address == ""


def test_asking_again_shows_what_the_agency_has_and_clears_the_old_error(
        qtbot: Any, blank_db: Database, box: AppealOfficeBox, request_id: int) -> None:
    ask(qtbot, box, request_id)
    box.save.click()
    qtbot.waitUntil(lambda: not box.error.isHidden())
    agency = find_agency(blank_db, "Springfield City Clerk")
    from foiatrack.services.agencies import set_appeal_office

    set_appeal_office(blank_db, agency.id, "", email="appeals@springfield.gov")
    ask(qtbot, box, request_id)
    assert box.email.text() == "appeals@springfield.gov"
    assert box.error.isHidden()


def test_without_a_request_asked_for_saving_does_nothing(box: AppealOfficeBox, previews: list[None]) -> None:
    box.submit()
    assert previews == [] and box.error.isHidden()

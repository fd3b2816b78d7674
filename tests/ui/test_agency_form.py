"""Adding or editing an agency: the form's own checks on contact details, the service's refusals beside
their field, what is saved, and what an edit keeps that the form does not show."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from foiatrack.core.errors import UserError
from foiatrack.services.agencies import AgencyChanges, add_agency, find_agency, list_agencies
from foiatrack.services.workspace import Database
from foiatrack.ui.agency_form import AgencyDialog, check_contact
from foiatrack.ui.tasks import wait_for_tasks


def dialog_for(qtbot: Any, db: Database, agency: Any = None) -> AgencyDialog:
    dialog = AgencyDialog(db, agency, list_agencies(db))
    qtbot.addWidget(dialog)
    return dialog


def press_save(dialog: AgencyDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.mark.parametrize(("email", "portal", "message"), [
    ("foia.agency.gov", "", "foia_email: 'foia.agency.gov' is not an email address (name@agency.gov)"),
    ("foia@agency", "", "foia_email: 'foia@agency' is not an email address (name@agency.gov)"),
    ("", "www.agency.gov/foia", "portal_url: 'www.agency.gov/foia' is not a web address; start it with https://"),
])
def test_contact_details_a_person_could_mistype_are_refused(email: str, portal: str, message: str) -> None:
    with pytest.raises(UserError) as caught:
        check_contact(AgencyChanges(name="Clerk", foia_email=email, portal_url=portal))
    assert str(caught.value) == message


def test_good_or_empty_contact_details_pass() -> None:
    check_contact(AgencyChanges(name="Clerk"))
    check_contact(AgencyChanges(name="Clerk", foia_email="records@city.gov", portal_url="https://city.gov/foia"))


def test_a_new_agency_is_saved_with_what_was_typed(qtbot: Any, blank_db: Database) -> None:
    dialog = dialog_for(qtbot, blank_db)
    assert dialog.windowTitle() == "Add an agency"
    dialog.name.setText("  Springfield City Clerk ")
    dialog.abbreviation.setText("SCC")
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData("US-CA"))
    dialog.email.setText("records@springfield.gov")
    dialog.appeal.setPlainText("City Attorney\n1 Main St")
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    saved = find_agency(blank_db, "Springfield City Clerk")
    assert (saved.abbreviation, saved.jurisdiction, saved.foia_email) == ("SCC", "US-CA", "records@springfield.gov")
    assert saved.appeal_address == "City Attorney\n1 Main St"
    assert saved.appeal_checked == dt.date.today().isoformat(), "a typed appeal office is dated"
    assert dialog.saved is not None and dialog.saved.id == saved.id


def test_a_mistyped_email_is_said_under_it_and_nothing_is_saved(qtbot: Any, blank_db: Database) -> None:
    before = len(list_agencies(blank_db))
    dialog = dialog_for(qtbot, blank_db)
    dialog.show()
    dialog.name.setText("Springfield City Clerk")
    dialog.email.setText("records at springfield")
    press_save(dialog)
    assert dialog.errors.messages() == {
        "foia_email": "⚠ 'records at springfield' is not an email address (name@agency.gov)"}
    qtbot.waitUntil(dialog.email.hasFocus)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(list_agencies(blank_db)) == before


def test_the_services_refusals_come_back_under_their_field(qtbot: Any, blank_db: Database) -> None:
    dialog = dialog_for(qtbot, blank_db)
    press_save(dialog)
    qtbot.waitUntil(lambda: "name" in dialog.errors.messages())
    assert dialog.errors.messages()["name"] == "⚠ An agency needs a name"
    wait_for_tasks()
    dialog.name.setText("federal bureau of investigation")
    press_save(dialog)
    qtbot.waitUntil(lambda: "already exists" in dialog.errors.messages().get("name", ""))
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_editing_fills_the_form_and_keeps_what_it_does_not_show(qtbot: Any, blank_db: Database) -> None:
    parent = add_agency(blank_db, AgencyChanges(name="City of Springfield"))
    agency = add_agency(blank_db, AgencyChanges(
        name="Springfield City Clerk", jurisdiction="US-CA", parent_id=parent.id, foia_email="records@springfield.gov",
        fax="555-0100", website="https://springfield.gov", appeal_address="City Attorney", appeal_checked="2026-01-05"))
    dialog = dialog_for(qtbot, blank_db, agency)
    assert dialog.windowTitle() == "Edit Springfield City Clerk"
    assert dialog.name.text() == "Springfield City Clerk"
    assert dialog.jurisdiction.currentData() == "US-CA"
    assert dialog.parent_agency.currentData() == parent.id
    offered = [dialog.parent_agency.itemData(i) for i in range(dialog.parent_agency.count())]
    assert agency.id not in offered, "an agency cannot be part of itself"
    dialog.phone.setText("555-0199")
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    saved = find_agency(blank_db, agency.id)
    assert saved.phone == "555-0199"
    assert (saved.fax, saved.website) == ("555-0100", "https://springfield.gov"), "fields the form lacks are kept"
    assert saved.appeal_checked == "2026-01-05", "the appeal office was not touched: its date stays"


def test_the_parent_agency_box_fits_in_the_dialog_whatever_the_longest_name(qtbot: Any, blank_db: Database) -> None:
    # The directory's longest names made the box as wide as them, past the dialog's edge with its arrow cut off.
    dialog = dialog_for(qtbot, blank_db, find_agency(blank_db, "ICE"))
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.parent_agency
    right = box.mapTo(dialog, box.rect().topRight()).x()
    assert right < dialog.width()
    assert box.width() <= dialog.email.width() + 1  # as wide as the fields above and below it

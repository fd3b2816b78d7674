"""Filing requests through the "New request" dialog, including linked batches and validation messages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from foiatrack.core.vocabulary import FeeCategory, Status
from foiatrack.services.queries import request_detail
from foiatrack.services.workspace import Database
from foiatrack.ui.new_request_dialog import NewRequestDialog


@pytest.fixture
def dialog(qtbot: Any, demo_db: Database) -> NewRequestDialog:
    widget = NewRequestDialog(demo_db)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.agenciesLoaded):  # read in the background
        widget.show()
    return widget


def tick(qtbot: Any, dialog: NewRequestDialog, text: str) -> None:
    """Type into the agency finder and press Enter: the first match is ticked."""
    dialog.agencies.find.setFocus()
    qtbot.keyClicks(dialog.agencies.find, text)
    qtbot.keyClick(dialog.agencies.find, Qt.Key.Key_Return)


def file(qtbot: Any, dialog: NewRequestDialog) -> None:
    """Click File and wait for the answer from the writer thread (filed, or refused)."""
    with qtbot.waitSignal(dialog.answered):
        dialog.file_button.click()


def test_file_one_request_with_every_field(qtbot: Any, dialog: NewRequestDialog, demo_db: Database) -> None:
    qtbot.keyClicks(dialog.form.subject, "Use of cell-site simulators")
    tick(qtbot, dialog, "Federal Bureau of Investigation")
    assert dialog.agencies.chosen.text() == "Chosen: FBI"
    assert dialog.form.jurisdiction.currentText() == "The agency's own (US)"
    dialog.sent.edit.setText("2026-01-05")
    dialog.tracking.setText("1600001-000")
    dialog.form.records_sought.setPlainText("Policies and deployment logs for cell-site simulators.")
    dialog.form.records_from.edit.setText("2020-01-01")
    dialog.form.records_to.edit.setText("2024-12-31")
    dialog.form.requester_name.setText("Ana Ruiz")
    dialog.form.requester_organisation.setText("Rights Project")
    dialog.form.fee_category.set_value(FeeCategory.NEWS_MEDIA)
    dialog.form.fee_limit.setText("$75")
    dialog.form.fee_waiver.setChecked(True)
    dialog.form.fee_waiver_justification.setPlainText("Public interest in surveillance.")
    dialog.form.preferred_format.setText("PDF by email")
    dialog.form.tags.setText("Surveillance, priority")
    dialog.form.notes.setPlainText("Filed through the portal.")

    file(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.created_ids) == 1
    request = request_detail(demo_db, dialog.created_ids[0]).request
    assert request.subject == "Use of cell-site simulators"
    assert request.agency_abbreviation == "FBI"
    assert request.status is Status.ACKNOWLEDGED, "a tracking number means the agency acknowledged it"
    assert request.sent_on == dt.date(2026, 1, 5)
    assert request.tracking_number == "1600001-000"
    assert (request.records_from, request.records_to) == (dt.date(2020, 1, 1), dt.date(2024, 12, 31))
    assert request.fee_category is FeeCategory.NEWS_MEDIA and request.fee_limit == Decimal("75.00")
    assert request.fee_waiver_requested and request.fee_waiver_justification == "Public interest in surveillance."
    assert request.tags == ("priority", "surveillance")


def test_file_a_batch_with_two_agencies(qtbot: Any, dialog: NewRequestDialog, demo_db: Database) -> None:
    qtbot.keyClicks(dialog.form.subject, "Detention contracts")
    tick(qtbot, dialog, "Immigration and Customs Enforcement")
    tick(qtbot, dialog, "Department of Homeland Security")
    assert "a linked batch of 2 requests" in dialog.agencies.chosen.text()
    assert dialog.file_button.text() == "&File 2 requests"
    file(qtbot, dialog)

    assert len(dialog.created_ids) == 2
    first, second = (request_detail(demo_db, i) for i in dialog.created_ids)
    # Filed and numbered in the order ticked (as the command line files in the order typed), not by name.
    assert [first.agency.abbreviation, second.agency.abbreviation] == ["ICE", "DHS"]
    assert first.request.batch_id is not None and first.request.batch_id == second.request.batch_id
    assert [sid for sid, _name in first.batch_siblings] == [second.request.id]
    assert first.request.status is Status.DRAFT, "no sent date: a draft"


def test_empty_subject_is_flagged_next_to_the_subject(qtbot: Any, dialog: NewRequestDialog) -> None:
    tick(qtbot, dialog, "FBI")
    file(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.errors.messages() == {
        "subject": "⚠ A request needs a subject (a short description of the records)"}
    error = dialog.form.errors.label_for("subject")
    assert error is not None and error.isVisible()
    # The message sits right under the subject field, not somewhere else in the dialog.
    subject_box = dialog.form.subject.parentWidget()
    assert error.parentWidget() is subject_box
    assert error.geometry().top() >= dialog.form.subject.geometry().bottom()
    assert dialog.form.subject.hasFocus()


def test_other_fields_get_their_messages_too(qtbot: Any, dialog: NewRequestDialog) -> None:
    dialog.form.subject.setText("Records")
    file(qtbot, dialog)
    assert set(dialog.form.errors.messages()) == {"agency"}

    tick(qtbot, dialog, "FBI")
    dialog.sent.edit.setText("2026-02-30")
    file(qtbot, dialog)
    assert dialog.form.errors.messages() == {"sent": "⚠ '2026-02-30' is not a valid date; use YYYY-MM-DD, e.g. "
                                                     "2025-11-19"}

    dialog.sent.edit.clear()
    dialog.form.records_from.edit.setText("2024-01-01")
    dialog.form.records_to.edit.setText("2023-01-01")
    file(qtbot, dialog)
    assert dialog.form.errors.messages() == {"records_to": "⚠ The date range ends before it starts"}

    dialog.form.records_to.edit.clear()
    dialog.form.fee_limit.setText("a lot")
    file(qtbot, dialog)
    assert list(dialog.form.errors.messages()) == ["fee_limit"]
    assert dialog.created_ids == []


def test_filing_is_busy_until_committed_and_cannot_be_sent_twice(qtbot: Any, dialog: NewRequestDialog,
                                                                 demo_db: Database) -> None:
    from foiatrack.services.queries import list_requests

    before = len(list_requests(demo_db))
    dialog.form.subject.setText("Records once")
    tick(qtbot, dialog, "FBI")
    with qtbot.waitSignal(dialog.answered) as answer:
        dialog.file_button.click()
        assert not dialog.file_button.isEnabled() and dialog.filing
        dialog.file()  # Enter pressed again meanwhile: nothing more is filed
        dialog.reject()  # nor can it be closed before the answer is in
        assert dialog.isVisible()
    assert answer.args == [True] and dialog.result() == QDialog.DialogCode.Accepted
    assert len(list_requests(demo_db)) == before + 1


def test_new_request_from_the_main_window(qtbot: Any, window: Any, demo_db: Database) -> None:
    window.new_request_action.trigger()  # Ctrl+N
    page = window.requests_page
    dialog = page.dialog
    assert isinstance(dialog, NewRequestDialog) and dialog.isVisible()
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: dialog.agencies.model.rowCount() > 0)
    qtbot.keyClicks(dialog.form.subject, "Body camera audits")
    tick(qtbot, dialog, "U.S. Customs and Border Protection")
    dialog.sent.edit.setText(dt.date.today().isoformat())
    before = page.model.total_count()
    file(qtbot, dialog)
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total_count() == before + 1)
    assert page.model.total_count() == before + 1
    assert page.selected_ids() == dialog.created_ids, "the new request is selected in the table"


def test_keyboard_order_follows_the_form(dialog: NewRequestDialog, accessible: Any, mnemonics: Any) -> None:
    assert dialog.form.subject.nextInFocusChain() is dialog.agencies.find
    assert dialog.agencies.find.nextInFocusChain() is dialog.agencies.list
    assert accessible(dialog) == []
    assert mnemonics(dialog) == {}


@pytest.mark.parametrize(("typed", "expected"), [
    ("ICE", "ICE"),                      # not California's Department of Just-ice
    ("ice", "ICE"),
    ("DHS", "DHS"),                      # the department, not its Privacy Office
    ("FBI", "FBI"),
    ("Homeland", "DHS"),
])
def test_the_picker_ticks_what_was_meant(qtbot: Any, dialog: NewRequestDialog, typed: str, expected: str) -> None:
    tick(qtbot, dialog, typed)
    assert [a.abbreviation for a in dialog.agencies.checked()] == [expected]
    assert dialog.agencies.find.text() == "", "Enter clears the box for the next agency"


def test_state_police_types_its_space_and_ticks_a_state_police(qtbot: Any, dialog: NewRequestDialog) -> None:
    tick(qtbot, dialog, "state police")
    (chosen,) = dialog.agencies.checked()
    assert chosen.name.endswith("State Police") and chosen.jurisdiction != "US"


@pytest.mark.parametrize(("typed", "name", "jurisdiction"), [
    ("state police ny", "New York State Police", "US-NY"),
    ("state police IL", "Illinois State Police", "US-IL"),
    ("state patrol wa", "Washington State Patrol", "US-WA"),
    ("public safety tx", "Texas Department of Public Safety", "US-TX"),
    ("state police nj", "New Jersey State Police", "US-NJ"),
    ("state patrol ga", "Georgia Department of Public Safety (Georgia State Patrol)", "US-GA"),
])
def test_state_police_with_a_state_code_ticks_that_states_office(
        qtbot: Any, dialog: NewRequestDialog, typed: str, name: str, jurisdiction: str) -> None:
    """The picker lists every jurisdiction; a state code typed beside the words picks that state's office."""
    tick(qtbot, dialog, typed)
    (chosen,) = dialog.agencies.checked()
    assert (chosen.name, chosen.jurisdiction) == (name, jurisdiction)
    assert chosen.mailing_address or chosen.foia_email or chosen.portal_url, "a shipped contact to write to"
    assert jurisdiction in dialog.form.jurisdiction.itemText(0), "the request follows the office's own law"


def test_up_down_move_the_highlight_and_space_ticks_it(qtbot: Any, dialog: NewRequestDialog) -> None:
    picker = dialog.agencies
    picker.find.setFocus()
    qtbot.keyClicks(picker.find, "DHS")
    first = picker.highlighted()
    assert first is not None and first.text().startswith("Department of Homeland Security (DHS)")
    qtbot.keyClick(picker.find, Qt.Key.Key_Down)
    second = picker.highlighted()
    assert second is not None and second is not first and "DHS" in second.text()  # a component: "— DHS · US"
    qtbot.keyClick(picker.find, Qt.Key.Key_Space)
    assert second.checkState() == Qt.CheckState.Checked and first.checkState() == Qt.CheckState.Unchecked
    assert picker.find.text() == "DHS", "Space ticked instead of typing"
    qtbot.keyClick(picker.find, Qt.Key.Key_Space)
    assert second.checkState() == Qt.CheckState.Unchecked, "Space again unticks"
    qtbot.keyClick(picker.find, Qt.Key.Key_Up)
    qtbot.keyClick(picker.find, Qt.Key.Key_Return)
    assert [a.abbreviation for a in picker.checked()] == ["DHS"]


def test_each_row_shows_its_parent_and_jurisdiction(qtbot: Any, dialog: NewRequestDialog) -> None:
    picker = dialog.agencies
    qtbot.keyClicks(picker.find, "ICE")
    item = picker.highlighted()
    assert item is not None
    assert item.text() == "U.S. Immigration and Customs Enforcement (ICE)  —  DHS · US"
    assert picker.model.rowCount() > 400, "the whole directory is offered"

"""The request form shared by "New request" and the request page: what it reads back, what it shows of a
saved request, which edits count as edits, and where messages go."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import DeliveryMethod, FeeCategory
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, validate_fields
from foiatrack.services.workspace import Database
from foiatrack.ui.request_editor import RequestFieldsForm, jurisdiction_combo

FIELDS = RequestFields(
    subject="Stingray use", records_sought="Purchase orders and policies", records_from=dt.date(2020, 1, 1),
    records_to=dt.date(2024, 12, 31), jurisdiction="US", requester_name="Ana Ruiz",
    requester_organisation="Daily Planet", delivery_method=DeliveryMethod.EMAIL,
    fee_category=FeeCategory.NEWS_MEDIA, fee_limit=Decimal("50.00"), fee_waiver_requested=True,
    fee_waiver_justification="Public interest", expedite_requested=False, preferred_format="PDF by email",
    notes="Ask for the 2019 contract too", tags=("police", "surveillance"))


@pytest.fixture
def form(qtbot: Any) -> RequestFieldsForm:
    widget = RequestFieldsForm()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_saved_request_is_shown_and_read_back_unchanged(qtbot: Any, form: RequestFieldsForm,
                                                           blank_db: Database) -> None:
    (request_id,) = file_request(blank_db, NewRequest(agencies=("FBI",), fields=FIELDS))
    request = request_detail(blank_db, request_id).request
    edits: list[None] = []
    form.changed.connect(lambda: edits.append(None))
    form.set_values(request)
    assert edits == [], "showing a request is not an edit"
    assert form.fee_limit.text() == "50.00"
    assert form.tags.text() == "police, surveillance"
    assert form.fee_waiver_justification.isEnabled() and not form.expedite_justification.isEnabled()
    assert form.values() == validate_fields(FIELDS)


def test_typing_in_any_field_is_an_edit(form: RequestFieldsForm) -> None:
    edits: list[None] = []
    form.changed.connect(lambda: edits.append(None))
    form.subject.setText("x")
    form.notes.setPlainText("y")
    form.records_to.set_value(dt.date(2025, 1, 1))
    form.fee_category.setCurrentIndex(2)
    form.expedite.setChecked(True)
    assert len(edits) == 5


def test_a_justification_counts_only_while_its_box_is_ticked(form: RequestFieldsForm) -> None:
    form.subject.setText("Budget")
    form.fee_waiver.setChecked(True)
    form.fee_waiver_justification.setPlainText("Public interest")
    assert form.values().fee_waiver_justification == "Public interest"
    form.fee_waiver.setChecked(False)
    assert not form.fee_waiver_justification.isEnabled()
    assert form.values().fee_waiver_justification == ""
    assert form.values().fee_waiver_requested is False


def test_empty_choices_mean_not_stated(form: RequestFieldsForm) -> None:
    values = form.values()
    assert (values.jurisdiction, values.delivery_method, values.fee_category, values.fee_limit) == (
        None, None, None, None)
    assert values.records_from is None and values.tags == ()


@pytest.mark.parametrize(("fill", "field", "message"), [
    (lambda f: f.fee_limit.setText("fifty"), "fee_limit",
     "fee_limit: 'fifty' is not an amount; use a number such as 250 or 49.50"),
    (lambda f: f.records_from.edit.setText("2024-02-30"), "records_from", None),
])
def test_unreadable_input_names_its_field(form: RequestFieldsForm, fill: Any, field: str,
                                          message: str | None) -> None:
    fill(form)
    with pytest.raises(UserError) as caught:
        form.values()
    assert caught.value.field == field
    if message is not None:
        assert str(caught.value) == message


def test_a_services_refusal_is_shown_under_its_field(qtbot: Any, form: RequestFieldsForm) -> None:
    form.subject.setText("Budget")
    form.records_from.set_value(dt.date(2024, 5, 1))
    form.records_to.set_value(dt.date(2024, 1, 1))
    with pytest.raises(UserError) as caught:
        validate_fields(form.values())
    form.show_error(caught.value)
    assert form.errors.messages() == {"records_to": "⚠ The date range ends before it starts"}
    qtbot.waitUntil(form.records_to.edit.hasFocus)


def test_loading_a_request_clears_old_messages(form: RequestFieldsForm, blank_db: Database) -> None:
    form.show_error(UserError("subject: a request needs a subject", field="subject"))
    (request_id,) = file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Budget")))
    form.set_values(request_detail(blank_db, request_id).request)
    assert form.errors.messages() == {}


def test_the_dialogs_rows_go_right_after_the_subject(form: RequestFieldsForm) -> None:
    agency = QComboBox()
    form.insert_row("&Agency:", agency, "agency")
    form.insert_row("Sent:", QLabel("today"))
    labels = [form.form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.form.rowCount())]
    texts = [item.widget().text() for item in labels if item is not None and item.widget() is not None]
    assert texts[:4] == ["S&ubject:", "&Agency:", "Sent:", "&Records sought:"]
    form.show_error(UserError("agency: no agency called 'FBJ'", field="agency"))
    assert form.errors.messages() == {"agency": "⚠ No agency called 'FBJ'"}


def test_the_jurisdiction_list_starts_with_the_agencys_own(qapp: Any) -> None:
    combo = jurisdiction_combo()
    assert combo.itemText(0) == "The agency's own" and combo.value() is None
    assert combo.find_value("US") > 0 and combo.find_value("US-CA") > 0

"""The shared form pieces: dates as the locale writes them, numbers and lists read from text fields,
the date field, validation messages beside their field, the standard questions, and the flexible column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.ui.palette import colours
from foiatrack.ui.widgets import (
    DateField,
    ErrorLabel,
    FieldErrors,
    FlexibleColumn,
    add_row,
    ask_unsaved,
    chain_tab_order,
    confirm,
    connect_changed,
    display_date,
    error_style,
    int_edit,
    name_buttons,
    note_style,
    offer_reload,
    parse_int,
    parse_list,
    show_error,
    split,
)


@pytest.fixture
def us_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_dates_are_iso_in_the_c_locale_and_have_four_digit_years_elsewhere(us_locale: None) -> None:
    assert display_date(None) == ""
    assert display_date(dt.date(2025, 10, 1)) == "10/1/2025"


def test_the_c_locale_writes_iso_dates() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert display_date(dt.date(2025, 10, 1)) == "2025-10-01"
    finally:
        QLocale.setDefault(before)


def test_whole_numbers_are_read_with_a_one_line_message_for_anything_else() -> None:
    assert parse_int("", "fee_limit") is None
    assert parse_int(" 1,250 ", "fee_limit") == 1250
    with pytest.raises(UserError) as caught:
        parse_int("twelve", "pages")
    assert str(caught.value) == "pages: 'twelve' is not a whole number"
    assert caught.value.field == "pages"
    with pytest.raises(UserError) as huge:
        parse_int("9" * 30, "pages")
    assert huge.value.field == "pages"


def test_lists_split_on_commas_and_semicolons() -> None:
    assert parse_list(" b(5); b(6) , ,b(7)(C)") == ("b(5)", "b(6)", "b(7)(C)")
    assert parse_list("") == ()


def test_styles_follow_the_palette(qapp: Any) -> None:
    assert error_style() == f"color: {colours().late};"
    assert note_style("good") == f"color: {colours().good};"
    assert note_style("warning") == f"color: {colours().warning_text};"


def test_a_date_field_reads_iso_dates_and_names_its_field_when_wrong(qtbot: Any) -> None:
    field = DateField("sent_on", "Sent on")
    qtbot.addWidget(field)
    assert field.value() is None, "empty means no date"
    assert field.edit.accessibleName() == "Sent on"
    assert field.button.accessibleName() == "Choose sent on from a calendar"
    with qtbot.waitSignal(field.changed):
        qtbot.keyClicks(field.edit, "2025-02-30")
    with pytest.raises(UserError) as caught:
        field.value()
    assert caught.value.field == "sent_on"
    field.set_value(dt.date(2025, 10, 1))
    assert field.edit.text() == "2025-10-01" and field.value() == dt.date(2025, 10, 1)
    field.set_value(None)
    assert field.edit.text() == ""


def test_a_date_picked_on_the_calendar_fills_the_field(qtbot: Any) -> None:
    field = DateField("sent_on", "Sent on")
    qtbot.addWidget(field)
    field.set_value(dt.date(2025, 10, 1))
    field.button.menu().aboutToShow.emit()
    assert field.calendar.selectedDate() == QDate(2025, 10, 1), "the calendar opens on the typed date"
    field.calendar.clicked.emit(QDate(2025, 11, 14))
    assert field.value() == dt.date(2025, 11, 14)


def test_a_number_field_allows_empty_and_whole_numbers_only(qtbot: Any) -> None:
    edit = int_edit("Pages released")
    qtbot.addWidget(edit)
    assert edit.placeholderText() == "not stated"
    validator = edit.validator()
    assert validator.validate("120", 0)[0] == QValidator.State.Acceptable
    assert validator.validate("12a", 0)[0] == QValidator.State.Invalid


@pytest.fixture
def form(qtbot: Any) -> tuple[QWidget, FieldErrors, QLineEdit, QLineEdit]:
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QFormLayout(widget)
    general = ErrorLabel("Form")
    layout.addRow(general)
    errors = FieldErrors(general)
    subject, tracking = QLineEdit(), QLineEdit()
    add_row(layout, "&Subject:", subject, errors, "subject")
    add_row(layout, "&Tracking number:", tracking)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, errors, subject, tracking


def test_a_rows_label_is_its_fields_buddy_and_name(form: tuple[QWidget, FieldErrors, QLineEdit, QLineEdit]) -> None:
    widget, errors, subject, tracking = form
    buddies = {label.text(): label.buddy() for label in widget.findChildren(QLabel) if label.buddy()}
    assert buddies == {"&Subject:": subject, "&Tracking number:": tracking}
    assert subject.accessibleName() == "Subject" and tracking.accessibleName() == "Tracking number"
    assert errors.label_for("subject") is not None and errors.label_for("tracking") is None


def test_a_message_goes_under_its_field_which_takes_the_focus(
        qtbot: Any, form: tuple[QWidget, FieldErrors, QLineEdit, QLineEdit]) -> None:
    _widget, errors, subject, tracking = form
    tracking.setFocus()
    errors.show(UserError("subject: a request needs a subject", field="subject"))
    assert errors.messages() == {"subject": "⚠ A request needs a subject"}
    qtbot.waitUntil(subject.hasFocus)
    errors.show(UserError("the database is read-only"))
    assert errors.messages() == {"": "⚠ the database is read-only"}, "the earlier message is gone"
    errors.clear()
    assert errors.messages() == {}


def test_an_error_label_shows_its_sign_and_hides_when_cleared(qtbot: Any) -> None:
    label = ErrorLabel("Sent on")
    qtbot.addWidget(label)
    assert label.isHidden() and label.accessibleName() == "Sent on error"
    label.show_message("Not a date")
    assert label.text() == "⚠ Not a date" and not label.isHidden()
    label.clear_message()
    assert label.text() == "" and label.isHidden()


def test_an_error_box_shows_the_message_never_a_traceback(answer: Any) -> None:
    asked = answer("warning", QMessageBox.StandardButton.Ok)
    show_error(None, "Could not save", UserError("subject: a request needs a subject", field="subject"))
    show_error(None, "Could not save", RuntimeError("disk on fire"))
    assert asked[0] == ("Could not save", "subject: a request needs a subject")
    assert asked[1][1].startswith("Something went wrong: ") and "Traceback" not in asked[1][1]


@pytest.mark.parametrize(("reply", "expected"), [(QMessageBox.StandardButton.Yes, True),
                                                 (QMessageBox.StandardButton.No, False)])
def test_reload_after_a_conflict_is_asked(answer: Any, reply: QMessageBox.StandardButton, expected: bool) -> None:
    asked = answer("question", reply)
    assert offer_reload(None, UserError("request #4 was changed by ana"), "the request") is expected
    assert asked[0][0] == "Changed elsewhere"
    assert asked[0][1].startswith("request #4 was changed by ana\n\nReload the request now?")


def test_unsaved_changes_offer_save_discard_or_cancel(answer: Any) -> None:
    asked = answer("question", QMessageBox.StandardButton.Discard)
    assert ask_unsaved(None, "Request #4") == QMessageBox.StandardButton.Discard
    assert asked == [("Unsaved changes", "Request #4 has unsaved changes. Save them?")]


@pytest.mark.parametrize(("click", "expected"), [("Delete", True), ("Cancel", False)])
def test_confirm_is_true_only_for_the_named_button(monkeypatch: pytest.MonkeyPatch, click: str,
                                                   expected: bool) -> None:
    seen: list[tuple[str, list[str], str]] = []

    def exec_(box: QMessageBox) -> int:
        buttons = box.buttons()
        seen.append((box.text(), sorted(b.text().replace("&", "") for b in buttons),
                     box.defaultButton().text().replace("&", "")))
        next(b for b in buttons if b.text().replace("&", "") == click).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert confirm(None, "Delete requests", "Move 3 requests to the trash?") is expected
    assert seen == [("Move 3 requests to the trash?", ["Cancel", "Delete"], "Cancel")], "Cancel is the default"


def test_edits_of_any_kind_of_field_are_noticed(qtbot: Any) -> None:
    edits: list[None] = []
    text, box, date = QLineEdit(), QCheckBox("Expedite"), DateField("sent_on", "Sent on")
    for widget in (text, box, date):
        qtbot.addWidget(widget)
    connect_changed(lambda: edits.append(None), text, box, date)
    text.setText("x")
    box.setChecked(True)
    date.set_value(dt.date(2025, 1, 2))
    assert len(edits) == 3


def test_buttons_are_named_without_their_mnemonic(qtbot: Any) -> None:
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    box.addButton("&Save as PDF…", QDialogButtonBox.ButtonRole.AcceptRole)
    name_buttons(box)
    assert [b.accessibleName() for b in box.findChildren(QAbstractButton)] == ["Save as PDF"]


def test_splitter_parts_cannot_be_dragged_shut_and_tab_follows_the_reading_order(qtbot: Any) -> None:
    left, right = QLineEdit(), QLineEdit()
    splitter = split(Qt.Orientation.Horizontal, (left, 1), (right, 3))
    qtbot.addWidget(splitter)
    assert splitter.count() == 2 and not splitter.childrenCollapsible()
    first, second, third = QLineEdit(splitter), QLineEdit(splitter), QLineEdit(splitter)
    chain_tab_order(third, first, second)
    assert third.nextInFocusChain() is first and first.nextInFocusChain() is second


def test_the_flexible_column_takes_the_room_the_others_leave(qtbot: Any) -> None:
    model = QStandardItemModel(3, 3)
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"cell {row}{column}"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for column in (1, 2):
        view.setColumnWidth(column, 100)
    fit = FlexibleColumn(view, 0, minimum=150)
    view.resize(700, 200)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.columnWidth(0) == view.viewport().width() - 200)
    view.resize(300, 200)  # too narrow: the column keeps its minimum and the table scrolls instead
    qtbot.waitUntil(lambda: view.columnWidth(0) == 150)
    assert fit.minimum == 150

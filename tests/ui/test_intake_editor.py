"""One proposed event of an agency letter: the fields its kind needs, each with the sentence it came from,
what the edited event reads back as, and the quote the dialog highlights when a field is focused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.model import ProposedEvent
from foiatrack.ui.intake_editor import KIND_FIELDS, EventEditor
from foiatrack.ui.widgets import ChoiceCombo, DateField

FEE_SENTENCE = "The estimated fee for processing your request is $1,250.00."
DATE_SENTENCE = "November 3, 2025"


def editor_for(qtbot: Any, proposed: ProposedEvent) -> EventEditor:
    editor = EventEditor(proposed)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.fixture
def fee(qtbot: Any) -> EventEditor:
    return editor_for(qtbot, ProposedEvent(
        EventKind.FEE_ESTIMATE, date=dt.date(2025, 11, 3), amount=Decimal("1250.00"),
        evidence={"date": DATE_SENTENCE, "amount": FEE_SENTENCE, "kind": FEE_SENTENCE}))


def quotes(editor: EventEditor) -> list[str]:
    return [label.text() for label in editor.findChildren(QLabel) if label.property("role") == "evidence"]


def test_the_fields_a_kind_needs_are_shown_in_order(fee: EventEditor) -> None:
    assert fee.title() == EventKind.FEE_ESTIMATE.label
    assert list(fee.editors) == ["date", "tracking_number", "amount"]
    assert list(KIND_FIELDS[EventKind.FEE_ESTIMATE]) == ["date", "amount", "tracking_number"]
    assert isinstance(fee.editors["date"], DateField)
    assert fee.editors["amount"].text() == "1250.00"
    assert fee.editors["tracking_number"].placeholderText() == "not stated"


def test_each_sentence_is_quoted_once(fee: EventEditor) -> None:
    assert quotes(fee) == [f"\u201c{FEE_SENTENCE}\u201d"], "the amount's sentence is the kind's: quoted once"


def test_focusing_a_field_asks_for_its_sentence(qtbot: Any, fee: EventEditor) -> None:
    with qtbot.waitSignal(fee.evidenceWanted) as wanted:
        fee.editors["amount"].setFocus()
    assert wanted.args == [FEE_SENTENCE]
    quote = next(label for label in fee.findChildren(QLabel) if label.property("role") == "evidence")
    with qtbot.waitSignal(fee.evidenceWanted) as clicked:
        qtbot.mouseClick(quote, Qt.MouseButton.LeftButton)
    assert clicked.args == [FEE_SENTENCE]


def test_the_edited_event_reads_back_what_was_typed(fee: EventEditor) -> None:
    fee.editors["amount"].setText("$1,300.5")
    fee.editors["tracking_number"].setText("  FBI-2025-0042 ")
    edited = fee.edited()
    assert edited is not None
    assert (edited.kind, edited.amount, edited.tracking_number) == (
        EventKind.FEE_ESTIMATE, Decimal("1300.50"), "FBI-2025-0042")
    assert edited.evidence == fee.proposed.evidence, "the quotes stay with the event"


def test_an_unreadable_amount_names_its_field(fee: EventEditor) -> None:
    fee.editors["amount"].setText("twelve hundred")
    with pytest.raises(UserError) as caught:
        fee.edited()
    assert str(caught.value) == "amount: 'twelve hundred' is not an amount of dollars (e.g. 42.75)"
    assert caught.value.field == "amount"


def test_unticked_it_is_left_out_and_its_fields_are_off(fee: EventEditor) -> None:
    fee.include.setChecked(False)
    assert fee.edited() is None
    assert not fee.kind.isEnabled() and not fee.editors["amount"].isEnabled()
    fee.include.setChecked(True)
    assert fee.editors["amount"].isEnabled()


def test_changing_the_kind_shows_its_fields_and_keeps_what_was_typed(fee: EventEditor) -> None:
    fee.editors["tracking_number"].setText("FBI-2025-0042")
    fee.kind.set_value(EventKind.FINAL_DETERMINATION)
    assert fee.title() == EventKind.FINAL_DETERMINATION.label
    assert list(fee.editors) == ["date", "tracking_number", "outcome", "exemptions", "pages_released",
                                 "pages_withheld", "amount"], "the amount typed is kept, with its field"
    assert fee.editors["tracking_number"].text() == "FBI-2025-0042"
    outcome = fee.editors["outcome"]
    assert isinstance(outcome, ChoiceCombo) and outcome.itemText(0) == "Not sure: choose the outcome"
    outcome.set_value(Outcome.PARTIAL_GRANT)
    fee.editors["exemptions"].setText("b(5), b(6)")
    fee.editors["pages_released"].setText("120")
    edited = fee.edited()
    assert edited is not None
    assert edited.kind is EventKind.FINAL_DETERMINATION
    assert (edited.outcome, edited.exemptions, edited.pages_released) == (
        Outcome.PARTIAL_GRANT, ("(b)(5)", "(b)(6)"), 120)


def test_a_field_left_empty_says_why(qtbot: Any) -> None:
    editor = editor_for(qtbot, ProposedEvent(
        EventKind.INTERIM_RELEASE, date=dt.date(2025, 11, 3),
        unsure={"pages_released": "the letter gives two different page counts"}))
    notes = [label.text() for label in editor.findChildren(QLabel) if label.text().startswith("Left empty")]
    assert notes == ["Left empty: the letter gives two different page counts"]
    assert editor.editors["pages_released"].text() == ""
    edited = editor.edited()
    assert edited is not None and edited.pages_released is None


def test_a_letters_text_is_shown_as_text_never_as_markup(qtbot: Any) -> None:
    sentence = "<b>Your request</b> was received <a href='x'>here</a>."
    editor = editor_for(qtbot, ProposedEvent(EventKind.ACKNOWLEDGED, date=dt.date(2025, 11, 3),
                                             evidence={"received": sentence}))
    quote = next(label for label in editor.findChildren(QLabel) if label.property("role") == "evidence")
    assert quote.textFormat() == Qt.TextFormat.PlainText
    assert quote.accessibleName() == f"Where the received by agency comes from: {sentence}"
    assert all(isinstance(editor.editors[name], DateField | QLineEdit)
               for name in ("date", "received", "expected_by", "tracking_number"))


def test_a_long_list_of_exemptions_opens_at_its_start(qtbot: Any) -> None:
    codes = (*(f"Idaho Code § 74-124(1)({letter})" for letter in "abcdef"), "Idaho Code § 74-105(4)(a)")
    editor = editor_for(qtbot, ProposedEvent(EventKind.FINAL_DETERMINATION, date=dt.date(2026, 11, 20),
                                             exemptions=codes, evidence={"exemptions": "Idaho Code § 74-124(1)(a)."}))
    field = editor.editors["exemptions"]
    assert isinstance(field, QLineEdit)
    assert field.cursorPosition() == 0, "the first exemption is the one in view"
    assert field.toolTip() == ", ".join(codes)

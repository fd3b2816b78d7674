"""The event dialog: the fields each kind needs, messages beside the field, attachments, editing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services.attachments import attachment_bytes
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.event_dialog import FIELDS_BY_KIND, EventDialog

SENT = dt.date(2025, 10, 1)


@pytest.fixture
def request_id(demo_db: Database) -> int:
    return file_request(demo_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Stingray use"),
                                            sent_on=SENT))[0]


@pytest.fixture
def dialog(qtbot: Any, demo_db: Database, request_id: int) -> EventDialog:
    widget = EventDialog(demo_db, [request_id])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def visible_fields(dialog: EventDialog) -> set[str]:
    return {name for name in FIELDS_BY_KIND if dialog.form.isRowVisible(dialog.rows[name].parentWidget())}


@pytest.mark.parametrize(("kind", "fields"), [
    (EventKind.NOTE, set()),
    (EventKind.FINAL_DETERMINATION, {"outcome", "exemptions", "pages_released", "pages_withheld"}),
    (EventKind.APPEAL_DECISION, {"outcome", "exemptions", "pages_released", "pages_withheld", "appeal_number"}),
    (EventKind.APPEAL_ACKNOWLEDGED, {"received", "appeal_number"}),
    (EventKind.ACKNOWLEDGED, {"tracking_number", "received", "expected_by"}),
    (EventKind.FEE_ANSWERED, set()),
    (EventKind.FEE_WAIVER_DECISION, {"outcome"}),
    (EventKind.EXPEDITE_DECISION, {"outcome"}),
    (EventKind.INTERIM_RELEASE, {"exemptions", "pages_released", "pages_withheld"}),
    (EventKind.FEE_ESTIMATE, {"amount"}),
    (EventKind.FEE_PAID, {"amount"}),
    (EventKind.TRACKING_NUMBER, {"tracking_number"}),
    (EventKind.EXTENSION, {"extension_days", "expected_by"}),
])
def test_each_kind_asks_for_its_fields(dialog: EventDialog, kind: EventKind, fields: set[str]) -> None:
    dialog.kind.set_value(kind)
    assert visible_fields(dialog) == fields
    assert dialog.date.isVisible() and dialog.details.isVisible() and dialog.attachments.isVisible()


def test_an_appeal_acknowledgement_is_saved_with_its_receipt_and_number(
        qtbot: Any, dialog: EventDialog, demo_db: Database, request_id: int) -> None:
    dialog.kind.set_value(EventKind.APPEAL_ACKNOWLEDGED)
    dialog.date.set_value(dt.date(2026, 4, 10))  # after the request was sent (SENT)
    dialog.save_button.click()
    assert list(dialog.errors.messages()) == ["received"]  # the decision clock needs it
    dialog.received.edit.setText("2026-04-07")
    dialog.appeal_number.setText("2025-ICAP-00042")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.result_events))
    event = dialog.result_events[0]
    assert event.kind is EventKind.APPEAL_ACKNOWLEDGED
    assert event.received == dt.date(2026, 4, 7) and event.appeal_number == "2025-ICAP-00042"
    assert event.expected_by is None


def test_a_determination_needs_its_outcome(dialog: EventDialog) -> None:
    dialog.kind.set_value(EventKind.FINAL_DETERMINATION)
    dialog.save_button.click()
    messages = dialog.errors.messages()
    assert list(messages) == ["outcome"] and "needs its outcome" in messages["outcome"]
    assert dialog.outcome.hasFocus() and dialog.isVisible()


def test_unreadable_amount_and_date_are_flagged_beside_them(dialog: EventDialog) -> None:
    dialog.kind.set_value(EventKind.FEE_ESTIMATE)
    dialog.amount.setText("twelve dollars")
    dialog.save_button.click()
    assert list(dialog.errors.messages()) == ["amount"]
    dialog.amount.setText("12.50")
    dialog.date.edit.setText("yesterday")
    dialog.save_button.click()
    assert list(dialog.errors.messages()) == ["date"]
    dialog.date.edit.clear()
    dialog.save_button.click()
    assert dialog.errors.messages() == {"date": "⚠ Every event needs the date it happened"}


def test_log_a_determination_with_an_attachment(qtbot: Any, dialog: EventDialog, demo_db: Database,
                                                request_id: int, tmp_path: Path) -> None:
    letter = tmp_path / "denial letter.pdf"
    letter.write_bytes(b"%PDF-1.4 sample")
    dialog.kind.set_value(EventKind.FINAL_DETERMINATION)
    dialog.date.edit.setText("2025-12-01")
    dialog.outcome.set_value(Outcome.PARTIAL_GRANT)
    dialog.pages_released.setText("40")
    dialog.pages_withheld.setText("12")
    dialog.exemptions.setText("b6, b7c")
    dialog.attachments.add([str(letter)])
    dialog.save_button.click()
    assert dialog.status.text() == "Saving and recomputing the deadlines…"
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert len(dialog.result_events) == 1

    event = request_detail(demo_db, request_id).events[-1]
    assert event.kind is EventKind.FINAL_DETERMINATION and event.outcome is Outcome.PARTIAL_GRANT
    assert (event.pages_released, event.pages_withheld) == (40, 12)
    assert event.exemptions == ("(b)(6)", "(b)(7)(C)")
    assert [a.filename for a in event.attachments] == ["denial letter.pdf"]
    assert attachment_bytes(demo_db, event.attachments[0].id) == ("denial letter.pdf", b"%PDF-1.4 sample")


def test_files_dropped_on_the_dialog_are_attached(dialog: EventDialog, tmp_path: Path) -> None:
    files = [tmp_path / "a.pdf", tmp_path / "b.txt"]
    for file in files:
        file.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files] + [QUrl("https://example.org/not-a-file")])
    enter = QDragEnterEvent(dialog.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(dialog.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, drop)
    assert dialog.attachments.paths() == [str(f) for f in files]


def test_edit_an_event(qtbot: Any, demo_db: Database, request_id: int) -> None:
    sent = request_detail(demo_db, request_id).events[0]
    dialog = EventDialog(demo_db, [request_id], sent)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit event: Request sent"
    assert dialog.date.value() == SENT and dialog.kind.value() is EventKind.SUBMITTED
    dialog.date.edit.setText("2025-10-02")
    dialog.details.setPlainText("Sent through the portal at 4 pm.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    edited = request_detail(demo_db, request_id).events[0]
    assert (edited.id, edited.date) == (sent.id, dt.date(2025, 10, 2))
    assert edited.details == "Sent through the portal at 4 pm."


def test_fee_estimate_amount_is_stored(qtbot: Any, dialog: EventDialog, demo_db: Database, request_id: int) -> None:
    dialog.kind.set_value(EventKind.FEE_ESTIMATE)
    dialog.date.edit.setText("2025-10-20")
    dialog.amount.setText("$1,250.5")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert request_detail(demo_db, request_id).events[-1].amount == Decimal("1250.50")


def test_dialog_is_labelled_for_keyboard_and_screen_reader_users(dialog: EventDialog, accessible: Any,
                                                                 mnemonics: Any) -> None:
    for kind in EventKind:
        dialog.kind.set_value(kind)
        assert accessible(dialog) == []
        assert mnemonics(dialog) == {}, kind
    assert dialog.kind.nextInFocusChain() is dialog.date.edit


def test_the_receipt_field_names_what_was_received(dialog: EventDialog) -> None:
    label = dialog.form.labelForField(dialog.rows["received"].parentWidget())
    dialog.kind.set_value(EventKind.ACKNOWLEDGED)
    assert label.text().replace("&", "") == "Request received on:"
    assert dialog.received.edit.accessibleName() == "Day the agency received the request"
    dialog.kind.set_value(EventKind.APPEAL_ACKNOWLEDGED)
    assert label.text().replace("&", "") == "Appeal received on:"
    assert "appeal decision is due" in dialog.received.toolTip()

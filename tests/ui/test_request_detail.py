"""The request page: editing with conflict detection, the timeline, the deadlines and their explanations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from foiatrack.core.vocabulary import EventKind, Outcome, Status
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, update_request
from foiatrack.services.workspace import Database
from foiatrack.ui.request_detail import RequestDetailPage

SENT = dt.date(2025, 10, 1)  # a Wednesday


@pytest.fixture
def page(qtbot: Any, demo_db: Database) -> RequestDetailPage:
    widget = RequestDetailPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.fixture
def fresh_id(demo_db: Database) -> int:
    """A federal request to the FBI, sent on a known day, with no other events."""
    return file_request(demo_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Stingray use"),
                                            sent_on=SENT))[0]


def show(qtbot: Any, page: RequestDetailPage, request_id: int) -> None:
    """Open *request_id* and wait until it is shown (the page reads it in the background)."""
    with qtbot.waitSignal(page.loaded):
        page.load(request_id)


def drop_files(target: Any, point: QPoint, paths: list[Path]) -> None:
    """What a drag from the file manager delivers: enter, then drop, at *point* of *target*."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # Qt takes the drag-enter position as a QPoint and the drop position as a QPointF.
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    for event in (enter, drop):
        QApplication.sendEvent(target, event)
        assert event.isAccepted()


def log_through_dialog(qtbot: Any, page: RequestDetailPage, kind: EventKind, date: str, **fields: Any) -> None:
    """Click "Log event…", fill the dialog as a user would, save, and wait for the page to reload."""
    version = page.detail.request.version
    page.timeline.log_button.click()
    dialog = page.event_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.kind.set_value(kind)
    dialog.date.edit.setText(date)
    for name, value in fields.items():
        widget = getattr(dialog, name)
        widget.set_value(value) if hasattr(widget, "set_value") else widget.setText(value)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.detail.request.version > version)


def test_timeline_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, page: RequestDetailPage,
                                                demo_db: Database) -> None:
    show(qtbot, page, list_requests(demo_db)[0].id)
    assert page.timeline.model.rowCount() > 0
    qtmodeltester.check(page.timeline.model)


def test_acknowledgement_then_determination_change_status_and_deadlines(
        qtbot: Any, page: RequestDetailPage, fresh_id: int) -> None:
    show(qtbot, page, fresh_id)
    assert "Status: Submitted" in page.facts.text()
    deadlines = page.deadlines.toPlainText()
    assert "Response due: 2025-10-30" in deadlines  # 20 working days after Wed 2025-10-01, Columbus Day skipped
    assert "[the agency's current deadline]" in deadlines
    assert "Appeal due" not in deadlines

    log_through_dialog(qtbot, page, EventKind.ACKNOWLEDGED, "2025-10-03", tracking_number="25-FBI-0042")
    assert "Status: Acknowledged" in page.facts.text()
    assert "Tracking number 25-FBI-0042" in page.facts.text()
    assert page.timeline.model.rowCount() == 2
    assert "Acknowledged" in page.timeline.model.index(1).data()

    log_through_dialog(qtbot, page, EventKind.FINAL_DETERMINATION, "2025-11-03", outcome=Outcome.DENIED,
                       exemptions="b7E")
    assert "Status: Denied" in page.facts.text()
    deadlines = page.deadlines.toPlainText()
    assert "Appeal due:" in deadlines, "an adverse determination opens the appeal window"
    assert "[the agency's current deadline]" not in deadlines, "the agency owes nothing now"
    assert page.lateness.text() == "Nothing is owed by the agency now (status: Denied)."
    last = page.timeline.model.index(2).data()
    assert "Final determination" in last and "Outcome: denied" in last and "Exemptions: (b)(7)(E)" in last


def test_every_deadline_shows_its_explanation_as_text(qtbot: Any, page: RequestDetailPage, demo_db: Database) -> None:
    for summary in list_requests(demo_db):
        detail = request_detail(demo_db, summary.id)
        if detail.deadlines is None:
            continue
        show(qtbot, page, summary.id)
        text = page.deadlines.toPlainText()
        assert detail.deadlines.clock_start_explanation in text
        for date in detail.deadlines.all_dates():
            assert date.explanation in text
            if not date.verified:
                assert "unverified rule" in text
            if not date.statutory:
                assert "[reminder, not a statutory deadline]" in text
        for warning in detail.deadlines.warnings:
            assert warning in text


def test_follow_up_of_a_law_without_deadline_is_flagged(qtbot: Any, page: RequestDetailPage, demo_db: Database) -> None:
    texas = next(s for s in list_requests(demo_db) if s.jurisdiction == "US-TX")
    show(qtbot, page, texas.id)
    assert "[reminder, not a statutory deadline]" in page.deadlines.toPlainText()


def test_overdue_request_says_how_late(qtbot: Any, page: RequestDetailPage, demo_db: Database) -> None:
    late = next(s for s in list_requests(demo_db) if s.days_overdue > 0)
    show(qtbot, page, late.id)
    assert page.lateness.text().startswith(f"⚠ {late.days_overdue} days late")


def test_edit_and_save_bumps_the_version(qtbot: Any, page: RequestDetailPage, fresh_id: int, demo_db: Database) -> None:
    show(qtbot, page, fresh_id)
    page.tabs.setCurrentIndex(1)
    assert not page.save_button.isEnabled()
    page.form.subject.setText("Stingray use, 2020-2025")
    assert page.dirty and page.save_button.isEnabled() and page.tabs.tabText(1) == "Request fields •"
    with qtbot.waitSignal(page.loaded):  # saved on the writer, then announced and reloaded
        page.save_button.click()
    saved = request_detail(demo_db, fresh_id).request
    assert saved.subject == "Stingray use, 2020-2025" and saved.version == page.detail.request.version
    assert not page.dirty and "version" not in page.facts.text()


def test_invalid_edit_is_flagged_next_to_the_field(qtbot: Any, page: RequestDetailPage, fresh_id: int) -> None:
    show(qtbot, page, fresh_id)
    page.tabs.setCurrentIndex(0)
    page.form.subject.setText("   ")
    assert not page.save_and_wait()
    assert page.tabs.currentIndex() == 1, "the page shows the field at fault"
    assert page.form.errors.messages() == {"subject": "⚠ A request needs a subject (a short description of the "
                                                      "records)"}
    assert page.dirty


def test_conflicting_edit_is_detected_and_never_overwrites(qtbot: Any, answer: Any, page: RequestDetailPage,
                                                           fresh_id: int, demo_db: Database) -> None:
    show(qtbot, page, fresh_id)
    # Someone else saves a change in another window after this page was loaded.
    update_request(demo_db, fresh_id, RequestFields(subject="Their subject"),
                   expected_version=page.detail.request.version)
    page.form.subject.setText("My subject")
    asked = answer("question", QMessageBox.StandardButton.No)
    assert not page.save_and_wait()
    assert asked and asked[0][0] == "Changed elsewhere" and "changed elsewhere" in asked[0][1]
    assert request_detail(demo_db, fresh_id).request.subject == "Their subject"
    assert page.form.subject.text() == "My subject" and page.dirty, "declining the reload keeps my edits"

    answer("question", QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded):  # "reload now": the saved version is read again
        assert not page.save_and_wait()
    assert page.form.subject.text() == "Their subject" and not page.dirty


def test_leaving_with_unsaved_edits_asks(qtbot: Any, answer: Any, page: RequestDetailPage, fresh_id: int,
                                         demo_db: Database) -> None:
    show(qtbot, page, fresh_id)
    page.form.notes.setPlainText("Call them on Monday")
    asked = answer("question", QMessageBox.StandardButton.Cancel)
    assert page.maybe_leave() is False
    assert asked[0][0] == "Unsaved changes" and page.dirty

    answer("question", QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(page.loaded):
        assert page.maybe_leave() is True
    assert page.form.notes.toPlainText() == "" and request_detail(demo_db, fresh_id).request.notes == ""

    page.form.notes.setPlainText("Call them on Tuesday")
    answer("question", QMessageBox.StandardButton.Save)
    assert page.maybe_leave() is True
    assert request_detail(demo_db, fresh_id).request.notes == "Call them on Tuesday"


def test_delete_an_event_after_confirmation(qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: RequestDetailPage,
                                            fresh_id: int, demo_db: Database) -> None:
    show(qtbot, page, fresh_id)
    asked: list[str] = []
    monkeypatch.setattr("foiatrack.ui.request_detail.confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    page.timeline.list.setCurrentIndex(page.timeline.model.index(0))
    with qtbot.waitSignal(page.loaded):  # deleted on the writer, then the page reloads
        page.timeline.delete_button.click()
    assert asked and "Request sent" in asked[0]
    assert request_detail(demo_db, fresh_id).events == ()
    assert page.detail.request.status is Status.DRAFT and "Status: Draft" in page.facts.text()


def test_batch_siblings_are_links(qtbot: Any, page: RequestDetailPage, demo_db: Database) -> None:
    batch = next(s for s in list_requests(demo_db) if s.batch_id is not None)
    show(qtbot, page, batch.id)
    sibling_id, agency = request_detail(demo_db, batch.id).batch_siblings[0]
    assert page.siblings.isVisible() and agency in page.siblings.text()
    with qtbot.waitSignal(page.openRequest) as opened:
        page.siblings.linkActivated.emit(f"request:{sibling_id}")
    assert opened.args == [sibling_id]


def test_open_an_attachment_with_the_system_viewer(qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: RequestDetailPage,
                                                   demo_db: Database) -> None:
    with_file = next(s.id for s in list_requests(demo_db)
                     if any(e.attachments for e in request_detail(demo_db, s.id).events))
    show(qtbot, page, with_file)
    row = next(i for i in range(page.timeline.model.rowCount())
               if page.timeline.model.event_at(i).attachments)
    page.timeline.list.setCurrentIndex(page.timeline.model.index(row))
    assert page.timeline.open_button.isEnabled()
    opened: list[QUrl] = []
    monkeypatch.setattr("foiatrack.ui.timeline.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(page.timeline.attachmentOpened):  # copied in the background
        page.timeline.open_button.click()
    path = Path(opened[0].toLocalFile())
    assert path.read_bytes().startswith(b"%PDF")
    assert path.name == page.timeline.model.event_at(row).attachments[0].filename


def test_files_dropped_on_an_event_are_attached(qtbot: Any, page: RequestDetailPage, fresh_id: int,
                                                demo_db: Database, tmp_path: Path) -> None:
    show(qtbot, page, fresh_id)
    scan = tmp_path / "receipt.png"
    scan.write_bytes(b"\x89PNG fake")
    view = page.timeline.list
    drop_files(view.viewport(), view.visualRect(page.timeline.model.index(0)).center(), [scan])
    qtbot.waitUntil(lambda: bool(page.detail.events[0].attachments))
    assert [a.filename for a in request_detail(demo_db, fresh_id).events[0].attachments] == ["receipt.png"]
    assert "Attached: receipt.png (9 bytes)" in page.timeline.model.index(0).data()


def test_files_dropped_below_the_events_start_a_new_event(qtbot: Any, page: RequestDetailPage, fresh_id: int,
                                                          tmp_path: Path) -> None:
    show(qtbot, page, fresh_id)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF")
    view = page.timeline.list
    drop_files(view.viewport(), QPoint(10, view.viewport().height() - 5), [letter])
    dialog = page.event_dialog
    assert dialog is not None and dialog.isVisible() and dialog.attachments.paths() == [str(letter)]
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_write_letter_opens_the_letter_dialog(qtbot: Any, monkeypatch: pytest.MonkeyPatch, page: RequestDetailPage,
                                              fresh_id: int) -> None:
    opened: list[list[int]] = []

    class FakeLetterDialog:
        def __init__(self, db: Database, request_ids: list[int], parent: Any = None) -> None:
            opened.append(request_ids)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("foiatrack.ui.letter_dialog.LetterDialog", FakeLetterDialog)
    show(qtbot, page, fresh_id)
    page.letter_button.click()
    assert opened == [[fresh_id]]


def test_page_is_labelled_for_keyboard_and_screen_reader_users(qtbot: Any, page: RequestDetailPage, fresh_id: int,
                                                               accessible: Any) -> None:
    show(qtbot, page, fresh_id)
    assert accessible(page) == []
    page.tabs.setCurrentIndex(1)
    assert accessible(page) == []


def test_a_rule_already_told_under_its_deadline_is_not_repeated_under_rules_to_know(
        qtbot: Any, page: RequestDetailPage, demo_db: Database) -> None:
    # DHS's own appeal rule (postmark or electronic transmission by 11:59:59 pm Eastern) is listed among the
    # rules to know before an appeal window exists; once it does, its explanation says it and the list not.
    request_id = file_request(demo_db, NewRequest(agencies=("DHS",), fields=RequestFields(subject="Clearview AI"),
                                                  sent_on=SENT))[0]
    show(qtbot, page, request_id)
    assert page.deadlines.toPlainText().count("must be postmarked") == 1
    log_through_dialog(qtbot, page, EventKind.FINAL_DETERMINATION, "2025-11-03", outcome=Outcome.NO_RECORDS)
    text = page.deadlines.toPlainText()
    assert "Appeal due (DHS):" in text
    assert text.count("must be postmarked") == 1

"""Deleting requests to the trash, restoring and emptying it, removing the sample data, Ctrl+Z, and the
requests table's keyboard (Down from the find box, Enter opens)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.trash import list_trash, move_to_trash
from foiatrack.ui.event_dialog import EventDialog
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.request_detail import RequestDetailPage
from foiatrack.ui.trash_dialog import TrashDialog


def _reloaded(qtbot: Any, window: MainWindow) -> Any:
    """``with _reloaded(qtbot, window): ...``: wait until the requests table shows what the block changed."""
    return qtbot.waitSignal(window.requests_page.loaded)


def _open(qtbot: Any, window: MainWindow, request_id: int) -> None:
    with qtbot.waitSignal(window.detail_page.loaded):
        window.open_request(request_id)


def _trash_dialog(qtbot: Any, window: MainWindow, db: Any) -> TrashDialog:
    """The trash dialog, shown, once its list (loaded in the background) is in."""
    dialog = TrashDialog(db, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    return dialog


def _undo(qtbot: Any, window: MainWindow) -> None:
    """Ctrl+Z, waiting until the undo (on the writer) is done or refused."""
    window.undo()
    qtbot.waitUntil(window.undo_history.idle)


def _select_first(window: MainWindow, count: int = 1) -> list[int]:
    page = window.requests_page
    window.show_page("requests")
    ids = page.proxy.visible_ids()[:count]
    page.select_ids(ids)
    return ids


def test_delete_key_moves_to_trash_and_ctrl_z_brings_back(qtbot: Any, window: MainWindow, demo_db: Any) -> None:
    ids = _select_first(window, 2)
    events_before = {i: request_detail(demo_db, i).events for i in ids}
    total = window.requests_page.model.total_count()
    window.requests_page.table.setFocus()
    with _reloaded(qtbot, window):  # moved on the writer, then announced: the table reloads
        qtbot.keyClick(window.requests_page.table, Qt.Key.Key_Delete)
    assert window.requests_page.model.total_count() == total - 2
    assert {t.id for t in list_trash(demo_db)} == set(ids)
    assert window.undo_action.text() == "&Undo Delete 2 requests" and window.undo_action.isEnabled()
    assert "trash" in window.statusBar().currentMessage()

    with _reloaded(qtbot, window), qtbot.waitSignal(window.undo_history.undone):
        window.undo_action.trigger()
        assert not window.undo_action.isEnabled()  # not twice while the undo is on the writer
    assert window.requests_page.model.total_count() == total
    assert list_trash(demo_db) == []
    assert {i: request_detail(demo_db, i).events for i in ids} == events_before
    assert window.undo_action.text() == "Nothing to &undo" and not window.undo_action.isEnabled()


def test_trash_dialog_restores_and_empties_with_confirmation(qtbot: Any, window: MainWindow, demo_db: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _select_first(window, 2)
    with _reloaded(qtbot, window):
        window.requests_page.delete_selected()
    dialog = _trash_dialog(qtbot, window, demo_db)
    assert dialog.model.rowCount() == 2
    dialog.select_row([dialog.model.item(r).id for r in range(2)].index(first))
    with qtbot.waitSignal(dialog.loaded):  # restored on the writer, then the list reloads
        dialog.restore_button.click()
        # While the restore is on its way: not twice, not Empty meanwhile, and the dialog stays open.
        assert not dialog.restore_button.isEnabled() and not dialog.empty_button.isEnabled()
        assert not dialog.close_button.isEnabled() and "Restoring 1 request" in dialog.note.text()
        dialog.reject()
        assert dialog.isVisible()
    assert [t.id for t in list_trash(demo_db)] == [second]
    assert window.undo_history.next_label() == "Restore 1 request"

    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.buttons()[0].click() if box.buttons()[0].text() == "Delete for good" else None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with qtbot.waitSignal(dialog.loaded):
        dialog.empty_button.click()
    assert asked and "cannot be undone" in asked[0]
    assert list_trash(demo_db) == []
    assert dialog.model.rowCount() == 0 and not dialog.empty_button.isEnabled()


def test_empty_trash_cancelled_keeps_everything(qtbot: Any, window: MainWindow, demo_db: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _select_first(window)
    with _reloaded(qtbot, window):
        window.requests_page.delete_selected()
    dialog = _trash_dialog(qtbot, window, demo_db)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without choosing "Delete for good"
    dialog.empty_button.click()
    assert len(list_trash(demo_db)) == 1


def test_remove_sample_data_in_one_step_and_undo(qtbot: Any, window: MainWindow, demo_db: Any) -> None:
    window.show_page("requests")
    with _reloaded(qtbot, window):
        window.remove_samples_action.trigger()
    assert list_requests(demo_db) == []
    assert window.requests_page.model.total_count() == 0
    assert window.undo_action.text() == "&Undo Remove the sample data"
    with _reloaded(qtbot, window):
        _undo(qtbot, window)
    assert len(list_requests(demo_db)) == 21


def test_undo_names_and_reverts_logging_an_event(qtbot: Any, window: MainWindow, demo_db: Any) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    before = request_detail(demo_db, request_id)
    _log_acknowledgement(qtbot, window, request_id)
    assert len(request_detail(demo_db, request_id).events) == len(before.events) + 1
    edit_menu = window.menuBar().actions()[1].menu()
    assert edit_menu.actions()[0].text() == "&Undo Log acknowledgement"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.detail_page.tabs.setFocus()
    with qtbot.waitSignal(window.undo_history.undone):
        qtbot.keyClick(window.detail_page.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert request_detail(demo_db, request_id).events == before.events
    assert window.statusBar().currentMessage().startswith("Undone: Log acknowledgement")


def test_undo_of_tagging(qtbot: Any, window: MainWindow, demo_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _select_first(window, 3)
    before = {r.id: r.tags for r in list_requests(demo_db)}
    from foiatrack.ui import requests_page

    monkeypatch.setattr(requests_page.TagDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(requests_page.TagDialog, "add_tags", lambda self: ("zz-new",))
    with _reloaded(qtbot, window):
        window.requests_page.tag_selected()
    assert all("zz-new" in r.tags for r in list_requests(demo_db) if r.id in ids)
    assert window.undo_history.next_label() == "Tag 3 requests"
    _undo(qtbot, window)
    assert {r.id: r.tags for r in list_requests(demo_db)} == before


def test_down_from_find_box_enters_table_and_enter_opens(qtbot: Any, window: MainWindow) -> None:
    page = window.requests_page
    window.show_page("requests")
    page.focus_find()
    qtbot.keyClicks(page.find, "clearview")
    assert page.proxy.rowCount() > 0
    qtbot.keyClick(page.find, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    first = page.proxy.request_id(page.proxy.index(0, 0))
    assert page.selected_ids() == [first]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert isinstance(window.stack.currentWidget(), RequestDetailPage)
    assert window.detail_page.request_id == first


def test_enter_in_find_box_opens_the_first_match(qtbot: Any, window: MainWindow) -> None:
    page = window.requests_page
    window.show_page("requests")
    page.focus_find()
    qtbot.keyClicks(page.find, "clearview")
    first = page.proxy.request_id(page.proxy.index(0, 0))
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    assert window.detail_page.request_id == first


def test_ctrl_z_after_writing_a_letter_undoes_the_letter_not_the_event_before_it(
        qtbot: Any, window: MainWindow, demo_db: Any, tmp_path: Any) -> None:
    # Undoing the earlier step restores the request as it was before that step, which would also take away
    # the letter written since (and its PDF) without naming it: the letter must be a step of its own.
    from foiatrack.ui.letter_dialog import LetterDialog

    request_id = window.requests_page.proxy.visible_ids()[0]
    _open(qtbot, window, request_id)
    dialog = window.detail_page.open_event_dialog()
    assert isinstance(dialog, EventDialog)
    dialog.kind.set_value(EventKind.NOTE)
    dialog.date.set_value(dt.date.today())
    dialog.details.setPlainText("Called the FOIA office.")
    with qtbot.waitSignal(dialog.finished):
        dialog.save()
    with_note = request_detail(demo_db, request_id).events
    letter = LetterDialog(demo_db, [request_id], window.detail_page)
    qtbot.addWidget(letter)
    qtbot.waitUntil(lambda: letter.template.count() > 0)
    # The letter the request's state calls for may need an appeal office first: take one it can have now.
    letter.template.setCurrentIndex(letter.template.findData("federal-request"))
    qtbot.waitUntil(lambda: letter.document is not None and letter.template_name() == "federal-request")
    with qtbot.waitSignal(letter.letterLogged):
        letter.save_to(tmp_path / "letter.pdf")
    letter.close()
    kinds = [e.kind for e in request_detail(demo_db, request_id).events]
    assert kinds.count(EventKind.LETTER) == sum(e.kind is EventKind.LETTER for e in with_note) + 1
    assert window.undo_action.text().startswith("&Undo Write letter")
    _undo(qtbot, window)
    assert request_detail(demo_db, request_id).events == with_note
    assert window.statusBar().currentMessage().startswith("Undone: Write letter")


def _log_acknowledgement(qtbot: Any, window: MainWindow, request_id: int) -> None:
    _open(qtbot, window, request_id)
    dialog = window.detail_page.open_event_dialog()
    assert isinstance(dialog, EventDialog)
    dialog.kind.set_value(EventKind.ACKNOWLEDGED)
    dialog.date.set_value(dt.date.today())
    with qtbot.waitSignal(dialog.finished):
        dialog.save()
    # The step's state tokens are read on the writer right behind the change; wait for them before a
    # test changes the request from another connection.
    qtbot.waitUntil(window.undo_history.idle)


def test_undo_refuses_to_take_away_a_change_made_elsewhere_since(qtbot: Any, window: MainWindow, demo_db: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Logged here, then a note logged on the same request from the command line (another connection):
    undoing the first would put the request back without the note. Nothing is undone, the user is told,
    and the step leaves the Edit menu."""
    from foiatrack.services.events import NewEvent, log_event
    from foiatrack.services.workspace import open_workspace

    request_id = window.requests_page.proxy.visible_ids()[0]
    _log_acknowledgement(qtbot, window, request_id)
    other = open_workspace(demo_db.location)
    try:
        note = log_event(other, request_id, NewEvent(kind=EventKind.NOTE, date=dt.date.today(), summary="called"))
    finally:
        other.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: told.append(text))
    _undo(qtbot, window)
    events = request_detail(demo_db, request_id).events
    assert note.id in [e.id for e in events]
    assert EventKind.ACKNOWLEDGED in [e.kind for e in events]  # not undone either
    assert told and "nothing was undone" in told[0]
    assert not window.undo_history.can_undo()


def test_several_undos_in_a_row_still_work(qtbot: Any, window: MainWindow, demo_db: Any) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    before = request_detail(demo_db, request_id).events
    _log_acknowledgement(qtbot, window, request_id)
    _log_acknowledgement(qtbot, window, request_id)
    assert len(request_detail(demo_db, request_id).events) == len(before) + 2
    _undo(qtbot, window)
    _undo(qtbot, window)
    assert request_detail(demo_db, request_id).events == before


def test_the_trash_selects_its_first_request_whatever_keys_an_earlier_shortcut_left_held(
        qtbot: Any, demo_db: Any) -> None:
    # A shortcut like Ctrl+Shift+F leaves the application's modifier state as Shift; QTableView.selectRow would then
    # select nothing, and Restore would stay disabled until the user clicked a row.
    request_id = list_requests(demo_db)[0].id
    move_to_trash(demo_db, [request_id])
    dialog = TrashDialog(demo_db)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    try:
        assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.ShiftModifier
        with qtbot.waitSignal(dialog.loaded):
            dialog.show()
        assert dialog.selected_ids() == [request_id]
        assert dialog.restore_button.isEnabled()
    finally:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # leaves no modifier held for the tests after this one
        assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier

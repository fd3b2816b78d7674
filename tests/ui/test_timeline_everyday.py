"""The timeline in daily use: long details cut short with "more", the logged event selected, an edited
event's files named, the tag dialog's suggestions, a blank start's hint."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.events import NewEvent, log_event
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.requests_page import RequestsPage, TagDialog
from foiatrack.ui.timeline import event_text


def test_long_details_are_collapsed_with_more(qtbot: Any, window: MainWindow, demo_db: Any) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    # A pasted e-mail thread near the 20,000-character limit on details.
    pasted = "A very long e-mail. " * 950
    event = log_event(demo_db, request_id, NewEvent(kind=EventKind.NOTE, date=dt.date.today(), details=pasted))
    assert len(event_text(event, expanded=False)) < 700 and "more" in event_text(event, expanded=False)
    with qtbot.waitSignal(window.detail_page.loaded):
        window.open_request(request_id)
    timeline = window.detail_page.timeline
    assert timeline.current_event().id == event.id
    index = timeline.list.currentIndex()
    assert len(index.data()) < 700
    assert timeline.more_button.isVisibleTo(timeline) and timeline.more_button.text() == "Show all"
    timeline.list.setFocus()
    qtbot.keyClick(timeline.list, Qt.Key.Key_Space)
    assert len(timeline.list.currentIndex().data()) > 18_000
    assert timeline.more_button.text() == "Show less"


def test_logged_event_is_selected_and_edit_dialog_names_its_files(qtbot: Any, window: MainWindow, demo_db: Any,
                                                                   tmp_path: Path) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    with qtbot.waitSignal(window.detail_page.loaded):
        window.open_request(request_id)
    timeline = window.detail_page.timeline
    timeline.list.setCurrentIndex(timeline.model.index(0))
    letter = tmp_path / "reply.txt"
    letter.write_text("our reply")
    dialog = window.detail_page.open_event_dialog(files=[str(letter)])
    assert dialog is not None
    dialog.kind.set_value(EventKind.NOTE)
    dialog.date.set_value(dt.date(2020, 1, 2))  # oldest: the list's first row, not its last
    with qtbot.waitSignals([dialog.finished, window.detail_page.loaded]):
        dialog.save()  # saved on the writer, announced, and the page reloads with the new event selected
    current = timeline.current_event()
    assert current is not None and current.date == dt.date(2020, 1, 2) and current.kind is EventKind.NOTE
    edit = window.detail_page.open_event_dialog(current)
    assert edit is not None and edit.attached.isVisibleTo(edit) and "reply.txt" in edit.attached.text()
    edit.reject()


def test_tag_dialog_offers_tags_in_use(qtbot: Any, window: MainWindow) -> None:
    page: RequestsPage = window.requests_page
    tags = sorted({t for row in page.model.all_rows() for t in row.tags})
    dialog = TagDialog(2, page, tags, ["surveillance"])
    qtbot.addWidget(dialog)
    assert dialog.suggestions.count() == len(tags) > 5
    assert dialog.width() >= 400 and dialog.height() >= 300
    dialog.suggestions.itemClicked.emit(dialog.suggestions.item(0))
    dialog.suggestions.itemClicked.emit(dialog.suggestions.item(1))
    assert dialog.add_tags() == tuple(sorted(tags[:2]))


def test_blank_start_shows_a_hint_and_one_request_is_singular(qtbot: Any, blank_db: Any, ui_settings: Any) -> None:
    from foiatrack.services.requests import NewRequest, RequestFields, file_request

    main = MainWindow(blank_db, ui_settings)
    qtbot.addWidget(main)
    main.show()
    page = main.requests_page
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.empty_hint.isVisibleTo(page) and not page.table.isVisibleTo(page)
    assert "No requests yet" in page.empty_hint.text()
    file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Only one")))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.count.text() == "1 request"
    assert page.table.isVisibleTo(page) and not page.empty_hint.isVisibleTo(page)
    main.close()

"""Ctrl+F: full-text search as you type, ranked hits with the matched words in bold, Enter opens."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from foiatrack.services.search import SearchHit
from foiatrack.services.search import search as real_search
from foiatrack.services.workspace import Database
from foiatrack.ui import search_dialog as module
from foiatrack.ui.main_window import MainWindow
from foiatrack.ui.search_dialog import HtmlRole, SearchDialog, SearchHitsModel, snippet_html


def open_search(qtbot: Any, window: MainWindow) -> SearchDialog:
    window.activateWindow()  # keys go to the active window; the search window was active before it closed
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_typing_finds_a_word_in_an_attached_pdf_and_enter_opens_the_request(qtbot: Any, qtmodeltester: Any,
                                                                              window: MainWindow) -> None:
    dialog = open_search(qtbot, window)
    assert dialog.focusWidget() is dialog.query
    with qtbot.waitSignal(dialog.searched):
        qtbot.keyClicks(dialog.query, "exemptions applied")  # words only the sample PDF letters contain
    qtmodeltester.check(dialog.model)
    hits = [dialog.model.hit(row) for row in range(dialog.model.rowCount())]
    assert hits and {hit.source for hit in hits} == {"attachment"}
    assert all(hit.title.endswith(".pdf") for hit in hits)
    first = dialog.model.index(0)
    shown = dialog.model.data(first, HtmlRole)
    assert "<b>Exemptions</b> <b>applied</b>" in shown and "[" not in shown.split("Found in")[1]
    text = dialog.model.data(first)
    assert hits[0].subject in text and hits[0].agency in text and "Found in attached document" in text
    assert "matches" in dialog.status.text() or "match," in dialog.status.text()

    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.detail_page
    assert window.detail_page.request_id == hits[0].request_id
    assert not dialog.isVisible()


def test_arrow_down_and_enter_open_another_hit_and_ctrl_f_keeps_the_words(qtbot: Any, window: MainWindow) -> None:
    dialog = open_search(qtbot, window)
    with qtbot.waitSignal(dialog.searched):
        qtbot.keyClicks(dialog.query, "withheld")
    assert dialog.model.rowCount() > 1
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.hasFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    second = dialog.model.hit(1).request_id
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.detail_page.request_id == second

    again = open_search(qtbot, window)
    assert again is dialog and dialog.query.text() == "withheld" and dialog.query.selectedText() == "withheld"


def test_typing_runs_one_search_after_a_pause_not_one_per_key(monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                                               window: MainWindow) -> None:
    asked: list[str] = []

    def counting(db: Database, text: str, limit: int = 50) -> list[SearchHit]:
        asked.append(text)
        return real_search(db, text, limit)

    monkeypatch.setattr(module, "search", counting)
    dialog = open_search(qtbot, window)
    with qtbot.waitSignal(dialog.searched):
        qtbot.keyClicks(dialog.query, "clearview")
    assert asked == ["clearview"]
    assert dialog.model.rowCount() >= 1


def test_words_that_cannot_be_searched_and_no_hits_say_so(qtbot: Any, window: MainWindow) -> None:
    dialog = open_search(qtbot, window)
    with qtbot.waitSignal(dialog.searched):
        qtbot.keyClicks(dialog.query, "!!!")
    assert "at least one word" in dialog.status.text()
    dialog.query.clear()
    with qtbot.waitSignal(dialog.searched):
        qtbot.keyClicks(dialog.query, "zzqxnothing")
    assert dialog.model.rowCount() == 0 and "Nothing found" in dialog.status.text()
    assert not dialog.open_button.isEnabled()
    dialog.query.clear()
    dialog.run_search()
    assert "Type words" in dialog.status.text()


def test_enter_before_the_answer_opens_the_best_hit(qtbot: Any, window: MainWindow) -> None:
    dialog = open_search(qtbot, window)
    qtbot.keyClicks(dialog.query, "clearview")
    with qtbot.waitSignal(window.detail_page.loaded):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.detail_page)
    assert "Clearview" in window.detail_page.title.text()


def test_the_model_and_the_dialog_are_labelled(qtbot: Any, qtmodeltester: Any, window: MainWindow,
                                               accessible: Any, mnemonics: Any) -> None:
    model = SearchHitsModel()
    qtmodeltester.check(model)
    dialog = open_search(qtbot, window)
    assert accessible(dialog) == []
    assert mnemonics(dialog) == {}
    assert snippet_html("a <b> & [word] here") == "a &lt;b&gt; &amp; <b>word</b> here"

"""The main window: pages and shortcuts, opening requests, guarding unsaved edits, databases, UI state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.changes import Changes
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.statistics import status_counts
from foiatrack.services.workspace import Database, open_workspace
from foiatrack.ui import app as app_module
from foiatrack.ui.agencies_page import AgenciesPage
from foiatrack.ui.dashboard_page import DashboardPage
from foiatrack.ui.dataflow import hub
from foiatrack.ui.main_window import MainWindow, settle_background_work
from foiatrack.ui.request_detail import RequestDetailPage
from foiatrack.ui.requests_page import RequestsPage
from foiatrack.ui.settings_page import SettingsPage
from foiatrack.ui.tasks import wait_for_tasks
from foiatrack.ui.templates_page import TemplatesPage


def open_request(qtbot: Any, window: MainWindow, request_id: int) -> None:
    """Open a request and wait until it is shown (the page reads it in the background)."""
    with qtbot.waitSignal(window.detail_page.loaded):
        window.open_request(request_id)


def press(qtbot: Any, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def test_only_the_dashboard_is_built_with_the_window_and_each_other_page_on_its_first_visit(
        qtbot: Any, demo_db: Database, ui_settings: QSettings) -> None:
    main = MainWindow(demo_db, ui_settings)
    qtbot.addWidget(main)
    main.show()
    assert set(main.pages) == {"dashboard"}, "the other pages wait for their first visit"
    assert main.stack.count() == 1 and main.current_page_name() == "dashboard"
    with qtbot.waitSignal(main.pages["dashboard"].loaded):
        pass
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)  # building a page later must not take the window's activation away
    press(qtbot, main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main.stack.currentWidget(), RequestsPage) and set(main.pages) == {"dashboard", "requests"}
    assert main.isActiveWindow()
    requests = main.requests_page
    # Built on its first visit, the page loads as it shows: the same rows as the database holds.
    qtbot.waitUntil(lambda: not requests.is_loading() and requests.model.total_count() > 0)
    assert requests.model.total_count() == sum(status_counts(demo_db).values())
    assert main.pages["requests"] is requests, "built once"
    press(qtbot, main, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main.stack.currentWidget(), AgenciesPage) and main.stack.count() == 3
    request_id = requests.model.summary(0).id
    assert "request" not in main.pages
    requests.openRequest.emit(request_id)  # a page built later reaches the window, which builds the request page
    assert main.current_page_name() == "request" and main.current_request_id() == request_id
    subject = request_detail(demo_db, request_id).request.subject
    qtbot.waitUntil(lambda: main.detail_page.title.text().endswith(subject))
    main.close()


def test_a_page_never_built_has_nothing_to_ask_when_the_window_closes_or_changes_database(
        qtbot: Any, demo_db: Database, ui_settings: QSettings, tmp_path: Path) -> None:
    main = MainWindow(demo_db, ui_settings)
    qtbot.addWidget(main)
    main.show()
    assert main.leave_detail() and main.current_request_id() is None
    assert set(main.pages) == {"dashboard"}, "asking did not build the request page"
    main.use_database(open_workspace(tmp_path / "other.db"))
    assert set(main.pages) == {"dashboard"} and main.stack.count() == 1, "the old pages went with the old database"
    assert main.pages["dashboard"].db is main.db
    main.close()
    wait_for_tasks()
    main.db.close()


def test_opens_on_the_demo_database_and_switches_pages(qtbot: Any, window: MainWindow, demo_db: Database) -> None:
    assert window.windowTitle() == "foiatrack — t.db"
    assert window.location.text() == str(demo_db.path)
    assert window.requests_page.model.total_count() == sum(status_counts(demo_db).values())
    expected = {Qt.Key.Key_1: DashboardPage, Qt.Key.Key_2: RequestsPage, Qt.Key.Key_3: AgenciesPage,
                Qt.Key.Key_4: TemplatesPage, Qt.Key.Key_5: SettingsPage}
    for key, page_class in expected.items():
        press(qtbot, window, key, Qt.KeyboardModifier.ControlModifier)
        assert isinstance(window.stack.currentWidget(), page_class)
        checked = [name for name, action in window.page_actions.items() if action.isChecked()]
        assert checked == [window.current_page_name()]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Go", "&Help"]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()] == [
        "&New request…", "&Add correspondence…", "New &database…", "&Open database…", "Connect to &server…",
        "&Backup…", "&Restore from backup…", "&Import spreadsheet…", "&Export requests…",
        "Export deadlines to &calendar (.ics)…",
        "Repor&ts", "Tras&h…", "&Load the sample data", "Remove the sa&mple data", "&Print…", "&Quit"]
    edit_menu = window.menuBar().actions()[1].menu()
    shortcuts = {a.text(): a.shortcut().toString() for a in edit_menu.actions() if a.text()}
    assert shortcuts == {"Nothing to &undo": "Ctrl+Z", "&Delete requests": "",
                         "&Search requests, events and documents…": "Ctrl+F",
                         "&Filter the requests list": "Ctrl+Shift+F", "Re&load": "F5"}


def test_filter_shortcut_goes_to_the_find_box(qtbot: Any, window: MainWindow) -> None:
    window.show_page("dashboard")
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is window.requests_page
    assert window.requests_page.find.hasFocus()
    qtbot.keyClicks(window.requests_page.find, "clearview")
    assert 0 < window.requests_page.proxy.rowCount() < window.requests_page.model.total_count()


def test_enter_opens_a_request_and_back_returns(qtbot: Any, window: MainWindow, demo_db: Database) -> None:
    window.show_page("requests")
    table = window.requests_page.table
    table.setFocus()
    table.setCurrentIndex(window.requests_page.proxy.index(0, 0))
    request_id = window.requests_page.proxy.request_id(table.currentIndex())
    with qtbot.waitSignal(window.detail_page.loaded):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert isinstance(window.stack.currentWidget(), RequestDetailPage)
    assert window.detail_page.title.text().endswith(request_detail(demo_db, request_id).request.subject)
    assert window.page_actions["requests"].isChecked()
    window.detail_page.back_button.click()
    assert window.stack.currentWidget() is window.requests_page


def test_leaving_unsaved_edits_asks_first(answer: Any, qtbot: Any, window: MainWindow) -> None:
    open_request(qtbot, window, window.requests_page.proxy.visible_ids()[0])
    window.detail_page.form.notes.setPlainText("an edit not yet saved")
    asked = answer("question", QMessageBox.StandardButton.Cancel)
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert asked and asked[0][0] == "Unsaved changes"
    assert window.stack.currentWidget() is window.detail_page, "Cancel stays on the request"

    answer("question", QMessageBox.StandardButton.Discard)
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    assert not window.detail_page.dirty


def test_closing_with_unsaved_edits_can_be_cancelled(answer: Any, qtbot: Any, window: MainWindow) -> None:
    open_request(qtbot, window, window.requests_page.proxy.visible_ids()[1])
    window.detail_page.form.subject.setText("Edited subject")
    answer("question", QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()


def test_geometry_and_last_page_are_restored(qtbot: Any, demo_db: Database, ui_settings: QSettings) -> None:
    first = MainWindow(demo_db, ui_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumWidth(), 640)  # the offscreen screen is 800 px wide: stay within reach
    first.show_page("agencies")
    first.close()
    second = MainWindow(demo_db, ui_settings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page_name() == "agencies"
    assert (second.width(), second.height()) == (first.minimumWidth(), 640)
    second.close()
    wait_for_tasks()


def test_backup_from_the_file_menu(monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow,
                                   tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backed up"))
    assert target.exists() and target.read_bytes().startswith(b"SQLite format 3")
    assert str(target) in window.statusBar().currentMessage()


def test_print_the_current_page(monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow,
                                tmp_path: Path) -> None:
    pdf = tmp_path / "requests.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(pdf))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.show_page("requests")
    html = window.requests_page.printable_html()
    assert "<table" in html and "Clearview" in html
    window.print_action.trigger()
    assert pdf.read_bytes().startswith(b"%PDF")

    open_request(qtbot, window, window.requests_page.proxy.visible_ids()[0])
    assert "Deadlines" in window.detail_page.printable_html()


def click_in_next_box(monkeypatch: pytest.MonkeyPatch, button_text: str) -> list[str]:
    """Answer the next custom message box by clicking the button with *button_text*."""
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_empty_database_offers_sample_data(monkeypatch: pytest.MonkeyPatch, qtbot: Any, blank_db: Database,
                                           ui_settings: QSettings) -> None:
    window = MainWindow(blank_db, ui_settings)
    qtbot.addWidget(window)
    window.show()
    seen = click_in_next_box(monkeypatch, "&Load sample data")
    window.offer_sample_data()  # counted in the background, then asked
    qtbot.waitUntil(lambda: seen != [])
    assert "no requests yet" in seen[0]
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Sample data loaded.")
    with qtbot.waitSignal(window.requests_page.loaded):  # a hidden page reloads when shown
        window.show_page("requests")
    assert window.requests_page.model.total_count() == sum(status_counts(blank_db).values())
    seen.clear()
    window.offer_sample_data()
    settle_background_work()  # the count is in and its answer delivered
    assert seen == [], "a database with requests is not offered the samples again"
    window.close()
    wait_for_tasks()


def test_open_another_database(monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow,
                               tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other), "")))
    click_in_next_box(monkeypatch, "&Start blank")
    window.new_db_action.trigger()
    qtbot.waitUntil(lambda: window.opening is None)  # opened (and created) in the background
    assert window.db.path == other
    assert window.windowTitle() == "foiatrack — other.db"
    qtbot.waitUntil(lambda: not window.requests_page.is_loading())
    assert window.requests_page.model.total_count() == 0
    assert isinstance(window.stack.currentWidget(), DashboardPage)


def test_a_damaged_file_is_explained_and_another_can_be_chosen(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 100)
    asked: list[tuple[str, str]] = []
    good = tmp_path / "good.db"

    def ask(location: str, message: str) -> str | None:
        asked.append((location, message))
        return str(good)

    db = app_module.open_database_interactively(str(damaged), ask=ask)
    assert db is not None and db.path == good
    assert asked[0][0] == str(damaged) and "cannot be opened as a foiatrack database" in asked[0][1]
    db.close()


def test_quitting_instead_of_choosing_a_file_exits_with_1(monkeypatch: pytest.MonkeyPatch, qapp: Any,
                                                          tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(app_module, "ask_for_other_file", lambda location, message, parent=None: None)
    monkeypatch.setattr(app_module.open_database_interactively, "__defaults__", (app_module.ask_for_other_file,))
    assert app_module.run_app(str(damaged)) == 1
    assert qapp.organizationName() == "foiatrack" and qapp.applicationName() == "foiatrack"


def test_each_alt_letter_does_one_thing_on_every_page(qtbot: Any, window: MainWindow, mnemonics: Any) -> None:
    window.show_page("requests")
    assert mnemonics(window.requests_page) == {}
    open_request(qtbot, window, window.requests_page.proxy.visible_ids()[0])
    assert mnemonics(window.detail_page) == {}
    window.detail_page.tabs.setCurrentIndex(1)
    assert mnemonics(window.detail_page) == {}


def test_keyboard_shortcuts_on_the_request_page(answer: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                                window: MainWindow, demo_db: Database) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    open_request(qtbot, window, request_id)
    detail = window.detail_page
    detail.tabs.setCurrentIndex(1)
    detail.form.notes.setFocus()
    detail.form.notes.setPlainText("Saved with Ctrl+S")
    with qtbot.waitSignal(detail.loaded):  # saved on the writer, then reloaded
        qtbot.keyClick(detail.form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert request_detail(demo_db, request_id).request.notes == "Saved with Ctrl+S" and not detail.dirty

    detail.tabs.setCurrentIndex(0)
    events = len(request_detail(demo_db, request_id).events)
    monkeypatch.setattr("foiatrack.ui.request_detail.confirm", lambda *args: True)
    detail.timeline.list.setFocus()
    with qtbot.waitSignal(detail.loaded):
        qtbot.keyClick(detail.timeline.list, Qt.Key.Key_Delete)
    assert len(request_detail(demo_db, request_id).events) == events - 1

    qtbot.keyClick(detail.timeline.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.requests_page


# --- changes made elsewhere ----------------------------------------------------------------------------
def watching(qtbot: Any, window: MainWindow) -> None:
    """Start polling and wait for the first answer (the baseline)."""
    with qtbot.waitSignal(window.watcher.polled):
        window.start_watching()


def someone_else(db: Database) -> Database:
    """Another connection to the same database, as another window or the command line would have."""
    assert db.path is not None
    return open_workspace(db.path)


def test_a_request_filed_elsewhere_reloads_the_requests_page(qtbot: Any, window: MainWindow,
                                                             demo_db: Database) -> None:
    window.show_page("requests")
    watching(qtbot, window)
    before = window.requests_page.model.total_count()
    other = someone_else(demo_db)
    file_request(other, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Filed by a colleague")))
    other.close()
    with qtbot.waitSignal(window.requests_page.loaded):
        window.watcher.check()
    assert window.requests_page.model.total_count() == before + 1
    window.requests_page.find.setText("colleague")
    assert window.requests_page.proxy.rowCount() == 1


def elsewhere(window: MainWindow) -> list[Changes]:
    """What the change signal carries from here on, as changes made elsewhere."""
    seen: list[Changes] = []
    hub(window.db).changed.connect(lambda changes: seen.append(changes) if changes.elsewhere else None)
    return seen


def test_the_windows_own_changes_do_not_count_as_changed_elsewhere(qtbot: Any, window: MainWindow) -> None:
    watching(qtbot, window)
    open_request(qtbot, window, window.requests_page.proxy.visible_ids()[0])
    window.detail_page.form.notes.setPlainText("Saved here")
    with qtbot.waitSignal(window.watcher.polled):
        window.detail_page.save()  # announced, so acknowledged: the new state is the baseline
    seen = elsewhere(window)
    with qtbot.waitSignal(window.watcher.polled):
        window.watcher.check()
    assert seen == []


def test_a_request_with_unsaved_edits_is_not_reloaded_under_the_user(answer: Any, qtbot: Any, window: MainWindow,
                                                                      demo_db: Database) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    open_request(qtbot, window, request_id)
    watching(qtbot, window)
    detail = window.detail_page
    events_shown = len(detail.detail.events) if detail.detail else 0
    detail.form.notes.setPlainText("My unsaved thoughts")
    other = someone_else(demo_db)
    log_event(other, request_id, NewEvent(EventKind.NOTE, dt.date(2026, 1, 5), summary="Logged by a colleague"))
    other.close()
    with qtbot.waitSignal(detail.changedUnderEdits):  # read, but not shown over the edits
        window.watcher.check()
    assert detail.dirty and detail.form.notes.toPlainText() == "My unsaved thoughts"
    assert detail.detail is not None and len(detail.detail.events) == events_shown, "not reloaded"
    assert window.changed_note.isVisible() and "Changed elsewhere" in window.changed_note.text()

    asked = answer("question", QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(detail.loaded):
        window.changed_note.click()  # the note (or F5) reloads, asking about the edits first
    assert asked and asked[0][0] == "Unsaved changes"
    assert not detail.dirty and len(detail.detail.events) == events_shown + 1
    assert not window.changed_note.isVisible()


def test_a_clean_request_page_follows_changes_made_elsewhere(qtbot: Any, window: MainWindow,
                                                             demo_db: Database) -> None:
    request_id = window.requests_page.proxy.visible_ids()[0]
    open_request(qtbot, window, request_id)
    watching(qtbot, window)
    detail = window.detail_page
    events_shown = len(detail.detail.events) if detail.detail else 0
    other = someone_else(demo_db)
    log_event(other, request_id, NewEvent(EventKind.NOTE, dt.date(2026, 1, 5), summary="Logged by a colleague"))
    other.close()
    window.watcher.check()
    qtbot.waitUntil(lambda: detail.detail is not None and len(detail.detail.events) == events_shown + 1)
    assert window.stack.currentWidget() is detail and not window.changed_note.isVisible()


def test_refresh_all_and_the_current_request(qtbot: Any, window: MainWindow) -> None:
    assert window.current_request_id() is None
    request_id = window.requests_page.proxy.visible_ids()[0]
    open_request(qtbot, window, request_id)
    assert window.current_request_id() == request_id
    with qtbot.waitSignal(window.detail_page.loaded):  # the page on screen reloads now
        window.refresh_all()
    with qtbot.waitSignal(window.requests_page.loaded):  # a hidden one when it is shown
        window.show_page("requests")
    assert window.current_request_id() is None


def test_the_requests_table_loads_when_first_shown_not_at_start(qtbot: Any, demo_db: Any, ui_settings: Any) -> None:
    from foiatrack.ui.main_window import MainWindow

    main = MainWindow(demo_db, ui_settings)
    qtbot.addWidget(main)
    main.show()
    assert main.current_page_name() == "dashboard"
    assert main.requests_page.model.total_count() == 0 and not main.requests_page.is_loading()
    main.show_page("requests")
    qtbot.waitUntil(lambda: main.requests_page.model.total_count() == 21)
    main.close()
    wait_for_tasks()

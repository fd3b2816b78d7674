"""The settings page: letterhead and signature, the very-overdue threshold, closure days that move
deadlines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import backends
import dashboard_fixtures as fx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QMessageBox

from foiatrack.cli import main
from foiatrack.core.models import OrganisationProfile
from foiatrack.services.closures import add_closure, list_closures
from foiatrack.services.jurisdictions import load_rules_context
from foiatrack.services.queries import RequestFilter, list_requests
from foiatrack.services.settings import (
    get_profile,
    get_very_overdue_threshold,
    read_profile,
    read_very_overdue_threshold,
    save_profile,
    set_very_overdue_threshold,
)
from foiatrack.store.database import Database
from foiatrack.ui.settings_page import SettingsPage
from foiatrack.ui.tasks import wait_for_tasks


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    yield from fx.sample_database(tmp_path)


@pytest.fixture
def page(qtbot: Any, sample_db: Database) -> SettingsPage:
    save_profile(sample_db, OrganisationProfile(name="Jordan Lee", title="Staff Attorney",
                                                address="12 Harbor Way\nOakland, CA 94607"),
                 expected_version=read_profile(sample_db).version)
    widget = SettingsPage(sample_db)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.name.text() != "")
    qtbot.waitUntil(lambda: widget.closures.table.model() is not None)
    return widget


def _save(qtbot: Any, save: Any) -> bool:
    """Run a group's save and wait for its answer from the writer thread; True if saved."""
    with qtbot.waitSignal(save.__self__.answered) as answer:
        save()
    return bool(answer.args[1])


def test_profile_loads_and_saves(qtbot: Any, page: SettingsPage, sample_db: Database) -> None:
    assert page.name.text() == "Jordan Lee"
    assert "Oakland" in page.address.toPlainText()
    page.title.setText("Senior Staff Attorney")
    with qtbot.waitSignal(page.settingsChanged):
        page.save_profile_button.click()
    assert get_profile(sample_db).title == "Senior Staff Attorney"
    assert page.profile_status.text() == "Saved."


def test_profile_problems_show_beside_the_field(qtbot: Any, page: SettingsPage, sample_db: Database) -> None:
    before = get_profile(sample_db)
    page.name.clear()
    assert not _save(qtbot, page.save_profile)
    assert "signed with this name" in page.profile_errors.messages()["name"]
    page.name.setText("Jordan Lee")
    page.email.setText("records at example")
    assert not _save(qtbot, page.save_profile)
    assert set(page.profile_errors.messages()) == {"email"}
    assert get_profile(sample_db) == before


def test_the_sample_data_leaves_the_letterhead_empty(qtbot: Any, sample_db: Database) -> None:
    widget = SettingsPage(sample_db)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.closures.table.model() is not None)
    assert get_profile(sample_db) == OrganisationProfile()
    assert widget.name.text() == "" and widget.organisation.text() == ""
    assert any(box.title().startswith("Letterhead") for box in widget.findChildren(QGroupBox))


def test_threshold_is_saved(qtbot: Any, page: SettingsPage, sample_db: Database) -> None:
    page.threshold.setValue(45)
    with qtbot.waitSignal(page.settingsChanged):
        page.save_threshold()
    assert get_very_overdue_threshold(sample_db) == 45


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the "Changed elsewhere" question with *button*; the texts asked are collected."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_letterhead_saved_from_the_command_line_meanwhile_is_not_overwritten(
        qtbot: Any, page: SettingsPage, sample_db: Database, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_db.path), "profile", "--phone", "510-555-2368"]) == 0  # in a terminal
    page.title.setText("Senior Staff Attorney")  # typed over the letterhead loaded before that
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded):  # "Reload" chosen: the saved letterhead is shown
        assert not _save(qtbot, page.save_profile)
    assert len(asked) == 1 and "letterhead: it was changed elsewhere" in asked[0]
    saved = get_profile(sample_db)
    assert (saved.phone, saved.title) == ("510-555-2368", "Staff Attorney")
    assert (page.phone.text(), page.title.text()) == ("510-555-2368", "Staff Attorney")
    page.title.setText("Senior Staff Attorney")  # typed again over the reloaded letterhead: now it saves
    with qtbot.waitSignal(page.settingsChanged):
        page.save_profile()
    saved = get_profile(sample_db)
    assert (saved.phone, saved.title) == ("510-555-2368", "Senior Staff Attorney")
    # and the terminal, a step behind the page, is not told it lost anything: it read the page's save
    assert main(["--db", str(sample_db.path), "profile", "--email", "jlee@example.net"]) == 0
    assert get_profile(sample_db).title == "Senior Staff Attorney"
    capsys.readouterr()


def test_a_threshold_saved_in_another_window_keeps_what_was_typed_when_reload_is_declined(
        qtbot: Any, page: SettingsPage, sample_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    other = SettingsPage(sample_db)  # a second window's Settings page
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.name.text() != "")
    other.threshold.setValue(30)
    with qtbot.waitSignal(other.settingsChanged):
        other.save_threshold()
    page.threshold.setValue(60)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not _save(qtbot, page.save_threshold)
    assert "very-overdue threshold: it was changed elsewhere" in asked[0]
    assert get_very_overdue_threshold(sample_db) == 30
    assert page.threshold.value() == 60 and page.dirty, "declining the reload keeps the typing on screen"


def test_a_save_runs_on_the_writer_thread_and_holds_its_button(qtbot: Any, page: SettingsPage,
                                                               sample_db: Database,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from foiatrack.ui import settings_page

    threads: list[threading.Thread] = []
    real = settings_page.set_very_overdue_threshold

    def recording(*args: Any, **kwargs: Any) -> int:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(settings_page, "set_very_overdue_threshold", recording)
    page.threshold.setValue(41)
    with qtbot.waitSignal(page.answered) as answer:
        page.save_threshold_button.click()
        assert not page.save_threshold_button.isEnabled() and page.threshold_status.text() == "Saving…"
        refused: list[bool] = []
        page.save_threshold(refused.append)  # Ctrl+S meanwhile: no second save over the same version
        assert refused == [False]
    assert answer.args == ["the very-overdue threshold", True] and page.threshold_status.text() == "Saved."
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert page.save_threshold_button.isEnabled() and get_very_overdue_threshold(sample_db) == 41


def _waits(widget: Any) -> bool:
    """Whether *widget* itself shows the wait cursor (set on it, not inherited from a parent)."""
    return (widget.testAttribute(Qt.WidgetAttribute.WA_SetCursor)
            and widget.cursor().shape() == Qt.CursorShape.WaitCursor)


def test_each_group_shows_its_own_busy_state_while_its_save_runs(qtbot: Any, page: SettingsPage,
                                                                  sample_db: Database,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from foiatrack.ui import settings_page

    release = threading.Event()
    real = settings_page.save_profile

    def held(*args: Any, **kwargs: Any) -> Any:  # the letterhead's save waits on the writer until released
        assert release.wait(30), "the test never let the save finish"
        return real(*args, **kwargs)

    monkeypatch.setattr(settings_page, "save_profile", held)
    page.name.setText("Sam Rivera")
    page.threshold.setValue(52)
    answers: list[tuple[str, bool]] = []
    page.answered.connect(lambda group, ok: answers.append((group, ok)))
    try:
        page.save_profile_button.click()
        assert _waits(page.profile_box) and page.profile_status.text() == "Saving…"
        assert not page.save_profile_button.isEnabled()
        assert not _waits(page) and not _waits(page.threshold_box) and not _waits(page.backups_box)
        assert page.save_threshold_button.isEnabled() and page.threshold_status.text() == ""
        page.save_threshold_button.click()  # queued behind the letterhead on the one writer
        assert _waits(page.threshold_box) and _waits(page.profile_box)
        assert page.threshold_status.text() == "Saving…" and not page.save_threshold_button.isEnabled()
        assert not _waits(page.backups_box) and page.save_backups_button.isEnabled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: answers == [("the letterhead", True), ("the very-overdue threshold", True)])
    for box, button, status in ((page.profile_box, page.save_profile_button, page.profile_status),
                                (page.threshold_box, page.save_threshold_button, page.threshold_status)):
        assert not _waits(box) and button.isEnabled() and status.text() == "Saved."
    assert read_profile(sample_db).value.name == "Sam Rivera" and get_very_overdue_threshold(sample_db) == 52


def test_the_closure_days_show_their_own_busy_state_while_deadlines_are_recomputed(
        qtbot: Any, page: SettingsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from foiatrack.ui import settings_closures

    release = threading.Event()
    real = settings_closures.add_closure

    def held(*args: Any, **kwargs: Any) -> Any:
        assert release.wait(30), "the test never let the save finish"
        return real(*args, **kwargs)

    monkeypatch.setattr(settings_closures, "add_closure", held)
    page.closures.date.set_value(dt.date(2026, 12, 28))
    page.closures.name.setText("Office move")
    try:
        with qtbot.waitSignal(page.closures.busy) as busy:
            page.closures.add_button.click()
        assert busy.args == [True]
        assert _waits(page.closures) and not page.closures.add_button.isEnabled()
        assert page.closures.progress.text() == "Recomputing deadlines…"
        assert not _waits(page) and not _waits(page.profile_box) and page.save_profile_button.isEnabled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: page.closures.add_button.isEnabled())
    assert not _waits(page.closures) and page.closures.progress.text().startswith("Added 2026-12-28")


def _federal_due_soon(db: Database) -> tuple[int, dt.date]:
    """A federal request whose response is due in the future (so a closure before it moves it)."""
    today = dt.date.today()
    for row in list_requests(db, RequestFilter(jurisdiction="US", due_within=60)):
        if row.due_date is not None and row.due_date > today + dt.timedelta(days=2):
            return row.id, row.due_date
    raise AssertionError("the sample data has no federal request due soon")


def _next_working_day(db: Database, after: dt.date) -> dt.date:
    with db.read_session() as session:
        return load_rules_context(session).calendar("US").next_working_day(after)


def _due(db: Database, request_id: int) -> dt.date | None:
    return next(r.due_date for r in list_requests(db) if r.id == request_id)


def test_adding_and_removing_a_closure_day_recomputes_deadlines(qtbot: Any, page: SettingsPage,
                                                                sample_db: Database) -> None:
    request_id, due = _federal_due_soon(sample_db)
    closed = _next_working_day(sample_db, dt.date.today())
    box = page.closures
    box.date.set_value(closed)
    box.name.setText("FOIA office closed: burst pipe")
    box.jurisdiction.setCurrentIndex(box.jurisdiction.findData("US"))
    with qtbot.waitSignal(page.settingsChanged):
        box.add_button.click()
    assert [(c.date, c.jurisdiction) for c in list_closures(sample_db)] == [(closed, "US")]
    moved = _due(sample_db, request_id)
    assert moved == _next_working_day(sample_db, due)  # one more working day to answer
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert box.name.text() == "" and "recomputed" in box.progress.text()

    box.table.setCurrentIndex(box.table.model().index(0, 0))
    with qtbot.waitSignal(page.settingsChanged):
        box.remove_button.click()
    assert list_closures(sample_db) == []
    assert _due(sample_db, request_id) == due
    qtbot.waitUntil(lambda: box.model.rowCount() == 0)


def test_closure_entry_problems_show_beside_the_fields(qtbot: Any, page: SettingsPage,
                                                       sample_db: Database) -> None:
    box = page.closures
    box.name.setText("no date given")
    box.add()
    assert "Give the day" in box.errors.messages()["date"]
    box.date.edit.setText("2026-02-30")
    box.add()
    assert "not a valid date" in box.errors.messages()["date"]
    day = dt.date(2026, 3, 3)
    add_closure(sample_db, day, "already there")
    box.date.set_value(day)
    box.add()
    qtbot.waitUntil(lambda: "date" in box.errors.messages())
    assert "already a closure day" in box.errors.messages()["date"]
    assert box.add_button.isEnabled()
    box.table.clearSelection()
    box.table.setCurrentIndex(box.table.model().index(-1, -1))
    box.remove()
    assert "Select the closure day" in box.errors.messages()[""]


def test_models_and_names(qtmodeltester: Any, qtbot: Any, page: SettingsPage, sample_db: Database) -> None:
    add_closure(sample_db, dt.date(2026, 3, 3), "Snow day", None)
    page.closures.refresh()
    qtbot.waitUntil(lambda: page.closures.model.rowCount() == 1)
    qtmodeltester.check(page.closures.model)
    qtmodeltester.check(page.closures.table.model())
    assert page.closures.model.index(0, 2).data() == "All jurisdictions"
    assert fx.unnamed_controls(page) == []


def test_switching_pages_with_unsaved_settings_asks_and_keeps_the_typing(answer: Any, qtbot: Any,
                                                                         window: Any, demo_db: Database) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.show_page("settings")
    settings = window.pages["settings"]
    qtbot.waitUntil(lambda: settings._saved_profile is not None)
    settings.name.setText("Alex Rivera")  # letters need a name to sign with
    settings.title.setText("Records editor")
    settings.threshold.setValue(settings.threshold.value() + 3)
    asked = answer("question", QMessageBox.StandardButton.Cancel)
    assert not window.show_page("dashboard")
    assert "letterhead" in asked[0][1] and "threshold" in asked[0][1]
    assert window.stack.currentWidget() is settings and window.page_actions["settings"].isChecked()
    assert settings.title.text() == "Records editor", "Cancel keeps what was typed"

    answer("question", QMessageBox.StandardButton.Save)
    assert window.show_page("dashboard")
    assert get_profile(demo_db).title == "Records editor"
    assert get_very_overdue_threshold(demo_db) == settings.threshold.value()
    assert not settings.dirty


def test_discarding_unsaved_settings_shows_the_saved_ones_again(answer: Any, qtbot: Any, window: Any,
                                                                demo_db: Database) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.show_page("settings")
    settings = window.pages["settings"]
    qtbot.waitUntil(lambda: settings._saved_profile is not None)
    saved = get_profile(demo_db).title
    settings.title.setText("Typed, then thrown away")
    answer("question", QMessageBox.StandardButton.Discard)
    assert window.show_page("requests")
    assert get_profile(demo_db).title == saved
    window.show_page("settings")
    qtbot.waitUntil(lambda: settings.title.text() == saved)


def test_a_reload_does_not_wipe_unsaved_typing(qtbot: Any, page: SettingsPage) -> None:
    page.phone.setText("555-0100")
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.phone.text() == "555-0100"
    assert page.unsaved_groups() == ["the letterhead"]


@pytest.mark.skipif(not backends.postgres_available(), reason="PostgreSQL's server programs are not installed")
def test_a_letterhead_and_threshold_saved_by_a_teammate_on_the_server_reach_the_open_page(
        qtbot: Any, postgres_admin: str) -> None:
    """On a server the change detector is a token, not SQLite's data_version: it must see settings too, and
    the change arrives on the one signal like any other."""
    from foiatrack.services.workspace import open_workspace
    from foiatrack.ui.change_watch import ChangeWatcher
    from foiatrack.ui.dataflow import hub

    with backends.fresh_database(postgres_admin) as url:
        db, teammate = open_workspace(url), open_workspace(url)
        try:
            page = SettingsPage(db)
            qtbot.addWidget(page)
            with qtbot.waitSignal(page.loaded):
                page.show()
            watcher = ChangeWatcher(db, page)
            with qtbot.waitSignal(watcher.polled):
                watcher.start()
            save_profile(teammate, OrganisationProfile(name="Ana Ruiz", title="Records Counsel"),
                         expected_version=read_profile(teammate).version)
            set_very_overdue_threshold(teammate, 41,
                                       expected_version=read_very_overdue_threshold(teammate).version)
            with qtbot.waitSignal(hub(db).changed) as announced, \
                    qtbot.waitSignal(page.loaded):
                watcher.check()
            assert announced.args[0].settings and announced.args[0].elsewhere
            assert page.name.text() == "Ana Ruiz" and page.title.text() == "Records Counsel"
            assert page.threshold.value() == 41
            watcher.stop()
        finally:
            wait_for_tasks()
            teammate.close()
            db.close()

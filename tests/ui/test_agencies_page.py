"""The agencies page: the directory, editing with messages beside the fields, deleting, statistics."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dashboard_fixtures as fx
import pytest
from PySide6.QtCore import Qt

from foiatrack.core.errors import UserError
from foiatrack.services.agencies import AgencyChanges, add_agency, find_agency, list_agencies
from foiatrack.store.database import Database
from foiatrack.ui import agencies_page
from foiatrack.ui.agencies_page import AgenciesPage
from foiatrack.ui.agency_form import AgencyDialog
from foiatrack.ui.dashboard_models import IdRole


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    yield from fx.sample_database(tmp_path)


@pytest.fixture
def page(qtbot: Any, sample_db: Database) -> AgenciesPage:
    widget = AgenciesPage(sample_db)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded):
        widget.show()  # a page loads when first shown, and then follows the change signal
    qtbot.waitUntil(lambda: widget.requests.source.rowCount() >= 0 and widget.stat_labels["requests"].text() != "–")
    return widget


def _select(qtbot: Any, page: AgenciesPage, abbreviation: str) -> None:
    agency = next(a for a in page.model.agencies() if a.abbreviation == abbreviation)
    with qtbot.waitSignal(page.detailLoaded):
        page.select_agency(agency.id)


def test_models_pass_the_model_tester(qtmodeltester: Any, page: AgenciesPage) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.requests.source)


def test_directory_lists_every_agency_and_find_narrows_it(page: AgenciesPage, sample_db: Database) -> None:
    assert page.model.rowCount() == len(list_agencies(sample_db))
    page.find.setText("immigration customs")
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names == ["U.S. Immigration and Customs Enforcement"]


def test_selected_agency_shows_statistics_and_requests(qtbot: Any, page: AgenciesPage) -> None:
    _select(qtbot, page, "ICE")
    assert page.stat_labels["requests"].text() == "3"
    assert page.requests.source.rowCount() == 3
    assert "working days" in page.stat_labels["first"].text()
    assert "ice" in page.contact.text().lower()
    index = page.requests.proxy.index(0, 0)
    page.requests.setCurrentIndex(index)
    with qtbot.waitSignal(page.openRequest) as opened:
        qtbot.keyClick(page.requests, Qt.Key.Key_Return)
    assert opened.args == [index.data(IdRole)]


def test_agency_with_requests_cannot_be_deleted(qtbot: Any, page: AgenciesPage,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _select(qtbot, page, "ICE")
    assert not page.delete_button.isEnabled()
    assert "cannot be deleted" in page.delete_button.toolTip()
    errors: list[str] = []
    monkeypatch.setattr(agencies_page, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(agencies_page, "show_error", lambda _p, _t, error: errors.append(error.message))
    page.delete_agency()  # the service refuses even if the button were pressed (on the writer thread)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors and "cannot be deleted" in errors[0]
    assert find_agency(page.db, "ICE")


def test_unused_agency_is_deleted_after_confirmation(qtbot: Any, page: AgenciesPage, sample_db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    spare = add_agency(sample_db, AgencyChanges(name="Office of Spare Records", jurisdiction="US"))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    with qtbot.waitSignal(page.detailLoaded):
        page.select_agency(spare.id)
    assert page.delete_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(agencies_page, "confirm", lambda _p, _t, text, **_k: asked.append(text) or True)
    with qtbot.waitSignal(page.loaded):
        page.delete_agency()
        assert not page.delete_button.isEnabled(), "not twice while the delete is on the writer"
    assert asked and "Office of Spare Records" in asked[0]
    assert all(a.id != spare.id for a in page.model.agencies())


def _save(qtbot: Any, dialog: AgencyDialog) -> bool:
    """Save and wait for the answer from the writer thread; True if saved."""
    with qtbot.waitSignal(dialog.answered) as answer:
        dialog.save()
    return bool(answer.args[0])


def test_form_shows_problems_beside_their_fields(qtbot: Any, sample_db: Database) -> None:
    agencies = list_agencies(sample_db)
    dialog = AgencyDialog(sample_db, None, agencies)
    qtbot.addWidget(dialog)
    assert not _save(qtbot, dialog)
    assert "needs a name" in dialog.errors.messages()["name"]
    dialog.name.setText("U.S. Immigration and Customs Enforcement")
    assert not _save(qtbot, dialog)
    assert "already exists" in dialog.errors.messages()["name"]
    dialog.name.setText("Office of Test Records")
    dialog.email.setText("not an address")
    assert not _save(qtbot, dialog)
    assert set(dialog.errors.messages()) == {"foia_email"}
    dialog.email.setText("foia@test.gov")
    dialog.portal.setText("test.gov")
    assert not _save(qtbot, dialog)
    assert "https://" in dialog.errors.messages()["portal_url"]
    dialog.portal.setText("https://test.gov/foia")
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData("US-CA"))
    assert _save(qtbot, dialog)
    assert dialog.result() == AgencyDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.jurisdiction == "US-CA"
    assert find_agency(sample_db, "Office of Test Records").foia_email == "foia@test.gov"
    assert fx.unnamed_controls(dialog) == []


def test_edit_from_the_page_updates_the_agency(qtbot: Any, page: AgenciesPage,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _select(qtbot, page, "FBI")

    def fill_and_save(dialog: AgencyDialog) -> int:
        assert dialog.name.text() == "Federal Bureau of Investigation"
        dialog.phone.setText("(540) 868-4500")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AgencyDialog, "exec", fill_and_save)  # the save's answer comes in as the page waits
    with qtbot.waitSignal(page.loaded):
        page.edit_agency()
    assert find_agency(page.db, "FBI").phone == "(540) 868-4500"
    assert "(540) 868-4500" in page.contact.text()


def test_controls_are_named(page: AgenciesPage) -> None:
    assert fx.unnamed_controls(page) == []


def test_service_errors_without_a_field_go_to_the_top(qtbot: Any, sample_db: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = AgencyDialog(sample_db, None, [])
    qtbot.addWidget(dialog)
    dialog.name.setText("Office X")

    def fail(*_a: object) -> None:
        raise UserError("database is busy; try again")

    monkeypatch.setattr("foiatrack.ui.agency_form.add_agency", fail)
    assert not _save(qtbot, dialog)
    assert dialog.errors.messages() == {"": "⚠ database is busy; try again"}


def test_agency_save_runs_off_the_ui_thread_and_holds_the_dialog(qtbot: Any, sample_db: Database,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from foiatrack.ui import agency_form

    threads: list[threading.Thread] = []
    real_add = agency_form.add_agency

    def add(db: Database, changes: AgencyChanges) -> Any:
        threads.append(threading.current_thread())
        return real_add(db, changes)

    monkeypatch.setattr(agency_form, "add_agency", add)
    dialog = AgencyDialog(sample_db, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Office of Threaded Records")
    with qtbot.waitSignal(dialog.answered):
        dialog.save()
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        assert not save.isEnabled() and dialog.saving
        dialog.reject()  # Esc meanwhile: the dialog waits for the answer
        assert dialog.isVisible()
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.result() == AgencyDialog.DialogCode.Accepted and not dialog.isVisible()
    assert find_agency(sample_db, "Office of Threaded Records")


def test_a_stale_edit_is_refused_in_words_and_the_dialog_stays(qtbot: Any, sample_db: Database) -> None:
    from foiatrack.services.agencies import update_agency

    ice = find_agency(sample_db, "ICE")
    dialog = AgencyDialog(sample_db, ice, list_agencies(sample_db))
    qtbot.addWidget(dialog)
    dialog.show()
    update_agency(sample_db, ice.id, AgencyChanges(name=ice.name, jurisdiction=ice.jurisdiction, phone="1"),
                  expected_version=ice.version)  # saved elsewhere meanwhile
    dialog.phone.setText("(540) 868-4500")
    assert not _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != AgencyDialog.DialogCode.Accepted
    assert any("changed elsewhere" in text for text in dialog.errors.messages().values())
    assert find_agency(sample_db, ice.id).phone == "1"


def test_a_database_failure_is_shown_in_the_error_box_and_the_dialog_stays(
        qtbot: Any, sample_db: Database, answer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    def locked(*_a: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr("foiatrack.ui.agency_form.add_agency", locked)
    told = answer("warning", None)
    dialog = AgencyDialog(sample_db, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Office of Locked Records")
    assert not _save(qtbot, dialog)
    assert told and told[0][1].startswith("database:") and dialog.isVisible()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.isEnabled() and save.text() != "Saving…", "the dialog can be saved again"

"""The intake dialog's "Save as <agency>'s appeal office" box: ticked only when the agency has none, never
replacing an office without the user's tick, offered only for the matched request's agency."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from foiatrack.services.agencies import find_agency, set_appeal_office
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.intake_dialog import IntakeDialog

LETTERS = Path(__file__).parents[1] / "intake" / "letters" / "appeal_offices"


@pytest.fixture
def requests(blank_db: Database) -> dict[str, int]:
    def add(agency: str, subject: str, tracking: str) -> int:
        return file_request(blank_db, NewRequest(agencies=(agency,), fields=RequestFields(subject=subject),
                                                 sent_on=dt.date(2026, 1, 2), tracking_number=tracking))[0]

    return {"ice": add("ICE", "Detainee transfers", "2026-ICFO-31417"),
            "dos": add("DOS", "Removal flight cables", "F-2026-01234")}


def open_dialog(qtbot: Any, db: Database, tmp_path: Path, name: str, **kwargs: Any) -> IntakeDialog:
    target = tmp_path / name
    shutil.copy(LETTERS / name, target)
    dialog = IntakeDialog(db, [str(target)], **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.item is not None or bool(dialog.status.text()))
    return dialog


def log(qtbot: Any, dialog: IntakeDialog) -> None:
    with qtbot.waitSignal(dialog.answered) as answer:
        dialog.log_button.click()
    assert answer.args == [True], dialog.status.text()


def test_agency_without_office_is_ticked_and_saved_with_the_events(qtbot: Any, blank_db: Database,
                                                                   requests: dict[str, int], tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, blank_db, tmp_path, "ice-final.txt")
    box = dialog.appeal_box
    assert box is not None and box.save.text() == "Save as ICE's appeal office" and box.save.isChecked()
    assert "Office of the Principal Legal Advisor" in box.where.text()
    box.evidenceWanted.emit(box.office.sentences[0])  # what clicking the quote does
    [marked] = dialog.letter_view.extraSelections()
    assert marked.cursor.selectedText().startswith("Should you wish to do so")
    assert "20536-5900" in marked.cursor.selectedText()
    log(qtbot, dialog)
    agency = find_agency(blank_db, "ICE")
    assert agency.appeal_address.splitlines()[-1] == "Washington, DC 20536-5900"
    assert agency.appeal_source == "ICE's letter of 2026-11-20 (ice-final.txt)"
    assert "saved as ICE's appeal office" in dialog.done_note.text()


def test_users_own_office_is_kept_unless_ticked(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                               tmp_path: Path) -> None:
    ice = find_agency(blank_db, "ICE")
    set_appeal_office(blank_db, ice.id, "My office\n1 Main St\nWashington, DC 20001", source="typed by me")
    dialog = open_dialog(qtbot, blank_db, tmp_path, "ice-final.txt")
    box = dialog.appeal_box
    assert box is not None and not box.save.isChecked() and "your own" in box.note.text()
    log(qtbot, dialog)
    assert find_agency(blank_db, "ICE").appeal_address.startswith("My office")


def test_ticking_replaces_the_office(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                     tmp_path: Path) -> None:
    ice = find_agency(blank_db, "ICE")
    set_appeal_office(blank_db, ice.id, "My office\n1 Main St\nWashington, DC 20001", source="typed by me")
    dialog = open_dialog(qtbot, blank_db, tmp_path, "ice-final.txt")
    assert dialog.appeal_box is not None
    dialog.appeal_box.save.setChecked(True)
    log(qtbot, dialog)
    assert find_agency(blank_db, "ICE").appeal_address.startswith("U.S. Immigration and Customs Enforcement")


def test_another_request_turns_the_box_off(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                           tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, blank_db, tmp_path, "ice-final.txt")
    box = dialog.appeal_box
    assert box is not None and box.save.isEnabled()
    dialog.request_picker.setCurrentIndex(dialog.request_ids.index(requests["dos"]))
    assert not box.save.isEnabled() and not box.save.isChecked() and box.choice() is False
    dialog.request_picker.setCurrentIndex(dialog.request_ids.index(requests["ice"]))
    assert box.save.isEnabled()


def test_ogis_only_letter_offers_no_office(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                           tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, blank_db, tmp_path, "ogis-only.txt", preferred_request=requests["ice"])
    assert dialog.appeal_box is None


def test_partial_address_is_shown_with_its_reason_and_nothing_to_save(qtbot: Any, blank_db: Database,
                                                                      requests: dict[str, int],
                                                                      tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, blank_db, tmp_path, "partial-office.txt", preferred_request=requests["ice"])
    box = dialog.appeal_box
    assert box is not None and box.save.isHidden() and box.choice() is None
    assert "no complete mailing address" in box.findChildren(type(box.note))[1].text()

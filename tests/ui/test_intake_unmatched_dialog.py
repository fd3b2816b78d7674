"""The proposal dialog says, above the request chooser, why a letter was not matched and what to do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.intake_dialog import IntakeDialog, matched_by_words

ICE = "U.S. Immigration and Customs Enforcement"  # in the directory, its FOIA e-mail at ice.dhs.gov


def new_request(db: Database, subject: str, tracking: str | None = None) -> int:
    return file_request(db, NewRequest(agencies=(ICE,), fields=RequestFields(subject=subject),
                                       sent_on=dt.date(2026, 1, 2), tracking_number=tracking))[0]


def open_dialog(qtbot: Any, db: Database, path: Path) -> IntakeDialog:
    dialog = IntakeDialog(db, [str(path)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.item is not None)
    return dialog


def ice_letter(tmp_path: Path) -> Path:
    path = tmp_path / "ice-ack.eml"
    path.write_text("From: ice-foia@ice.dhs.gov\nSubject: ICE FOIA Request 2026-ICFO-31417\nDate: Mon, 09 Mar 2026 "
                    "10:00:00 -0400\n\nThis acknowledges receipt of your FOIA request, received on March 3, 2026. "
                    "Your request has been assigned number 2026-ICFO-31417.\n", encoding="utf-8")
    return path


def top(widget: Any, dialog: IntakeDialog) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def test_the_reason_and_what_to_do_stand_above_the_request_chooser(qtbot: Any, blank_db: Database,
                                                                    tmp_path: Path) -> None:
    transfers = new_request(blank_db, "Detainee transfers")
    new_request(blank_db, "Detention standards inspections")
    dialog = open_dialog(qtbot, blank_db, ice_letter(tmp_path))
    box = dialog.unmatched_box
    assert dialog.chosen_request() is None
    assert box.isVisible() and top(box, dialog) < top(dialog.request_picker, dialog)
    assert box.accessibleDescription() == (
        "Not matched to a request. No request has tracking number 2026-ICFO-31417; the sender's domain ice.dhs.gov "
        "matches two ICE requests without a number, and the letter's subject does not tell them apart.\nChoose one "
        "of them in the Request list below, or skip this file.")
    assert "<b>Not matched to a request.</b>" in box.text()
    assert "2026\u2011ICFO\u201131417" in box.text()  # the number is not wrapped at its hyphens
    assert "--request" not in box.text()  # the command line's words are not the window's
    assert "Detainee transfers" in dialog.match_note.text() and "Detention standards" in dialog.match_note.text()
    before = len(request_detail(blank_db, transfers).events)
    dialog.match_note.linkActivated.emit(str(transfers))  # the likely request's link chooses it
    assert dialog.chosen_request() == transfers
    with qtbot.waitSignal(dialog.answered) as answer:
        dialog.log_button.click()
    assert answer.args[0]
    logged = request_detail(blank_db, transfers).events[before:]
    assert [e.kind for e in logged] == [EventKind.ACKNOWLEDGED]


def test_a_matched_letter_shows_no_such_box(qtbot: Any, blank_db: Database, tmp_path: Path) -> None:
    numbered = new_request(blank_db, "Detainee transfers", "2026-ICFO-31417")
    new_request(blank_db, "Detention standards inspections")
    dialog = open_dialog(qtbot, blank_db, ice_letter(tmp_path))
    assert dialog.chosen_request() == numbered
    assert not dialog.unmatched_box.isVisible() and "tracking number" in dialog.match_note.text()


def test_choosing_a_request_puts_the_warning_away_and_choosing_none_brings_it_back(
        qtbot: Any, blank_db: Database, tmp_path: Path) -> None:
    transfers = new_request(blank_db, "Detainee transfers")
    new_request(blank_db, "Detention standards inspections")
    dialog = open_dialog(qtbot, blank_db, ice_letter(tmp_path))
    assert dialog.unmatched_box.isVisible()
    dialog.request_picker.setCurrentIndex(dialog.request_ids.index(transfers))
    assert dialog.chosen_request() == transfers
    assert not dialog.unmatched_box.isVisible()
    assert dialog.request_picker.lineEdit().cursorPosition() == 0, "the chosen request's number shows"
    assert dialog.match_note.text() == (f"You chose request #{transfers} for this letter. Change it above if it is "
                                        "not the right one.")
    dialog.request_picker.setCurrentIndex(0)
    assert dialog.chosen_request() is None
    assert dialog.unmatched_box.isVisible() and "Detainee transfers" in dialog.match_note.text()


@pytest.mark.parametrize(("matched_by", "words"), [
    ("tracking_number", "its tracking number"),
    ("tracking_number+sender_domain", "its tracking number and the sender's e-mail domain"),
    # a scan's number matched only by allowing for look-alike characters is said so, for the user to check
    ("tracking_number+ocr", "its tracking number, allowing for characters the scan may have misread"),
    ("appeal_number+ocr", "its appeal number, allowing for characters the scan may have misread"),
])
def test_the_note_says_how_a_letter_was_matched(matched_by: str, words: str) -> None:
    assert matched_by_words(matched_by) == words

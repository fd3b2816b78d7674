"""Add correspondence: a queue of letters, each proposal checked and edited, logged only on confirmation."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.queries import list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui import intake_dialog
from foiatrack.ui.intake_dialog import IntakeDialog

LETTERS = Path(__file__).parents[1] / "intake" / "letters"


@pytest.fixture
def requests(blank_db: Database) -> dict[str, int]:
    def add(agency: str, subject: str, tracking: str) -> int:
        return file_request(blank_db, NewRequest(agencies=(agency,), fields=RequestFields(subject=subject),
                                                 sent_on=dt.date(2026, 1, 2), tracking_number=tracking))[0]

    return {"dos": add("DOS", "Removal flight cables", "F-2026-01234"),
            "ice": add("ICE", "Detainee transfers", "2026-ICFO-31417")}


def copy(tmp_path: Path, folder: str, name: str) -> str:
    target = tmp_path / name
    shutil.copy(LETTERS / folder / name, target)
    return str(target)


def open_dialog(qtbot: Any, db: Database, paths: list[str], **kwargs: Any) -> IntakeDialog:
    dialog = IntakeDialog(db, paths, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.item is not None or bool(dialog.status.text()))
    return dialog


def log(qtbot: Any, dialog: IntakeDialog) -> bool:
    """Press "Log events" and wait for the answer from the writer thread; True if logged."""
    with qtbot.waitSignal(dialog.answered) as answer:
        dialog.log_button.click()
    return bool(answer.args[0])


def events_of(db: Database, request_id: int) -> list[Any]:
    return list(request_detail(db, request_id).events)


def test_matched_letter_is_logged_only_on_confirmation(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                                       tmp_path: Path) -> None:
    before = len(events_of(blank_db, requests["dos"]))
    dialog = open_dialog(qtbot, blank_db, [copy(tmp_path, "samples", "s01-dos-ack.txt")])
    assert dialog.chosen_request() == requests["dos"]
    assert "tracking number" in dialog.match_note.text()
    assert [e.proposed.kind for e in dialog.editors] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]
    assert len(events_of(blank_db, requests["dos"])) == before  # nothing yet
    dialog.editors[1].editors["extension_days"].setText("15")  # the user corrects a figure
    with qtbot.waitSignal(dialog.logged):
        dialog.log_button.click()
        # On the writer: not pressed twice, not skipped or closed before the answer is in.
        assert not dialog.log_button.isEnabled() and not dialog.skip_button.isEnabled() and dialog.logging
        assert dialog.status.text() == "Logging…"
        dialog.reject()
        assert dialog.isVisible()
    logged = events_of(blank_db, requests["dos"])[before:]
    assert sorted((e.kind, e.extension_days) for e in logged) == [(EventKind.ACKNOWLEDGED, None),
                                                                 (EventKind.EXTENSION, 15)]
    assert dialog.result() == dialog.DialogCode.Accepted  # the queue is done


def test_unmatched_letter_waits_for_the_user_to_choose(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                                       tmp_path: Path) -> None:
    letter = tmp_path / "ack.txt"
    letter.write_text("March 9, 2026\n\nThis acknowledges receipt of your request, received on March 3, 2026.",
                      encoding="utf-8")
    dialog = open_dialog(qtbot, blank_db, [str(letter)])
    assert dialog.chosen_request() is None and "choose" in dialog.unmatched_box.text().lower()
    before = len(events_of(blank_db, requests["ice"]))
    dialog.log_button.click()  # refused at once: nothing goes to the writer
    assert "Choose the request" in dialog.status.text()
    assert len(events_of(blank_db, requests["ice"])) == before
    dialog.request_picker.setCurrentIndex(dialog.request_ids.index(requests["ice"]))
    assert log(qtbot, dialog)
    assert [e.kind for e in events_of(blank_db, requests["ice"])[before:]] == [EventKind.ACKNOWLEDGED]


def test_queue_goes_on_past_an_unreadable_file_and_unticked_events_are_not_logged(
        qtbot: Any, blank_db: Database, requests: dict[str, int], tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nonsense")
    dialog = open_dialog(qtbot, blank_db, [str(broken), copy(tmp_path, "samples", "s01-dos-ack.txt")])
    assert "cannot be read" in dialog.status.text() and "broken.pdf" in dialog.status.text()
    assert not dialog.log_button.isEnabled() and "cannot be read" in dialog.letter_view.toPlainText()
    assert dialog.skip_button.text() == "&Next file"
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: dialog.item is not None)
    assert "File 2 of 2" in dialog.heading.text()
    dialog.editors[0].include.setChecked(False)
    before = len(events_of(blank_db, requests["dos"]))
    assert log(qtbot, dialog)
    assert dialog.done_note.text().startswith("Logged 1 event(s) from s01-dos-ack.txt")
    assert [e.kind for e in events_of(blank_db, requests["dos"])[before:]] == [EventKind.EXTENSION]


def test_a_field_shows_its_sentence_in_the_letter(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                                  tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, blank_db, [copy(tmp_path, "dev", "d02-ice-partial.txt")])
    sentence = dialog.editors[0].proposed.evidence["pages_withheld"]
    dialog.highlight(sentence)
    [selection] = dialog.letter_view.extraSelections()
    assert " ".join(selection.cursor.selectedText().split()) == sentence


def test_a_sentence_is_found_in_the_letter_as_it_is_typeset(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                                            tmp_path: Path) -> None:
    # The letter prints curly apostrophes and a contraction; the rules read "could not", the dialog shows the letter's
    # own words and finds them.
    letter = tmp_path / "ice-no-records.txt"
    letter.write_text("U.S. Immigration and Customs Enforcement\nFreedom of Information Act Office\n\n"
                      "December 1, 2026\n\nRe: FOIA Request 2026-ICFO-31417\n\nDear Requester:\n\n"
                      "We searched the Office of Enforcement and Removal Operations\u2019 files but "
                      "couldn\u2019t locate any records responsive to your request.\n\nSincerely,\n"
                      "ICE FOIA Office\n", encoding="utf-8")
    dialog = open_dialog(qtbot, blank_db, [str(letter)])
    sentence = dialog.editors[0].proposed.evidence["outcome"]
    assert "couldn't locate" in sentence
    dialog.highlight(sentence)
    [selection] = dialog.letter_view.extraSelections()
    assert "couldn\u2019t locate any records" in " ".join(selection.cursor.selectedText().split())


def test_already_logged_file_cannot_be_logged_again(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                                    tmp_path: Path) -> None:
    path = copy(tmp_path, "samples", "s01-dos-ack.txt")
    first = open_dialog(qtbot, blank_db, [path])
    assert log(qtbot, first)
    second = open_dialog(qtbot, blank_db, [path])
    assert not second.log_button.isEnabled() and "Already logged" in second.status.text()


def test_window_accepts_dropped_letters_and_offers_the_open_request(qtbot: Any, window: Any, demo_db: Database,
                                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    opened: list[tuple[list[str], int | None]] = []

    class Recorder:
        logged_count = 0

        def __init__(self, db: Database, paths: list[str], parent: Any, preferred_request: int | None) -> None:
            opened.append((paths, preferred_request))
            self.logged = type("S", (), {"connect": lambda *_: None})()

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(intake_dialog, "IntakeDialog", Recorder)
    path = copy(tmp_path, "samples", "s01-dos-ack.txt")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(path), QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert opened == [([path], None)]
    request_id = list_requests(demo_db)[0].id
    window.open_request(request_id)
    window.add_correspondence([path])
    assert opened[-1] == ([path], request_id)
    photo = QMimeData()
    photo.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    refused = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, photo,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_a_misread_kind_can_be_changed_and_its_fields_follow(qtbot: Any, blank_db: Database,
                                                             requests: dict[str, int], tmp_path: Path) -> None:
    letter = tmp_path / "x.txt"
    letter.write_text("Case Number: F-2026-01234\n\nMarch 9, 2026\n\nWe are releasing 12 pages in full. "
                      "We will continue to process your request.", encoding="utf-8")
    dialog = open_dialog(qtbot, blank_db, [str(letter)])
    [editor] = dialog.editors
    assert editor.proposed.kind is EventKind.INTERIM_RELEASE and "outcome" not in editor.editors
    editor.kind.set_value(EventKind.FINAL_DETERMINATION)
    assert "outcome" in editor.editors and editor.editors["pages_released"].text() == "12"
    assert not log(qtbot, dialog)
    assert "outcome" in dialog.status.text()  # a final determination needs its outcome: nothing written
    from foiatrack.core.vocabulary import Outcome

    editor.editors["outcome"].set_value(Outcome.FULL_GRANT)
    before = len(events_of(blank_db, requests["dos"]))
    assert log(qtbot, dialog)
    [logged] = events_of(blank_db, requests["dos"])[before:]
    assert (logged.kind, logged.outcome, logged.pages_released) == (EventKind.FINAL_DETERMINATION,
                                                                    Outcome.FULL_GRANT, 12)


def test_matched_request_beyond_the_listed_ones_is_offered(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake_dialog, "list_requests", lambda db, filters: [])  # as if beyond the limit
    dialog = open_dialog(qtbot, blank_db, [copy(tmp_path, "samples", "s01-dos-ack.txt")])
    assert dialog.chosen_request() == requests["dos"]
    assert "Removal flight cables" in dialog.request_picker.currentText()


def test_an_event_read_loosely_is_flagged_for_checking(qtbot: Any, blank_db: Database, requests: dict[str, int],
                                                       tmp_path: Path) -> None:
    """A letter in words no precise rule knows is proposed from the loose reading, with a warning to check it."""
    from PySide6.QtWidgets import QLabel

    from foiatrack.ui.widgets import note_style

    letter = tmp_path / "dos-sealed.txt"
    letter.write_text("United States Department of State\n\nMarch 3, 2026\n\nCase Number: F-2026-01234\n\n"
                      "Dear Requester:\n\nThese cables are sealed by court order, and the Department refuses to turn "
                      "them over to you.\n\nSincerely,\nIPS\n", encoding="utf-8")
    dialog = open_dialog(qtbot, blank_db, [str(letter)])
    assert [e.proposed.kind for e in dialog.editors] == [EventKind.FINAL_DETERMINATION]
    warnings = [label for label in dialog.findChildren(QLabel) if "read loosely" in label.text()]
    assert len(warnings) == 1 and warnings[0].styleSheet() == note_style("warning")
    assert "refuses to turn them over" in warnings[0].text()

"""Letters dropped on the main window: which drops it accepts, and what it does with them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from foiatrack.ui import intake_dialog


def mime(*paths: str, web: str | None = None) -> QMimeData:
    data = QMimeData()
    urls = [QUrl.fromLocalFile(p) for p in paths] + ([QUrl(web)] if web else [])
    data.setUrls(urls)
    return data


def enter(window: Any, data: QMimeData) -> bool:
    event = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    event.ignore()
    window.dragEnterEvent(event)
    return event.isAccepted()


class FakeIntake:
    """Stands in for the intake dialog: records what it was opened on and logs two events."""

    opened: ClassVar[list[tuple[list[str], int | None]]] = []

    def __init__(self, db: Any, paths: list[str], parent: Any = None, preferred_request: int | None = None) -> None:
        FakeIntake.opened.append((paths, preferred_request))
        self.logged_count = 2

    def exec(self) -> int:
        return 0


@pytest.fixture
def intake(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], int | None]]:
    FakeIntake.opened = []
    monkeypatch.setattr(intake_dialog, "IntakeDialog", FakeIntake)
    return FakeIntake.opened


def test_the_window_accepts_dropped_files_at_all(window: Any) -> None:
    assert window.acceptDrops()


@pytest.mark.parametrize("names", [["letter.pdf"], ["reply.eml"], ["note.TXT"], ["scan.png", "answer.docx"]])
def test_a_drag_with_an_agency_letter_is_accepted(window: Any, tmp_path: Path, names: list[str]) -> None:
    assert enter(window, mime(*(str(tmp_path / n) for n in names)))


@pytest.mark.parametrize("data", [mime("/tmp/photo.png"), mime("/tmp/setup.exe", "/tmp/sheet.xlsx"),
                                  mime(web="https://example.gov/letter.pdf"), QMimeData()])
def test_a_drag_without_a_letter_is_refused(window: Any, data: QMimeData) -> None:
    assert not enter(window, data)


def test_dropped_letters_open_the_intake_dialog_on_the_letters_only(
        window: Any, tmp_path: Path, intake: list[tuple[list[str], int | None]]) -> None:
    letter, photo = str(tmp_path / "letter.pdf"), str(tmp_path / "photo.png")
    data = mime(letter, photo)  # kept alive here: the event does not own it
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert intake == [([letter], None)], "off a request page no request is offered first"
    assert window.statusBar().currentMessage() == "Logged 2 event(s) from the correspondence."


def test_on_a_request_page_that_request_is_offered_first(
        qtbot: Any, window: Any, tmp_path: Path, intake: list[tuple[list[str], int | None]]) -> None:
    request_id = window.requests_page.model.summary(0).id
    window.open_request(request_id)
    qtbot.waitUntil(lambda: window.current_request_id() == request_id)
    window.add_correspondence([str(tmp_path / "reply.eml")])
    assert intake == [([str(tmp_path / "reply.eml")], request_id)]


def test_files_that_are_no_letters_are_named_in_the_status_bar(
        window: Any, intake: list[tuple[list[str], int | None]]) -> None:
    window.add_correspondence(["/tmp/photo.png"])
    assert intake == []
    assert window.statusBar().currentMessage() == (
        "Only agency letters can be added: .pdf, .eml, .msg, .txt, .docx")

"""File menu commands: import, export, the deadline calendar, the PDF reports and the archives.

The file dialogs are answered by patching their static methods; the result message is read from the
message box instead of shown. Each command must write a real file that opens with its own reader.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from foiatrack.services.changes import Changes
from foiatrack.services.queries import list_requests
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import hub
from foiatrack.ui.exchange_actions import add_exchange_actions
from foiatrack.ui.import_dialog import ImportDialog


@dataclass
class Harness:
    """A window with a File menu holding the commands, and what they did."""

    window: QMainWindow
    menu: QMenu
    actions: dict[str, QAction]
    current: list[int | None] = field(default_factory=lambda: [None])
    changed: list[Changes] = field(default_factory=list)  # announced on the change signal
    messages: list[tuple[str, str, list[str]]] = field(default_factory=list)
    asked: list[tuple[str, str, str]] = field(default_factory=list)

    def action(self, text: str) -> QAction:
        return next(a for name, a in self.actions.items() if name.startswith(text))

    def refresh_menu(self) -> None:
        self.menu.aboutToShow.emit()


@pytest.fixture
def harness(qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> Harness:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&File")
    menu.addAction("&Backup…")
    holder: dict[str, Harness] = {}

    def current() -> int | None:
        return holder["h"].current[0]

    made = add_exchange_actions(menu, window, lambda: demo_db, current)
    hub(demo_db).changed.connect(lambda changes: holder["h"].changed.append(changes))
    result = Harness(window, menu, {a.text().replace("&", ""): a for a in made})
    holder["h"] = result

    def record(box: QMessageBox) -> int:
        result.messages.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return result


def save_as(monkeypatch: pytest.MonkeyPatch, harness: Harness, path: Path, chosen: str = "") -> None:
    """The next save dialog answers *path* (and the filter *chosen*), recording what it was asked."""

    def answer(_parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        harness.asked.append((title, Path(start).name, filters))
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


def run(qtbot: Any, harness: Harness, text: str) -> tuple[str, str, list[str]]:
    """Trigger the command named *text* and wait for its result message."""
    harness.action(text).trigger()
    qtbot.waitUntil(lambda: bool(harness.messages))
    return harness.messages.pop()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_commands_are_in_the_file_menu(harness: Harness) -> None:
    entries = [a.text() for a in harness.menu.actions()]
    assert entries == ["&Backup…", "", "&Import spreadsheet…", "&Export requests…",
                       "Export deadlines to &calendar (.ics)…", "Repor&ts"]
    reports = harness.menu.actions()[-1].menu()
    assert [a.text() for a in reports.actions()] == [
        "&Overdue report (PDF)…", "&Agency performance report (PDF)…", "&Chronology of this request (PDF)…", "",
        "Correspondence archive of &this request (.zip)…", "Correspondence archive of a&ll requests (.zip)…"]
    assert harness.action("Import").shortcut() == QKeySequence("Ctrl+I")


def test_per_request_commands_need_a_request_on_screen(harness: Harness, demo_db: Database) -> None:
    chronology, archive_one = harness.action("Chronology"), harness.action("Correspondence archive of this")
    harness.refresh_menu()
    assert not chronology.isEnabled() and not archive_one.isEnabled()
    assert harness.action("Correspondence archive of all").isEnabled()
    harness.current[0] = list_requests(demo_db)[0].id
    harness.refresh_menu()
    assert chronology.isEnabled() and archive_one.isEnabled()


def test_export_requests_as_a_workbook(qtbot: Any, harness: Harness, demo_db: Database, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "requests.xlsx"
    save_as(monkeypatch, harness, target)
    title, text, buttons = run(qtbot, harness, "Export requests")
    assert harness.asked[0][1].startswith("foiatrack-requests-") and "(*.xlsx)" in harness.asked[0][2]
    count = len(list_requests(demo_db))
    assert (title, text) == ("Export requests", f"Wrote {count} requests and "
                                                f"{text.split(' and ')[1].split()[0]} events to {target}.")
    assert "&Open" in buttons
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Requests", "Events"]
    assert workbook["Requests"].max_row == count + 1
    workbook.close()


def test_export_as_csv_by_the_filter_chosen(qtbot: Any, harness: Harness, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from foiatrack.ui.exchange_actions import CSV_FILTER

    save_as(monkeypatch, harness, tmp_path / "requests", CSV_FILTER)
    _title, text, _buttons = run(qtbot, harness, "Export requests")
    assert (tmp_path / "requests.csv").is_file() and (tmp_path / "requests-events.csv").is_file()
    assert text.endswith(f"{tmp_path / 'requests.csv'} and {tmp_path / 'requests-events.csv'}.")


def test_export_deadlines_to_a_calendar(qtbot: Any, harness: Harness, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    save_as(monkeypatch, harness, tmp_path / "deadlines")
    _title, text, _buttons = run(qtbot, harness, "Export deadlines")
    calendar = (tmp_path / "deadlines.ics").read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in calendar
    assert text.startswith(f"Wrote {calendar.count('BEGIN:VEVENT')} open deadlines of ")


@pytest.mark.parametrize(("command", "title"), [
    ("Overdue report", "Overdue and Upcoming Public-Records Deadlines"),
    ("Agency performance report", "Agency Performance on Public-Records Requests"),
])
def test_pdf_reports(qtbot: Any, harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     command: str, title: str) -> None:
    target = tmp_path / "report.pdf"
    save_as(monkeypatch, harness, target)
    assert run(qtbot, harness, command)[1] == f"Wrote {target}."
    assert title in pdf_text(target)


def test_chronology_of_the_request_on_screen(qtbot: Any, harness: Harness, demo_db: Database, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    request = list_requests(demo_db)[0]
    harness.current[0] = request.id
    harness.refresh_menu()
    save_as(monkeypatch, harness, tmp_path / "chronology.pdf")
    run(qtbot, harness, "Chronology")
    assert harness.asked[0][1] == f"request-{request.id}-chronology.pdf"
    assert " ".join(request.subject.split()[:3]) in pdf_text(tmp_path / "chronology.pdf")


def test_correspondence_archives(qtbot: Any, harness: Harness, demo_db: Database, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    requests = list_requests(demo_db)
    harness.current[0] = requests[0].id
    harness.refresh_menu()
    save_as(monkeypatch, harness, tmp_path / "one.zip")
    assert run(qtbot, harness, "Correspondence archive of this")[1].startswith(f"Wrote {tmp_path / 'one.zip'}: "
                                                                             "1 chronology and ")
    with zipfile.ZipFile(tmp_path / "one.zip") as zipped:
        assert f"00 chronology - request {requests[0].id}.pdf" in zipped.namelist()

    save_as(monkeypatch, harness, tmp_path / "all.zip")
    assert f"{len(requests)} chronologies" in run(qtbot, harness, "Correspondence archive of all")[1]
    with zipfile.ZipFile(tmp_path / "all.zip") as zipped:
        assert len({name.split("/")[0] for name in zipped.namelist() if "/" in name}) == len(requests)


def test_a_refused_file_says_why_and_writes_nothing(qtbot: Any, harness: Harness, tmp_path: Path, answer: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    warned = answer("warning", QMessageBox.StandardButton.Ok)
    save_as(monkeypatch, harness, tmp_path / "no such folder" / "report.pdf")
    harness.action("Overdue report").trigger()
    qtbot.waitUntil(lambda: bool(warned))
    assert warned[0][0] == "Overdue report" and "no such folder" in warned[0][1]
    assert harness.messages == [] and not (tmp_path / "no such folder").exists()


def test_open_shows_the_file_written(qtbot: Any, harness: Harness, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))

    def click_open(box: QMessageBox) -> int:
        harness.messages.append((box.windowTitle(), box.text(), []))
        next(b for b in box.buttons() if b.text() == "&Open").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    save_as(monkeypatch, harness, tmp_path / "deadlines.ics")
    run(qtbot, harness, "Export deadlines")
    assert opened == [str(tmp_path / "deadlines.ics")]


def test_import_through_the_dialog_reloads_the_pages(qtbot: Any, harness: Harness, demo_db: Database,
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Agency,Subject,Date Sent\nFBI,Drone surveillance logs,2025-11-03\n"
                     "FBI,Informant payment records,yesterday\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(sheet), "")))
    harness.action("Import").trigger()
    dialog = harness.window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.report is not None)
    dialog.skip_invalid.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(harness.messages))
    title, text, buttons = harness.messages[0]
    assert title == "Import spreadsheet" and text.startswith("Imported 1 request from sheet.csv. Left out: 1 invalid.")
    assert "sheet-rejected.csv" in text and "&Open the invalid rows" in buttons
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and soon deleted) before it spoke
    assert len(harness.changed) == 1 and harness.changed[0].any_requests, "the import is announced: the pages reload"
    assert "Drone surveillance logs" in {r.subject for r in list_requests(demo_db)}

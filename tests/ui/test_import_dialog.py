"""The import dialog: mapping an unusual header, the preview, invalid rows, skip invalid, keyboard use."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from foiatrack.services.exchange import get_import_mapping, import_fields
from foiatrack.services.queries import list_requests
from foiatrack.services.workspace import Database
from foiatrack.ui.import_dialog import ImportDialog
from foiatrack.ui.import_models import PreviewModel
from foiatrack.ui.tasks import wait_for_tasks

UNUSUAL = (
    "Office,Subject,Date Sent,Tracking #\n"
    "Federal Bureau of Investigation,Stingray purchases by field offices,2025-10-01,FBI-TEST-0001\n"
    "Bureau of Ghost Records,Haunted archive inventories,10/20/2025,\n"
)
WITH_A_BAD_ROW = (
    "Agency,Subject,Date Sent\n"
    "FBI,Body camera retention policy,2025-10-01\n"
    "FBI,License plate reader contracts,yesterday\n"
)


def subjects(db: Database) -> set[str]:
    return {row.subject for row in list_requests(db)}


def open_dialog(qtbot: Any, db: Database, path: Path) -> ImportDialog:
    dialog = ImportDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.previewReady):
        dialog.set_file(str(path))
    return dialog


def choose(qtbot: Any, dialog: ImportDialog, header: str, field: str) -> None:
    with qtbot.waitSignal(dialog.previewReady):
        dialog.mapping.combo(header).set_value(field)


def next_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from *widget*: the next widget in the focus chain that takes focus by Tab."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()
               and candidate.isEnabled()):
        candidate = candidate.nextInFocusChain()
    return candidate


def column_texts(model: PreviewModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def unusual_csv(tmp_path: Path) -> Path:
    path = tmp_path / "tracker.csv"
    path.write_text(UNUSUAL, encoding="utf-8")
    return path


@pytest.fixture
def bad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "with-bad-row.csv"
    path.write_text(WITH_A_BAD_ROW, encoding="utf-8")
    return path


def test_map_an_unusual_header_save_it_and_import(qtbot: Any, demo_db: Database, unusual_csv: Path,
                                                  qtmodeltester: Any) -> None:
    dialog = open_dialog(qtbot, demo_db, unusual_csv)
    # "Office" is not recognised, so nothing can be read yet: the dialog asks for the agency column.
    assert "No column is recognised as the agency" in dialog.status.text()
    assert dialog.mapping.headers() == ["Office", "Subject", "Date Sent", "Tracking #"]
    assert not dialog.import_button.isEnabled()

    choose(qtbot, dialog, "Office", "agency")
    assert dialog.detected.text() == "CSV text, encoding utf-8, columns separated by commas; 2 rows."
    assert dialog.mapping.combo("Subject").value() == "subject"  # the automatic matching filled in the rest
    assert dialog.mapping.combo("Tracking #").value() == "tracking_number"
    assert dialog.counts.text() == ("2 new, 0 already present, 0 repeated in the file, 0 invalid. "
                                    "New agencies: Bureau of Ghost Records.")
    model = dialog.preview_model
    qtmodeltester.check(model)
    assert column_texts(model, PreviewModel.OUTCOME) == ["New", "New"]
    assert column_texts(model, model.field_column("agency")) == ["Federal Bureau of Investigation",
                                                                 "Bureau of Ghost Records"]
    assert model.headerData(model.field_column("sent"), Qt.Orientation.Horizontal) == import_fields()["sent"]

    assert dialog.save_mapping_button.isEnabled()
    dialog.save_mapping_button.click()
    qtbot.waitUntil(lambda: dialog.mapping_status.text().startswith("Saved"))
    assert get_import_mapping(demo_db) == {"Office": "agency"}
    assert not dialog.save_mapping_button.isEnabled()

    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.import_button.click()
    assert imported.args[0].added == 2
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert {"Stingray purchases by field offices", "Haunted archive inventories"} <= subjects(demo_db)

    # The saved mapping is there the next time, and the same rows are now already present.
    again = open_dialog(qtbot, demo_db, unusual_csv)
    assert again.mapping.combo("Office").value() == "agency"
    assert again.mapping.why("Office") == "saved mapping"
    assert column_texts(again.preview_model, PreviewModel.OUTCOME) == ["Already present", "Already present"]
    assert "Nothing new to import" in again.status.text() and not again.import_button.isEnabled()


def test_an_invalid_row_shows_its_line_and_reason_and_blocks_the_import(qtbot: Any, demo_db: Database,
                                                                       bad_csv: Path, qtmodeltester: Any) -> None:
    before = subjects(demo_db)
    dialog = open_dialog(qtbot, demo_db, bad_csv)
    model = dialog.preview_model
    qtmodeltester.check(model)
    assert column_texts(model, PreviewModel.LINE) == ["2", "3"]
    assert column_texts(model, PreviewModel.OUTCOME) == ["New", "⚠ Invalid"]  # marked in words, not colour only
    problem = model.index(1, PreviewModel.PROBLEMS).data()
    assert problem.startswith("Date Sent: ") and "yesterday" in problem
    assert model.index(1, model.field_column("sent")).data() == "⚠ yesterday"
    assert "line 3, Date Sent" in model.index(1, PreviewModel.OUTCOME).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.problems_model.stringList()[0].startswith("⚠ line 3, Date Sent: ")
    assert dialog.tabs.tabText(1) == "&Problems (1)"
    assert dialog.counts.text().startswith("1 new, 0 already present, 0 repeated in the file, 1 invalid")
    assert "1 invalid row: correct the file" in dialog.status.text()

    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # even asked directly, nothing runs while the button is disabled
    assert dialog.isVisible() and subjects(demo_db) == before

    dialog.skip_invalid.setChecked(True)
    assert "will be left out" in dialog.status.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.import_button.click()
    report = imported.args[0]
    assert (report.added, report.invalid) == (1, 1)
    assert subjects(demo_db) - before == {"Body camera retention policy"}
    rejected = Path(report.rejected_file).read_text(encoding="utf-8-sig")
    assert "License plate reader contracts" in rejected


def test_unmapping_a_needed_column_says_so_and_keeps_the_choices(qtbot: Any, demo_db: Database,
                                                                  bad_csv: Path) -> None:
    dialog = open_dialog(qtbot, demo_db, bad_csv)
    choose(qtbot, dialog, "Agency", "")
    assert "No column is recognised as the agency" in dialog.status.text()
    assert dialog.preview_model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert dialog.mapping.headers() == ["Agency", "Subject", "Date Sent"]
    choose(qtbot, dialog, "Agency", "agency")
    assert dialog.preview_model.rowCount() == 2


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_words(qtbot: Any, demo_db: Database, tmp_path: Path) -> None:
    photo = tmp_path / "photo.csv"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    dialog = open_dialog(qtbot, demo_db, photo)
    assert "a PNG image, not a spreadsheet" in dialog.status.text()
    assert dialog.mapping.headers() == [] and not dialog.import_button.isEnabled()


def test_browse_chooses_another_file(qtbot: Any, demo_db: Database, bad_csv: Path, unusual_csv: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialog = open_dialog(qtbot, demo_db, bad_csv)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(unusual_csv), "")))
    with qtbot.waitSignal(dialog.previewReady):
        dialog.browse_button.click()
    assert dialog.file_edit.text() == str(unusual_csv)
    assert dialog.mapping.headers()[0] == "Office"


def test_dialog_is_keyboard_usable_labelled_and_fits_a_small_screen(qtbot: Any, demo_db: Database, bad_csv: Path,
                                                                    accessible: Any, mnemonics: Any) -> None:
    dialog = open_dialog(qtbot, demo_db, bad_csv)
    assert accessible(dialog) == []
    assert mnemonics(dialog) == {}
    combos = dialog.mapping.combos()
    assert next_stop(dialog.browse_button) is dialog.agency_edit
    assert next_stop(dialog.agency_edit) is combos[0]
    assert next_stop(combos[0]) is combos[1]
    assert next_stop(combos[-1]) is dialog.tabs  # Save this mapping is disabled: nothing changed yet
    assert dialog.mapping_label.buddy() is dialog.mapping and dialog.mapping.focusProxy() is combos[0]
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 984 and hint.height() <= 640  # 1024x700 less the room fit_to_screen leaves


def test_an_ampersand_in_a_header_is_shown_not_taken_as_a_shortcut(qtbot: Any, demo_db: Database, tmp_path: Path,
                                                                    mnemonics: Any) -> None:
    sheet = tmp_path / "amp.csv"
    sheet.write_text("Agency,Subject,R&D Notes,Fee&s\nFBI,Lab budgets,x,y\n", encoding="utf-8")
    dialog = open_dialog(qtbot, demo_db, sheet)
    assert dialog.mapping.headers() == ["Agency", "Subject", "R&D Notes", "Fee&s"]
    assert mnemonics(dialog) == {}


AGENCY_LOG = (
    "Example Agency FOIA Log - FY2026\n"
    "Tracking #,Requestor Name,Date Rec'd,Summary of Records Requested,Disposition,Date Closed\n"
    "EX-26-001,Ann,3/7/2026,Parking policy emails,Granted in Full,3/30/2026\n"
    "EX-26-002,Bob,3/9/2026,Fleet maintenance logs,Sent Upstairs,4/2/2026\n"
    "EX-26-003,Cy,3/10/2026,Visitor logs,Sent Upstairs,4/3/2026\n"
)


def test_an_agency_log_gets_its_agency_and_its_status_words_mapped(qtbot: Any, demo_db: Database,
                                                                   tmp_path: Path) -> None:
    from foiatrack.services.exchange import get_status_mapping

    path = tmp_path / "agency-log.csv"
    path.write_text(AGENCY_LOG, encoding="utf-8")
    dialog = open_dialog(qtbot, demo_db, path)
    assert "No column is recognised as the agency" in dialog.status.text()
    assert "Agency of rows without one" in dialog.status.text()
    assert not dialog.status_words.isVisible()
    with qtbot.waitSignal(dialog.previewReady):
        dialog.agency_edit.setText("Example Agency")
        dialog.agency_edit.editingFinished.emit()
    # One line for the unknown word, with its two rows; Import waits for it.
    assert dialog.status_words.isVisible()
    assert dialog.status_words.words() == ["Sent Upstairs"]
    assert "2 rows" in dialog.status.text()
    assert "not recognised" in dialog.status.text() and not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.previewReady):
        dialog.status_words.combo("Sent Upstairs").set_value("other")
    assert dialog.report is not None and dialog.report.ok and dialog.report.added == 3
    assert dialog.status_words.words() == ["Sent Upstairs"]  # still listed, so the choice can change
    assert dialog.import_button.isEnabled() and dialog.save_mapping_button.isEnabled()
    assert next_stop(dialog.agency_edit) in dialog.mapping.combos()
    assert next_stop(dialog.mapping.combos()[-1]) is dialog.status_words.combo("Sent Upstairs")
    dialog.save_mapping()
    qtbot.waitUntil(lambda: "Saved" in dialog.mapping_status.text())
    assert get_status_mapping(demo_db) == {"Sent Upstairs": "other"}
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    rows = {row.tracking_number: row for row in list_requests(demo_db) if row.agency == "Example Agency"}
    assert set(rows) == {"EX-26-001", "EX-26-002", "EX-26-003"}


def test_a_slow_check_overtaken_by_a_newer_choice_is_dropped(qtbot: Any, demo_db: Database, unusual_csv: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks of the file load on the dialog's Loader: what is shown answers the newest choice even when
    the check of an older choice answers after it."""
    import foiatrack.ui.import_dialog as module

    dialog = open_dialog(qtbot, demo_db, unusual_csv)
    real, release, slow_started = module.preview_import, threading.Event(), threading.Event()

    def patched(db: Database, path: str, **kwargs: Any) -> Any:
        if not kwargs["mapping"]:  # the check with no column chosen (no agency column: an error) answers last
            slow_started.set()
            release.wait(timeout=60)
        return real(db, path, **kwargs)

    monkeypatch.setattr(module, "preview_import", patched)
    dialog.refresh_preview()
    qtbot.waitUntil(slow_started.is_set)
    choose(qtbot, dialog, "Office", "agency")
    assert dialog.report is not None and dialog.report.added == 2
    release.set()
    wait_for_tasks()
    QCoreApplication.sendPostedEvents()
    assert dialog.report is not None and dialog.report.added == 2, "the older check's answer was shown"
    assert "No column is recognised" not in dialog.status.text()
    assert dialog.import_button.isEnabled()

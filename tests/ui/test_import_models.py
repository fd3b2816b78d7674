"""The import dialog's parts: how the file was read, its counts and problems in words, the preview rows
as a table, and the column mapping list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from foiatrack.core.errors import UserError
from foiatrack.services.exchange import ImportReport, preview_import
from foiatrack.services.workspace import Database
from foiatrack.ui.import_models import (
    IGNORE,
    ColumnChoice,
    MappingEditor,
    PreviewModel,
    column_choices,
    counts_text,
    file_text,
    headers_from_error,
    missing_column_text,
    problem_lines,
)
from foiatrack.ui.palette import colours

LOG = ("Agency;Subject;Sent;Colour\n"
       "FBI;Stingray use;2025-10-01;red\n"
       "FBI;Stingray use;2025-10-01;red\n"
       "EPA;Water;2025-13-45;blue\n"
       "New Agency;Budget;2025-10-02;green\n")
LABELS = {"agency": "Agency", "subject": "Subject", "sent": "Sent on"}


@pytest.fixture
def report(blank_db: Database, tmp_path: Path) -> ImportReport:
    source = tmp_path / "log.csv"
    source.write_text(LOG, encoding="utf-8")
    return preview_import(blank_db, source)


def refusal(db: Database, tmp_path: Path, text: str) -> UserError:
    source = tmp_path / "refused.csv"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        preview_import(db, source)
    return caught.value


def test_the_file_and_its_counts_are_said_in_words(report: ImportReport) -> None:
    assert file_text(report) == "CSV text, encoding utf-8, columns separated by semicolons; 4 rows."
    assert counts_text(report) == ("2 new, 0 already present, 1 repeated in the file, 1 invalid. "
                                   "New agencies: New Agency.")
    assert problem_lines(report) == ["⚠ line 4, Sent: '2025-13-45' is not a real date",
                                      "Note: line 3: the same request as line 2; left out"]
    assert problem_lines(report, limit=1) == ["⚠ line 4, Sent: '2025-13-45' is not a real date", "… and 1 more"]


def test_a_refusal_names_the_files_columns_for_the_mapping(blank_db: Database, tmp_path: Path) -> None:
    error = refusal(blank_db, tmp_path, "Who;What exactly\nx;y\n")
    assert headers_from_error(error) == ["Who", "What exactly"]
    assert missing_column_text(error).startswith("No column is recognised as the agency. Type the agency")
    assert headers_from_error(UserError("log.csv: not a CSV file")) is None


def test_without_a_subject_column_the_dialog_asks_for_that_one(blank_db: Database, tmp_path: Path) -> None:
    error = refusal(blank_db, tmp_path, "Agency;Colour\nFBI;red\n")
    assert missing_column_text(error).startswith("No column is recognised as the subject.")


def test_preview_rows_show_line_outcome_problems_and_the_filled_fields(qtmodeltester: Any,
                                                                       report: ImportReport) -> None:
    model = PreviewModel()
    model.set_report(report, LABELS)
    qtmodeltester.check(model)
    assert model.headers() == ("Line", "Outcome", "Problems", "Agency", "Subject", "Sent on")
    assert model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Sent on, from the column 'Sent'")
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    assert rows == [["2", "New", "", "FBI", "Stingray use", "2025-10-01"],
                    ["3", "Repeated in the file", "", "FBI", "Stingray use", "2025-10-01"],
                    ["4", "⚠ Invalid", "Sent: '2025-13-45' is not a real date", "EPA", "Water", "⚠ 2025-13-45"],
                    ["5", "New", "", "New Agency", "Budget", "2025-10-02"]]
    assert model.field_column("sent") == 5 and model.field_column("notes") is None
    assert model.preview_row(2).line == 4


def test_an_invalid_row_says_so_in_words_and_in_the_late_colour(report: ImportReport) -> None:
    model = PreviewModel()
    model.set_report(report, LABELS)
    outcome = model.index(2, PreviewModel.OUTCOME)
    assert outcome.data(Qt.ItemDataRole.AccessibleTextRole) == "⚠ Invalid: Sent: '2025-13-45' is not a real date"
    assert outcome.data(Qt.ItemDataRole.ForegroundRole) == QColor(colours().late)
    assert outcome.data(Qt.ItemDataRole.FontRole).bold()
    assert outcome.data(Qt.ItemDataRole.ToolTipRole) == "line 4, Sent: '2025-13-45' is not a real date"
    fine = model.index(0, PreviewModel.OUTCOME)
    assert fine.data(Qt.ItemDataRole.ForegroundRole) is None and fine.data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, PreviewModel.PROBLEMS).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, PreviewModel.LINE).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_no_report_empties_the_table(report: ImportReport) -> None:
    model = PreviewModel()
    model.set_report(report, LABELS)
    model.set_report(None, LABELS)
    assert model.rowCount() == 0 and model.columnCount() == 3


def whys(editor: MappingEditor) -> dict[str, tuple[str, str]]:
    return {label.accessibleName(): (label.text(), label.toolTip()) for label in editor.findChildren(QLabel)
            if label.accessibleName().startswith("How the column")}


def test_the_mapping_lists_each_column_with_its_field_and_why(qtbot: Any, report: ImportReport) -> None:
    editor = MappingEditor(LABELS)
    qtbot.addWidget(editor)
    editor.set_columns(column_choices(report))
    assert editor.headers() == ["Agency", "Subject", "Sent", "Colour"]
    assert editor.combo("Sent").value() == "sent"
    assert editor.combo("Colour").value() == "" and editor.combo("Colour").currentText() == IGNORE
    assert editor.why("Agency") == "recognised"
    assert whys(editor)["How the column Colour was matched"] == (
        "not recognised", "foiatrack does not know this header: choose a field, or leave it ignored")
    assert editor.combo("Colour").accessibleName() == "Imported as, for the column Colour"


def test_choosing_a_field_is_reported_and_the_same_columns_update_in_place(qtbot: Any) -> None:
    editor = MappingEditor(LABELS)
    qtbot.addWidget(editor)
    editor.set_columns([ColumnChoice("Office", None, "unknown"), ColumnChoice("Topic", "subject", "alias")])
    combo = editor.combo("Office")
    with qtbot.waitSignal(editor.mappingEdited) as edited:
        combo.setCurrentIndex(combo.find_value("agency"))
    assert edited.args == ["Office", "agency"]
    heard: list[tuple[str, str]] = []
    editor.mappingEdited.connect(lambda header, field: heard.append((header, field)))
    editor.set_columns([ColumnChoice("Office", "agency", "override"), ColumnChoice("Topic", "subject", "alias")])
    assert editor.combo("Office") is combo, "the same columns keep their combos (and the focus)"
    assert editor.why("Office") == "chosen here"
    assert heard == [], "showing the dialog's own choice is not a new choice"


def test_a_column_without_a_header_cannot_be_mapped(qtbot: Any) -> None:
    editor = MappingEditor(LABELS)
    qtbot.addWidget(editor)
    editor.set_columns([ColumnChoice("", None, "ignored"), ColumnChoice("Agency", "agency", "alias")])
    assert not editor.combo("").isEnabled()
    assert editor.combo("Agency").isEnabled()
    assert editor.why("") == "ignored"
